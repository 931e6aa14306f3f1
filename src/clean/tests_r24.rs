//! Round-24 page shapes: a byline behind its desk's label and a slash, a study's reference
//! under the article, an intertitle under a list of longer related links, a related label
//! glued to its title, a newsletter form's messages. Every text is invented.

use super::classify::LineKind;
use super::test_support::{kept, kind};
use super::Category;
use crate::Lang;

const HEADLINE_FR: &str = "À Valmont, le bac de nuit reprend du service après deux ans d'arrêt";
const STANDFIRST_FR: &str = "Fermée depuis deux hivers, la traversée nocturne rouvre grâce à un fonds communal. Une première depuis le départ de l'ancien exploitant.";
const BODY_FR: [&str; 3] = [
    "Pendant deux hivers, la route du port s'éteignait après vingt et une heures, le dernier bateau parti et le guichet fermé.",
    "Vendredi soir, le bac de nuit a repris la mer avec quarante passagers à bord et un équipage recruté parmi les familles de pêcheurs.",
    "La commune a financé les nouveaux moteurs grâce à un fonds mis de côté quand l'ancien exploitant a quitté son contrat.",
];

#[test]
fn a_byline_behind_its_desks_label_and_a_slash_is_furniture() {
    for line in [
        "AGP / Par Jeanne MOREL, le 4 avril 2025 à 08h00",
        "AFP / Par Paul Roux",
    ] {
        assert_eq!(
            kind(line, Lang::Fr),
            LineKind::Residue(Category::Byline),
            "{line}"
        );
    }
    // A headline with a slash in it is no byline.
    assert_eq!(
        kind("Bac de nuit / Le retour des passagers", Lang::Fr),
        LineKind::Text
    );
    let mut page = vec![
        "S'abonner",
        "Réservé aux abonnés",
        HEADLINE_FR,
        STANDFIRST_FR,
        "AGP / Par Jeanne MOREL, le 4 avril 2025 à 08h00",
        "Lecture : 4 min",
    ];
    page.extend(BODY_FR);
    let mut expected = vec![HEADLINE_FR.to_string(), STANDFIRST_FR.to_string()];
    expected.extend(BODY_FR.iter().map(|s| s.to_string()));
    assert_eq!(kept(&page, Lang::Fr), expected);
}

#[test]
fn a_studys_reference_under_the_article_is_kept() {
    let reference = "Source : M. Duval et al., « Night crossings and coastal towns », Revue des littoraux, 2 mai 2025.";
    assert_eq!(kind(reference, Lang::Fr), LineKind::Text);
    // A photo's credit stays one.
    assert_eq!(
        kind("Source : Mairie de Valmont", Lang::Fr),
        LineKind::Residue(Category::Credit)
    );
}

#[test]
fn an_intertitle_much_shorter_than_the_related_links_above_it_is_kept() {
    let intertitle = "Des passagers qui réclament un horaire fixe";
    let mut page = vec![HEADLINE_FR, BODY_FR[0], BODY_FR[1]];
    page.extend([
        "Sur le même sujet",
        "Transports : la région promet deux nouveaux bateaux pour la ligne des îles du sud",
        "Les ports de la côte ont perdu la moitié de leurs liaisons nocturnes en dix ans",
        intertitle,
        BODY_FR[2],
    ]);
    let expected: Vec<String> = [HEADLINE_FR, BODY_FR[0], BODY_FR[1], intertitle, BODY_FR[2]]
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(kept(&page, Lang::Fr), expected);
    // A shorter title opening on its kicker and a colon is one more link.
    let link = "Ferries : le prix du billet grimpe encore";
    page[6] = link;
    assert!(!kept(&page, Lang::Fr).iter().any(|l| l == link));
}

#[test]
fn a_related_label_glued_to_its_title_is_a_link() {
    assert_eq!(
        kind("LIRE AUSSIPourquoi le bac de nuit a-t-il fermé ?", Lang::Fr),
        LineKind::Residue(Category::Related)
    );
}

#[test]
fn a_newsletter_forms_messages_are_residue() {
    for line in [
        "Your subscription has been successful.",
        "Your subscription could not be saved. Please try again.",
        "By providing an email address, I agree to the Terms of Use and the Privacy Policy.",
    ] {
        assert!(
            matches!(kind(line, Lang::En), LineKind::Residue(_)),
            "{line}"
        );
    }
}
