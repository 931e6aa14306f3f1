//! The article's head: the headline (and standfirst) above the byline furniture, the lines
//! that open the body under it (an intertitle, a key-points box, a dateline), and the headline
//! of a page whose furniture is already gone.

use super::block::{is_bare_time, starts_with_time};
use super::classify::{is_name, next_non_blank, previous_non_blank, LineKind};
use super::lines::Line;
use super::residue::{name_words, Header};
use super::Category;

/// The headline: the first text line of the document when everything before it is residue
/// and it sits before the article block (inside the block it is kept anyway).
pub(super) fn headline_index(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    block_start: usize,
) -> Option<usize> {
    let first = kinds
        .iter()
        .position(|k| matches!(k, LineKind::Text | LineKind::BioCandidate))?;
    let first = headline_under_kicker(lines, kinds, first, block_start).unwrap_or(first);
    let words = lines[first].shape.words;
    let next_to_block = kinds[first + 1..block_start.max(first + 1)]
        .iter()
        .all(|k| matches!(k, LineKind::Blank | LineKind::Residue(_)));
    let title_like = (2..=30).contains(&words)
        && !lines[first].text.ends_with('.')
        && !is_name(lines[first].text);
    (first < block_start && next_to_block && title_like)
        .then_some(first)
        .or((first >= block_start).then_some(first))
}

/// The headline under a kicker, the section's label over it (`Match report` over `Rovers
/// turn the game around in the last minute`), when nothing but furniture parts the headline
/// from the block: the label is a few words, the headline much longer.
fn headline_under_kicker(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    kicker: usize,
    block_start: usize,
) -> Option<usize> {
    const KICKER_MAX_WORDS: usize = 3;
    const HEADLINE_MIN_WORDS: usize = 6;
    let headline = (kicker + 1..block_start).find(|&i| kinds[i] != LineKind::Blank)?;
    let (label, title) = (lines[kicker].shape, lines[headline].shape);
    let furniture_under = kinds[headline + 1..block_start]
        .iter()
        .all(|k| matches!(k, LineKind::Blank | LineKind::Residue(_)));
    let is_kicker = kinds[kicker] == LineKind::Text
        && label.words <= KICKER_MAX_WORDS
        && !label.terminal
        && !lines[kicker].text.ends_with(':')
        && !is_name(lines[kicker].text);
    let is_headline = kinds[headline] == LineKind::Text
        && title.words >= HEADLINE_MIN_WORDS.max(2 * label.words)
        && !title.is_prose()
        && !lines[headline].text.ends_with('.');
    (is_kicker && is_headline && furniture_under).then_some(headline)
}

/// Non-blank lines above the article block searched for the byline that sits under the head.
const HEAD_WINDOW: usize = 24;
/// Text lines read above the byline: a headline, a standfirst of up to three one-sentence
/// lines, and an author's name.
const HEAD_MAX_LINES: usize = 5;
/// A standfirst says what the article is about in a sentence or two: a short quote or teaser
/// under a title is not one.
const STANDFIRST_MIN_WORDS: usize = 12;
/// A line of running text this long between the byline and the block is article text, not
/// furniture: the head is not looked for above it.
const FURNITURE_MAX_PROSE_WORDS: usize = 25;

/// The article's head when byline furniture (author, date, share buttons, photo caption,
/// video player) separates it from the body: the headline and, under it, the standfirst,
/// as the first and last lines of the head (the same line when there is no standfirst).
/// The head is the run of text lines right above the highest byline or timestamp of that
/// furniture; a short line under a standfirst or under a longer title there is an author's
/// name or a label.
pub(super) fn article_head(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    block_start: usize,
) -> Option<(usize, usize)> {
    const LABEL_MAX_WORDS: usize = 5;
    let found = head_above(lines, kinds, block_start)?;
    if let Some(headline) = headline_over_label(lines, kinds, found) {
        return Some((headline, found.1));
    }
    // A lone short line between furniture (`Powered by X` between a player and a byline) may be
    // furniture too: a head found above it wins.
    let (top, last) = found;
    let above = previous_non_blank(kinds, top);
    let lone_label = top == last
        && lines[top].shape.words <= LABEL_MAX_WORDS
        && above.is_some_and(|i| matches!(kinds[i], LineKind::Residue(_)));
    if lone_label {
        if let Some(higher) = head_above(lines, kinds, top) {
            return Some(higher);
        }
    }
    // A lone line over a live page's first post (its time alone, `18:37`) may close a box
    // under the head's furniture (results, key facts): a headline and standfirst above win.
    if top == last && is_post_time_above(lines, kinds, block_start) {
        if let Some(higher) = head_above(lines, kinds, top).filter(|(title, end)| title < end) {
            return Some(higher);
        }
    }
    // A lone line under a player's or share buttons, furniture under it too (`Voiced by a
    // machine. Learn more` over the player's length), is the player's note: a headline sits
    // over the buttons, not under them, so a headline and standfirst above win.
    let below = next_non_blank(kinds, top + 1);
    let between_furniture = top == last
        && above.is_some_and(|i| kinds[i] == LineKind::Residue(Category::Share))
        && below.is_some_and(|i| matches!(kinds[i], LineKind::Residue(_)));
    if between_furniture {
        if let Some(higher) = head_above(lines, kinds, top).filter(|(title, end)| title < end) {
            return Some(higher);
        }
    }
    Some(found)
}

