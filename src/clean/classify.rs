//! What a single line is, read from its own text: a known residue phrase or pattern, a byline,
//! a timestamp, a breadcrumb trail, or a spam author bio.

use super::block::is_bare_time;
use super::figure::is_credit_name;
use super::lines::Shape;
use super::residue::{lowercase, name_words, Header, Residue};
use super::Category;

/// The first line at or after `from` that is not blank.
pub fn next_non_blank(kinds: &[LineKind], from: usize) -> Option<usize> {
    (from..kinds.len()).find(|&i| kinds[i] != LineKind::Blank)
}

/// The last line before `before` that is not blank.
pub fn previous_non_blank(kinds: &[LineKind], before: usize) -> Option<usize> {
    (0..before).rev().find(|&i| kinds[i] != LineKind::Blank)
}

/// What one line looks like on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    Blank,
    /// Residue of this category, whatever its position.
    Residue(Category),
    /// An author description (`Jane Roe is a staff writer…`) or a run of tiny
    /// self-descriptions (`Coffee lover. Web nerd.`): residue only near the end of a text.
    BioCandidate,
    /// Anything else: article text, headline, intertitle, or unknown short line.
    Text,
}

/// Classifies one trimmed line, and says whether it heads a comment or related-links section.
pub fn classify(text: &str, shape: Shape, residue: &Residue) -> (LineKind, Header) {
    if shape.is_blank() {
        let kind = if text.is_empty() {
            LineKind::Blank
        } else {
            // Only symbols: bullets, separators, icons.
            LineKind::Residue(Category::Navigation)
        };
        return (kind, residue.header(text));
    }
    // An embedded post's signature is the article's, like the post above it.
    if is_post_signature(text) {
        return (LineKind::Text, Header::None);
    }
    let (category, mut header) = residue.read_line(text, shape.words);
    let kind = match category {
        Some(Category::Related) if is_long_sentence(text, shape) => LineKind::Text,
        Some(Category::Credit) if is_study_reference(text) => LineKind::Text,
        Some(category) => LineKind::Residue(category),
        None => classify_unlisted(text, shape, residue),
    };
    let credit = kind == LineKind::Residue(Category::Credit);
    if credit && (residue.opens_on_credit_label(text) || is_bracketed_label(text, residue)) {
        header = Header::CaptionCredit;
    }
    (kind, header)
}

/// A long sentence with a clause after a comma (`Read more about the zones on the county's
/// site, officials urged, warning that …`): running text, though it opens like a link. A
/// label in capitals (`WATCH: With the roads closed, …`) is a player's note all the same.
fn is_long_sentence(text: &str, shape: Shape) -> bool {
    const MIN_WORDS: usize = 20;
    shape.terminal
        && shape.words >= MIN_WORDS
        && text.contains(", ")
        && !opens_on_capital_label(text)
}

/// Whether `text` opens on a label in capitals and its colon (`WATCH:`, `READ MORE:`).
fn opens_on_capital_label(text: &str) -> bool {
    const LABEL_MAX_LEN: usize = 20;
    let Some((label, _)) = text.split_once(':') else {
        return false;
    };
    label.len() <= LABEL_MAX_LEN
        && label.chars().any(char::is_alphabetic)
        && label.chars().all(|c| c.is_uppercase() || c == ' ')
}

/// A study's reference under the article (`Source : A. Roe et al., « Title », Journal, 2026.`):
/// its authors' `et al.` is the scholarly citation's, which no photo credit has.
fn is_study_reference(text: &str) -> bool {
    const MIN_LEN: usize = 40;
    text.len() >= MIN_LEN && text.contains(" et al.")
}

/// A credit in brackets opening on its label, with or without a colon: `(Photo : Jo Roux/AFP)`,
/// `(Photo Jo Roux)`.
fn is_bracketed_label(text: &str, residue: &Residue) -> bool {
    let Some(inner) = text.strip_prefix('(').filter(|_| text.ends_with(')')) else {
        return false;
    };
    let first = inner.split([' ', ':']).next().unwrap_or_default();
    residue.opens_on_credit_label(inner) || residue.opens_on_credit_label(&format!("{first}:"))
}

/// Classifies a line that no phrase or pattern names.
fn classify_unlisted(text: &str, shape: Shape, residue: &Residue) -> LineKind {
    // A line of two stamps (`Posted … | Updated …`), signed or not, runs longer than a byline.
    const STAMPS_MAX_WORDS: usize = 24;
    if ends_with_bracketed_credit(text) || ends_with_listed_credit(text, shape, residue) {
        return LineKind::Residue(Category::Credit);
    }
    if shape.words <= 16 {
        let lower = lowercase(text);
        if is_byline(text, &lower, residue)
            || is_timestamp(&lower, residue)
            || is_signed_timestamp(text, residue)
            || is_placed_timestamp(text, residue)
            || is_name_glued_to_stamp(text, residue)
            || is_name_dot_outlet(text)
            || is_stamp_row(text, residue)
        {
            return LineKind::Residue(Category::Byline);
        }
        if is_breadcrumb(text) || is_short_crumb(text) || is_menu_row(text, shape, residue) {
            return LineKind::Residue(Category::Navigation);
        }
        if is_video_teaser(text, shape) {
            return LineKind::Residue(Category::Related);
        }
    } else if shape.words <= STAMPS_MAX_WORDS
        && has_digit(text)
        && (is_timestamp(&lowercase(text), residue) || is_signed_timestamp(text, residue))
    {
        return LineKind::Residue(Category::Byline);
    }
    // A bio run has forty words at most, and never fewer than the line's words: skip the
    // split of longer lines.
    let bio_run = shape.words <= 40 && is_bio_run(text);
    if bio_run || (shape.words <= 90 && residue.describes_author(text)) {
        return LineKind::BioCandidate;
    }
    LineKind::Text
}

