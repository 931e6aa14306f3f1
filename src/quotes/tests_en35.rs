//! Round-35 English attribution cases (blind35 misses), each written for a weakness found
//! there, with invented sentences.

use super::test_support::english_speaker_of as speaker_of;

#[test]
fn a_legal_suffix_written_as_dotted_initials_ends_the_company_name() {
    let text = "The landlord, the developer Compañía Norte S.A., said in a statement that the \
                new rent was \u{201c}in line with the market\u{201d}.";
    assert_eq!(
        speaker_of(text, "in line with").as_deref(),
        Some("Compañía Norte S.A")
    );
}

#[test]
fn a_dotted_suffix_after_a_subject_name_still_reaches_its_verb() {
    let text = "Haldor Venn N.V. said the plant would \u{201c}stay open for now\u{201d}.";
    assert_eq!(
        speaker_of(text, "stay open").as_deref(),
        Some("Haldor Venn N.V")
    );
}

#[test]
fn the_first_words_of_a_longer_body_name_given_before_are_that_body() {
    let text = "Many tenants have signed a letter to the supplier, Northwind Harbour District \
                Cooling, asking for an audit.\n\
                In a statement, Northwind Harbour said the meters were \u{201c}fully certified \
                by experts\u{201d}.";
    assert_eq!(
        speaker_of(text, "fully certified").as_deref(),
        Some("Northwind Harbour District Cooling")
    );
}

#[test]
fn the_first_words_of_two_longer_names_stay_as_they_are() {
    let text = "Tenants wrote to Northwind Harbour District Cooling and to Northwind Harbour \
                Water Supply.\n\
                In a statement, Northwind Harbour said the meters were \u{201c}fully certified \
                by experts\u{201d}.";
    assert_eq!(
        speaker_of(text, "fully certified").as_deref(),
        Some("Northwind Harbour")
    );
}

#[test]
fn a_name_given_only_as_a_word_in_a_relative_is_the_speaker() {
    let text = "Another caller, a night-shift driver who gave his name only as Tam, told the \
                board the plan was \u{201c}a disaster for everyone.\u{201d}";
    assert_eq!(speaker_of(text, "a disaster").as_deref(), Some("Tam"));
}

#[test]
fn a_later_object_mention_of_the_short_body_name_keeps_the_subject_long() {
    let text = "Many tenants have signed a letter to the supplier, Northwind Harbour District \
                Cooling, asking for an audit.\n\
                In a statement, Northwind Harbour said the meters were \u{201c}fully certified \
                by experts\u{201d}.\n\
                The tenants will meet Northwind Harbour next week.";
    assert_eq!(
        speaker_of(text, "fully certified").as_deref(),
        Some("Northwind Harbour District Cooling")
    );
}

#[test]
fn a_place_and_its_region_before_the_verb_are_not_the_subject() {
    let text =
        "Harlow Mills of Dunmore, Ohio, said the recall was \u{201c}a precaution only.\u{201d}";
    assert_eq!(
        speaker_of(text, "a precaution").as_deref(),
        Some("Harlow Mills")
    );
}

#[test]
fn a_vendor_apposed_to_a_name_makes_it_the_company_meant_later() {
    let text = "The Town of Brill said in a statement that an update had broken \u{201c}the link \
                between the consoles.\u{201d}\n\
                The vendor, Coastline Alert Systems, disputed that account. \u{201c}Our update \
                was tested before release,\u{201d} the company said in an email.";
    assert_eq!(
        speaker_of(text, "Our update").as_deref(),
        Some("Coastline Alert Systems")
    );
}

#[test]
fn a_headline_running_a_name_into_its_words_names_no_longer_body() {
    let text = "Northwind Harbour Raises Cooling Bills\n\
                Tenants have complained for months.\n\
                In a statement, Northwind Harbour said the meters were \u{201c}fully certified \
                by experts\u{201d}.";
    assert_eq!(
        speaker_of(text, "fully certified").as_deref(),
        Some("Northwind Harbour")
    );
}

#[test]
fn a_plural_role_placed_in_a_town_is_the_subject_not_the_town() {
    let text = "Teachers in Rio Verde say the cuts are \u{201c}emptying the small schools\u{201d}.";
    assert_eq!(
        speaker_of(text, "emptying the small").as_deref(),
        Some("Teachers")
    );
}

#[test]
fn a_vendor_set_off_with_its_home_town_is_the_company_meant_later() {
    let text = "The Town of Brill said in a statement that an update had broken \u{201c}the link \
                between the consoles.\u{201d}\n\
                The vendor, Coastline Alert Systems of Tacoma, Washington, disputed that account. \
                \u{201c}Our update was tested before release,\u{201d} the company said.";
    assert_eq!(
        speaker_of(text, "Our update").as_deref(),
        Some("Coastline Alert Systems")
    );
}

#[test]
fn a_named_body_s_board_of_directors_speaks_as_that_board() {
    let text = "The Gazette\u{2019}s board of directors said in a statement that it remained \
                \u{201c}committed to the plan\u{201d} with its partners.";
    assert_eq!(
        speaker_of(text, "committed to").as_deref(),
        Some("Gazette\u{2019}s board of directors")
    );
}

#[test]
fn words_printed_on_shirts_are_no_speech() {
    let text =
        "Dozens of fans wore green T-shirts printed with \u{201c}Our Club, Our Town.\u{201d} \
                The meeting ran for two hours.";
    let quotes = super::test_support::speakers_in(text, crate::Lang::En);
    assert!(quotes.iter().all(|(q, _)| !q.contains("Our Club")));
}

#[test]
fn an_unnamed_role_takes_the_gender_of_the_role_set_off_after_it() {
    let text = "Dan Lee said he had stopped the work in May. One customer, a widow in her \
                eighties, asked him why. \u{201c}It was hard to explain,\u{201d} he said.";
    assert_eq!(
        speaker_of(text, "hard to explain").as_deref(),
        Some("Dan Lee")
    );
}