/// A head read as a key-points label over the standfirst (`What you need to know:` over its
/// sentence) is no headline: the byline may sit between the headline and the label, so the
/// headline is the title line right over that furniture (a few residue lines at most).
fn headline_over_label(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    (label, last): (usize, usize),
) -> Option<usize> {
    const FURNITURE_MAX_LINES: usize = 4;
    if label == last
        || lines[label].header != Header::KeyPoints
        || next_non_blank(kinds, label + 1) != Some(last)
    {
        return None;
    }
    let title = (0..label)
        .rev()
        .filter(|&i| kinds[i] != LineKind::Blank)
        .take(FURNITURE_MAX_LINES + 1)
        .find(|&i| !matches!(kinds[i], LineKind::Residue(_)))?;
    let shape = lines[title].shape;
    let title_like = kinds[title] == LineKind::Text
        && (3..=30).contains(&shape.words)
        && !lines[title].text.ends_with(['.', ':'])
        && lines[title].header == Header::None
        && !is_name(lines[title].text);
    title_like.then_some(title)
}

/// Whether the line right above `start` is a live post's time alone on its line.
fn is_post_time_above(lines: &[Line<'_>], kinds: &[LineKind], start: usize) -> bool {
    (0..start)
        .rev()
        .find(|&i| kinds[i] != LineKind::Blank)
        .is_some_and(|i| {
            kinds[i] == LineKind::Residue(Category::Byline) && is_bare_time(lines[i].text)
        })
}

/// On a live page, the lines between the head's furniture and the first post's time are a
/// box of the article's (`Les résultats` over the figures), though none is running text: the
/// block starts at its top. A link or two under the box (`All the results`) stays residue.
pub(super) fn live_box_start(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    head_end: usize,
    start: usize,
) -> usize {
    const MAX_LINKS: usize = 2;
    const BOX_LINES: std::ops::RangeInclusive<usize> = 2..=8;
    if !is_post_time_above(lines, kinds, start) {
        return start;
    }
    let mut above = (head_end + 1..start)
        .rev()
        .filter(|&i| kinds[i] != LineKind::Blank)
        .skip(1)
        .peekable();
    let mut links = 0;
    while above
        .next_if(|&i| matches!(kinds[i], LineKind::Residue(Category::Related)))
        .is_some()
    {
        links += 1;
    }
    let mut box_lines = 0;
    let mut top = start;
    // The box sits under furniture, not right under the head.
    let mut under_furniture = false;
    for i in above {
        if kinds[i] != LineKind::Text {
            under_furniture = matches!(kinds[i], LineKind::Residue(_));
            break;
        }
        box_lines += 1;
        top = i;
    }
    if links <= MAX_LINKS && under_furniture && BOX_LINES.contains(&box_lines) {
        top
    } else {
        start
    }
}

/// [`article_head`] without its second look above a lone label.
fn head_above(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    block_start: usize,
) -> Option<(usize, usize)> {
    let non_blank = (0..block_start)
        .rev()
        .filter(|&i| kinds[i] != LineKind::Blank)
        .take(HEAD_WINDOW);
    let mut byline = None;
    let mut run: Vec<usize> = Vec::new();
    // The furniture line under the run, while the run is one line: a lone line between two
    // bylines (an author's name) or two captions (a video's title) is furniture too.
    let mut under_run = None;
    let mut below = None;
    // A lone short line under a caption or a player's label (`Now playing`) may be a video's
    // title: taken only when no head shows above the next byline. Under share buttons over its
    // length (`03:12`), it is one when a head shows above the buttons.
    let mut under_caption = None;
    for i in non_blank {
        match kinds[i] {
            LineKind::Residue(category)
                if run.len() == 1
                    && (sandwiched(under_run, category, &lines[run[0]])
                        || is_name_between_buttons(&lines[run[0]], under_run, category)
                        || is_video_title(lines, kinds, run[0], category)
                        || is_player_label(lines, kinds, run[0])) =>
            {
                run.clear();
                below = Some(category);
            }
            LineKind::Residue(category @ (Category::Credit | Category::Share))
                if run.len() == 1
                    && under_caption.is_none()
                    && !lines[run[0]].shape.is_prose()
                    && (category == Category::Credit
                        || has_length_under(lines, kinds, run[0])
                            && head_above(lines, kinds, i).is_some()) =>
            {
                under_caption = run.pop();
                byline = None;
                below = Some(category);
            }
            // A key-points label between the headline and the standfirst (`L'essentiel`), the
            // author's name maybe under the standfirst.
            LineKind::Residue(_)
                if lines[i].header == Header::KeyPoints
                    && is_standfirst_over_names(lines, &run) => {}
            // A subscriber badge (`Réservé aux abonnés`) over the author's name: the name is
            // furniture, the head is above the badge.
            LineKind::Residue(category @ (Category::Paywall | Category::Subscribe))
                if run.len() == 1
                    && under_run == Some(Category::Byline)
                    && is_name(lines[run[0]].text) =>
            {
                run.clear();
                below = Some(category);
            }
            // An author's name over their place (`Jo Roe` over `Port Ellis`), between a
            // player's buttons and the date: both are furniture, the head is above the buttons.
            LineKind::Residue(category @ Category::Share)
                if under_run == Some(Category::Byline) && is_name_over_place(lines, &run) =>
            {
                run.clear();
                below = Some(category);
            }
            // A video's title over its length (`02:37`), a widget of the head over it (the
            // topics' links) and the standfirst over that: the head is above the widget.
            LineKind::Residue(category)
                if run.len() == 1
                    && under_caption.is_none()
                    && is_video_under_widget(lines, kinds, run[0], i) =>
            {
                under_caption = run.pop();
                below = Some(category);
            }
            LineKind::Residue(_) if !run.is_empty() => break,
            LineKind::Residue(category) => {
                byline = byline.or((category == Category::Byline).then_some(i));
                below = Some(category);
            }
            LineKind::BioCandidate => below = None,
            // An author's name over the line of their beat, under the share buttons.
            LineKind::Text
                if run.is_empty()
                    && below == Some(Category::Byline)
                    && is_author_name_in_furniture(lines, kinds, i) => {}
            // A key-points label over the points under the headline (`In summary`): the head
            // runs on above it, the label in it.
            LineKind::Text
                if byline.is_some()
                    && lines[i].header == Header::KeyPoints
                    && SUMMARY_POINTS.contains(&run.len()) => {}
            LineKind::Text if byline.is_some() => {
                if run.is_empty() {
                    under_run = below;
                }
                run.push(i);
                if run.len() == HEAD_MAX_LINES {
                    break;
                }
            }
            LineKind::Text => {
                let shape = lines[i].shape;
                if shape.is_prose() && shape.words >= FURNITURE_MAX_PROSE_WORDS {
                    break;
                }
                below = None;
            }
            LineKind::Blank => {}
        }
    }
    if run.is_empty() {
        run.extend(under_caption);
    }
    // Bottom-up: the line nearest the byline first.
    let shape = |i: usize| lines[i].shape;
    // Names and labels under the head (author, agency, `Key points`) are skipped.
    let mut bottom = 0;
    while let (Some(&name), Some(&above)) = (run.get(bottom), run.get(bottom + 1)) {
        let (name_shape, above) = (shape(name), shape(above));
        let label = !name_shape.is_prose() && name_shape.words <= 8;
        let longer_above = above.words >= 4 && above.words > name_shape.words;
        let signed = is_name(lines[name].text.trim_end_matches('.'))
            || above.words > name_shape.words && is_correspondents(lines[name].text);
        let dateline = is_dateline_under_name(&lines[name], lines[run[bottom + 1]].text);
        let desk = is_desk_under_name(&lines[name], &lines[run[bottom + 1]])
            || is_beat_under_name(&lines[name], &lines[run[bottom + 1]]);
        let place = is_place_under_name(&lines[name], &lines[run[bottom + 1]]);
        if !(signed || dateline || desk || place || label && (above.is_prose() || longer_above)) {
            break;
        }
        bottom += 1;
    }
    if run.get(bottom).is_some_and(|&i| is_name(lines[i].text)) {
        return None;
    }
    // A headline in title case may end in a full stop (`The Wells Went Dry. Now the Town Waits.`).
    let is_title = |i: usize| {
        let shape = shape(i);
        let title_case = shape.lowercase_words * 3 < shape.words;
        (3..=30).contains(&shape.words) && (!lines[i].text.ends_with('.') || title_case)
    };
    let last = *run.get(bottom)?;
    for top in bottom + *SUMMARY_POINTS.start()..run.len() {
        if is_headline_over_points(lines, kinds, run[top], &run[bottom..top]) {
            return Some((run[top], last));
        }
    }
    // A headline written as a sentence or two, full stop and all, over a longer standfirst,
    // with nothing but a short label over it.
    let is_sentence_title = |title: usize| {
        let words = shape(title).words;
        (3..=30).contains(&words)
            && words < shape(last).words
            && run.get(bottom + 2).is_none_or(|&i| shape(i).words <= 3)
    };
    if let Some(&title) = run.get(bottom + 1) {
        // Under a headline with nothing but furniture over it, a shorter sentence is the
        // standfirst too: teaser titles over the head have a paragraph above them.
        let clear_above = previous_non_blank(kinds, title)
            .is_none_or(|i| matches!(kinds[i], LineKind::Residue(_)));
        let standfirst = is_standfirst(lines[last].shape)
            || clear_above && is_short_standfirst(&lines[title], &lines[last]);
        if standfirst
            && (is_title(title) || is_sentence_title(title))
            && !is_label_over_headline(&lines[title], &lines[last])
        {
            // A headline over a shorter line (a score, a kicker) and the standfirst.
            let top = run
                .get(bottom + 2)
                .copied()
                .filter(|&above| is_head_over(&lines[above], &lines[title]));
            return Some((top.unwrap_or(title), last));
        }
    }
    // A headline written as a sentence or two, full stop and all, right over the author's
    // name, with at most a short label over it: a caption does not sit over a byline's name.
    let signed_sentence_title = bottom > 0
        && is_name(lines[run[bottom - 1]].text)
        && (3..=30).contains(&shape(last).words)
        && run[bottom + 1..]
            .iter()
            .all(|&i| shape(i).words <= LABEL_OVER_TITLE_MAX_WORDS)
        && run.len() <= bottom + 2;
    (is_title(last) || signed_sentence_title).then_some((last, last))
}

/// A section's label over a headline (`Local`, `Metro news`).
const LABEL_OVER_TITLE_MAX_WORDS: usize = 3;

/// Whether the run read so far (bottom-up) is one line, or one line over authors' names only:
/// the standfirst a key-points label may sit over.
fn is_standfirst_over_names(lines: &[Line<'_>], run: &[usize]) -> bool {
    run.split_last()
        .is_some_and(|(_, names)| names.iter().all(|&i| is_name(lines[i].text)))
}

/// A correspondent's place under their name (`à Québec`, `in Ottawa`): a few words opening on
/// a lowercase preposition, which neither a headline nor a standfirst does.
fn is_dateline_under_name(line: &Line<'_>, above: &str) -> bool {
    const MAX_WORDS: usize = 4;
    line.shape.words <= MAX_WORDS
        && line.text.starts_with(char::is_lowercase)
        && !line.shape.terminal
        && is_name(above)
}

/// The place an author files from under their name (`Port Ellis` under `Ann Lee`): one or
/// two capitalised words, which neither a headline nor a standfirst is.
fn is_place_under_name(line: &Line<'_>, above: &Line<'_>) -> bool {
    const PLACE_MAX_WORDS: usize = 2;
    const NAME_MAX_WORDS: usize = 3;
    line.shape.words <= PLACE_MAX_WORDS
        && line.text.split_whitespace().all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || "-'’".contains(c))
        })
        && above.shape.words <= NAME_MAX_WORDS
        && is_name(above.text)
}

