//! Round-8 English attribution cases, each written for a weakness found on blind8_en.

use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    extract(text, Lang::En)
        .into_iter()
        .map(|q| (q.span.slice(text).to_string(), q.speaker))
        .collect()
}

fn pair(t: &str, s: Option<&str>) -> (String, Option<String>) {
    (t.to_string(), s.map(str::to_string))
}

#[test]
fn a_bare_role_with_lowercase_words_before_a_name_is_that_person() {
    let text = "\"We stay calm,\" said veteran tight end Marcus Oyelowo.";
    assert_eq!(
        speakers(text),
        [pair("We stay calm,", Some("Marcus Oyelowo"))]
    );
}
