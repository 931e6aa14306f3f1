//! Repairs inside the kept text: runs of spaces, a missing space after a sentence end, a stray
//! `. .`, a space before a comma, Unicode NFC and (on request) French typographic spaces.

use super::Category;
use super::{CleanOptions, Edit};
use crate::offsets::Span;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Copies the kept piece `span` of `text` (part of one line) to `out`, repairing it and
/// recording each repair in `edits`.
/// `line_start`/`line_end` say whether the piece touches the line's edges (where spaces are
/// trimmed) rather than a removed sentence (where the joining space must stay).
pub fn repair(
    text: &str,
    span: Span,
    (line_start, line_end): (bool, bool),
    options: &CleanOptions,
    out: &mut String,
    edits: &mut Vec<Edit>,
) {
    let piece = span.slice(text);
    if needs_no_repair(piece, options) {
        out.push_str(piece);
        return;
    }
    let tokens = tokenize(piece);
    // Any piece of NFC text is NFC: one check of the whole piece usually spares one per word.
    let check_nfc = options.enables(Category::Unicode)
        && !piece.is_ascii()
        && is_nfc_quick(piece.chars()) != IsNormalized::Yes;
    let mut previous_word: Option<&str> = None;
    let mut index = 0;
    while index < tokens.len() {
        let (start, end, is_space) = tokens[index];
        let absolute = Span::new(span.start + start, span.start + end);
        let token = &piece[start..end];
        let next_word = tokens.get(index + 1).map(|&(s, e, _)| &piece[s..e]);
        if is_space {
            let edge = (line_start && previous_word.is_none()) || (line_end && next_word.is_none());
            let stray_period = next_word == Some(".")
                && previous_word.is_some_and(|w| w.ends_with(['.', '!', '?', '…', '»']));
            if stray_period && options.enables(Category::StrayPunctuation) {
                let (_, word_end, _) = tokens[index + 1];
                edits.push(edit(
                    span.start + start,
                    span.start + word_end,
                    Category::StrayPunctuation,
                    "",
                ));
                index += 2;
                continue;
            }
            // Any run that a second pass would see as a plain space goes now, so that
            // `clean` is idempotent; a kept typographic space stays (it is kept again).
            let before_comma = next_word.is_some_and(|w| w.starts_with(','))
                && (options.enables(Category::Typography)
                    || !token.chars().any(is_typographic_space));
            if options.enables(Category::Spaces) && (edge || before_comma) {
                edits.push(edit(absolute.start, absolute.end, Category::Spaces, ""));
            } else {
                push_space(token, absolute, options, out, edits);
            }
        } else {
            push_word(token, absolute, options, check_nfc, out, edits);
            previous_word = Some(token);
        }
        index += 1;
    }
}

/// Whether `piece` comes out of [`repair`] unchanged, which most pieces do: single spaces
/// between words, no space at an edge or before `.` or `,`, no sentence mark glued to a
/// capital, and NFC text. A cheap scan that spares the token-by-token path.
fn needs_no_repair(piece: &str, options: &CleanOptions) -> bool {
    let typography = options.enables(Category::Typography);
    let mut previous: Option<char> = None;
    let mut previous_space = false;
    for c in piece.chars() {
        let space = c.is_whitespace();
        if space {
            let plain = c == ' ' || (is_typographic_space(c) && !typography);
            if previous.is_none() || previous_space || !plain {
                return false;
            }
        } else if (previous_space && matches!(c, '.' | ','))
            || (matches!(previous, Some('.' | '!' | '?')) && c.is_uppercase())
        {
            return false;
        }
        previous_space = space;
        previous = Some(c);
    }
    !previous_space
        && (!options.enables(Category::Unicode)
            || piece.is_ascii()
            || is_nfc_quick(piece.chars()) == IsNormalized::Yes)
}

/// `(start, end, is_whitespace)` runs of `piece`.
fn tokenize(piece: &str) -> Vec<(usize, usize, bool)> {
    let mut tokens = Vec::new();
    let mut start = 0;
    let mut current: Option<bool> = None;
    for (i, c) in piece.char_indices() {
        let space = c.is_whitespace();
        if current.is_some_and(|k| k != space) {
            tokens.push((start, i, current.unwrap_or(false)));
            start = i;
        }
        current = Some(space);
    }
    if let Some(kind) = current {
        tokens.push((start, piece.len(), kind));
    }
    tokens
}