/// An author's desk or beat under their name (`Foreign Desk` under `Ann Lee`): a capitalised
/// label of two or three words under a short name, which no standfirst is (a handle alone,
/// `@annlee`, leaves the name for the head). A longer beat is in title case, but for a
/// preposition (`North of England Correspondent`), where a title has articles too.
fn is_desk_under_name(line: &Line<'_>, above: &Line<'_>) -> bool {
    const WORDS: std::ops::RangeInclusive<usize> = 2..=3;
    const TITLED_MAX_WORDS: usize = 5;
    let titled = || {
        let prepositions = &name_words().desk;
        line.text
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase) || prepositions.contains(w))
    };
    let words = line.shape.words;
    (WORDS.contains(&words) || (*WORDS.end()..=TITLED_MAX_WORDS).contains(&words) && titled())
        && line.text.starts_with(char::is_uppercase)
        && !line.shape.is_prose()
        && !line.text.ends_with(['.', '!', '?', ':'])
        && above.shape.words <= *WORDS.end()
        && is_name(above.text)
}

/// A reporter's beat under their name, in plain words ending on their job (`Agriculture and
/// markets writer` under `Ann Lee`): a short line no headline or standfirst ends that way.
fn is_beat_under_name(line: &Line<'_>, above: &Line<'_>) -> bool {
    const MAX_WORDS: usize = 6;
    const NAME_MAX_WORDS: usize = 3;
    let last = line.text.split_whitespace().last().unwrap_or_default();
    (2..=MAX_WORDS).contains(&line.shape.words)
        && line.text.starts_with(char::is_uppercase)
        && name_words().beat.contains(last.to_lowercase().as_str())
        && above.shape.words <= NAME_MAX_WORDS
        && is_name(above.text)
}