/// A video's teaser: its title, then its length (`Ferries in the storm 02:47`, `… ? 1:03:15`).
/// A line of text ends on its punctuation; a time stamp was read as a byline before this.
fn is_video_teaser(text: &str, shape: Shape) -> bool {
    const MIN_WORDS: usize = 4;
    if shape.words < MIN_WORDS || !text.ends_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let Some((title, length)) = text.rsplit_once(' ') else {
        return false;
    };
    let digits = |f: &str, len: std::ops::RangeInclusive<usize>| {
        len.contains(&f.len()) && f.bytes().all(|b| b.is_ascii_digit())
    };
    // A teaser runs a few minutes (`02:47`) or over an hour (`1:03:15`): a line ending on
    // `18:30` gives a programme's time.
    const MINUTES_BELOW: u8 = 7;
    let fields: Vec<&str> = length.split(':').collect();
    let first_sound = match fields.len() {
        2 => digits(fields[0], 1..=2) && fields[0].parse().is_ok_and(|m: u8| m < MINUTES_BELOW),
        3 => digits(fields[0], 1..=1),
        _ => false,
    };
    let sound = first_sound && fields[1..].iter().all(|f| digits(f, 2..=2) && *f < "60");
    // The title ends on a word or a question, and holds no number (a stamp's date).
    sound
        && title.ends_with(|c: char| c.is_alphabetic() || matches!(c, '?' | '!' | '»' | '"' | '”'))
        && !title.bytes().any(|b| b.is_ascii_digit())
}

/// The signature under a post embedded in an article: `— Jo Marsh (@jomarsh) May 3, 2027`.
pub fn is_post_signature(text: &str) -> bool {
    let Some(rest) = text.strip_prefix(['—', '–', '-']) else {
        return false;
    };
    let Some((name, after)) = rest.split_once(" (@") else {
        return false;
    };
    let Some((handle, date)) = after.split_once(") ") else {
        return false;
    };
    let year = date.trim_end();
    !name.trim().is_empty()
        && !handle.is_empty()
        && !handle.contains(' ')
        && year.len() > 4
        && year.as_bytes()[year.len() - 4..]
            .iter()
            .all(u8::is_ascii_digit)
}

/// A bare count on its own line (`384`, `1.2K`): next to share buttons, their counter.
pub fn is_counter(text: &str) -> bool {
    const MAX_DIGITS: usize = 6;
    let digits = text.trim_end_matches(['k', 'K']);
    (1..=MAX_DIGITS).contains(&digits.len())
        && digits.starts_with(|c: char| c.is_ascii_digit())
        && digits
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
}

/// A line that reads as people's or an agency's names (`Lisa Hart and Tom Bell`, `The
/// Associated Press`, `Jo Marsh - Staff Writer`): a few words, each capitalised or a joining
/// word, no sentence mark.
pub fn is_name(text: &str) -> bool {
    const JOINERS: [&str; 10] = ["and", "et", "&", "-", "–", "—", "|", "de", "du", "von"];
    let mut words = 0;
    for word in text.split_whitespace() {
        words += 1;
        let capitalised = word.starts_with(|c: char| c.is_uppercase());
        if words > 6 || !(capitalised || JOINERS.contains(&word)) {
            return false;
        }
    }
    words >= 2 && !text.ends_with(['.', '!', '?', ':'])
}

/// Tokens of a line, split at whitespace, separators and apostrophes (`aujourd'hui` is two
/// date words), without edge punctuation.
fn tokens(lower: &str) -> impl Iterator<Item = &str> {
    lower
        .split(|c: char| {
            c.is_whitespace() || matches!(c, ',' | ';' | '|' | '·' | '•' | '–' | '—' | '\'' | '’')
        })
        .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|t| !t.is_empty())
}

fn has_digit(text: &str) -> bool {
    text.bytes().any(|b| b.is_ascii_digit())
}

fn is_number_like(token: &str) -> bool {
    token.starts_with(|c: char| c.is_ascii_digit())
}

/// Whether a token is part of a date or time: a number, `12h30`, `10:45`, `19th`, a month.
fn is_date_token(token: &str, residue: &Residue) -> bool {
    is_number_like(token) || residue.is_date_word(token)
}

