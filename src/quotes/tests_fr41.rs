//! French rules added in session 21 (misses of round 41), on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::Fr)
}

#[test]
fn an_incise_may_follow_a_question_mark_inside_the_marks() {
    let text = "Les arboriculteurs de la vallée s'inquiètent. « Qui rachètera nos pommes à ce \
                prix ? s’inquiète leur présidente, Odile Marchal. Nous parlons de vergers \
                plantés par nos arrière-grands-parents. »";
    assert_eq!(
        speakers(text),
        [
            pair(
                "Qui rachètera nos pommes à ce prix ?",
                Some("Odile Marchal")
            ),
            pair(
                "Nous parlons de vergers plantés par nos arrière-grands-parents.",
                Some("Odile Marchal")
            ),
        ]
    );
}

#[test]
fn an_incise_may_follow_an_exclamation_mark_inside_the_marks() {
    let text = "Le gardien du phare, Yves Corlay, a vu la tempête arriver. « Quelle nuit ! \
                s'exclame-t-il. Les vagues passaient au-dessus de la digue. »";
    assert_eq!(
        speakers(text),
        [
            pair("Quelle nuit !", Some("Yves Corlay")),
            pair(
                "Les vagues passaient au-dessus de la digue.",
                Some("Yves Corlay")
            ),
        ]
    );
}

#[test]
fn an_establishment_takes_up_the_body_named_before() {
    let text = "La maternité fermera en août.\nLe Centre hospitalier du Val-Fleuri explique \
                que la décision a été prise « faute de sages-femmes ». L’établissement assure \
                que les patientes seront « orientées vers Montbrison ».";
    assert_eq!(
        speakers(text),
        [
            pair(
                "faute de sages-femmes",
                Some("Centre hospitalier du Val-Fleuri")
            ),
            pair(
                "orientées vers Montbrison",
                Some("Centre hospitalier du Val-Fleuri")
            ),
        ]
    );
}

#[test]
fn initials_with_their_place_in_brackets_stand_for_the_long_name() {
    let text = "La maternité fermera en août.\nDans un courriel, le Centre intégré de santé du \
                Val-Fleuri (CISS du Val-Fleuri) explique que la décision a été prise « faute \
                de sages-femmes ». L’établissement assure que les patientes seront « orientées \
                vers Montbrison ».";
    assert_eq!(
        speakers(text),
        [
            pair(
                "faute de sages-femmes",
                Some("Centre intégré de santé du Val-Fleuri")
            ),
            pair(
                "orientées vers Montbrison",
                Some("Centre intégré de santé du Val-Fleuri")
            ),
        ]
    );
}

#[test]
fn a_name_given_an_age_after_an_institution_noun_is_a_person() {
    let text = "À Vieux-Fort, la directrice du collège, Annette Colas, héberge des familles. « Je \
                ne mettrai personne dehors », tranche Mme Colas.\nRencontrée devant la grille \
                de la mairie, Rosemila, 15 ans, cache mal sa déception. « J'avais tout \
                révisé », confie-t-elle.";
    assert_eq!(
        speakers(text),
        [
            pair("Je ne mettrai personne dehors", Some("Annette Colas")),
            pair("J'avais tout révisé", Some("Rosemila")),
        ]
    );
}

#[test]
fn marks_after_a_renaming_participle_hold_a_name() {
    let text = "Le dispositif, vite rebaptisé « taxe piscine » au Sénat, devait rapporter \
                80 millions d'euros.";
    assert_eq!(speakers(text), []);
}

#[test]
fn an_inverted_reflexive_verb_may_keep_a_separate_se() {
    let text = "Le village a été raccordé samedi.\nLa présidente des maraîchères, Awa Traoré, \
                voit déjà plus loin. Sa coopérative pourra utiliser des pompes électriques. \
                « Maintenant, on va doubler la récolte », se réjouit-elle.";
    assert_eq!(
        speakers(text),
        [pair(
            "Maintenant, on va doubler la récolte",
            Some("Awa Traoré")
        )]
    );
}

#[test]
fn the_skipper_is_a_role_that_takes_up_the_person_before() {
    let text = "Frayeur dimanche lors de la régate.\n« Le mât a cassé net », raconte le patron \
                du voilier, Loïc Kervella, joint par téléphone. Un équipier a été examiné par \
                les secours.\nLa course n’a pas été interrompue, ce qui a provoqué la colère du \
                club. Le skipper regrette une décision « incompréhensible ».";
    assert_eq!(
        speakers(text),
        [
            pair("Le mât a cassé net", Some("Loïc Kervella")),
            pair("incompréhensible", Some("Loïc Kervella")),
        ]
    );
}
