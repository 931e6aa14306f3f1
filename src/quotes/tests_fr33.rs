//! French rules added in round 33 (blind33 misses), on invented sentences.

use super::test_support::{pair, speakers_in};
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::Fr)
}

#[test]
fn a_collection_title_in_marks_is_no_quotation() {
    let text = "La maison relance sa collection « Rosée du matin », créée en 1971. « C’était \
                notre fierté », se souvient Paul Marnier.";
    assert_eq!(
        speakers(text),
        [pair("C’était notre fierté", Some("Paul Marnier"))]
    );
}

#[test]
fn s_enthousiasmer_reports_speech() {
    let text = "Anne Roux a retrouvé une carte ancienne. Paul Marnier, lui, doute. « Tout colle \
                avec les relevés », s’enthousiasme Anne Roux.";
    assert_eq!(
        speakers(text),
        [pair("Tout colle avec les relevés", Some("Anne Roux"))]
    );
}

#[test]
fn a_confederation_is_a_body_that_speaks() {
    let text = "La Confédération des pêcheurs du Nord (CPN) a réagi. Dans un communiqué, la \
                confédération « demande un moratoire » et rappelle que ses membres « travaillent \
                à perte ».";
    assert_eq!(
        speakers(text),
        [
            pair(
                "demande un moratoire",
                Some("Confédération des pêcheurs du Nord")
            ),
            pair(
                "travaillent à perte",
                Some("Confédération des pêcheurs du Nord")
            ),
        ]
    );
}

#[test]
fn a_warden_keeps_the_ground_he_guards() {
    let text = "La plage est bondée. Un garde du littoral, qui préfère rester anonyme, résume : \
                « Ici, tout le monde veut sa photo. »";
    assert_eq!(
        speakers(text),
        [pair(
            "Ici, tout le monde veut sa photo.",
            Some("garde du littoral")
        )]
    );
}

#[test]
fn par_ecrit_between_the_verb_and_its_subject_is_an_adverb() {
    let text = "La société Velora dit « contester toute faute ». « Chaque client peut se \
                rétracter », nous a répondu par écrit son directeur, Marc Oudin.";
    assert_eq!(
        speakers(text),
        [
            pair("contester toute faute", Some("Velora")),
            pair("Chaque client peut se rétracter", Some("Marc Oudin")),
        ]
    );
}

#[test]
fn an_indefinite_clause_of_a_contract_speaks_for_nobody() {
    let text = "Le contrat comporte une clause précisant que « le prix est indicatif ». Paul \
                Marnier ne l’avait pas lue.";
    assert_eq!(speakers(text), [pair("le prix est indicatif", None)]);
}

#[test]
fn pour_opening_the_sentence_links_no_phrase_before_a_named_role() {
    let text = "Le chercheur Paul Marnier a dirigé les fouilles. « Nous avons trouvé un pic », \
                explique-t-il. Tous ne sont pas convaincus. Pour le géologue Dario Ventresca, \
                de l’Institut de Padoue, « le signal est local ». « Il faut d’autres \
                analyses », nuance-t-il.";
    assert_eq!(
        speakers(text),
        [
            pair("Nous avons trouvé un pic", Some("Paul Marnier")),
            pair("le signal est local", Some("Dario Ventresca")),
            pair("Il faut d’autres analyses", Some("Dario Ventresca")),
        ]
    );
}

#[test]
fn an_unlisted_noun_with_its_article_before_a_name_presents_a_person() {
    let text = "Le chercheur Paul Marnier a dirigé les fouilles. « Nous avons trouvé un pic », \
                explique-t-il. Tous ne sont pas convaincus. Pour le sédimentologue Dario \
                Ventresca, de l’Institut de Padoue, « le signal est local ». « Il faut d’autres \
                analyses », nuance-t-il.";
    assert_eq!(
        speakers(text),
        [
            pair("Nous avons trouvé un pic", Some("Paul Marnier")),
            pair("le signal est local", Some("Dario Ventresca")),
            pair("Il faut d’autres analyses", Some("Dario Ventresca")),
        ]
    );
}

#[test]
fn a_group_right_before_headline_marks_says_them() {
    let text = "Bus en panne : la ligne 4 suspendue, les usagers « à bout »\n\nDepuis lundi, \
                aucun bus ne circule. « On est à bout, je marche une heure chaque matin », \
                soupire Anne Roux, aide-soignante.";
    assert_eq!(
        speakers(text),
        [
            pair("à bout", Some("usagers")),
            pair(
                "On est à bout, je marche une heure chaque matin",
                Some("Anne Roux")
            ),
        ]
    );
}

#[test]
fn a_group_after_a_headline_colon_says_the_marks() {
    let text = "Grève dans les crèches : des parents « à bout de souffle »\n\nDepuis lundi, \
                rien ne va. « On est à bout de souffle », raconte Anne Roux.";
    assert_eq!(
        speakers(text),
        [
            pair("à bout de souffle", Some("parents")),
            pair("On est à bout de souffle", Some("Anne Roux")),
        ]
    );
}

#[test]
fn a_fragment_after_du_that_nobody_says_is_the_author_s_term() {
    let text = "Ce n’est pas la première fois que le débat bute sur la question du « pouvoir \
                d’achat ». Paul Marnier, député, dénonce « une légèreté coupable ».";
    assert_eq!(
        speakers(text),
        [pair("une légèreté coupable", Some("Paul Marnier"))]
    );
}

#[test]
fn a_fragment_after_du_keeps_the_speaker_who_says_it() {
    let text = "Paul Marnier, député, se moque du « pouvoir d’achat retrouvé » promis par le \
                ministre.";
    assert_eq!(
        speakers(text),
        [pair("pouvoir d’achat retrouvé", Some("Paul Marnier"))]
    );
}

#[test]
fn a_group_as_the_headline_subject_says_the_marks() {
    let text = "Brest : les pêcheurs du port refusent de « rentrer les mains vides »\n\nLe \
                délai expire lundi. « On ne veut pas rentrer les mains vides, on a des \
                familles », lance Anne Roux, patronne d’un chalutier.";
    assert_eq!(
        speakers(text),
        [
            pair("rentrer les mains vides", Some("pêcheurs")),
            pair(
                "On ne veut pas rentrer les mains vides, on a des familles",
                Some("Anne Roux")
            ),
        ]
    );
}

#[test]
fn a_shipping_agent_and_a_table_neighbour_keep_both_words() {
    let text = "Le cargo est bloqué au port. « L’armateur ne paie plus », assure un agent \
                maritime. Au dîner, « tout le monde en parle », glisse une voisine de table.";
    assert_eq!(
        speakers(text),
        [
            pair("L’armateur ne paie plus", Some("agent maritime")),
            pair("tout le monde en parle", Some("voisine de table")),
        ]
    );
}

#[test]
fn lowercase_marks_inside_a_related_article_title_are_no_quotation() {
    let text = "La rue est fermée la nuit. « On dort enfin », dit Anne Roux.\nLire aussi : \
                Nantes : la mairie teste des « médiateurs de nuit » dans le centre\nLe maire \
                n’a pas réagi.";
    assert_eq!(speakers(text), [pair("On dort enfin", Some("Anne Roux"))]);
}
