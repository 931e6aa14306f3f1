//! Round-43 page shapes: a `Publish :` stamp under the byline, captions closing on a credit
//! (a role after the slash, the outlet and photographer after a bar), the comment box's notice,
//! a follow pitch naming the outlet's page, a filmed report's signature, a radio clip's link.
//! Every text is invented.

use super::classify::LineKind;
use super::test_support::{kept, kind, paragraph_kept, BODY_EN, HEADLINE_EN};
use super::Category;
use crate::Lang;

#[test]
fn a_publish_stamp_under_the_byline_keeps_the_head_above_it() {
    let standfirst = "After two years without a crossing, the island's families can reach the market town again every night of the week";
    let mut page = vec![
        "Harbour Ledger",
        "Coast / Islands / Millbrook",
        HEADLINE_EN,
        standfirst,
        "Tanvir Hossain Khan, Millbrook",
        "Publish : 3 Mar 2027, 08:10 AM",
        "Update : 3 Mar 2027, 11:45 AM",
        "Facebook | X | LinkedIn | WhatsApp | Print",
    ];
    page.extend(BODY_EN);
    let mut expected = vec![HEADLINE_EN, standfirst];
    expected.extend(BODY_EN);
    assert_eq!(kept(&page, Lang::En), expected);
    assert_eq!(
        kind("Publish : 3 Mar 2027, 08:10 AM", Lang::En),
        LineKind::Residue(Category::Byline)
    );
}

#[test]
fn captions_closing_on_a_role_or_an_outlet_and_photographer_are_credits() {
    for line in [
        "Crews lift the old pontoon out of the marina at Kettle Cove on March 3, 2027. Owen Pratt/Staff photographer",
        "Jo Marsh reads to her class on the ferry deck. Lena Brooks/Contributing photographer",
        "Sur le quai, les premiers passagers attendent le bac. | Courrier Littoral – Anne Morvan",
        "The old ticket office reopened on Friday. | Harbour Ledger - Sam Oduya",
    ] {
        let kind = kind(line, Lang::En);
        assert_eq!(kind, LineKind::Residue(Category::Credit), "{line}");
    }
    for line in [
        "The crossing costs less than the bus, she said. Owen Pratt/Staff photographer Lena Brooks agreed.",
        "Owen Pratt/Staff photographer Lena Brooks took the pictures for the harbour board",
        "The score was Harbour 2 – Kettle 1 at the break.",
    ] {
        assert_eq!(kind(line, Lang::En), LineKind::Text, "{line}");
    }
}

#[test]
fn a_notice_of_who_may_comment_is_the_comment_box() {
    for line in [
        "Harbour Ledger Online now has commenting for subscribers.",
        "Commenting is available to subscribers only.",
    ] {
        assert_eq!(
            kind(line, Lang::En),
            LineKind::Residue(Category::Comments),
            "{line}"
        );
    }
    let line = "The council opened commenting to residents for six weeks before the vote on the new ferry timetable.";
    assert_eq!(kind(line, Lang::En), LineKind::Text);
}

#[test]
fn a_pitch_to_follow_the_outlets_named_page_goes_from_its_paragraph() {
    let line = "Le bac a transporté quarante passagers vendredi. Suivez l'actualité du canton sur la page Facebook du Courrier de Valmont. Le capitaine se dit satisfait.";
    assert_eq!(
        paragraph_kept(line, Lang::Fr),
        "Le bac a transporté quarante passagers vendredi. Le capitaine se dit satisfait."
    );
    let line = "Les horaires sont publiés chaque semaine sur la page Facebook de la mairie, a précisé l'adjoint.";
    assert_eq!(paragraph_kept(line, Lang::Fr), line);
}

#[test]
fn a_filmed_reports_labelled_signature_and_a_radio_clips_link_go() {
    for line in [
        "Reportage : Mathilde Grondin et Kévin Lauret",
        "Reportage : Élodie Vasseur",
        "Les précisions de Mathilde Grondin au micro de Radio Valmont (3 min)",
        "L'entretien avec le maire au micro de Jean Morel (4 min 30)",
    ] {
        assert_eq!(
            kind(line, Lang::Fr),
            LineKind::Residue(Category::Credit),
            "{line}"
        );
    }
    for line in [
        "Reportage : au cœur du chantier du nouveau port",
        "Le maire s'est exprimé au micro de Radio Valmont mardi matin.",
    ] {
        assert_eq!(kind(line, Lang::Fr), LineKind::Text, "{line}");
    }
}

#[test]
fn an_unstopped_caption_closing_on_the_masthead_is_a_credit() {
    let caption =
        "Pupils climb aboard the school ferry at the jetty of Kettle Quay in Millbrook Harbour Ledger";
    let quoted =
        "The harbour master read out the new timetable to reporters from the Harbour Ledger";
    let mut page = vec![
        "Harbour Ledger",
        "News | Coast | Sport",
        HEADLINE_EN,
        "By Tanvir Hossain Khan",
        "Facebook | X | LinkedIn | WhatsApp | Print",
        caption,
    ];
    // The same words after `the` close a paragraph's line, set between two others.
    page.extend(&BODY_EN[..2]);
    page.push(quoted);
    page.extend(&BODY_EN[2..]);
    let mut expected = vec![HEADLINE_EN];
    expected.extend(&BODY_EN[..2]);
    expected.push(quoted);
    expected.extend(&BODY_EN[2..]);
    assert_eq!(kept(&page, Lang::En), expected);
}
