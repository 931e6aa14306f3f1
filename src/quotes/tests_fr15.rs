//! French attribution rules added for rounds 14 and 15 (blind14 and blind15 misses), on
//! invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::Fr)
}

#[test]
fn a_short_name_spells_a_long_name_with_a_complement_after_contre() {
    // `de lutte contre le gaspillage`: the article after `contre` is the complement's, so the
    // long name goes back to `Office` (`français` after it is no role), whose initials the short name spells.
    let text = "Le rapport a été publié par l’Office français de lutte contre le gaspillage \
                (OFLG), qui suit les cantines depuis dix ans.\n\n\
                « Un repas sur trois finit à la poubelle », a déploré l’OFLG mardi.";
    assert_eq!(
        speakers(text),
        [pair(
            "Un repas sur trois finit à la poubelle",
            Some("Office français de lutte contre le gaspillage")
        )]
    );
}

#[test]
fn an_adverbial_set_off_by_commas_may_stand_between_the_verb_and_its_subject() {
    let text = "« Le quai sera rouvert avant l’été », a assuré mardi, en marge d’une réunion \
                publique, la directrice du port, Agnès Morvan. « Les travaux avancent. »\n\n\
                « Rien n’est joué », a prévenu, lors du conseil municipal, l’élu Paul Ternier.";
    assert_eq!(
        speakers(text),
        [
            pair("Le quai sera rouvert avant l’été", Some("Agnès Morvan")),
            pair("Les travaux avancent.", Some("Agnès Morvan")),
            pair("Rien n’est joué", Some("Paul Ternier")),
        ]
    );
}

#[test]
fn a_reporters_request_participle_opening_a_sentence_is_no_name() {
    // `Contacté,` / `Sollicitée,` set off the sentence's subject; the body it takes up is the
    // one named before.
    let text = "Son fournisseur, la marque Pimpolo, a rompu le contrat. Contacté, le groupe n’a \
                pas souhaité commenter, se bornant à rappeler son « engagement envers la \
                sécurité ».\n\n\
                La mutuelle Solvia a refusé le dossier. Sollicitée, l’entreprise évoque « une \
                erreur de saisie ».";
    assert_eq!(
        speakers(text),
        [
            pair("engagement envers la sécurité", Some("Pimpolo")),
            pair("une erreur de saisie", Some("Solvia")),
        ]
    );
}

#[test]
fn a_body_noun_apposed_to_a_named_brand_is_no_other_body() {
    // `son équipementier, la marque X,` names X: `le groupe` later is X, not `équipementier`.
    let text = "Selon la presse locale, son équipementier, la marque Gravik, a rompu le contrat. \
                Contacté, le groupe n’a pas souhaité commenter, se bornant à rappeler son \
                « attachement à la transparence ».";
    assert_eq!(
        speakers(text),
        [pair("attachement à la transparence", Some("Gravik"))]
    );
}
