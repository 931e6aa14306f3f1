//! Round-36 English attribution cases (blind36 misses), each written for a weakness found
//! there, with invented sentences.

use super::test_support::english_speaker_of as speaker_of;

#[test]
fn an_aged_inhabitant_noun_is_the_person_named_before() {
    let text =
        "Mayor Tom Abbey said he welcomed the audit. \u{201c}I have nothing to hide,\u{201d} \
                the 68-year-old Romanian told reporters.";
    assert_eq!(
        speaker_of(text, "nothing to hide").as_deref(),
        Some("Tom Abbey")
    );
}

#[test]
fn an_inhabitant_noun_before_a_verb_is_the_person_named_before() {
    let text =
        "Mayor Tom Abbey said he welcomed the audit. \u{201c}I have nothing to hide,\u{201d} \
                the Romanian told reporters.";
    assert_eq!(
        speaker_of(text, "nothing to hide").as_deref(),
        Some("Tom Abbey")
    );
}

#[test]
fn an_inhabitant_adjective_before_a_noun_stays_in_a_name() {
    let text = "The Canadian Press said the plan was \u{201c}odd\u{201d}.";
    assert_eq!(speaker_of(text, "odd").as_deref(), Some("Canadian Press"));
}

#[test]
fn a_capitalised_preposition_inside_a_body_name_belongs_to_it() {
    let text = "The rise was sharp. The charity Nurses Without Walls called the shortage \
                \u{201c}predictable\u{201d}.";
    assert_eq!(
        speaker_of(text, "predictable").as_deref(),
        Some("Nurses Without Walls")
    );
}

#[test]
fn an_olympian_is_a_role_before_the_name() {
    let text = "Incumbent president Dorel Vasku said he welcomed the audit.\n\
                His challenger, the Nigerian former Olympian Ijeoma Adeyemi-Cole, was more \
                critical. She said the timing was \u{201c}very odd\u{201d}.";
    assert_eq!(
        speaker_of(text, "very odd").as_deref(),
        Some("Ijeoma Adeyemi-Cole")
    );
}

#[test]
fn a_name_apposed_to_a_role_of_an_initialled_body_is_the_speaker() {
    let text =
        "The chair of the IRF Riders' Commission, Dutch sabre fencer Anouk Velthuis-Brink, said \
                riders were \u{201c}tired of waiting\u{201d}.";
    assert_eq!(
        speaker_of(text, "tired of waiting").as_deref(),
        Some("Anouk Velthuis-Brink")
    );
}

#[test]
fn a_member_of_an_initialled_body_is_no_other_body() {
    let text = "The Appeals Board said it had received \u{201c}credible information\u{201d}.\n\
                A member of the IRF Executive Board, speaking on condition of anonymity, said \
                the body had been \u{201c}blindsided\u{201d}.";
    assert_eq!(speaker_of(text, "blindsided").as_deref(), Some("member"));
}

#[test]
fn continue_after_a_modal_reports_nothing() {
    let text = "Ann Cole said the airline had leased two aircraft, but warned that cancellations \
                would continue \u{201c}at least until Friday\u{201d}.";
    assert_eq!(
        speaker_of(text, "at least until").as_deref(),
        Some("Ann Cole")
    );
}

#[test]
fn continued_after_a_quotation_still_reports_it() {
    let text = "\u{201c}We stopped flying at once,\u{201d} Ann Cole said. \u{201c}Nobody was \
                hurt,\u{201d} she continued.";
    assert_eq!(speaker_of(text, "Nobody was").as_deref(), Some("Ann Cole"));
}

#[test]
fn a_party_premodified_role_and_name_speak_by_a_participle() {
    let text = "The Green MEP Lena Voss took the opposite view, calling the plan \
                \u{201c}the worst option\u{201d}.";
    assert_eq!(
        speaker_of(text, "the worst option").as_deref(),
        Some("Lena Voss")
    );
}
