//! French rules added in session 22 (misses of round 44), on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::Fr)
}

#[test]
fn a_head_coach_by_rank_takes_up_the_coach_named_before() {
    let text = "Battu à Namur, le club recule au classement. L'entraîneur Luc Ferrant ne cachait \
                pas sa déception. « Nous avons manqué de tout ce soir », a admis le T1 des \
                Canaris.";
    assert_eq!(
        speakers(text),
        [pair(
            "Nous avons manqué de tout ce soir",
            Some("Luc Ferrant")
        )]
    );
}

#[test]
fn a_participle_after_an_unlisted_noun_describes_the_person() {
    let text = "Sur le port, on conteste. Un mareyeur croisé devant la criée rejette la faute \
                sur les quotas. « Nous ne trichons pas, nous survivons », assure-t-il.";
    assert_eq!(
        speakers(text),
        [pair(
            "Nous ne trichons pas, nous survivons",
            Some("mareyeur")
        )]
    );
}

#[test]
fn a_participle_in_a_headline_stays_with_its_noun() {
    // The headline's unnamed person is not the one `le nageur` takes up.
    let text = "Biarritz : un nageur repêché après trois heures en mer\n\n\
                Au bout de la corde, Marc Lestrade, 37 ans, nageur aguerri de Bayonne.\n\n\
                Le nageur dit devoir « une fière chandelle » aux sauveteurs.";
    assert_eq!(
        speakers(text),
        [pair("une fière chandelle", Some("Marc Lestrade"))]
    );
}

#[test]
fn a_lone_quote_after_an_unlisted_indefinite_subject_is_that_person() {
    let text = "Les éleveurs du plateau se disent étranglés. Un cueilleur de 44 ans, qui préfère \
                taire son nom, confirme avoir vendu la moitié de la récolte. « Je n'avais plus \
                rien. J'ai gardé les meilleures pommes. »\n\n\
                Un orage a ravagé les cultures du bas. « Tout est à refaire. »";
    assert_eq!(
        speakers(text),
        [
            pair(
                "Je n'avais plus rien. J'ai gardé les meilleures pommes.",
                Some("cueilleur")
            ),
            pair("Tout est à refaire.", None),
        ]
    );
}

#[test]
fn a_lone_quote_after_on_at_a_named_home_is_that_persons() {
    let text = "Le vigneron Paul Aubert a perdu la moitié de sa récolte. Chez Jeanne Morel, on \
                songe aussi à vendre. « Si la grêle revient, je plante des pommiers. »";
    assert_eq!(
        speakers(text),
        [pair(
            "Si la grêle revient, je plante des pommiers.",
            Some("Jeanne Morel")
        )]
    );
}
