//! Round-18 French page shapes: a bare headline over its unfinished standfirst, a subscriber
//! badge over the authors, link cards dated under a related header, a paywall's offer list,
//! readers' tip boxes, podcast, gift and reader-funded pitches, and labels of press releases,
//! editorials and comment buttons. Every text is invented.

use super::classify::{classify, LineKind};
use super::lines::Shape;
use super::residue::residue;
use super::{clean, Category, CleanOptions};
use crate::Lang;

fn kind(text: &str) -> LineKind {
    classify(text, Shape::of(text), residue(Lang::Fr)).0
}

/// The lines `clean` keeps of `page`.
fn kept(page: &[&str]) -> Vec<String> {
    let cleaned = clean(&page.join("\n"), Lang::Fr, &CleanOptions::default());
    cleaned.text.lines().map(str::to_string).collect()
}

const HEADLINE: &str = "Port-Vallon : la digue du nord sera reconstruite d'ici deux ans";
const STANDFIRST: &str =
    "La commune a voté un budget de neuf millions d'euros, mais les pêcheurs craignent de perdre leur quai pendant les travaux";
const BODY: [&str; 3] = [
    "Le conseil municipal a adopté lundi soir, par vingt voix contre cinq, le projet de reconstruction de la digue du nord, fissurée depuis les tempêtes de l'hiver dernier.",
    "Les travaux commenceront en octobre et dureront au moins dix-huit mois, selon le calendrier présenté par les services techniques de la ville.",
    "Les pêcheurs du port, qui amarrent leurs bateaux le long de la digue, demandent un quai provisoire pour la durée du chantier et menacent de manifester samedi.",
];

fn with_body<'a>(head: &[&'a str], tail: &[&'a str]) -> Vec<&'a str> {
    head.iter().chain(&BODY).chain(tail).copied().collect()
}

#[test]
fn a_bare_headline_over_its_unfinished_standfirst_is_kept() {
    // As a second pass reads the page, once the furniture under the head is gone.
    let page = with_body(&[HEADLINE, STANDFIRST], &[]);
    assert_eq!(kept(&page), page);
    // Under its author, its stamps and an archive photo's credit.
    let page = with_body(
        &[
            "Aller au contenu principal",
            HEADLINE,
            STANDFIRST,
            "Jeanne Morel",
            "Mardi, 3 mars 2026 18:04",
            "Partager",
            "Photo d'archives, Agence Nord",
        ],
        &[],
    );
    assert_eq!(kept(&page), with_body(&[HEADLINE, STANDFIRST], &[]));
    // A kicker over a long line is no headline over its standfirst.
    let page = with_body(&["Enquête", STANDFIRST], &[]);
    assert!(!kept(&page).contains(&"Enquête".to_string()));
}

#[test]
fn a_subscriber_badge_over_the_authors_leaves_the_head_above_it() {
    let standfirst = "Depuis 2020, la commune a versé plus de deux millions d'euros à une société de ferries au titre de « contrats de promotion ».";
    let page = with_body(
        &[
            "Le Journal",
            "Région — Enquête",
            HEADLINE,
            standfirst,
            "Réservé aux abonnés",
            "Jeanne Morel et Paul Roux",
            "2 avril 2026 à 18h12",
            "Partager",
            "Commenter (12)",
        ],
        &[],
    );
    assert_eq!(kept(&page), with_body(&[HEADLINE, standfirst], &[]));
}

#[test]
fn a_dated_link_card_under_a_related_header_is_a_link_and_the_intertitle_under_it_stays() {
    let page = with_body(
        &[HEADLINE],
        &[
            "À lire aussi",
            "Ports de pêche : la Cour des comptes dénonce des « aides cachées »",
            "14 février 2025 | Par Paul Roux",
            "Un quai provisoire",
            "La mairie étudie la location d'un ponton flottant, qui pourrait être installé dès septembre au fond du bassin, à côté de la criée.",
        ],
    );
    let out = kept(&page);
    assert!(!out.iter().any(|l| l.contains("Cour des comptes")));
    assert!(out.contains(&"Un quai provisoire".to_string()));
}

#[test]
fn an_intertitle_under_a_related_label_and_its_one_link_stays() {
    let page = with_body(
        &[HEADLINE],
        &[
            "À voir également sur Le Courrier :",
            "Vidéo : « On n'avait jamais vu ça » : la tempête vue depuis la digue",
            "Un quai provisoire",
            "La mairie étudie la location d'un ponton flottant, qui pourrait être installé dès septembre au fond du bassin, à côté de la criée.",
        ],
    );
    let out = kept(&page);
    assert!(!out.iter().any(|l| l.contains("également")));
    assert!(out.contains(&"Un quai provisoire".to_string()));
}

#[test]
fn the_list_of_a_paywall_offer_goes_with_its_box() {
    let page = with_body(
        &[HEADLINE],
        &[
            "Cet article est réservé aux abonnés",
            "Avec cette offre, profitez de :",
            "Tous les articles du Courrier en illimité",
            "Le journal numérique dès 6 heures",
            "Moins de publicité",
            "2 € le premier mois, sans engagement",
            "Je m'abonne",
            "La mairie étudie la location d'un ponton flottant, qui pourrait être installé dès septembre au fond du bassin, à côté de la criée.",
        ],
    );
    let out = kept(&page);
    assert_eq!(out[..4], with_body(&[HEADLINE], &[]));
    assert!(!out
        .iter()
        .any(|l| l.contains("publicité") || l.contains("journal")));
}

#[test]
fn offer_prices_and_site_labels_are_residue() {
    assert!(matches!(
        kind("9,99 € les 3 premiers mois"),
        LineKind::Residue(_)
    ));
    assert_eq!(kind("3 € le kilo au marché de samedi"), LineKind::Text);
    assert_eq!(
        kind("Communiqué de presse"),
        LineKind::Residue(Category::Navigation)
    );
    assert_eq!(
        kind("Notre éditorial : Le port doit choisir son avenir"),
        LineKind::Residue(Category::Related)
    );
    assert_eq!(
        kind("Commenter (31)"),
        LineKind::Residue(Category::Comments)
    );
    assert_eq!(
        kind("Photo d'archives, Agence Nord"),
        LineKind::Residue(Category::Credit)
    );
}

#[test]
fn a_reader_funded_pitch_is_residue_and_a_sentence_on_funding_is_not() {
    assert_eq!(
        kind("Le Courrier est un journal indépendant. Il n'a ni subvention ni publicité : seuls ses lecteurs le financent."),
        LineKind::Residue(Category::Subscribe)
    );
    assert_eq!(
        kind(
            "La commune finance la moitié du chantier, la région et l'État se partagent le reste."
        ),
        LineKind::Text
    );
}

#[test]
fn tip_boxes_podcast_and_gift_pitches_are_removed_and_a_quote_asking_for_letters_is_not() {
    let quote =
        "« Écrivez-nous si vous voyez des fissures », a lancé le maire aux habitants du quartier.";
    let page = with_body(
        &[HEADLINE],
        &[
            quote,
            "Vous avez une info à nous transmettre ? Écrivez-nous à l'adresse infos@exemple.org ou appelez-nous.",
            "Une photo, un témoignage à nous faire partager ? Écrivez à la rédaction de Port-Vallon via notre formulaire.",
            "Écoutez le balado « Le Quai » sur toutes les plateformes, chaque jeudi.",
            "Vous aimez cet article ? Offrez-le à un proche, même s'il n'est pas abonné.",
        ],
    );
    assert_eq!(kept(&page), with_body(&[HEADLINE], &[quote]));
}
