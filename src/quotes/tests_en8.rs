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

#[test]
fn a_bare_body_noun_after_a_semicolon_is_the_subject_of_its_verb() {
    let text =
        "Farmers block roads for a third day; ministry says the quota is \u{2018}final\u{2019}.";
    assert_eq!(speakers(text), [pair("final", Some("ministry"))]);
}
