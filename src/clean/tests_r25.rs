//! Round-25 page shapes: a caption's credit between bars, messaging-channel and paid-tier
//! pitches, a print issue's plug, an event plug, a sponsored desk's note, a short video's
//! embedded caption, a deals box, the related label `Pour mémoire`, a long funding note, a
//! chart's title over its credit. Every text is invented.

use super::classify::LineKind;
use super::test_support::{
    assert_only_the_article_stays, kept, kind, BODY_EN, BODY_FR, HEADLINE_EN, HEADLINE_FR,
};
use super::Category;
use crate::Lang;

/// The body with `pitch` appended to its second paragraph: the cleaned page is the article.
fn assert_pitch_goes(pitch: &str, lang: Lang) {
    let (headline, body) = match lang {
        Lang::Fr => (HEADLINE_FR, BODY_FR),
        _ => (HEADLINE_EN, BODY_EN),
    };
    let with_pitch = format!("{} {pitch}", body[1]);
    let page = [headline, body[0], &with_pitch, body[2], body[3]];
    let mut expected = vec![headline.to_string()];
    expected.extend(body.iter().map(|s| s.to_string()));
    assert_eq!(kept(&page, lang), expected, "{pitch}");
}

#[test]
fn a_captions_credit_between_bars_is_a_credit() {
    let caption = "Deckhands load crates onto the night ferry in Millbrook on May 2, 2025. | Photo credit: Jo Roe | Harbour Media Group";
    assert_eq!(kind(caption, Lang::En), LineKind::Residue(Category::Credit));
    assert_only_the_article_stays(
        (HEADLINE_EN, &BODY_EN),
        &[caption],
        &[caption],
        &[],
        Lang::En,
    );
    // A sentence that mentions a credit card is no caption.
    let text = "Passengers can now pay by card. The office takes credit: cash is gone for good.";
    assert_eq!(kind(text, Lang::En), LineKind::Text);
}

#[test]
fn a_messaging_channels_pitch_goes_from_its_paragraph() {
    assert_pitch_goes(
        "Get the latest harbour news on WhatsApp by following the Gazette channel.",
        Lang::En,
    );
    // A story about the channel itself is kept.
    let text = "The council said it would post timetables on WhatsApp from next month.";
    assert_eq!(kind(text, Lang::En), LineKind::Text);
}

#[test]
fn a_paid_tiers_pitch_goes_in_a_paragraph_and_alone() {
    assert_pitch_goes(
        "Subscribe to GAZETTE PLUS to get access to the Harbour Gazette and 40 other titles.",
        Lang::En,
    );
    let long = "Subscribe to GAZETTE PLUS to get access to the Harbour Gazette & other 40+ titles, share up to 5 gadgets, listen to the news, download as early as 4am & share articles on social media. Call 555 0100.";
    assert_eq!(kind(long, Lang::En), LineKind::Residue(Category::Subscribe));
}

#[test]
fn a_print_issues_plug_goes_from_its_paragraph() {
    assert_pitch_goes(
        "Retrouvez notre dossier « La mer, et après ? » dans le numéro de mai du Courrier des ports, en kiosque.",
        Lang::Fr,
    );
    // A story about a newsstand is the article's.
    let text = "Le numéro de la rue a changé quand le kiosque a fermé.";
    assert_eq!(kind(text, Lang::Fr), LineKind::Text);
}

#[test]
fn an_event_plug_under_the_story_is_residue() {
    for (line, lang) in [
        ("Jeanne Roux interviendra sur ce sujet lors des Rencontres du port, le 3 mai à Brest. Inscriptions ouvertes.", Lang::Fr),
        ("Jo Roe will speak on this topic at the Ports Summit in Oslo on May 4.", Lang::En),
    ] {
        assert!(matches!(kind(line, lang), LineKind::Residue(_)), "{line}");
    }
    // News of a speech to come is the article's.
    let news = "Le préfet interviendra lors du conseil municipal de jeudi.";
    assert_eq!(kind(news, Lang::Fr), LineKind::Text);
}

#[test]
fn a_sponsored_desks_note_is_outside_the_article() {
    let note = "Coast Lab is a Harbour Gazette initiative on the sea and its towns. It is funded by the Tide Foundation and other donors. The Harbour Gazette maintains editorial control over Coast Lab content.";
    assert_eq!(
        kind(note, Lang::En),
        LineKind::Residue(Category::OutsideArticle)
    );
}

#[test]
fn a_short_videos_embedded_caption_is_residue() {
    let embed = "@bac.valmont premier soir à bord et déjà complet 🚢 #valmont #bacdenuit #bretagne";
    assert_eq!(kind(embed, Lang::Fr), LineKind::Residue(Category::Share));
    // A paragraph naming an account is the article's.
    let text = "@bac.valmont, le compte du bac, a publié l'horaire d'été. Il compte 2 000 abonnés.";
    assert_eq!(kind(text, Lang::Fr), LineKind::Text);
}

#[test]
fn a_deals_box_is_advertisement() {
    for line in [
        "Les meilleures offres forfait mobile du moment",
        "Le meilleur VPN en ce moment",
        "NordBox Fibre — 24,99 € par mois — -40 % la première année",
    ] {
        assert_eq!(
            kind(line, Lang::Fr),
            LineKind::Residue(Category::Advertisement),
            "{line}"
        );
    }
    // A headline on the best of something is kept.
    let headline = "Les meilleurs souvenirs des passagers du bac de nuit";
    assert_eq!(kind(headline, Lang::Fr), LineKind::Text);
}

#[test]
fn pour_memoire_opens_related_links() {
    let page = [
        HEADLINE_FR,
        BODY_FR[0],
        BODY_FR[1],
        "Pour mémoire",
        "Transports : la région promet deux nouveaux bateaux pour la ligne des îles du sud",
        BODY_FR[2],
        BODY_FR[3],
    ];
    let mut expected = vec![HEADLINE_FR.to_string()];
    expected.extend(BODY_FR.iter().map(|s| s.to_string()));
    assert_eq!(kept(&page, Lang::Fr), expected);
}

#[test]
fn a_long_funding_note_is_outside_the_article() {
    let note = "Coast Lab is a Harbour Gazette initiative focused on the sea, the fishing fleet and the towns of the northern coast. It is funded by the Tide Foundation, the Northern Shore Fund and other donors. The Harbour Gazette maintains editorial control over Coast Lab content.";
    assert!(note.split_whitespace().count() > 40);
    assert_eq!(
        kind(note, Lang::En),
        LineKind::Residue(Category::OutsideArticle)
    );
    // A long paragraph on an outlet's independence is the article's.
    let text = "The new owners said the paper would keep its own editors, its own desk in the harbour town and its own opinion pages, and that no one from the holding company would read a story before it ran, a promise the staff said they would hold them to in the months ahead.";
    assert_eq!(kind(text, Lang::En), LineKind::Text);
}

#[test]
fn a_charts_title_over_its_two_part_credit_is_the_figures() {
    let page = [
        HEADLINE_EN,
        BODY_EN[0],
        BODY_EN[1],
        "Night ferry passengers, 2019 to 2025",
        "Data: Harbour Office; Chart: Gazette Visuals",
        BODY_EN[2],
        BODY_EN[3],
    ];
    let mut expected = vec![HEADLINE_EN.to_string()];
    expected.extend(BODY_EN.iter().map(|s| s.to_string()));
    assert_eq!(kept(&page, Lang::En), expected);
}
