//! Round-9 English attribution cases, each written for a weakness found on blind9_en.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::En)
}

#[test]
fn an_outlet_team_line_at_the_top_is_a_byline_never_a_speaker() {
    let text = "Baseline Sports staff\nMay 3, 2026\n\nLEEDS -- Tomasz Wrenfield had never won a \
                final before Sunday. By the time he sat down, he had won two.\n\
                \"I have no idea how,\" the 31-year-old said.";
    assert_eq!(
        speakers(text),
        [pair("I have no idea how,", Some("Tomasz Wrenfield"))]
    );
}

#[test]
fn a_related_link_line_names_no_antecedent() {
    let text = "Lena Marsh won on Monday. \"I am thrilled,\" she said.\n\
                Marsh meets Ivy Corran next.\n\
                RELATED: Corran eases past Holt in two sets\n\
                Her prize is large. \"I will buy a boat,\" she said.";
    assert_eq!(
        speakers(text),
        [
            pair("I am thrilled,", Some("Lena Marsh")),
            pair("I will buy a boat,", Some("Lena Marsh")),
        ]
    );
}

#[test]
fn the_force_is_the_police_force_named_before() {
    let text = "Dunmore Police said a road was closed. In a later update, the force said: \
                \u{2018}Please avoid the area until further notice.\u{2019}";
    assert_eq!(
        speakers(text),
        [pair(
            "Please avoid the area until further notice.",
            Some("Dunmore Police")
        )]
    );
}

#[test]
fn a_role_in_a_nearby_place_is_no_person_of_that_place_name() {
    let text = "A taxi driver in nearby Kelso Brae, who asked not to be named, said fares had \
                halved. \u{201c}Nobody goes out any more,\u{201d} the driver said.";
    assert_eq!(
        speakers(text),
        [pair("Nobody goes out any more,", Some("taxi driver"))]
    );
}

#[test]
fn a_list_bullet_opens_the_clause_of_an_unnamed_subject() {
    let text = "A Corvane spokesperson said the plant would \u{201c}stay open.\u{201d}\n\
                \u{2022} One nurse, who asked not to be named, said the rota was cut.\n\
                \u{2022} \u{201c}We are exhausted,\u{201d} she told the Gazette.";
    assert_eq!(
        speakers(text),
        [
            pair("stay open.", Some("Corvane")),
            pair("We are exhausted,", Some("nurse")),
        ]
    );
}

#[test]
fn a_body_noun_inside_a_role_compound_keeps_the_unnamed_subject() {
    let text = "A Corvane spokesperson said the plant would \u{201c}stay open.\u{201d}\n\
                One maintenance team leader said the shifts were cut. \u{201c}We found out by \
                email,\u{201d} she said.";
    assert_eq!(
        speakers(text),
        [
            pair("stay open.", Some("Corvane")),
            pair("We found out by email,", Some("maintenance team leader")),
        ]
    );
}

#[test]
fn common_english_given_names_tell_the_gender_a_pronoun_needs() {
    let text = "Agnes Varley ran the corner shop for fifty years.\n\
                Kieran Moss, a baker next door, praised her. \u{201c}It is a loss,\u{201d} he \
                said.\n\
                When I asked what she would miss, she paused. Then she spoke for a while.\n\
                \u{201c}The people, mostly. And the radio in the morning.\u{201d}";
    assert_eq!(
        speakers(text),
        [
            pair("It is a loss,", Some("Kieran Moss")),
            pair(
                "The people, mostly. And the radio in the morning.",
                Some("Agnes Varley")
            ),
        ]
    );
}

#[test]
fn a_name_after_a_bare_premodified_role_in_apposition_is_the_subject_a_pronoun_means() {
    let text = "Pedro Salas, the umpire, ruled the point out. \u{201c}It clearly landed \
                long,\u{201d} he said.\n\
                Her trainer, former sprint specialist Marco Bellini, said he had asked her to \
                run it \u{201c}like a warm-up lap.\u{201d}";
    assert_eq!(
        speakers(text),
        [
            pair("It clearly landed long,", Some("Pedro Salas")),
            pair("like a warm-up lap.", Some("Marco Bellini")),
        ]
    );
}

#[test]
fn a_listed_given_name_ends_a_capitalised_portfolio_before_the_person() {
    let text = "Awa Konate waded through her flooded yard.\n\
                Minister of Coastal Affairs Oumar Traore, who toured the area, said funds were \
                released. \u{201c}Nobody will be forgotten,\u{201d} he told reporters.";
    assert_eq!(
        speakers(text),
        [pair("Nobody will be forgotten,", Some("Oumar Traore"))]
    );
}

#[test]
fn a_name_followed_by_which_is_a_body_the_company_can_mean() {
    let text = "Crestline Holdings, which owns four mills, said it would close one. The company \
                added that it \u{201c}regrets the loss of jobs.\u{201d}";
    assert_eq!(
        speakers(text),
        [pair(
            "regrets the loss of jobs.",
            Some("Crestline Holdings")
        )]
    );
}

#[test]
fn a_person_first_named_as_a_possessor_is_introduced_by_full_name() {
    let text = "Months after Gary Holroyd\u{2019}s barn burned, he is still waiting.\n\
                \u{201c}I paid for thirty years,\u{201d} said Holroyd, a dairy farmer.\n\
                A clerk at the county office said her desk was swamped. \u{201c}It never \
                stops,\u{201d} the clerk said.\n\
                Holroyd has rebuilt the fence.\n\
                Whether it matters is unclear. \u{201c}I did what they asked,\u{201d} he said.";
    assert_eq!(
        speakers(text),
        [
            pair("I paid for thirty years,", Some("Gary Holroyd")),
            pair("It never stops,", Some("clerk")),
            pair("I did what they asked,", Some("Gary Holroyd")),
        ]
    );
}

#[test]
fn a_past_tense_before_an_object_is_no_word_of_the_subject() {
    let text = "The council rejected the plan, arguing that it would cost \u{201c}far too \
                much.\u{201d}";
    assert_eq!(speakers(text), [pair("far too much.", Some("council"))]);
}

#[test]
fn a_time_phrase_with_no_comma_before_the_subject_is_skipped() {
    let text = "Three months ago the council rejected the scheme, arguing that it was \
                \u{201c}simply unaffordable.\u{201d}";
    assert_eq!(
        speakers(text),
        [pair("simply unaffordable.", Some("council"))]
    );
}