fn edit(start: usize, end: usize, category: Category, replacement: &str) -> Edit {
    Edit {
        span: Span::new(start, end),
        category,
        replacement: replacement.to_string(),
    }
}

fn is_typographic_space(c: char) -> bool {
    matches!(c, '\u{a0}' | '\u{202f}' | '\u{2009}' | '\u{2007}')
}

/// A whitespace run between two words: one plain space stays, a run becomes one space (one
/// typographic space when the run holds one and typography is kept).
fn push_space(
    run: &str,
    span: Span,
    options: &CleanOptions,
    out: &mut String,
    edits: &mut Vec<Edit>,
) {
    let mut chars = run.chars();
    let single = chars.next().filter(|_| chars.next().is_none());
    match single {
        Some(' ') => out.push(' '),
        Some(c) if is_typographic_space(c) => {
            if options.enables(Category::Typography) {
                edits.push(edit(span.start, span.end, Category::Typography, " "));
                out.push(' ');
            } else {
                out.push(c);
            }
        }
        _ if options.enables(Category::Spaces) => {
            let typographic = run.chars().find(|&c| is_typographic_space(c));
            let replacement = match typographic {
                Some(c) if !options.enables(Category::Typography) => c.to_string(),
                _ => " ".to_string(),
            };
            out.push_str(&replacement);
            edits.push(edit(span.start, span.end, Category::Spaces, &replacement));
        }
        _ => out.push_str(run),
    }
}

/// Byte offsets of sentence marks in `word` that lack the space after them
/// (`Ukraine.Certaines`), never in `U.S.`, `3.5`, `example.com`, `J.-C.` or `Mr.Smith`.
fn missing_spaces(word: &str) -> Vec<usize> {
    let inner = &word[..word.char_indices().next_back().map_or(0, |(i, _)| i)];
    if !inner.bytes().any(|b| matches!(b, b'.' | b'!' | b'?')) {
        return Vec::new();
    }
    if word.contains("://") || word.contains("www.") || word.contains('@') {
        return Vec::new();
    }
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    let mut found = Vec::new();
    for (k, &(offset, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '!' | '?') || k + 2 >= chars.len() {
            continue;
        }
        let capital_word_after = chars[k + 1].1.is_uppercase() && chars[k + 2].1.is_lowercase();
        if capital_word_after && ends_a_sentence(&chars[..k], c) {
            found.push(offset);
        }
    }
    found
}

/// Whether the word part `before` a glued `.`/`!`/`?` ends a sentence: a word of three
/// letters or more ending in lowercase (`pleuvait.Demain`) or all capitals (`OTAN.La`), a
/// number of two digits or more that is no decimal (`120.Le`), or nothing at all for `?`/`!`
/// (French spacing, `maintenant ?Personne`). `Mr.Smith`, `U.S.The`, `3.5` and `1.Item` stay.
fn ends_a_sentence(before: &[(usize, char)], mark: char) -> bool {
    let Some(&(_, last)) = before.last() else {
        return mark != '.';
    };
    let run = |pred: fn(&char) -> bool| before.iter().rev().take_while(|(_, c)| pred(c)).count();
    let letters = run(|c| c.is_alphabetic());
    if letters >= 3 {
        let upper = run(|c| c.is_uppercase());
        let lowercase_end = last.is_lowercase() && before[before.len() - 2].1.is_lowercase();
        return lowercase_end || upper == letters;
    }
    let digits = run(char::is_ascii_digit);
    digits >= 2
        && (digits == before.len() || !matches!(before[before.len() - digits - 1].1, '.' | ','))
}