/// A timestamp line: numbers and date words only (`Publié le 3 mars 2024 à 10h15`,
/// `Updated Nov 19, 6:55 AM`), with at least one number or month.
fn is_timestamp(lower: &str, residue: &Residue) -> bool {
    // Most lines have no digit: they are told apart without splitting them into tokens.
    if !has_digit(lower) {
        return false;
    }
    // An item of a list ends on a semicolon (`le mardi, de 9h à 12h ;`), a stamp does not.
    if lower.trim_end().ends_with(';') {
        return false;
    }
    let mut has_number = false;
    let mut others = 0;
    let mut count = 0;
    // The last three tokens: opening hours run from one time to another (`de 9h à 12h`), a
    // stamp has no range (though a date may read `22 de janeiro de 2018`).
    let mut last = [""; 3];
    for token in tokens(lower) {
        count += 1;
        if is_number_like(token) {
            if is_number_like(last[1]) && residue.is_time_range(last[0], last[2]) {
                return false;
            }
            has_number = true;
        } else if !residue.is_date_word(token) {
            others += 1;
        }
        last = [last[1], last[2], token];
    }
    let lone_stamp = count == 1 && (lower.contains(['-', '/', ':']) || is_french_time(lower));
    has_number && (count >= 2 || lone_stamp) && others == 0 && !is_grouped_number(lower)
}

/// A number written in groups of three digits (`1 800`, `12 500 000`), as a key-figure box
/// shows it: a figure, not a date.
fn is_grouped_number(text: &str) -> bool {
    let mut groups = text.split_whitespace();
    let first_ok = groups
        .next()
        .is_some_and(|g| (1..=3).contains(&g.len()) && g.bytes().all(|b| b.is_ascii_digit()));
    let mut rest = 0;
    let rest_ok = groups.all(|g| {
        rest += 1;
        g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit())
    });
    first_ok && rest_ok && rest > 0
}

/// A dateline: a place and the date across a bullet (`Lakeport ● Mon, May 4, 2026`).
fn is_placed_timestamp(text: &str, residue: &Residue) -> bool {
    const PLACE_MAX_WORDS: usize = 3;
    // One fast search per bullet (a set of chars is read char by char): most lines hold none.
    let Some(at) = text.find('●').or_else(|| text.find('•')) else {
        return false;
    };
    let (place, stamp) = (&text[..at], &text[at + '●'.len_utf8()..]);
    let place_words = place.split_whitespace().count();
    (1..=PLACE_MAX_WORDS).contains(&place_words)
        && place
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase) && !w.contains(|c: char| c.is_ascii_digit()))
        && is_timestamp(&stamp.to_lowercase(), residue)
}

/// A French time of day alone (`15h42`), as a live blog heads each post.
fn is_french_time(token: &str) -> bool {
    let bytes = token.trim().as_bytes();
    let hour = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    (1..=2).contains(&hour)
        && bytes.get(hour) == Some(&b'h')
        && bytes.len() == hour + 3
        && bytes[hour + 1..].iter().all(u8::is_ascii_digit)
}

/// A timestamp signed with its author's name before a dash or bar: `Jo Marsh - 3 mars 2024
/// à 10:32 - Temps de lecture : 3 min`, `Ann Lee | May 3, 2021`; or labelled with its section
/// after it: `Mar 18, 2026 - News`, `3 mars 2026 | Société`, `Mar 4th 2027|Geneva`.
fn is_signed_timestamp(text: &str, residue: &Residue) -> bool {
    const SEPARATORS: [(&str, char); 3] = [(" - ", '-'), (" – ", '–'), (" — ", '—')];
    // Either side must be a timestamp, which holds a number.
    if !has_digit(text) {
        return false;
    }
    // A bar may stand unspaced between a stamp and its place: `Mar 4th 2027|Geneva`.
    let bar = text.find('|').map(|at| {
        let spaced = text[..at].ends_with(' ') && text[at + 1..].starts_with(' ');
        if spaced {
            (at - 1, 3)
        } else {
            (at, 1)
        }
    });
    let Some((at, separator)) = SEPARATORS
        .iter()
        // A byte search first: setting up a substring search costs more than most lines' scan.
        .filter(|(_, dash)| text.contains(*dash))
        .filter_map(|(s, _)| text.find(s).map(|at| (at, s.len())))
        .chain(bar)
        .min()
    else {
        return false;
    };
    let (name, stamp) = (&text[..at], &text[at + separator..]);
    // The places after a bar: a dash may set a tour's date over its venue (`June 9 – Port
    // Ellis, The Pier Hall`).
    let after_bar = text[at..].trim_start().starts_with('|');
    let labelled = is_section_label(stamp) || after_bar && is_place_list(stamp);
    if labelled && is_timestamp(&name.to_lowercase(), residue) {
        return true;
    }
    let short_name = name.split_whitespace().count() <= 4;
    short_name
        && !name.contains(|c: char| c.is_ascii_digit())
        && is_name(name)
        && is_timestamp(&stamp.to_lowercase(), residue)
}

