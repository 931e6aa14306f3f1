//! Round-44 page shapes: a key-points label between the headline and a standfirst signed by a
//! bare author's name. Every text is invented.

use super::test_support::{kept, BODY_FR, HEADLINE_FR};
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
