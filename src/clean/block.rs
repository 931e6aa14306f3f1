//! Long-range decisions over the whole text: where the article block is (the densest run of
//! long punctuated lines), where a comment section or a related-links list begins, which line
//! is the headline and where it is repeated.

use super::classify::{
    is_counter, is_name, is_post_signature, next_non_blank, previous_non_blank, LineKind,
};
use super::figure;
use super::head::{
    article_head, bare_head_end, head_over_byline_in_block, headline_index, live_box_start,
    opening_intertitle,
};
use super::lines::Line;
use super::residue::{has_line_key, line_key, Header};
use super::Category;
use rustc_hash::FxHasher;
use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};

/// Share of the article's text that must come before a comment header for the rest of the
/// page to be treated as comments.
const COMMENTS_AFTER_SHARE: f64 = 0.6;
/// The same share when signed comments (names and dates) follow the header: two of them, or
/// three, when a long discussion under a short post outweighs the article many times.
const SIGNED_COMMENTS_AFTER_SHARE: [(usize, f64); 2] = [(2, 0.15), (3, 0.02)];
/// Lines after a comment header searched for comment signatures.
const COMMENT_SIGNATURE_WINDOW: usize = 12;
/// Share of the article's text that must come before an author description for it to be
/// treated as a bio box rather than article text.
const BIO_AFTER_SHARE: f64 = 0.7;

/// The verdict on every line: `None` keeps it, `Some(category)` removes it.
pub fn decide(lines: &[Line<'_>], kinds: &[LineKind]) -> Vec<Option<Category>> {
    let kinds = with_tags(lines, kinds);
    let kinds = &with_boxed_lines(
        lines,
        // Counters first: a count under share buttons is furniture a caption may sit under.
        with_names_between_bylines(
            lines,
            figure::with_figures(lines, with_counters(lines, kinds)),
        ),
    )[..];
    let weights: Vec<i64> = (0..lines.len())
        .map(|i| {
            let text_next = (i + 1..lines.len())
                .find(|&j| kinds[j] != LineKind::Blank)
                .is_some_and(|j| kinds[j] == LineKind::Text);
            weight(&lines[i], kinds[i], text_next)
        })
        .collect();
    let (block_start, end) = article_block(&weights).unwrap_or((0, lines.len()));
    let (start, end) = widen_across_widgets(lines, kinds, &weights, block_start, end);
    // A standfirst over the byline furniture may have joined the block: the head is then
    // found above the furniture, from where the block was before.
    let mut head = article_head(lines, kinds, start).or_else(|| {
        (start < block_start)
            .then(|| article_head(lines, kinds, block_start))
            .flatten()
    });
    let mut start = start;
    if head.is_none() {
        // Found over the byline inside the block, the head leaves that furniture out of it.
        if let Some((found, byline)) = head_over_byline_in_block(lines, kinds, start) {
            head = Some(found);
            start = byline + 1;
        }
    }
    let start = match head {
        Some((_, last)) => live_box_start(
            lines,
            kinds,
            last,
            opening_intertitle(lines, kinds, last, start, true),
        ),
        None => match kinds.iter().position(|k| *k != LineKind::Blank) {
            Some(first) if first < start && kinds[first] == LineKind::Text => {
                let start = opening_intertitle(lines, kinds, first, start, false);
                bare_head_end(lines, kinds, first, start).unwrap_or(start)
            }
            _ => start,
        },
    };
    let headline = head
        .map(|(title, _)| title)
        .or_else(|| headline_index(lines, kinds, start));
    let total: i64 = weights.iter().map(|w| w.max(&0)).sum();
    let mut before = 0;
    let share_before: Vec<f64> = weights
        .iter()
        .map(|w| {
            let share = before as f64 / total.max(1) as f64;
            before += w.max(&0);
            share
        })
        .collect();
    let mut verdicts: Vec<Option<Category>> = kinds
        .iter()
        .enumerate()
        .map(|(i, kind)| match *kind {
            LineKind::Blank => None,
            LineKind::Residue(category) => Some(category),
            LineKind::BioCandidate
                if share_before[i] >= BIO_AFTER_SHARE || !has_prose_after(lines, kinds, i) =>
            {
                Some(Category::AuthorBio)
            }
            LineKind::BioCandidate | LineKind::Text => {
                let in_head = head.is_some_and(|(title, last)| (title..=last).contains(&i));
                let inside = (start..end).contains(&i) || Some(i) == headline || in_head;
                (!inside).then_some(Category::OutsideArticle)
            }
        })
        .collect();
    cut_comment_section(lines, kinds, &weights, &mut verdicts);
    cut_after_end_marker(lines, kinds, &weights, &mut verdicts);
    cut_related_section(lines, kinds, &weights, &mut verdicts);
    drop_related_lists(lines, kinds, head.map(|(title, _)| title), &mut verdicts);
    drop_repeated_headline(lines, headline, &mut verdicts);
    drop_second_copies(lines, &mut verdicts);
    drop_masthead_repeat(lines, kinds, headline, &mut verdicts);
    drop_pull_quotes(lines, headline, &mut verdicts);
    keep_key_points_labels(lines, kinds, &mut verdicts);
    drop_label_over_standfirst(
        lines,
        kinds,
        (headline, head.map(|(_, last)| last)),
        &mut verdicts,
    );
    drop_machine_summaries(lines, kinds, &mut verdicts);
    drop_polls(lines, kinds, &mut verdicts);
    verdicts
}

/// A reader poll set in the page: its label maybe (`Poll`), a question, a few short answers
/// and under them the count of votes (`1,284 votes`) or the poll's buttons (`Vote | View
/// results`). That closing line, residue of its own, tells the box from a question the
/// article asks over a short list.
fn drop_polls(lines: &[Line<'_>], kinds: &[LineKind], verdicts: &mut [Option<Category>]) {
    const ANSWERS: std::ops::RangeInclusive<usize> = 2..=6;
    const ANSWER_MAX_WORDS: usize = 8;
    const LABEL_MAX_WORDS: usize = 2;
    let closes_poll = |i: usize| lines[i].header == Header::PollButtons;
    for count in 0..lines.len() {
        if !is_vote_count(lines[count].text) && !closes_poll(count) {
            continue;
        }
        // A row of buttons is read from its first one.
        let mut above = (0..count)
            .rev()
            .filter(|&i| kinds[i] != LineKind::Blank)
            .peekable();
        let mut buttons = vec![count];
        while let Some(i) = above.next_if(|&i| closes_poll(i)) {
            buttons.push(i);
        }
        let mut answers = Vec::new();
        let question = loop {
            let Some(i) = above.next() else { break None };
            let line = &lines[i];
            // The answers may stand in one row between bars (`Yes | No | Not sure`).
            if answers.is_empty() && is_answer_row(line, kinds[i]) {
                answers.extend(std::iter::repeat_n(i, line.text.matches('|').count() + 1));
                continue;
            }
            if kinds[i] != LineKind::Text {
                break None;
            }
            if line.text.ends_with('?') {
                break Some(i);
            }
            if line.shape.words > ANSWER_MAX_WORDS || line.text.ends_with('.') {
                break None;
            }
            answers.push(i);
        };
        let Some(question) = question.filter(|_| ANSWERS.contains(&answers.len())) else {
            continue;
        };
        let label = above.next().filter(|&i| {
            let line = &lines[i];
            kinds[i] == LineKind::Text
                && line.shape.words <= LABEL_MAX_WORDS
                && !line.shape.terminal
        });
        answers.dedup();
        for i in answers
            .into_iter()
            .chain([question])
            .chain(buttons)
            .chain(label)
        {
            verdicts[i] = Some(Category::Comments);
        }
    }
}

/// A poll's answers in one row between bars, read as a menu or as text: a few short choices
/// (`Oui, de temps en temps | Non, jamais`).
fn is_answer_row(line: &Line<'_>, kind: LineKind) -> bool {
    const CHOICE_MAX_WORDS: usize = 5;
    matches!(
        kind,
        LineKind::Residue(Category::Navigation) | LineKind::Text
    ) && line.text.contains(" | ")
        && line
            .text
            .split('|')
            .all(|choice| (1..=CHOICE_MAX_WORDS).contains(&choice.split_whitespace().count()))
}

/// A poll's count of votes: a number and the word (`1,284 votes`, `1’284 votes`).
fn is_vote_count(text: &str) -> bool {
    const MAX_LEN: usize = 24;
    if text.len() > MAX_LEN || !text.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let Some((number, word)) = text.rsplit_once(' ') else {
        return false;
    };
    (word.eq_ignore_ascii_case("votes") || word.eq_ignore_ascii_case("vote"))
        && number
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | ' ' | '\'' | '’' | '\u{a0}'))
}

/// A key-points box the site writes by machine: its label (`Key takeaways`) over a notice
/// (`Generated by AI`), the points, and a notice again (or a photo's credit) under them. The
/// points sum up the article for the site, not in the author's words: the box goes whole.
fn drop_machine_summaries(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    verdicts: &mut [Option<Category>],
) {
    const MAX_POINTS: usize = 5;
    const POINT_MAX_WORDS: usize = 40;
    let notice = LineKind::Residue(Category::OutsideArticle);
    let credit = LineKind::Residue(Category::Credit);
    for i in 0..lines.len() {
        if lines[i].header != Header::KeyPoints {
            continue;
        }
        let mut under = (i + 1..lines.len()).filter(|&j| kinds[j] != LineKind::Blank);
        if under.next().is_none_or(|j| kinds[j] != notice) {
            continue;
        }
        let mut points = Vec::new();
        let closed = loop {
            match under.next() {
                Some(j)
                    if kinds[j] == LineKind::Text
                        && lines[j].shape.words <= POINT_MAX_WORDS
                        && points.len() < MAX_POINTS =>
                {
                    points.push(j);
                }
                // The box may end on a photo's credit instead of a second notice: the last
                // point is then the photo's caption, which goes with the box.
                Some(j) => break kinds[j] == notice || kinds[j] == credit,
                None => break false,
            }
        };
        if closed && !points.is_empty() {
            for j in std::iter::once(i).chain(points) {
                verdicts[j] = Some(Category::OutsideArticle);
            }
        }
    }
}

/// A key-points label that also names a site's section (`L'essentiel`) is the article's when
/// the points under it are kept: a list, its items marked or two kept lines in a row. Over a
/// lone standfirst, the label is the site's.
fn keep_key_points_labels(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    verdicts: &mut [Option<Category>],
) {
    const LIST_MARKS: [char; 6] = ['-', '–', '—', '•', '·', '*'];
    for i in 0..lines.len() {
        let listed = matches!(
            verdicts[i],
            Some(Category::Related | Category::Navigation | Category::OutsideArticle)
        );
        if lines[i].header != Header::KeyPoints || !listed {
            continue;
        }
        let mut under = (i + 1..lines.len()).filter(|&j| kinds[j] != LineKind::Blank);
        let kept_text = |j: usize| kinds[j] == LineKind::Text && verdicts[j].is_none();
        let Some(first) = under.next().filter(|&j| kept_text(j)) else {
            continue;
        };
        let marked = lines[first].text.starts_with(LIST_MARKS);
        if marked || under.next().is_some_and(kept_text) {
            verdicts[i] = None;
        }
    }
}

/// A key-points label under the headline over nothing but the standfirst (`Summary` over one
/// sentence, furniture or the head's end under it) is the site's furniture, not a box of the
/// article's: it goes, the standfirst stays. Only furniture stands between it and the headline.
fn drop_label_over_standfirst(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    (headline, head_end): (Option<usize>, Option<usize>),
    verdicts: &mut [Option<Category>],
) {
    let Some(title) = headline else {
        return;
    };
    let Some(label) = (title + 1..lines.len())
        .find(|&i| !matches!(kinds[i], LineKind::Blank | LineKind::Residue(_)))
    else {
        return;
    };
    let kept_text = |i: usize| kinds[i] == LineKind::Text && verdicts[i].is_none();
    if !kept_text(label) || lines[label].header != Header::KeyPoints {
        return;
    }
    let Some(standfirst) = next_non_blank(kinds, label + 1).filter(|&j| kept_text(j)) else {
        return;
    };
    let furniture_under =
        next_non_blank(kinds, standfirst + 1).is_none_or(|k| verdicts[k].is_some());
    if furniture_under || head_end == Some(standfirst) {
        verdicts[label] = Some(Category::OutsideArticle);
    }
}

