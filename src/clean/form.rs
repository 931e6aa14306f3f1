//! What a line becomes when it is kept: its pitch sentences cut out ([`pitch`]) and its text
//! repaired ([`repair`]), again and again until a pass changes nothing. The line is classified
//! on this form, so a second `clean` sees exactly the lines the first one decided on, and the
//! per-line work is a fixpoint: both make `clean(clean(x)) == clean(x)` hold by construction.

use super::residue::Residue;
use super::{pitch, repair, Category, CleanOptions, Edit};
use crate::lang::Lang;
use crate::offsets::Span;

/// Passes after which a line is taken as it is. Real text settles in one pass, rarely two
/// (a repair that lets a pitch phrase match); the bound only guards against a cycle.
const MAX_PASSES: usize = 8;

/// The kept form of one line.
#[derive(Debug, Default)]
pub struct Form {
    /// The kept text, when it differs from the line in the input.
    pub text: Option<String>,
    /// The edits, in input offsets and order, that turn the line into `text`.
    pub edits: Vec<Edit>,
    /// Set when pitch sentences took every visible character: the category to remove it under.
    pub emptied_by: Option<Category>,
}

/// The kept form of the line at `line` in `input`. `scratch` is a reusable buffer.
pub fn kept_form(
    input: &str,
    line: Span,
    lang: Lang,
    residue: &Residue,
    options: &CleanOptions,
    scratch: &mut String,
) -> Form {
    scratch.clear();
    let mut edits = Vec::new();
    let mut gate_from = one_pass(
        input, line, lang, residue, options, scratch, &mut edits, None,
    );
    if edits.is_empty() {
        return Form::default();
    }
    let mut current = scratch.clone();
    // The source of the last pass: its offset in the text its edits speak of, and its length.
    let mut source = (line.start, line.len());
    let mut passes = vec![edits];
    while passes.len() < MAX_PASSES {
        // A gate word is in the new text only where it was in the last pass's (from
        // `gate_from` on) or near a change: the gate reads there.
        let reach = residue.pitch_gate_reach();
        let last = passes.last().map_or(&[][..], Vec::as_slice);
        let near = near_changes(last, source, &current, reach, gate_from);
        scratch.clear();
        let mut more = Vec::new();
        let whole = Span::new(0, current.len());
        gate_from = one_pass(
            &current,
            whole,
            lang,
            residue,
            options,
            scratch,
            &mut more,
            near.as_deref(),
        );
        if more.is_empty() {
            break;
        }
        source = (0, current.len());
        passes.push(more);
        std::mem::swap(&mut current, scratch);
    }
    let emptied_by = current
        .trim()
        .is_empty()
        .then(|| first_residue(passes.iter().flatten()))
        .flatten();
    let edits = if passes.len() == 1 {
        passes.pop().unwrap_or_default()
    } else {
        compose(line, &passes, &current)
    };
    Form {
        text: Some(current),
        edits,
        emptied_by,
    }
}

/// The ranges of `text` within `reach` bytes of what `edits` changed, `text` being what they
/// made of a source of `len` bytes at `offset` in the text they speak of, and the rest of
/// `text` from where the source's `from` (relative to `offset`) came, when given; `None` when
/// the edits do not account for `text` (then the whole of it is read).
fn near_changes(
    edits: &[Edit],
    (offset, len): (usize, usize),
    text: &str,
    reach: usize,
    from: Option<usize>,
) -> Option<Vec<Span>> {
    let mut ranges: Vec<Span> = Vec::new();
    // Where the text of the last edit ends, and how much longer the text is up to there.
    let (mut source_end, mut longer) = (offset, 0isize);
    // Where `from` went: through a copied run, or to the start of an edit that covers it.
    let from = from.map(|f| offset + f);
    let mut from_went = None;
    for edit in edits {
        if edit.span.start < source_end || edit.span.end > offset + len {
            return None;
        }
        if let Some(from) = from.filter(|&f| from_went.is_none() && f < edit.span.end) {
            let at = from.min(edit.span.start);
            from_went = Some((at - offset).checked_add_signed(longer)?);
        }
        let start = (edit.span.start - offset).checked_add_signed(longer)?;
        let end = start + edit.replacement.len();
        longer += edit.replacement.len() as isize - edit.span.len() as isize;
        source_end = edit.span.end;
        let range = Span::new(start.saturating_sub(reach), (end + reach).min(text.len()));
        match ranges.last_mut() {
            Some(last) if last.end >= range.start => last.end = last.end.max(range.end),
            _ => ranges.push(range),
        }
    }
    if len.checked_add_signed(longer) != Some(text.len()) {
        return None;
    }
    if let Some(from) = from {
        let went = match from_went {
            Some(went) => went,
            None => (from.min(offset + len) - offset).checked_add_signed(longer)?,
        };
        let went = went.min(text.len());
        // The ranges are in order and apart: those from `went` on are in the rest.
        ranges.retain(|r| r.start < went);
        match ranges.last_mut() {
            Some(last) if last.end >= went => last.end = text.len(),
            _ => ranges.push(Span::new(went, text.len())),
        }
    }
    Some(ranges)
}

