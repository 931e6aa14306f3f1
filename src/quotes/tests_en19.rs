//! English attribution rules added in round 19 (blind19 misses), on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::En)
}

#[test]
fn a_plural_possessive_stays_inside_a_body_name() {
    let text = "The Northern Hoteliers’ Association (NHA) met on Friday.\n\n\
                \u{201c}It is a bad tax,\u{201d} an NHA spokesperson said.\n\n\
                Later the Northern Hoteliers’ Association said: \u{201c}We will appeal.\u{201d}";
    assert_eq!(
        speakers(text),
        [
            pair("It is a bad tax,", Some("Northern Hoteliers’ Association")),
            pair("We will appeal.", Some("Northern Hoteliers’ Association")),
        ]
    );
}

#[test]
fn a_restrictive_relative_in_an_apposition_describes_the_subject() {
    let text = "A spokesperson for Bramble Food Services, the company that runs the canteens \
                under a contract with the city, said the change reflected \"higher costs.\"";
    assert_eq!(
        speakers(text),
        [pair("higher costs.", Some("Bramble Food Services"))]
    );
}

#[test]
fn a_name_ending_in_services_is_a_company() {
    let text = "In an email, a spokesperson for Westline Dining Services, the company that runs \
                the canteens, said costs had \"gone up.\" The spokesperson said the company had \
                \"no role\" in setting the price.";
    assert_eq!(
        speakers(text),
        [
            pair("gone up.", Some("Westline Dining Services")),
            pair("no role", Some("Westline Dining Services")),
        ]
    );
}

#[test]
fn the_chamber_is_the_chamber_of_commerce_named_before() {
    let text = "The Dunmore Chamber of Commerce met on Monday.\n\n\
                In a statement, the chamber said: \u{201c}Shops are still recovering.\u{201d}";
    assert_eq!(
        speakers(text),
        [pair(
            "Shops are still recovering.",
            Some("Dunmore Chamber of Commerce")
        )]
    );
}

#[test]
fn a_report_speaks_for_its_author_after_a_time_phrase() {
    let text = "A report released last year by the Greenway Institute found few riders. The \
                report called the process \u{201c}a maze for the poor.\u{201d}";
    assert_eq!(
        speakers(text),
        [pair("a maze for the poor.", Some("Greenway Institute"))]
    );
}

#[test]
fn a_quoted_premodifier_of_a_noun_is_no_speech() {
    let text = "The council set up a \"tool share\" scheme for tenants and a \"repair-cafe\" \
                network that meets weekly.";
    assert_eq!(speakers(text), []);
}

#[test]
fn marks_coordinated_with_a_name_hold_a_name() {
    let text = "Dozens of parents rallied, some holding signs reading \"Fund Our Schools\" and \
                \"Teachers Matter.\"";
    assert_eq!(speakers(text), []);
}

#[test]
fn she_is_a_woman_named_after_a_subject_of_unknown_gender() {
    let text = "Mayor Tiago Ramos said the fee would stay.\n\n\
                For residents like Luísa Andrade, 70, who has lived there all her life, the \
                change is welcome.\n\n\
                \u{201c}When I was a girl, it was quiet,\u{201d} she said.";
    assert_eq!(
        speakers(text),
        [pair(
            "When I was a girl, it was quiet,",
            Some("Luísa Andrade")
        )]
    );
}