/// How much a line argues for being inside the article: running text counts its words,
/// short lines and residue count against.
fn weight(line: &Line<'_>, kind: LineKind, text_next: bool) -> i64 {
    let words = line.shape.words as i64;
    match kind {
        LineKind::Blank => 0,
        // Known residue is a strong border: the article rarely continues across a widget.
        LineKind::Residue(_) | LineKind::BioCandidate => -(12 + words.min(20) / 2),
        LineKind::Text if line.shape.is_prose() || is_post_signature(line.text) => words,
        // Weakly for: a long list of rules under a comment form must not outweigh the article.
        LineKind::Text if is_list_sentence(line, text_next) => 1,
        LineKind::Text if line.shape.terminal => -1,
        // Unknown short lines (intertitles, list items) only weakly argue against.
        LineKind::Text => -(1 + words / 4),
    }
}

/// A sentence that opens a list (`The council will:`) or is an item of one (`- raise the
/// rates in July;`): running text, though it does not end like a sentence. A list's opening
/// has its items under it (`Share this story:` has buttons).
fn is_list_sentence(line: &Line<'_>, text_next: bool) -> bool {
    const MIN_WORDS: usize = 5;
    let shape = line.shape;
    let list_mark = line.text.ends_with([':', ';']) && text_next;
    shape.words >= MIN_WORDS && shape.lowercase_words * 2 >= shape.words && list_mark
}

/// The maximum-sum run of lines `[start, end)`, if any run has a positive sum.
fn article_block(weights: &[i64]) -> Option<(usize, usize)> {
    let mut best: Option<(i64, usize, usize)> = None;
    let mut sum = 0;
    let mut start = 0;
    for (i, &w) in weights.iter().enumerate() {
        if sum <= 0 {
            sum = 0;
            start = i;
        }
        sum += w;
        if sum > 0 && best.is_none_or(|(b, _, _)| sum > b) {
            best = Some((sum, start, i + 1));
        }
    }
    best.map(|(_, s, e)| (s, e))
}

/// A heading is a few words.
const SECTION_HEADING_MAX_WORDS: usize = 12;

/// Most residue lines sit between paragraphs of the article (`Lire aussi : …`, `Publicité`):
/// running text separated from the block by nothing but a few residue lines belongs to it,
/// and so does a live-blog post (`11h20. …`, `2.50am: …`), short lines and all, that such
/// lines (`Share`, `Updated at …`, its time alone) separate from it. A heading over a
/// paragraph is crossed to that paragraph.
fn widen_across_widgets(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    weights: &[i64],
    mut start: usize,
    mut end: usize,
) -> (usize, usize) {
    const MAX_GAP: usize = 2;
    const MAX_POST_GAP: usize = 3;
    let is_article_prose = |i: usize| {
        kinds[i] == LineKind::Text && lines[i].shape.is_prose() && lines[i].shape.words >= 10
    };
    let is_post_heading = |i: usize| kinds[i] == LineKind::Text && starts_with_time(lines[i].text);
    let is_gap = |i: usize| matches!(kinds[i], LineKind::Blank | LineKind::Residue(_));
    // A live blog's posts are headed by their time alone on a line (`15h42`): the gap
    // between two posts holds it besides the buttons that close the post above.
    let is_post_time =
        |i: usize| kinds[i] == LineKind::Residue(Category::Byline) && is_bare_time(lines[i].text);
    let gap_limit = |timed: bool| if timed { MAX_POST_GAP } else { MAX_GAP };
    // A heading after a widget, over the paragraph it heads.
    let is_section_heading = |i: usize| {
        let shape = lines[i].shape;
        kinds[i] == LineKind::Text
            && !shape.is_prose()
            && (2..=SECTION_HEADING_MAX_WORDS).contains(&shape.words)
            && (i + 1..lines.len())
                .find(|&j| kinds[j] != LineKind::Blank)
                .is_some_and(is_article_prose)
    };
    let above = |i: usize| previous_non_blank(kinds, i);
    loop {
        // With the heading over its first paragraph, under a widget between paragraphs or a
        // post's time, with a paragraph over that (not under a credit, whose caption it would
        // be, nor under the head's furniture).
        if let Some(heading) = above(start).filter(|&j| is_section_heading(j)) {
            let between_paragraphs = |j: usize| {
                is_post_time(j)
                    || matches!(
                        kinds[j],
                        LineKind::Residue(
                            Category::Share
                                | Category::Advertisement
                                | Category::Related
                                | Category::Subscribe
                                | Category::Paywall
                        )
                    )
            };
            // A figure's caption and credit, both read, are a widget too: a caption left
            // unread under a credit would be the heading.
            let credit = LineKind::Residue(Category::Credit);
            let under_figure =
                |j: usize| kinds[j] == credit && above(j).is_some_and(|c| kinds[c] == credit);
            let text_over_widget = (0..heading).rev().find(|&j| !is_gap(j));
            let under_widget =
                above(heading).is_some_and(|j| between_paragraphs(j) || under_figure(j));
            if under_widget && text_over_widget.is_some_and(is_article_prose) {
                start = heading;
            }
        }
        let mut i = start;
        let mut residue_lines = 0;
        let mut timed = false;
        while i > 0 && is_gap(i - 1) && residue_lines <= MAX_POST_GAP {
            i -= 1;
            residue_lines += usize::from(opens_widget(kinds, i, i + 1..start));
            timed |= is_post_time(i);
        }
        if i == 0 {
            break;
        }
        if i < start && residue_lines <= gap_limit(timed) && is_article_prose(i - 1) {
            // With the best run of text lines that precedes it.
            start = best_run_start(weights, kinds, i - 1);
            continue;
        }
        // A post above: its lines up to its timestamped heading.
        let post_top = (0..i)
            .rev()
            .take_while(|&j| !is_gap(j) || kinds[j] == LineKind::Blank)
            .find(|&j| is_post_heading(j));
        match post_top {
            Some(top) if residue_lines <= MAX_POST_GAP => start = top,
            _ => break,
        }
    }
    loop {
        let mut i = end;
        let mut residue_lines = 0;
        let mut timed = false;
        while i < lines.len() && is_gap(i) && residue_lines <= MAX_POST_GAP {
            residue_lines += usize::from(opens_widget(kinds, i, (end..i).rev()));
            timed |= is_post_time(i);
            i += 1;
        }
        if i == end || i == lines.len() {
            break;
        }
        if residue_lines <= gap_limit(timed) && (is_article_prose(i) || is_section_heading(i)) {
            // With the best run of text lines that follows it.
            end = best_run_end(weights, kinds, i);
        } else if let Some(list_end) = (residue_lines <= gap_limit(timed))
            .then(|| list_run_end(lines, kinds, weights, i))
            .flatten()
        {
            end = list_end;
        } else if residue_lines <= MAX_POST_GAP && is_post_heading(i) {
            // The post runs to the next residue line.
            end = (i..lines.len())
                .take_while(|&j| !matches!(kinds[j], LineKind::Residue(_)))
                .last()
                .map_or(i + 1, |j| j + 1);
        } else {
            break;
        }
    }
    // A box of facts closing the article (`Referee: Jo Marsh.`), each a label and its value,
    // under a heading of its own (`UP NEXT`, over `Kings: Visit Chicago on Thursday.`).
    end = facts_heading_end(lines, kinds, end).unwrap_or(end);
    end = match_sheet_end(lines, kinds, end).unwrap_or(end);
    while let Some(next) = next_non_blank(kinds, end) {
        if kinds[next] != LineKind::Text || !is_fact(lines[next].text) {
            break;
        }
        end = next + 1;
    }
    // A short last paragraph (`Entry is free.`) under the last one, before the page's widgets.
    let next = next_non_blank(kinds, end);
    if let Some(last) = next.filter(|&j| is_closing_sentence(lines, kinds, end, j)) {
        end = last + 1;
    }
    if let Some(list_end) = dated_list_end(lines, kinds, end) {
        end = list_end;
    }
    (start, end)
}

