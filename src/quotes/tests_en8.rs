//! Round-8 English attribution cases, each written for a weakness found on blind8_en.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::En)
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

#[test]
fn a_speech_noun_after_its_determiner_and_modifiers_is_no_verb() {
    let text = "The Harbour Authority runs the port. Ticket sales slumped in May, and the \
                authority cautioned in its annual safety report of \u{201c}a serious gap in \
                staff training.\u{201d}";
    assert_eq!(
        speakers(text),
        [pair(
            "a serious gap in staff training.",
            Some("Harbour Authority")
        )]
    );
}

#[test]
fn a_bare_institution_noun_refers_to_the_body_named_with_it_paragraphs_before() {
    let text = "The Harbour Authority of Kestwick raised port fees on Monday.\n\n\
                Freight volumes fell 4% in the quarter.\n\n\
                Ship owners were angry. Lund Shipping said the fees were unfair.\n\n\
                Fuel costs rose too, and the authority warned of \u{201c}hard months ahead.\u{201d}";
    let got = speakers(text);
    assert_eq!(
        got.last(),
        Some(&pair(
            "hard months ahead.",
            Some("Harbour Authority of Kestwick")
        ))
    );
}

#[test]
fn a_name_after_a_lowercase_possessor_is_the_body_itself() {
    let text = "The county\u{2019}s Office of Water Safety fined the plant in May, saying it had \
                \u{201c}ignored three warnings\u{201d} about runoff.";
    assert_eq!(
        speakers(text),
        [pair(
            "ignored three warnings",
            Some("Office of Water Safety")
        )]
    );
}

#[test]
fn a_hyphenated_role_apposed_to_a_name_after_a_possessor_is_that_person() {
    let text = "The Dockers\u{2019} Union called the strike.\n\n\
                \u{201c}We will not back down,\u{201d} the union\u{2019}s secretary-general, Amos \
                Kerrigan, told reporters.";
    assert_eq!(
        speakers(text),
        [pair("We will not back down,", Some("Amos Kerrigan"))]
    );
}

#[test]
fn a_definite_role_refers_to_the_unnamed_person_met_with_a_qualifier() {
    let text =
        "A Western economist in Port Vellan, speaking on condition of anonymity, said banks \
                were nervous. \u{201c}Nobody will lend now,\u{201d} the economist said.";
    assert_eq!(
        speakers(text),
        [pair("Nobody will lend now,", Some("Western economist"))]
    );
}

#[test]
fn an_age_description_takes_up_the_person_just_introduced_not_the_last_speaker() {
    let text = "Mr Hale added: \u{201c}We will look again.\u{201d}\n\n\
                Dozens of councillors have written to the leader. One of them, the veteran \
                backbencher Bryn Atherley, has sat for a rural ward since 1998.\n\n\
                \u{201c}I have never seen anger like this,\u{201d} the 71-year-old told the Gazette.";
    let got = speakers(text);
    assert_eq!(
        got.last(),
        Some(&pair(
            "I have never seen anger like this,",
            Some("Bryn Atherley")
        ))
    );
}

#[test]
fn a_follow_on_quote_shares_the_speaker_found_for_the_quote_before_it_by_its_sentence() {
    let text = "During the hearing, Ms Reyes was shown a memo she had written in 2022. \
                \u{201c}We cannot lose the port contract,\u{201d} the memo read. \u{201c}Keep the \
                pressure on.\u{201d}";
    assert_eq!(
        speakers(text),
        [
            pair("We cannot lose the port contract,", Some("Reyes")),
            pair("Keep the pressure on.", Some("Reyes"))
        ]
    );
}

#[test]
fn uncued_lines_of_a_dialogue_alternate_between_asker_and_answerer() {
    let text = "\u{201c}Did you sign the order?\u{201d} Ms Varga asked.\n\n\
                \u{201c}Yes,\u{201d} Mr Holm said.\n\n\
                \u{201c}Who told you to sign it?\u{201d}\n\n\
                \u{201c}Nobody. It was my call.\u{201d}";
    assert_eq!(
        speakers(text),
        [
            pair("Did you sign the order?", Some("Varga")),
            pair("Yes,", Some("Holm")),
            pair("Who told you to sign it?", Some("Varga")),
            pair("Nobody. It was my call.", Some("Holm")),
        ]
    );
}

#[test]
fn a_question_closing_its_marks_is_attributed_by_the_name_and_verb_after_it() {
    let text = "Mr Holm waited. \u{201c}Did you sign the order?\u{201d} Ms Varga asked.";
    let got = extract(text, Lang::En);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].speaker.as_deref(), Some("Varga"));
    assert_eq!(got[0].cue.map(|c| c.slice(text)), Some("asked"));
}