/// One pass over `span` of `source`: the pitch sentences go, the rest is repaired into `out`;
/// the edits are in `source` offsets. The pitch gate reads only the `near` ranges of the span
/// when given. Returns from where in the span gate words may start, `None` when it holds none.
#[allow(clippy::too_many_arguments)]
fn one_pass(
    source: &str,
    span: Span,
    lang: Lang,
    residue: &Residue,
    options: &CleanOptions,
    out: &mut String,
    edits: &mut Vec<Edit>,
    near: Option<&[Span]>,
) -> Option<usize> {
    let (pitches, gate_from) = pitch::pitch_sentences_near(source, span, lang, residue, near);
    let pitches = pitches.into_iter().filter(|(_, c)| options.enables(*c));
    let mut cursor = span.start;
    for (removed, category) in pitches {
        if cursor < removed.start {
            let piece = Span::new(cursor, removed.start);
            let edges = (cursor == span.start, false);
            repair::repair(source, piece, edges, options, out, edits);
        }
        edits.push(Edit {
            span: removed,
            category,
            replacement: String::new(),
        });
        cursor = removed.end;
    }
    if cursor < span.end {
        let edges = (cursor == span.start, true);
        repair::repair(
            source,
            Span::new(cursor, span.end),
            edges,
            options,
            out,
            edits,
        );
    }
    edits.retain(|e| !e.span.is_empty() || !e.replacement.is_empty());
    edits.sort_by_key(|e| e.span.start);
    gate_from
}

fn first_residue<'e>(edits: impl IntoIterator<Item = &'e Edit>) -> Option<Category> {
    edits
        .into_iter()
        .map(|e| e.category)
        .find(|c| !c.is_repair())
}

/// A run copied unchanged from one text to the next: `len` bytes at `from` go to `to`.
#[derive(Debug, Clone, Copy)]
struct Copied {
    from: usize,
    to: usize,
    len: usize,
}

/// The runs of a text of `len` bytes that `edits` (sorted, in its offsets) leave alone.
fn copied_runs(len: usize, edits: &[Edit]) -> Vec<Copied> {
    let mut runs = Vec::with_capacity(edits.len() + 1);
    let (mut from, mut to) = (0, 0);
    for edit in edits {
        if edit.span.start > from {
            let len = edit.span.start - from;
            runs.push(Copied { from, to, len });
            to += len;
        }
        from = edit.span.end;
        to += edit.replacement.len();
    }
    if len > from {
        runs.push(Copied {
            from,
            to,
            len: len - from,
        });
    }
    runs
}

/// The runs copied through both steps: `first` maps A to B, `second` maps B to C.
fn chain(first: &[Copied], second: &[Copied]) -> Vec<Copied> {
    let mut runs = Vec::new();
    let mut j = 0;
    for a in first {
        let (a_start, a_end) = (a.to, a.to + a.len);
        while j < second.len() && second[j].from + second[j].len <= a_start {
            j += 1;
        }
        let mut k = j;
        while k < second.len() && second[k].from < a_end {
            let b = second[k];
            let start = a_start.max(b.from);
            let end = a_end.min(b.from + b.len);
            if start < end {
                runs.push(Copied {
                    from: a.from + (start - a.to),
                    to: b.to + (start - b.from),
                    len: end - start,
                });
            }
            k += 1;
        }
    }
    runs
}

