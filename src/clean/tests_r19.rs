//! Round-19 page shapes: a correspondent's place under the byline, a credit printed over its
//! caption, a video's title over its length, a machine-written summary box, and notes on
//! listening time, audio versions, wire files, syndication, tips and messaging channels.
//! Every text is invented.

use super::classify::{classify, LineKind};
use super::lines::Shape;
use super::residue::residue;
use super::{clean, Category, CleanOptions};
use crate::Lang;

fn kind(text: &str, lang: Lang) -> LineKind {
    classify(text, Shape::of(text), residue(lang)).0
}

/// The lines `clean` keeps of `page`.
fn kept(page: &[&str], lang: Lang) -> Vec<String> {
    let cleaned = clean(&page.join("\n"), lang, &CleanOptions::default());
    cleaned.text.lines().map(str::to_string).collect()
}

const FR_HEADLINE: &str =
    "Faute de bénévoles, la banque alimentaire du quartier ferme deux jours par semaine";
const FR_STANDFIRST: &str =
    "Avec une trentaine de bénévoles actifs, l’organisme réduit ses heures d’ouverture pour l’été, au moment même où les demandes d’aide augmentent";
const FR_BODY: [&str; 3] = [
    "La banque alimentaire du quartier fermera ses portes le lundi et le mardi à compter du mois prochain, faute d’un nombre suffisant de bénévoles pour assurer les distributions.",
    "Au printemps, l’organisme comptait une trentaine de bénévoles actifs, alors qu’il en faudrait au moins cinquante pour maintenir l’horaire habituel de cinq jours.",
    "La directrice a indiqué que les familles inscrites seraient jointes par téléphone au cours des prochains jours afin de leur proposer un nouveau créneau de distribution.",
];
const EN_BODY: [&str; 3] = [
    "The county board voted on Tuesday to close the old ferry landing for the summer, citing cracks found in the pilings during a routine inspection last month.",
    "Engineers told the board that repairs would take at least six weeks and could not begin until the spring floods had passed, according to the meeting minutes.",
    "Residents who rely on the landing to reach the island will be offered a shuttle bus to the marina on the other side of the bay, officials said.",
];