/// Correspondents and the cities they file from, as the byline under a head signs them: `Ann
/// Lee in Rome and Tom Hart in Oslo`. Each part is a name of two or three capitalised words,
/// then one short lowercase word (the preposition) and a place of one or two capitalised
/// words; parts are joined by a comma or a lowercase joiner.
pub(super) fn is_correspondents(text: &str) -> bool {
    const MAX_PARTS: usize = 3;
    const JOINER_MAX_LEN: usize = 3;
    if text.len() > 160 || text.contains(|c: char| c.is_ascii_digit() || ".!?:;".contains(c)) {
        return false;
    }
    let capitalised = |w: &str| w.starts_with(char::is_uppercase);
    let short_lowercase =
        |w: &str| w.chars().count() <= JOINER_MAX_LEN && w.chars().all(char::is_lowercase);
    // Per part: the name's words, then the place's words once the preposition is read.
    let (mut name, mut place, mut in_place) = (0usize, 0usize, false);
    let (mut parts, mut placed) = (0usize, 0usize);
    let mut close = |name: usize, place: usize, in_place: bool| {
        let ok = (2..=3).contains(&name) && (!in_place || (1..=2).contains(&place));
        parts += 1;
        placed += usize::from(in_place);
        ok
    };
    for word in text.split_whitespace() {
        let (word, comma) = match word.strip_suffix(',') {
            Some(w) => (w, true),
            None => (word, false),
        };
        if capitalised(word) {
            if in_place {
                place += 1;
            } else {
                name += 1;
            }
        } else if short_lowercase(word) && name > 0 && !in_place {
            in_place = true;
        } else if short_lowercase(word) && in_place && place > 0 {
            // A joiner after a place opens the next part.
            if !close(name, place, in_place) {
                return false;
            }
            (name, place, in_place) = (0, 0, false);
            continue;
        } else {
            return false;
        }
        if comma {
            if !close(name, place, in_place) {
                return false;
            }
            (name, place, in_place) = (0, 0, false);
        }
    }
    let last = name == 0 || close(name, place, in_place);
    last && placed > 0 && parts <= MAX_PARTS
}

