//! French misses left from rounds 43-44, on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::Fr)
}

#[test]
fn marks_read_by_on_give_a_sign_no_speech() {
    let text = "Ils étaient une vingtaine devant la gare de Molvent, pancartes à la main. Sur \
                la première, on pouvait lire « Rendez-nous nos guichets ». « On nous oublie », \
                résume Hélène Barrois, retraitée.";
    assert_eq!(
        speakers(text),
        [pair("On nous oublie", Some("Hélène Barrois"))]
    );
}

#[test]
fn marks_after_a_colon_on_a_banner_give_its_text() {
    let text = "Devant la scierie de Vaulmont, les ouvriers ont tendu une banderole entre deux \
                platanes : « Pas de bois, pas d'emplois ». Marc Tessier, délégué syndical, \
                prévient : « Nous resterons ici jusqu'à lundi. »";
    assert_eq!(
        speakers(text),
        [pair(
            "Nous resterons ici jusqu'à lundi.",
            Some("Marc Tessier")
        )]
    );
}

#[test]
fn a_question_on_a_banner_addressed_to_someone_is_no_speech() {
    let text = "Avant le match, les supporters ont déployé une banderole adressée à \
                l'entraîneur, Paul Lemarchand : « Lemarchand, où est le jeu ? » Elle est restée \
                en tribune toute la soirée.";
    assert_eq!(speakers(text), []);
}

#[test]
fn a_speaker_holding_a_sign_still_speaks_after_a_colon() {
    let text = "Une pancarte à la main, l'infirmière Carole Vidal a lancé : « Nous ne lâcherons \
                rien. »";
    assert_eq!(
        speakers(text),
        [pair("Nous ne lâcherons rien.", Some("Carole Vidal"))]
    );
}

#[test]
fn a_naming_verb_past_an_adverb_or_its_object_gives_a_name() {
    let text = "La vanille, surnommée localement « l'or noir », fait vivre la vallée. Les \
                guides ont rebaptisé la nouvelle passerelle « le fil à linge ». Au port, on \
                appelle ces revendeurs les « corbeaux ». « Nous vendons à perte », regrette \
                Anne Pradel, planteuse.";
    assert_eq!(
        speakers(text),
        [pair("Nous vendons à perte", Some("Anne Pradel"))]
    );
}

#[test]
fn a_scheme_so_called_after_de_gives_a_name() {
    let text = "Des éleveurs défendent le régime dit d’« estive prolongée », qui laisserait les \
                bêtes en altitude jusqu'en novembre.";
    assert_eq!(speakers(text), []);
}

#[test]
fn a_call_to_do_something_past_its_object_is_still_speech() {
    let text = "Le président du syndicat, Luc Armand, appelle les salariés à des « efforts \
                partagés ».";
    assert_eq!(
        speakers(text),
        [pair("efforts partagés", Some("Luc Armand"))]
    );
}

#[test]
fn a_long_adverb_opening_the_sentence_is_no_speaker() {
    let text = "Le site de Vernoux fermera en juin, a annoncé le groupe danois Brekke Foods \
                Group. « Nous resterons », lance Paul Roux, délégué syndical. Officiellement, \
                le groupe invoque des « coûts trop élevés » en Europe.";
    assert_eq!(
        speakers(text),
        [
            pair("Nous resterons", Some("Paul Roux")),
            pair("coûts trop élevés", Some("Brekke Foods Group"))
        ]
    );
}

#[test]
fn a_plural_pronoun_inside_its_sentence_is_the_plural_role_opening_it() {
    let text = "Après deux heures de débat, les pêcheurs ont signé une motion dans laquelle ils \
                exigent « un moratoire sur les forages » avant l'été.";
    assert_eq!(
        speakers(text),
        [pair("un moratoire sur les forages", Some("pêcheurs"))]
    );
}
