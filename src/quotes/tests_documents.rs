//! A document named as the speaker (`the report concluded`, `ajoute le texte`) speaks for its
//! author: the body or person that wrote, delivered or was commissioned to write it.

use super::test_support::{english_speaker_of, speakers_in};
use crate::Lang;

/// The speaker of the first French quotation of `text` that holds `quote`.
fn french_speaker_of(text: &str, quote: &str) -> Option<String> {
    speakers_in(text, Lang::Fr)
        .into_iter()
        .find(|(q, _)| q.contains(quote))
        .and_then(|(_, s)| s)
}

#[test]
fn a_report_commissioned_from_a_firm_speaks_for_the_firm() {
    let text = "Mayor Ruth Okafor quoted from the survey the county ordered in 2023 from Baxley \
                Surveyors. The pier, the survey concluded, \u{201c}will not last another \
                winter.\u{201d}";
    assert_eq!(
        english_speaker_of(text, "will not last another winter").as_deref(),
        Some("Baxley Surveyors")
    );
}

#[test]
fn a_review_delivered_by_a_firm_speaks_for_the_firm() {
    let text = "A review delivered last week by Tallis Consulting was damning. The review said \
                the service was \u{201c}unsafe at weekends\u{201d}.";
    assert_eq!(
        english_speaker_of(text, "unsafe at weekends").as_deref(),
        Some("Tallis Consulting")
    );
}

#[test]
fn un_rapport_remis_par_un_cabinet_parle_pour_lui() {
    let text = "La fermeture fait suite au rapport remis mardi par le cabinet Verdier Conseil. \
                Le rapport relève « des fissures profondes dans la voûte ».";
    assert_eq!(
        french_speaker_of(text, "des fissures profondes").as_deref(),
        Some("Verdier Conseil")
    );
}

#[test]
fn une_etude_commandee_a_un_bureau_parle_pour_lui() {
    let text = "Le maire s'appuie sur l'étude commandée l'an dernier au bureau Hydrosol. \
                L'étude conclut que la digue « ne tiendra pas une crue centennale ».";
    assert_eq!(
        french_speaker_of(text, "ne tiendra pas").as_deref(),
        Some("Hydrosol")
    );
}

#[test]
fn le_texte_d_une_publication_parle_pour_son_auteur() {
    let text = "Dans une publication sur son site, la société Marbel Industries affirme que \
                l'usine « respecte toutes les normes ». « Nous restons ouverts au dialogue », \
                ajoute le texte.";
    assert_eq!(
        french_speaker_of(text, "Nous restons ouverts").as_deref(),
        Some("Marbel Industries")
    );
}

#[test]
fn a_body_that_found_speaks_for_its_finding() {
    let text = "The Orchard Trust released a report on Tuesday. It found that pickers were \
                \u{201c}routinely underpaid\u{201d}.";
    assert_eq!(
        english_speaker_of(text, "routinely underpaid").as_deref(),
        Some("Orchard Trust")
    );
}

#[test]
fn a_finding_inside_someone_s_words_is_theirs() {
    let text = "Leona Marsh said inspectors had found \u{201c}cracks in every beam\u{201d}.";
    assert_eq!(
        english_speaker_of(text, "cracks in every beam").as_deref(),
        Some("Leona Marsh")
    );
}