/// A byline's row between bars: the date, the author's name, the reading time (`March 3, 2026
/// | Jo Roe | 4 min read`). Each part is a stamp or a short name, and a stamp comes first or
/// last: a menu row has no stamp, a headline with a date in it has other words.
fn is_stamp_row(text: &str, residue: &Residue) -> bool {
    const NAME_MAX_WORDS: usize = 4;
    // A byte search first: most lines hold no bar.
    if !text.contains('|') || !text.contains(" | ") || !has_digit(text) {
        return false;
    }
    let parts: Vec<&str> = text.split(" | ").map(str::trim).collect();
    let is_stamp = |part: &str| is_timestamp(&part.to_lowercase(), residue);
    let mut names = 0;
    let all_known = parts.iter().all(|part| {
        if is_stamp(part) {
            return true;
        }
        names += 1;
        part.split_whitespace().count() <= NAME_MAX_WORDS && !has_digit(part) && is_name(part)
    });
    let stamp_at_edge =
        parts.first().is_some_and(|p| is_stamp(p)) || parts.last().is_some_and(|p| is_stamp(p));
    all_known && names <= 1 && stamp_at_edge
}

/// A byline whose name runs into its stamp with no separator: `Jo Marsh 05:00, Nov 23 2026`,
/// or a desk's signature that the byline list names (`Rédaction 22-11-26, 10:14`). The stamp
/// must hold a time of day: a title-case headline may end in a date (`… Enters 12th Day`).
fn is_name_glued_to_stamp(text: &str, residue: &Residue) -> bool {
    const NAME_WORDS: std::ops::RangeInclusive<usize> = 2..=3;
    let Some(at) = text.find(|c: char| c.is_ascii_digit()) else {
        return false;
    };
    let (name, stamp) = text.split_at(at);
    let name = name.trim_end();
    let lower = stamp.to_lowercase();
    let has_time = lower
        .split_whitespace()
        .any(|token| is_bare_time(token.trim_end_matches(',')));
    let name_words = name.split_whitespace().count();
    let signature = || {
        (NAME_WORDS.contains(&name_words) && is_name(name))
            || (name_words <= 2 && residue.read_line(name, name_words).0 == Some(Category::Byline))
    };
    has_time && signature() && is_timestamp(&lower, residue)
}

/// A reporter's name and their outlet across a middle dot, as a broadcaster signs its
/// stories: `Jo Marsh · Harbour Radio`.
fn is_name_dot_outlet(text: &str) -> bool {
    // A byte search first: setting up a substring search costs more than most lines' scan.
    if !text.contains('·') {
        return false;
    }
    let Some((name, outlet)) = text.split_once(" · ") else {
        return false;
    };
    let name_words = name.split_whitespace().count();
    (2..=4).contains(&name_words) && is_name(name) && is_section_label(outlet)
}

/// The places a story is filed from, after its stamp: a few capitalised names of up to three
/// words each, joined by commas and `and` (`Port Ellis, Lakeside and New Harbour`), as a
/// sentence lists them.
fn is_place_list(text: &str) -> bool {
    const MAX_PARTS: usize = 4;
    const PLACE_MAX_WORDS: usize = 3;
    let joiners = &name_words().byline;
    let (mut parts, mut words, mut joined) = (0, 0, false);
    for word in text.split_whitespace() {
        if joiners.contains(word) && words > 0 {
            (parts, words, joined) = (parts + 1, 0, true);
            continue;
        }
        let (word, comma) = word.strip_suffix(',').map_or((word, false), |w| (w, true));
        let place_word = word.starts_with(char::is_uppercase)
            && word
                .chars()
                .all(|c| c.is_alphabetic() || "-'’.".contains(c));
        words += 1;
        if !place_word || words > PLACE_MAX_WORDS {
            return false;
        }
        if comma {
            (parts, words) = (parts + 1, 0);
        }
    }
    joined && words > 0 && (2..=MAX_PARTS).contains(&(parts + 1))
}

/// A site section's name: a capitalised word or three (`News`, `Politics & Policy`).
fn is_section_label(text: &str) -> bool {
    const MAX_WORDS: usize = 3;
    let mut words = 0;
    for word in text.split_whitespace() {
        words += 1;
        let capitalised = word.starts_with(|c: char| c.is_uppercase());
        if words > MAX_WORDS || !(capitalised || word == "&") {
            return false;
        }
    }
    words > 0 && !text.contains(|c: char| c.is_ascii_digit() || matches!(c, '.' | '!' | '?'))
}