/// A headline over a few summary points: unfinished lines shorter than it (`Miner cuts its
/// output goal` over `Shares fell as much as 7%`), or finished sentences, every one of them
/// (`The miner cut its goal by a tenth.`). Only furniture or a section label stands above the
/// headline, so that a list of teaser titles over the head is not taken.
fn is_headline_over_points(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    top: usize,
    points: &[usize],
) -> bool {
    const LABEL_MAX_WORDS: usize = 3;
    let words = |i: usize| lines[i].shape.words;
    // Over its points, a headline may run long, as tabloids write them.
    let headline =
        (3..=POINTED_HEADLINE_MAX_WORDS).contains(&words(top)) && is_unfinished(&lines[top]);
    let above = previous_non_blank(kinds, top);
    let clear_above = above
        .is_none_or(|i| matches!(kinds[i], LineKind::Residue(_)) || words(i) <= LABEL_MAX_WORDS);
    SUMMARY_POINTS.contains(&points.len())
        && headline
        && clear_above
        && (points
            .iter()
            .all(|&i| is_point_under(&lines[i], &lines[top]))
            || points.iter().all(|&i| is_sentence_point(&lines[i])))
}

/// A summary point written as a finished sentence of a few words at least.
fn is_sentence_point(line: &Line<'_>) -> bool {
    const POINT_MIN_WORDS: usize = 5;
    line.shape.terminal && line.shape.words >= POINT_MIN_WORDS && line.text.ends_with('.')
}

/// The longest headline taken over summary points.
const POINTED_HEADLINE_MAX_WORDS: usize = 50;
/// How many summary points a headline may have over the text.
const SUMMARY_POINTS: std::ops::RangeInclusive<usize> = 2..=3;

/// A summary point under `headline`: an unfinished line of a few words, shorter than it.
fn is_point_under(line: &Line<'_>, headline: &Line<'_>) -> bool {
    const POINT_MIN_WORDS: usize = 5;
    is_unfinished(line) && (POINT_MIN_WORDS..headline.shape.words).contains(&line.shape.words)
}

fn is_unfinished(line: &Line<'_>) -> bool {
    !line.text.ends_with(['.', '!', '?'])
}