/// The end of a list of dates closing the article under its last paragraph (a tour's or a
/// season's dates, `June 9 – Tampa, FL`, `14 mars : Lyon`), with its heading (`Tour dates:`),
/// when the list runs to the page's widgets: no teaser list is dated on every line.
fn dated_list_end(lines: &[Line<'_>], kinds: &[LineKind], end: usize) -> Option<usize> {
    const MIN_ITEMS: usize = 3;
    // A date and what happens on it: bare counts (`10`, `2`) under a post are not a list.
    const ITEM_WORDS: std::ops::RangeInclusive<usize> = 3..=16;
    let is_heading = |j: usize| {
        kinds[j] == LineKind::Text
            && !lines[j].shape.is_prose()
            && lines[j].shape.words <= SECTION_HEADING_MAX_WORDS
            && !opens_with_date(lines[j].text)
    };
    let above = |j: usize| previous_non_blank(kinds, j);
    let mut rest = (end..lines.len())
        .filter(|&j| kinds[j] != LineKind::Blank)
        .peekable();
    let first = *rest.peek()?;
    // The heading may have joined the block already, as a list's opening (`Tour dates:`).
    let mut last_paragraph = above(end)?;
    if is_heading(last_paragraph) && lines[last_paragraph].text.ends_with(':') {
        last_paragraph = above(last_paragraph)?;
    } else if is_heading(first) {
        rest.next();
    }
    if kinds[last_paragraph] != LineKind::Text || !lines[last_paragraph].shape.is_prose() {
        return None;
    }
    let mut items = 0;
    let mut list_end = end;
    for j in rest {
        let shape = lines[j].shape;
        // (A venue's name may read as an author's self-description.)
        let item = matches!(kinds[j], LineKind::Text | LineKind::BioCandidate)
            && ITEM_WORDS.contains(&shape.words)
            && !shape.is_prose()
            && opens_with_date(lines[j].text);
        if !item {
            if !matches!(kinds[j], LineKind::Residue(_)) {
                return None;
            }
            break;
        }
        items += 1;
        list_end = j + 1;
    }
    (items >= MIN_ITEMS).then_some(list_end)
}

/// Whether a line opens with a date: a day's number (`14 mars`, `3/14`) or a capitalised
/// month and its day (`June 9`, `Sept. 12`).
fn opens_with_date(text: &str) -> bool {
    const MONTH_MAX_CHARS: usize = 9;
    let mut words = text.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let day = |word: &str| {
        let digits = word.bytes().take_while(u8::is_ascii_digit).count();
        (1..=2).contains(&digits)
    };
    if first.starts_with(|c: char| c.is_ascii_digit()) {
        return day(first);
    }
    let month = first.trim_end_matches('.');
    month.starts_with(char::is_uppercase)
        && month.chars().count() <= MONTH_MAX_CHARS
        && month.chars().all(char::is_alphabetic)
        && words.next().is_some_and(day)
}

/// Whether `line`, the first line after the block `..end`, is a short sentence that closes
/// the article: a paragraph ends the block, and a widget or the page's end follows the line.
fn is_closing_sentence(lines: &[Line<'_>], kinds: &[LineKind], end: usize, line: usize) -> bool {
    const MIN_WORDS: usize = 3;
    let shape = lines[line].shape;
    let text = lines[line].text;
    let sentence = kinds[line] == LineKind::Text
        && shape.words >= MIN_WORDS
        && !shape.is_prose()
        && shape.lowercase_words + 1 >= shape.words
        && text.starts_with(char::is_uppercase)
        && text.ends_with(['.', '!', '?']);
    let over_paragraph = (0..end)
        .rev()
        .find(|&j| kinds[j] != LineKind::Blank)
        .is_some_and(|j| kinds[j] == LineKind::Text && lines[j].shape.is_prose());
    let under = next_non_blank(kinds, line + 1);
    sentence && over_paragraph && under.is_none_or(|j| matches!(kinds[j], LineKind::Residue(_)))
}

/// The end of a list the article opens after a widget (`The plans include:`, its items, then
/// a paragraph): the list and what follows it, when a paragraph of the article closes the
/// run, so a teaser list under a label is not taken.
fn list_run_end(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    weights: &[i64],
    opener: usize,
) -> Option<usize> {
    const MIN_OPENER_WORDS: usize = 3;
    let shape = lines[opener].shape;
    let opens_list = kinds[opener] == LineKind::Text
        && lines[opener].text.ends_with(':')
        && shape.words >= MIN_OPENER_WORDS
        && shape.lowercase_words * 2 >= shape.words;
    let first_item = next_non_blank(kinds, opener + 1)?;
    if !opens_list || kinds[first_item] != LineKind::Text {
        return None;
    }
    let end = best_run_end(weights, kinds, opener);
    let closes_on_paragraph = (first_item..end).rev().any(|j| {
        kinds[j] == LineKind::Text && lines[j].shape.is_prose() && lines[j].shape.words >= 10
    });
    (end > first_item && closes_on_paragraph).then_some(end)
}

/// The end of a facts box's heading right under the block, when two facts follow it.
fn facts_heading_end(lines: &[Line<'_>], kinds: &[LineKind], end: usize) -> Option<usize> {
    const HEADING_MAX_WORDS: usize = 3;
    const MIN_FACTS: usize = 2;
    let mut next = (end..lines.len()).filter(|&j| kinds[j] != LineKind::Blank);
    let heading = next.next()?;
    let short_heading = matches!(
        kinds[heading],
        LineKind::Text | LineKind::Residue(Category::Related)
    ) && lines[heading].shape.words <= HEADING_MAX_WORDS
        && !lines[heading].shape.terminal;
    let facts = next
        .take(MIN_FACTS)
        .filter(|&j| kinds[j] == LineKind::Text && is_fact(lines[j].text))
        .count();
    (short_heading && facts == MIN_FACTS).then_some(heading + 1)
}

/// The end of a match sheet closing the article right under its last paragraph: a heading in
/// capitals (`FICHE TECHNIQUE`, `BOX SCORE`), then short lines each with a label before a colon
/// or a figure (`Referees: Jo Roe and Al Li`, `Harbour Arena, 3,200 fans`), up to the page's
/// widgets. A teaser list has no such heading, or not the article's paragraph over it.
fn match_sheet_end(lines: &[Line<'_>], kinds: &[LineKind], end: usize) -> Option<usize> {
    const HEADING_MAX_WORDS: usize = 3;
    const LINE_MAX_WORDS: usize = 12;
    const MIN_LINES: usize = 2;
    let last_paragraph = previous_non_blank(kinds, end)?;
    if kinds[last_paragraph] != LineKind::Text || !lines[last_paragraph].shape.is_prose() {
        return None;
    }
    let mut next = (end..lines.len()).filter(|&j| kinds[j] != LineKind::Blank);
    let heading = next.next()?;
    let text = lines[heading].text;
    let capitals = text.chars().any(char::is_alphabetic)
        && text
            .chars()
            .all(|c| c.is_uppercase() || c.is_whitespace() || matches!(c, '-' | '\'' | '’'));
    let heading_shape = lines[heading].shape;
    if kinds[heading] != LineKind::Text
        || !capitals
        || heading_shape.words > HEADING_MAX_WORDS
        || heading_shape.terminal
    {
        return None;
    }
    let mut sheet_end = heading + 1;
    let mut count = 0;
    for j in next {
        if matches!(kinds[j], LineKind::Residue(_)) {
            break;
        }
        let shape = lines[j].shape;
        let text = lines[j].text;
        let labelled = text
            .split_once(':')
            .is_some_and(|(label, _)| label.split_whitespace().count() <= HEADING_MAX_WORDS);
        let figure = text.contains(|c: char| c.is_ascii_digit());
        let sheet_line = kinds[j] == LineKind::Text
            && shape.words <= LINE_MAX_WORDS
            && !shape.terminal
            && (labelled || figure);
        if !sheet_line {
            return None;
        }
        count += 1;
        sheet_end = j + 1;
    }
    (count >= MIN_LINES).then_some(sheet_end)
}

/// A line of a facts box: a label of a word or two, a colon, a short value ending in a full
/// stop (`Referee: Jo Marsh.`, `Attendance: 8,912.`).
fn is_fact(text: &str) -> bool {
    const LABEL_MAX_WORDS: usize = 2;
    const VALUE_MAX_WORDS: usize = 10;
    let Some((label, value)) = text.split_once(": ") else {
        return false;
    };
    let label_words = label.split_whitespace().count();
    let value_words = value.split_whitespace().count();
    label.starts_with(char::is_uppercase)
        && (1..=LABEL_MAX_WORDS).contains(&label_words)
        && (1..=VALUE_MAX_WORDS).contains(&value_words)
        && value.ends_with('.')
}

/// The end of the best-weighted run of lines from `first` (a paragraph) down to the next
/// residue line: the paragraph with what follows it as far as the text argues for it.
fn best_run_end(weights: &[i64], kinds: &[LineKind], first: usize) -> usize {
    let mut sum = 0;
    let mut best = (weights[first], first + 1);
    for j in first..kinds.len() {
        if matches!(kinds[j], LineKind::Residue(_)) {
            break;
        }
        sum += weights[j];
        if sum > best.0 {
            best = (sum, j + 1);
        }
    }
    best.1
}

/// The start of the best-weighted run of lines from `last` (a paragraph) up to the previous
/// residue line.
fn best_run_start(weights: &[i64], kinds: &[LineKind], last: usize) -> usize {
    let mut sum = 0;
    let mut best = (weights[last], last);
    for j in (0..=last).rev() {
        if matches!(kinds[j], LineKind::Residue(_)) {
            break;
        }
        sum += weights[j];
        if sum > best.0 {
            best = (sum, j);
        }
    }
    best.1
}

/// Whether the gap line `i` counts as one more widget, `walked` being the gap lines already
/// crossed, nearest first: an embedded video or post (its player notices and caption, or the
/// consent notice standing in for it) is one widget however many lines it takes, and so are a
/// newsletter box, an ad slot (its label over its loading notice) and a list of tags with its
/// header.
fn opens_widget(kinds: &[LineKind], i: usize, mut walked: impl Iterator<Item = usize>) -> bool {
    let embed = |kind: LineKind| {
        matches!(
            kind,
            LineKind::Residue(Category::Cookie)
                | LineKind::Residue(Category::Credit)
                | LineKind::Residue(Category::Subscribe)
                | LineKind::Residue(Category::Advertisement)
        )
    };
    let tags = LineKind::Residue(Category::Tags);
    let Some(previous) = walked.find(|&j| kinds[j] != LineKind::Blank) else {
        return kinds[i] != LineKind::Blank;
    };
    let same_widget = (embed(kinds[i]) && kinds[previous] == kinds[i])
        || (kinds[i] == tags && matches!(kinds[previous], LineKind::Residue(_)));
    kinds[i] != LineKind::Blank && !same_widget
}

/// Whether a line opens with a time of day, as a live-blog post's heading does
/// (`11h20. …`, `2.50am: …`, `14:05 - …`, `9:12 PM …`).
pub(super) fn starts_with_time(text: &str) -> bool {
    after_time(text)
        .is_some_and(|rest| rest.starts_with([' ', '.', ':', '-', '–', '—', '|']) && rest.len() > 3)
}

/// Whether a line is a time of day and nothing else (`15h42`, `9:12 PM`), as a live blog
/// heads each post.
pub(super) fn is_bare_time(text: &str) -> bool {
    after_time(text).is_some_and(|rest| rest.trim().is_empty())
}

/// What follows the time of day that `text` opens with (`11h20`, `2.50am`, `9:12 PM`), if any.
fn after_time(text: &str) -> Option<&str> {
    let bytes = text.as_bytes();
    let hour = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    if !(1..=2).contains(&hour) || !matches!(bytes.get(hour), Some(b'h' | b':' | b'.')) {
        return None;
    }
    let minutes = &bytes[hour + 1..];
    if minutes.len() < 2 || !minutes[..2].iter().all(u8::is_ascii_digit) {
        return None;
    }
    if minutes.get(2).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let mut rest = text[hour + 3..].trim_start_matches(' ');
    for suffix in ["am", "pm", "AM", "PM", "a.m.", "p.m."] {
        if let Some(after) = rest.strip_prefix(suffix) {
            rest = after;
            break;
        }
    }
    Some(rest)
}

fn has_prose_after(lines: &[Line<'_>], kinds: &[LineKind], index: usize) -> bool {
    lines[index + 1..]
        .iter()
        .zip(&kinds[index + 1..])
        .any(|(l, k)| *k == LineKind::Text && l.shape.is_prose())
}

/// Once a comment header (`Leave a Reply`, `12 commentaires`) follows most of the article,
/// everything after it is the comment section.
fn cut_comment_section(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    weights: &[i64],
    verdicts: &mut [Option<Category>],
) {
    let kept_weight = |range: std::ops::Range<usize>| -> i64 {
        range
            .filter(|&i| verdicts[i].is_none())
            .map(|i| weights[i].max(0))
            .sum()
    };
    let total = kept_weight(0..lines.len());
    if total == 0 {
        return;
    }
    // Or one that comments follow (signatures, dates) after a good part of the article: a
    // long discussion can outweigh the article.
    let signatures = |header: usize| {
        (header + 1..lines.len())
            .filter(|&i| kinds[i] != LineKind::Blank)
            .take(COMMENT_SIGNATURE_WINDOW)
            // A live blog heads its posts with their time alone (`12:20`): no signature.
            .filter(|&i| {
                matches!(
                    kinds[i],
                    LineKind::Residue(Category::Comments | Category::Byline)
                ) && !is_bare_time(lines[i].text)
            })
            .count()
    };
    // Paragraphs in a row under the button and the widget lines around it (an embedded
    // post's handle, `@name`, among them).
    let article_goes_on = |button: usize| {
        const MIN_PARAGRAPHS: usize = 3;
        const WIDGET_MAX_WORDS: usize = 3;
        (button + 1..lines.len())
            .filter(|&i| kinds[i] != LineKind::Blank)
            .skip_while(|&i| {
                matches!(kinds[i], LineKind::Residue(_))
                    || lines[i].shape.words <= WIDGET_MAX_WORDS && !lines[i].shape.terminal
            })
            .take(MIN_PARAGRAPHS)
            .filter(|&i| kinds[i] == LineKind::Text && lines[i].shape.is_prose())
            .count()
            == MIN_PARAGRAPHS
    };
    // The first header that most of the article precedes: a comment counter under the
    // headline (`Vos réactions (11)`) does not open the comment section. A comment's own
    // button (`Report`, `Reply`) opens it only when more of the section follows: the same
    // button under a post embedded in the article does not.
    let is_header = |i: usize| {
        let (line, kind) = (&lines[i], kinds[i]);
        let comments = kind == LineKind::Residue(Category::Comments);
        let counted = line.text.starts_with(|c: char| c.is_ascii_digit());
        let button = comments && line.shape.words <= 4 && !counted;
        // A counted title over the thread may end on the quoted headline: `1 thought on "…"`.
        let quoted_title = comments && counted && line.text.ends_with(['"', '”', '»']);
        (line.header == Header::Comments || comments && counted || button && !article_goes_on(i))
            && (!line.shape.terminal || quoted_title)
    };
    let mut before = 0;
    let header = (0..lines.len()).find(|&i| {
        let share = before as f64 / total as f64;
        before += kept_weight(i..i + 1);
        is_header(i)
            && (share >= COMMENTS_AFTER_SHARE || {
                let signed = signatures(i);
                SIGNED_COMMENTS_AFTER_SHARE
                    .iter()
                    .any(|&(count, least)| signed >= count && share >= least)
            })
    });
    let Some(header) = header else { return };
    for (i, verdict) in verdicts.iter_mut().enumerate().skip(header) {
        if kinds[i] != LineKind::Blank && verdict.is_none() {
            *verdict = Some(Category::Comments);
        }
    }
}

/// A press release marks its end (`ENDS`, `###`) over its furniture: the press contact, the
/// notes to editors, the boilerplate paragraph about the organisation. Once such a marker
/// follows most of the text, everything under it goes.
fn cut_after_end_marker(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    weights: &[i64],
    verdicts: &mut [Option<Category>],
) {
    const HASHES: usize = 3;
    // A marker is in capitals, with no figure: a ticker's chip is no marker. `###` is only
    // symbols, which read as a separator.
    let is_marker = |i: usize| {
        let text = lines[i].text;
        let hashes =
            text.chars().all(|c| c == '#' || c == ' ') && text.matches('#').count() == HASHES;
        let phrase = kinds[i] == LineKind::Residue(Category::OutsideArticle)
            && !text.contains(|c: char| c.is_lowercase() || c.is_ascii_digit());
        phrase || hashes
    };
    let Some(first) = (0..lines.len()).find(|&i| is_marker(i)) else {
        return;
    };
    let kept_weight = |range: std::ops::Range<usize>| -> i64 {
        range
            .filter(|&i| verdicts[i].is_none())
            .map(|i| weights[i].max(0))
            .sum()
    };
    let total = kept_weight(0..lines.len());
    let mut before = kept_weight(0..first);
    let mut marker = None;
    for i in first..lines.len() {
        let share = before as f64 / total.max(1) as f64;
        if is_marker(i) && share >= COMMENTS_AFTER_SHARE {
            marker = Some(i);
            break;
        }
        before += kept_weight(i..i + 1);
    }
    let Some(marker) = marker else { return };
    for (i, verdict) in verdicts.iter_mut().enumerate().skip(marker) {
        if kinds[i] != LineKind::Blank && verdict.is_none() {
            *verdict = Some(Category::OutsideArticle);
        }
    }
}

/// Once a related-links header follows most of the article and titles follow it (teasers
/// between them), the rest of the page is that list of other articles.
fn cut_related_section(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    weights: &[i64],
    verdicts: &mut [Option<Category>],
) {
    const WINDOW: usize = 6;
    const MIN_TITLES: usize = 3;
    let kept = |i: usize| {
        if verdicts[i].is_none() {
            weights[i].max(0)
        } else {
            0
        }
    };
    let total: i64 = (0..lines.len()).map(kept).sum();
    if total == 0 {
        return;
    }
    let titles_after = |header: usize| {
        (header + 1..lines.len())
            .filter(|&i| kinds[i] != LineKind::Blank)
            .take(WINDOW)
            .filter(|&i| kinds[i] == LineKind::Text && is_title_like(&lines[i]))
            .count()
    };
    let mut before = 0;
    let header = (0..lines.len()).find(|&i| {
        let share = before as f64 / total as f64;
        before += kept(i);
        lines[i].header == Header::Related
            && share >= COMMENTS_AFTER_SHARE
            && titles_after(i) >= MIN_TITLES
            && !article_resumes(lines, kinds, i)
    });
    let Some(header) = header else { return };
    for (i, verdict) in verdicts.iter_mut().enumerate().skip(header) {
        if kinds[i] != LineKind::Blank && matches!(verdict, None | Some(Category::OutsideArticle)) {
            *verdict = Some(Category::Related);
        }
    }
}

/// Whether the article goes on under the few titles of a related insert (`À lire aussi`
/// and two headlines between paragraphs): paragraphs in a row follow those titles, with
/// nothing of a list of teasers between them (dates, section labels, `Plus…` links), where
/// teasers alternate with titles.
fn article_resumes(lines: &[Line<'_>], kinds: &[LineKind], header: usize) -> bool {
    /// An insert holds a few titles; a longer run of them is a list.
    const MAX_TITLES: usize = 4;
    const WINDOW: usize = 6;
    const MIN_PARAGRAPHS_IN_A_ROW: usize = 2;
    const PARAGRAPH_MIN_WORDS: usize = 8;
    const LONG_PARAGRAPH_WORDS: usize = 40;
    const LABEL_MAX_WORDS: usize = 2;
    let non_blank = |from: usize| (from..lines.len()).filter(move |&i| kinds[i] != LineKind::Blank);
    // Residue between the titles (a photo credit) counts for none of them.
    let Some(first) = non_blank(header + 1)
        .filter(|&i| kinds[i] == LineKind::Text)
        .take(MAX_TITLES + 1)
        .find(|&i| !is_title_like(&lines[i]))
    else {
        return false;
    };
    let window: Vec<usize> = non_blank(first).take(WINDOW).collect();
    let list_furniture = |i: usize| match kinds[i] {
        LineKind::Residue(category) => {
            matches!(
                category,
                Category::Byline | Category::Navigation | Category::Related
            )
        }
        // A short finished sentence (`C'est insuffisant.`) is the article's, not a label.
        LineKind::Text => lines[i].shape.words <= LABEL_MAX_WORDS && !lines[i].shape.terminal,
        _ => false,
    };
    // A list's opening (`… de :`) and its items (`… ;`) are running text, as no teaser is.
    let is_paragraph = |i: usize| {
        let shape = lines[i].shape;
        let list_text = lines[i].text.ends_with([':', ';']);
        kinds[i] == LineKind::Text
            && (list_text || shape.is_prose() && shape.words >= PARAGRAPH_MIN_WORDS)
    };
    let in_a_row = window
        .windows(2)
        .filter(|pair| is_paragraph(pair[0]) && is_paragraph(pair[1]))
        .count();
    // Two long paragraphs in a row are the article's last ones: no teaser runs that long.
    let long = |i: usize| is_paragraph(i) && lines[i].shape.words >= LONG_PARAGRAPH_WORDS;
    let long_pair = window.windows(2).any(|pair| long(pair[0]) && long(pair[1]));
    // Past the last paragraph may come the page's own furniture (tags, comments).
    let last_paragraph = window.iter().rposition(|&i| is_paragraph(i)).unwrap_or(0);
    (in_a_row >= MIN_PARAGRAPHS_IN_A_ROW || long_pair)
        && !window[..last_paragraph].iter().any(|&i| list_furniture(i))
}

/// A line that reads like the title of another article: short, not a finished sentence (a
/// teaser cut short by an ellipsis, `… and...`, is not one), nor a list's opening (`… :`) or
/// item (`… ;`), which are running text.
fn is_title_like(line: &Line<'_>) -> bool {
    let cut_short = line.text.ends_with("...") || line.text.ends_with('…');
    let unfinished =
        !line.shape.is_prose() || !line.text.ends_with(['.', '»', '"', '”']) || cut_short;
    unfinished && line.shape.words <= TITLE_MAX_WORDS && !line.text.ends_with([':', ';'])
}

/// A related title is at most this long.
const TITLE_MAX_WORDS: usize = 25;

/// After a related-links header (`À lire aussi`, `More stories`), the short title lines that
/// follow are the list; the first line of running text ends it. A line that opens a list
/// (`… de :`) or is an item of one (`… ;`) is running text, and a short line right before
/// running text, under a link already read (taken, or residue of its own), is the article's
/// next intertitle.
fn drop_related_lists(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    headline: Option<usize>,
    verdicts: &mut [Option<Category>],
) {
    const INTERTITLE_MAX_WORDS: usize = 6;
    let mut in_list = false;
    // The titles taken from the current list, with the verdict each had before.
    let mut taken: Vec<(usize, Option<Category>)> = Vec::new();
    // The links of the current list read before its last title was taken.
    let mut links_above_last = 0;
    let mut links = 0;
    // The fewest words of the list's links, and of those read before its last title was taken.
    let (mut shortest, mut shortest_above_last) = (usize::MAX, usize::MAX);
    // The current list's header when it reads as text (`Most Read Local Stories`): it goes
    // with the titles it heads.
    let mut text_header = None;
    // Whether share buttons or a player came after the current list's last title.
    let mut furniture_since_title = false;
    for (i, line) in lines.iter().enumerate() {
        if line.header == Header::Related {
            in_list = true;
            taken.clear();
            (links, links_above_last) = (0, 0);
            (shortest, shortest_above_last) = (usize::MAX, usize::MAX);
            text_header = (kinds[i] == LineKind::Text && verdicts[i].is_none()).then_some(i);
            furniture_since_title = false;
            continue;
        }
        if !in_list || kinds[i] == LineKind::Blank {
            continue;
        }
        // A trending bar over the menu (`Trending:`) ends at the headline right over the
        // byline (a link's card has its byline under it too: only the head's title stops it).
        let byline_under = || {
            next_non_blank(kinds, i + 1)
                .is_some_and(|j| kinds[j] == LineKind::Residue(Category::Byline))
        };
        // A bar of several titles ends there too once the article's own furniture (an audio
        // player, share buttons) stands between its last title and the head: no card has it.
        if kinds[i] == LineKind::Residue(Category::Share) && !taken.is_empty() {
            furniture_since_title = true;
        }
        if Some(i) == headline && (taken.len() <= 1 || furniture_since_title) && byline_under() {
            in_list = false;
            continue;
        }
        let list_punctuation = line.text.ends_with([':', ';']);
        // A teaser written as a sentence (`I quit my job. Here's what I learned.`) is a title
        // still when the list closes the page: no text but furniture under it (some furniture:
        // the last line of a page may be the article's last sentence).
        let closes_page = || {
            let under = &kinds[i + 1..];
            !taken.is_empty()
                && kinds[i] == LineKind::Text
                && line.shape.words <= TITLE_MAX_WORDS
                && under.iter().any(|k| matches!(k, LineKind::Residue(_)))
                && under
                    .iter()
                    .all(|k| matches!(k, LineKind::Blank | LineKind::Residue(_)))
        };
        // So is a short one with two headlines under it: the article's sentence would have its
        // next sentence, or a label (`Club statement`), under it, and may quote someone.
        let over_titles = || {
            const HEADLINE_MIN_WORDS: usize = 4;
            let headline = |j: usize| {
                kinds[j] == LineKind::Text
                    && is_title_like(&lines[j])
                    && lines[j].shape.words >= HEADLINE_MIN_WORDS
                    && lines[j].text.starts_with(char::is_uppercase)
                    && !lines[j].text.ends_with([':', ';'])
            };
            kinds[i] == LineKind::Text
                && line.shape.words <= TITLE_MAX_WORDS
                && line.text.starts_with(char::is_uppercase)
                && (i + 1..lines.len())
                    .filter(|&j| kinds[j] != LineKind::Blank)
                    .take(2)
                    .filter(|&j| headline(j))
                    .count()
                    == 2
        };
        if ((is_title_like(line) || is_card_title(lines, kinds, i)) && !list_punctuation)
            || closes_page()
            || !list_punctuation && over_titles()
        {
            // Outside the article or not, a title under the header is a related link.
            if matches!(verdicts[i], None | Some(Category::OutsideArticle)) {
                taken.push((i, verdicts[i]));
                furniture_since_title = false;
                verdicts[i] = Some(Category::Related);
                if let Some(header) = text_header.take() {
                    verdicts[header] = Some(Category::Related);
                }
                links_above_last = links;
                shortest_above_last = shortest;
                links += 1;
            } else if kinds[i] == LineKind::Residue(Category::Related) {
                links += 1;
            }
            shortest = shortest.min(line.shape.words);
        } else {
            in_list = false;
            if let (Some(&(last, before)), 1..) = (taken.last(), links_above_last) {
                let short = |j: usize| lines[j].shape.words <= INTERTITLE_MAX_WORDS;
                // A title opening on its kicker and a colon (`Rail: …`) reads as a link still.
                let terse = links_above_last >= 2
                    && !lines[last].text.contains(':')
                    && is_much_shorter(lines[last].shape.words, shortest_above_last);
                if (short(last) || terse) && kinds[i] == LineKind::Text {
                    verdicts[last] = before;
                    // An interview's first question, its answer, then the next question: the
                    // short title over the first question heads the interview.
                    let next = next_non_blank(kinds, i + 1);
                    let is_question =
                        |j: usize| kinds[j] == LineKind::Text && lines[j].text.ends_with('?');
                    if let [.., (heading, heading_before), _] = taken[..] {
                        if short(heading) && is_question(last) && next.is_some_and(is_question) {
                            verdicts[heading] = heading_before;
                        }
                    }
                }
            }
        }
    }
}

/// A title of `words` under links of `shortest_link` words at least is an intertitle: a
/// list's titles run alike, the article's heading over its text is terser.
fn is_much_shorter(words: usize, shortest_link: usize) -> bool {
    const MAX_WORDS: usize = 9;
    const MARGIN: usize = 2;
    words <= MAX_WORDS && words + MARGIN <= shortest_link
}

/// A link's card under a related header: its title, a sentence maybe (a quotation closing a
/// title reads as one), over its date and author.
fn is_card_title(lines: &[Line<'_>], kinds: &[LineKind], i: usize) -> bool {
    let under = next_non_blank(kinds, i + 1);
    kinds[i] == LineKind::Text
        && lines[i].shape.words <= TITLE_MAX_WORDS
        && under.is_some_and(|j| kinds[j] == LineKind::Residue(Category::Byline))
}

/// The kinds with the tags read as residue: after a topic-tags header (`Related Topics`,
/// `Mots-clés`), the short lines that are not sentences, up to the first other line.
fn with_tags(lines: &[Line<'_>], kinds: &[LineKind]) -> Vec<LineKind> {
    const TAG_MAX_WORDS: usize = 4;
    let mut kinds = kinds.to_vec();
    let mut in_list = false;
    for (line, kind) in lines.iter().zip(kinds.iter_mut()) {
        if line.header == Header::Tags {
            in_list = true;
            continue;
        }
        if !in_list || *kind == LineKind::Blank {
            continue;
        }
        let tag = *kind == LineKind::Text
            && line.shape.words <= TAG_MAX_WORDS
            && !line.shape.terminal
            && !line.text.ends_with([':', ';', ',']);
        in_list = tag;
        if tag {
            *kind = LineKind::Residue(Category::Tags);
        }
    }
    kinds
}

/// The kinds with a name between a byline that ends on its opener and a stamp read as a byline
/// too: `News provided by` / `Acme Marine` / `10 Sep, 2026, 08:00 ET`. (Not any capitalised
/// label between two stamps: `3-4` / `Player Count` / `60 min` is a product card.)
fn with_names_between_bylines(lines: &[Line<'_>], mut kinds: Vec<LineKind>) -> Vec<LineKind> {
    let non_blank: Vec<usize> = (0..kinds.len())
        .filter(|&i| kinds[i] != LineKind::Blank)
        .collect();
    let byline = LineKind::Residue(Category::Byline);
    let ends_on_opener = |i: usize| {
        let text = lines[i].text.trim_end_matches([':', ' ']).to_lowercase();
        let last_word = text.rsplit(' ').next().unwrap_or_default();
        matches!(last_word, "by" | "par")
    };
    for trio in non_blank.windows(3) {
        let [above, name, below] = [trio[0], trio[1], trio[2]];
        if kinds[above] == byline
            && kinds[below] == byline
            && kinds[name] == LineKind::Text
            && is_name(lines[name].text)
            && ends_on_opener(above)
        {
            kinds[name] = byline;
        }
    }
    kinds
}

/// The kinds with a bare count right under share or comment buttons read as their counter.
fn with_counters(lines: &[Line<'_>], mut kinds: Vec<LineKind>) -> Vec<LineKind> {
    let mut above = None;
    for (line, kind) in lines.iter().zip(kinds.iter_mut()) {
        if *kind == LineKind::Blank {
            continue;
        }
        let under_buttons = matches!(above, Some(Category::Share | Category::Comments));
        if *kind == LineKind::Text && under_buttons && is_counter(line.text) {
            *kind = LineKind::Residue(Category::Share);
        }
        above = match *kind {
            LineKind::Residue(category) => Some(category),
            _ => None,
        };
    }
    kinds
}

/// The kinds with a lone short line inside a newsletter, paywall or consent box read as part
/// of it: the box's blurb (`Every Friday, the week's ferry news.`) between its title and its
/// button, or the newsletter's name and its blurb between the box's label and its button.
fn with_boxed_lines(lines: &[Line<'_>], mut kinds: Vec<LineKind>) -> Vec<LineKind> {
    const BLURB_MAX_WORDS: usize = 30;
    const NAME_MAX_WORDS: usize = 6;
    let non_blank: Vec<usize> = (0..kinds.len())
        .filter(|&i| kinds[i] != LineKind::Blank)
        .collect();
    let boxed = |kind: LineKind| {
        matches!(
            kind,
            LineKind::Residue(Category::Subscribe | Category::Paywall | Category::Cookie)
        )
    };
    let text_within = |i: usize, max_words: usize| {
        kinds[i] == LineKind::Text && lines[i].shape.words <= max_words
    };
    let mut inside = Vec::new();
    for (at, &above) in non_blank.iter().enumerate() {
        if !boxed(kinds[above]) {
            continue;
        }
        let next = |n: usize| non_blank.get(at + n).copied();
        let closes = |n: usize| next(n).is_some_and(|b| kinds[b] == kinds[above]);
        match (next(1), next(2)) {
            (Some(blurb), _) if text_within(blurb, BLURB_MAX_WORDS) && closes(2) => {
                inside.push((blurb, kinds[above]));
            }
            (Some(name), Some(blurb))
                if text_within(name, NAME_MAX_WORDS)
                    && text_within(blurb, BLURB_MAX_WORDS)
                    && closes(3) =>
            {
                inside.extend([(name, kinds[above]), (blurb, kinds[above])]);
            }
            _ => {}
        }
    }
    for (i, kind) in inside {
        kinds[i] = kind;
    }
    with_offer_lists(lines, &non_blank, &mut kinds);
    with_newsletter_titles(lines, &non_blank, &mut kinds);
    kinds
}

/// An offer box lists what it gives under a line that opens the list (`Avec cette offre,
/// profitez de :`), up to its price or button: the items, short and unfinished, are the box's.
fn with_offer_lists(lines: &[Line<'_>], non_blank: &[usize], kinds: &mut [LineKind]) {
    const MAX_ITEMS: usize = 6;
    const ITEM_MAX_WORDS: usize = 15;
    let boxed = |kind: LineKind| {
        matches!(
            kind,
            LineKind::Residue(Category::Subscribe | Category::Paywall)
        )
    };
    for (at, &opening) in non_blank.iter().enumerate() {
        if !boxed(kinds[opening]) || !lines[opening].text.ends_with(':') {
            continue;
        }
        let is_item = |i: usize| {
            let shape = lines[i].shape;
            kinds[i] == LineKind::Text && shape.words <= ITEM_MAX_WORDS && !shape.terminal
        };
        let items = non_blank[at + 1..]
            .iter()
            .take(MAX_ITEMS + 1)
            .take_while(|&&i| is_item(i))
            .count();
        let closed = non_blank
            .get(at + 1 + items)
            .is_some_and(|&i| boxed(kinds[i]));
        if (1..=MAX_ITEMS).contains(&items) && closed {
            for &i in &non_blank[at + 1..=at + items] {
                kinds[i] = kinds[opening];
            }
        }
    }
}

/// A newsletter box shows its title and blurb over its form (`Enter your email`, `Subscribe`):
/// a short title, and maybe a sentence under it, right above a run of subscribe lines that
/// asks for an email address, are the box's.
fn with_newsletter_titles(lines: &[Line<'_>], non_blank: &[usize], kinds: &mut [LineKind]) {
    const TITLE_MAX_WORDS: usize = 6;
    const BLURB_MAX_WORDS: usize = 30;
    let subscribe = LineKind::Residue(Category::Subscribe);
    for at in 1..non_blank.len() {
        // Only where a run of subscribe lines starts.
        if kinds[non_blank[at - 1]] == subscribe || kinds[non_blank[at]] != subscribe {
            continue;
        }
        let form: Vec<usize> = non_blank[at..]
            .iter()
            .copied()
            .take_while(|&i| kinds[i] == subscribe)
            .collect();
        let opens_form = form.len() >= 2;
        let asks_email = form.iter().any(|&i| {
            let lower = lines[i].text.to_lowercase();
            lower.contains("email") || lower.contains("e-mail") || lower.contains("courriel")
        });
        if !(opens_form && asks_email) {
            continue;
        }
        let is_title = |i: usize| {
            let shape = lines[i].shape;
            kinds[i] == LineKind::Text && shape.words <= TITLE_MAX_WORDS && !shape.terminal
        };
        let blurb =
            |i: usize| kinds[i] == LineKind::Text && lines[i].shape.words <= BLURB_MAX_WORDS;
        let above = non_blank[at - 1];
        let title = match at.checked_sub(2).map(|a| non_blank[a]) {
            Some(top) if is_title(top) && blurb(above) => Some(vec![top, above]),
            _ => is_title(above).then(|| vec![above]),
        };
        for i in title.into_iter().flatten() {
            kinds[i] = subscribe;
        }
    }
}

/// Later lines equal to the headline are removed.
fn drop_repeated_headline(
    lines: &[Line<'_>],
    headline: Option<usize>,
    verdicts: &mut [Option<Category>],
) {
    let Some(headline) = headline else { return };
    if lines[headline].shape.words < 3 || lines[headline].shape.words > 30 {
        return;
    }
    let key = line_key(lines[headline].text);
    let mut buffer = String::with_capacity(key.len() * 2 + 8);
    for (line, verdict) in lines.iter().zip(verdicts.iter_mut()).skip(headline + 1) {
        let comparable = line.text.len() + 8 >= key.len() && line.text.len() <= key.len() * 2 + 8;
        if comparable && has_line_key(line.text, &key, &mut buffer) {
            *verdict = Some(Category::RepeatedHeadline);
        }
    }
}

/// A kept line of running text that repeats an earlier kept one exactly is a second copy
/// of the article (mobile and print versions, teasers of it): the first copy is kept.
fn drop_second_copies(lines: &[Line<'_>], verdicts: &mut [Option<Category>]) {
    const MIN_WORDS: usize = 6;
    let mut seen: HashSet<&str, BuildHasherDefault<EdgeHasher>> =
        HashSet::with_capacity_and_hasher(lines.len(), BuildHasherDefault::default());
    for (line, verdict) in lines.iter().zip(verdicts.iter_mut()) {
        if verdict.is_some() || line.shape.words < MIN_WORDS {
            continue;
        }
        if !seen.insert(line.text) {
            *verdict = Some(Category::OutsideArticle);
        }
    }
}

/// The masthead, the page's first line, repeated under the story's last paragraph (`Harbour
/// Times` over the follow buttons) is the site's sign-off: it goes as the first copy went. (A
/// name repeated between paragraphs is the article's: a speaker's over each answer.)
fn drop_masthead_repeat(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    headline: Option<usize>,
    verdicts: &mut [Option<Category>],
) {
    const MASTHEAD_MAX_WORDS: usize = 4;
    let Some(first) = kinds.iter().position(|k| *k != LineKind::Blank) else {
        return;
    };
    let masthead = &lines[first];
    if verdicts[first].is_none()
        || masthead.shape.words > MASTHEAD_MAX_WORDS
        || masthead.shape.terminal
    {
        return;
    }
    let Some(last_prose) = (0..lines.len())
        .rev()
        .find(|&i| verdicts[i].is_none() && lines[i].shape.is_prose())
    else {
        return;
    };
    let copy = (last_prose + 1..lines.len())
        .find(|&i| verdicts[i].is_none() && Some(i) != headline && lines[i].text == masthead.text);
    if let Some(copy) = copy {
        verdicts[copy] = Some(Category::OutsideArticle);
    }
}

/// A pull quote: a line in quotation marks, left unfinished (`‘You can see how it gets
/// made’`), whose words a paragraph above it has said already. It repeats the text for the eye
/// and goes.
fn drop_pull_quotes(
    lines: &[Line<'_>],
    headline: Option<usize>,
    verdicts: &mut [Option<Category>],
) {
    const MAX_WORDS: usize = 30;
    const MIN_PIECE_WORDS: usize = 3;
    const MIN_WORDS: usize = 6;
    let candidates: Vec<usize> = (0..lines.len())
        .filter(|&i| verdicts[i].is_none() && Some(i) != headline)
        .filter(|&i| (MIN_WORDS..=MAX_WORDS).contains(&lines[i].shape.words))
        .filter(|&i| is_unfinished_quotation(lines[i].text))
        .collect();
    if candidates.is_empty() {
        return;
    }
    // Only kept lines are compared (a removed one says nothing): only theirs are split.
    let words: Vec<Vec<String>> = lines
        .iter()
        .zip(verdicts.iter())
        .map(|(l, verdict)| match verdict {
            None => lowercase_words(l.text),
            Some(_) => Vec::new(),
        })
        .collect();
    for i in candidates {
        let pieces: Vec<Vec<String>> = lines[i]
            .text
            .split(['.', ',', ';', ':', '!', '?'])
            .map(lowercase_words)
            .filter(|piece| piece.len() >= MIN_PIECE_WORDS)
            .collect();
        // A quoted intertitle announces the words of the paragraphs under it instead.
        let said_before = (0..i).any(|j| {
            verdicts[j].is_none()
                && words[j].len() > words[i].len()
                && !pieces.is_empty()
                && pieces
                    .iter()
                    .all(|piece| words[j].windows(piece.len()).any(|w| w == &piece[..]))
        });
        if said_before {
            verdicts[i] = Some(Category::OutsideArticle);
        }
    }
}

/// A line wholly in quotation marks with no stop before the closing one.
fn is_unfinished_quotation(text: &str) -> bool {
    const OPENING: [char; 5] = ['‘', '“', '"', '«', '\''];
    const CLOSING: [char; 5] = ['’', '”', '"', '»', '\''];
    let Some(inner) = text
        .strip_prefix(OPENING)
        .and_then(|rest| rest.trim_end().strip_suffix(CLOSING))
    else {
        return false;
    };
    let inner = inner.trim_end();
    !inner.ends_with(['.', '!', '?', ',', '…']) && !inner.contains(OPENING)
}

fn lowercase_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Hashes a line by its length and its first and last bytes: two different lines rarely share
/// those, and hashing whole paragraphs cost more than every other decision on them.
#[derive(Default)]
struct EdgeHasher(u64);

impl Hasher for EdgeHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        const EDGE: usize = 16;
        let head = &bytes[..bytes.len().min(EDGE)];
        let tail = &bytes[bytes.len().saturating_sub(EDGE)..];
        let mut edges = FxHasher::default();
        edges.write_u64(self.0);
        edges.write_usize(bytes.len());
        edges.write(head);
        edges.write(tail);
        self.0 = edges.finish();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn second_copies_go_and_lines_sharing_their_edges_stay() {
        let first = "Le conseil municipal a voté le budget de la ville hier soir.";
        let same_edges = "Le conseil municipal a volé le budget de la ville hier soir.";
        let texts = [first, same_edges, first];
        let lines: Vec<Line<'_>> = texts
            .iter()
            .map(|&text| Line {
                span: crate::Span::new(0, 0),
                full: crate::Span::new(0, 0),
                text,
                shape: super::super::lines::Shape::of(text),
                header: Header::None,
            })
            .collect();
        let mut verdicts = vec![None; lines.len()];
        drop_second_copies(&lines, &mut verdicts);
        assert_eq!(verdicts, [None, None, Some(Category::OutsideArticle)]);
    }

    use crate::clean::classify::classified;

    /// Every line's verdict on a page of lines.
    fn verdicts_of(page: &[&'static str]) -> Vec<Option<Category>> {
        let (lines, kinds) = classified(page);
        decide(&lines, &kinds)
    }

    #[test]
    fn a_list_after_an_ad_between_paragraphs_stays_with_the_article() {
        let page = [
            "The county agreed on Monday to rebuild the old harbour library by the end of next year.",
            "Its reading room has been closed since a storm flooded the ground floor last winter.",
            "Builders are expected to start work in the spring if the final designs are approved.",
            "Advertisement",
            "The new building will also have:",
            "A children's corner with a small stage",
            "Twelve study desks on the upper floor",
            "Longer opening hours on weekdays",
            "The head librarian said the plans were \"the best news the town has had in years\".",
            "Read more",
            "Ferry fares to rise again next spring",
            "Harbour wall repairs to start in May",
        ];
        let verdicts = verdicts_of(&page);
        for (i, verdict) in verdicts.iter().enumerate().take(9) {
            assert_eq!(
                *verdict,
                (i == 3).then_some(Category::Advertisement),
                "{}",
                page[i]
            );
        }
        assert!(verdicts[9..].iter().all(Option::is_some));
        // A label over teaser titles, with no paragraph closing them, is not the article's.
        let mut teasers = page;
        teasers[8] = "Island library stays open on Saturdays";
        let verdicts = verdicts_of(&teasers);
        assert!(verdicts[4..].iter().all(Option::is_some));
    }

    #[test]
    fn a_key_points_box_over_an_image_opens_the_article() {
        let page = [
            "Harbour library to reopen after two years of repairs",
            "By Jo Marsh",
            "Posted Mon 3 May 2027 at 6:10am",
            "Key points:",
            "The reading room reopens on the first of June",
            "Repairs cost the county four million dollars",
            "The old reading room, flooded in the storm. (Coast Radio: Ann Lee)",
            "The county said on Monday that the harbour library would reopen in June, two years after a storm flooded its ground floor.",
            "Builders finished the new roof last month, and the shelves are being filled again by volunteers from the town.",
            "The head librarian said the children's corner would open first, with a reading every Saturday morning.",
        ];
        let verdicts = verdicts_of(&page);
        assert_eq!(verdicts[6], Some(Category::Credit));
        for i in [0, 3, 4, 5, 7, 8, 9] {
            assert_eq!(verdicts[i], None, "{}", page[i]);
        }
    }

    #[test]
    fn a_headline_over_its_summary_points_is_the_head() {
        let page = [
            "Markets",
            "Harbour Board Cuts Its Cargo Goal as Storms Close the Northern Quay",
            "Container volumes seen 9% below the spring forecast",
            "Board shares fell as much as 4% in early trading",
            "By Jo Marsh and Al Li",
            "May 3, 2027 at 2:14 PM GMT",
            "The harbour board cut its cargo target for the year on Monday after storms closed the northern quay for most of April.",
            "It now expects to handle about 410,000 containers, down from a previous forecast of 450,000, the board said in a statement.",
            "The quay will stay shut until engineers finish checking the foundations of its two cranes, which could take until June.",
        ];
        let verdicts = verdicts_of(&page);
        for i in [1, 2, 3, 6, 7, 8] {
            assert_eq!(verdicts[i], None, "{}", page[i]);
        }
        assert_eq!(verdicts[4], Some(Category::Byline));
        // Teaser titles over the head are not its points: the line above them is a paragraph.
        let mut teasers = page;
        teasers[0] = "The ferry company said on Friday that the winter timetable would start a week earlier than planned.";
        let verdicts = verdicts_of(&teasers);
        assert!(verdicts[1..4].iter().any(Option::is_some), "{verdicts:?}");
    }

    #[test]
    fn an_author_name_between_share_buttons_and_a_beat_line_is_furniture() {
        let page = [
            "Harbour bridge to close for a year as repair bill doubles",
            "2 hours ago",
            "Share",
            "Jo Marsh",
            "Coast Radio transport reporter",
            "The harbour bridge will close for a year from June, after the council found its repair bill had doubled since the spring.",
            "Engineers say the steel deck is more corroded than a survey in 2024 had suggested, and the main cables need replacing.",
            "A free shuttle bus will run every fifteen minutes between the two ends of the bridge while the works last.",
        ];
        let verdicts = verdicts_of(&page);
        assert_eq!(verdicts[0], None);
        assert_eq!(verdicts[4], Some(Category::Byline));
        assert!(verdicts[1..5].iter().all(Option::is_some), "{verdicts:?}");
        assert!(verdicts[5..].iter().all(Option::is_none));
    }

    #[test]
    fn a_count_under_share_buttons_is_their_counter_and_a_title_case_headline_may_end_in_a_stop() {
        let page = [
            "Skip advertisement",
            "The Pier Closed in May. Now the Ferry Is Leaving Too.",
            "As the harbour empties, the island's last shop wonders who will bring its goods across the water this winter.",
            "Share full article",
            "384",
            "By Jo Marsh",
            "May 3, 2027",
            "The harbour board cut its cargo target for the year on Monday after storms closed the northern quay for most of April.",
            "It now expects to handle about 410,000 containers, down from a previous forecast of 450,000, the board said in a statement.",
            "The quay will stay shut until engineers finish checking the foundations of its two cranes, which could take until June.",
        ];
        let verdicts = verdicts_of(&page);
        assert_eq!(verdicts[4], Some(Category::Share));
        for i in [1, 2, 7, 8, 9] {
            assert_eq!(verdicts[i], None, "{}", page[i]);
        }
    }

    #[test]
    fn a_dateline_or_key_points_label_over_the_text_opens_it() {
        let page = [
            "Harbour bridge to close for a year as repair bill doubles",
            "By Jo Marsh",
            "May 3, 2027 at 6:10am",
            "Share",
            "The bridge at dawn, seen from the pier. (Kit Moss/AFP)",
            "PORT ELLIS, Maine —",
            "The harbour bridge will close for a year from June, after the council found its repair bill had doubled since the spring.",
            "Engineers say the steel deck is more corroded than a survey in 2024 had suggested, and the main cables need replacing.",
            "A free shuttle bus will run every fifteen minutes between the two ends of the bridge while the works last.",
        ];
        for opener in ["PORT ELLIS, Maine —", "PORT ELLIS", "What we know"] {
            let mut page = page;
            page[5] = opener;
            let verdicts = verdicts_of(&page);
            assert_eq!(verdicts[4], Some(Category::Credit));
            assert!(
                verdicts[5..].iter().all(Option::is_none),
                "{opener}: {verdicts:?}"
            );
        }
        use crate::clean::head::is_dateline;
        assert!(is_dateline("Saint-Malo (Ille-et-Vilaine)"));
        assert!(!is_dateline(
            "The council met (again) on Monday to vote (twice)"
        ));
    }

    #[test]
    fn a_pull_quote_goes_and_a_quoted_intertitle_stays() {
        let page = [
            "Island ferry stops for the winter",
            "The last boat of the season left the pier on Sunday with eleven passengers on board.",
            "\"You wait on the pier all morning,\" said Ann Lee. \"Nobody tells you anything.\"",
            "‘You wait on the pier all morning’",
            "‘Nobody tells you anything’",
            "The operator said it would publish a spring timetable by the end of February.",
            "Islanders say they have heard that promise every winter since the old boat was sold.",
        ];
        let verdicts = verdicts_of(&page);
        assert_eq!(verdicts[3], Some(Category::OutsideArticle));
        for i in [0, 1, 2, 5, 6] {
            assert_eq!(verdicts[i], None, "{}", page[i]);
        }
        // The same words over the paragraph that says them head it: an intertitle.
        let mut headed = page;
        headed.swap(2, 3);
        let verdicts = verdicts_of(&headed);
        assert_eq!(verdicts[2], None);
    }

    #[test]
    fn a_newsletter_title_and_blurb_over_its_form_are_the_box() {
        let page = [
            "Island ferry stops for the winter",
            "The last boat of the season left the pier on Sunday with eleven passengers on board.",
            "The operator said it would publish a spring timetable by the end of February.",
            "The Harbour Letter",
            "Every week, the boats, the tides and the people who work the quays.",
            "Enter your email",
            "Subscribe",
            "Islanders say they have heard that promise every winter since the old boat was sold.",
        ];
        let verdicts = verdicts_of(&page);
        let subscribe = Some(Category::Subscribe);
        assert_eq!(verdicts[3..7], [subscribe; 4]);
        assert!(verdicts[..3]
            .iter()
            .chain(&verdicts[7..])
            .all(Option::is_none));
    }

    #[test]
    fn a_newsletter_name_and_blurb_between_its_label_and_button_are_the_box() {
        let page = [
            "Island ferry stops for the winter",
            "The last boat of the season left the pier on Sunday with eleven passengers on board.",
            "The operator said it would publish a spring timetable by the end of February.",
            "Newsletter",
            "« Tidelines »",
            "What will the coast look like in 2050? Every week, our best stories on the sea",
            "Sign up",
            "Islanders say they have heard that promise every winter since the old boat was sold.",
        ];
        let verdicts = verdicts_of(&page);
        let subscribe = Some(Category::Subscribe);
        assert_eq!(verdicts[3..7], [subscribe; 4]);
        assert!(verdicts[..3]
            .iter()
            .chain(&verdicts[7..])
            .all(Option::is_none));
    }

    #[test]
    fn a_teaser_title_cut_short_by_an_ellipsis_is_a_related_link() {
        let page = [
            "Island ferry stops for the winter",
            "The last boat of the season left the pier on Sunday with eleven passengers on board.",
            "The operator said it would publish a spring timetable by the end of February.",
            "Related articles",
            "Harbour town bans jet skis from the bay for the summer... and...",
            "Island's oldest lighthouse goes up for sale at £1.2m",
            "Islanders say they have heard that promise every winter since the old boat was sold.",
            "The council will discuss the timetable again at its next meeting in March.",
        ];
        let verdicts = verdicts_of(&page);
        let related = Some(Category::Related);
        assert_eq!(verdicts[3..6], [related; 3]);
        for i in [0, 1, 2, 6, 7] {
            assert_eq!(verdicts[i], None, "{}", page[i]);
        }
    }

    #[test]
    fn an_author_name_between_player_and_share_buttons_leaves_the_headline_above() {
        let page = [
            "Skip to main content",
            "Science",
            "Gulls learn the ferry timetable within weeks, a harbour study finds",
            "Listen · 4:12",
            "Transcript",
            "Jo Marsh",
            "Facebook",
            "Email",
            "March 17, 2026 5:00 AM ET",
            "Every morning at seven, the gulls gather on the pier a few minutes before the first ferry comes in.",
            "Researchers at the harbour college followed 120 ringed gulls for three years to find out why.",
            "They found that the birds learned the timetable of each boat within a few weeks of its change.",
        ];
        let verdicts = verdicts_of(&page);
        assert_eq!(verdicts[2], None);
        assert!(verdicts[5].is_some());
        for i in 9..12 {
            assert_eq!(verdicts[i], None, "{}", page[i]);
        }
    }

    #[test]
    fn a_bare_headline_over_a_dateline_line_is_kept() {
        let page = [
            "Island town votes to save its last grocery store",
            "PORT ELLIS, Maine (AP) —",
            "Voters in this fishing town of 600 people agreed on Tuesday to spend public money to keep their only grocery store open.",
            "The measure passed 212 to 97, according to unofficial results posted at the town office on Tuesday night.",
            "It allows the town to buy the building and lease it back to a cooperative run by the store's own staff.",
        ];
        let (lines, kinds) = classified(&page);
        assert!(decide(&lines, &kinds).iter().all(Option::is_none));
    }

    #[test]
    fn a_head_with_its_author_over_the_stamps_is_found_when_the_standfirst_joins_the_text() {
        let page = [
            "Accueil Bretagne Finistère",
            "Abonnez-vous : 1 € le premier mois",
            "Au port, la criée vend désormais ses caisses aux enchères à distance",
            "Depuis janvier, une vingtaine de mareyeurs achètent la lotte et la langoustine depuis leur bureau, à des centaines de kilomètres du quai.",
            "Le Courrier Jeanne Le Roux.",
            "Publié le 05/02/2026 à 06h15",
            "Partager cet article",
            "Il est 5 h 30, mardi, sous les néons de la criée, et les bateaux rentrés dans la nuit ont débarqué leurs caisses.",
            "Près de la moitié des lots partent pourtant vers des écrans situés ailleurs, à Lorient, à Nantes ou à Rungis.",
            "Depuis janvier, la criée teste un module d'enchères à distance, ouvert aux mareyeurs agréés de toute la région.",
        ];
        let (lines, kinds) = crate::clean::classify::classified_in(&page, crate::Lang::Fr);
        let verdicts = decide(&lines, &kinds);
        for i in [2, 3, 7, 8, 9] {
            assert_eq!(verdicts[i], None, "{}", page[i]);
        }
        assert!(verdicts[4..7].iter().all(Option::is_some), "{verdicts:?}");
    }

    #[test]
    fn a_long_tabloid_headline_over_its_points_and_a_label_under_a_headline_keep_the_head() {
        let page = [
            "Home | News | Sport | Money",
            "'It's like losing a friend': Fury as harbour board orders owners of 41 beloved fishing sheds on the old quay to take them down before the autumn storms arrive, leaving families who fished there for generations with nowhere to keep their nets",
            "Owners of 41 sheds on the old quay given until September to remove them",
            "The board says the sheds never had permission and block the harbour path",
            "One family has kept the same green shed since 1961",
            "By JO MARSH FOR THE GAZETTE",
            "Published: 11:42 GMT, 9 March 2026",
            "The owners of dozens of fishing sheds on the old quay have been ordered to take them down before the autumn storms.",
            "The harbour board has served notices on all 41 sheds, saying they were never given permission and block the path.",
            "Owners say the sheds have stood on the quay for sixty years and that nobody complained until this spring.",
        ];
        let verdicts = verdicts_of(&page);
        for i in [1, 2, 3, 4, 7, 8, 9] {
            assert_eq!(verdicts[i], None, "{}", page[i]);
        }
        let page = [
            "Accueil",
            "Incendie dans la seule boulangerie du village : les habitants se relaient pour le pain",
            "L'essentiel",
            "Dans la nuit de dimanche à lundi, un incendie a ravagé le fournil de la boulangerie. Personne n'a été blessé.",
            "Par Jeanne Roux",
            "Publié le 10/03/2026 à 18:47",
            "Écouter cet article",
            "Propulsé par Audiolab",
            "00:00/03:12",
            "Partager",
            "Il était un peu plus de 3 heures du matin quand une voisine a été réveillée par une odeur de fumée.",
            "Les pompiers sont intervenus pendant près de trois heures sur la place de l'Église, sans pouvoir sauver le fournil.",
            "Le boulanger, installé depuis six ans, veut rouvrir avant l'été et le village s'organise en attendant.",
        ];
        let (lines, kinds) = crate::clean::classify::classified_in(&page, crate::Lang::Fr);
        let verdicts = decide(&lines, &kinds);
        for i in [1, 3, 10, 11, 12] {
            assert_eq!(verdicts[i], None, "{}", page[i]);
        }
        assert!(verdicts[7].is_some());
        // Over a lone standfirst, the label is the site's.
        assert!(verdicts[2].is_some());
    }

    #[test]
    fn a_key_points_label_is_kept_over_its_points_only() {
        let label_verdict = |texts: &[&'static str]| {
            let (lines, kinds) = crate::clean::classify::classified_in(texts, crate::Lang::Fr);
            let mut verdicts = vec![None; texts.len()];
            verdicts[0] = Some(Category::Related);
            verdicts[texts.len() - 1] = Some(Category::Byline);
            keep_key_points_labels(&lines, &kinds, &mut verdicts);
            verdicts[0]
        };
        let points = [
            "L'essentiel",
            "- Le fournil est détruit, personne n'a été blessé",
            "Le village organise une tournée de pain en attendant",
            "Par Jeanne Roux",
        ];
        assert_eq!(label_verdict(&points), None);
        let unmarked = [points[0], "Le fournil est détruit", points[2], points[3]];
        assert_eq!(label_verdict(&unmarked), None);
        let standfirst = [
            points[0],
            "Dans la nuit, un incendie a ravagé le fournil. Personne n'a été blessé.",
            points[3],
        ];
        assert_eq!(label_verdict(&standfirst), Some(Category::Related));
    }

    #[test]
    fn a_list_opening_and_its_items_under_a_related_insert_are_the_article_going_on() {
        let page = [
            "The county agreed on Monday to rebuild the old harbour library by the end of next year.",
            "Its reading room has been closed since a storm flooded the ground floor last winter.",
            "Builders are expected to start work in the spring if the final designs are approved.",
            "The library lent more than forty thousand books a year before the storm, the county said.",
            "Its staff have run a small lending desk from the town hall since the flood closed the doors.",
            "Read more",
            "Ferry fares to rise again next spring",
            "Harbour wall repairs to start in May",
            "Readers rally round",
            "A petition to reopen the library gathered two thousand names in a week on the quay.",
            "What the new building will have:",
            "a children's corner with a small stage;",
            "twelve study desks on the upper floor;",
            "longer opening hours on weekdays.",
            "The head librarian said the plans were \"the best news the town has had in years\".",
        ];
        let verdicts = verdicts_of(&page);
        let related = Some(Category::Related);
        assert_eq!(verdicts[5..8], [related, related, related]);
        assert!(
            verdicts[8..].iter().all(Option::is_none),
            "{:?}",
            &verdicts[8..]
        );
    }

    #[test]
    fn a_head_over_an_author_box_with_a_follow_button_or_a_handle_is_kept() {
        let paragraphs = [
            "In the spring of 2025, a year after the harbour paper closed, I started a letter about my town.",
            "The first issue went to two hundred people, most of them readers of the paper I had worked for.",
            "The two years are up, and I want to explain what changed with the numbers I wish I had seen.",
        ];
        let mut page = vec![
            "Open in app",
            "Member-only story",
            "I Kept a Harbour Newsletter for Two Years. Here Is What I Learned.",
            "Open rates, paid readers and the one issue that cost me a hundred of them",
            "Jo Marsh",
            "Follow",
            "6 min read",
            "May 3, 2027",
            "2.1K",
            "41",
            "Share",
            "Photo by Kit Moss on Unsplash",
        ];
        page.extend(paragraphs);
        let verdicts = verdicts_of(&page);
        assert_eq!(verdicts[2..4], [None, None], "{verdicts:?}");
        let mut page = vec![
            "Watch Live",
            "Ferry fares to rise by a fifth as fuel costs climb",
            "Harbour Ferries says the rise will start on 1 June and could last until the winter unless fuel gets cheaper.",
            "Jo Marsh",
            "Transport reporter @jomarsh",
            "Tuesday 3 May 2027 14:22, UK",
            "Image: The night ferry leaves the quay. Pic: PA",
        ];
        page.extend(paragraphs);
        let verdicts = verdicts_of(&page);
        assert_eq!(verdicts[1..3], [None, None], "{verdicts:?}");
    }

    #[test]
    fn an_interview_heading_under_a_related_list_is_kept() {
        let page = [
            "Related stories",
            "Ferry fares to rise again next spring",
            "Harbour wall repairs to start in May",
            "Three questions for Jo Marsh",
            "What will you change first?",
            "The timetable. The night crossing leaves far too early for the workers.",
            "Will fares go up?",
            "Not this year. The board has promised to hold them until the autumn.",
        ];
        let (lines, kinds) = classified(&page);
        let mut verdicts = vec![None; page.len()];
        drop_related_lists(&lines, &kinds, None, &mut verdicts);
        let related = Some(Category::Related);
        assert_eq!(verdicts[..4], [None, related, related, None]);
        assert!(verdicts[4..].iter().all(Option::is_none));
        // Without a second question, the title over the first is one more related link.
        let mut single = page;
        single[6] = "The board met again on Friday to look at the winter timetable.";
        let (lines, kinds) = classified(&single);
        let mut verdicts = vec![None; page.len()];
        drop_related_lists(&lines, &kinds, None, &mut verdicts);
        assert_eq!(verdicts[3], related);
        assert!(verdicts[4..].iter().all(Option::is_none));
    }

    #[test]
    fn an_insert_is_followed_by_paragraphs_and_a_teaser_list_is_not() {
        let insert = classified(&[
            "See also",
            "Ferry fares to rise again next spring",
            "Harbour wall repairs to start in May",
            "The board said the night crossing would run every day of the week.",
            "Tickets will cost the same as on the last evening crossing today.",
            "Workers' unions welcomed the decision in a short statement on Friday.",
        ]);
        assert!(article_resumes(&insert.0, &insert.1, 0));
        let teasers = classified(&[
            "See also",
            "Ferry fares to rise again next spring",
            "The board says the price of fuel leaves it no other choice this year.",
            "Harbour wall repairs to start in May",
            "Engineers found the old stones had moved after the winter storms.",
            "Island library stays open on Saturdays",
            "The vote was close, but readers will keep their weekend hours.",
        ]);
        assert!(!article_resumes(&teasers.0, &teasers.1, 0));
        let tagged = classified(&[
            "See also",
            "Ferry fares to rise again next spring",
            "The board said the night crossing would run every day of the week.",
            "Tickets will cost the same as on the last evening crossing today.",
            "Workers' unions welcomed the decision in a short statement on Friday.",
            "Ferries",
        ]);
        assert!(article_resumes(&tagged.0, &tagged.1, 0));
        let dated = classified(&[
            "See also",
            "Ferry fares to rise again next spring",
            "The board says the price of fuel leaves it no other choice this year.",
            "March 3, 2025",
            "Engineers found the old stones had moved after the winter storms.",
            "The vote was close, but readers will keep their weekend hours.",
        ]);
        assert!(!article_resumes(&dated.0, &dated.1, 0));
    }

    #[test]
    fn live_blog_headings_open_on_a_time() {
        for heading in [
            "11h20. Le port fermé",
            "2.50am: Turnout",
            "14:05 - Vote",
            "9:12 PM Result",
        ] {
            assert!(starts_with_time(heading), "{heading}");
        }
        for text in [
            "2025 was a record year.",
            "3.5 million homes",
            "12h",
            "10:45",
            "1h30 de trajet",
        ] {
            assert!(!starts_with_time(text), "{text}");
        }
    }

    #[test]
    fn a_bare_time_heads_a_post() {
        for time in ["15h42", "9:12 PM", "2.50am", "10:05 "] {
            assert!(is_bare_time(time), "{time}");
        }
        for text in [
            "15h42. Le port fermé",
            "15h",
            "15h420",
            "2025",
            "3.5 million",
        ] {
            assert!(!is_bare_time(text), "{text}");
        }
    }

    #[test]
    fn facts_are_a_label_and_a_short_value() {
        assert!(is_fact("Referee: Kit Moss."));
        assert!(is_fact("Crossing time: 40 min."));
        assert!(!is_fact("Referee: Kit Moss"));
        assert!(!is_fact("The board said: the ferry will run at night."));
        assert!(!is_fact(
            "Note: the board will meet again in the spring to review the night crossing."
        ));
    }

    #[test]
    fn block_is_the_maximum_sum_run() {
        assert_eq!(article_block(&[-3, 10, -2, 8, -9, 1]), Some((1, 4)));
        assert_eq!(article_block(&[-1, -2]), None);
        assert_eq!(article_block(&[]), None);
    }

    #[test]
    fn a_short_last_paragraph_before_the_widgets_stays() {
        let page = [
            "Harbour library to reopen in June",
            "The harbour library will reopen in June, two years after a storm flooded its ground floor.",
            "Builders finished the new roof last month, and volunteers are filling the shelves again.",
            "A public meeting on the new opening hours is planned for the 26th at the town hall.",
            "Entry is free.",
            "Read more: Ferry fares to rise again next spring",
            "Share",
        ];
        let verdicts = verdicts_of(&page);
        assert_eq!(verdicts[..5], [None; 5]);
        assert!(verdicts[5..].iter().all(Option::is_some));
    }

    #[test]
    fn a_list_of_dates_closing_the_article_stays_with_its_heading() {
        let page = [
            "The Harbour Band will tour the coast next summer for its thirtieth anniversary.",
            "The band announced the dates on Friday, at the end of a sold-out show in the old pier hall.",
            "Tickets go on sale on the first of December at the box offices of each venue.",
            "The Harbour Band anniversary tour dates:",
            "June 9 – Port Ellis, The Pier Hall",
            "June 12 – Saltby @ Castle Green",
            "Sept. 3 -- Northwick Arena, Northwick",
            "Share",
            "Read more: Ferry fares to rise again next spring",
        ];
        let verdicts = verdicts_of(&page);
        assert_eq!(verdicts[..7], [None; 7]);
        assert!(verdicts[7..].iter().all(Option::is_some));
        // Counts under the last paragraph are not dates.
        let mut counts = page;
        counts[3] = "Reactions";
        counts[4] = "12";
        counts[5] = "3";
        counts[6] = "1";
        let verdicts = verdicts_of(&counts);
        assert!(verdicts[3..].iter().all(Option::is_some));
    }

    #[test]
    fn an_embedded_post_closing_the_article_keeps_its_signature() {
        let page = [
            "The harbour library will reopen in June, two years after a storm flooded its ground floor.",
            "Builders finished the new roof last month, and volunteers are filling the shelves again.",
            "The mayor shared the news on social media on Tuesday morning:",
            "The library is coming back, and so are the Saturday story hours. See you in June!",
            "— Ann Lee (@mayorannlee) May 3, 2027",
            "Updated at 1:23 p.m.",
            "Tags Harbour Library",
        ];
        let verdicts = verdicts_of(&page);
        assert_eq!(verdicts[..5], [None; 5]);
        assert!(verdicts[5..].iter().all(Option::is_some));
    }

    #[test]
    fn a_comment_counter_in_a_live_blog_does_not_end_it() {
        let page = [
            "Harbour fire: the latest",
            "12:20",
            "Firefighters will stay on the quay through the night, the harbour master said.",
            "The roof of the old fish market collapsed shortly after noon, but nobody was hurt.",
            "4 comments",
            "11:02",
            "The smoke could be seen from the ferry terminal across the bay early this morning.",
            "Residents of the harbour streets were asked to keep their windows closed until noon.",
            "09:45",
            "The fire started in a storeroom at the back of the market shortly before dawn.",
            "Two night guards left the building on their own and called the fire brigade at once.",
        ];
        let verdicts = verdicts_of(&page);
        for i in [2, 3, 6, 7, 9, 10] {
            assert_eq!(verdicts[i], None, "{}", page[i]);
        }
    }

    #[test]
    fn a_facts_box_under_its_heading_closes_the_article() {
        let page = [
            "The Gulls beat the Terns 98-91 on Tuesday night, their fifth win in a row at home.",
            "Ana Ruiz scored 31 points, 12 of them in a fourth quarter that the Terns never controlled.",
            "The Terns played without their captain, who sat out with a sore knee for a third game.",
            "UP NEXT",
            "Gulls: Host the Herons on Friday.",
            "Terns: Visit the Ospreys on Saturday.",
            "Share",
        ];
        let verdicts = verdicts_of(&page);
        assert_eq!(verdicts[..3], [None; 3]);
        assert_eq!(verdicts[4..6], [None; 2]);
        assert!(verdicts[6].is_some());
    }

    #[test]
    fn a_comment_button_under_an_embedded_post_does_not_end_the_article() {
        let page = [
            "The harbour library will reopen in June, two years after a storm flooded its ground floor.",
            "Builders finished the new roof last month, and volunteers are filling the shelves again.",
            "The reading room will keep its old oak tables, restored by a carpenter from the town.",
            "The county's plan drew support from two councillors on social media this week.",
            "One of them called it the best use of the storm fund that the county has made so far.",
            "The other said the town had waited long enough for a place where children can read.",
            "@HarbourCouncil",
            "Report",
            "The mayor said on Tuesday that the reopening would be marked with a week of readings.",
            "\"We promised the town its library back, and we kept that promise,\" she said.",
            "The children's corner will open first, with a story hour every Saturday morning.",
            "Tickets for the opening readings are free and can be booked at the town hall.",
        ];
        let verdicts = verdicts_of(&page);
        for i in (0..6).chain(8..12) {
            assert_eq!(verdicts[i], None, "{}", page[i]);
        }
        // Under the same button, comments and their signatures are the comment section.
        let mut comments = page;
        comments[8] = "Jo Marsh says:";
        comments[9] = "About time, the kids have missed it so much.";
        comments[10] = "Reply";
        comments[11] = "Al Li says:";
        let verdicts = verdicts_of(&comments);
        assert!(verdicts[7..].iter().all(Option::is_some));
    }

    #[test]
    fn a_caption_over_its_credit_under_the_head_is_no_standfirst() {
        let page = [
            "Aller au contenu",
            "Accueil Info Régions Côte-Nord",
            "La passerelle de Port-Cartier fermée pour tout l'hiver",
            "Des fissures relevées dans deux piliers privent les piétons de leur raccourci vers le port jusqu'au printemps prochain.",
            "La passerelle est interdite d'accès depuis lundi matin.",
            "Photo : Radio-Nord / Julie Tremblay",
            "Julie Tremblay",
            "Publié le 3 novembre 2026 à 9 h 02 HNE",
            "Partager l’article",
            "La Ville de Port-Cartier a annoncé lundi la fermeture de sa passerelle piétonne jusqu'au mois d'avril, après une inspection jugée inquiétante.",
            "Les ingénieurs ont relevé des fissures dans deux des quatre piliers qui soutiennent le tablier de l'ouvrage.",
            "Un détour de près de deux kilomètres est désormais imposé aux piétons qui se rendent au port à pied.",
            "Les travaux de réfection doivent commencer dès que le dégel le permettra, selon la municipalité.",
        ];
        let (lines, kinds) = crate::clean::classify::classified_in(&page, crate::Lang::Fr);
        let verdicts = decide(&lines, &kinds);
        assert_eq!(verdicts[2..4], [None, None], "{verdicts:?}");
        assert!(verdicts[4..9].iter().all(Option::is_some), "{verdicts:?}");
        assert!(verdicts[9..].iter().all(Option::is_none), "{verdicts:?}");
    }

    /// A market story's head and six paragraphs, a `Read more` header and two related titles,
    /// then `rest`.
    fn market_page_over_related_titles(rest: &[&'static str]) -> Vec<&'static str> {
        let mut page = vec![
            "Harbour town to close its last fish market after two centuries",
            "The council said on Monday the market hall would shut in March after years of losses.",
            "Traders have been offered stalls in a new food court on the seafront, at half the rent.",
            "Only four of the eleven stallholders have said they intend to move to the new site.",
            "The hall was built in 1821 and rebuilt after a fire in 1904, and it is listed.",
            "Footfall has fallen by a third since the supermarket opened on the ring road in 2019.",
            "The council says the hall loses about £90,000 a year once repairs are counted.",
            "Read more",
            "The fishmongers who still start work at four in the morning",
            "'It is not about money': the row over the seafront plan",
        ];
        page.extend_from_slice(rest);
        page
    }

    #[test]
    fn a_related_insert_over_a_photo_and_an_intertitle_does_not_end_the_article() {
        let page = market_page_over_related_titles(&[
            "The market hall's iron roof dates from the rebuilding of 1904",
            "Photo: Sam Reed/Getty Images",
            "A fight over the hall",
            "Not every trader accepts the council's figures. A petition signed by 900 residents asks for a delay.",
            "The petition will be debated at the next full council meeting on February 12.",
            "A council spokesperson said the figures had been checked by an outside auditor.",
            "The trust that owns the building has not said what it plans to do with the hall.",
        ]);
        let verdicts = verdicts_of(&page);
        assert!(verdicts[7..12].iter().all(Option::is_some), "{verdicts:?}");
        assert!(verdicts[12..].iter().all(Option::is_none), "{verdicts:?}");
        assert!(verdicts[..7].iter().all(Option::is_none), "{verdicts:?}");
    }

    #[test]
    fn a_wire_source_name_between_bylines_leaves_the_headline_under_it() {
        let page = [
            "News provided by",
            "Northwind Ferries",
            "12 Mar, 2026, 09:00 ET",
            "Share this article",
            "Northwind Ferries Orders Four Electric Vessels for Its Island Routes",
            "The ships will replace diesel ferries on the three busiest crossings from 2028.",
            "SEAPORT, Maine, March 12, 2026 /Wire/ -- Northwind Ferries said on Thursday it had ordered four battery-electric ferries from a shipyard in Norway.",
            "The vessels will carry up to 300 passengers and 60 cars each and charge at the dock in 20 minutes.",
            "The company expects the new ships to cut its fuel bill by about a third.",
        ];
        let verdicts = verdicts_of(&page);
        assert!(verdicts[..4].iter().all(Option::is_some), "{verdicts:?}");
        assert!(verdicts[4..].iter().all(Option::is_none), "{verdicts:?}");
    }

    #[test]
    fn a_place_in_capitals_alone_under_a_photo_opens_the_text() {
        let page = [
            "Old harbour crane to be taken down after a century",
            "[Photo] The crane on the north quay on Monday.",
            "Photo: Jo Roe, The Harbour Times via AP",
            "PORTWICK",
            "The port authority said on Monday that the last steam crane on the north quay would be dismantled in the spring.",
            "Engineers found the base of the crane too corroded to be repaired at a reasonable cost.",
            "Parts of the jib will be kept for the town's maritime museum, the authority said.",
        ];
        let verdicts = verdicts_of(&page);
        assert!(verdicts[3..].iter().all(Option::is_none), "{verdicts:?}");
        use crate::clean::head::is_dateline;
        assert!(is_dateline("NEW DELHI"));
        assert!(!is_dateline("OK"));
        assert!(!is_dateline("NEWS: 24/7"));
    }

    #[test]
    fn a_match_result_under_a_photo_opens_the_report_under_its_headline() {
        let page = [
            "Rovers snatch late win in the derby",
            "Posted by Club Media Team",
            "Share",
            "Photo: Kit Moss",
            "Portwick Rovers 3 Eastwick 1",
            "Portwick Rovers came from behind to beat their neighbours at the harbour ground on Saturday, with two goals in the last ten minutes.",
            "Eastwick had led since the first half, when their striker headed in a corner at the near post.",
            "The home side pressed for most of the second half and were rewarded when their captain scored from the edge of the box.",
        ];
        let verdicts = verdicts_of(&page);
        assert_eq!(verdicts[0], None);
        assert!(verdicts[4..].iter().all(Option::is_none), "{verdicts:?}");
        // Once the furniture is gone, the headline over the result reads the same.
        let bare = [page[0], page[4], page[5], page[6], page[7]];
        assert!(verdicts_of(&bare).iter().all(Option::is_none));
        use crate::clean::head::is_result;
        assert!(is_result("Portwick 3-1 Eastwick"));
        assert!(!is_result("Portwick Rovers 3 Eastwick"));
        assert!(!is_result("Top 10 Films of 2026"));
    }

    #[test]
    fn a_short_sentence_under_a_related_insert_is_the_article_going_on() {
        let page = market_page_over_related_titles(&[
            "A fight over the hall",
            "A petition signed by 900 residents asks the council to delay the closure by a year.",
            "Too late.",
            "That is the verdict of most traders, who say the petition came two years after the losses began.",
            "The petition will be debated at the next full council meeting on February 12.",
            "A council spokesperson said the figures had been checked by an outside auditor.",
        ]);
        let verdicts = verdicts_of(&page);
        assert!(verdicts[7..10].iter().all(Option::is_some), "{verdicts:?}");
        assert!(verdicts[10..].iter().all(Option::is_none), "{verdicts:?}");
    }
}