/// A byline: `Par Jeanne Martin`, `By Tom Baker and Ann Lee, Nov 19, 2019`: an opener, a
/// capitalised name, and hardly any lowercase word that is not part of a date.
fn is_byline(text: &str, lower: &str, residue: &Residue) -> bool {
    let (text, lower) = without_desk(text, lower);
    let Some(opener) = residue.byline_start(lower) else {
        return false;
    };
    // Some outlets set a dash between the opener and the name (`By — Jo Roe`).
    let rest =
        text[opener.len().min(text.len())..].trim_start_matches([' ', ':', '\u{a0}', '—', '–']);
    if !text.is_char_boundary(opener.len()) || !rest.starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    let rest_lower = rest.to_lowercase();
    let joiners = &name_words().byline;
    let content_words = rest
        .split_whitespace()
        .zip(rest_lower.split_whitespace())
        .filter(|(original, lowered)| {
            let word = lowered.trim_matches(|c: char| !c.is_alphanumeric());
            original.starts_with(char::is_lowercase)
                && !is_date_token(word, residue)
                && residue.byline_start(word).is_none()
                && !joiners.contains(word)
        })
        .count();
    let ends_as_sentence = text.ends_with(['.', '!', '?']) && !ends_with_abbreviation(text);
    content_words == 0 || (content_words <= 1 && !ends_as_sentence)
}

/// A byline may open on the outlet's or desk's short label and a slash (`AFP / By Jo Roe`):
/// the label, a word or two in capitals, is dropped before the byline is read.
fn without_desk<'a>(text: &'a str, lower: &'a str) -> (&'a str, &'a str) {
    const LABEL_MAX_BYTES: usize = 16;
    let split = |s: &'a str| {
        let head = s.get(..LABEL_MAX_BYTES + 3).unwrap_or(s);
        // Most lines have no slash: a byte search is cheaper than setting up a substring one.
        head.contains('/')
            .then(|| head.find(" / "))
            .flatten()
            .map(|at| (&s[..at], &s[at + 3..]))
    };
    let (Some((label, rest)), Some((_, rest_lower))) = (split(text), split(lower)) else {
        return (text, lower);
    };
    let is_label = label.split_whitespace().count() <= 2
        && label
            .chars()
            .all(|c| c.is_uppercase() || c == ' ' || c == '-' || c == '&');
    if is_label && !label.is_empty() {
        (rest, rest_lower)
    } else {
        (text, lower)
    }
}

/// `… 11:04 a.m.` or `… J. Smith.`: a final period that belongs to a short token.
fn ends_with_abbreviation(text: &str) -> bool {
    let last = text.split_whitespace().last().unwrap_or("");
    let letters = last.chars().filter(|c| c.is_alphabetic()).count();
    letters <= 2
}

/// A breadcrumb or menu row: at least two separators between short segments
/// (`Accueil > Monde > Europe`, `News | Sport | Culture`).
fn is_breadcrumb(text: &str) -> bool {
    const SEPARATORS: [char; 7] = ['>', '›', '»', '|', '•', '·', '→'];
    if text.matches(SEPARATORS).nth(1).is_none() {
        return false;
    }
    let segments: Vec<&str> = text.split(SEPARATORS).map(str::trim).collect();
    let separators = segments.len() - 1;
    if separators < 2 || text.ends_with('»') {
        return false;
    }
    let first_words = segments[0].split_whitespace().count();
    let longest = segments
        .iter()
        .map(|s| s.split_whitespace().count())
        .max()
        .unwrap_or(0);
    first_words <= 3 && longest <= 10 && !segments[..separators].iter().any(|s| s.is_empty())
}

/// A caption closing on its credit in brackets, the photographer and the outlet around a
/// slash: spaced in round brackets after the caption's stop (`… in November. (Jo Roe / The
/// Harbour Gazette)`), or in square ones, stop or not (`… in 2023 [Jo Roe/Harbour Gazette]`).
fn ends_with_bracketed_credit(text: &str) -> bool {
    let (body, square) = match text.as_bytes().last() {
        Some(b')') => (&text[..text.len() - 1], false),
        Some(b']') => (&text[..text.len() - 1], true),
        _ => return false,
    };
    let Some(open) = body.rfind(if square { '[' } else { '(' }) else {
        return false;
    };
    let (caption, credit) = (body[..open].trim_end(), &body[open + 1..]);
    let placed = if square {
        !caption.is_empty() && credit.contains('/')
    } else {
        caption.ends_with(['.', '!', '?']) && credit.contains(" / ")
    };
    placed && is_credit_name(credit)
}

/// A caption with no stop closing on a credit the lists know, in brackets (`… at the harbour
/// (Handout)`, `… on the quay (Getty Images)`): a paragraph closes on its stop, and a source
/// is labelled (`(Source: …)`).
fn ends_with_listed_credit(text: &str, shape: Shape, residue: &Residue) -> bool {
    const CAPTION_WORDS: std::ops::RangeInclusive<usize> = 4..=30;
    const CREDIT_MAX_WORDS: usize = 3;
    if !text.ends_with(')') || !CAPTION_WORDS.contains(&shape.words) {
        return false;
    }
    let body = &text[..text.len() - 1];
    let Some(open) = body.rfind('(') else {
        return false;
    };
    let (caption, credit) = (body[..open].trim_end(), &body[open + 1..]);
    let credit_words = credit.split_whitespace().count();
    (1..=CREDIT_MAX_WORDS).contains(&credit_words)
        && caption.starts_with(char::is_uppercase)
        && !caption.ends_with(['.', '!', '?', ':'])
        && !caption.contains(['(', '"', '“', '«'])
        && !credit.contains(':')
        && residue.read_line(credit, credit_words).0 == Some(Category::Credit)
}

