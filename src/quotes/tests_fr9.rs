//! French attribution rules added in round 9 (blind9 misses), on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::Fr)
}

#[test]
fn a_modal_verb_before_the_speech_verb_keeps_the_cue() {
    let text = "« Les comptes sont justes », a tenu à préciser la trésorière, Lise Caron, \
                devant le conseil. « Tout est publié. »\n\n\
                « La ferme sera reprise », veut croire Hugo Perrin.";
    assert_eq!(
        speakers(text),
        [
            pair("Les comptes sont justes", Some("Lise Caron")),
            pair("Tout est publié.", Some("Lise Caron")),
            pair("La ferme sera reprise", Some("Hugo Perrin")),
        ]
    );
}

#[test]
fn a_present_participle_after_an_inverted_report_has_its_speaker() {
    let text = "Le gel doit durer jusqu'à jeudi, a indiqué la préfecture dans un communiqué, \
                précisant que « les routes resteront glissantes » jusqu'au week-end.";
    assert_eq!(
        speakers(text),
        [pair("les routes resteront glissantes", Some("préfecture"))]
    );
}

#[test]
fn a_gerund_after_a_quotation_keeps_the_subject_of_the_clause() {
    let text = "L'Office national de la chasse, de la faune et du gibier (ONCFS) a salué dans \
                un avis « un travail sérieux », tout en rappelant que « les données restent \
                rares ».";
    let body = "Office national de la chasse, de la faune et du gibier";
    assert_eq!(
        speakers(text),
        [
            pair("un travail sérieux", Some(body)),
            pair("les données restent rares", Some(body)),
        ]
    );
}

#[test]
fn a_person_apposed_after_a_body_s_short_name_is_the_speaker() {
    let text = "La présidente du comité de soutien de l'Union des pêcheurs bretons (UPB), \
                l'ancienne Première ministre Jeanne Ollivier, a salué « un accord utile », mais \
                relevé des « zones de flou ».";
    assert_eq!(
        speakers(text),
        [
            pair("un accord utile", Some("Jeanne Ollivier")),
            pair("zones de flou", Some("Jeanne Ollivier")),
        ]
    );
}

#[test]
fn a_coordinated_speech_verb_shares_the_subject_of_the_first() {
    let text = "Le rapport est paru mardi. La directrice de l'école, Odile Marchal, a dénoncé \
                « un manque de moyens », et réclamé « deux postes de plus ».";
    assert_eq!(
        speakers(text),
        [
            pair("un manque de moyens", Some("Odile Marchal")),
            pair("deux postes de plus", Some("Odile Marchal")),
        ]
    );
}

#[test]
fn a_pronoun_after_a_role_apposed_to_a_name_refers_to_the_name() {
    let text = "La présidente de la mission d'observation de l'Alliance des pays côtiers (APC), \
                l'ancienne Première ministre Ysolde Karvan, a salué « un accord utile ». \
                « Rien n'est réglé », a-t-elle ajouté.";
    assert_eq!(
        speakers(text),
        [
            pair("un accord utile", Some("Ysolde Karvan")),
            pair("Rien n'est réglé", Some("Ysolde Karvan")),
        ]
    );
}

#[test]
fn a_bare_institution_noun_takes_the_complement_named_before() {
    let text = "Le maire a écrit au ministère de l'Agriculture.\n\n\
                Au ministère, on indiquait mardi « suivre le dossier de près ».\n\n\
                « Une réunion est prévue », a ajouté le ministère.";
    let body = "ministère de l'Agriculture";
    assert_eq!(
        speakers(text),
        [
            pair("suivre le dossier de près", Some(body)),
            pair("Une réunion est prévue", Some(body)),
        ]
    );
}

#[test]
fn a_relative_introduced_with_a_first_person_possessive_is_a_speaker() {
    let text = "Je suis née dans une ferme. Mon grand-père répétait : « La terre ne ment pas. » \
                Ma mère m'a dit : « Pars si tu veux. »";
    assert_eq!(
        speakers(text),
        [
            pair("La terre ne ment pas.", Some("grand-père")),
            pair("Pars si tu veux.", Some("mère")),
        ]
    );
}

#[test]
fn a_closing_quotation_past_a_sentence_about_a_thing_is_the_person_s_before() {
    let text = "Nommée lundi, Léonie Varga prend la tête du musée.\n\n\
                La directrice, connue pour « Les Nuits de Cendre », mesure l'ampleur de la \
                tâche. Le déficit atteint deux millions d'euros. « On m'a confié un musée \
                fermé. Il faut tout reprendre. »";
    assert_eq!(
        speakers(text),
        [pair(
            "On m'a confié un musée fermé. Il faut tout reprendre.",
            Some("Léonie Varga")
        )]
    );
}

#[test]
fn a_newsletter_s_name_is_no_quotation() {
    let text = "Le maire a parlé. Abonnez-vous à la newsletter « Vie locale » du Courrier.";
    assert_eq!(speakers(text), []);
}

#[test]
fn a_pull_quote_alone_on_its_line_takes_the_speaker_of_its_echo() {
    let text = "La CNIL a sanctionné la société. « Le consentement n'était pas libre », relève \
                la CNIL.\n\n\
                « On a tout perdu »\n\n\
                Le fondateur, Paul Renard, fait appel. « On a tout perdu en une nuit, reconnaît \
                Paul Renard. Mais on repart. »";
    assert_eq!(
        speakers(text)[1],
        pair("On a tout perdu", Some("Paul Renard"))
    );
}

#[test]
fn a_lone_given_name_apposed_to_a_role_is_a_person() {
    let text = "La présidente du jury, la romancière Odile Brassac, a salué « une voix rare ».\n\n\
                Ma sœur, Ysaline. Un soir, elle a trouvé les cahiers. Le matin, elle m'a dit : \
                « Envoie-les. »";
    assert_eq!(speakers(text)[1], pair("Envoie-les.", Some("Ysaline")));
}
