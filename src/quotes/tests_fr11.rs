//! French attribution rules added in round 11 (blind10 and blind11 misses), on invented
//! sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::Fr)
}

#[test]
fn a_definite_description_takes_up_the_person_named_just_before() {
    // Hugo Lenoir holds no other role than the named mayor; Marion Texier is the only person.
    let text = "Hugo Lenoir a franchi la ligne en tête devant le maire, Paul Guérin.\n\n\
                « Je n'y croyais plus », admet le vainqueur.\n\n\
                Selon Marion Texier, éleveuse au hameau, « la neige est revenue », explique la \
                cultivatrice.";
    assert_eq!(
        speakers(text),
        [
            pair("Je n'y croyais plus", Some("Hugo Lenoir")),
            pair("la neige est revenue", Some("Marion Texier")),
        ]
    );
}

#[test]
fn a_description_stays_a_role_without_a_fitting_named_person() {
    // Nobody named of its age, of its gender, or not a person noun at all.
    let text = "Paul Guérin a pris la parole. « Le dossier est clos », note la passante.\n\n\
                Lina Morel, 12 ans, est rentrée seule. « Elle avait peur », raconte cette \
                promeneuse de 40 ans.\n\n\
                Jean Morel a témoigné. « Rien ne bouge », résume le document.";
    assert_eq!(
        speakers(text),
        [
            pair("Le dossier est clos", Some("passante")),
            pair("Elle avait peur", Some("promeneuse")),
            pair("Rien ne bouge", Some("document")),
        ]
    );
}

#[test]
fn a_role_completed_by_a_to_phrase_is_held_by_the_apposed_name() {
    // The headline's `la ministre` is nobody new: the delegated minister named below.
    let text = "Budget : la ministre sous pression\n\n\
                Mardi, la ministre déléguée aux Transports, Sophie Arnal, a reçu les élus. « Les \
                lignes resteront ouvertes », a assuré la ministre.";
    assert_eq!(
        speakers(text),
        [pair("Les lignes resteront ouvertes", Some("Sophie Arnal"))]
    );
}

#[test]
fn an_elided_adverb_between_the_cue_and_the_subject_is_skipped() {
    let text = "La députée Anne Vidal a pris la parole.\n\n\
                « Qui paiera ? », a demandé d’emblée l’élue.";
    assert_eq!(speakers(text), [pair("Qui paiera ?", Some("Anne Vidal"))]);
}

#[test]
fn a_place_after_a_in_the_subject_phrase_is_not_the_subject() {
    let text = "Un journaliste espagnol en poste à Vardel, interrogé par la radio, trouve \
                l'accord « fragile ».";
    assert_eq!(speakers(text), [pair("fragile", Some("journaliste"))]);
}

#[test]
fn a_participle_apposition_in_ue_or_us_is_skipped_back_to_the_subject() {
    let text = "Un syndicat de pêcheurs, reçu la veille, avait réclamé « des quotas ».\n\n\
                Les riverains, tenus à distance du chantier, réclament « un dialogue ».";
    assert_eq!(
        speakers(text),
        [
            pair("des quotas", Some("syndicat")),
            pair("un dialogue", Some("riverains")),
        ]
    );
}

#[test]
fn the_circle_around_someone_speaks_as_its_entourage() {
    let text = "La mairie reste prudente. « Rien n'est signé », indique-t-on dans l'entourage \
                du maire.\n\n\
                « Tout est prêt », assure l'entourage de Marc Vidal, qui évoque un « calendrier \
                tenu ».";
    assert_eq!(
        speakers(text),
        [
            pair("Rien n'est signé", Some("entourage")),
            pair("Tout est prêt", Some("entourage")),
            pair("calendrier tenu", Some("entourage")),
        ]
    );
}

#[test]
fn a_person_noun_before_a_single_name_makes_it_a_person() {
    let text = "Le festival du slameur Zéphyr a été annulé par le préfet, Marc Aubry.\n\
                Zéphyr a réagi dans la soirée. « Je le regrette, poursuit-il. Mais je \
                reviendrai. »";
    assert_eq!(
        speakers(text),
        [
            pair("Je le regrette", Some("Zéphyr")),
            pair("Mais je reviendrai.", Some("Zéphyr")),
        ]
    );
}

#[test]
fn a_credit_label_without_colon_names_nobody_in_the_story() {
    let text = "La grange après l'incendie, lundi. Photo NRP, J. Lebrun\n\
                La gendarmerie, alertée dans la nuit, a indiqué que « personne n'a été \
                blessé ».";
    assert_eq!(
        speakers(text),
        [pair("personne n'a été blessé", Some("gendarmerie"))]
    );
}

#[test]
fn an_uncued_quote_after_a_relative_with_its_subject_last_is_that_persons() {
    let text = "La mairie parle d'un simple retard. Une version que réfute Odile Marchal. « Le \
                chantier est à l'arrêt depuis mars. »";
    assert_eq!(
        speakers(text),
        [pair(
            "Le chantier est à l'arrêt depuis mars.",
            Some("Odile Marchal")
        )]
    );
}

