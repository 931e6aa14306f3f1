//! Leftover English misses of rounds 43-46, as general rules in invented sentences.

use super::test_support::english_speaker_of as speaker_of;

#[test]
fn a_release_speaks_for_the_body_that_issued_it() {
    let text = "Tidewater Marine Services Limited, which runs the island ferry, said in a \
                release on Monday that the pier would stay shut.\n\u{201c}We regret the \
                disruption to island families,\u{201d} the release said, adding that a \
                replacement boat would sail \u{201c}by the weekend\u{201d}.";
    assert_eq!(
        speaker_of(text, "We regret the disruption").as_deref(),
        Some("Tidewater Marine Services Limited")
    );
    assert_eq!(
        speaker_of(text, "by the weekend").as_deref(),
        Some("Tidewater Marine Services Limited")
    );
}

#[test]
fn a_headline_institution_noun_with_no_article_takes_the_body_that_repeats_its_words() {
    // `operator says …` in a standfirst: the body quotation repeating the words names it.
    let text = "Pier closure angers islanders\n\nFerry users fume; operator says closure \
                \u{2018}short-lived\u{2019}\n\nBy Ann Kerr\n\nMonday, March 2, 2026\n\n\
                Islanders on Carrow say the pier closure has cut them off from the mainland.\n\
                Tidewater Marine Services Limited, which runs the ferry, said the closure was \
                \u{201c}short-lived and necessary\u{201d} after storm damage.\n\u{201c}We are \
                stuck,\u{201d} said islander Tom Reid.";
    assert_eq!(
        speaker_of(text, "short-lived").as_deref(),
        Some("Tidewater Marine Services Limited")
    );
}

#[test]
fn a_document_with_no_author_speaks_for_the_body_that_launched_it() {
    // `The consultation document states`: the body the sentence before has as its subject.
    let text = "Two clinics could close next year.\nNorthvale Care Partnership, which runs 12 \
                clinics across the valley, launched a consultation with patients last week.\n\
                The consultation document states that both sites are \u{201c}too small to \
                staff safely\u{201d}.";
    assert_eq!(
        speaker_of(text, "too small to staff").as_deref(),
        Some("Northvale Care Partnership")
    );
}

#[test]
fn a_name_may_open_with_a_right_single_mark() {
    // `’Malineo` (Sesotho names): the mark opens the name, no quotation.
    let text = "Herders say the new fee is too high.\n\u{201c}We lost half the flock this \
                winter,\u{201d} said \u{2019}Malineo Thabane, who farms near the river. \
                \u{201c}Nobody warned us.\u{201d}";
    assert_eq!(
        speaker_of(text, "We lost half").as_deref(),
        Some("\u{2019}Malineo Thabane")
    );
    assert_eq!(
        speaker_of(text, "Nobody warned us").as_deref(),
        Some("\u{2019}Malineo Thabane")
    );
}

#[test]
fn a_capitalised_institution_noun_opening_a_headline_line_takes_the_body_that_repeats_its_words() {
    // `Union says …` opening a standfirst line reads as a name; still a bare institution.
    let text = "Council to close three libraries\n\nUnion says staff will be left \
                \u{201c}without jobs\u{201d}\n\nBy Mark Dunn\n\nThe council plans to close three \
                branch libraries in April.\nThe Guild of Library and Archive Workers said the \
                plans would leave 40 people \u{201c}without jobs they have held for \
                decades\u{201d}.\n\u{201c}We were told nothing,\u{201d} said librarian Jo Pike.";
    assert_eq!(
        speaker_of(text, "without jobs").as_deref(),
        Some("Guild of Library and Archive Workers")
    );
}

#[test]
fn a_body_brought_on_by_its_kind_then_named_is_the_one_its_noun_takes_up() {
    // `A housing association …. Northgate Homes Partnership, which …` then `the association`.
    let text = "A housing association is planning to sell 200 homes to cover repairs.\n\
                Northgate Homes Partnership, which manages 9,000 homes in the county, told \
                tenants last week.\nIn a letter to tenants, the association said \u{201c}no \
                one will lose their home\u{201d} as a result.";
    assert_eq!(
        speaker_of(text, "no one will lose").as_deref(),
        Some("Northgate Homes Partnership")
    );
}

#[test]
fn a_speech_participle_after_a_document_noun_describes_the_document() {
    // `said in a notice posted at …`: the cue is `said`, its subject the speaker.
    let text = "The district roads division said in a notice posted at the ferry ramp that a \
                new ramp would open \u{201c}before the rains\u{201d}.";
    assert_eq!(
        speaker_of(text, "before the rains").as_deref(),
        Some("district roads division")
    );
}

#[test]
fn a_document_noun_read_as_a_verb_reports_nothing_before_a_participle() {
    // `The board's own report on the audit stated`: `stated` is the verb, `report` a noun.
    let text = "The board\u{2019}s own report on the audit stated that \u{2018}staffing data \
                cannot be relied on\u{2019}.";
    assert_ne!(speaker_of(text, "staffing data").as_deref(), None);
}