#[test]
fn a_quote_in_a_title_case_headline_is_speech_not_a_name() {
    let text = "Mayor Warns Budget Cuts Will \u{2018}Break The Bank,\u{2019} Council Hears\n\n\
                Mayor Ann Roe warned on Monday that the plan would \u{201c}break the bank.\u{201d}";
    assert_eq!(
        speakers(text),
        [
            pair("Break The Bank,", Some("Ann Roe")),
            pair("break the bank.", Some("Ann Roe"))
        ]
    );
    // A title in a sentence-case line stays a name.
    let text = "She starred in \u{201c}Break The Bank\u{201d} last year.";
    assert!(speakers(text).is_empty());
}

#[test]
fn a_crowd_chanting_a_slogan_speaks_it() {
    let text =
        "Harlow Cove, Estmere \u{2013} Tens of thousands of farmers marched on Friday, chanting \
                \u{201c}No land, no bread\u{201d} outside the ministry.";
    assert_eq!(
        speakers(text),
        [pair(
            "No land, no bread",
            Some("Tens of thousands of farmers")
        )]
    );
}

#[test]
fn the_text_of_a_sign_or_banner_subject_is_no_speech() {
    let text = "A faded banner above the gate still reads \u{201c}Welcome home, friends.\u{201d} \
                A new billboard now promises \u{201c}Luxury Living For Everyone.\u{201d}";
    assert!(speakers(text).is_empty());
    // People carrying signs still speak.
    let text = "Nurses carrying signs said they were \u{201c}exhausted and angry.\u{201d}";
    assert_eq!(
        speakers(text),
        [pair("exhausted and angry.", Some("Nurses"))]
    );
}

#[test]
fn a_name_alone_on_a_line_at_the_top_is_a_byline_never_a_speaker() {
    let text = "Minister defends cuts as \u{2018}the right call\u{2019}\n\n\
                Rhian Castell\n\
                Political correspondent\n\n\
                The minister has defended the cuts, telling MPs they were \u{201c}the right \
                call\u{201d}.";
    let got = speakers(text);
    assert!(
        got.iter()
            .all(|(_, s)| s.as_deref() != Some("Rhian Castell")),
        "{got:?}"
    );
}

#[test]
fn an_unnamed_role_quoting_the_words_a_named_person_says_later_is_that_person() {
    let text = "Talks collapse as a senior minister admits the deal is \u{201c}dead in the \
                water\u{201d}.\n\n\
                Talks in Brussels broke up on Friday without agreement.\n\n\
                Trade Secretary Ann Lowe conceded the deal was \u{201c}dead in the water\u{201d}.";
    assert_eq!(
        speakers(text),
        [
            pair("dead in the water", Some("Ann Lowe")),
            pair("dead in the water", Some("Ann Lowe"))
        ]
    );
}

#[test]
fn a_source_close_to_a_named_person_is_the_source() {
    let text = "Mira Vance stayed silent. But a source close to Mira, 41, told reporters the \
                singer felt \u{2018}completely blindsided\u{2019}.";
    assert_eq!(
        speakers(text),
        [pair("completely blindsided", Some("source"))]
    );
}

#[test]
fn a_word_hearsay_puts_on_someone_is_nobody_s_speech() {
    let text = "Tom Reyes was dropped on Monday.\n\n\
                The striker is said to be \u{2018}furious\u{2019} with the club. \
                \u{201c}He will bounce back,\u{201d} his agent told reporters.";
    let got = speakers(text);
    assert_eq!(got[0], pair("furious", None));
    // A headline repeating the word gives it to nobody either.
    let text = "Tom Reyes \u{2018}furious\u{2019} after being dropped\n\n\
                The striker is said to be \u{2018}furious\u{2019} with the club.";
    assert_eq!(
        speakers(text),
        [pair("furious", None), pair("furious", None)]
    );
}

#[test]
fn a_speech_noun_after_a_preposition_and_its_phrase_leaves_the_verb_before_it() {
    // `told analysts on a conference call that …`: the determiner ends the modifiers of
    // `call`, whose phrase is the place of the telling, not its subject.
    let text = "Chief executive Jane Malhotra told analysts on a conference call that the \
                slump had been \u{201c}deeper than anyone expected.\u{201d}";
    assert_eq!(
        speakers(text),
        [pair("deeper than anyone expected.", Some("Jane Malhotra"))]
    );
}
