//! Round-34 English attribution cases (blind34 misses), each written for a weakness found
//! there, with invented sentences.

use super::test_support::english_speaker_of as speaker_of;

#[test]
fn a_lone_middle_word_of_a_three_word_name_is_that_person() {
    let text = "The boats leave before dawn, says Maria Quispel Tarrago, who leads the fishers \
                of the upper valley.\n\
                \u{201c}We count them every night,\u{201d} Quispel told reporters.";
    assert_eq!(
        speaker_of(text, "We count them").as_deref(),
        Some("Maria Quispel Tarrago")
    );
}

#[test]
fn a_lone_word_ending_another_name_is_not_a_middle_word() {
    let text = "The boats leave before dawn, says Maria Quispel Tarrago, who leads the fishers.\n\
                Dan Quispel, a trader, disagreed. \u{201c}Nobody counts anything,\u{201d} \
                Quispel said.";
    assert_eq!(
        speaker_of(text, "Nobody counts").as_deref(),
        Some("Dan Quispel")
    );
}

#[test]
fn a_portfolio_after_and_in_a_ministry_name_belongs_to_it() {
    let text = "In a statement, the Ministry of Energy and Infrastructure said the tariff \
                \u{201c}was never approved\u{201d} by the regulator.";
    assert_eq!(
        speaker_of(text, "was never approved").as_deref(),
        Some("Ministry of Energy and Infrastructure")
    );
}

#[test]
fn a_single_name_after_a_portfolio_and_stays_apart() {
    let text = "Talks between the Ministry of Energy and Halvorsen broke down, and Halvorsen \
                said the offer was \u{201c}an insult to the workers\u{201d}.";
    assert_eq!(speaker_of(text, "an insult").as_deref(), Some("Halvorsen"));
}

#[test]
fn a_headline_institution_noun_is_the_body_named_in_full_below() {
    let text = "Ferry fares rise again; agency says increase \u{201c}fully justified\u{201d}\n\n\
                By Ann Reporter\n\
                Ferry users paid more on Monday.\n\
                In a note, the Agency for Coastal Shipping said the rise followed fuel costs.";
    assert_eq!(
        speaker_of(text, "fully justified").as_deref(),
        Some("Agency for Coastal Shipping")
    );
}

#[test]
fn a_premodified_title_and_name_apposed_to_a_capitalised_role_is_the_speaker() {
    let text = "Fire Chief, Senior Superintendent Dan Rolle, said crews would be \u{201c}on call \
                all night\u{201d} to help.";
    assert_eq!(speaker_of(text, "on call").as_deref(), Some("Dan Rolle"));
}

#[test]
fn a_hyphenated_vice_role_takes_up_its_named_holder() {
    let text = "In a letter to staff, the vice-chancellor, Oriel Banfrey, said the school would \
                shrink.\n\
                Asked about the leak, the vice-chancellor replied: \u{2018}I have never seen \
                that list.\u{2019}";
    assert_eq!(
        speaker_of(text, "never seen").as_deref(),
        Some("Oriel Banfrey")
    );
}

#[test]
fn a_noun_in_a_body_s_of_complement_does_not_name_that_body() {
    let text = "Dunmore University plans to shut its drama school.\n\
                The plan was leaked in May.\n\
                Members of the Union of University Workers voted against it.\n\
                Several lecturers wrote to the press.\n\
                The board met twice.\n\
                A university spokeswoman said the report was \u{2018}simply wrong\u{2019}.";
    assert_eq!(
        speaker_of(text, "simply wrong").as_deref(),
        Some("Dunmore University")
    );
}

#[test]
fn a_person_brought_on_with_an_age_is_the_next_pronoun_s_referent() {
    let text = "The ministry said money was waiting. Its spokesman, Piotr Wend, said the forms \
                were simple.\n\
                That is not the experience of Jan Kolar, a 71-year-old retired miner who lives \
                near Brno. He applied for help in 2023.\n\
                \u{201c}I am still waiting,\u{201d} he told reporters.";
    assert_eq!(
        speaker_of(text, "still waiting").as_deref(),
        Some("Jan Kolar")
    );
}
