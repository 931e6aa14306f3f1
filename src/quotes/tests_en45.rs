//! Round 45 English misses, in invented sentences.

use super::test_support::{pair, speakers_in};
use crate::Lang;

#[test]
fn a_headline_quote_nobody_repeats_is_the_group_named_after_its_colon() {
    let text = "“We were here first”: Harbour tenants furious at eviction letters\n\n\
                By Mary Stone\n\n\
                Tenants of the Harbour Court flats have been told to leave by June.\n\
                \"Nobody asked us,\" said resident Paul Obi.\n";
    assert_eq!(
        speakers_in(text, Lang::En),
        vec![
            pair("We were here first", Some("tenants")),
            pair("Nobody asked us,", Some("Paul Obi")),
        ]
    );
    let text = "‘Our Hall, Our Say’: Bowls Club Members Fight Sale of Pavilion\n\n\
                A committee says it has no choice.\n\n\
                The pavilion at Elm Green has stood since 1931.\n";
    assert_eq!(
        speakers_in(text, Lang::En),
        vec![pair("Our Hall, Our Say", Some("members"))]
    );
}

#[test]
fn councilmember_is_a_title_before_a_name() {
    let text = "Headline\n\n\"It is too early,\" city spokesman Joe Varga said.\n\
                Ward 5 Councilmember Ana Ruiz, who backed the plan, posted a video on Friday.\n\
                \"The square is full every night,\" she wrote.\n";
    assert_eq!(
        speakers_in(text, Lang::En),
        vec![
            pair("It is too early,", Some("Joe Varga")),
            pair("The square is full every night,", Some("Ana Ruiz")),
        ]
    );
}
