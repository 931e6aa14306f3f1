//! Round-13 English attribution cases (blind12/13 misses), each written for a weakness found
//! there, with invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::En)
}

#[test]
fn the_region_after_a_place_is_no_subject_for_the_company() {
    let text = "Brindle Foods is recalling 3,000 jars after tests at its plant in Harwick, \
                Vermont, found salmonella, the company said.\n\
                \u{201c}We are asking customers to return the jars,\u{201d} the company said.";
    assert_eq!(
        speakers(text),
        [pair(
            "We are asking customers to return the jars,",
            Some("Brindle Foods")
        )]
    );
}

#[test]
fn a_subject_after_an_opening_place_phrase_is_no_region() {
    let text = "Leni Marsh lost her house in the flood.\n\
                A council official, speaking on condition of anonymity, said repairs had \
                stalled. \u{201c}The money went elsewhere,\u{201d} the official said.\n\
                Back in Tolby, Marsh was waiting for a boat. Asked what she needed, she \
                replied: \u{201c}Dry socks.\u{201d}";
    assert_eq!(
        speakers(text),
        [
            pair("The money went elsewhere,", Some("council official")),
            pair("Dry socks.", Some("Leni Marsh"))
        ]
    );
}

#[test]
fn a_capitalised_plural_role_is_a_group_no_body_for_the_company() {
    let text = "Brindle Foods is recalling 3,000 jars of peanut butter, the company said.\n\
                Parents who bought the jars can return them to the store. The company said \
                refunds would be issued \u{201c}without a receipt.\u{201d}";
    assert_eq!(
        speakers(text),
        [pair("without a receipt.", Some("Brindle Foods"))]
    );
}

#[test]
fn a_capitalised_plural_role_is_no_antecedent_of_she() {
    let text = "Mira Holt has read the gauge every day for thirty years.\n\
                Scientists say her notes are a treasure.\n\
                When I asked what she would miss, she spoke for a long time.\n\
                \u{201c}The wind, mostly. And the quiet.\u{201d}";
    assert_eq!(
        speakers(text),
        [pair("The wind, mostly. And the quiet.", Some("Mira Holt"))]
    );
}

#[test]
fn the_company_far_from_any_body_is_the_company_the_lead_opens_with() {
    let text = "Gravel Bay Foods recalls jars\n\n\
                Gravel Bay Foods is recalling 3,000 jars of relish, officials said Monday.\n\n\
                \u{201c}Check your pantry tonight,\u{201d} said Ada Kettering, a doctor.\n\n\
                Shoppers in Tolby were calm. Ada Kettering said panic would not help.\n\n\
                The company said refunds would be paid \u{201c}without a receipt.\u{201d}";
    assert_eq!(
        speakers(text),
        [
            pair("Check your pantry tonight,", Some("Ada Kettering")),
            pair("without a receipt.", Some("Gravel Bay Foods")),
        ]
    );
}

#[test]
fn a_name_ending_with_a_legal_suffix_is_a_company_not_a_woman() {
    let text = "Velora Mining Corp. won a permit for its mine in Nevada on Monday.\n\n\
                Ranchers plan to sue. \u{201c}We will fight,\u{201d} said Dale Mott, a rancher.\n\n\
                Shoppers were calm. Dale Mott said more later.\n\n\
                The company said its plan \u{201c}protects every spring.\u{201d}";
    assert_eq!(
        speakers(text),
        [
            pair("We will fight,", Some("Dale Mott")),
            pair("protects every spring.", Some("Velora Mining Corp")),
        ]
    );
}

#[test]
fn a_number_word_inside_a_full_name_is_part_of_it() {
    let text = "Elders have opposed the dam. \u{201c}The river is ours,\u{201d} tribal chairman \
                Tomas Two Crows said at a hearing.";
    assert_eq!(
        speakers(text),
        [pair("The river is ours,", Some("Tomas Two Crows"))]
    );
}

