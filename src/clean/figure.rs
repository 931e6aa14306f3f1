//! Photos and videos set in the page: the caption sits between the furniture above it (share
//! buttons, a timestamp, another credit) and the credit or player line under it, and the
//! credit may be a bare name with its outlet (`Jo Roux / Harbour Gazette`, `ABC - D. E.`),
//! which reads as residue only there.

use super::block::is_bare_time;
use super::classify::{is_name, next_non_blank, LineKind};
use super::lines::Line;
use super::residue::{name_words, Header};
use super::Category;

/// A caption is a sentence or two: a longer line is a paragraph.
const CAPTION_MAX_WORDS: usize = 30;
/// A bare credit over its caption: an agency or a name (`Getty Images`, `PA Media`).
const BARE_CREDIT_MAX_WORDS: usize = 4;
/// The longest caption taken over a bare credit name (`Jo Roe/AFP`) with no label.
const NAMED_CAPTION_MAX_WORDS: usize = 20;
/// A bare credit names a person or two and an outlet.
const CREDIT_MAX_WORDS: usize = 7;

/// The kinds with the captions and bare credits of figures read as credits.
pub fn with_figures(lines: &[Line<'_>], mut kinds: Vec<LineKind>) -> Vec<LineKind> {
    let credit = LineKind::Residue(Category::Credit);
    let non_blank: Vec<usize> = (0..kinds.len())
        .filter(|&i| kinds[i] != LineKind::Blank)
        .collect();
    // A site prints its credits the same way on every photo: one over its caption under the
    // head's furniture says a credit under a paragraph is over its caption too.
    let credits_over_captions = (1..non_blank.len()).any(|at| {
        kinds[non_blank[at]] == LineKind::Text
            && is_caption_under_its_credit(lines, &kinds, &non_blank, at, false)
    });
    // The first text line is the headline, never a caption.
    let mut text_above = false;
    for (at, &i) in non_blank.iter().enumerate() {
        if kinds[i] != LineKind::Text {
            continue;
        }
        let above = at.checked_sub(1).map(|a| non_blank[a]);
        let below = non_blank.get(at + 1).copied();
        if above.is_some_and(|a| kinds[a] == credit) && is_credit_name(lines[i].text) {
            kinds[i] = credit;
            continue;
        }
        let headline = !text_above;
        text_above = true;
        if headline {
            continue;
        }
        // A one-line insert (a related link, an ad, the share buttons) may stand between the
        // credit and the text, or, on a live page, the next post's time alone (`20:40`).
        let after_credit = non_blank.get(at + 2).copied().map(|j| {
            let post_time =
                kinds[j] == LineKind::Residue(Category::Byline) && is_bare_time(lines[j].text);
            let insert = post_time
                || matches!(
                    kinds[j],
                    LineKind::Residue(
                        Category::Related | Category::Advertisement | Category::Share
                    )
                );
            match non_blank.get(at + 3) {
                Some(&next) if insert => next,
                _ => j,
            }
        });
        if is_credited_as_elsewhere(lines, i) {
            kinds[i] = credit;
            continue;
        }
        if below.is_some_and(|b| is_chart_title(lines, &kinds, i, b)) {
            kinds[i] = credit;
            continue;
        }
        if above.is_some_and(|a| is_video_title_under_player(lines, &kinds, a, i))
            || is_video_title_over_length(lines, &kinds, above, i, below)
            || is_video_title_between_paragraphs(lines, &kinds, above, i, below)
        {
            kinds[i] = credit;
            continue;
        }
        if is_caption_under_its_credit(lines, &kinds, &non_blank, at, credits_over_captions) {
            kinds[i] = credit;
            continue;
        }
        if is_caption_by_its_credit(lines, &kinds, i, above, below, after_credit) {
            kinds[i] = credit;
            // A tabloid's pun in capitals over the caption is the figure's too.
            if let Some(a) = above.filter(|&a| is_kicker(&kinds, lines, a)) {
                kinds[a] = credit;
            }
            continue;
        }
        if captions_figure_between_paragraphs(lines, &kinds, &non_blank, at)
            || is_credited_to_masthead(lines, i)
            || is_captioned_as_before(lines, &kinds, &non_blank, at)
        {
            kinds[i] = credit;
            continue;
        }
        // Inserts between paragraphs (ads, links, pitches) are followed by the article.
        let under_furniture = above.is_some_and(|a| match kinds[a] {
            LineKind::Residue(category) => !matches!(
                category,
                Category::Advertisement
                    | Category::Related
                    | Category::Subscribe
                    | Category::Paywall
                    | Category::Tags
            ),
            _ => false,
        });
        // Unstopped, a caption needs a photographer's name with the agency under it
        // (`JO ROE/PA`): a standfirst under the byline may sit over an agency's bare name.
        if under_furniture && !is_caption(&lines[i]) && is_unstopped_caption(&lines[i]) {
            // Its source in brackets after its stop, the text going on under it.
            if below.is_some_and(|b| kinds[b] == LineKind::Text)
                && ends_with_bracketed_source(lines[i].text)
            {
                kinds[i] = credit;
                continue;
            }
            if let Some(b) = below.filter(|&b| {
                let name = lines[b].text.trim_matches(['(', ')']);
                matches!(
                    kinds[b],
                    LineKind::Text | LineKind::Residue(Category::Credit)
                ) && name.contains('/')
                    && is_credit_name(name)
            }) {
                kinds[i] = credit;
                kinds[b] = credit;
            }
            continue;
        }
        if is_uncredited_caption_over_body(lines, &kinds, &non_blank, at) {
            kinds[i] = credit;
            continue;
        }
        if under_furniture && is_caption(&lines[i]) {
            match below {
                Some(b) if kinds[b] == credit && lines[b].shape.words <= CREDIT_MAX_WORDS => {
                    kinds[i] = credit;
                }
                Some(b) if kinds[b] == LineKind::Text && is_credit_name(lines[b].text) => {
                    kinds[i] = credit;
                    kinds[b] = credit;
                }
                _ => {}
            }
        }
    }
    kinds
}

/// Whether text line `non_blank[at]` is the lead photo's caption with no credit: a short
/// sentence right under the share buttons that close the head's furniture (two residue lines
/// at least, where a share bar between paragraphs is one), over the long first paragraph.
fn is_uncredited_caption_over_body(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    non_blank: &[usize],
    at: usize,
) -> bool {
    const MAX_WORDS: usize = 20;
    const BODY_MIN_WORDS: usize = 25;
    let line = &lines[non_blank[at]];
    let words = line.shape.words;
    let furniture_above = at >= 2
        && kinds[non_blank[at - 1]] == LineKind::Residue(Category::Share)
        && matches!(kinds[non_blank[at - 2]], LineKind::Residue(_));
    let body_under = non_blank.get(at + 1).is_some_and(|&b| {
        let body = lines[b].shape.words;
        kinds[b] == LineKind::Text && body >= BODY_MIN_WORDS && body >= 2 * words
    });
    furniture_above
        && body_under
        && line.shape.terminal
        && words <= MAX_WORDS
        && is_labelled_caption(line)
}

/// Whether text line `non_blank[at]` captions a photo the way the page captioned one before:
/// a sentence over a short credit that opens as the credit under an earlier caption does
/// (`Photo Jo Roux` under both). The site's way of printing a figure tells a caption from a
/// last paragraph, even at the article's end; but a short line there (`Work ends in May.`)
/// may close the article over the author's credit, and a caption names more.
fn is_captioned_as_before(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    non_blank: &[usize],
    at: usize,
) -> bool {
    let credit = LineKind::Residue(Category::Credit);
    let first_word = |j: usize| lines[j].text.split_whitespace().next();
    let short_credit = |j: usize| kinds[j] == credit && lines[j].shape.words <= CREDIT_MAX_WORDS;
    let line = &lines[non_blank[at]];
    let Some(&below) = non_blank.get(at + 1).filter(|&&b| short_credit(b)) else {
        return false;
    };
    const MIN_WORDS: usize = 10;
    line.text.ends_with('.')
        && line.shape.words >= MIN_WORDS
        && is_labelled_caption(line)
        && ((1..at).any(|c| {
            let (caption, earlier) = (non_blank[c - 1], non_blank[c]);
            kinds[caption] == credit
                && lines[caption].shape.words > CREDIT_MAX_WORDS
                && is_labelled_caption(&lines[caption])
                && short_credit(earlier)
                && first_word(earlier) == first_word(below)
        }) || is_credit_closing_earlier_caption(lines, kinds, &non_blank[..at], below))
}

/// Whether credit line `credit` opens as the credit an earlier caption closes on, on its own
/// line (`… on the quay. - Photo Gazette - Jo Roe` over `Photo Gazette - archives` here): its
/// first two words there, after the caption's text, with no stop after them.
fn is_credit_closing_earlier_caption(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    earlier: &[usize],
    credit: usize,
) -> bool {
    let text = lines[credit].text;
    let Some(end) = text.match_indices(' ').nth(1).map(|(at, _)| at) else {
        return false;
    };
    let opening = &text[..end];
    earlier.iter().any(|&j| {
        let caption = lines[j].text;
        kinds[j] == LineKind::Residue(Category::Credit)
            && lines[j].shape.words > CREDIT_MAX_WORDS
            && caption
                .rfind(opening)
                .is_some_and(|at| at > 0 && !caption[at..].contains(['.', '!', '?']))
    })
}

/// Whether text line `i` is a chart's title over its credit, which names two sources with
/// their labels (`Data: Harbour Survey; Chart: Jo Roe`): a short title, no sentence.
fn is_chart_title(lines: &[Line<'_>], kinds: &[LineKind], i: usize, credit: usize) -> bool {
    const MAX_WORDS: usize = 15;
    let credit_text = lines[credit].text;
    let title = &lines[i];
    kinds[credit] == LineKind::Residue(Category::Credit)
        && credit_text
            .split(';')
            .filter(|part| part.contains(':'))
            .count()
            >= 2
        && title.shape.words <= MAX_WORDS
        && !title.shape.terminal
        && !title.text.ends_with([':', ';', ','])
        && title.text.starts_with(char::is_uppercase)
        && !title.text.contains(['"', '«', '“', '”', '‘', '»'])
}

/// Whether text line `title` is a video's title under its player (`WATCH NOW VIDEO 3:42`): a
/// credit line that gives the video's length, over a short line that is no sentence.
fn is_video_title_under_player(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    player: usize,
    title: usize,
) -> bool {
    // A player naming its video (`VIDEO - Storm hits the coast - 2:14`) has its title:
    // the line under it is the page's own (the headline).
    const PLAYER_MAX_WORDS: usize = 5;
    let shape = lines[title].shape;
    // The player's words are read last: every text line has a line above it.
    kinds[player] == LineKind::Residue(Category::Credit)
        && !shape.terminal
        && shape.words <= CAPTION_MAX_WORDS
        && lines[player].text.split_whitespace().any(is_bare_time)
        && lines[player].shape.words <= PLAYER_MAX_WORDS
}

/// Whether text line `title` is a video's title between its player's label and its length
/// (`WATCH | …` over the title over `Duration 2:07`): a short line that is no sentence. The
/// label may be a menu word alone (`Vidéo`) when the length stands alone under the title
/// (`2:14`, read as a time): a headline has the site's menu over it, but it is no caption.
fn is_video_title_over_length(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    player: Option<usize>,
    title: usize,
    length: Option<usize>,
) -> bool {
    const LENGTH_MAX_WORDS: usize = 3;
    const LABEL_MAX_WORDS: usize = 1;
    let credit = LineKind::Residue(Category::Credit);
    let shape = lines[title].shape;
    let is_length = |j: usize| {
        kinds[j] == credit
            && lines[j].shape.words <= LENGTH_MAX_WORDS
            && lines[j].text.split_whitespace().any(is_bare_time)
    };
    let is_bare_length =
        |j: usize| kinds[j] == LineKind::Residue(Category::Byline) && is_bare_time(lines[j].text);
    let is_label = |p: usize| {
        kinds[p] == LineKind::Residue(Category::Navigation)
            && lines[p].shape.words <= LABEL_MAX_WORDS
    };
    !shape.terminal
        && shape.words <= CAPTION_MAX_WORDS
        && match (player, length) {
            (Some(p), Some(l)) if kinds[p] == credit => is_length(l),
            (Some(p), Some(l)) => is_label(p) && is_bare_length(l),
            _ => false,
        }
}

/// Whether text line `title` is an embedded video's title between two paragraphs, over the
/// video's length alone (`1:12`, minutes of one digit, which no live post's time of day is
/// written as): a short line that is no sentence, under a paragraph or an insert (an ad), with
/// a paragraph under the length.
fn is_video_title_between_paragraphs(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    above: Option<usize>,
    title: usize,
    length: Option<usize>,
) -> bool {
    const MIN_PARAGRAPH_WORDS: usize = 10;
    let shape = lines[title].shape;
    let is_paragraph = |p: usize| {
        kinds[p] == LineKind::Text
            && lines[p].shape.is_prose()
            && lines[p].shape.words >= MIN_PARAGRAPH_WORDS
    };
    let under_paragraph =
        above.is_some_and(|a| is_paragraph(a) || matches!(kinds[a], LineKind::Residue(_)));
    let is_short_length = |j: usize| {
        let text = lines[j].text;
        kinds[j] == LineKind::Residue(Category::Byline)
            && text.len() == 4
            && text.as_bytes()[1] == b':'
            && is_bare_time(text)
    };
    let paragraph_under = |l: usize| next_non_blank(kinds, l + 1).is_some_and(is_paragraph);
    under_paragraph
        && !shape.terminal
        && shape.words <= CAPTION_MAX_WORDS
        && length.is_some_and(|l| is_short_length(l) && paragraph_under(l))
}

/// Whether text line `non_blank[at]` captions the photo whose labelled credit stands over it
/// (`Photo: Jo Roe` over the caption), as some sites print them: the credit has no caption of
/// its own above it (furniture, or, on a site known to print them so, a paragraph too long for
/// one), and the text goes on under. A caption states: a question is a heading.
fn is_caption_under_its_credit(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    non_blank: &[usize],
    at: usize,
    under_paragraph: bool,
) -> bool {
    let credit = LineKind::Residue(Category::Credit);
    let Some(c) = at.checked_sub(1).map(|a| non_blank[a]) else {
        return false;
    };
    let labelled = kinds[c] == credit
        && lines[c].header == Header::CaptionCredit
        && !lines[c].text.trim_end().ends_with(':');
    let no_caption_above = at.checked_sub(2).is_some_and(|a| {
        let a = non_blank[a];
        match kinds[a] {
            LineKind::Residue(category) => category != Category::Credit,
            LineKind::Text => under_paragraph && lines[a].shape.words > CAPTION_MAX_WORDS,
            _ => false,
        }
    });
    let text_under = non_blank
        .get(at + 1)
        .is_some_and(|&b| kinds[b] == LineKind::Text);
    let line = &lines[non_blank[at]];
    labelled
        && no_caption_above
        && text_under
        && line.text.ends_with('.')
        && is_labelled_caption(line)
}

/// Whether text line `i` captions the figure whose credit stands next to it, wherever it is:
/// under a bare credit (`Getty Images`), a caption left without its stop, the text going on
/// under it; over a labelled credit (`Photograph: Jo Roe/PA`), a caption; over a
/// photographer's name with an agency (`Jo Roe/AFP`), which says less than a label, a short
/// caption, in a figure the text goes on under (a last paragraph over a bare credit is the
/// article's).
fn is_caption_by_its_credit(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    i: usize,
    above: Option<usize>,
    below: Option<usize>,
    after_credit: Option<usize>,
) -> bool {
    let credit = LineKind::Residue(Category::Credit);
    let text_at = |j: Option<usize>| j.is_some_and(|j| kinds[j] == LineKind::Text);
    let under_bare_credit =
        above.is_some_and(|a| kinds[a] == credit && lines[a].shape.words <= BARE_CREDIT_MAX_WORDS);
    if under_bare_credit
        && text_at(below)
        && is_unstopped_caption(&lines[i])
        && !above.is_some_and(|a| closes_captioned_figure(lines, kinds, a))
    {
        return true;
    }
    // A label alone (`Image:`) heads the caption under it, not the paragraph above it.
    let labelled = below.is_some_and(|b| {
        lines[b].header == Header::CaptionCredit && !lines[b].text.trim_end().ends_with(':')
    });
    // After the copyright sign, the photographer's name is enough: `© Jo Roux`.
    let named = below.is_some_and(|b| {
        let name = lines[b].text.trim_matches(['(', ')']);
        let copyright = name.strip_prefix('©').map(str::trim_start);
        let name = copyright.unwrap_or(name);
        let credit_name = name.contains('/') && is_credit_name(name);
        kinds[b] == credit
            && (credit_name || copyright.is_some_and(is_name) || is_labelled_name(name))
    }) && text_at(after_credit)
        && lines[i].shape.words <= NAMED_CAPTION_MAX_WORDS;
    if (labelled || named) && is_labelled_caption(&lines[i]) {
        return true;
    }
    // Between paragraphs, the line over a labelled credit is its caption even unstopped, as
    // magazines print a pun there (`Hail, hail`): a heading over a photo has no paragraph
    // right above it (or above the ad or link between them), or no text under the credit.
    let is_paragraph = |a: usize| kinds[a] == LineKind::Text && lines[a].shape.is_prose();
    let insert = |a: usize| {
        matches!(
            kinds[a],
            LineKind::Residue(Category::Advertisement | Category::Related)
        )
    };
    // A pun in capitals may head the caption (`GATE CHECK`): the paragraph is over it.
    let above = above.map(|a| match previous(kinds, a) {
        Some(p) if is_kicker(kinds, lines, a) => p,
        _ => a,
    });
    let paragraph_above = above.is_some_and(|a| {
        is_paragraph(a)
            || insert(a)
                && (0..a)
                    .rev()
                    .find(|&j| kinds[j] != LineKind::Blank)
                    .is_some_and(is_paragraph)
    });
    let line = &lines[i];
    labelled
        && paragraph_above
        && text_at(after_credit)
        && line.shape.words <= CAPTION_MAX_WORDS
        && line.text.starts_with(char::is_uppercase)
        && !line.text.ends_with([':', ';'])
        && !line.text.contains(['"', '«', '“', '”', '‘'])
}

/// Whether credit `text` is a label of a word or two before the photographer's name
/// (`Photo Jo Roux`, `Photo d'archives Jo Roux`): the label's first word capitalised, the
/// words after it lowercase, then two or three capitalised words of letters only (`Image
/// Credits: Harbour Board` is a label with its colon, then a body).
fn is_labelled_name(text: &str) -> bool {
    const MAX_WORDS: usize = 5;
    let words: Vec<&str> = text.split_whitespace().collect();
    let capitalised = |w: &&str| {
        w.starts_with(char::is_uppercase)
            && w.chars().all(|c| c.is_alphabetic() || "-'’".contains(c))
    };
    if words.len() > MAX_WORDS || !words.first().is_some_and(capitalised) {
        return false;
    }
    let lowercase = |w: &&&str| w.starts_with(char::is_lowercase);
    let name_at = 1 + words[1..].iter().take_while(lowercase).count();
    let name = &words[name_at..];
    (2..=3).contains(&name.len()) && name.iter().all(capitalised) && is_name(&name.join(" "))
}

/// The non-blank line before `i`.
fn previous(kinds: &[LineKind], i: usize) -> Option<usize> {
    (0..i).rev().find(|&j| kinds[j] != LineKind::Blank)
}

/// Whether text line `a` is a kicker in capitals of a few words (`GATE CHECK`) under a
/// paragraph.
fn is_kicker(kinds: &[LineKind], lines: &[Line<'_>], a: usize) -> bool {
    const MAX_WORDS: usize = 4;
    let line = &lines[a];
    kinds[a] == LineKind::Text
        && line.shape.words <= MAX_WORDS
        && line.shape.lowercase_words == 0
        && !line.shape.terminal
        && line.text.chars().any(char::is_alphabetic)
        && !line.text.chars().any(char::is_lowercase)
        && previous(kinds, a)
            .is_some_and(|p| kinds[p] == LineKind::Text && lines[p].shape.is_prose())
}

/// Whether credit line `credit` closes a figure whose caption is above it: a labelled credit
/// (`Photograph: Jo Roe/PA`) under another credit line. The line under it is the text's (an
/// intertitle), not a second caption.
fn closes_captioned_figure(lines: &[Line<'_>], kinds: &[LineKind], credit: usize) -> bool {
    lines[credit].header == Header::CaptionCredit
        && (0..credit)
            .rev()
            .find(|&j| kinds[j] != LineKind::Blank)
            .is_some_and(|j| kinds[j] == LineKind::Residue(Category::Credit))
}

/// Whether text line `non_blank[at]` captions a figure set between paragraphs (a paragraph
/// over it, the text going on under its credits): an unstopped caption over a bare credit
/// (`Getty Images`; a labelled one such as `Source: …` may be a chart's, whose title is the
/// article's), or a caption over a figure's run of credit lines opening on a photographer's
/// name (`Jo Roe/AFP`, `hide caption`, …), which a paragraph never has under it (a run of
/// labels, `Image copyright`, `Image caption`, comes before its caption).
fn captions_figure_between_paragraphs(
    lines: &[Line<'_>],
    kinds: &[LineKind],
    non_blank: &[usize],
    at: usize,
) -> bool {
    let credit = LineKind::Residue(Category::Credit);
    let i = non_blank[at];
    let above = at.checked_sub(1).map(|a| non_blank[a]);
    let paragraph_above =
        above.is_some_and(|a| kinds[a] == LineKind::Text && lines[a].shape.is_prose());
    let Some(first) = non_blank.get(at + 1).copied() else {
        return false;
    };
    let first_text = lines[first].text;
    // A name with its outlet reads as a credit here (the loop takes it once its caption is).
    let named = lines[first].shape.words <= CREDIT_MAX_WORDS
        && is_credit_name(first_text.trim_matches(['(', ')']));
    if !paragraph_above || !(kinds[first] == credit || named) {
        return false;
    }
    let run = 1 + non_blank[at + 2..]
        .iter()
        .take_while(|&&j| kinds[j] == credit)
        .count();
    let text_after = non_blank
        .get(at + 1 + run)
        .is_some_and(|&j| kinds[j] == LineKind::Text);
    let bare = kinds[first] == credit
        && lines[first].shape.words <= BARE_CREDIT_MAX_WORDS
        && !first_text.contains(':');
    let caption = &lines[i];
    let unstopped_over_bare = bare && run == 1 && is_unstopped_caption(caption);
    let over_credit_run = run >= 2 && named && is_labelled_caption(caption);
    // A short caption over its photographer's name and outlet alone (`Jo Roe/Harbour Gazette`),
    // or joined by a dash as a credit already read on the page (`Gazette - Jo Roe`, which alone
    // may be a match's sides).
    let over_named_credit = run == 1
        && named
        && caption.shape.words <= NAMED_CAPTION_MAX_WORDS
        && is_labelled_caption(caption)
        && (first_text.contains('/') || is_credit_seen(lines, kinds, first));
    text_after && (unstopped_over_bare || over_credit_run || over_named_credit)
}

/// Whether line `i` is a caption credited to the outlet itself after a dash (`… on the quay.
/// — Gazette`), the outlet's name standing alone on a line of the page (its masthead).
fn is_credited_to_masthead(lines: &[Line<'_>], i: usize) -> bool {
    const OUTLET_MAX_WORDS: usize = 3;
    let line = &lines[i];
    if line.shape.words > CAPTION_MAX_WORDS || line.shape.terminal {
        return false;
    }
    if ends_on_masthead(lines, i) {
        return true;
    }
    let Some((caption, outlet)) = line.text.rsplit_once(" — ") else {
        return false;
    };
    let outlet_words = outlet.split_whitespace().count();
    caption.ends_with(['.', '!', '?'])
        && (1..=OUTLET_MAX_WORDS).contains(&outlet_words)
        && outlet
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase))
        && lines.iter().any(|l| l.text == outlet)
}

/// Whether line `i` is an unstopped caption closing on the outlet's name with neither stop
/// nor dash (`Pupils board the ferry at Kettle Quay Harbour Ledger`), a name of two or three
/// capitalised words standing alone on a line of the page (its masthead). A sentence naming
/// the outlet sets a small word before it (`… told the Harbour Ledger`).
fn ends_on_masthead(lines: &[Line<'_>], i: usize) -> bool {
    const OUTLET_WORDS: std::ops::RangeInclusive<usize> = 2..=3;
    const CAPTION_MIN_WORDS: usize = 5;
    let line = &lines[i];
    if !is_unstopped_caption(line) {
        return false;
    }
    let words: Vec<&str> = line.text.split_whitespace().collect();
    OUTLET_WORDS.into_iter().any(|n| {
        let Some(split) = words.len().checked_sub(n) else {
            return false;
        };
        let (caption, outlet) = words.split_at(split);
        caption.len() >= CAPTION_MIN_WORDS
            && caption.last().is_some_and(|w| !is_small_lowercase_word(w))
            && outlet.iter().all(|w| {
                w.starts_with(char::is_uppercase) && !w.contains(|c: char| c.is_ascii_digit())
            })
            && lines
                .iter()
                .enumerate()
                .any(|(j, l)| j != i && l.text.split_whitespace().eq(outlet.iter().copied()))
    })
}

/// A short lowercase word (`the`, `told`, `with`), or one closing on a clause mark.
fn is_small_lowercase_word(word: &str) -> bool {
    const SMALL_MAX_CHARS: usize = 4;
    word.ends_with([',', ':', ';'])
        || (word.chars().all(char::is_lowercase) && word.chars().count() <= SMALL_MAX_CHARS)
}

/// Whether line `i` is a caption closing on its photographer's name with no stop, after the
/// caption's stop or in brackets (`… on the quay. Jo Roe`, `… at the market (Jo Roe)`), a name
/// the page prints elsewhere: as a line of its own (the author's under the head) or closing
/// another caption, since a site credits its photographer the same way under every photo.
fn is_credited_as_elsewhere(lines: &[Line<'_>], i: usize) -> bool {
    const CAPTION_MIN_WORDS: usize = 5;
    let line = &lines[i];
    if line.shape.terminal || !(CAPTION_MIN_WORDS..=CAPTION_MAX_WORDS).contains(&line.shape.words) {
        return false;
    }
    let Some(name) = trailing_credit(line.text) else {
        return false;
    };
    // In brackets, a product's note closes many lines (`(Latest Model)`): the name must stand
    // on a line of its own.
    let bracketed = line.text.ends_with(')');
    lines.iter().enumerate().any(|(j, other)| {
        j != i
            && (other.text == name
                || !bracketed
                    && other.text.ends_with(name)
                    && trailing_credit(other.text) == Some(name))
    })
}

/// The name a caption closes on, with no stop after it: in brackets (`(Jo Roe)`), or after the
/// caption's stop (`… on the quay. Jo Roe`), two or three capitalised words.
fn trailing_credit(text: &str) -> Option<&str> {
    const NAME_WORDS: std::ops::RangeInclusive<usize> = 2..=3;
    let (caption, name) = match text.strip_suffix(')') {
        Some(body) => {
            let open = body.rfind('(')?;
            (body[..open].trim_end(), &body[open + 1..])
        }
        // The last words, after a word closing on a stop: only the line's end is read.
        None => {
            let mut end = text.len();
            let mut after_stop = None;
            for _ in 0..*NAME_WORDS.end() {
                let space = text[..end].rfind(' ')?;
                if text[..space].ends_with(['.', '!', '?', '»']) {
                    after_stop = Some(space);
                    break;
                }
                end = space;
            }
            let space = after_stop?;
            (&text[..space], &text[space + 1..])
        }
    };
    let words = name.split_whitespace().count();
    let capitalised = name.split_whitespace().all(|w| {
        w.starts_with(char::is_uppercase)
            && !w.contains(|c: char| c.is_ascii_digit())
            // (A button's label in title case, `Click To Tweet`, is no name.)
            && !name_words().title_case.contains(w.to_lowercase().as_str())
    });
    (NAME_WORDS.contains(&words)
        && capitalised
        && is_name(name)
        && caption.starts_with(char::is_uppercase))
    .then_some(name)
}

/// Whether the text of line `i` stands elsewhere on the page as a credit: a site credits its
/// photographer the same way under every photo.
fn is_credit_seen(lines: &[Line<'_>], kinds: &[LineKind], i: usize) -> bool {
    let credit = LineKind::Residue(Category::Credit);
    let text = lines[i].text;
    (0..lines.len()).any(|j| j != i && kinds[j] == credit && lines[j].text == text)
}

/// Whether a caption closes on its source in brackets after its stop, a name of a few
/// capitalised words (`… on March 3. (Coast Press)`): a paragraph closes on its stop.
fn ends_with_bracketed_source(text: &str) -> bool {
    const SOURCE_MAX_WORDS: usize = 3;
    let Some(body) = text.strip_suffix(')') else {
        return false;
    };
    let Some(open) = body.rfind('(') else {
        return false;
    };
    let (caption, source) = (body[..open].trim_end(), &body[open + 1..]);
    let words = source.split_whitespace().count();
    caption.ends_with('.')
        && (1..=SOURCE_MAX_WORDS).contains(&words)
        && source
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase) && !w.contains(|c: char| c.is_ascii_digit()))
}

/// A line that may caption a figure: a short sentence (a title that runs on, as headings do,
/// is not one), or a video's title under its label (`VIDEO - …`, `WATCH: …`).
fn is_caption(line: &Line<'_>) -> bool {
    let shape = line.shape;
    shape.words <= CAPTION_MAX_WORDS && (shape.terminal || has_label(line.text))
}

/// A caption with no stop at its end, as some sites print them under the credit: a sentence
/// of a few words (an intertitle is shorter), with no quotation.
fn is_unstopped_caption(line: &Line<'_>) -> bool {
    const MIN_WORDS: usize = 8;
    let shape = line.shape;
    (MIN_WORDS..=CAPTION_MAX_WORDS).contains(&shape.words)
        && !shape.terminal
        && !line.text.ends_with([':', ';', ','])
        && line.text.starts_with(char::is_uppercase)
        && !line.text.contains(['"', '«', '“', '”', '‘', '»'])
}

/// A caption over a labelled credit: a sentence of its own (not the end of a wrapped one) with
/// no quotation mark, since captions describe and paragraphs quote.
fn is_labelled_caption(line: &Line<'_>) -> bool {
    is_caption(line)
        && line.text.starts_with(char::is_uppercase)
        && !line.text.contains(['"', '«', '“', '”', '‘'])
}

/// Whether `text` opens on a label in capitals before a dash or colon (`VIDÉO - `, `WATCH: `).
fn has_label(text: &str) -> bool {
    let Some(at) = text.find([' ', ':']) else {
        return false;
    };
    let (label, rest) = text.split_at(at);
    let rest = rest.trim_start_matches(' ');
    label.chars().count() >= 3
        && label.chars().all(char::is_uppercase)
        && (rest.starts_with(['-', '–', '—', ':']))
}

/// A bare photo credit: a few capitalised names or initials, an outlet after a slash or a
/// dash (`Jo Roux/Harbour Gazette`, `JO ROUX / Gazette`, `ABC - D. E.`).
pub fn is_credit_name(text: &str) -> bool {
    // Seven words are never this long: paragraphs are not scanned.
    const MAX_BYTES: usize = 160;
    if text.len() > MAX_BYTES {
        return false;
    }
    // A byte search first: setting up a substring search costs more than most lines' scan.
    let joined = text.contains('/')
        || (text.contains('-') && text.contains(" - "))
        || (text.contains('–') && text.contains(" – "));
    if !joined || text.ends_with([':', '?', '!', ',']) {
        return false;
    }
    let mut words = 0;
    // Lowercase words an outlet's or a photographer's name may hold.
    let joiners = &name_words().credit;
    for word in text.split(|c: char| c.is_whitespace() || c == '/') {
        if word.is_empty() || matches!(word, "-" | "–") {
            continue;
        }
        words += 1;
        let capitalised = word.starts_with(|c: char| c.is_uppercase()) || joiners.contains(word);
        // A full stop only after an initial (`D.`).
        let stop_ok =
            !word.ends_with('.') || word.chars().filter(|c| c.is_alphabetic()).count() <= 2;
        if words > CREDIT_MAX_WORDS || !capitalised || !stop_ok {
            return false;
        }
    }
    words >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_credits_are_names_with_an_outlet() {
        for credit in [
            "Jo Roux/Harbour Gazette",
            "JO ROUX / Gazette du Port",
            "HG - P. M.",
            "Nora Pell – Harbour Board",
        ] {
            assert!(is_credit_name(credit), "{credit}");
        }
        for text in [
            "Ferries: fares to rise",
            "Night/day crossings resume",
            "Lisa Hart and Tom Bell",
            "Harbour Gazette",
            "The Ferry Is Late Again / Part Two Of Five Parts Today",
        ] {
            assert!(!is_credit_name(text), "{text}");
        }
    }

    fn figures(texts: &[&'static str]) -> Vec<LineKind> {
        let (lines, kinds) = crate::clean::classify::classified(texts);
        with_figures(&lines, kinds)
    }

    #[test]
    fn a_caption_over_a_labelled_credit_is_a_credit_between_paragraphs() {
        let credit = LineKind::Residue(Category::Credit);
        let text = LineKind::Text;
        let page = [
            "Ferry fares to rise again next spring",
            "The harbour board approved the new fares on Thursday after a long debate.",
            "The night ferry at the pier before dawn.",
            "Photograph: Kit Moss/Harbour Gazette",
            "Fares will rise by a tenth from April, the board said in a statement.",
        ];
        assert_eq!(figures(&page), [text, text, credit, credit, text]);
        // The end of a wrapped sentence, or a quotation, is the article's.
        let mut wrapped = page;
        wrapped[2] = "crossing at dawn on most days.";
        assert_eq!(figures(&wrapped)[2], text);
        let mut quoted = page;
        quoted[2] = "\"We had no choice,\" the chair said.";
        assert_eq!(figures(&quoted)[2], text);
        // Unstopped, it is a caption still: a pun or a title over the photo.
        let mut unstopped = page;
        unstopped[2] = "Night and day, the ferry";
        assert_eq!(figures(&unstopped)[2], credit);
        // A label alone heads the caption under it: the paragraph over it is the article's.
        let mut label_alone = page;
        label_alone[3] = "Image:";
        assert_eq!(figures(&label_alone)[2], text);
    }

    #[test]
    fn a_caption_over_a_bracketed_labelled_credit_is_a_credit() {
        let credit = LineKind::Residue(Category::Credit);
        let page = [
            "Le port de Portwick rouvre après trois semaines de travaux",
            "Par Jo Roux",
            "Article réservé aux abonnés",
            "Un docker sur le quai nord, le 3 mars.",
            "(Photo : Kit Moss/Hans Lucas)",
            "Le port a rouvert lundi matin, après trois semaines de travaux sur la digue nord.",
        ];
        assert_eq!(figures(&page)[3..5], [credit, credit]);
        let mut unlabelled_colon = page;
        unlabelled_colon[4] = "(Photo Lecteur Gazette du Port)";
        assert_eq!(figures(&unlabelled_colon)[3..5], [credit, credit]);
    }

    #[test]
    fn a_short_caption_over_a_photographer_and_agency_is_a_credit() {
        let credit = LineKind::Residue(Category::Credit);
        let kinds = figures(&[
            "Ferry fares to rise again next spring",
            "The harbour board approved the new fares on Thursday after a long debate.",
            "Dockers unload the last ferry of the day.",
            "Kit Moss/AFP/Getty Images",
            "Fares will rise by a tenth from April, the board said in a statement.",
        ]);
        assert_eq!(kinds[2..4], [credit, credit]);
        let kinds = figures(&[
            "Ferry fares to rise again next spring",
            "The harbour board approved the new fares on Thursday after a long debate.",
            "Dockers unload the last ferry of the day.",
            "(Harbour Gazette/Kit Moss)",
            "Fares will rise by a tenth from April, the board said in a statement.",
        ]);
        assert_eq!(kinds[2..4], [credit, credit]);
        // A related link may stand between the credit and the text going on.
        let kinds = figures(&[
            "Ferry fares to rise again next spring",
            "The harbour board approved the new fares on Thursday after a long debate.",
            "Dockers unload the last ferry of the day.",
            "Kit Moss / Getty Images",
            "Read more: Why the night ferry may never come back",
            "Fares will rise by a tenth from April, the board said in a statement.",
        ]);
        assert_eq!(kinds[2..4], [credit, credit]);
        // Under the last paragraph, a bare credit names a photo with no caption.
        let kinds = figures(&[
            "Ferry fares to rise again next spring",
            "The harbour board approved the new fares on Thursday after a long debate.",
            "Fares will rise by a tenth from April.",
            "Kit Moss/Harbour Gazette",
        ]);
        assert_eq!(kinds[2], LineKind::Text);
    }

    #[test]
    fn an_unstopped_caption_under_a_bare_credit_is_a_credit() {
        let credit = LineKind::Residue(Category::Credit);
        let page = [
            "Ferry fares to rise again next spring",
            "The harbour board approved the new fares on Thursday after a long debate.",
            "Getty Images",
            "Storms have closed the northern quay three times this winter",
            "Fares will rise by a tenth from April, the board said in a statement.",
        ];
        assert_eq!(figures(&page)[2..4], [credit, credit]);
        // A paragraph under the credit ends in its stop; an intertitle is shorter.
        for line in [
            "Storms have closed the northern quay three times this winter.",
            "What comes next",
        ] {
            let mut page = page;
            page[3] = line;
            assert_eq!(figures(&page)[3], LineKind::Text, "{line}");
        }
    }

    #[test]
    fn a_caption_between_furniture_and_a_credit_is_a_credit() {
        let credit = LineKind::Residue(Category::Credit);
        let kinds = figures(&[
            "Ferry fares to rise again next spring",
            "Share",
            "The night ferry leaves the pier at dawn.",
            "Kit Moss/Harbour Gazette",
            "The harbour board approved the new fares on Thursday after a long debate.",
        ]);
        assert_eq!(kinds[2], credit);
        assert_eq!(kinds[3], credit);
        assert_eq!(kinds[4], LineKind::Text);
        let video = figures(&[
            "Ferry fares to rise again next spring",
            "Share",
            "VIDEO - The storm seen from the pier",
            "Now playing",
        ]);
        assert_eq!(video[2], credit);
    }

    #[test]
    fn an_unstopped_caption_over_a_bare_agency_between_paragraphs_is_a_credit() {
        let credit = LineKind::Residue(Category::Credit);
        let page = [
            "Ferry fares to rise again next spring",
            "The harbour board approved the new fares on Thursday after a long debate.",
            "The old ferry has crossed the bay every morning since 1962 and is due to be sold",
            "BNPS",
            "Fares will rise by a tenth from April, the board said in a statement.",
        ];
        assert_eq!(figures(&page)[2..4], [credit, credit]);
        // A chart's title over its source is the article's, and so is a paragraph.
        let mut chart = page;
        chart[3] = "Source: Harbour Office";
        assert_eq!(figures(&chart)[2], LineKind::Text);
        let mut stopped = page;
        stopped[2] =
            "The old ferry has crossed the bay every morning since 1962 and is due to be sold.";
        assert_eq!(figures(&stopped)[2], LineKind::Text);
    }

    #[test]
    fn a_caption_over_a_run_of_credits_between_paragraphs_is_a_credit() {
        let credit = LineKind::Residue(Category::Credit);
        let page = [
            "Ferry fares to rise again next spring",
            "The harbour board approved the new fares on Thursday after a long debate.",
            "Gulls wait on the harbour wall for the morning catch. The fleet lands at dawn.",
            "Kit Moss / Harbour Gazette",
            "hide caption",
            "toggle caption",
            "Fares will rise by a tenth from April, the board said in a statement.",
        ];
        assert_eq!(figures(&page)[2..6], [credit; 4]);
        // Labels over the caption (`Image copyright`, the agency, `Image caption`) leave the
        // paragraph over them alone.
        let kinds = figures(&[
            "Ferry fares to rise again next spring",
            "The harbour board approved the new fares on Thursday after a long debate.",
            "The chair said the rise could not wait another year.",
            "Image copyright",
            "Getty Images",
            "Image caption",
            "The night ferry at the pier before dawn",
            "Fares will rise by a tenth from April, the board said in a statement.",
        ]);
        assert_eq!(kinds[2], LineKind::Text);
    }

    #[test]
    fn a_caption_over_a_courtesy_credit_or_under_a_pictured_label_is_a_credit() {
        let credit = LineKind::Residue(Category::Credit);
        let kinds = figures(&[
            "Ferry fares to rise again next spring",
            "The harbour board approved the new fares on Thursday after a long debate.",
            "A deckhand coils a rope before the evening crossing.",
            "Courtesy of Ann Lee",
            "Fares will rise by a tenth from April, the board said in a statement.",
        ]);
        assert_eq!(kinds[2..4], [credit, credit]);
        let kinds = figures(&[
            "Ferry fares to rise again next spring",
            "The harbour board approved the new fares on Thursday after a long debate.",
            "Pictured: Ann Lee, 71, on the ferry she has taken every day since 1980",
            "Kit Moss/Harbour Gazette",
            "Fares will rise by a tenth from April, the board said in a statement.",
        ]);
        assert_eq!(kinds[2..4], [credit, credit]);
    }

    #[test]
    fn a_heading_over_a_photo_and_the_headline_stay() {
        let kinds = figures(&[
            "Ferry fares to rise again next spring",
            "Photo: Kit Moss",
            "Share",
            "Night crossings to resume",
            "Photo: Harbour Board",
        ]);
        assert_eq!(kinds[0], LineKind::Text);
        assert_eq!(kinds[3], LineKind::Text);
    }
}
