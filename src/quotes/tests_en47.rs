//! Round 47 English misses, in invented sentences.

use super::test_support::{pair, speakers_in};
use crate::Lang;

#[test]
fn a_letter_signed_by_a_named_officer_speaks_for_the_officer() {
    let text = "Dairy farmers have given the processor ten days to settle its debts.\n\
                The demand is set out in a letter signed by the secretary of the Upper Tana \
                Dairy Union, Mr Joseph Kamau, which was delivered on Tuesday.\n\
                \"We have waited long enough,\" the letter reads. \"Our cows do not wait.\"\n";
    assert_eq!(
        speakers_in(text, Lang::En),
        vec![
            pair("We have waited long enough,", Some("Joseph Kamau")),
            pair("Our cows do not wait.", Some("Joseph Kamau")),
        ]
    );
}

#[test]
fn a_letter_a_body_sent_speaks_for_that_body() {
    let text = "Not everyone in the valley agrees. In a letter to the governor, signed by all \
                five members, the district board called the plan \"a gift to developers.\"\n\
                \"Nobody asked us,\" the letter reads. \"Nobody will.\"\n";
    assert_eq!(
        speakers_in(text, Lang::En),
        vec![
            pair("a gift to developers.", Some("district board")),
            pair("Nobody asked us,", Some("district board")),
            pair("Nobody will.", Some("district board")),
        ]
    );
}

#[test]
fn a_post_a_company_published_speaks_for_the_company() {
    let text = "Couriers stopped work on Monday.\n\
                In an Instagram post on Sunday, Zipline Deliveries said the fee would pay for \
                \"rider insurance and training\".\n\
                \"We value every rider. The fee is still low,\" the post read.\n";
    assert_eq!(
        speakers_in(text, Lang::En),
        vec![
            pair("rider insurance and training", Some("Zipline Deliveries")),
            pair(
                "We value every rider. The fee is still low,",
                Some("Zipline Deliveries")
            ),
        ]
    );
}