/// A short name right under furniture (share buttons, a date): an author's name, not a title.
fn is_author_name_in_furniture(lines: &[Line<'_>], kinds: &[LineKind], i: usize) -> bool {
    const NAME_MAX_WORDS: usize = 3;
    let above = previous_non_blank(kinds, i);
    lines[i].shape.words <= NAME_MAX_WORDS
        && is_name(lines[i].text)
        && above.is_some_and(|j| matches!(kinds[j], LineKind::Residue(_)))
}

/// The head when the block opens on it: a standfirst (and an author's name) that joined the
/// block over the byline furniture under them. The head is looked for above that byline,
/// which is returned too.
pub(super) fn head_over_byline_in_block(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    start: usize,
) -> Option<((usize, usize), usize)> {
    const LOOKAHEAD: usize = 4;
    let byline = (start..lines.len())
        .filter(|&i| kinds[i] != LineKind::Blank)
        .take(LOOKAHEAD)
        .find(|&i| kinds[i] == LineKind::Residue(Category::Byline))?;
    Some((article_head(lines, kinds, byline + 1)?, byline))
}

/// A standfirst: a sentence or two, with or without its full stop.
fn is_standfirst(shape: super::lines::Shape) -> bool {
    // Half its words in lowercase: a sentence's names and figures (`£62,000`) count against.
    let sentence = shape.is_prose() || shape.lowercase_words * 2 >= shape.words;
    sentence && shape.words >= STANDFIRST_MIN_WORDS
}

/// A label of a few capitalised words (a section's or a programme's name, `Rural Affairs Desk`)
/// over a longer line that does not end like a sentence: that line is the headline, not a
/// standfirst under a headline of three words.
fn is_label_over_headline(title: &Line<'_>, line: &Line<'_>) -> bool {
    const LABEL_MAX_WORDS: usize = 3;
    title.shape.words <= LABEL_MAX_WORDS && is_name(title.text) && !line.shape.terminal
}

/// A standfirst of a short sentence (`Plans would add two floors and a pool to the old mill`),
/// taken under a headline with only furniture above it: longer than the headline, which has
/// lowercase words (a menu flattened into a line has none).
fn is_short_standfirst(headline: &Line<'_>, line: &Line<'_>) -> bool {
    const MIN_WORDS: usize = 9;
    let shape = line.shape;
    shape.words >= MIN_WORDS
        && shape.lowercase_words * 2 >= shape.words
        && shape.words > headline.shape.words
        && headline.shape.lowercase_words > 0
}

/// Whether `above` is a headline over `line`, a shorter title line under it.
fn is_head_over(above: &Line<'_>, line: &Line<'_>) -> bool {
    let words = above.shape.words;
    (3..=30).contains(&words)
        && words > line.shape.words
        && !above.text.ends_with('.')
        && !starts_with_time(above.text)
}

/// Once the byline furniture is gone, a head of three lines (a headline, a shorter title line,
/// a standfirst) or a headline over its summary points reads as it did under the furniture:
/// the block starts under the headline.
pub(super) fn bare_head_end(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    first: usize,
    start: usize,
) -> Option<usize> {
    let between: Vec<usize> = (first + 1..start)
        .filter(|&i| kinds[i] != LineKind::Blank)
        .collect();
    let points = between
        .iter()
        .take(*SUMMARY_POINTS.end())
        .take_while(|&&i| kinds[i] == LineKind::Text && is_point_under(&lines[i], &lines[first]))
        .count();
    if is_headline_over_points(lines, kinds, first, &between[..points]) {
        return Some(between[0]);
    }
    if let [label] = between[..] {
        // A key-points label (`In summary`) under the headline opens the box the block starts
        // with. A line ending on a time or a possessive is cut from furniture, no headline.
        if kinds[label] == LineKind::Text
            && lines[label].header == Header::KeyPoints
            && is_head_over(&lines[first], &lines[label])
            && !has_clock_time(lines[first].text)
            && !(lines[first].text.ends_with("'s") || lines[first].text.ends_with("’s"))
        {
            return Some(label);
        }
    }
    if let [standfirst] = between[..] {
        return is_headline_over_standfirst(&lines[first], &lines[standfirst])
            .then_some(standfirst);
    }
    let [title, standfirst] = between[..] else {
        return None;
    };
    let texts = kinds[title] == LineKind::Text && kinds[standfirst] == LineKind::Text;
    let head = texts
        && is_head_over(&lines[first], &lines[title])
        && lines[title].shape.words >= 3
        && !lines[title].text.ends_with('.')
        && is_standfirst(lines[standfirst].shape);
    head.then_some(title)
}

/// Whether `text` holds a time of day (`4:29`): a timestamp the furniture left glued to its
/// words, not a headline.
fn has_clock_time(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes
        .windows(3)
        .any(|w| w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit())
}

/// Whether `headline` is a headline right over `line`, its standfirst: a title longer than a
/// kicker (`Enquête` over a headline is not a head), no longer than the standfirst under it.
fn is_headline_over_standfirst(headline: &Line<'_>, line: &Line<'_>) -> bool {
    const HEADLINE_MIN_WORDS: usize = 4;
    let words = headline.shape.words;
    (HEADLINE_MIN_WORDS..=30).contains(&words)
        && words <= line.shape.words
        && !headline.text.ends_with('.')
        && !starts_with_time(headline.text)
        && !is_name(headline.text)
        // Nothing is over the headline: a short standfirst is taken, as under the furniture.
        && (is_standfirst(line.shape) || is_short_standfirst(headline, line))
}

/// Under a head and its furniture, the title lines right above the block open the article's
/// body: an intertitle (`Ce qu'il faut retenir`, `What we know`), or a key-points box (a label
/// such as `Summary`, then a few one-line points, maybe over an image). The block starts
/// there. Without a head found, only a box right under the first line (a headline) is taken:
/// once the furniture is gone, that is how a second pass reads the head and the box.
pub(super) fn opening_intertitle(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    head_end: usize,
    start: usize,
    under_furniture: bool,
) -> usize {
    const MAX_POINTS: usize = 6;
    const POINT_MAX_WORDS: usize = 30;
    let mut above = (head_end + 1..start)
        .rev()
        .filter(|&i| kinds[i] != LineKind::Blank);
    let mut box_lines = Vec::new();
    for i in above.by_ref().take(MAX_POINTS + 2) {
        // An image (its caption and credit) or an ad may stand between the box and the text.
        let figure = matches!(
            kinds[i],
            LineKind::Residue(Category::Credit | Category::Advertisement)
        );
        if figure && box_lines.is_empty() {
            continue;
        }
        if kinds[i] != LineKind::Text || lines[i].shape.words > POINT_MAX_WORDS {
            break;
        }
        box_lines.push(i);
        if lines[i].header == Header::KeyPoints {
            if box_lines.len() >= 2 {
                return i;
            }
            break;
        }
    }
    let nearest = (head_end + 1..start)
        .rev()
        .find(|&i| kinds[i] != LineKind::Blank);
    // A dateline, or a match's result, opens the text under a bare headline too.
    let dateline = |n: usize| {
        kinds[n] == LineKind::Text && (is_dateline(lines[n].text) || is_result(lines[n].text))
    };
    let Some(nearest) = nearest.filter(|&n| under_furniture || dateline(n)) else {
        return start;
    };
    // A short line under an image's credit is its caption.
    let under_credit = (head_end + 1..nearest)
        .rev()
        .find(|&i| kinds[i] != LineKind::Blank)
        .is_some_and(|i| kinds[i] == LineKind::Residue(Category::Credit));
    let shape = lines[nearest].shape;
    let text = lines[nearest].text;
    let heading = (3..=8).contains(&shape.words) && !shape.terminal && !is_name(text);
    let key_points = lines[nearest].header == Header::KeyPoints;
    // A match's result over the report is no caption, under a photo or not.
    let title = kinds[nearest] == LineKind::Text
        && (key_points || is_dateline(text) || heading && (!under_credit || is_result(text)));
    if title {
        nearest
    } else {
        start
    }
}

/// A match's result: two sides, each with its score (`Portwick Rovers 3 Eastwick 1`), or the
/// score between them (`Portwick 3-1 Eastwick`).
pub(super) fn is_result(text: &str) -> bool {
    #[derive(PartialEq)]
    enum Token {
        Side,
        Score,
        JoinedScore,
    }
    let is_score =
        |word: &str| (1..=3).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit());
    let mut read: Vec<Token> = Vec::new();
    for word in text.split_whitespace() {
        let token = match word.split_once(['-', '–']) {
            _ if is_score(word) => Token::Score,
            Some((home, away)) if is_score(home) && is_score(away) => Token::JoinedScore,
            _ if word.starts_with(char::is_uppercase) || word == "&" => Token::Side,
            _ => return false,
        };
        // A side's name is one token however many words it has.
        if !(token == Token::Side && read.last() == Some(&Token::Side)) {
            read.push(token);
        }
    }
    use Token::{JoinedScore, Score, Side};
    matches!(
        read[..],
        [Side, Score, Side, Score] | [Side, JoinedScore, Side]
    )
}

