//! Cleaning scraped article text: remove web residue, repair whitespace damage, and report
//! every edit in input offsets.
//!
//! The text is read as lines. Each line is first classified on its own (`classify`: phrase
//! lists and patterns from the language's `residue.txt`, bylines, timestamps, breadcrumbs);
//! then long-range signals decide (`block`: the article block, the headline and its repeat,
//! comment sections, related-link lists; `head`: the headline, standfirst and what opens the
//! body; `figure`: captions and credits); pitch sentences are cut out of kept paragraphs
//! (`pitch`); the kept text is repaired (`repair`) and every change is reported.

mod block;
mod classify;
mod figure;
mod form;
mod head;
mod lines;
mod patterns;
mod pitch;
mod repair;
mod residue;
#[cfg(test)]
mod test_support;
#[cfg(test)]
mod tests_r15;
#[cfg(test)]
mod tests_r16;
#[cfg(test)]
mod tests_r18en;
#[cfg(test)]
mod tests_r18fr;
#[cfg(test)]
mod tests_r19;
#[cfg(test)]
mod tests_r20;
#[cfg(test)]
mod tests_r21;
#[cfg(test)]
mod tests_r22;
#[cfg(test)]
mod tests_r23;
#[cfg(test)]
mod tests_r24;
#[cfg(test)]
mod tests_r25;
#[cfg(test)]
mod tests_r26;
#[cfg(test)]
mod tests_r27;
#[cfg(test)]
mod tests_r27b;
#[cfg(test)]
mod tests_r28;
#[cfg(test)]
mod tests_r29;
#[cfg(test)]
mod tests_r30;
#[cfg(test)]
mod tests_r31;
#[cfg(test)]
mod tests_r32;
#[cfg(test)]
mod tests_r33;
#[cfg(test)]
mod tests_r34;
#[cfg(test)]
mod tests_r34b;
#[cfg(test)]
mod tests_r35;
#[cfg(test)]
mod tests_r36;
#[cfg(test)]
mod tests_r37;
#[cfg(test)]
mod tests_r38;
#[cfg(test)]
mod tests_r39;
#[cfg(test)]
mod tests_r40;
#[cfg(test)]
mod tests_r41;
#[cfg(test)]
mod tests_r42;
#[cfg(test)]
mod tests_r43;
#[cfg(test)]
mod tests_r44;
#[cfg(test)]
mod tests_r45;
#[cfg(test)]
mod tests_r46;
#[cfg(test)]
mod tests_r47;
#[cfg(test)]
mod tests_r48;
#[cfg(test)]
mod tests_startup;

use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::offsets::Span;
use lines::Line;

/// Why a piece of the input was removed or changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    // Residue that is removed.
    Share,
    Subscribe,
    Paywall,
    Related,
    Navigation,
    Byline,
    Credit,
    Cookie,
    Comments,
    Tags,
    Advertisement,
    AuthorBio,
    RepeatedHeadline,
    /// Text outside the article block: menus, footers, sidebars of a whole page.
    OutsideArticle,
    // Repairs.
    Spaces,
    MissingSpace,
    StrayPunctuation,
    Unicode,
    Typography,
}

impl Category {
    pub const ALL: [Category; 19] = [
        Category::Share,
        Category::Subscribe,
        Category::Paywall,
        Category::Related,
        Category::Navigation,
        Category::Byline,
        Category::Credit,
        Category::Cookie,
        Category::Comments,
        Category::Tags,
        Category::Advertisement,
        Category::AuthorBio,
        Category::RepeatedHeadline,
        Category::OutsideArticle,
        Category::Spaces,
        Category::MissingSpace,
        Category::StrayPunctuation,
        Category::Unicode,
        Category::Typography,
    ];

    /// The name used in data files, options and reports.
    pub const fn name(self) -> &'static str {
        match self {
            Category::Share => "share",
            Category::Subscribe => "subscribe",
            Category::Paywall => "paywall",
            Category::Related => "related",
            Category::Navigation => "navigation",
            Category::Byline => "byline",
            Category::Credit => "credit",
            Category::Cookie => "cookie",
            Category::Comments => "comments",
            Category::Tags => "tags",
            Category::Advertisement => "advertisement",
            Category::AuthorBio => "author_bio",
            Category::RepeatedHeadline => "repeated_headline",
            Category::OutsideArticle => "outside_article",
            Category::Spaces => "spaces",
            Category::MissingSpace => "missing_space",
            Category::StrayPunctuation => "stray_punctuation",
            Category::Unicode => "unicode",
            Category::Typography => "typography",
        }
    }

    /// Whether this category is a repair (text changed) rather than residue (text removed).
    pub const fn is_repair(self) -> bool {
        matches!(
            self,
            Category::Spaces
                | Category::MissingSpace
                | Category::StrayPunctuation
                | Category::Unicode
                | Category::Typography
        )
    }

    pub fn from_name(name: &str) -> Result<Category> {
        Category::ALL
            .into_iter()
            .find(|c| c.name() == name)
            .ok_or_else(|| Error::InvalidOption {
                name: "category",
                value: name.to_string(),
                expected: Category::ALL.map(Category::name).join(", "),
            })
    }

    const fn bit(self) -> u32 {
        1 << self as u32
    }
}

