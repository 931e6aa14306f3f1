//! Helpers shared by the quote test modules.

use super::extract;
use crate::Lang;

/// Each quotation of `text` with its speaker.
pub(super) fn speakers_in(text: &str, lang: Lang) -> Vec<(String, Option<String>)> {
    extract(text, lang)
        .into_iter()
        .map(|q| (q.span.slice(text).to_string(), q.speaker))
        .collect()
}

/// A quotation and its speaker, as [`speakers_in`] lists them.
pub(super) fn pair(t: &str, s: Option<&str>) -> (String, Option<String>) {
    (t.to_string(), s.map(str::to_string))
}

/// The speaker of the first quotation of English `text` that holds `quote`.
pub(super) fn english_speaker_of(text: &str, quote: &str) -> Option<String> {
    speakers_in(text, Lang::En)
        .into_iter()
        .find(|(q, _)| q.contains(quote))
        .and_then(|(_, s)| s)
}
