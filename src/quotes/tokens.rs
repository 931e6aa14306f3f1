//! Words and punctuation with byte spans, and the paragraph and sentence structure around them.

use crate::offsets::Span;

/// A word (letters, digits, inner hyphens, an elision apostrophe) or one punctuation char.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Token {
    pub span: Span,
    pub word: bool,
    /// A word starting with an uppercase letter.
    pub cap: bool,
    /// Inside the content of a quotation.
    pub quoted: bool,
    pub para: u32,
}

fn is_word_char(c: char) -> bool {
    match c as u32 {
        0..=0x7f => c.is_ascii_alphanumeric(),
        // Latin-1 letters and Latin Extended-A/B: the accented letters of European news.
        0xc0..=0x24f => !matches!(c, '×' | '÷'),
        _ => c.is_alphanumeric(),
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '’' | '\'' | 'ʼ')
}

/// Splits `text` into tokens; `paragraphs` are the line spans, in order.
pub(super) fn tokenize(text: &str, paragraphs: &[Span]) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    for (p, para) in paragraphs.iter().enumerate() {
        let body = para.slice(text);
        let mut chars = body.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if c.is_whitespace() {
                continue;
            }
            let start = para.start + i;
            if !is_word_char(c) {
                tokens.push(Token {
                    span: Span::new(start, start + c.len_utf8()),
                    word: false,
                    cap: false,
                    quoted: false,
                    para: p as u32,
                });
                continue;
            }
            let mut end = start + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if is_word_char(d) {
                    end = para.start + j + d.len_utf8();
                    chars.next();
                    continue;
                }
                let after = body[j + d.len_utf8()..].chars().next();
                let joins = after.is_some_and(is_word_char);
                if matches!(d, '-' | '‑') && joins {
                    end = para.start + j + d.len_utf8();
                    chars.next();
                } else if is_apostrophe(d) && joins {
                    // An elision (l’, d', qu’) ends its word: the next word stands alone.
                    end = para.start + j + d.len_utf8();
                    chars.next();
                    break;
                } else {
                    break;
                }
            }
            tokens.push(Token {
                span: Span::new(start, end),
                word: true,
                cap: c.is_uppercase(),
                quoted: false,
                para: p as u32,
            });
        }
    }
    tokens
}

/// The index of the first token starting at or after byte `at`.
pub(super) fn first_at(tokens: &[Token], at: usize) -> usize {
    tokens.partition_point(|t| t.span.start < at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elisions_hyphens_and_marks() {
        let text = "« l’OTAN », a-t-il dit à Jean-Michel.";
        let toks = tokenize(text, &[Span::new(0, text.len())]);
        let words: Vec<&str> = toks.iter().map(|t| t.span.slice(text)).collect();
        assert_eq!(
            words,
            [
                "«",
                "l’",
                "OTAN",
                "»",
                ",",
                "a-t-il",
                "dit",
                "à",
                "Jean-Michel",
                "."
            ]
        );
    }
}