/// Which categories `clean` acts on. The default is every category but `typography`
/// (French typographic spaces are kept unless asked).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CleanOptions {
    enabled: u32,
}

impl Default for CleanOptions {
    fn default() -> Self {
        let all = Category::ALL.iter().fold(0, |acc, c| acc | c.bit());
        CleanOptions {
            enabled: all & !Category::Typography.bit(),
        }
    }
}

impl CleanOptions {
    /// Options acting on exactly these categories.
    pub fn only(categories: impl IntoIterator<Item = Category>) -> Self {
        CleanOptions {
            enabled: categories.into_iter().fold(0, |acc, c| acc | c.bit()),
        }
    }

    pub fn enables(&self, category: Category) -> bool {
        self.enabled & category.bit() != 0
    }

    pub fn with(mut self, category: Category, on: bool) -> Self {
        if on {
            self.enabled |= category.bit();
        } else {
            self.enabled &= !category.bit();
        }
        self
    }
}

/// One removal or repair: `span` of the input was replaced by `replacement`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub span: Span,
    pub category: Category,
    pub replacement: String,
}

/// The cleaned text and every edit that produced it, in input order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Cleaned {
    pub text: String,
    pub edits: Vec<Edit>,
}

/// Cleans `text` and reports each edit, in input order.
pub fn clean(text: &str, lang: Lang, options: &CleanOptions) -> Cleaned {
    let residue = residue::residue(lang);
    let mut lines = lines::split(text);
    // Room for the longest line, which spares regrowing the buffer line after line.
    let longest = lines.iter().map(|l| l.span.len()).max().unwrap_or(0);
    let mut scratch = String::with_capacity(longest);
    let forms: Vec<form::Form> = lines
        .iter()
        .map(|line| {
            if line.text.is_empty() {
                form::Form::default()
            } else {
                form::kept_form(text, line.span, lang, residue, options, &mut scratch)
            }
        })
        .collect();
    let (texts, changes): (Vec<_>, Vec<_>) = forms
        .into_iter()
        .map(|f| (f.text, (f.edits, f.emptied_by)))
        .unzip();
    // Lines are read as they would be written, so that a second pass reads the same lines;
    // a line that is all pitch stays as it was, to weigh as a listed residue line does.
    for (line, (kept, (_, emptied_by))) in lines.iter_mut().zip(texts.iter().zip(&changes)) {
        if let (Some(kept), None) = (kept, emptied_by) {
            line.text = kept.trim();
        }
        line.shape = lines::Shape::of(line.text);
    }
    let kinds: Vec<_> = lines
        .iter_mut()
        .zip(&changes)
        .map(|(line, (_, emptied_by))| match *emptied_by {
            Some(category) => classify::LineKind::Residue(category),
            None => {
                let (kind, header) = classify::classify(line.text, line.shape, residue);
                line.header = header;
                kind
            }
        })
        .collect();
    let verdicts = decide_until_stable(&lines, &kinds, options);
    let mut assembler = Assembler::new(text, options);
    for (((line, verdict), kept), (edits, _)) in lines.iter().zip(verdicts).zip(&texts).zip(changes)
    {
        match verdict {
            Some(category) => assembler.remove(line.full, category),
            None if line.text.is_empty() => assembler.blank(line),
            None => {
                let kept = kept.as_deref().unwrap_or_else(|| line.span.slice(text));
                assembler.keep(line, kept, edits);
            }
        }
    }
    assembler.finish()
}