/// A breadcrumb of two short labels (`Local News | Environment`, `Sport›Rugby`): each a
/// word or two, capitalised. A headline with its kicker has lowercase words.
fn is_short_crumb(text: &str) -> bool {
    const MAX_LEN: usize = 48;
    const LABEL_MAX_WORDS: usize = 2;
    if text.len() > MAX_LEN {
        return false;
    }
    let Some((left, right)) = text.split_once(['|', '>', '›']) else {
        return false;
    };
    let (left, right) = (left.trim(), right.trim());
    let is_label = |label: &str| {
        let words: Vec<&str> = label.split(' ').collect();
        words.len() <= LABEL_MAX_WORDS
            && words.iter().all(|word| {
                let mut chars = word.chars();
                chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase)
            })
    };
    is_label(left) && is_label(right)
}

/// A site's menu flattened into one line with no separators (`Home Town Schools Sport About
/// Contact`): capitalised words only, no punctuation, a good part of them menu entries on
/// their own, the first and the last among them. A headline in title case has its short words
/// in lowercase, and few such entries.
fn is_menu_row(text: &str, shape: Shape, residue: &Residue) -> bool {
    const MIN_WORDS: usize = 4;
    const MIN_ENTRIES: usize = 3;
    if shape.words < MIN_WORDS || shape.lowercase_words > 0 {
        return false;
    }
    let mut entries = 0;
    let mut last_is_entry = false;
    for (index, word) in text.split_whitespace().enumerate() {
        if word == "&" {
            continue;
        }
        if !word.chars().all(char::is_alphabetic) {
            return false;
        }
        last_is_entry = residue.is_menu_word(&word.to_lowercase());
        if index == 0 && !last_is_entry {
            return false;
        }
        entries += usize::from(last_is_entry);
    }
    last_is_entry && entries >= MIN_ENTRIES && entries * 3 >= shape.words
}

/// How many times `. ` occurs in `text`: a search for the rare `.` (memchr) costs a fraction
/// of one for the pair.
fn period_spaces(text: &str) -> usize {
    text.match_indices('.')
        .filter(|&(i, _)| text.as_bytes().get(i + 1) == Some(&b' '))
        .count()
}

/// Several tiny sentences and nothing else: `« Beer lover. Web fan. Avid reader. »`.
fn is_bio_run(text: &str) -> bool {
    // Forty short words at most: long lines are never such a run.
    if text.len() > 400 || period_spaces(text) < 3 {
        return false;
    }
    let inner = text.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, '«' | '»' | '"' | '“' | '”' | '\u{a0}')
    });
    let pieces: Vec<usize> = inner
        .split([' ', '\u{a0}'])
        .collect::<Vec<_>>()
        .join(" ")
        .split(". ")
        .flat_map(|s| s.split("! "))
        .map(|s| s.split_whitespace().count())
        .filter(|&n| n > 0)
        .collect();
    let words: usize = pieces.iter().sum();
    pieces.len() >= 4
        && words <= 40
        && words <= pieces.len() * 9 / 2
        && pieces.iter().all(|&n| n <= 7)
}

