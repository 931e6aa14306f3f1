//! French attribution rules added in round 13 (blind12 and blind13 misses), on invented
//! sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::Fr)
}

#[test]
fn a_breton_or_irish_apostrophe_stays_inside_the_surname() {
    let text = "Le maire Erwan Le Goarc’h a ouvert la séance. « Le port sera rénové », a-t-il \
                assuré. Plus tard, Le Goarc’h a ajouté : « Sans hausse d'impôts. »\n\n\
                « Nous suivrons », a déclaré Siobhan O'Neill, consule à Brest.";
    assert_eq!(
        speakers(text),
        [
            pair("Le port sera rénové", Some("Erwan Le Goarc’h")),
            pair("Sans hausse d'impôts.", Some("Erwan Le Goarc’h")),
            pair("Nous suivrons", Some("Siobhan O'Neill")),
        ]
    );
}

#[test]
fn a_bare_apposition_describes_the_person_before_it() {
    // The body inside the apposition (`d'Aval Énergie`, `chez Borel Finance`) never speaks.
    let text = "Marie Roux, déléguée de Force Unie, premier syndicat du groupe, dénonce « un plan \
                social ».\n\n\
                « Les prix montent », rappelle Marc Lenoir, analyste chez Borel Finance, qui juge \
                le plan « trop tardif ».\n\n\
                Un témoin, employé de la mairie, qui a requis l'anonymat, décrit un « grand \
                désordre ».";
    assert_eq!(
        speakers(text),
        [
            pair("un plan social", Some("Marie Roux")),
            pair("Les prix montent", Some("Marc Lenoir")),
            pair("trop tardif", Some("Marc Lenoir")),
            pair("grand désordre", Some("témoin")),
        ]
    );
}

#[test]
fn a_clause_or_an_apposed_name_between_commas_is_no_bare_apposition() {
    // `took over …` is a clause, and `former sprint champion X` names the person: neither
    // sends the speaker back past it.
    let text = "Okafor, 47, took over in March from founder Helen Marsh, who once called the \
                studio \"a family with deadlines.\"\n\n\
                Her trainer, former sprint champion Dale Whitford, said she had \"found her \
                legs\" this season.";
    assert_eq!(
        speakers_in(text, Lang::En),
        [
            pair("a family with deadlines.", Some("Helen Marsh")),
            pair("found her legs", Some("Dale Whitford")),
        ]
    );
}

#[test]
fn a_relative_clause_describes_the_role_opening_its_phrase() {
    // `la capitale` only places the diplomat.
    let text = "Un diplomate européen en poste dans la capitale, qui a requis l'anonymat, \
                résume : « Personne ne veut payer. »";
    assert_eq!(
        speakers(text),
        [pair("Personne ne veut payer.", Some("diplomate"))]
    );
}

#[test]
fn a_compound_role_keeps_its_complement() {
    // A `lanceuse` alone names nobody; the apposed employer does not speak either.
    let text = "Une lanceuse d'alerte, cadre de la mutuelle, qui a requis l'anonymat, dénonce des \
                « primes occultes ». « Tout le monde savait », ajoute-t-elle.";
    assert_eq!(
        speakers(text),
        [
            pair("primes occultes", Some("lanceuse d'alerte")),
            pair("Tout le monde savait", Some("lanceuse d'alerte")),
        ]
    );
}

#[test]
fn maintenir_reports_speech_and_ends_the_subject() {
    // Its participle is mostly a passive, no speech.
    let text = "Interrogé, le ministère de l'Intérieur maintient que « tout va bien ». Le \
                dispositif est maintenu « à titre préventif ».";
    assert_eq!(
        speakers(text),
        [
            pair("tout va bien", Some("ministère de l'Intérieur")),
            pair("à titre préventif", None),
        ]
    );
}

#[test]
fn an_inverted_cue_between_commas_before_the_marks_attributes_them() {
    // With an earlier speech verb, the incise only reports the one who told it.
    let text =
        "Le maire, Paul Sanou, reste prudent. Mais, ajoute-t-il, « les jeunes partiront ».\n\n\
                Léa Brun a appris le métier chez Jean Roc. Jean Roc lui disait, raconte-t-elle, \
                qu'« un arbre se soigne ».";
    assert_eq!(
        speakers(text),
        [
            pair("les jeunes partiront", Some("Paul Sanou")),
            pair("un arbre se soigne", Some("Jean Roc")),
        ]
    );
}