/// A dateline on its own line: a place and its region in brackets (`Saint-Malo
/// (Ille-et-Vilaine)`), a place in capitals before a dash (`PORT ELLIS, Maine —`), or a
/// place in capitals alone (`PORT ELLIS`).
pub(super) fn is_dateline(text: &str) -> bool {
    const MAX_WORDS: usize = 5;
    const BARE_MAX_WORDS: usize = 3;
    const BARE_MIN_LETTERS: usize = 3;
    let words = text.split_whitespace().count();
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    let bare_place = words <= BARE_MAX_WORDS
        && letters >= BARE_MIN_LETTERS
        && text
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | '-' | '.' | '\'' | '’'));
    if bare_place {
        return true;
    }
    if is_dated_place(text) || is_reporters_place(text) {
        return true;
    }
    let place = text.starts_with(char::is_uppercase) && words <= MAX_WORDS;
    let bracketed = text.ends_with(')') && text.contains(" (");
    let dashed = text.ends_with(['—', '–']) || text.ends_with(" -");
    let capitals = text.split_whitespace().next().is_some_and(|w| {
        w.chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
    });
    place && (bracketed || dashed && capitals)
}

/// A place in capitals, its region maybe, then the date, between commas: `PORT ELLIS, MAINE,
/// 3 May 2026`, `PORT ELLIS, May 3, 2026`.
fn is_dated_place(text: &str) -> bool {
    const MAX_WORDS: usize = 8;
    let Some((place, date)) = text.split_once(", ") else {
        return false;
    };
    let capitals = place.chars().any(char::is_alphabetic)
        && place
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | '-' | '.' | '\'' | '’'));
    let year = date.rsplit([' ', ',']).next().is_some_and(|y| {
        y.len() == 4
            && (y.starts_with("19") || y.starts_with("20"))
            && y.bytes().all(|b| b.is_ascii_digit())
    });
    capitals && year && text.split_whitespace().count() <= MAX_WORDS
}