/// Where position `at` of a later text came from in the line: its copy's source, or the end
/// of the last copied run before it when it lies in replaced text.
fn origin(runs: &[Copied], at: usize) -> usize {
    let index = runs.partition_point(|r| r.to <= at);
    match index.checked_sub(1).map(|i| runs[i]) {
        Some(run) if at <= run.to + run.len => run.from + (at - run.to),
        Some(run) => run.from + run.len,
        None => 0,
    }
}

/// The edits of several passes over a line as one set in input offsets: every stretch of the
/// line that did not come through all passes unchanged is one edit whose replacement is the
/// final text there, under the category of the first residue edit (else the first edit) in it.
fn compose(line: Span, passes: &[Vec<Edit>], result: &str) -> Vec<Edit> {
    // Every pass in line-relative offsets: the first pass spoke input offsets.
    let first: Vec<Edit> = passes[0]
        .iter()
        .map(|e| Edit {
            span: Span::new(e.span.start - line.start, e.span.end - line.start),
            ..e.clone()
        })
        .collect();
    let mut source_len = line.end - line.start;
    let mut through = copied_runs(source_len, &first);
    source_len = grown(source_len, &first);
    // Where each pass's edits lie in the line: (start, end, order, category).
    let mut placed: Vec<(usize, usize, usize, Category)> = first
        .iter()
        .enumerate()
        .map(|(i, e)| (e.span.start, e.span.end, i, e.category))
        .collect();
    for edits in &passes[1..] {
        for e in edits {
            let start = origin(&through, e.span.start);
            let end = origin(&through, e.span.end).max(start);
            placed.push((start, end, placed.len(), e.category));
        }
        through = chain(&through, &copied_runs(source_len, edits));
        source_len = grown(source_len, edits);
    }
    let mut edits = Vec::new();
    let (mut from, mut to) = (0, 0);
    let sentinel = Copied {
        from: line.end - line.start,
        to: result.len(),
        len: 0,
    };
    for run in through.iter().chain([&sentinel]) {
        if run.from > from || run.to > to {
            let category = placed
                .iter()
                .filter(|p| from <= p.0 && p.1 <= run.from)
                .min_by_key(|p| (p.3.is_repair(), p.2))
                .map_or(Category::Spaces, |p| p.3);
            edits.push(Edit {
                span: Span::new(line.start + from, line.start + run.from),
                category,
                replacement: result[to..run.to].to_string(),
            });
        }
        from = run.from + run.len;
        to = run.to + run.len;
    }
    edits
}

/// The length of a text of `len` bytes once `edits` are made.
fn grown(len: usize, edits: &[Edit]) -> usize {
    edits.iter().fold(len, |len, e| {
        len + e.replacement.len() - (e.span.end - e.span.start)
    })
}

#[cfg(test)]
mod tests {
    use super::super::residue::residue;
    use super::*;

    fn form(text: &str, lang: Lang) -> Form {
        let mut scratch = String::new();
        let span = Span::new(0, text.len());
        kept_form(
            text,
            span,
            lang,
            residue(lang),
            &CleanOptions::default(),
            &mut scratch,
        )
    }

    fn rebuilt(text: &str, edits: &[Edit]) -> String {
        let mut out = String::new();
        let mut cursor = 0;
        for e in edits {
            out.push_str(&text[cursor..e.span.start]);
            out.push_str(&e.replacement);
            cursor = e.span.end;
        }
        out + &text[cursor..]
    }

    #[test]
    fn changes_are_found_in_the_text_they_made() {
        // `Le  chat .Il` at 10: a space goes at 13, ` .` becomes `.` at 18, `. ` comes at 20.
        let edit = |start, end, category, replacement: &str| Edit {
            span: Span::new(start, end),
            category,
            replacement: replacement.to_string(),
        };
        let edits = [
            edit(13, 14, Category::Spaces, ""),
            edit(18, 19, Category::StrayPunctuation, ""),
            edit(20, 20, Category::MissingSpace, " "),
        ];
        let text = "Le chat. Il";
        assert_eq!(
            near_changes(&edits, (10, 12), text, 1, None),
            Some(vec![Span::new(2, 4), Span::new(6, 10)])
        );
        // Edits that do not make the text say nothing.
        assert_eq!(near_changes(&edits, (10, 14), text, 1, None), None);
    }

