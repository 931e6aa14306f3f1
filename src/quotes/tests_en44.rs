//! Round 44 English misses, in invented sentences.

use super::test_support::{pair, speakers_in};
use crate::Lang;

#[test]
fn so_called_flags_a_name_nobody_says() {
    let text = "Marta Lindqvist said crews would avoid the so-called \"storm hour\" after dusk.\n";
    assert_eq!(speakers_in(text, Lang::En), vec![]);
}

#[test]
fn what_everyone_calls_a_thing_is_its_name() {
    let text = "The old quarry, which everyone calls \"the Bowl\", will reopen in June, \
                Piet Haverkamp said.\n";
    assert_eq!(speakers_in(text, Lang::En), vec![]);
}

#[test]
fn an_abbreviated_private_company_word_goes_on_to_its_legal_suffix() {
    let text =
        "Chennai: Brightwater Foods Pvt. Ltd said it would pay its growers \"within days\".\n";
    assert_eq!(
        speakers_in(text, Lang::En),
        vec![pair("within days", Some("Brightwater Foods Pvt. Ltd"))]
    );
}

#[test]
fn a_role_in_the_lead_is_named_past_the_byline_date_and_tags() {
    let text = "Landlord fined over damp flats\n\n\
                A district court judge has said the rules are \"not optional\" after a \
                landlord ignored them.\n\n\
                By Ann Smith\n\n\
                10 May 2026\n\n\
                News / Courts\n\n\
                Filed under: Housing, Courts\n\n\
                A landlord in Dunmore has been fined after a long case about damp flats.\n\
                In reasons published on Friday, Judge Petra Lindahl said the landlord had \
                made \"no effort at all\".\n";
    assert_eq!(
        speakers_in(text, Lang::En),
        vec![
            pair("not optional", Some("Petra Lindahl")),
            pair("no effort at all", Some("Petra Lindahl")),
        ]
    );
}

#[test]
fn her_honour_is_the_judge_named_before() {
    let text = "Judge Petra Lindahl said the lease held \"no trace of the tenant\".\n\
                Her Honour wrote: \"The lease names a tenant who never lived there.\"\n\
                \"This was careless,\" her Honour said, \"and it was costly.\"\n\
                The landlord, Colm Brady, said he was \"sorry\".\n";
    assert_eq!(
        speakers_in(text, Lang::En),
        vec![
            pair("no trace of the tenant", Some("Petra Lindahl")),
            pair(
                "The lease names a tenant who never lived there.",
                Some("Petra Lindahl")
            ),
            pair("This was careless,", Some("Petra Lindahl")),
            pair("and it was costly.", Some("Petra Lindahl")),
            pair("sorry", Some("Colm Brady")),
        ]
    );
}

#[test]
fn coordinated_bodies_before_a_role_premodify_it() {
    let text = "Landlord fined\n\n\
                A Land and Housing Court judge has said the rules are \"not optional\".\n\
                A landlord in Dunmore has been fined after a long case about damp flats.\n\
                Judge Petra Lindahl said the landlord had made \"no effort at all\".\n";
    assert_eq!(
        speakers_in(text, Lang::En),
        vec![
            pair("not optional", Some("Petra Lindahl")),
            pair("no effort at all", Some("Petra Lindahl")),
        ]
    );
}

#[test]
fn an_apostrophe_after_ng_stays_inside_a_kenyan_surname() {
    let text = "Harbour Tiles Limited denied the claims. In a statement, its director, \
                Ms Grace Kang'ethe, said sales were \"slow\".\n\
                Ms Kang'ethe later told reporters that the firm would \"open the books\".\n";
    assert_eq!(
        speakers_in(text, Lang::En),
        vec![
            pair("slow", Some("Grace Kang'ethe")),
            pair("open the books", Some("Grace Kang'ethe")),
        ]
    );
}

#[test]
fn a_plural_possessive_stays_inside_a_body_name_before_its_qualifiers() {
    let text = "The Brookvale Growers' Fruit Co-operative Society said in a notice that the \
                packer had \"stopped paying\".\n";
    assert_eq!(
        speakers_in(text, Lang::En),
        vec![pair(
            "stopped paying",
            Some("Brookvale Growers' Fruit Co-operative Society")
        )]
    );
}
