//! Pitch sentences inside a paragraph (`En vous abonnant, vous pouvez nous aider…`): the
//! sentence goes, the rest of the paragraph stays.

use super::residue::Residue;
use super::Category;
use crate::lang::Lang;
use crate::offsets::Span;
use crate::sentences;

/// Spans (in `text`) of the pitch sentences of the line at `line`, each with the whitespace
/// that joined it to the paragraph, and their category. A line that is nothing but pitch comes
/// back as one span covering it.
pub fn pitch_sentences(
    text: &str,
    line: Span,
    lang: Lang,
    residue: &Residue,
) -> Vec<(Span, Category)> {
    let body = line.slice(text);
    let matches = residue.pitch_matches(body);
    if matches.is_empty() {
        return Vec::new();
    }
    let spans = sentences::split(body, lang);
    let mut removed: Vec<(Span, Category)> = Vec::new();
    let mut previous_removed = false;
    for (index, sentence) in spans.iter().enumerate() {
        let category = matches
            .iter()
            .find(|(start, end, _)| *start < sentence.end && *end > sentence.start)
            .map(|(_, _, c)| *c)
            .or_else(|| {
                (previous_removed && is_shouting(sentence.slice(body)))
                    .then_some(Category::Subscribe)
            });
        previous_removed = category.is_some();
        let Some(category) = category else { continue };
        // Take the whitespace before the sentence, or after it when it opens the paragraph.
        let start = if index == 0 { 0 } else { spans[index - 1].end };
        let end = if index == 0 {
            spans.get(1).map_or(body.len(), |next| next.start)
        } else if index + 1 == spans.len() {
            body.len()
        } else {
            sentence.end
        };
        let mut span = Span::new(line.start + start, line.start + end);
        // The first sentence took the whitespace after it: the next one must not take it too.
        if let Some((last, _)) = removed.last() {
            span.start = span.start.max(last.end);
        }
        match removed.last_mut() {
            Some((last, c)) if last.end == span.start && *c == category => last.end = span.end,
            _ => removed.push((span, category)),
        }
    }
    removed
}

/// A sentence in capitals (`SUBSCRIBE NOW PHOTO GALLERY .`), as pitch buttons are.
fn is_shouting(sentence: &str) -> bool {
    let letters = sentence.chars().filter(|c| c.is_alphabetic());
    let (upper, total) = letters.fold((0, 0), |(u, t), c| {
        (u + usize::from(c.is_uppercase()), t + 1)
    });
    total >= 4 && upper * 10 >= total * 8
}

#[cfg(test)]
mod tests {
    use super::super::residue::residue;
    use super::*;

    fn removed(text: &str, lang: Lang) -> Vec<&str> {
        pitch_sentences(text, Span::new(0, text.len()), lang, residue(lang))
            .iter()
            .map(|(s, _)| s.slice(text))
            .collect()
    }

    #[test]
    fn a_pitch_sentence_leaves_the_rest_of_the_paragraph() {
        let text = "Le conseil a voté le budget. Abonnez-vous pour soutenir notre équipe. Le maire a salué le vote.";
        assert_eq!(
            removed(text, Lang::Fr),
            vec![" Abonnez-vous pour soutenir notre équipe."]
        );
    }

    #[test]
    fn capitals_after_a_pitch_go_too() {
        let text = "The bridge reopened on Monday. Support our journalism today. SUBSCRIBE NOW";
        assert_eq!(
            removed(text, Lang::En),
            vec![" Support our journalism today. SUBSCRIBE NOW"]
        );
    }

    #[test]
    fn consecutive_pitch_sentences_at_the_start_do_not_overlap() {
        let text = "En vous abonnant, vous nous aidez. En vous abonnant aussi.";
        let spans = pitch_sentences(text, Span::new(0, text.len()), Lang::Fr, residue(Lang::Fr));
        assert!(!spans.is_empty());
        for pair in spans.windows(2) {
            assert!(pair[0].0.end <= pair[1].0.start, "{spans:?}");
        }
    }

    #[test]
    fn no_pitch_no_removal() {
        assert!(removed("Le maire a parlé d'abonnements de bus.", Lang::Fr).is_empty());
    }
}