    #[test]
    fn gate_words_are_looked_for_from_where_the_last_pass_met_the_first() {
        // `ab  cd ef` lost the space at 2: `ab cd ef`.
        let edits = [Edit {
            span: Span::new(2, 3),
            category: Category::Spaces,
            replacement: String::new(),
        }];
        let text = "ab cd ef";
        let near = |from| near_changes(&edits, (0, 9), text, 1, from);
        assert_eq!(near(None), Some(vec![Span::new(1, 3)]));
        // From `e` on: where it went, after the change.
        assert_eq!(near(Some(7)), Some(vec![Span::new(1, 3), Span::new(6, 8)]));
        // From inside the change: the rest from where its replacement starts, joined to the
        // range around it.
        assert_eq!(near(Some(2)), Some(vec![Span::new(1, 8)]));
        assert_eq!(near(Some(0)), Some(vec![Span::new(0, 8)]));
    }

    #[test]
    fn a_pitch_that_a_repair_completes_after_another_gate_word_is_found() {
        // `abonn` opens the pitch gate early in the line; the pitch lies further on.
        let found = form(
            "Le club veut abonner la ville au réseau. Il vous  reste un article gratuit.",
            Lang::Fr,
        );
        assert_eq!(
            found.text.as_deref(),
            Some("Le club veut abonner la ville au réseau.")
        );
    }

    #[test]
    fn a_pitch_that_a_repair_completes_is_found_on_the_next_pass() {
        let found = form(
            "Le conseil a voté. Il vous  reste un article gratuit.",
            Lang::Fr,
        );
        assert_eq!(found.text.as_deref(), Some("Le conseil a voté."));
    }

    #[test]
    fn a_clean_line_has_no_form_of_its_own() {
        let found = form("Le conseil a voté le budget.", Lang::Fr);
        assert!(found.text.is_none() && found.edits.is_empty());
    }

    #[test]
    fn one_pass_edits_rebuild_the_form() {
        let text = "Le  conseil a voté.Demain il siège. Abonnez-vous pour nous soutenir.";
        let found = form(text, Lang::Fr);
        let kept = found.text.as_deref().unwrap_or(text);
        assert_eq!(kept, "Le conseil a voté. Demain il siège.");
        assert_eq!(rebuilt(text, &found.edits), kept);
    }

    #[test]
    fn a_pitch_that_matches_only_once_repaired_goes_in_the_same_call() {
        // Decomposed accents hide the phrase until NFC composes them: a second pass finds it.
        let text = "Le conseil a voté. Cet article est re\u{301}serve\u{301} aux abonne\u{301}s. Il siège lundi.";
        let found = form(text, Lang::Fr);
        let kept = found.text.clone().unwrap_or_default();
        assert_eq!(kept, "Le conseil a voté. Il siège lundi.");
        assert_eq!(rebuilt(text, &found.edits), kept);
        let paywall = found
            .edits
            .iter()
            .filter(|e| e.category == Category::Paywall);
        assert_eq!(paywall.count(), 1, "{:?}", found.edits);
        let again = form(&kept, Lang::Fr);
        assert!(again.edits.is_empty(), "{kept:?} {:?}", again.edits);
    }

    #[test]
    fn chained_runs_keep_only_what_both_steps_copy() {
        let first = [Copied {
            from: 0,
            to: 0,
            len: 10,
        }];
        let second = [
            Copied {
                from: 0,
                to: 0,
                len: 3,
            },
            Copied {
                from: 5,
                to: 4,
                len: 5,
            },
        ];
        let runs = chain(&first, &second);
        assert_eq!(runs.len(), 2);
        assert_eq!((runs[1].from, runs[1].to, runs[1].len), (5, 4, 5));
    }
}
