//! Character classes the splitter reasons with, and cheap moves over UTF-8 text.

/// Ends a sentence: `.`, `!`, `?`, `…` and the doubled marks.
pub fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '‼' | '⁇' | '⁈' | '⁉')
}

/// Closes what a sentence opened; kept with the sentence it closes (`réel. »`, `great."`).
pub fn is_closer(c: char) -> bool {
    matches!(
        c,
        '»' | '”' | '"' | '\'' | '’' | ')' | ']' | '}' | '›' | '“' | '‘'
    )
}

/// Opens a quotation or a parenthesis before a sentence's first word.
pub fn is_opener(c: char) -> bool {
    matches!(
        c,
        '«' | '“' | '"' | '\'' | '‘' | '„' | '‚' | '‹' | '(' | '[' | '{' | '¿' | '¡'
    )
}

/// A dash that opens a line of dialogue or an aside (`— Oui.`, `- Posted`).
pub fn is_dash(c: char) -> bool {
    matches!(c, '—' | '–' | '-' | '―')
}

/// A list bullet: before one, a new item (and sentence) begins.
pub fn is_bullet(c: char) -> bool {
    matches!(c, '•' | '‣' | '⁃' | '◦' | '▪' | '●' | '■' | '►' | '▸')
}

/// A symbol that may begin a sentence (`$100 was…`, `#1 on…`).
pub fn is_leading_symbol(c: char) -> bool {
    matches!(c, '$' | '€' | '£' | '¥' | '#' | '@' | '*' | '…') || is_pictograph(c)
}

/// Emoji and pictographs (`😀`, `☀`, `✅`), which may open a sentence.
fn is_pictograph(c: char) -> bool {
    matches!(c, '\u{1f000}'..='\u{1faff}' | '\u{2600}'..='\u{27bf}')
}

/// Whitespace that may pad a French closing guillemet: `réel. »`.
pub fn is_padding(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// Ends a line (and so a paragraph or a headline).
pub fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{0b}' | '\u{0c}'
    )
}

/// Apostrophes of elision (`l’art`, `d'Italie`).
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’')
}

/// The char starting at byte `i`, if any.
pub fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

/// The char ending at byte `i`, if any.
pub fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i)?.chars().next_back()
}

/// The first byte at or after `i` that is not whitespace (`text.len()` if none), and whether a
/// line break was crossed.
pub fn skip_whitespace(text: &str, mut i: usize) -> (usize, bool) {
    let mut crossed = false;
    while let Some(c) = char_at(text, i) {
        if !c.is_whitespace() {
            break;
        }
        crossed |= is_line_break(c);
        i += c.len_utf8();
    }
    (i, crossed)
}

/// The word starting at byte `i`: letters only (`Le` in `Le lendemain`, `L` in `L’an`).
pub fn letters_at(text: &str, i: usize) -> &str {
    let rest = &text[i..];
    let ascii = rest
        .bytes()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    if rest.as_bytes().get(ascii).is_none_or(u8::is_ascii) {
        return &rest[..ascii];
    }
    let end = rest
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(rest.len(), |(j, _)| j);
    &rest[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_over_multibyte_text() {
        let text = "a\u{a0}\n é";
        assert_eq!(char_at(text, 0), Some('a'));
        assert_eq!(char_before(text, 1), Some('a'));
        assert_eq!(skip_whitespace(text, 1), (text.len() - 2, true));
        assert_eq!(skip_whitespace("a b", 1), (2, false));
        assert_eq!(letters_at("L’an", 0), "L");
        assert_eq!(letters_at("Élysée.", 0), "Élysée");
    }

    #[test]
    fn classes_do_not_overlap_where_it_matters() {
        for c in ['.', '!', '?', '…'] {
            assert!(is_terminator(c) && !is_closer(c) && !is_opener(c));
        }
        assert!(is_closer('»') && !is_opener('»'));
        assert!(is_opener('«') && !is_closer('«'));
        assert!(is_bullet('•') && !is_dash('•'));
    }
}
