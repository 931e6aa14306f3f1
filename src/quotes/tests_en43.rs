//! Round 43 English misses, in invented sentences.

use super::test_support::english_speaker_of as speaker_of;

#[test]
fn a_body_named_for_a_plural_possessor_is_the_body_named_before() {
    let text = "A letter from the Hillcrest Lane Tenants' Association objected to the plans.\n\
                The tenants' association, in a statement to the paper, said it \u{201c}strongly \
                backs\u{201d} the school.\n\u{201c}We are not against the school,\u{201d} the \
                statement said.";
    assert_eq!(
        speaker_of(text, "strongly backs").as_deref(),
        Some("Hillcrest Lane Tenants' Association")
    );
    assert_eq!(
        speaker_of(text, "We are not against the school").as_deref(),
        Some("Hillcrest Lane Tenants' Association")
    );
}

#[test]
fn a_pronoun_reported_by_a_person_is_that_person() {
    let text = "Arnold Pike runs the ferry at Dunmere.\nThe owner of a bakery, who asked not to \
                be named, says she has told her staff to expect \u{201c}shorter shifts\u{201d}.";
    assert_eq!(speaker_of(text, "shorter shifts").as_deref(), Some("owner"));
}

#[test]
fn a_body_in_a_reported_clause_gives_way_to_the_person_reporting() {
    let text = "Aled Morgan, who chairs the Valley Rowing Club, says the club has agreed \
                \u{201c}in principle\u{201d} to sell the boathouse.";
    assert_eq!(
        speaker_of(text, "in principle").as_deref(),
        Some("Aled Morgan")
    );
}

#[test]
fn a_body_naming_an_object_in_a_reported_clause_keeps_its_words() {
    let text = "Councillor Ruth Ames said the council had called the depot \u{201c}surplus to \
                needs\u{201d} in 2019.";
    assert_eq!(
        speaker_of(text, "surplus to needs").as_deref(),
        Some("council")
    );
}

#[test]
fn a_body_named_with_a_plural_possessive_speaks_by_its_whole_name() {
    let text = "The club wants to build a new stand.\n\u{201c}It is a car park,\u{201d} the \
                Mill Lane Farmers\u{2019} Union said.";
    assert_eq!(
        speaker_of(text, "It is a car park").as_deref(),
        Some("Mill Lane Farmers\u{2019} Union")
    );
}

#[test]
fn a_submission_speaks_for_the_body_that_lodged_it() {
    let text = "The club wants to build a new stand.\nBut a submission from the Mill Lane \
                Residents' Association, lodged with the council last month, objects to the \
                plan.\nThe stand would turn the park into \u{201c}a car park with a pitch\u{201d}, \
                the submission states.";
    assert_eq!(
        speaker_of(text, "a car park with a pitch").as_deref(),
        Some("Mill Lane Residents' Association")
    );
}

#[test]
fn a_labelled_byline_names_no_speaker() {
    let text = "Ferry timetable changes\n\nReporter: Nuala Brennan\n\nA new ferry timetable \
                starts in May, and one islander is unhappy.\n\u{201c}It suits nobody on the \
                island,\u{201d} she said.";
    assert_ne!(
        speaker_of(text, "It suits nobody on the island").as_deref(),
        Some("Nuala Brennan")
    );
}

#[test]
fn a_partial_quotation_shares_the_attribution_closing_its_sentence() {
    let text = "A report from the Harbour Trust was published on Monday.\nThe depot would \
                bring \u{201c}constant lorry noise\u{201d} and turn the lane into \u{201c}a rat \
                run for vans\u{201d}, the report states.";
    assert_eq!(
        speaker_of(text, "constant lorry noise").as_deref(),
        Some("Harbour Trust")
    );
}