#[test]
fn a_short_name_may_spell_each_part_of_a_hyphenated_word() {
    let text = "Les comptes de la Ligue bretonne de char-à-voile (LBCV) font débat.\n\n\
                « Tout est en règle », assure la LBCV.";
    assert_eq!(
        speakers(text),
        [pair(
            "Tout est en règle",
            Some("Ligue bretonne de char-à-voile")
        )]
    );
}

#[test]
fn a_body_name_after_its_body_noun_keeps_its_lowercase_words() {
    // Not past a verb that the lexicon does not know (`prévoit de`), nor past a time word.
    let text = "Le collectif Voisins solidaires, qui défend les locataires, dénonce « un mépris \
                total ».\n\n\
                L'association Parents inquiets dénonce « une honte ».\n\n\
                La société Vélor prévoit de fermer. « Rien n'est fait », a dit la société Vélor \
                mardi.";
    assert_eq!(
        speakers(text),
        [
            pair("un mépris total", Some("Voisins solidaires")),
            pair("une honte", Some("Parents inquiets")),
            pair("Rien n'est fait", Some("Vélor")),
        ]
    );
}

#[test]
fn a_pronoun_after_an_inverted_unnamed_speaker_is_that_speaker() {
    // The fund named as the subject before is no person speaking.
    let text = "Le fonds Berlund Partners aurait refusé de payer. « Les comptes étaient faux », \
                explique un investisseur, qui a requis l'anonymat. « On attend encore », \
                ajoute-t-il.";
    assert_eq!(
        speakers(text),
        [
            pair("Les comptes étaient faux", Some("investisseur")),
            pair("On attend encore", Some("investisseur")),
        ]
    );
}

#[test]
fn a_definite_role_is_no_unnamed_person_met_only_later() {
    let text = "Le président du club, Henri Lamotte, reste prudent. « Rien n'est signé », a \
                glissé le dirigeant.\n\n\
                « Il a dit oui », souffle un dirigeant du club.";
    assert_eq!(
        speakers(text),
        [
            pair("Rien n'est signé", Some("Henri Lamotte")),
            pair("Il a dit oui", Some("dirigeant")),
        ]
    );
}

#[test]
fn a_question_and_answer_layout_names_the_first_person() {
    // No interview marker line: the labels of the questions and of an answer tell.
    let text = "Le virologue Paul Adam répond à nos questions.\n\n\
                Radio Sud : Faut-il s'inquiéter ?\n\n\
                Paul Adam : Non. Le virus est connu.\n\n\
                Radio Sud : Le ministère parle d'une situation « maîtrisée ». D'accord ?\n\n\
                Je dirais plutôt « surveillée ». Les labos sont débordés.";
    assert_eq!(
        speakers(text),
        [
            pair("maîtrisée", Some("ministère")),
            pair("surveillée", Some("Paul Adam")),
        ]
    );
}

#[test]
fn a_capitalised_article_inside_a_surname_names_the_person() {
    // `Le Goff` is Yannick Le Goff, a person a pronoun may mean, not a body `le Goff`.
    let text = "Yannick Le Goff garde le phare depuis vingt ans.\n\n\
                Pour Paul Kermarec, patron pêcheur, c'est « triste ».\n\n\
                Le Goff, lui, préfère ne pas y penser. Il évoque sa femme.\n\n\
                Après le départ, il partira, « pas trop loin », glisse-t-il. « C'est dur », dit \
                Le Goff.";
    assert_eq!(
        speakers(text),
        [
            pair("triste", Some("Paul Kermarec")),
            pair("pas trop loin", Some("Yannick Le Goff")),
            pair("C'est dur", Some("Yannick Le Goff")),
        ]
    );
}

