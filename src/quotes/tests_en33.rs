//! Round-33 English attribution cases (blind33 misses), each written for a weakness found
//! there, with invented sentences.

use super::test_support::english_speaker_of as speaker_of;

#[test]
fn what_a_body_cites_is_its_wording() {
    let text = "In a notice seen by reporters, the Coastal Safety Board cites \u{201c}repeated \
                failures to log the cargo\u{201d} as the reason for the ban.";
    assert_eq!(
        speaker_of(text, "repeated failures").as_deref(),
        Some("Coastal Safety Board")
    );
}

#[test]
fn a_credit_line_ending_in_photo_names_no_speaker() {
    let text = "Marlo Venn, a boatman, said the season had started early.\n\
                Valley Times File Photo\n\
                \u{201c}We saw the water rise in one night,\u{201d} he said.";
    assert_eq!(
        speaker_of(text, "We saw the water").as_deref(),
        Some("Marlo Venn")
    );
}

#[test]
fn a_gender_guessed_from_a_given_name_ending_yields_to_the_subject_opening_the_sentence() {
    let text = "\u{201c}The rope holds, the man holds,\u{201d} said Tenba Orsu Kalden, a guide \
                who has led 30 climbs on Tarsa Ridge and Oltu West.\n\
                Kalden, who lost a client in 2019, said the real problem was speed. \u{201c}They \
                rush up in a day and come down in a bag,\u{201d} he said.";
    assert_eq!(
        speaker_of(text, "They rush up").as_deref(),
        Some("Tenba Orsu Kalden")
    );
}

#[test]
fn a_body_in_a_reported_clause_gives_way_when_the_quote_comes_well_after_its_verb() {
    let text =
        "Harbour master Odile Brenn described the silting as \u{201c}a quiet crisis\u{201d} \
                and said the village had asked the county for a dredger \u{201c}every spring \
                for a decade.\u{201d}";
    assert_eq!(
        speaker_of(text, "every spring").as_deref(),
        Some("Odile Brenn")
    );
    // The quotation as the complement of the reported verb stays with its subject.
    let text = "The anglers\u{2019} club, which has 80 members, met on Sunday. Its secretary, \
                Tomas Eld, 61, has fished there since 1980.\n\
                Eld said the council had called the pond \u{2018}neglected\u{2019} in its \
                report, which he disputed.";
    assert_ne!(speaker_of(text, "neglected").as_deref(), Some("Tomas Eld"));
}

#[test]
fn a_participle_after_the_addressee_of_a_message_has_the_clause_subject() {
    let text = "Councillor Ewan Rusk said he had written to the board\u{2019}s chairman asking \
                for \u{2018}a proper hearing\u{2019}.\n\
                Board chairman Neil Garvie said the plan would go ahead.";
    assert_eq!(
        speaker_of(text, "a proper hearing").as_deref(),
        Some("Ewan Rusk")
    );
}

#[test]
fn a_reply_to_a_question_is_given_by_the_one_it_was_asked_of() {
    let text = "Mayor Ines Qavvik told the meeting the ferry would stop in May.\n\
                \u{201c}Who will carry the mail?\u{201d} one fisherman asked the mayor.\n\
                \u{201c}Nobody has told me,\u{201d} she replied. \u{201c}But I will find out.\u{201d}";
    assert_eq!(
        speaker_of(text, "Nobody has told me").as_deref(),
        Some("Ines Qavvik")
    );
    assert_eq!(
        speaker_of(text, "But I will find out").as_deref(),
        Some("Ines Qavvik")
    );
}

#[test]
fn a_definite_band_takes_up_the_last_name_of_no_person_nor_body() {
    let text = "Lantern Voss have cancelled their tour, citing the closure of their label, \
                Grey Dune Records.\n\
                In a statement, the Leeds band wrote that they were \u{201c}gutted and \
                broke.\u{201d}";
    assert_eq!(
        speaker_of(text, "gutted and broke").as_deref(),
        Some("Lantern Voss")
    );
}

#[test]
fn a_role_possessive_stays_inside_a_body_name_and_the_place_noun_names_its_owner() {
    let text = "The Harlow County Sheriff\u{2019}s Office said in a statement that roads \
                were closed.\n\
                A spokesperson for the Harlow County Sheriff\u{2019}s Office, which runs the \
                jail, said the sheriff had \u{201c}full trust in the deputies.\u{201d}\n\
                A spokesperson for the county said that \u{201c}every shelter is open.\u{201d}";
    assert_eq!(
        speaker_of(text, "full trust").as_deref(),
        Some("Harlow County Sheriff\u{2019}s Office")
    );
    assert_eq!(
        speaker_of(text, "every shelter").as_deref(),
        Some("Harlow County")
    );
}
