//! Round-42 page shapes: a video block under the head's furniture, its label a menu word alone
//! (`Vidéo`) over its title and its bare length, signed `Le reportage de …` under the player.
//! Every text is invented.

use super::classify::LineKind;
use super::test_support::{kept, kind, paragraph_kept, BODY_EN, BODY_FR, HEADLINE_EN, HEADLINE_FR};
use super::Category;
use crate::Lang;

#[test]
fn the_head_over_a_video_labelled_by_a_menu_word_stays() {
    let standfirst = "Le bac de nuit a repris la mer vendredi avec quarante passagers. Les commerçants du port espèrent le retour des clients du soir.";
    let mut page = vec![
        "Accueil › Littoral › Transports",
        HEADLINE_FR,
        standfirst,
        "Écrit par Anaïs Berthelot",
        "Avec Rodolphe Vincendon",
        "Publié le 3 mars 2027 à 08h10 • Mis à jour le 3 mars 2027 à 09h30",
        "Facebook | X | WhatsApp | Email",
        "Vidéo",
        "Transports : le bac de nuit reprend ses rotations vers l'île",
        "1:52",
        "Le reportage d'Anaïs Berthelot et Rodolphe Vincendon",
    ];
    page.extend(BODY_FR);
    let mut expected = vec![HEADLINE_FR, standfirst];
    expected.extend(BODY_FR);
    assert_eq!(kept(&page, Lang::Fr), expected);
}

#[test]
fn a_filmed_reports_signature_is_a_credit() {
    for line in [
        "Le reportage de Malik Dorval et Inès Carpentier",
        "Un reportage de Bastien Le Gall, Chloé Ferrand et Yanis Moreau",
        "Reportage d'Élodie Vasseur",
    ] {
        assert_eq!(
            kind(line, Lang::Fr),
            LineKind::Residue(Category::Credit),
            "{line}"
        );
    }
    for line in [
        "Le reportage de Malik Dorval a été diffusé mardi soir.",
        "Le reportage de France Télévisions sur le port a choqué les habitants",
    ] {
        assert_eq!(kind(line, Lang::Fr), LineKind::Text, "{line}");
    }
}

#[test]
fn membership_edition_and_support_pitches_inside_a_paragraph_go() {
    let before = "The harbour master said the crossing would run every night until March.";
    let after = "Passengers can buy tickets on board with cash or a card.";
    for pitch in [
        "Join the Coast Ledger Club for an ad-free experience and members-only events.",
        "Read the full story in today's Harbour Courier e-paper or at the kiosk.",
        "Our reporting depends on your support.",
    ] {
        let line = format!("{before} {pitch} {after}");
        assert_eq!(
            paragraph_kept(&line, Lang::En),
            format!("{before} {after}"),
            "{pitch}"
        );
    }
    let before = "La capitaine du port assure que le bac circulera chaque nuit jusqu'en mars.";
    let after = "Les billets s'achètent à bord, en espèces ou par carte.";
    let line = format!("{before} Notre rédaction a besoin de votre soutien. {after}");
    assert_eq!(paragraph_kept(&line, Lang::Fr), format!("{before} {after}"));
}

#[test]
fn an_article_on_ad_free_plans_and_editions_keeps_its_sentences() {
    for line in [
        "Many viewers join a streaming service for an ad-free evening of films, the survey found.",
        "The full story of the wreck was told in the museum's new edition of its guide.",
    ] {
        assert_eq!(paragraph_kept(line, Lang::En), line);
    }
}

#[test]
fn illustrative_captions_and_slash_credits_after_a_caption_are_credits() {
    for line in [
        "Illustrative: Fishers mend their nets on the quay at Millbrook, 2024. (Harbour Trust)",
        "A deckhand coils rope on the night ferry on March 3, 2027. Tom Brennan/The Harbour Courier",
    ] {
        assert_eq!(kind(line, Lang::En), LineKind::Residue(Category::Credit), "{line}");
    }
    let line = "Illustrative examples were given to the council on Monday.";
    assert_eq!(kind(line, Lang::En), LineKind::Text);
}

#[test]
fn an_authors_bio_set_off_by_a_dash_under_the_article_goes() {
    let mut page = vec![HEADLINE_EN, "By Ruth Calloway"];
    page.extend(BODY_EN);
    page.push("— Ruth Calloway covers ports and shipping for The Harbour Courier. Reach her at 555-0142 or ruth@example.com.");
    let mut expected = vec![HEADLINE_EN];
    expected.extend(BODY_EN);
    assert_eq!(kept(&page, Lang::En), expected);
}
