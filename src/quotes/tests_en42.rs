//! Round 42 English misses, in invented sentences.

use super::test_support::{pair, speakers_in};
use crate::Lang;

#[test]
fn a_bracketed_acronym_with_a_department_letter_stands_for_the_long_name() {
    let text = "The pier belongs to Harbours and Coasts Ireland (DHC) under a grant scheme.\n\
                DHC said repairs were \"a priority for us\" and that work was \"expected soon.\"\n";
    assert_eq!(
        speakers_in(text, Lang::En),
        vec![
            pair("a priority for us", Some("Harbours and Coasts Ireland")),
            pair("expected soon.", Some("Harbours and Coasts Ireland")),
        ]
    );
}

#[test]
fn a_bracketed_acronym_of_the_last_words_stands_for_the_long_name() {
    let text = "Kent and Medway Regional Water Board (RWB) said it would \"act fast\".\n\
                A RWB spokesman said: \"We will fix the pipes this week.\"\n";
    assert_eq!(
        speakers_in(text, Lang::En),
        vec![
            pair("act fast", Some("Kent and Medway Regional Water Board")),
            pair(
                "We will fix the pipes this week.",
                Some("Kent and Medway Regional Water Board")
            ),
        ]
    );
}

#[test]
fn a_bracketed_acronym_after_a_clause_names_only_the_body() {
    let text = "Housing minister Priya Raman said the Dunmore Regional Housing Trust (DRHT) \
                had sold 40 plots. \"Every plot is accounted for,\" she said.\n";
    assert_eq!(
        speakers_in(text, Lang::En),
        vec![pair("Every plot is accounted for,", Some("Priya Raman"))]
    );
}

#[test]
fn the_role_of_an_assembly_member_takes_up_the_titled_name() {
    let text = "MLA Fiona Grey, who holds the seat, said she had \"many letters\".\n\
                \"I understand the anger,\" the MLA said.\n";
    assert_eq!(
        speakers_in(text, Lang::En),
        vec![
            pair("many letters", Some("Fiona Grey")),
            pair("I understand the anger,", Some("Fiona Grey")),
        ]
    );
}

#[test]
fn a_police_superintendent_rank_is_a_title() {
    let text = "Highway police spokesperson ASP Julius Okello said two drivers were held for \
                \"blocking traffic\".\n\"Nobody may block a road,\" ASP Okello said, adding \
                that traffic was normal.\n";
    assert_eq!(
        speakers_in(text, Lang::En),
        vec![
            pair("blocking traffic", Some("Julius Okello")),
            pair("Nobody may block a road,", Some("Julius Okello")),
        ]
    );
}

#[test]
fn a_participle_aside_after_an_opening_adverbial_is_no_subject() {
    let text = "In its review, published last year, Tamsin Shire Council found that the pier \
                sat in a zone at \"high risk\" from storms and urged \"a new pier soon\".\n";
    assert_eq!(
        speakers_in(text, Lang::En),
        vec![
            pair("high risk", Some("Tamsin Shire Council")),
            pair("a new pier soon", Some("Tamsin Shire Council")),
        ]
    );
}

#[test]
fn a_named_person_with_her_own_group_speaks_as_herself() {
    let text = "In a study titled \"Grazing and Meadows,\" Lindgren and her coauthors write \
                that grazing \"can help a meadow but not a valley\" unless wolves return.\n";
    assert_eq!(
        speakers_in(text, Lang::En),
        vec![pair("can help a meadow but not a valley", Some("Lindgren"))]
    );
}

#[test]
fn two_coordinated_roles_before_a_name_open_the_clause() {
    let text = "Shire works director Paul Grange says the shire is \"keen to help\".\n\
                He says the shire has applied for state funding.\n\
                Not everyone agrees. Long-time Dunmore resident and retired plumber Oscar Fell \
                wants the shire to build a groyne.\n\
                \"They did it up north and it held,\" he says.\n";
    assert_eq!(
        speakers_in(text, Lang::En),
        vec![
            pair("keen to help", Some("Paul Grange")),
            pair("They did it up north and it held,", Some("Oscar Fell")),
        ]
    );
}
