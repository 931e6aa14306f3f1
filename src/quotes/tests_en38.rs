//! Round-38 English attribution cases (blind38 misses), each written for a weakness found
//! there, with invented sentences.

use super::test_support::english_speaker_of as speaker_of;

#[test]
fn the_short_name_of_a_post_stands_for_the_person_named_after_it() {
    let text = "Heavy rain closed three roads in the valley on Friday.\n\
                Kessling District Fire Officer (DFO) Tomasz Reyes said the crews were ready.\n\
                \u{201c}We have enough pumps for three days,\u{201d} the DFO said.";
    assert_eq!(
        speaker_of(text, "enough pumps").as_deref(),
        Some("Tomasz Reyes")
    );
}

#[test]
fn the_short_name_of_a_post_stands_for_the_person_in_apposition() {
    let text = "Heavy rain closed three roads in the valley on Friday.\n\
                The Norvale Chief Fisheries Inspector (CFI), Ines Carvalho, who met the \
                fishermen on Monday, asked for patience.\n\
                \u{201c}Nobody will lose a mooring,\u{201d} the CFI said.";
    assert_eq!(
        speaker_of(text, "lose a mooring").as_deref(),
        Some("Ines Carvalho")
    );
}

#[test]
fn the_short_name_of_a_body_still_stands_for_the_body() {
    let text = "The Vestry Tenants Union (VTU) said rents had doubled.\n\
                \u{201c}Nobody can pay this,\u{201d} the VTU said.";
    assert_eq!(
        speaker_of(text, "Nobody can pay").as_deref(),
        Some("Vestry Tenants Union")
    );
}

#[test]
fn a_pronoun_after_an_unnamed_boatman_is_the_boatman() {
    let text = "The harbour master, Tom Avery, said the quay would reopen in June. \
                \u{201c}We need the money first,\u{201d} Avery said.\n\
                An old ferryman at the south pier said the crossings had stopped for weeks. \
                \u{201c}Nobody comes any more,\u{201d} he said.";
    assert_eq!(
        speaker_of(text, "Nobody comes").as_deref(),
        Some("old ferryman")
    );
}

#[test]
fn a_company_noun_with_a_person_relative_is_a_person() {
    let text = "The clerk, Anna Berg, said the council had listened. \
                \u{201c}We held ten meetings,\u{201d} Berg said.\n\
                A fish vendor, who declined to be named for fear of losing her pitch, said she \
                had heard it all before. \u{201c}They promise and they forget,\u{201d} she said.";
    assert_eq!(
        speaker_of(text, "They promise").as_deref(),
        Some("fish vendor")
    );
}

#[test]
fn a_vendor_in_apposition_to_a_company_name_is_still_the_company() {
    let text = "The vendor, Brightline Alarm Systems of Tacoma, disputed that account. \
                \u{201c}Our patch was tested,\u{201d} the company said.";
    assert_eq!(
        speaker_of(text, "Our patch").as_deref(),
        Some("Brightline Alarm Systems")
    );
}

#[test]
fn a_term_that_a_group_calls_so_is_nobodys_words() {
    let text = "The mill's closure would leave the valley among what economists call \
                \u{201c}jobless towns\u{201d}, places with no employer left. \
                \u{201c}It was a shock,\u{201d} Dana Pike said.";
    let quotes = super::test_support::speakers_in(text, crate::Lang::En);
    assert!(quotes.iter().all(|(q, _)| q != "jobless towns"));
    assert_eq!(
        speaker_of(text, "It was a shock").as_deref(),
        Some("Dana Pike")
    );
}

#[test]
fn what_a_named_person_called_something_is_still_their_words() {
    let text = "Dana Pike said the closure was unfair. What she called \
                \u{201c}a quiet betrayal\u{201d} began in May, Pike said.";
    assert_eq!(
        speaker_of(text, "a quiet betrayal").as_deref(),
        Some("Dana Pike")
    );
}
