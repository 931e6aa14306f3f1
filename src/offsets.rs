//! Byte spans in the core, code-point offsets at the Python boundary: the conversion lives here.

/// A half-open byte range `[start, end)` into a UTF-8 string, on char boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    pub const fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The span shrunk so that it neither starts nor ends with whitespace.
    pub fn trim(self, text: &str) -> Span {
        let inner = &text[self.start..self.end];
        let start = self.start + (inner.len() - inner.trim_start().len());
        let end = self.start + inner.trim_end().len();
        if start >= end {
            Span::new(start, start)
        } else {
            Span::new(start, end)
        }
    }
}

/// Bytes between two remembered positions of a [`CharIndexer`]: a lookup far behind the
/// cursor restarts from the nearest one, so it never costs more than this many bytes of
/// counting.
const CHECKPOINT_BYTES: usize = 1024;

/// Converts byte offsets of one text into code-point offsets.
///
/// It keeps a cursor, so converting offsets in ascending order costs one pass over the text
/// in total; ASCII text converts in O(1) per offset. It also remembers the code-point offset
/// every `CHECKPOINT_BYTES` of text it has passed, so an offset out of order (a speaker
/// mention far before its quote, say) costs at most that much counting, never a pass from
/// the start: converting offsets in any order stays linear in the text's length.
pub struct CharIndexer<'t> {
    text: &'t str,
    ascii: bool,
    byte: usize,
    chars: usize,
    /// `(byte, chars)` at the first char boundary at or after each multiple of
    /// `CHECKPOINT_BYTES` that the cursor has reached, in order.
    checkpoints: Vec<(usize, usize)>,
}

impl<'t> CharIndexer<'t> {
    pub fn new(text: &'t str) -> Self {
        Self::with_ascii(text, text.is_ascii())
    }

    /// The indexer of a text the caller knows to be all ASCII (its code points are its
    /// bytes), without the scan that [`CharIndexer::new`] makes to find out.
    pub fn ascii(text: &'t str) -> Self {
        debug_assert!(text.is_ascii(), "CharIndexer::ascii on a non-ASCII text");
        Self::with_ascii(text, true)
    }

    fn with_ascii(text: &'t str, ascii: bool) -> Self {
        CharIndexer {
            text,
            ascii,
            byte: 0,
            chars: 0,
            // No allocation for an ASCII text, which never looks at them.
            checkpoints: if ascii { Vec::new() } else { vec![(0, 0)] },
        }
    }

    /// The code-point offset of byte offset `byte`, which must lie on a char boundary.
    pub fn char_offset(&mut self, byte: usize) -> usize {
        assert!(
            self.text.is_char_boundary(byte),
            "byte offset {byte} is not on a char boundary"
        );
        if self.ascii {
            return byte;
        }
        // A short way behind the cursor (a speaker named just before its quote): count back
        // from it and leave it where it is, for the next offset ahead.
        if byte < self.byte && self.byte - byte <= CHECKPOINT_BYTES {
            return self.chars - self.text[byte..self.byte].chars().count();
        }
        // Going forward from the cursor at the frontier of what was counted (the usual case:
        // offsets in ascending order), the cursor is the closest known position; otherwise
        // start from the closest checkpoint at or before `byte`.
        let frontier = self.checkpoints.last().map_or(0, |&(b, _)| b);
        if byte < self.byte || frontier > self.byte {
            let nearest = self.checkpoints.partition_point(|&(b, _)| b <= byte) - 1;
            let (checkpoint_byte, checkpoint_chars) = self.checkpoints[nearest];
            if byte < self.byte || checkpoint_byte > self.byte {
                self.byte = checkpoint_byte;
                self.chars = checkpoint_chars;
            }
        }
        self.advance_to(byte);
        self.chars
    }

    /// Moves the cursor forward to `byte`, remembering the checkpoints it passes first.
    fn advance_to(&mut self, byte: usize) {
        loop {
            let next = self.checkpoints.len() * CHECKPOINT_BYTES;
            if next > byte {
                break;
            }
            let boundary = (next..=byte)
                .find(|&b| self.text.is_char_boundary(b))
                .unwrap_or(byte);
            self.chars += self.text[self.byte..boundary].chars().count();
            self.byte = boundary;
            self.checkpoints.push((boundary, self.chars));
        }
        self.chars += self.text[self.byte..byte].chars().count();
        self.byte = byte;
    }

    /// Both ends of a span, as code points.
    pub fn span(&mut self, span: Span) -> (usize, usize) {
        let start = self.char_offset(span.start);
        (start, self.char_offset(span.end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn naive(text: &str, byte: usize) -> usize {
        text[..byte].chars().count()
    }

    #[test]
    fn converts_forward_and_backward_over_multibyte_text() {
        let text = "a«é»😀\u{301}z";
        let boundaries: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        let mut indexer = CharIndexer::new(text);
        for &b in boundaries.iter().chain(boundaries.iter().rev()) {
            assert_eq!(indexer.char_offset(b), naive(text, b));
        }
    }

    #[test]
    fn converts_far_jumps_in_any_order_across_checkpoints() {
        // Multibyte chars of every width straddle the checkpoint positions.
        let text = "aé€😀".repeat(2_000);
        let boundaries: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        let mut indexer = CharIndexer::new(&text);
        let order = (0..boundaries.len())
            .rev()
            .step_by(7)
            .chain((0..boundaries.len()).step_by(13))
            .chain((0..997).map(|i| i * 7_919 % boundaries.len()));
        for i in order {
            let b = boundaries[i];
            assert_eq!(indexer.char_offset(b), i, "byte {b}");
        }
    }

    #[test]
    fn ascii_is_identity() {
        let mut indexer = CharIndexer::new("hello world");
        assert_eq!(indexer.span(Span::new(6, 11)), (6, 11));
        let mut known = CharIndexer::ascii("hello world");
        assert_eq!(known.span(Span::new(6, 11)), (6, 11));
        assert_eq!(known.char_offset(0), 0);
    }

    #[test]
    #[should_panic(expected = "char boundary")]
    fn rejects_offsets_inside_a_char() {
        CharIndexer::new("é").char_offset(1);
    }

    #[test]
    fn trim_removes_outer_whitespace_only() {
        let text = "  a b \u{a0}";
        assert_eq!(Span::new(0, text.len()).trim(text).slice(text), "a b");
        assert!(Span::new(0, 2).trim(text).is_empty());
    }

    proptest::proptest! {
        #[test]
        fn matches_naive_count(text in "\\PC*", picks in proptest::collection::vec(0usize..64, 0..16)) {
            let boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
            let mut indexer = CharIndexer::new(&text);
            for p in picks {
                let b = boundaries[p % boundaries.len()];
                proptest::prop_assert_eq!(indexer.char_offset(b), naive(&text, b));
            }
        }
    }
}