/// A place, its region in brackets, and the reporter sent there (`Saint-Malo
/// (Ille-et-Vilaine), envoyé spécial`): a few lowercase words after the bracket.
fn is_reporters_place(text: &str) -> bool {
    const ROLE_MAX_WORDS: usize = 3;
    let Some((place, role)) = text.rsplit_once("), ") else {
        return false;
    };
    let role_words = role.split_whitespace().count();
    text.starts_with(char::is_uppercase)
        && place.contains(" (")
        && (1..=ROLE_MAX_WORDS).contains(&role_words)
        && role.split_whitespace().all(|w| {
            w.chars()
                .all(|c| c.is_lowercase() || matches!(c, '-' | '\'' | '’'))
        })
}

/// Whether a lone short name between buttons or stamps (an audio player's `Transcript` over
/// it, share buttons under it) is the author's, not a headline: a headline sits under the
/// site's menu, not between buttons.
fn is_name_between_buttons(line: &Line<'_>, under: Option<Category>, above: Category) -> bool {
    const NAME_MAX_WORDS: usize = 3;
    let buttons = |category: Category| matches!(category, Category::Share | Category::Byline);
    under.is_some_and(buttons)
        && buttons(above)
        && line.shape.words <= NAME_MAX_WORDS
        && is_name(line.text)
}

/// Whether the run (bottom-up) is two short names, a place under an author's name.
fn is_name_over_place(lines: &[Line<'_>], run: &[usize]) -> bool {
    const NAME_MAX_WORDS: usize = 3;
    run.len() == 2
        && run
            .iter()
            .all(|&i| lines[i].shape.words <= NAME_MAX_WORDS && is_name(lines[i].text))
}

/// Whether the lone text line `title` is a video's, between its player's label (`Watch`, a
/// credit over it) and its length alone under it (`02:14`): the head is above the player.
fn is_video_title(lines: &[Line<'_>], kinds: &[LineKind], title: usize, above: Category) -> bool {
    let under = next_non_blank(kinds, title + 1);
    above == Category::Credit
        && !lines[title].shape.is_prose()
        && under.is_some_and(|i| {
            kinds[i] == LineKind::Residue(Category::Byline) && is_bare_time(lines[i].text)
        })
}

/// Whether the lone text line `title`, its length under it, is a video's under the head's
/// widget `widget`: a standfirst, a sentence, sits right over the widget.
fn is_video_under_widget(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    title: usize,
    widget: usize,
) -> bool {
    // A video's title may ask its question (`Can the port keep up?`): it is read by its length.
    lines[title].shape.words < FURNITURE_MAX_PROSE_WORDS
        && has_length_under(lines, kinds, title)
        && previous_non_blank(kinds, widget)
            .is_some_and(|i| kinds[i] == LineKind::Text && is_standfirst(lines[i].shape))
}

/// Whether the line under `title` is a video's length alone (`03:12`): under share buttons,
/// such a title is the video's, the page's head is above the buttons.
fn has_length_under(lines: &[Line<'_>], kinds: &[LineKind], title: usize) -> bool {
    next_non_blank(kinds, title + 1).is_some_and(|i| {
        kinds[i] == LineKind::Residue(Category::Byline) && is_bare_time(lines[i].text)
    })
}

/// Whether the lone text line `label` is a video player's (`Harbour TV`): a few words over the
/// video's title, a residue line, and its length alone (`01:48`).
fn is_player_label(lines: &[Line<'_>], kinds: &[LineKind], label: usize) -> bool {
    const LABEL_MAX_WORDS: usize = 3;
    let shape = lines[label].shape;
    if shape.words > LABEL_MAX_WORDS || shape.terminal {
        return false;
    }
    let mut under = (label + 1..lines.len()).filter(|&i| kinds[i] != LineKind::Blank);
    let title = under.next();
    let length = under.next();
    title.is_some_and(|i| matches!(kinds[i], LineKind::Residue(_)))
        && length.is_some_and(|i| {
            kinds[i] == LineKind::Residue(Category::Byline) && is_bare_time(lines[i].text)
        })
}

/// Whether a lone text line with `above` over it and `under` below it is furniture: a name
/// between two byline lines, a video title or caption between two credit lines. A longer line
/// under a stamp and over the byline is the headline (`Updated 2 hours ago` over it).
fn sandwiched(under: Option<Category>, above: Category, line: &Line<'_>) -> bool {
    const NAMES_MAX_WORDS: usize = 6;
    match (under, above) {
        (Some(Category::Byline), Category::Byline) => line.shape.words <= NAMES_MAX_WORDS,
        (Some(Category::Credit), Category::Credit) => true,
        _ => false,
    }
}