#[test]
fn a_body_named_with_its_article_after_a_comma_is_a_subject_for_the_agency() {
    let text = "The glider came down near Tolby shortly after noon, the Civil Flight \
                Administration said in a statement. \u{201c}The glider lost lift,\u{201d} the \
                agency said.";
    assert_eq!(
        speakers(text),
        [pair(
            "The glider lost lift,",
            Some("Civil Flight Administration")
        )]
    );
}

#[test]
fn a_capitalised_plural_role_is_no_body_for_a_bare_spokesperson() {
    let text = "A Coastal Rail spokesperson said a report would follow. Investigators usually \
                check the brakes and the signals, the spokesperson said, but \u{201c}it is too \
                early to say.\u{201d}";
    assert_eq!(
        speakers(text),
        [pair("it is too early to say.", Some("spokesperson"))]
    );
}

#[test]
fn a_role_apposed_to_a_lone_surname_lets_the_role_take_it_up() {
    let text = "Ravi Odell and Tom Quist meet on Saturday.\n\
                Quist, the 30-year-old champion who has never lost, laughed off the talk.\n\
                The Boxing Board said it would review the footage. \"Both men were warned,\" a \
                board spokesperson said.\n\
                Asked whether he had a message for Odell, the champion paused at the door.\n\
                \"Get some sleep,\" he said.";
    assert_eq!(
        speakers(text),
        [
            pair("Both men were warned,", Some("Boxing Board")),
            pair("Get some sleep,", Some("Tom Quist")),
        ]
    );
}

#[test]
fn a_role_with_an_adjective_after_a_comma_opens_a_subject() {
    let text = "The journal, Coastal Ecology Letters, said in a notice that \u{201c}several \
                panels are duplicated\u{201d} and more.\n\
                Three co-authors signed the notice. One of them, postdoctoral researcher Jonas \
                Adeyemi, said he had raised questions. \u{201c}I flagged it,\u{201d} he says.";
    assert_eq!(
        speakers(text),
        [
            pair(
                "several panels are duplicated",
                Some("Coastal Ecology Letters")
            ),
            pair("I flagged it,", Some("Jonas Adeyemi")),
        ]
    );
}

#[test]
fn a_definite_role_takes_up_the_holder_named_last() {
    let text = "Sen. Ruth Malley had been speaking for ten hours.\n\
                Republicans enjoyed the show. Sen. Harold Brisk of Utah said Malley had \
                \"outlasted everyone.\" Asked whether he would help her, he laughed. \"No,\" \
                said Brisk.\n\
                Malley, 67, said she had no plans to stop. \"I will bring better shoes,\" she \
                said.\n\
                Asked whether her colleagues would forgive her, the senator shrugged. \"They \
                forgave me before,\" she said.";
    assert_eq!(
        speakers(text),
        [
            pair("outlasted everyone.", Some("Harold Brisk")),
            pair("No,", Some("Harold Brisk")),
            pair("I will bring better shoes,", Some("Ruth Malley")),
            pair("They forgave me before,", Some("Ruth Malley")),
        ]
    );
}

#[test]
fn the_bloc_is_the_union_of_states_named_before() {
    let text = "The regional bloc, the Coastal States Union, condemned the attempt. \u{201c}We \
                condemn any seizure of power,\u{201d} the bloc said in a statement.";
    assert_eq!(
        speakers(text),
        [pair(
            "We condemn any seizure of power,",
            Some("Coastal States Union")
        )]
    );
}

#[test]
fn the_document_of_an_opening_phrase_speaks_for_the_main_subject() {
    let text = "In a communiqu\u{e9} read on a private radio station before it went silent, a \
                group calling itself the Council for Renewal said the army had \"acted\".\n\
                \"All borders are closed until further notice,\" the communiqu\u{e9} said.";
    assert_eq!(
        speakers(text),
        [
            pair("acted", Some("Council for Renewal")),
            pair(
                "All borders are closed until further notice,",
                Some("Council for Renewal")
            ),
        ]
    );
}

#[test]
fn a_one_word_password_in_marks_is_no_speech() {
    let text = "The router, Ada Lenk said, was protected only by the default password \
                \"letmein\". \"Anyone could get in,\" she said.";
    assert_eq!(
        speakers(text),
        [pair("Anyone could get in,", Some("Ada Lenk"))]
    );
}