#[test]
fn a_name_given_by_a_naming_verb_is_no_speech_whatever_its_case() {
    let text = "Le groupe, baptisé « les_amis_du_lac », publiait des photos. Les marcheurs \
                empruntent le col dit « des Trois Loups », que les guides surnomment « la \
                grande descente ». Le maire dit « non » au projet.";
    assert_eq!(speakers(text), [pair("non", Some("maire"))]);
}

#[test]
fn a_titled_name_after_an_article_completes_a_role_apposition() {
    let text = "Selon l'expert du tribunal, le Pr Agnès Morin, la digue a « cédé d'un coup ». \
                « Personne ne pouvait le prévoir », a-t-elle ajouté.";
    assert_eq!(
        speakers(text),
        [
            pair("cédé d'un coup", Some("Agnès Morin")),
            pair("Personne ne pouvait le prévoir", Some("Agnès Morin")),
        ]
    );
}

#[test]
fn a_listed_inhabitant_takes_up_the_person_before_it() {
    // `le Corse` is the rider named before; `la Catalane` the singer, not the hall since named.
    let text = "La course a été marquée par la chute de Paul Santoni.\n\n\
                Le Corse est reparti. « J'ai eu de la chance », a-t-il confié.\n\n\
                La chanteuse Núria Pujol sort un disque. « Je note tout », prévient Núria \
                Pujol.\n\n\
                Tout a commencé quand sa mère est entrée dans un Foyer de Quimper.\n\n\
                Le succès a tardé. La Catalane a failli arrêter. « J'ai douté », \
                confie-t-elle.";
    assert_eq!(
        speakers(text),
        [
            pair("J'ai eu de la chance", Some("Paul Santoni")),
            pair("Je note tout", Some("Núria Pujol")),
            pair("J'ai douté", Some("Núria Pujol")),
        ]
    );
}

#[test]
fn an_unnamed_source_with_an_unlisted_person_noun_is_the_pronouns_antecedent() {
    let text = "Joint mardi, Marc Tessier a nié. « Tout était légal », a-t-il assuré.\n\n\
                Un simple gestionnaire de la société, qui a requis l'anonymat, parle d'un climat \
                « pesant ». « On signait sans lire, raconte-t-il. Personne ne posait de \
                questions. »";
    assert_eq!(
        speakers(text),
        [
            pair("Tout était légal", Some("Marc Tessier")),
            pair("pesant", Some("simple gestionnaire")),
            pair("On signait sans lire", Some("simple gestionnaire")),
            pair(
                "Personne ne posait de questions.",
                Some("simple gestionnaire")
            ),
        ]
    );
}

#[test]
fn a_person_role_before_a_mouthpiece_complement_is_the_speaker() {
    let text = "La société Batifer a repris le chantier. Deux semaines plus tard, un agent de la \
                direction des routes s'alarme d'un chantier « dangereux ».";
    assert_eq!(speakers(text), [pair("dangereux", Some("agent"))]);
}

#[test]
fn a_time_phrase_and_its_comma_open_the_clause_before_the_subject() {
    let text = "Trois jours plus tard, la mairie a mobilisé « tous les moyens ».";
    assert_eq!(speakers(text), [pair("tous les moyens", Some("mairie"))]);
}

#[test]
fn an_anonymous_member_introducing_a_quote_with_a_colon_is_its_speaker() {
    let text = "Un membre du bureau, sous couvert d'anonymat, s'en prend au président : « Il \
                décide seul. »";
    assert_eq!(speakers(text), [pair("Il décide seul.", Some("membre"))]);
}

#[test]
fn a_verb_with_its_own_object_after_the_quote_reports_nothing() {
    let text = "La maire Anne Roy veut « sauver le marché », le syndicat dénonce une manœuvre\n\n\
                Devant les commerçants, Anne Roy a promis de « sauver le marché ».";
    assert_eq!(
        speakers(text),
        [
            pair("sauver le marché", Some("Anne Roy")),
            pair("sauver le marché", Some("Anne Roy")),
        ]
    );
}

#[test]
fn a_consortium_is_a_body_that_il_may_take_up() {
    let text = "Le ministre Paul Mora a signé le décret.\n\n\
                Le consortium Aquanor a réagi par un communiqué. Il y juge la mesure « illégale ».";
    assert_eq!(speakers(text), [pair("illégale", Some("Aquanor"))]);
}

#[test]
fn se_souvenir_is_a_speech_verb() {
    let text = "Un voisin a donné l'alerte. « Il y avait de la fumée partout », se souvient \
                Mme Garnier.";
    assert_eq!(
        speakers(text),
        [pair("Il y avait de la fumée partout", Some("Garnier"))]
    );
}

#[test]
fn an_opening_source_outweighs_a_thing_as_the_verbs_subject() {
    let text = "Pour Léa Fontaine, analyste chez Orvia, le secteur salue « un virage attendu ».";
    assert_eq!(
        speakers(text),
        [pair("un virage attendu", Some("Léa Fontaine"))]
    );
}

#[test]
fn a_museum_is_a_body_named_in_full() {
    let text = "Le musée des Beaux-Arts de Vernal a annoncé qu'il prêterait le tableau « dès \
                l'été ».";
    assert_eq!(
        speakers(text),
        [pair("dès l'été", Some("musée des Beaux-Arts de Vernal"))]
    );
}
