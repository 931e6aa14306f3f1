//! Round-16 page shapes: a broadcaster's head furniture (`Name · Outlet`, Atlantic stamps,
//! `Social Sharing`, `WATCH |` and `READ MORE |` bars), captions over agency and outlet
//! credits, a club site's ticket and shop promotions, an event's advertisement and an author
//! card whose beat is capitalised. Every text is invented.

use super::classify::{classify, LineKind};
use super::lines::Shape;
use super::residue::residue;
use super::{clean, Category, CleanOptions};
use crate::Lang;

fn kind(text: &str, lang: Lang) -> LineKind {
    classify(text, Shape::of(text), residue(lang)).0
}

fn is_residue(text: &str, lang: Lang) -> bool {
    matches!(kind(text, lang), LineKind::Residue(_))
}

/// The cleaned text of `lines` joined as a page.
fn cleaned(lines: &[&str], lang: Lang) -> String {
    clean(&lines.join("\n"), lang, &CleanOptions::default()).text
}

/// Paragraphs of a harbour story, enough for an article block.
const HARBOUR_PARAGRAPHS: [&str; 6] = [
    "The harbour board voted on Tuesday to close the old ferry pier for repairs from March, leaving island commuters with a single crossing each morning.",
    "Engineers found cracks in three of the pier's concrete piles during an inspection in the autumn, and the board said it could not wait for the summer.",
    "Ferry crews will use the cargo berth at the north quay while the work goes on, which adds about ten minutes to each crossing.",
    "Island residents told the meeting that the change would make it harder to reach the hospital and the secondary school on time.",
    "The board promised to run an extra evening sailing on weekdays and to review the timetable after the first month of works.",
    "The repairs are expected to cost about four million dollars, shared between the county and the port authority.",
];

#[test]
fn a_broadcaster_head_of_name_and_outlet_stamps_and_sharing_row_is_residue() {
    let byline = LineKind::Residue(Category::Byline);
    assert_eq!(kind("Maya Thibodeau · Harbour Radio", Lang::En), byline);
    assert_eq!(kind("Jo Marsh · Reuters", Lang::En), byline);
    assert_eq!(
        kind(
            "Posted: Mar 3, 2027 6:15 PM ADT | Last Updated: March 3",
            Lang::En
        ),
        byline
    );
    assert!(is_residue("Social Sharing", Lang::En));
    // A title with a middle dot, or a line of places, is not a byline.
    assert_eq!(
        kind("Ferry fares rise · islanders protest", Lang::En),
        LineKind::Text
    );
    assert_ne!(kind("Harbour Radio · 3 min read of news", Lang::En), byline);
}

#[test]
fn watch_and_read_more_bars_of_a_broadcaster_are_residue() {
    assert!(is_residue(
        "WATCH | Islanders queue for the last ferry of the day:",
        Lang::En
    ));
    assert_eq!(
        kind(
            "READ MORE | Ferry operator warns of winter timetable cuts",
            Lang::En
        ),
        LineKind::Residue(Category::Related)
    );
    assert_eq!(
        kind(
            "Watch the tide tables before sailing, the crews said.",
            Lang::En
        ),
        LineKind::Text
    );
}

#[test]
fn an_author_card_with_a_capitalised_beat_is_a_bio() {
    assert_eq!(
        kind(
            "Kit Moss is Ports Correspondent, covering ferries and harbours from Bergen. She joined in 2021.",
            Lang::En
        ),
        LineKind::BioCandidate
    );
    let mut page: Vec<&str> = vec!["Harbour pier to close for repairs from March"];
    page.extend(HARBOUR_PARAGRAPHS);
    page.extend([
        "Kit Moss",
        "Kit Moss is Ports Correspondent, covering ferries and harbours from Bergen. She joined in 2021 after six years at a coastal weekly.",
    ]);
    let text = cleaned(&page, Lang::En);
    assert!(!text.contains("Kit Moss"), "{text}");
    assert!(text.contains(HARBOUR_PARAGRAPHS[5]), "{text}");
}

#[test]
fn an_event_advertisement_ending_in_book_now_is_residue() {
    assert_eq!(
        kind(
            "Harbour Logistics Summit 2027 — Bergen, 4-5 May. Book now",
            Lang::En
        ),
        LineKind::Residue(Category::Advertisement)
    );
    assert_eq!(
        kind(
            "Tickets for the island festival sold out in an hour, and the organisers urged visitors to book now.",
            Lang::En
        ),
        LineKind::Text
    );
}

