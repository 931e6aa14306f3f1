//! End-to-end behaviour of `extract` on constructed sentences.

use super::*;

fn run(text: &str, lang: Lang) -> Vec<(String, Option<String>, Option<String>, &'static str)> {
    extract(text, lang)
        .into_iter()
        .map(|q| {
            (
                q.span.slice(text).to_string(),
                q.speaker,
                q.cue.map(|c| c.slice(text).to_string()),
                q.kind.name(),
            )
        })
        .collect()
}

fn speakers(text: &str, lang: Lang) -> Vec<(String, Option<String>)> {
    run(text, lang)
        .into_iter()
        .map(|(t, s, _, _)| (t, s))
        .collect()
}

fn pair(t: &str, s: Option<&str>) -> (String, Option<String>) {
    (t.to_string(), s.map(str::to_string))
}

#[test]
fn finds_guillemets_and_attributes_postposed_speaker() {
    let text = "« Nous ne céderons pas sur ce point », a déclaré Jeanne Martin mardi.";
    let got = run(text, Lang::Fr);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].0, "Nous ne céderons pas sur ce point");
    assert_eq!(got[0].1.as_deref(), Some("Jeanne Martin"));
    assert_eq!(got[0].2.as_deref(), Some("a déclaré"));
    assert_eq!(got[0].3, "direct");
}

#[test]
fn inverted_pronoun_resolves_to_the_full_name_by_gender() {
    let text = "Le maire Paul Ricard a reçu Anne Vidal. « Le chantier avance », a-t-il assuré.";
    assert_eq!(
        speakers(text, Lang::Fr),
        [pair("Le chantier avance", Some("Paul Ricard"))]
    );
}

#[test]
fn surname_and_title_resolve_to_the_full_name() {
    let text =
        "Marc Delorme, le président du club, est arrivé.\n« Nous jouerons », a dit M. Delorme.";
    assert_eq!(
        speakers(text, Lang::Fr),
        [pair("Nous jouerons", Some("Marc Delorme"))]
    );
}

#[test]
fn incise_splits_the_quote_into_pieces_with_one_speaker() {
    let text = "« Le budget est prêt, a expliqué la ministre Claire Morel, et il sera voté. »";
    assert_eq!(
        speakers(text, Lang::Fr),
        [
            pair("Le budget est prêt", Some("Claire Morel")),
            pair("et il sera voté.", Some("Claire Morel"))
        ]
    );
}

#[test]
fn addressee_is_never_the_speaker() {
    let text = "« Rien n’est décidé », a déclaré Luc Perrin au journaliste Hugo Marchand.";
    assert_eq!(
        speakers(text, Lang::Fr),
        [pair("Rien n’est décidé", Some("Luc Perrin"))]
    );
    let en = "\"Nothing is settled,\" Dana Ortiz told reporter Sam Hill.";
    assert_eq!(
        speakers(en, Lang::En),
        [pair("Nothing is settled,", Some("Dana Ortiz"))]
    );
}

#[test]
fn english_patterns_and_follow_on() {
    let text = "Mayor Ruth Kline visited the plant. “It is safe,” she said. “We checked twice.”";
    assert_eq!(
        speakers(text, Lang::En),
        [
            pair("It is safe,", Some("Ruth Kline")),
            pair("We checked twice.", Some("Ruth Kline"))
        ]
    );
}

#[test]
fn names_of_works_and_operations_are_not_returned() {
    assert!(run(
        "L’armée a lancé l’opération « Tempête grise » hier.",
        Lang::Fr
    )
    .is_empty());
    assert!(run(
        "The app \"SafeRoute\" was downloaded a million times.",
        Lang::En
    )
    .is_empty());
}

#[test]
fn organisations_and_source_cues() {
    let text = "« Le site est fermé », a indiqué la préfecture du Var. La pollution reste « forte », selon Airparif.";
    assert_eq!(
        speakers(text, Lang::Fr),
        [
            pair("Le site est fermé", Some("préfecture du Var")),
            pair("forte", Some("Airparif"))
        ]
    );
}

#[test]
fn stray_marks_never_lose_the_document() {
    let text = "» « « “ ” \" ' ‘ ’ » texte « fin";
    let _ = extract(text, Lang::Fr);
    let _ = extract(text, Lang::En);
    let text = "Il a dit « oui ». . » Puis « non », a-t-il ajouté.";
    assert_eq!(run(text, Lang::Fr).len(), 2);
}

#[test]
fn a_quote_followed_only_by_punctuation_ends_the_text_cleanly() {
    // Regression (proptest): the attribution search ran one token past the end.
    for lang in Lang::ALL {
        for text in ["\"a\",", "« a »,", "“a”."] {
            for quote in extract(text, lang) {
                assert!(quote.span.end <= text.len());
            }
        }
    }
}

#[test]
fn a_role_prefix_at_the_end_of_the_text_stays_in_bounds() {
    // Regression (cargo fuzz): the noun-phrase scan was given a limit past the last token.
    for lang in Lang::ALL {
        let _ = extract("«\nLe D P", lang);
    }
}