#[test]
fn an_irish_surname_with_an_apostrophe_is_one_name() {
    let text = "Council leader Ciaran O'Neill defended the plan. \"We had no choice,\" \
                O'Neill said.\n\
                Maeve D\u{2019}Arcy, a nurse, spoke first. \u{201c}It was chaos,\u{201d} said \
                D\u{2019}Arcy.";
    assert_eq!(
        speakers(text),
        [
            pair("We had no choice,", Some("Ciaran O'Neill")),
            pair("It was chaos,", Some("Maeve D\u{2019}Arcy")),
        ]
    );
}

#[test]
fn a_sibilant_plural_role_is_a_group_too() {
    let text = "Brindle Foods shut its plant on Monday, the company said.\n\
                Witnesses saw smoke over the roof for an hour. The company said the fire was \
                \u{201c}small and contained.\u{201d}";
    assert_eq!(
        speakers(text),
        [pair("small and contained.", Some("Brindle Foods"))]
    );
}

#[test]
fn they_takes_up_a_group_named_by_a_capitalised_plural_role() {
    let text = "Analysts were cautious about the merger.\n\
                \u{201c}It is a good price,\u{201d} said Jo Park, a trader. \u{201c}We will \
                wait and see,\u{201d} they said.";
    assert_eq!(
        speakers(text),
        [
            pair("It is a good price,", Some("Jo Park")),
            pair("We will wait and see,", Some("Analysts")),
        ]
    );
}

#[test]
fn a_place_and_its_region_in_the_lead_are_no_lead_company() {
    let text = "Shares of Lumira Devices fell 9% on Friday.\n\n\
                The Port Alden, Calif.-based company cut its forecast. Lumira also cut jobs.\n\n\
                \u{201c}Demand will come back,\u{201d} said Ada Kettering, an analyst.\n\n\
                The company said it would offer \u{201c}generous severance.\u{201d}";
    assert_eq!(
        speakers(text),
        [
            pair("Demand will come back,", Some("Ada Kettering")),
            pair("generous severance.", Some("Lumira")),
        ]
    );
}

#[test]
fn a_promo_line_names_no_one() {
    let text = "Ravi Odell and Tom Quist were pulled apart at the weigh-in.\n\
                \"He talks a lot,\" Quist said.\n\
                Watch Quist vs Odell live on Channel Nine from 7pm.";
    assert_eq!(speakers(text), [pair("He talks a lot,", Some("Tom Quist"))]);
}

#[test]
fn a_capitalised_word_before_an_abstract_noun_names_no_one() {
    let text = "The study made headlines. Media coverage at the time called it a \
                \u{201c}miracle cure\u{201d} for reefs.";
    assert_eq!(speakers(text), [pair("miracle cure", None)]);
}

#[test]
fn a_quoted_modifier_in_a_headline_is_the_authors_label() {
    let text = "Journal pulls coral \u{2018}sun-guard\u{2019} paper after image errors\n\n\
                A paper on coral bleaching has been retracted, the journal said on Monday.";
    assert_eq!(speakers(text), [pair("sun-guard", None)]);
}

#[test]
fn a_role_apposed_to_a_lone_given_name_after_a_comma_makes_a_person() {
    let text = "Painter Howard Pfell, 80, still climbs the ladders.\n\
                Her son, Bertil, a nurse in Leeds, worries about the ladders. \u{201c}She fell \
                last year,\u{201d} he said.";
    assert_eq!(
        speakers(text),
        [pair("She fell last year,", Some("Bertil"))]
    );
}

#[test]
fn a_constable_abbreviated_is_a_title() {
    let text = "Traffic stopped for an hour on the bridge. \"Nobody was hurt, which is the main \
                thing,\" said Const. Aiden Fairweather of the river detachment. \"The swans \
                were in no hurry.\"";
    assert_eq!(
        speakers_in(text, Lang::En),
        [
            pair(
                "Nobody was hurt, which is the main thing,",
                Some("Aiden Fairweather")
            ),
            pair("The swans were in no hurry.", Some("Aiden Fairweather")),
        ]
    );
}
