//! Round-44 page shapes: a key-points label between the headline and a standfirst signed by a
//! bare author's name; login boxes, billing notes, supplied and slashed credits, a video's
//! length in brackets, a staff card and a standards note under the story. Every text is invented.

use super::classify::LineKind;
use super::test_support::{
    assert_only_the_article_stays, kept, kind, paragraph_kept, BODY_EN, BODY_FR, HEADLINE_EN,
    HEADLINE_FR,
};
use super::Category;
use crate::Lang;

#[test]
fn a_key_points_label_over_a_standfirst_signed_by_a_bare_name_keeps_the_head() {
    let standfirst = "Le bac de nuit reprend ses rotations vers l'île après deux hivers d'arrêt. Objectif : ramener les clients du soir dans les restaurants du port.";
    let mut page = vec![
        "Accueil / Littoral / Valmont",
        "Abonnés",
        HEADLINE_FR,
        "L'essentiel",
        standfirst,
        "Gaëlle Dufresnoy",
        "Publié le 12/03/2027 à 08:40 , mis à jour à 10:15",
        "Partager : Facebook | X | E-mail",
        "Voir les commentaires",
        "Le bac de nuit à quai, au petit matin. Photo DDM, Gaëlle Dufresnoy",
    ];
    page.extend(BODY_FR);
    let mut expected = vec![HEADLINE_FR, standfirst];
    expected.extend(BODY_FR);
    assert_eq!(kept(&page, Lang::Fr), expected);
}

#[test]
fn login_boxes_billing_notes_and_newsroom_pitches_go() {
    for (line, category) in [
        ("Read this article for free: Already have an account? Sign in »", Category::Paywall),
        ("Read this story for free", Category::Paywall),
        ("*Billed as $24.00 plus tax every four weeks. Cancel anytime.", Category::Paywall),
        ("Billed at £9.99 a month after the trial.", Category::Paywall),
        (
            "Our journalism depends on readers like you. If you're not already a member, please consider joining.",
            Category::Subscribe,
        ),
    ] {
        assert_eq!(kind(line, Lang::En), LineKind::Residue(category), "{line}");
    }
    for line in [
        "The ferry company billed the council for the new engines in March.",
        "Residents said they read this article for free at the library before the council met.",
        "The harbour master said the crossing depends on readers of the tide tables like you and me.",
    ] {
        assert_eq!(kind(line, Lang::En), LineKind::Text, "{line}");
    }
}

#[test]
fn supplied_courtesy_and_slashed_credits_end_a_caption() {
    for line in [
        "Volunteers repaint the old ferry's hull at the slipway in April. Supplied",
        "The first night crossing leaves the quay in 1998. (Courtesy photo)",
        "Camera IconThe ferry's new engines are lowered into the hull. Credit: Ines Parry/The Harbour Courier",
    ] {
        assert_eq!(kind(line, Lang::En), LineKind::Residue(Category::Credit), "{line}");
    }
    for line in [
        "The council said the new engines were supplied by a firm in the north. Supplied.",
        "The engines were paid for by the grant. Credit goes to the council, the mayor said.",
    ] {
        assert_eq!(kind(line, Lang::En), LineKind::Text, "{line}");
    }
}

#[test]
fn a_video_title_over_its_length_in_brackets_goes() {
    let line = "Night crossing: the ferry leaves the harbour at dusk (2:05)";
    assert!(
        matches!(kind(line, Lang::En), LineKind::Residue(_)),
        "{line}"
    );
    let line = "The meeting ran late, the clerk said (the vote came at 10:45).";
    assert_eq!(kind(line, Lang::En), LineKind::Text);
}

#[test]
fn a_staff_card_a_standards_note_and_a_reader_funding_pitch_go() {
    let card = "Ines Parry, Reporter. Ines covers transport and the harbour for the Courier. She joined the paper in 2021. Read full biography";
    let standards = "Every story Ines writes is checked by our editors before it is published. Learn more about how our newsroom works and the standards we follow.";
    let (headline, body) = (HEADLINE_EN, &BODY_EN[..]);
    assert_only_the_article_stays((headline, body), &[], &[], &[card, standards], Lang::En);
    let before = "The harbour master said the crossing would run every night until March.";
    let after = "Passengers can buy tickets on board with cash or a card.";
    let line = format!("{before} The Harbour Courier is funded by its readers. {after}");
    assert_eq!(paragraph_kept(&line, Lang::En), format!("{before} {after}"));
}

#[test]
fn a_player_asking_for_consent_goes() {
    let line = "Nous avons besoin de votre consentement pour afficher ce contenu vidéo. Accepter les cookies vidéo";
    assert!(
        matches!(kind(line, Lang::Fr), LineKind::Residue(_)),
        "{line}"
    );
    let line = "Le maire a rappelé qu'il avait besoin de votre consentement pour toute modification du plan.";
    assert_eq!(kind(line, Lang::Fr), LineKind::Text);
}

#[test]
fn a_verbless_caption_naming_a_person_and_the_place_goes() {
    for line in [
        "Gaëlle Dufresnoy, capitaine du bac, devant la passerelle du quai nord.",
        "Jean-Baptiste Morel, adjoint au maire, dans la salle des machines",
    ] {
        assert_eq!(
            kind(line, Lang::Fr),
            LineKind::Residue(Category::Credit),
            "{line}"
        );
    }
    for line in [
        "Gaëlle Dufresnoy, capitaine du bac, a embarqué les premiers passagers devant la passerelle.",
        "Jean-Baptiste Morel, adjoint au maire, dans un communiqué, a salué « une belle réussite ».",
        "Gaëlle Dufresnoy, capitaine du bac, devant les élus, a promis des horaires tardifs.",
    ] {
        assert_eq!(kind(line, Lang::Fr), LineKind::Text, "{line}");
    }
}