fn fr_page<'a>(head: &[&'a str], tail: &[&'a str]) -> Vec<&'a str> {
    head.iter().chain(&FR_BODY).chain(tail).copied().collect()
}

fn en_page<'a>(head: &[&'a str], tail: &[&'a str]) -> Vec<&'a str> {
    head.iter().chain(&EN_BODY).chain(tail).copied().collect()
}

#[test]
fn a_correspondents_place_under_the_byline_leaves_the_head_above() {
    let page = fr_page(
        &[
            "Passer au contenu",
            "Société",
            FR_HEADLINE,
            FR_STANDFIRST,
            "Claire Dumont-Lavoie",
            "à Trois-Ormeaux",
            "4 avril 2026",
            "Société",
            "Lecture de 4 min",
            "Partager",
        ],
        &[],
    );
    let out = kept(&page, Lang::Fr);
    assert!(out.contains(&FR_HEADLINE.to_string()), "{out:?}");
    assert!(out.contains(&FR_STANDFIRST.to_string()), "{out:?}");
    assert!(!out.contains(&"à Trois-Ormeaux".to_string()), "{out:?}");
}

#[test]
fn a_credit_printed_over_its_caption_takes_the_caption() {
    const CAPTION: &str = "Des bénévoles trient les dons dans l’entrepôt de l’organisme, lundi.";
    const SECOND: &str = "Les familles pourront toujours venir le jeudi et le vendredi.";
    const LONG: &str = "La directrice rappelle que l’organisme a déjà réduit ses heures une première fois en 2022, avant de les rétablir l’année suivante grâce à une campagne de recrutement dans les écoles du quartier et auprès des retraités de la paroisse.";
    let page = fr_page(
        &[
            FR_HEADLINE,
            FR_STANDFIRST,
            "Claire Dumont",
            "4 avril 2026",
            "Partager",
            "Photo: Jean Roy Le Quotidien",
            CAPTION,
        ],
        &[
            LONG,
            "Photo: Jean Roy Le Quotidien",
            SECOND,
            "Un appel aux retraités",
        ],
    );
    let out = kept(&page, Lang::Fr);
    assert!(!out.contains(&CAPTION.to_string()), "{out:?}");
    assert!(!out.contains(&SECOND.to_string()), "{out:?}");
    assert!(out.contains(&LONG.to_string()), "{out:?}");
    assert!(out.contains(&FR_BODY[0].to_string()), "{out:?}");
    // A credit under a paragraph, on a site that prints its credits under the captions, is
    // over the next paragraph, however short.
    let page = fr_page(
        &[FR_HEADLINE, FR_STANDFIRST, "Claire Dumont", "4 avril 2026"],
        &[LONG, "Photo: Jean Roy Le Quotidien", SECOND, FR_BODY[1]],
    );
    assert!(kept(&page, Lang::Fr).contains(&SECOND.to_string()));
}

#[test]
fn a_videos_title_over_its_length_is_the_players() {
    const TITLE: &str = "Why islanders fear the landing closure";
    let page = en_page(
        &[],
        &[
            "WATCH | Islanders wait for the last ferry of the season:",
            TITLE,
            "Duration 1:45",
            EN_BODY[0],
        ],
    );
    let out = kept(&page, Lang::En);
    assert!(!out.contains(&TITLE.to_string()), "{out:?}");
    assert!(!out.iter().any(|l| l.starts_with("Duration")), "{out:?}");
    assert_eq!(
        kind("Duration 12:07", Lang::En),
        LineKind::Residue(Category::Credit)
    );
    assert_eq!(kind("Duration of the works", Lang::En), LineKind::Text);
}

#[test]
fn a_machine_written_summary_box_goes_whole() {
    const POINTS: [&str; 2] = [
        "The county will close the old ferry landing for the summer after cracks were found.",
        "Islanders will be offered a shuttle bus to the marina.",
    ];
    let page = en_page(
        &[
            "Ferry landing to close for the summer after inspection finds cracks",
            "Key takeaways",
            "Generated by AI",
            POINTS[0],
            POINTS[1],
            "Our site is using AI to generate takeaways from this article. Reporting mistakes helps.",
        ],
        &[],
    );
    let out = kept(&page, Lang::En);
    assert!(!out.iter().any(|l| POINTS.contains(&l.as_str())), "{out:?}");
    assert!(!out.contains(&"Key takeaways".to_string()), "{out:?}");
    assert!(out.contains(&EN_BODY[0].to_string()), "{out:?}");
    // The author's own points stay.
    let page = en_page(
        &[
            "Ferry landing to close for the summer after inspection finds cracks",
            "Key takeaways",
            POINTS[0],
            POINTS[1],
        ],
        &[],
    );
    let out = kept(&page, Lang::En);
    assert!(
        POINTS.iter().all(|p| out.contains(&p.to_string())),
        "{out:?}"
    );
}

#[test]
fn notes_around_the_story_are_residue() {
    let residue = |text: &str, lang: Lang| matches!(kind(text, lang), LineKind::Residue(_));
    assert_eq!(
        kind("Estimated 4 minutes", Lang::En),
        LineKind::Residue(Category::Byline)
    );
    assert!(residue(
        "The audio version of this article is generated by a speech engine. Errors can occur.",
        Lang::En
    ));
    assert_eq!(
        kind("With files from Jo Roe", Lang::En),
        LineKind::Residue(Category::Credit)
    );
    assert!(residue(
        "Do you have a story about the ferry? Email us at tips@example.com.",
        Lang::En
    ));
    assert!(residue(
        "This article originally appeared on The Harbour Gazette: Ferry landing to close",
        Lang::En
    ));
    assert_eq!(
        kind("More sports news: Rovers sign a new goalkeeper", Lang::En),
        LineKind::Residue(Category::Related)
    );
    assert_eq!(
        kind("À voir en vidéo", Lang::Fr),
        LineKind::Residue(Category::Credit)
    );
    assert!(residue(
        "Ce texte est publié dans le cadre de notre série Régions.",
        Lang::Fr
    ));
    assert_eq!(
        kind(
            "► Suivez toute l'actualité de Lyon sur notre chaîne WhatsApp",
            Lang::Fr
        ),
        LineKind::Residue(Category::Subscribe)
    );
    assert_eq!(
        kind("PHOTO ARCHIVES JEAN DUPONT", Lang::Fr),
        LineKind::Residue(Category::Credit)
    );
    // Running text that opens the same way stays.
    assert_eq!(
        kind("Estimated costs doubled in 2025.", Lang::En),
        LineKind::Text
    );
    assert_eq!(
        kind(
            "With files from the archive, the team rebuilt the map.",
            Lang::En
        ),
        LineKind::Text
    );
}

#[test]
fn a_paywalls_question_goes_with_its_notice() {
    let page = fr_page(
        &[FR_HEADLINE],
        &[
            "Cet article est réservé aux abonnés. Vous souhaitez lire la suite ?",
            FR_BODY[2],
        ],
    );
    let out = kept(&page, Lang::Fr);
    assert!(!out.iter().any(|l| l.contains("lire la suite")), "{out:?}");
}