#[test]
fn a_pronoun_takes_up_a_body_named_with_its_institution_noun_as_subject_before() {
    // The consortium's article tells its gender; the village chief spoke a paragraph before.
    let text = "Le chef du village, Paul Sanou, reste prudent. « Les anciens resteront », \
                dit-il.\n\n\
                Contacté, le consortium Nordis Energie n'a pas répondu. Dans un communiqué \
                publié après le rapport, il assurait que le projet respectait « les normes ».";
    assert_eq!(
        speakers(text),
        [
            pair("Les anciens resteront", Some("Paul Sanou")),
            pair("les normes", Some("Nordis Energie")),
        ]
    );
}

#[test]
fn an_electoral_list_and_a_banner_after_an_adverbial_are_no_quotations() {
    let text = "Anne Roux, tête de la liste « Brest en commun », affrontera le maire. Au fond de \
                la salle, une banderole déployée par des riverains affichait : « Pas de tours \
                sur nos quais ». « Nous gagnerons », a lancé Anne Roux.";
    assert_eq!(speakers(text), [pair("Nous gagnerons", Some("Anne Roux"))]);
}

#[test]
fn a_colour_coded_level_in_marks_is_a_label() {
    let text = "Le préfet a relevé le niveau d'alerte du volcan au niveau « orange ». « Restez \
                prudents », a déclaré le préfet, Marc Lenoir. La ville reste en vigilance « rouge ».";
    assert_eq!(
        speakers(text),
        [pair("Restez prudents", Some("Marc Lenoir"))]
    );
}

#[test]
fn a_bare_direction_speaks_for_the_company_introduced_before() {
    let text = "La fermeture de 50 agences du Crédit Alpin inquiète les villages.\n\n\
                Le groupe Crédit Alpin a annoncé mardi la fermeture de 50 agences.\n\n\
                Lucien Roy, retraité, y retire ses espèces. « Je ne sais pas faire », \
                explique-t-il.\n\n\
                La direction promet des « points conseil » itinérants.";
    assert_eq!(
        speakers(text),
        [
            pair("Je ne sais pas faire", Some("Lucien Roy")),
            pair("points conseil", Some("Crédit Alpin")),
        ]
    );
}

#[test]
fn a_possessive_role_belongs_to_the_body_its_sentence_opens_with() {
    // Marc Lalande presides another body; Paul Roc was named as the federation's president.
    let text = "« On paie pour les autres », dénonce le président du comité régional des pêches, \
                Marc Lalande.\n\n\
                La confrérie des Amis du homard maintient sa fête, « mais avec des homards \
                d'ailleurs », reconnaît son président.\n\n\
                La Fédération des pêcheurs proteste. Son président, Paul Roc, est furieux.\n\n\
                La Fédération des pêcheurs maintient sa plainte, « sans rien lâcher », reconnaît \
                son président.\n\n\
                Léa Morin, secrétaire générale de la CGT, a été reçue. La CGT rejette le plan, « \
                sans appel », martèle sa secrétaire générale.";
    assert_eq!(
        speakers(text),
        [
            pair("On paie pour les autres", Some("Marc Lalande")),
            pair("mais avec des homards d'ailleurs", Some("président")),
            pair("sans rien lâcher", Some("Paul Roc")),
            pair("sans appel", Some("Léa Morin")),
        ]
    );
}

#[test]
fn words_a_source_reports_belong_to_the_subject_of_the_speech_verb() {
    // `un proche` reports; `il` is the mayor, not the source of its own sentence.
    let text = "Le maire, Paul Roy, n'a pas souhaité s'exprimer. Selon un proche du dossier, il \
                aurait pourtant reconnu en juin des « erreurs de gestion ».\n\n\
                Selon une source syndicale, la ministre aurait qualifié le texte de « torchon ».";
    assert_eq!(
        speakers(text),
        [
            pair("erreurs de gestion", Some("Paul Roy")),
            pair("torchon", Some("ministre")),
        ]
    );
}

#[test]
fn a_definite_role_takes_up_its_holder_named_as_the_addressee() {
    // The treasurer wrote; the president he wrote to is the one `le président` means.
    let text = "Dans un courriel, le trésorier, Jean Bel, écrit au président, Marc Roc : « Je \
                refuse. »\n\n\
                Le président n'a pas répondu. « Rien à dire », a-t-il lâché.";
    assert_eq!(
        speakers(text),
        [
            pair("Je refuse.", Some("Jean Bel")),
            pair("Rien à dire", Some("Marc Roc")),
        ]
    );
}