fn push_word(
    word: &str,
    span: Span,
    options: &CleanOptions,
    check_nfc: bool,
    out: &mut String,
    edits: &mut Vec<Edit>,
) {
    let gaps = if options.enables(Category::MissingSpace) {
        missing_spaces(word)
    } else {
        Vec::new()
    };
    let needs_nfc = check_nfc && is_nfc_quick(word.chars()) != IsNormalized::Yes;
    if needs_nfc {
        let mut spaced = word.to_string();
        for &offset in gaps.iter().rev() {
            spaced.insert(offset + 1, ' ');
        }
        let normalized: String = spaced.nfc().collect();
        if normalized != word {
            out.push_str(&normalized);
            edits.push(edit(span.start, span.end, Category::Unicode, &normalized));
            return;
        }
    }
    let mut last = 0;
    for offset in gaps {
        out.push_str(&word[last..=offset]);
        out.push(' ');
        let mark = &word[offset..=offset];
        edits.push(edit(
            span.start + offset,
            span.start + offset + 1,
            Category::MissingSpace,
            &format!("{mark} "),
        ));
        last = offset + 1;
    }
    out.push_str(&word[last..]);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repaired(text: &str, options: CleanOptions) -> (String, Vec<Edit>) {
        let mut out = String::new();
        let mut edits = Vec::new();
        repair(
            text,
            Span::new(0, text.len()),
            (true, true),
            &options,
            &mut out,
            &mut edits,
        );
        (out, edits)
    }

    #[test]
    fn missing_space_after_sentence_end_only() {
        let (out, edits) = repaired(
            "Il pleuvait.Demain il fera beau. Les U.S. et 3.5 et site.com et J.-C. et Mr.Smith.",
            CleanOptions::default(),
        );
        assert_eq!(
            out,
            "Il pleuvait. Demain il fera beau. Les U.S. et 3.5 et site.com et J.-C. et Mr.Smith."
        );
        assert_eq!(edits.len(), 1);
        assert_eq!(edits[0].category, Category::MissingSpace);
        assert_eq!(edits[0].replacement, ". ");
    }

    #[test]
    fn missing_space_after_numbers_acronyms_and_spaced_question_marks() {
        let (out, edits) = repaired(
            "par 21 voix contre 120.Le texte de l’OTAN.La suite maintenant ?Personne ne sait.",
            CleanOptions::default(),
        );
        assert_eq!(
            out,
            "par 21 voix contre 120. Le texte de l’OTAN. La suite maintenant ? Personne ne sait."
        );
        assert_eq!(edits.len(), 3);
        let (kept, edits) = repaired(
            "Le 1.Item et 3,14.Pi et U.S.The et Mr.Smith et ok.Go",
            CleanOptions::default(),
        );
        assert_eq!(kept, "Le 1.Item et 3,14.Pi et U.S.The et Mr.Smith et ok.Go");
        assert!(edits.is_empty());
    }

    #[test]
    fn any_plain_whitespace_before_a_comma_goes_in_one_pass() {
        for text in ["le\r, la", "le\u{b}, la", "le\u{3000}, la", "le \t , la"] {
            let (out, _) = repaired(text, CleanOptions::default());
            assert_eq!(out, "le, la", "{text:?}");
        }
        let (kept, _) = repaired("« oui »\u{a0}, dit-il", CleanOptions::default());
        assert_eq!(kept, "« oui »\u{a0}, dit-il");
    }

    #[test]
    fn stray_period_and_space_before_comma() {
        let (out, _) = repaired(
            "Elle est partie. . Puis « oui » , dit-il.",
            CleanOptions::default(),
        );
        assert_eq!(out, "Elle est partie. Puis « oui », dit-il.");
    }

    #[test]
    fn french_spaces_are_kept_unless_typography_is_asked() {
        let text = "Il a dit\u{a0}: «\u{a0}non\u{a0}»  !";
        let (kept, _) = repaired(text, CleanOptions::default());
        assert_eq!(kept, "Il a dit\u{a0}: «\u{a0}non\u{a0}» !");
        let (plain, _) = repaired(
            text,
            CleanOptions::default().with(Category::Typography, true),
        );
        assert_eq!(plain, "Il a dit : « non » !");
    }

    #[test]
    fn nfc_is_reported_per_word() {
        let text = "Un cafe\u{301} noir";
        let (out, edits) = repaired(text, CleanOptions::default());
        assert_eq!(out, "Un café noir");
        assert_eq!(edits[0].span.slice(text), "cafe\u{301}");
    }
}
