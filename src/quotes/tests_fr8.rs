//! French attribution rules added in round 8 (blind7 and blind8 misses) and bodies named by their
//! full name when given a short one in brackets, on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::Fr)
}

#[test]
fn a_party_after_a_role_is_no_role_of_the_named_person() {
    let text = "La sénatrice du groupe Écologie solidaire Maëlle Corbin s'est levée. \
                « Ce texte est indigne », a-t-elle lancé.";
    assert_eq!(
        speakers(text),
        [pair("Ce texte est indigne", Some("Maëlle Corbin"))]
    );
}

#[test]
fn a_network_named_by_one_letter_is_no_given_name() {
    let text = "Le vote a eu lieu. « Ce n'est qu'un début », a réagi sur X Sylvie Marchand.";
    assert_eq!(
        speakers(text),
        [pair("Ce n'est qu'un début", Some("Sylvie Marchand"))]
    );
}

#[test]
fn quotations_listed_with_commas_share_the_attribution_after_the_last() {
    let text = "« Nous voterons contre », a prévenu Paul Girard. « Honte ! », « Démission ! », \
                ont hurlé plusieurs élus de l'opposition.";
    assert_eq!(
        speakers(text),
        [
            pair("Nous voterons contre", Some("Paul Girard")),
            pair("Honte !", Some("élus")),
            pair("Démission !", Some("élus")),
        ]
    );
}

#[test]
fn an_uncued_quotation_after_a_cued_question_answers_it() {
    let text = "Le maire, Gilles Fontaine, dîne avec l'investisseur Marc Rivière.\n\
                « Le terrain sera à toi », promet le maire. « Et le conseil ? », demande \
                M. Rivière. « Le conseil, je le tiens. »";
    assert_eq!(
        speakers(text),
        [
            pair("Le terrain sera à toi", Some("Gilles Fontaine")),
            pair("Et le conseil ?", Some("Marc Rivière")),
            pair("Le conseil, je le tiens.", Some("Gilles Fontaine")),
        ]
    );
}

#[test]
fn enumerer_reports_speech() {
    let text = "Le texte ne convainc pas Lucien Marty, président du comité. « Des fuites, des \
                pannes, des retards », énumère le retraité.";
    assert_eq!(
        speakers(text),
        [pair(
            "Des fuites, des pannes, des retards",
            Some("Lucien Marty")
        )]
    );
}

#[test]
fn titles_after_an_author_a_vintage_or_a_definite_article_are_no_speech() {
    let text = "Pour l'historienne Claire Vidal, auteure de « Villages sans écoles », le \
                constat est « sans appel ». La coopérative lance la cuvée « Coteaux d'Aure ». \
                Prochain rendez-vous : la « Fête des vendanges tardives », en octobre. Les \
                marcheurs ont choisi pour mot d'ordre « Plus jamais ça ».";
    assert_eq!(speakers(text), [pair("sans appel", Some("Claire Vidal"))]);
}

#[test]
fn a_label_line_quoted_as_a_title_elsewhere_names_no_one() {
    let text = "« J'écris la nuit »\nFace Publique\nIrène Castel, romancière, publie son \
                dixième livre. Elle était l'invitée de « Face Publique » lundi.";
    assert_eq!(
        speakers(text),
        [pair("J'écris la nuit", Some("Irène Castel"))]
    );
}

#[test]
fn a_role_opening_the_sentence_describes_the_name_after_its_comma() {
    let text = "Traductrice de romans japonais depuis vingt ans, Irène Castel publie un essai. \
                Elle cite souvent la poétesse Aiko Sato. « Elle m'a tout appris », explique la \
                traductrice.";
    assert_eq!(
        speakers(text),
        [pair("Elle m'a tout appris", Some("Irène Castel"))]
    );
}

fn speaker_of(text: &str, lang: Lang, quote: &str) -> Option<String> {
    extract(text, lang)
        .into_iter()
        .find(|q| q.span.slice(text) == quote)
        .and_then(|q| q.speaker)
}

#[test]
fn a_body_cited_by_its_acronym_goes_by_its_full_name() {
    // The acronym before the full name, in a headline; the mention stays the acronym.
    let text = "Trains : la RTL promet « un retour rapide »\n\nÀ la Régie des transports de \
                Lorvanne (RTL), on évoque « un incident rare ». Mardi, la RTL a assuré que \
                « tout est réparé ».";
    let quotes = extract(text, Lang::Fr);
    assert_eq!(quotes.len(), 3);
    for q in &quotes {
        assert_eq!(
            q.speaker.as_deref(),
            Some("Régie des transports de Lorvanne")
        );
    }
    assert_eq!(
        quotes[2].speaker_span.map(|s| s.slice(text)),
        Some("la RTL")
    );
}

#[test]
fn a_lowercase_body_spelled_by_its_acronym_goes_by_its_full_name() {
    let text = "L'annonce a été faite par l'agence régionale de santé (ARS) Bretagne, qui parle \
                d'une décision « difficile ». L'ARS promet « un bilan à la rentrée ».";
    assert_eq!(
        speaker_of(text, Lang::Fr, "difficile").as_deref(),
        Some("agence régionale de santé")
    );
    assert_eq!(
        speaker_of(text, Lang::Fr, "un bilan à la rentrée").as_deref(),
        Some("agence régionale de santé")
    );
}

#[test]
fn an_english_body_cited_by_its_acronym_goes_by_its_full_name() {
    let text = "Kestwick Valley Water Authority (KVWA) said it was \"disappointed\".\n\n\"We are \
                working on it,\" the KVWA said in a statement.";
    for quote in ["disappointed", "We are working on it,"] {
        assert_eq!(
            speaker_of(text, Lang::En, quote).as_deref(),
            Some("Kestwick Valley Water Authority"),
            "{quote}"
        );
    }
}

