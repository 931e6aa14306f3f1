use super::*;

fn texts(text: &str, lang: Lang) -> Vec<&str> {
    split(text, lang).iter().map(|s| s.slice(text)).collect()
}

#[test]
fn splits_after_final_punctuation_and_keeps_closing_marks() {
    assert_eq!(
        texts("« On verra. » Il part demain ! Vraiment ?", Lang::Fr),
        vec!["« On verra. »", "Il part demain !", "Vraiment ?"]
    );
}