/// Lines of text (`""` is a blank line) with the kinds `classify` gives them: the input of the
/// block and figure rules, for their tests.
#[cfg(test)]
pub(super) fn classified(
    texts: &[&'static str],
) -> (Vec<super::lines::Line<'static>>, Vec<LineKind>) {
    classified_in(texts, crate::Lang::En)
}

/// [`classified`] in the given language.
#[cfg(test)]
pub(super) fn classified_in(
    texts: &[&'static str],
    lang: crate::Lang,
) -> (Vec<super::lines::Line<'static>>, Vec<LineKind>) {
    let table = super::residue::residue(lang);
    texts
        .iter()
        .map(|&text| {
            let shape = super::lines::Shape::of(text);
            let (kind, header) = classify(text, shape, table);
            let line = super::lines::Line {
                span: crate::Span::new(0, 0),
                full: crate::Span::new(0, 0),
                text,
                shape,
                header,
            };
            (line, kind)
        })
        .unzip()
}

#[cfg(test)]
mod tests {
    use super::super::residue::residue;
    use super::*;
    use crate::Lang;

    fn kind(text: &str, lang: Lang) -> LineKind {
        classify(text, Shape::of(text), residue(lang)).0
    }

    #[test]
    fn two_stamps_on_one_line_and_a_staff_name_are_bylines() {
        let table = residue(Lang::En);
        for line in [
            "Posted Wed, Jun 3, 2026 at 4:12 pm ET|Updated Thu, Jun 4, 2026 at 9:30 am ET",
            "Jo Marsh, Harbour Staff",
        ] {
            let (kind, _) = classify(line, Shape::of(line), table);
            assert_eq!(kind, LineKind::Residue(Category::Byline), "{line}");
        }
        let line = "Posted on the harbour wall on Wednesday, the notice said the ferry would stop at 4 pm for the whole of June";
        let (kind, _) = classify(line, Shape::of(line), table);
        assert_eq!(kind, LineKind::Text);
    }

    #[test]
    fn an_embedded_post_signature_is_text() {
        for line in [
            "— Jo Marsh (@jomarsh) May 3, 2027",
            "— Harbour Gazette (@HarbourGazette) 3 mai 2027",
        ] {
            assert!(is_post_signature(line), "{line}");
            assert_eq!(kind(line, Lang::En), LineKind::Text, "{line}");
        }
        assert!(!is_post_signature("— Jo Marsh, May 3, 2027"));
        assert!(!is_post_signature("Jo Marsh (@jomarsh) May 3, 2027"));
        // A date ending in letters outside ASCII is read without panicking.
        assert!(!is_post_signature(
            "— Jo Marsh (@jomarsh) le 3 mai à 10h, été"
        ));
    }

    #[test]
    fn a_stamp_labelled_with_its_section_is_a_byline() {
        let byline = LineKind::Residue(Category::Byline);
        assert_eq!(kind("Jun 4, 2027 - News", Lang::En), byline);
        assert_eq!(kind("Jun 4, 2027 | Politics & Policy", Lang::En), byline);
        assert_eq!(kind("4 juin 2027 - Société", Lang::Fr), byline);
        // A stamp with a sentence after it is not furniture.
        let text = LineKind::Text;
        assert_eq!(
            kind("Jun 4, 2027 - The ferry stops for good", Lang::En),
            text
        );
    }

    #[test]
    fn bylines_and_timestamps() {
        let byline = LineKind::Residue(Category::Byline);
        assert_eq!(kind("Edited by: Ann Lee", Lang::En), byline);
        assert_eq!(kind("Researchers: Jo Marsh, Al Li", Lang::En), byline);
        assert_eq!(
            kind("Researchers found the pier was safe.", Lang::En),
            LineKind::Text
        );
        assert_eq!(kind("Par Camille Lefort et Noé Arbel", Lang::Fr), byline);
        assert_eq!(
            kind(
                "Publié le 4 avril 2023 à 18h02, mis à jour à 19h40",
                Lang::Fr
            ),
            byline
        );
        assert_eq!(kind("By Dana Whitfield | March 3, 2021", Lang::En), byline);
        assert_eq!(kind("Updated 14 hours ago", Lang::En), byline);
        assert_eq!(kind("16h05", Lang::Fr), byline);
        assert_eq!(kind("16h", Lang::Fr), LineKind::Text);
        assert_eq!(kind("16h055", Lang::Fr), LineKind::Text);
        assert_eq!(
            kind(
                "By Lena Ortiz on Tuesday, May 7th, 2019 at 9:12 a.m.",
                Lang::En
            ),
            byline
        );
        assert_eq!(
            kind(
                "Maud Olivier - 2 févr. 2024 à 07:15 - Temps de lecture : 4 min",
                Lang::Fr
            ),
            byline
        );
        assert_eq!(kind("Ann Cole | June 9, 2022", Lang::En), byline);
        assert_eq!(
            kind("Le Mans - 3 000 spectateurs attendus", Lang::Fr),
            LineKind::Text
        );
        assert_eq!(
            kind("By March 2020, the orchard had doubled.", Lang::En),
            LineKind::Text
        );
        assert_eq!(
            kind("Par ailleurs, la mairie a voté le budget.", Lang::Fr),
            LineKind::Text
        );
    }

    #[test]
    fn names_are_capitalised_words_and_joiners() {
        assert!(is_name("Lisa Hart and Tom Bell"));
        assert!(is_name("Jo Marsh - Staff Writer"));
        assert!(!is_name("What a Vanishing Glacier Sounds Like"));
        assert!(!is_name("Harbour"));
        assert!(!is_name(
            "Sweden Drops Its Investigation Into Rape Allegation Against Assange"
        ));
    }

    #[test]
    fn breadcrumbs_are_navigation() {
        let nav = LineKind::Residue(Category::Navigation);
        assert_eq!(kind("Accueil > Régions > Bretagne", Lang::Fr), nav);
        assert_eq!(kind("Home › Gardening › Roses in winter", Lang::En), nav);
        assert_eq!(
            kind("« Il faut tenir » : la phrase du jour", Lang::Fr),
            LineKind::Text
        );
    }

    #[test]
    fn a_menu_flattened_into_one_line_is_navigation() {
        let nav = LineKind::Residue(Category::Navigation);
        assert_eq!(
            kind(
                "Home Harbour Boats Tides Weather & Marine About Advertise Contact",
                Lang::En
            ),
            nav
        );
        assert_eq!(
            kind("Accueil Actualités Loisirs Sport Météo", Lang::Fr),
            nav
        );
        for title in [
            "Harbour Board Raises Ferry Fares Again",
            "Local Business News Sport Coverage Cut",
            "Home Sales Rise as Politics Shifts",
        ] {
            assert_eq!(kind(title, Lang::En), LineKind::Text, "{title}");
        }
    }

    #[test]
    fn period_spaces_are_counted_like_the_pair() {
        for text in [
            "",
            ".",
            ". ",
            "a. b. c.",
            "..  . .",
            "Fin. Début.\u{a0}Suite. ",
        ] {
            assert_eq!(period_spaces(text), text.matches(". ").count(), "{text:?}");
        }
    }

    #[test]
    fn tiny_self_descriptions_are_bio_candidates() {
        assert_eq!(
            kind(
                "« Jardinier du dimanche. Amateur de thé. Lecteur compulsif. Geek assumé. »",
                Lang::Fr
            ),
            LineKind::BioCandidate
        );
        assert_eq!(
            kind(
                "« Non. Jamais. Nous ne céderons pas sur ce point. »",
                Lang::Fr
            ),
            LineKind::Text
        );
    }

    #[test]
    fn canadian_stamps_audio_buttons_and_offers_are_residue() {
        let byline = LineKind::Residue(Category::Byline);
        assert_eq!(kind("Publié le 3 mars 2026 à 9 h 05 HNE", Lang::Fr), byline);
        assert_eq!(
            kind("Mis à jour le 3 mars 2026 à 11 h 40 HAE", Lang::Fr),
            byline
        );
        for (line, lang) in [
            ("Écouter l'article | 4 minutes", Lang::Fr),
            (
                "Profitez de notre offre : 2 € par mois pendant 6 mois.",
                Lang::Fr,
            ),
            (
                "This article is only available to Ledger subscribers.",
                Lang::En,
            ),
            (
                "Start your day with the five stories you need. Sign up here.",
                Lang::En,
            ),
        ] {
            assert!(matches!(kind(line, lang), LineKind::Residue(_)), "{line}");
        }
        assert_eq!(
            kind(
                "Le maire a écouté l'article de loi lu à voix haute.",
                Lang::Fr
            ),
            LineKind::Text
        );
    }

    #[test]
    fn a_name_running_into_its_stamp_is_a_byline() {
        let byline = LineKind::Residue(Category::Byline);
        assert_eq!(kind("Jo Marsh 05:00, Nov 23 2026", Lang::En), byline);
        assert_eq!(kind("Léa Roux 3 mars 2026 à 10h15", Lang::Fr), byline);
        assert_eq!(
            kind("Harbour Ferry Strike Enters 12th Day", Lang::En),
            LineKind::Text
        );
        assert_eq!(kind("Apollo Moon Landing 1969", Lang::En), LineKind::Text);
    }

    #[test]
    fn a_desk_signature_running_into_its_stamps_is_a_byline() {
        let byline = LineKind::Residue(Category::Byline);
        let line = "Rédaction 04-03-27, 08:40 Dernière mise à jour: 04-03-27, 09:15";
        assert_eq!(kind(line, Lang::Fr), byline);
        assert_eq!(kind("Rédaction 14-01-27, 17:05", Lang::Fr), byline);
        // A desk's word over a year in a title is no stamp.
        assert_eq!(kind("Rédaction 2027 : le bilan", Lang::Fr), LineKind::Text);
    }

    #[test]
    fn widgets_around_an_article_are_residue() {
        for (line, lang) in [
            ("Vous avez trouvé une erreur? Signalez-la ici.", Lang::Fr),
            ("Listen to this story", Lang::En),
            ("Enjoy more audio and podcasts in our app.", Lang::En),
            ("Your browser does not support the <video> tag.", Lang::En),
            ("Hide ad", Lang::En),
            ("Buy your tickets online before Saturday.", Lang::En),
            (
                "By submitting, you agree to receive emails from the Harbour Gazette.",
                Lang::En,
            ),
            (
                "Kit Moss is paid by the Harbour Trust. He does not work for, consult, own shares in or receive money from any firm that gains from this story.",
                Lang::En,
            ),
            ("Email X (Twitter) Facebook WhatsApp", Lang::En),
            ("Charger les publications précédentes", Lang::Fr),
            ("Match Ball Sponsor: The Anchor Inn, Portwick", Lang::En),
            ("Next home game: Rovers v Eastwick, Saturday 3pm.", Lang::En),
        ] {
            assert!(matches!(kind(line, lang), LineKind::Residue(_)), "{line}");
        }
    }

    #[test]
    fn a_stamp_and_its_place_across_an_unspaced_bar_are_a_byline() {
        let byline = LineKind::Residue(Category::Byline);
        assert_eq!(kind("Jan 9th 2027|Geneva", Lang::En), byline);
        assert_eq!(kind("Storm season|Geneva", Lang::En), LineKind::Text);
    }

    #[test]
    fn a_stamp_of_today_with_either_apostrophe_is_a_byline() {
        let byline = LineKind::Residue(Category::Byline);
        assert_eq!(kind("Publié aujourd’hui à 09h40", Lang::Fr), byline);
        assert_eq!(kind("Mis à jour aujourd'hui à 11h05", Lang::Fr), byline);
    }
}
