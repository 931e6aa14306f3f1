//! French rules added in session 21 (misses of round 42), on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::Fr)
}

#[test]
fn a_name_ending_an_opening_participle_clause_is_no_apposition() {
    let text = "Des riverains ont manifesté devant l’usine de la Compagnie bretonne des engrais \
                azotés (Cobrea).\n\nContactée par Ouest Matin, la direction de la Cobrea renvoie \
                à un communiqué. L’entreprise y affirme respecter « toutes les normes ».";
    assert_eq!(
        speakers(text),
        [pair(
            "toutes les normes",
            Some("Compagnie bretonne des engrais azotés")
        )]
    );
}

#[test]
fn a_body_whose_name_holds_the_noun_outweighs_another_company() {
    let text = "Après un siècle d’indépendance, la Banque Vautier Fils SA change de mains. Le \
                groupe zurichois Alpestra Partners a annoncé mardi le rachat du capital.\n\n\
                La transaction était préparée depuis le printemps.\n\nDans un courrier, la \
                banque assure que « rien ne changera ».";
    assert_eq!(
        speakers(text),
        [pair("rien ne changera", Some("Banque Vautier Fils SA"))]
    );
}

#[test]
fn a_legal_form_in_capitals_ends_a_company_name() {
    let text = "La société Ostal Verre SARL a fermé son atelier. « Nous n’avions plus de \
                commandes », explique Ostal Verre SARL dans un courrier. Paul Ostal a vendu sa \
                maison.";
    assert_eq!(
        speakers(text),
        [pair(
            "Nous n’avions plus de commandes",
            Some("Ostal Verre SARL")
        )]
    );
}

#[test]
fn an_industry_noun_presents_a_company() {
    let text = "Le sponsor de l’équipe, le voyagiste Horizons Dunes, a réagi dans la soirée. \
                L’entreprise se dit « fière de ses pilotes ».";
    assert_eq!(
        speakers(text),
        [pair("fière de ses pilotes", Some("Horizons Dunes"))]
    );
}

#[test]
fn a_management_named_by_a_bare_complement_speaks_by_its_phrase() {
    let text = "Le Rallye des Causses a été interrompu samedi.\n\nSelon la direction de \
                course, la voiture de tête est arrêtée à « environ trois kilomètres » du \
                parc.";
    assert_eq!(
        speakers(text),
        [pair(
            "environ trois kilomètres",
            Some("direction de course")
        )]
    );
}

#[test]
fn a_capitalised_department_is_the_council_named_before() {
    let text = "Le conseil départemental des Landes a confirmé la fermeture du pont.\n\n\
                Combien de temps durera-t-elle ? Le Département évoque des travaux « d’au \
                moins un an ».";
    assert_eq!(
        speakers(text),
        [pair(
            "d’au moins un an",
            Some("conseil départemental des Landes")
        )]
    );
}

#[test]
fn a_pronoun_for_a_body_named_by_its_noun_takes_its_long_name() {
    let text = "La Régie intercommunale des eaux du Vercors (RIEV) a coupé l’eau la nuit.\n\n\
                Dans un communiqué, la Régie explique que ces coupures sont « nécessaires ». \
                Elle n’exclut pas de les étendre « si la sécheresse dure ».";
    assert_eq!(
        speakers(text),
        [
            pair(
                "nécessaires",
                Some("Régie intercommunale des eaux du Vercors")
            ),
            pair(
                "si la sécheresse dure",
                Some("Régie intercommunale des eaux du Vercors")
            ),
        ]
    );
}