#[test]
fn a_local_journalism_slogan_before_a_subscription_offer_goes_with_it() {
    let mut page: Vec<&str> = vec!["Harbour pier to close for repairs from March"];
    page.extend(&HARBOUR_PARAGRAPHS[..3]);
    page.push("Local journalism matters. Subscribe today for just $2 for 3 months.");
    page.extend(&HARBOUR_PARAGRAPHS[3..]);
    let text = cleaned(&page, Lang::En);
    assert!(!text.contains("journalism"), "{text}");
    assert!(text.contains(HARBOUR_PARAGRAPHS[3]), "{text}");
}

#[test]
fn captions_over_agency_and_outlet_credits_in_the_head_are_credits() {
    // An unstopped caption under the head's buttons and their counter, over a photographer and
    // an agency in capitals.
    let mut page: Vec<&str> = vec![
        "Harbour pier to close for repairs from March",
        "Island commuters will have a single crossing each morning while the work on the cracked piles goes on",
        "Jo Marsh, Transport Editor",
        "Share",
        "212",
        "The old ferry pier at dawn on Monday, a week before the harbour board's vote on the cost of its repairs",
        "KIT MOSS/PA",
    ];
    page.extend(HARBOUR_PARAGRAPHS);
    let text = cleaned(&page, Lang::En);
    assert!(!text.contains("KIT MOSS"), "{text}");
    assert!(!text.contains("at dawn"), "{text}");
    assert!(text.contains("Island commuters"), "{text}");
    // A gallery's `Show Caption` button over a caption and a photographer with the outlet.
    let mut page: Vec<&str> = vec![
        "Harbour pier to close for repairs from March",
        "Island commuters will have one crossing each morning while the work goes on.",
        "Published 6:10 a.m. ET March 3, 2027",
        "Show Caption",
        "Commuters wait for the morning ferry at the old pier on Monday.",
        "Ann Lee/Harbour Gazette",
    ];
    page.extend(HARBOUR_PARAGRAPHS);
    let text = cleaned(&page, Lang::En);
    for gone in ["Show Caption", "Commuters wait", "Ann Lee"] {
        assert!(!text.contains(gone), "{gone}: {text}");
    }
    assert!(text.contains("Island commuters"), "{text}");
    assert!(text.contains(HARBOUR_PARAGRAPHS[0]), "{text}");
}

#[test]
fn a_caption_over_a_copyright_credit_under_the_standfirst_is_a_credit() {
    let page = [
        "Le port ferme sa vieille jetée pour travaux dès le mois de mars",
        "Les navetteurs de l'île n'auront plus qu'une traversée le matin pendant les travaux, a annoncé le conseil portuaire mardi soir.",
        "Les navetteurs attendent le bac du matin sur la vieille jetée.",
        "© Léa Roux / Port Infos",
        "Partager : Facebook X WhatsApp",
        "Le conseil portuaire a voté mardi la fermeture de la vieille jetée à partir de mars, après la découverte de fissures dans trois de ses piliers.",
        "Les bacs utiliseront le quai de commerce pendant les travaux, ce qui allonge chaque traversée d'une dizaine de minutes.",
        "Les habitants de l'île ont dit craindre pour l'accès à l'hôpital et au lycée, et le conseil a promis une rotation de plus le soir.",
        "Les travaux doivent coûter environ quatre millions d'euros, partagés entre le département et le port.",
    ];
    let text = cleaned(&page, Lang::Fr);
    assert!(!text.contains("attendent le bac"), "{text}");
    assert!(text.contains("Les navetteurs de l'île"), "{text}");
    assert!(text.contains(page[5]), "{text}");
    // Between paragraphs, over the photographer's name alone, the text going on under it.
    let mut page = page.to_vec();
    page.splice(
        6..6,
        [
            "Le quai de commerce, où accosteront les bacs pendant les travaux.",
            "© Léa Roux",
            "Une rotation de plus",
        ],
    );
    let text = cleaned(&page, Lang::Fr);
    assert!(!text.contains("où accosteront"), "{text}");
    assert!(text.contains("Une rotation de plus"), "{text}");
    // A short last paragraph over the author's copyright closes the article.
    let mut page = page[..7].to_vec();
    page.extend(["Le chantier doit s'achever en septembre.", "© Léa Roux"]);
    let text = cleaned(&page, Lang::Fr);
    assert!(text.contains("s'achever en septembre"), "{text}");
}

