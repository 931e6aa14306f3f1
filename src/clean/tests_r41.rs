//! Round-41 page shapes: a creation stamp (`Créé le … à 17h05`) and an author's bare handle
//! under the byline, which must not hide the headline and standfirst above them. Every text is
//! invented.

use super::classify::LineKind;
use super::test_support::{kept, kind, paragraph_kept, BODY_EN, BODY_FR, HEADLINE_EN, HEADLINE_FR};
use super::Category;
use crate::Lang;

#[test]
fn creation_stamps_and_bare_handles_are_bylines() {
    for (line, lang) in [
        ("Créé le 3 mars 2027 à 10h15", Lang::Fr),
        ("Créée le 12 janvier 2027", Lang::Fr),
        ("Created 3 March 2027, 10:15", Lang::En),
        ("@ruthcalloway", Lang::En),
        ("@jroux_valmont", Lang::Fr),
    ] {
        assert_eq!(
            kind(line, lang),
            LineKind::Residue(Category::Byline),
            "{line}"
        );
    }
}

#[test]
fn the_head_over_a_creation_stamp_stays() {
    let standfirst = "Remis à flot après deux ans au chantier, le bateau accueille de nouveau les passagers du soir.";
    let mut page = vec![
        "Accueil | Littoral | Îles | Sport",
        "Littoral",
        HEADLINE_FR,
        standfirst,
        "Par Lucie Bréhat",
        "Créé le 3 mars 2027 à 10h15",
        "Mis à jour le 4 mars 2027 à 08h02",
        "Facebook | WhatsApp | E-mail",
    ];
    page.extend(BODY_FR);
    let mut expected = vec![HEADLINE_FR, standfirst];
    expected.extend(BODY_FR);
    assert_eq!(kept(&page, Lang::Fr), expected);
}

#[test]
fn the_head_over_a_byline_with_a_beat_and_a_handle_stays() {
    let standfirst =
        "Forty islanders crewed the first crossing, paid for by a fund the council kept aside";
    let mut page = vec![
        "Home | Harbour | Sport | Opinion",
        "News",
        HEADLINE_EN,
        standfirst,
        "By Ruth Calloway",
        "Harbour Reporter",
        "@ruthcalloway",
        "Share",
        "3rd March",
    ];
    page.extend(BODY_EN);
    let mut expected = vec![HEADLINE_EN, standfirst];
    expected.extend(BODY_EN);
    assert_eq!(kept(&page, Lang::En), expected);
}

#[test]
fn a_list_under_a_late_related_insert_is_the_articles() {
    let list = [
        "Ce que les bénévoles ont déjà réparé :",
        "les deux pontons du port de plaisance ;",
        "la cabine du passeur et son guichet ;",
        "trois bouées de balisage repeintes par les élèves du lycée.",
    ];
    let closing = ["La commune a versé une subvention de 40 000 euros pour les moteurs. Le reste du chantier repose sur les familles de marins, qui se retrouvent chaque samedi matin sur le quai pour poncer et repeindre la coque."];
    let mut page = vec![HEADLINE_FR];
    page.extend(BODY_FR);
    page.extend([
        "À lire aussi",
        "Pornic : le marché de Noël déménage sur le port",
        "Noirmoutier : la digue du Gois sera rehaussée",
    ]);
    page.extend(list);
    page.push("Publicité");
    page.extend(closing);
    page.extend([
        "Pour lire la suite de cet article, abonnez-vous.",
        "Sur le même thème",
        "Valmont : la cale du port rouverte après les travaux",
        "Saint-Brevin : les pêcheurs inquiets pour la saison",
    ]);
    let mut expected = vec![HEADLINE_FR];
    expected.extend(BODY_FR);
    expected.extend(list);
    expected.extend(closing);
    assert_eq!(kept(&page, Lang::Fr), expected);
}

#[test]
fn follow_app_and_contribution_pitches_inside_paragraphs_go() {
    let (first, rest) = (
        "The ferry sailed at nine with forty passengers aboard.",
        "The crew were hired from the island's fishing families.",
    );
    for pitch in [
        "Follow the Harbour Gazette on WhatsApp for the latest news.",
        "For all the latest news from the coast, follow the Harbour Gazette on Facebook.",
        "Get breaking news as it happens with the Harbour Gazette app, available on iOS and Android.",
    ] {
        let line = format!("{first} {pitch} {rest}");
        assert_eq!(paragraph_kept(&line, Lang::En), format!("{first} {rest}"), "{pitch}");
    }
    let (premier, suite) = (
        "Le bac a quitté le quai à neuf heures avec quarante passagers.",
        "L'équipage a été recruté parmi les familles de pêcheurs.",
    );
    for pitch in [
        "Vous aussi, vous avez un souvenir du port? Écrivez-nous à redaction@gazette-valmont.fr.",
        "Retrouvez tous nos reportages dans l'édition numérique de la Gazette, disponible sur abonnement.",
    ] {
        let line = format!("{premier} {pitch} {suite}");
        assert_eq!(paragraph_kept(&line, Lang::Fr), format!("{premier} {suite}"), "{pitch}");
    }
}