#[test]
fn on_speaks_for_the_body_named_after_du_cote_de() {
    let text = "Du côté de l'évêché, on assure que « tout a été vérifié ».";
    assert_eq!(speakers(text), [pair("tout a été vérifié", Some("évêché"))]);
}

#[test]
fn an_opinion_cue_right_before_a_colon_names_the_speaker() {
    let text = "Le chantier doit durer jusqu'en 2030. Bien trop long pour Sabine Letellier : \
                « Nous avons froid maintenant. »";
    assert_eq!(
        speakers(text),
        [pair(
            "Nous avons froid maintenant.",
            Some("Sabine Letellier")
        )]
    );
}

#[test]
fn a_relative_after_a_phrase_naming_no_one_goes_to_its_complement() {
    let text = "La récolte reculerait de 20 %, selon les prévisions de la chambre d'agriculture, \
                qui évoque « une année difficile ».";
    assert_eq!(
        speakers(text),
        [pair("une année difficile", Some("chambre d'agriculture"))]
    );
}
#[test]
fn a_capitalised_article_inside_a_sentence_opens_a_name_not_a_role() {
    let text = "Depuis mars, l'association Les Voisins de Bellerive dénonce un « passage en \
                force ».";
    assert_eq!(
        speakers(text),
        [pair("passage en force", Some("Voisins de Bellerive"))]
    );
}

#[test]
fn a_general_role_takes_up_the_holder_of_a_role_it_covers() {
    let text = "Le procureur de Valcourt, Marc Sarrasin, a tenu une conférence de presse. Le \
                chauffeur du camion, un homme de 40 ans domicilié à Lurcy, a été placé en garde \
                à vue. « Il roulait trop vite », a indiqué le magistrat.";
    assert_eq!(
        speakers(text),
        [pair("Il roulait trop vite", Some("Marc Sarrasin"))]
    );
    let text = "La procureure de Valcourt, Odile Sarrasin, a parlé. « Il roulait trop vite », a \
                indiqué la magistrate.";
    assert_eq!(
        speakers(text),
        [pair("Il roulait trop vite", Some("Odile Sarrasin"))]
    );
}

#[test]
fn an_opening_cue_names_a_body_given_with_its_short_name() {
    let text = "Pour l'Union des commerçants de Valmont (UCV), la mesure est « une erreur ».";
    assert_eq!(
        speakers(text),
        [pair("une erreur", Some("Union des commerçants de Valmont"))]
    );
}

#[test]
fn a_company_noun_far_from_any_body_takes_up_the_company_of_the_headline() {
    let text = "Valdor recule en Bourse\n\nLe titre Valdor a perdu 6 % mardi.\n\
                « Le semestre a été dur », a reconnu sa directrice, Anne Berthelot.\n\
                Les analystes restent prudents. « Le flou persiste », juge Paul Renaud.\n\
                Dans un communiqué, le groupe indique que « 200 postes » seront supprimés.";
    assert_eq!(speakers(text)[2], pair("200 postes", Some("Valdor")));
}

#[test]
fn a_pronoun_takes_the_one_person_the_subjectless_sentence_before_names() {
    let text = "« Les ventes repartiront », juge Paul Lenoir, analyste chez Brel.\n\
                Un plan qui ne convainc guère Marc Tissier, délégué syndical. « On nous ment », \
                a-t-il réagi.";
    assert_eq!(
        speakers(text)[1],
        pair("On nous ment", Some("Marc Tissier"))
    );
}

#[test]
fn a_bare_institution_with_nothing_before_takes_the_body_introduced_later_by_its_noun() {
    let text = "Sans eau chaude depuis un mois\n\nLe bailleur social promet un retour à la \
                normale « sous huit jours ».\n\nDans la résidence, les familles s'impatientent. \
                Le bailleur, Logis Vert Habitat, a publié un communiqué.";
    assert_eq!(
        speakers(text),
        [pair("sous huit jours", Some("Logis Vert Habitat"))]
    );
}

#[test]
fn a_partial_quotation_after_a_colon_is_the_view_of_the_pronoun_before_it() {
    let text = "Irène Castel travaille depuis vingt ans. Elle reste optimiste : ses élèves sont \
                « plus curieux » que jamais.";
    assert_eq!(speakers(text), [pair("plus curieux", Some("Irène Castel"))]);
}

#[test]
fn a_french_name_before_a_verb_spelled_like_a_noun_is_a_mention() {
    // `enseigne` is also a shop sign (an institution noun).
    let text = "Irène Castel enseigne le piano à Brest. Elle reste optimiste : ses élèves sont \
                « plus curieux » que jamais.";
    assert_eq!(speakers(text), [pair("plus curieux", Some("Irène Castel"))]);
}

#[test]
fn words_on_a_poster_are_no_speech() {
    let text = "Sur la porte du hall, une pancarte résume la colère : « Ici, on gèle ». « Nous \
                attendons », soupire Paul Morin.";
    assert_eq!(speakers(text), [pair("Nous attendons", Some("Paul Morin"))]);
}

#[test]
fn a_headline_body_is_no_place_after_en_nor_the_agency_of_a_label_line() {
    let text = "Élection en Valdonie : le gouvernement dénonce une « fraude »\n\n\
                AFP · Publié le 3 mai 2026 à 10:15\n\n\
                Le gouvernement valdonien a rejeté mardi les résultats annoncés par \
                l'opposition.";
    assert_eq!(
        speakers(text),
        [pair("fraude", Some("gouvernement valdonien"))]
    );
}