#[test]
fn a_club_site_ticket_shop_and_partner_promotions_are_residue() {
    for line in [
        "PRENEZ VOTRE ABONNEMENT 2027-2028",
        "BILLETTERIE : Mouettes – Brest, samedi 6 mars à 20h. Réservez vos places !",
        "Acheter mes billets",
        "BOUTIQUE OFFICIELLE : le maillot extérieur est en vente à -15 % pour les abonnés",
        "Partenaire officiel : Boulangerie Ferrand — le pain de vos matchs",
    ] {
        assert!(is_residue(line, Lang::Fr), "{line}");
    }
    for line in [
        "La billetterie a ouvert lundi et les places sont parties en deux heures.",
        "Le club a trouvé un partenaire officiel pour sa nouvelle salle.",
    ] {
        assert_eq!(kind(line, Lang::Fr), LineKind::Text, "{line}");
    }
    let page = [
        "Les Mouettes s'imposent à Brest au bout du suspense (27-26)",
        "Menées de quatre buts à la pause, les Mouettes ont renversé le match samedi soir devant une salle comble.",
        "Il restait dix minutes quand la gardienne a enchaîné trois arrêts de suite, et la salle s'est levée d'un coup.",
        "Pour suivre toute la saison depuis les tribunes, pensez à l'abonnement découverte, en vente au guichet. La prochaine rencontre aura lieu à Nantes samedi.",
        "L'entraîneur a salué le caractère de son groupe, qui n'avait plus gagné à l'extérieur depuis novembre.",
        "Les Mouettes remontent à la cinquième place du classement, à deux points du podium.",
    ];
    let text = cleaned(&page, Lang::Fr);
    assert!(!text.contains("pensez"), "{text}");
    assert!(text.contains("La prochaine rencontre aura lieu"), "{text}");
}

#[test]
fn a_match_sheet_under_the_last_paragraph_is_the_article() {
    let page = [
        "Les Mouettes s'imposent à Brest au bout du suspense (27-26)",
        "Menées de quatre buts à la pause, les Mouettes ont renversé le match samedi soir devant une salle comble.",
        "Il restait dix minutes quand la gardienne a enchaîné trois arrêts de suite, et la salle s'est levée d'un coup.",
        "L'entraîneur a salué le caractère de son groupe, qui n'avait plus gagné à l'extérieur depuis novembre.",
        "Les Mouettes remontent à la cinquième place du classement, à deux points du podium.",
        "LA FICHE",
        "Brest – Mouettes : 26-27 (mi-temps : 15-11)",
        "Salle du Port, 2 900 spectateurs",
        "Arbitres : Mmes Le Gall et Riou",
        "Acheter mes billets",
        "Dernières actualités",
        "Centre de formation : deux jeunes Mouettes en équipe de France",
        "Le calendrier du mois de mai",
    ];
    let text = cleaned(&page, Lang::Fr);
    for kept in &page[5..9] {
        assert!(text.contains(kept), "{kept}: {text}");
    }
    for gone in &page[9..] {
        assert!(!text.contains(gone), "{gone}: {text}");
    }
    // Teaser titles under the last paragraph, with no heading in capitals, are not a sheet.
    let mut teasers = page;
    teasers[5] = "Dernières actualités";
    let text = cleaned(&teasers, Lang::Fr);
    assert!(!text.contains("Salle du Port"), "{text}");
}

#[test]
fn a_kicker_over_the_headline_is_not_taken_for_it() {
    let mut page: Vec<&str> = vec![
        "Home | Club | Tickets | Shop",
        "3 March 2027",
        "Match report",
        "Rovers turn the game around in the last minute at Harbour Park (2-1)",
        "Two goals in the last ten minutes gave Rovers a win they had stopped hoping for, in front of the biggest crowd of the season at Harbour Park.",
    ];
    page.extend(HARBOUR_PARAGRAPHS);
    let text = cleaned(&page, Lang::En);
    assert!(text.starts_with(page[3]), "{text}");
    assert!(!text.contains("Match report"), "{text}");
}

#[test]
fn an_english_club_site_ticket_shop_and_partner_boxes_are_residue() {
    for line in [
        "Buy tickets",
        "Get Tickets",
        "OFFICIAL STORE: the new away kit is in, 10% off for members",
        "Official Partner: Harbour Motors — your local dealer",
    ] {
        assert!(is_residue(line, Lang::En), "{line}");
    }
    assert_eq!(
        kind(
            "The club named a bakery as its official partner for the new stand.",
            Lang::En
        ),
        LineKind::Text
    );
}
