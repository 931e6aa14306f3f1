//! Inline enumerations: `1) The first item 2) The second item` is two items, hence two sentences.
//!
//! Only a sentence that itself starts with a marker is cut, and only before the markers that
//! follow it in the same style and open a capitalised item, so `Trois priorités : 1. la
//! sécurité ; 2. l’économie` stays whole.

use super::chars::{char_at, is_bullet, skip_whitespace};
use crate::offsets::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    /// `1.`, `a.`
    Dot,
    /// `1.)`
    DotParen,
    /// `1)`, `a)`
    Paren,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marker {
    style: Style,
    letter: bool,
    value: u32,
}

impl Marker {
    /// Whether `self` is a later item of the list that `first` opens.
    pub fn follows(self, first: Marker) -> bool {
        self.style == first.style && self.letter == first.letter && self.value > first.value
    }
}

/// The list marker at byte `i` (`12.`, `3.)`, `b)`), followed by whitespace or the end.
pub fn marker_at(text: &str, i: usize) -> Option<Marker> {
    let bytes = text.as_bytes();
    let mut j = i;
    let mut value: u32 = 0;
    while j < bytes.len() && bytes[j].is_ascii_digit() && j - i < 3 {
        value = value * 10 + u32::from(bytes[j] - b'0');
        j += 1;
    }
    let letter = j == i;
    if letter {
        match bytes.get(i) {
            Some(b) if b.is_ascii_lowercase() => {
                value = u32::from(b - b'a') + 1;
                j += 1;
            }
            _ => return None,
        }
    }
    let style = match (bytes.get(j), bytes.get(j + 1)) {
        (Some(b'.'), Some(b')')) => {
            j += 2;
            Style::DotParen
        }
        (Some(b'.'), _) => {
            j += 1;
            Style::Dot
        }
        (Some(b')'), _) => {
            j += 1;
            Style::Paren
        }
        _ => return None,
    };
    match char_at(text, j) {
        None => {}
        Some(c) if c.is_whitespace() => {}
        _ => return None,
    }
    Some(Marker {
        style,
        letter,
        value,
    })
}

/// The first byte in `start..end` that is neither whitespace nor a bullet (`end` if none).
pub fn content_start(text: &str, start: usize, end: usize) -> usize {
    let mut i = start;
    while i < end {
        match char_at(text, i) {
            Some(c) if c.is_whitespace() || is_bullet(c) => i += c.len_utf8(),
            _ => return i,
        }
    }
    end
}

/// Pushes `span`, cut before each later marker of the list it opens.
pub fn push_items(text: &str, span: Span, out: &mut Vec<Span>) {
    // Most sentences open with a byte no marker, bullet or space starts with (`L`, `«`).
    if text.as_bytes().get(span.start).is_some_and(|&b| {
        b.is_ascii() && !(b.is_ascii_digit() || b.is_ascii_lowercase() || b.is_ascii_whitespace())
    }) {
        out.push(span);
        return;
    }
    let Some(mut current) = marker_at(text, content_start(text, span.start, span.end)) else {
        out.push(span);
        return;
    };
    let mut start = span.start;
    let inner = &text[span.start..span.end];
    let mut previous_space = false;
    for (offset, c) in inner.char_indices() {
        let at = span.start + offset;
        if previous_space && !c.is_whitespace() {
            if let Some(marker) = marker_at(text, at) {
                if marker.follows(current) && opens_capitalised_item(text, at, span.end) {
                    out.push(Span::new(start, at).trim(text));
                    start = at;
                    current = marker;
                }
            }
        }
        previous_space = c.is_whitespace();
    }
    out.push(Span::new(start, span.end));
}

/// Whether the item whose marker is at `at` begins with a capital letter.
fn opens_capitalised_item(text: &str, at: usize, end: usize) -> bool {
    let after = text[at..end]
        .find(char::is_whitespace)
        .map_or(end, |k| at + k);
    let (word, _) = skip_whitespace(text, after);
    word < end && char_at(text, word).is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        push_items(text, Span::new(0, text.len()), &mut out);
        out.iter().map(|s| s.slice(text)).collect()
    }

    #[test]
    fn reads_markers_of_each_style() {
        assert!(marker_at("12. x", 0).is_some());
        assert!(marker_at("3.) x", 0).is_some());
        assert!(marker_at("b) x", 0).is_some());
        assert!(marker_at("1.Helado", 0).is_none());
        assert!(marker_at("1234. x", 0).is_none());
        assert!(marker_at("Le", 0).is_none());
    }

    #[test]
    fn cuts_a_list_before_each_capitalised_item() {
        assert_eq!(
            items("1) Le premier point 2) Le second point"),
            vec!["1) Le premier point", "2) Le second point"]
        );
        assert_eq!(
            items("a. One item b. Another c. A last one"),
            vec!["a. One item", "b. Another", "c. A last one"]
        );
    }

    #[test]
    fn leaves_lowercase_items_and_unmarked_sentences_whole() {
        assert_eq!(
            items("1. la paix 2. la justice"),
            vec!["1. la paix 2. la justice"]
        );
        assert_eq!(items("Voici 1) Un 2) Deux"), vec!["Voici 1) Un 2) Deux"]);
        assert_eq!(items("1) Un 1) Deux"), vec!["1) Un 1) Deux"]);
    }
}
