#![no_main]
//! `CharIndexer` gives the code-point offset of any char boundary, visited in any order.

use depeche::offsets::{CharIndexer, Span};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let boundaries: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect();
    let mut indexer = CharIndexer::new(&text);
    // The input's own bytes pick the offsets, so the order is arbitrary but reproducible.
    let pick = |bytes: &[u8]| {
        boundaries[usize::from(u16::from_le_bytes([bytes[0], bytes[1]])) % boundaries.len()]
    };
    for pair in data.chunks_exact(4).take(64) {
        let (a, b) = (pick(&pair[..2]), pick(&pair[2..]));
        let span = Span::new(a.min(b), a.max(b));
        let (start, end) = indexer.span(span);
        assert_eq!(start, text[..span.start].chars().count(), "start of {span:?}");
        assert_eq!(end, text[..span.end].chars().count(), "end of {span:?}");
    }
});
