//! Round-42 page shapes: a video block under the head's furniture, its label a menu word alone
//! (`Vidéo`) over its title and its bare length, signed `Le reportage de …` under the player.
//! Every text is invented.

use super::classify::LineKind;
use super::test_support::{kept, kind, BODY_FR, HEADLINE_FR};
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