/// The line verdicts, recomputed on the surviving lines until nothing more goes: the lines a
/// second pass reads are the survivors, on which the verdicts then remove nothing. Each round
/// removes a line or ends, so the loop ends.
fn decide_until_stable(
    lines: &[Line<'_>],
    kinds: &[classify::LineKind],
    options: &CleanOptions,
) -> Vec<Option<Category>> {
    let mut verdicts = vec![None; lines.len()];
    let mut alive: Vec<usize> = (0..lines.len()).collect();
    loop {
        let sub_lines: Vec<Line<'_>> = alive.iter().map(|&i| lines[i].clone()).collect();
        let sub_kinds: Vec<_> = alive.iter().map(|&i| kinds[i]).collect();
        let decided = block::decide(&sub_lines, &sub_kinds);
        let before = alive.len();
        let mut survivors = Vec::with_capacity(before);
        for (&i, verdict) in alive.iter().zip(decided) {
            match verdict.filter(|c| options.enables(*c)) {
                Some(category) => verdicts[i] = Some(category),
                None => survivors.push(i),
            }
        }
        alive = survivors;
        if alive.len() == before {
            break;
        }
    }
    verdicts
}

/// Builds the output line by line, collapsing the blank lines that removals leave behind.
struct Assembler<'t, 'o> {
    text: &'t str,
    options: &'o CleanOptions,
    out: Cleaned,
    /// Blank lines seen since the last kept line, not yet written.
    pending_blanks: Vec<Span>,
    /// The line break of the last kept line, not yet written.
    pending_break: Option<Span>,
}

impl<'t, 'o> Assembler<'t, 'o> {
    fn new(text: &'t str, options: &'o CleanOptions) -> Self {
        Assembler {
            text,
            options,
            // The output is the input less what goes: room for all of it spares the regrowths.
            out: Cleaned {
                text: String::with_capacity(text.len()),
                edits: Vec::new(),
            },
            pending_blanks: Vec::new(),
            pending_break: None,
        }
    }

    fn push_edit(&mut self, span: Span, category: Category, replacement: &str) {
        if !span.is_empty() {
            self.out.edits.push(Edit {
                span,
                category,
                replacement: replacement.to_string(),
            });
        }
    }

    fn remove(&mut self, span: Span, category: Category) {
        self.push_edit(span, category, "");
    }

    fn blank(&mut self, line: &Line<'_>) {
        self.pending_blanks.push(line.full);
    }

    /// Writes what is pending before a kept line: the previous line break and at most one
    /// blank line (several, or one at the start, are squeezed when `spaces` is on).
    fn flush_pending(&mut self) {
        let squeeze = self.options.enables(Category::Spaces);
        if let Some(span) = self.pending_break.take() {
            self.out.text.push_str(span.slice(self.text));
        }
        let blanks = std::mem::take(&mut self.pending_blanks);
        let at_start = self.out.text.is_empty();
        for (i, span) in blanks.into_iter().enumerate() {
            if squeeze && (at_start || i > 0) {
                self.remove(span, Category::Spaces);
            } else if squeeze {
                // Keep the line break of a blank line, drop its spaces.
                let body = span.slice(self.text).trim_end_matches(['\n', '\r']);
                let spaces = Span::new(span.start, span.start + body.len());
                self.remove(spaces, Category::Spaces);
                self.out.text.push_str(&span.slice(self.text)[body.len()..]);
            } else {
                self.out.text.push_str(span.slice(self.text));
            }
        }
    }

    /// Writes a kept line in its kept form, with the edits that made it.
    fn keep(&mut self, line: &Line<'_>, kept: &str, edits: Vec<Edit>) {
        self.flush_pending();
        self.out.text.push_str(kept);
        self.out.edits.extend(edits);
        let line_break = Span::new(line.span.end, line.full.end);
        self.pending_break = (!line_break.is_empty()).then_some(line_break);
    }

    fn finish(mut self) -> Cleaned {
        let squeeze = self.options.enables(Category::Spaces);
        let trailing: Vec<Span> = self
            .pending_break
            .take()
            .into_iter()
            .chain(std::mem::take(&mut self.pending_blanks))
            .collect();
        for span in trailing {
            if squeeze {
                self.remove(span, Category::Spaces);
            } else {
                self.out.text.push_str(span.slice(self.text));
            }
        }
        self.out.edits.sort_by_key(|e| e.span.start);
        self.out
    }
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collapses_space_runs_and_reports_them() {
        let text = "Un  texte\t avec des espaces.";
        let cleaned = clean(text, Lang::Fr, &CleanOptions::default());
        assert_eq!(cleaned.text, "Un texte avec des espaces.");
        assert_eq!(cleaned.edits.len(), 2);
        assert_eq!(cleaned.edits[0].span.slice(text), "  ");
        assert_eq!(cleaned.edits[0].category, Category::Spaces);
    }

    #[test]
    fn normalises_to_nfc() {
        let cleaned = clean("Cafe\u{301} noir.", Lang::Fr, &CleanOptions::default());
        assert_eq!(cleaned.text, "Café noir.");
        assert_eq!(
            cleaned.edits.last().map(|e| e.category),
            Some(Category::Unicode)
        );
    }

    #[test]
    fn options_can_switch_repairs_off() {
        let options = CleanOptions::default().with(Category::Spaces, false);
        assert_eq!(clean("a  b", Lang::En, &options).text, "a  b");
    }

    #[test]
    fn category_names_round_trip_and_unknown_names_are_errors() {
        for c in Category::ALL {
            assert_eq!(Category::from_name(c.name()), Ok(c));
        }
        assert!(Category::from_name("nope").is_err());
    }
}
