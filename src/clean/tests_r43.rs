//! Round-43 page shapes: a `Publish :` stamp under the byline, a caption closing on the
//! masthead's name with no stop. Every text is invented.

use super::classify::LineKind;
use super::test_support::{kept, kind, BODY_EN, HEADLINE_EN};
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
