//! Round 48 English misses, in invented sentences.

use super::test_support::{pair, speakers_in};
use crate::Lang;

#[test]
fn a_consultation_paper_speaks_for_the_body_that_consults() {
    let text = "The Rail Safety Board said on Monday that Holmfirth was one of six stations \
                named in its consultation.\n\
                The consultation paper says the station is used \"by fewer than 40 people a \
                day\".\n";
    assert_eq!(
        speakers_in(text, Lang::En),
        vec![pair(
            "by fewer than 40 people a day",
            Some("Rail Safety Board")
        )]
    );
}

#[test]
fn a_petition_signed_by_a_counted_group_speaks_for_the_group() {
    let text = "Nurses gathered outside the hospital on Tuesday.\n\
                The petition, signed by 2,300 nurses, states that the rota is \"a danger to \
                patients\".\n\
                The letter, signed by 40 residents of the street, says the noise is \"worse \
                every week\".\n";
    assert_eq!(
        speakers_in(text, Lang::En),
        vec![
            pair("a danger to patients", Some("nurses")),
            pair("worse every week", Some("residents")),
        ]
    );
}

#[test]
fn a_place_set_off_before_who_only_places_the_person() {
    let text = "Mere Tane, 74, from Ohau, who has sold eels at the market for decades, said the \
                price was \"a joke\".\n\
                Piri Wana, from Levin, who drives the truck, said: \"We lose money each week.\"\n";
    assert_eq!(
        speakers_in(text, Lang::En),
        vec![
            pair("a joke", Some("Mere Tane")),
            pair("We lose money each week.", Some("Piri Wana")),
        ]
    );
}

#[test]
fn a_definite_role_speaking_anonymously_is_no_one_named_before() {
    let text = "\"We are tired,\" said Ada Fox, 80, who lives near the school.\n\
                Fox said her son drives her to town.\n\
                The teacher, who spoke to the Herald on condition of anonymity because she is \
                not allowed to speak to the press, said the school has 90 pupils.\n\
                \"I teach, I cook, I clean,\" she said.\n";
    assert_eq!(
        speakers_in(text, Lang::En),
        vec![
            pair("We are tired,", Some("Ada Fox")),
            pair("I teach, I cook, I clean,", Some("teacher")),
        ]
    );
}
