//! From marks to quotations: pieces, kind, attribution, canonical speaker, and the inheritance
//! rules (multi-paragraph quotes, follow-on quotes, headline quotes).

use std::collections::HashMap;

use super::attribution::{self, Attribution, How};
use super::doc::{Doc, MarkedQuote};
use super::kind;
use super::lexicon::class::{
    ADVERB, AUX, CONNECTOR, COORD, DEFINITE, DET, FIRST_PERSON, LINK, ORG, PRONOUN, ROLE, STARTER,
};
use super::lexicon::Gender;
use super::np::NpKind;
use super::people::People;
use super::{Quote, QuoteKind};
use crate::offsets::Span;

/// One quotation before its speaker is settled.
struct Draft {
    quote: usize,
    pieces: Vec<Span>,
    kind: QuoteKind,
    attribution: Option<Attribution>,
    speaker: Option<String>,
    speaker_span: Option<Span>,
    cue: Option<Span>,
    /// Attributed to someone the text does not name (a first person outside an interview):
    /// no other speaker is inherited.
    settled: bool,
}

impl Draft {
    /// Whether the draft may still take a speaker from its neighbours.
    fn is_open(&self) -> bool {
        self.speaker.is_none() && !self.settled
    }
}

/// The piece without surrounding whitespace, counting the information separators (U+001C to
/// U+001F) that Python's `str.strip` removes too.
fn trim_piece(text: &str, span: Span) -> Span {
    let space = |c: char| c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c);
    let inner = span.slice(text);
    let start = span.start + (inner.len() - inner.trim_start_matches(space).len());
    let end = span.start + inner.trim_end_matches(space).len();
    Span::new(start, end.max(start))
}

/// Whether the cue of attribution `a` found after quotation `q` starts within a few tokens of
/// its closing mark (`», a déclaré X`, `», a expliqué lundi X`, `", he said`).
fn attribution_right_after(doc: &Doc, q: &MarkedQuote, a: &Attribution) -> bool {
    const MAX_TOKENS_BETWEEN: usize = 4;
    let start = a
        .cue
        .map_or(a.mention.start, |c| c.start.min(a.mention.start));
    (q.close_tok + 1..doc.len())
        .take(MAX_TOKENS_BETWEEN + 1)
        .any(|k| doc.tokens[k].span.start >= start)
}

fn has_content(text: &str, span: Span) -> bool {
    span.slice(text).chars().any(char::is_alphanumeric)
}

/// A title as [`quotations`] compares it: `'X's Y'` in a headline is the body's `“X’s Y,”`.
fn title_key(inner: &str) -> String {
    inner.trim().trim_end_matches([',', '.']).replace('’', "'")
}

pub(super) fn quotations(doc: &Doc) -> Vec<Quote> {
    let mut splits: Vec<_> = doc
        .quotes
        .iter()
        .map(|q| attribution::incise(doc, q.open_tok, q.close_tok, q.marked.inner))
        .collect();
    // `« … », prévient X, biologiste. « … »`: the incise names a person like any sentence.
    let incises: Vec<(usize, usize)> = splits
        .iter()
        .flatten()
        .map(|(pieces, _)| {
            let first = doc.tokens.partition_point(|t| t.span.start < pieces[0].end);
            let end = doc
                .tokens
                .partition_point(|t| t.span.end <= pieces[1].start);
            (first, end)
        })
        .collect();
    let people = People::scan(doc, &incises);
    let mut drafts: Vec<Draft> = Vec::new();
    let mut names: super::lexicon::FastSet<String> = super::lexicon::FastSet::default();
    let mut last_name_close: Option<usize> = None;
    for (i, q) in doc.quotes.iter().enumerate() {
        let inner = q.marked.inner;
        if !has_content(doc.text, inner) {
            continue;
        }
        let split = splits[i].take();
        let (pieces, found) = match split {
            Some((pieces, found)) => (pieces, Some(found)),
            None => (vec![inner], attribute(doc, q)),
        };
        // An attribution after the quotation counts only right after it: `la régate des
        // « X », prévue en août, est maintenue, a fait savoir la mairie` names a regatta.
        let attributed = found.as_ref().is_some_and(|a| match a.how {
            How::After => attribution_right_after(doc, q, a),
            how => matches!(how, How::Incise | How::Colon | How::Kicker),
        });
        // `une affiche résume : « On paie, on gèle »`: displayed words are no speech.
        let displayed = found.as_ref().is_some_and(|a| shows_words(doc, &a.np))
            || inscribed_before(doc, q.open_tok);
        // `signs reading "X" and "Y"`: marks coordinated with a name's hold a name too.
        let coordinated = !attributed
            && q.open_tok >= 2
            && last_name_close == Some(q.open_tok - 2)
            && doc.has(q.open_tok - 1, COORD);
        if displayed || coordinated || kind::is_name_not_speech(doc, q, attributed) {
            names.insert(title_key(q.marked.inner.slice(doc.text)));
            last_name_close = Some(q.close_tok);
            continue;
        }
        let pieces: Vec<Span> = pieces
            .into_iter()
            .map(|p| trim_piece(doc.text, p))
            .filter(|p| has_content(doc.text, *p))
            .collect();
        if pieces.is_empty() {
            continue;
        }
        // `X is said to be "heartbroken"`: hearsay about X, from nobody named.
        let hearsay = found.as_ref().is_none_or(|a| a.how == How::Verb)
            && attribution::hearsay_before(doc, q.open_tok);
        drafts.push(Draft {
            quote: i,
            pieces,
            kind: kind::kind(doc, q),
            attribution: if hearsay { None } else { found },
            speaker: None,
            speaker_span: None,
            cue: None,
            settled: hearsay,
        });
    }
    // A title met once as a name (`son film « X »`) is a name wherever else it is quoted.
    if !names.is_empty() {
        drafts.retain(|d| {
            !names.contains(&title_key(doc.quotes[d.quote].marked.inner.slice(doc.text)))
        });
    }
    resolve(doc, &people, &mut drafts);
    named_next(doc, &people, &mut drafts);
    named_in_next_paragraph(doc, &people, &mut drafts);
    inherit(doc, &people, &mut drafts);
    unnamed_echoes(doc, &people, &mut drafts);
    full_portfolio_names(doc, &mut drafts);
    drafts.retain(|d| !authors_term(doc, d));
    drafts
        .into_iter()
        .flat_map(|d| {
            let (kind, speaker, speaker_span, cue) = (d.kind, d.speaker, d.speaker_span, d.cue);
            d.pieces.into_iter().map(move |span| Quote {
                span,
                kind,
                speaker: speaker.clone(),
                speaker_span,
                cue,
            })
        })
        .collect()
}

/// `Le ministère du Commerce parle d'une « … »` in the lead, `Le ministère du Commerce et de la
/// Promotion des exportations a réagi` later: a body that one quotation names short is the one
/// another names in full, its portfolios coordinated (`X et de Y`).
fn full_portfolio_names(doc: &Doc, drafts: &mut [Draft]) {
    let link = |w: &str| {
        doc.lex.np_links.contains(w)
            || ["d’", "d'", "l’", "l'"]
                .iter()
                .any(|e| w.len() > e.len() && w.starts_with(e))
    };
    // Each short name a fuller one opens (`X` in `X et de Y`), to the first such name: one
    // pass over the names, so a long document stays linear.
    let mut fuller: HashMap<String, String> = HashMap::new();
    for name in drafts.iter().filter_map(|d| d.speaker.as_deref()) {
        let words: Vec<(usize, &str)> = name
            .match_indices(' ')
            .map(|(i, _)| (i, &name[i + 1..]))
            .collect();
        for pair in words.windows(2) {
            let (at, rest) = pair[0];
            let coordinator = rest.split(' ').next().unwrap_or_default();
            let next = pair[1].1.split(' ').next().unwrap_or_default();
            if doc.lex.coordinators.contains(coordinator)
                && doc.lex.np_links.contains(coordinator)
                && link(&next.to_lowercase())
            {
                fuller
                    .entry(name[..at].to_string())
                    .or_insert_with(|| name.to_string());
            }
        }
    }
    if fuller.is_empty() {
        return;
    }
    for d in drafts.iter_mut() {
        let full = d
            .speaker
            .as_deref()
            .filter(|s| s.contains(' '))
            .and_then(|s| fuller.get(s));
        if let Some(full) = full {
            d.speaker = Some(full.clone());
        }
    }
}

/// `le tapis du « prix du quotidien »`: a fragment after a fused article (`[term_articles]`)
/// that nobody is found to say is a term of the author's.
fn authors_term(doc: &Doc, d: &Draft) -> bool {
    let open = doc.quotes[d.quote].open_tok;
    d.speaker.is_none()
        && d.kind == QuoteKind::Partial
        && open > 0
        && !doc.tokens[open - 1].quoted
        && doc.lex.term_articles.contains(doc.low(open - 1).as_ref())
}

/// `T-shirts reading "…"`: a text verb right after a thing that carries words, right before
/// the marks.
fn inscribed_before(doc: &Doc, open: usize) -> bool {
    let inscription = |k: usize| doc.lex.inscription_nouns.contains(doc.low(k).as_ref());
    // (`une banderole « … » rappelait`: or the thing right before them, after its article,
    // with no speech verb before it: `called the signs "…"` judges the thing.)
    let apposed = || {
        doc.has(open - 2, DET)
            && !doc.is_cap(open - 1)
            && inscription(open - 1)
            && !(doc.sentence_start(open)..open - 2)
                .any(|k| !doc.tokens[k].quoted && doc.is_speech_verb(k))
    };
    // (`T-shirts printed with "…"`: a participle and `with` between them.)
    let printed_with = || {
        doc.english
            && open >= 3
            && doc.s(open - 1) == "with"
            && doc.is_word(open - 2)
            && !doc.is_cap(open - 2)
            && doc.s(open - 2).ends_with("ed")
            && inscription(open - 3)
    };
    // (`a sign at the car park reading "…"`: or the thing a few plain words before the verb,
    // its complement between them.)
    let carrier = || {
        const MAX_COMPLEMENT: usize = 5;
        (open.saturating_sub(MAX_COMPLEMENT + 2)..open - 1)
            .rev()
            .take_while(|&k| doc.is_word(k) && !doc.tokens[k].quoted && !doc.is_speech_verb(k))
            .any(|k| (k + 2 == open || !doc.is_cap(k)) && inscription(k))
    };
    open >= 2
        && doc.is_word(open - 1)
        && ((doc.lex.text_verbs.contains(doc.low(open - 1).as_ref()) && carrier())
            || apposed()
            || printed_with())
}

/// Whether the phrase `np` names a thing that displays words (`une affiche`, `la pancarte`).
fn shows_words(doc: &Doc, np: &super::np::Np) -> bool {
    const HEAD_WITHIN: usize = 2;
    if doc.lex.inscription_nouns.is_empty() || !matches!(np.kind, NpKind::Other) {
        return false;
    }
    (np.first..=np.last.min(np.first + HEAD_WITHIN))
        .any(|k| !doc.is_cap(k) && doc.lex.inscription_nouns.contains(doc.low(k).as_ref()))
}

/// The attribution of a quotation with no incise. A partial quotation belongs to the clause
/// that embeds it, so a speech verb before it outranks an attribution that closes the sentence
/// (`Le ministre a répondu par un « non », a rapporté l'AFP`).
fn attribute(doc: &Doc, q: &MarkedQuote) -> Option<Attribution> {
    let closed = q.marked.close.is_some();
    let right_after = || {
        closed
            .then(|| attribution::right_after(doc, q.close_tok))
            .flatten()
    };
    let closing = || {
        closed
            .then(|| attribution::closing_sentence(doc, q.close_tok))
            .flatten()
    };
    let colon = || attribution::colon(doc, q.open_tok);
    let source = || attribution::source_in_sentence(doc, q.open_tok, q.close_tok);
    let verb = || attribution::verb_before(doc, q.open_tok, false);
    let verb_in_clause = || attribution::verb_before(doc, q.open_tok, true);
    let found = match kind::kind(doc, q) {
        QuoteKind::Direct => right_after()
            .or_else(closing)
            .or_else(colon)
            .or_else(source)
            .or_else(verb),
        // `qualifié d'« injuste » par les syndicats`: a passive's agent first.
        QuoteKind::Partial => closed
            .then(|| attribution::passive_agent(doc, q.open_tok, q.close_tok))
            .flatten()
            .or_else(right_after)
            .or_else(colon)
            // A source cue before the quotation; an opening `Pour X,` gives way to the clause's
            // speech verb (`Pour le club, Me X a décrit une association « … »`), and so does a
            // cue after the quotation (`X a demandé de « … » perçues, selon la région`).
            .or_else(|| {
                let before = source()
                    .filter(|a| a.mention.start < q.marked.open.start && a.how != How::Opening)?;
                // `Selon un proche, il aurait reconnu des « erreurs »`: the words are those of
                // the speech verb's subject that the source reports on.
                let reported = verb_in_clause().filter(|v| {
                    matches!(v.np.kind, NpKind::Name | NpKind::Role | NpKind::Pronoun(_))
                        && v.mention.start > before.mention.end
                        && !doc.english
                });
                reported.or(Some(before))
            })
            // `Pour X, le marché salue « … »`: a thing as the verb's subject gives way to the
            // opening source.
            .or_else(|| match verb_in_clause() {
                Some(a) if a.np.kind == NpKind::Other => source().or(Some(a)),
                found => found.or_else(source),
            })
            .or_else(closing)
            .or_else(verb)
            .or_else(|| later_in_sentence(doc, q))
            .or_else(|| attribution::sentence_subject(doc, q.open_tok)),
    };
    found
        .map(|a| attribution::document_author(doc, a))
        .map(|a| attribution::document_pronoun(doc, a))
        .map(|a| attribution::reported_body_pronoun(doc, a))
        .map(|a| attribution::demonstrative_antecedent(doc, a))
        .map(|a| attribution::reply_addressee(doc, a))
}

/// `would cause "…" and turn the village into "…", the report states`: a partial quotation
/// with no attribution of its own shares the one closing its sentence after the next
/// quotation, when no speech verb comes between them (`"…", while X warned of "…"` is X's).
fn later_in_sentence(doc: &Doc, q: &MarkedQuote) -> Option<Attribution> {
    q.marked.close?;
    let close = q.close_tok;
    if doc.ends_sentence(close) {
        return None;
    }
    let end = doc.sentence_end(close + 1).min(doc.len());
    let open = (close + 1..end).find(|&k| doc.quote_at_mark(k).is_some())?;
    let next = &doc.quotes[doc.quote_at_mark(open)?];
    let between = (close + 1..open).all(|k| !doc.tokens[k].quoted && !doc.is_speech_verb(k));
    if next.open_tok != open || next.marked.close.is_none() || !between {
        return None;
    }
    attribution::right_after(doc, next.close_tok)
        .or_else(|| attribution::closing_sentence(doc, next.close_tok))
}

/// `a cabinet minister admitted the policy "could have been better"` then `Housing Secretary X
/// conceded the policy "could have been better"`: an unnamed role quoting the very words that a
/// named person is quoted with elsewhere in the text is that person.
fn unnamed_echoes(doc: &Doc, people: &People, drafts: &mut [Draft]) {
    const MIN_WORDS: usize = 3;
    let words_of = |d: &Draft| {
        let text = doc.quotes[d.quote].marked.inner.slice(doc.text);
        text.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
    };
    // The words of every quotation given to a person by name, read once when first needed.
    let mut named: Option<Vec<(usize, Vec<String>)>> = None;
    let first_para = doc.tokens.first().map_or(0, |t| t.para as usize);
    for i in 0..drafts.len() {
        // `a cabinet minister`, or a bare role (`Neighbour: '…'` in a standfirst).
        let unnamed_role = drafts[i].attribution.as_ref().is_some_and(|a| {
            // (`one Ellenbrook mum`: a noun the roles do not list, with its article.)
            let described = doc.english
                && matches!(a.np.kind, NpKind::Other | NpKind::Organisation)
                && a.np.gender != Gender::Plural
                && doc.has(a.np.first, DET);
            (names_a_role(doc, &a.np) || described)
                && !doc.has(a.np.first, DEFINITE)
                // `…, s'indignent les éleveurs`: a group's say, not one member's words (so is
                // a headline's `Grève : des parents « … »`).
                && !(a.np.gender == Gender::Plural
                    && !doc.english
                    && (a.cue.is_some() || {
                        let q = &doc.quotes[drafts[i].quote];
                        q.para == first_para && headline_group(doc, q, Some(a)).is_some()
                    }))
        });
        if !unnamed_role {
            continue;
        }
        let words = words_of(&drafts[i]);
        if words.len() < MIN_WORDS {
            continue;
        }
        let named = named.get_or_insert_with(|| {
            drafts
                .iter()
                .enumerate()
                .filter(|(_, d)| {
                    // (`he`, `she` taking up a name count too.)
                    let by_name = d.attribution.as_ref().is_some_and(|a| {
                        matches!(
                            a.np.kind,
                            NpKind::Name | NpKind::Pronoun(Gender::Male | Gender::Female)
                        )
                    });
                    by_name && d.speaker.as_deref().is_some_and(|s| people.is_person(s))
                })
                .map(|(j, d)| (j, words_of(d)))
                .collect()
        });
        // A display line quotes the first words of a longer quotation: a run of its words.
        let echoed = named.iter().find(|(j, other)| {
            *j != i && other.len() >= words.len() && other.windows(words.len()).any(|w| w == words)
        });
        if let Some(&(j, _)) = echoed {
            drafts[i].speaker = drafts[j].speaker.clone();
        }
    }
}

/// Whether the name `np` has a role apposed to it (`Léa, étudiante`) other than the role that
/// names the unnamed speaker `unnamed`.
fn apposed_other_role(doc: &Doc, np: &super::np::Np, unnamed: &str) -> bool {
    if !doc.is_punct(np.last + 1, ",") {
        return false;
    }
    let mut k = np.last + 2;
    if doc.has(k, DET) {
        k += 1;
    }
    doc.is_word(k)
        && !doc.is_cap(k)
        && (doc.has(k, ROLE) || doc.lex.is_person_noun(&doc.low(k)))
        && !unnamed.ends_with(doc.low(k).as_ref())
}

/// `Une retraitée dit avoir « … ». « … », raconte Martine X, 67 ans.`: an unnamed person
/// quoted, then in the next sentence a quotation of a person of the same gender that the text
/// names there for the first time, with no role: the name is the description's.
fn named_next(doc: &Doc, people: &People, drafts: &mut [Draft]) {
    for i in 0..drafts.len().saturating_sub(1) {
        let (q, next) = (
            &doc.quotes[drafts[i].quote],
            &doc.quotes[drafts[i + 1].quote],
        );
        let by_role = drafts[i]
            .attribution
            .as_ref()
            .is_some_and(|a| names_a_role(doc, &a.np));
        if !by_role || next.para != q.para {
            continue;
        }
        let by_name = drafts[i + 1]
            .attribution
            .as_ref()
            .is_some_and(|a| a.np.kind == NpKind::Name);
        let (Some(unnamed), Some(named)) = (&drafts[i].speaker, &drafts[i + 1].speaker) else {
            continue;
        };
        if !by_name || doc.sentence_end(q.close_tok) != doc.sentence_start(next.open_tok) {
            continue;
        }
        let Some(gender) = people.unnamed_gender(unnamed) else {
            continue;
        };
        // `« … », déplore Léa, étudiante` after `une internaute`: another role, someone else.
        let other_role = drafts[i + 1]
            .attribution
            .as_ref()
            .is_some_and(|a| apposed_other_role(doc, &a.np, unnamed));
        if other_role {
            continue;
        }
        let same = people
            .newcomer_gender(named, q.close_tok)
            .is_some_and(|g| g == gender && matches!(g, Gender::Male | Gender::Female));
        if same {
            drafts[i].speaker = Some(named.clone());
        }
    }
}

/// `A grieving widow has told of her 'disgust' …` then a paragraph opening on `Ann Lee, 78,
/// buried …`: an indefinite role quoted in its paragraph's first sentence is the person of its
/// gender whom the next paragraph names first, as its opening subject, for the first time.
fn named_in_next_paragraph(doc: &Doc, people: &People, drafts: &mut [Draft]) {
    for d in drafts.iter_mut() {
        let Some(a) = &d.attribution else { continue };
        let indefinite = doc.has(a.np.first, DET) && !doc.has(a.np.first, DEFINITE);
        if !doc.english || !indefinite || !names_a_role(doc, &a.np) {
            continue;
        }
        let q = &doc.quotes[d.quote];
        let (lo, hi) = doc.para_tokens(q.para);
        if doc.sentence_start(q.open_tok) != lo || hi >= doc.len() {
            continue;
        }
        let Some(gender) = d.speaker.as_deref().and_then(|s| people.unnamed_gender(s)) else {
            continue;
        };
        let next_lo = doc.para_tokens(doc.para_of(hi)).0;
        let Some(named) = people.first_subject_in(next_lo, next_lo + 1) else {
            continue;
        };
        let same = people
            .newcomer_gender(&named, q.close_tok)
            .is_some_and(|g| g == gender && matches!(g, Gender::Male | Gender::Female));
        if same && named.contains(' ') {
            d.speaker = Some(named);
        }
    }
}

/// Canonical speakers for attributed drafts, in text order (pronouns look back at speakers).
fn resolve(doc: &Doc, people: &People, drafts: &mut [Draft]) {
    let mut speakers: Vec<(usize, String)> = Vec::new();
    // `l'accusé` -> the person it named first: a description keeps its referent.
    let mut described: Vec<(String, String)> = Vec::new();
    let mut interviewee: Option<Option<String>> = None;
    // The quotation before, when it is a question: `"…, Mr X?" counsel asked. "No," the
    // witness replied.` answers it.
    let mut question_before: Option<usize> = None;
    for d in drafts.iter_mut() {
        let question = asks_question(doc, d).then_some(d.quote);
        let last_question = std::mem::replace(&mut question_before, question);
        let Some(a) = &d.attribution else { continue };
        // `Je lui ai répondu : « … »`: in an interview, the interviewee; else nobody known.
        if matches!(a.np.kind, NpKind::Pronoun(_)) && doc.has(a.np.first, FIRST_PERSON) {
            let name = interviewee.get_or_insert_with(|| interview_subject(doc, people));
            match name.clone() {
                Some(name) => {
                    d.speaker = Some(name);
                    d.speaker_span = Some(a.mention);
                    d.cue = a.cue;
                }
                None => d.settled = true,
            }
            continue;
        }
        // `"…," the statement continued`: the speaker quoted just before, in this paragraph or
        // the one before.
        if attribution::goes_on(doc, a) {
            let para = doc.para_of(a.np.first);
            let near = |t: usize| {
                (doc.para_of(t) + 1..para).all(|p| {
                    let (lo, hi) = doc.para_tokens(p);
                    lo == hi
                })
            };
            if let Some((_, name)) = speakers.last().filter(|(t, _)| near(*t)).cloned() {
                speakers.push((a.np.first, name.clone()));
                d.speaker = Some(name);
                d.speaker_span = Some(a.mention);
                d.cue = a.cue;
            }
            continue;
        }
        if let Some(name) = another_of_role(doc, people, &a.np, &speakers) {
            speakers.push((a.np.first, name.clone()));
            d.speaker = Some(name);
            d.speaker_span = Some(a.mention);
            d.cue = a.cue;
            continue;
        }
        let head = people.description_head(doc, &a.np);
        let known = head
            .and_then(|h| described.iter().find(|(k, _)| k == h))
            .filter(|_| !people.introduces_new_referent(doc, &a.np));
        let addressed = || {
            let asked = last_question.filter(|_| {
                a.np.kind == NpKind::Role && doc.has(a.np.first, DEFINITE) && !asks_question(doc, d)
            })?;
            let name = addressed_by_question(doc, asked, doc.quotes[d.quote].para)?;
            people.resolve(doc, &name, &speakers)
        };
        let resolved = match known {
            Some((_, name)) => Some(name.clone()),
            None => addressed().or_else(|| people.resolve(doc, &a.np, &speakers)),
        };
        let Some(mut name) = resolved else {
            continue;
        };
        // `the Harlow Institute’s report`: a possessor's mark is no part of its name.
        if name.len() > 1 && name.ends_with(['’', '\'']) {
            name.pop();
        }
        if let Some(h) = head.filter(|_| known.is_none() && people.is_person(&name)) {
            described.push((h.to_string(), name.clone()));
        }
        speakers.push((a.np.first, name.clone()));
        d.speaker = Some(name);
        d.speaker_span = Some(a.mention);
        d.cue = a.cue;
    }
}

/// `« … », lâche un éleveur. Un autre estime « … »`: `un autre` alone is one more of the role
/// quoted last (this paragraph or the one before); after a named person it names nobody.
fn another_of_role(
    doc: &Doc,
    people: &People,
    np: &super::np::Np,
    speakers: &[(usize, String)],
) -> Option<String> {
    if doc.lex.another_words.is_empty()
        || np.last != np.first + 1
        || !doc.has(np.first, DET)
        || !doc.lex.another_words.contains(doc.low(np.last).as_ref())
    {
        return None;
    }
    let (t, name) = speakers.last()?;
    let near = doc.para_of(np.first) <= doc.para_of(*t) + 1;
    (near && !people.is_person(name)).then(|| name.clone())
}

/// The person an interview is with: the article carries an interview marker line (`Entretien`,
/// `Propos recueillis par`) near its top, and its headline or first paragraphs name the person.
fn interview_subject(doc: &Doc, people: &People) -> Option<String> {
    const TOP_PARAGRAPHS: usize = 8;
    const MARKER_TOKENS: usize = 8;
    let top = doc.paragraphs.len().min(TOP_PARAGRAPHS);
    let is_marker = |p: usize| {
        let (lo, hi) = doc.para_tokens(p);
        hi > lo
            && hi - lo <= MARKER_TOKENS
            && doc.lex.interview_markers.contains(doc.low(lo).as_ref())
    };
    if !(0..top).any(is_marker) {
        return answer_label(doc, people);
    }
    // `Propos recueillis par X` names the interviewer: not in a marker line.
    (0..top).filter(|&p| !is_marker(p)).find_map(|p| {
        let (lo, hi) = doc.para_tokens(p);
        people.first_named_in(lo, hi)
    })
}

/// The person a question-and-answer layout is with: a paragraph opens with a question's label
/// (`franceinfo : Faut-il … ?`), and another with the full name of a person as the label of an
/// answer (`Claire X : Le mot est excessif.`).
fn answer_label(doc: &Doc, people: &People) -> Option<String> {
    const LABEL_TOKENS: usize = 5;
    let label_end = |p: usize| {
        let (lo, hi) = doc.para_tokens(p);
        (lo + 1..hi.min(lo + LABEL_TOKENS))
            .find(|&c| !doc.is_word(c))
            .filter(|&c| doc.is_punct(c, ":") && c + 1 < hi)
            .map(|c| (lo, c, hi))
    };
    let question = (0..doc.paragraphs.len())
        .filter_map(label_end)
        .any(|(_, _, hi)| doc.is_punct(hi - 1, "?"));
    if !question {
        return None;
    }
    (0..doc.paragraphs.len())
        .filter_map(label_end)
        .filter(|&(_, _, hi)| !doc.is_punct(hi - 1, "?"))
        .find_map(|(lo, c, _)| people.first_named_in(lo, c))
}

/// Speakers for the drafts that have none of their own.
fn inherit(doc: &Doc, people: &People, drafts: &mut [Draft]) {
    // A quotation left open at a paragraph end continues in the next paragraph's opening
    // quotation: the whole chain shares the speaker found on any piece (usually the last).
    for i in (0..drafts.len().saturating_sub(1)).rev() {
        if drafts[i].is_open() && runs_on(doc, &drafts[i], &drafts[i + 1]) {
            copy_speaker(drafts, i + 1, i);
        }
    }
    // Follow-on quotations take the previous speaker of their paragraph, or the next one's
    // when nothing but marks and punctuation separates them.
    let mut last_with_speaker: Vec<Option<usize>> = vec![None; drafts.len()];
    for i in 0..drafts.len() {
        if i > 0 {
            last_with_speaker[i] = if drafts[i - 1].speaker.is_some() {
                Some(i - 1)
            } else {
                last_with_speaker[i - 1]
            };
        }
        if !drafts[i].is_open() || drafts[i].kind != QuoteKind::Direct {
            continue;
        }
        let para = doc.quotes[drafts[i].quote].para;
        // `« A ! », « B ! », ont crié les élus`: quotations listed with commas share the
        // attribution after the last one.
        if let Some(j) = listed_before(doc, drafts, i) {
            copy_speaker(drafts, j, i);
            continue;
        }
        let previous = last_with_speaker[i].filter(|&j| doc.quotes[drafts[j].quote].para == para);
        if let Some(j) = previous {
            // `« A », dit X. Plus loin, Paul Y rangeait son stand. « B »`: a sentence with a
            // named subject between them hands the quotation to that person.
            if let Some(a) =
                attribution::previous_sentence(doc, doc.quotes[drafts[i].quote].open_tok)
                    .filter(|a| a.np.kind == NpKind::Name)
            {
                take_uncued_speaker(doc, people, &mut drafts[i], &a);
                if drafts[i].speaker.is_some() {
                    continue;
                }
            }
            let from = dialogue_turn(doc, drafts, i, j).unwrap_or(j);
            copy_speaker(drafts, from, i);
            continue;
        }
        if let Some(j) = (i + 1 < drafts.len()).then_some(i + 1) {
            let (q, next) = (&doc.quotes[drafts[i].quote], &doc.quotes[drafts[j].quote]);
            let adjacent =
                next.para == para && (q.close_tok + 1..next.open_tok).all(|k| !doc.is_word(k));
            if adjacent && drafts[j].speaker.is_some() {
                copy_speaker(drafts, j, i);
            }
        }
    }
    // `"A," X said, "b."`: a quotation resuming in lowercase right after the previous one's
    // attribution is its second piece.
    for i in 1..drafts.len() {
        let (q, previous) = (
            &doc.quotes[drafts[i].quote],
            &doc.quotes[drafts[i - 1].quote],
        );
        let resumes = drafts[i].is_open()
            && drafts[i - 1].speaker.is_some()
            && q.para == previous.para
            && starts_lowercase(q.marked.inner.slice(doc.text))
            && drafts[i - 1].cue.is_some_and(|c| {
                c.start > previous.marked.inner.end && c.end < q.marked.inner.start
            })
            && (previous.close_tok + 1..q.open_tok).all(|k| !doc.ends_sentence(k));
        if resumes {
            copy_speaker(drafts, i - 1, i);
            drafts[i].kind = drafts[i - 1].kind;
        }
    }
    // `Jane Park was blunt. "This budget is dead."`: with no speaker of its own or before it in
    // the paragraph, a quotation is what the sentence before it announced.
    // The follow-on quotations of the paragraph go with it (`"…," the memo read. "…"`).
    for i in 0..drafts.len() {
        if !drafts[i].is_open() || drafts[i].kind != QuoteKind::Direct {
            continue;
        }
        let open_tok = doc.quotes[drafts[i].quote].open_tok;
        if let Some(a) = attribution::previous_sentence(doc, open_tok) {
            take_uncued_speaker(doc, people, &mut drafts[i], &a);
        }
        // `Un planteur, qui …, confirme avoir vendu. « … »`: an unlisted noun that brought on
        // an unnamed person is that person.
        if drafts[i].speaker.is_none() {
            if let Some(a) = attribution::previous_indefinite_subject(doc, open_tok) {
                let name = people.resolve(doc, &a.np, &[]);
                if name
                    .as_deref()
                    .and_then(|n| people.unnamed_gender(n))
                    .is_some()
                {
                    take_uncued_speaker(doc, people, &mut drafts[i], &a);
                }
            }
        }
        let para = doc.quotes[drafts[i].quote].para;
        let mut j = i + 1;
        while drafts[i].speaker.is_some()
            && j < drafts.len()
            && drafts[j].is_open()
            && drafts[j].kind == QuoteKind::Direct
            && doc.quotes[drafts[j].quote].para == para
        {
            copy_speaker(drafts, i, j);
            j += 1;
        }
    }
    // A paragraph that is nothing but a quotation continues the previous paragraph's speaker.
    for i in 1..drafts.len() {
        let q = &doc.quotes[drafts[i].quote];
        let (lo, hi) = doc.para_tokens(q.para);
        let alone = q.open_tok == lo && (q.close_tok + 1..hi).all(|k| !doc.is_word(k));
        let previous = &doc.quotes[drafts[i - 1].quote];
        let prev_para = (0..q.para)
            .rev()
            .find(|&p| !doc.paragraphs[p].slice(doc.text).trim().is_empty());
        if alone && drafts[i].is_open() && Some(previous.para) == prev_para {
            // `… « plan social ». Selon son secrétaire, X, 180 postes sont menacés.` / `« … »`:
            // the paragraph ends on another source, who goes on.
            if let Some(a) = prev_para.and_then(|p| attribution::opening_source_last(doc, p)) {
                take_uncued_speaker(doc, people, &mut drafts[i], &a);
                if drafts[i].speaker.is_some() {
                    continue;
                }
            }
            let from = asker_answered(doc, drafts, i).unwrap_or(i - 1);
            copy_speaker(drafts, from, i);
        }
    }
    // A paragraph opening with a quotation after a paragraph of reported speech with no
    // quotation of its own (`Kessler cautions that …` / `"We did not test this …"`).
    for i in 0..drafts.len() {
        let q = &doc.quotes[drafts[i].quote];
        let opens = doc.para_tokens(q.para).0 == q.open_tok;
        if !drafts[i].is_open() || !opens {
            continue;
        }
        let Some(prev_para) = (0..q.para)
            .rev()
            .find(|&p| !doc.paragraphs[p].slice(doc.text).trim().is_empty())
        else {
            continue;
        };
        let quoted_before = drafts[..i]
            .iter()
            .any(|d| doc.quotes[d.quote].para == prev_para);
        if quoted_before {
            continue;
        }
        if let Some(a) = attribution::reported_before(doc, prev_para) {
            take_uncued_speaker(doc, people, &mut drafts[i], &a);
        }
        // `… he shrugged.` / `"Ask me Monday."`: a paragraph that is nothing but a quotation
        // answers for the person the paragraph before ended on.
        let (_, hi) = doc.para_tokens(q.para);
        let alone = (q.close_tok + 1..hi).all(|k| !doc.is_word(k));
        if drafts[i].speaker.is_none() && drafts[i].kind == QuoteKind::Direct && alone {
            if let Some(a) = attribution::last_sentence_subject(doc, prev_para) {
                take_uncued_speaker(doc, people, &mut drafts[i], &a);
            }
        }
    }
    // `« … » Devant la cour, l'avocate générale, X, a démonté …`: a quotation opening its
    // paragraph with no attribution is spoken by the subject of the sentence right after it.
    for draft in drafts.iter_mut() {
        let q = &doc.quotes[draft.quote];
        let opens = doc.para_tokens(q.para).0 == q.open_tok;
        if !draft.is_open() || draft.kind != QuoteKind::Direct || !opens {
            continue;
        }
        if let Some(a) = attribution::next_sentence(doc, q.close_tok) {
            take_uncued_speaker(doc, people, draft, &a);
        }
    }
    // A quotation running on from a paragraph whose piece found its speaker late (by the
    // paragraph of reported speech before it) shares that speaker.
    for i in 1..drafts.len() {
        if drafts[i].is_open() && runs_on(doc, &drafts[i - 1], &drafts[i]) {
            copy_speaker(drafts, i - 1, i);
        }
    }
    headline(doc, people, drafts);
    for i in 0..drafts.len() {
        echo_of_colon_opener(doc, drafts, i);
    }
    pull_quotes(doc, drafts);
}

/// `« On a tout perdu » : la crue a ravagé …` (a lead that opens on a quotation and a colon),
/// then later `« On a tout perdu, vraiment », raconte X`: the opener is the words of whoever
/// the body gives the longer quotation to.
fn echo_of_colon_opener(doc: &Doc, drafts: &mut [Draft], i: usize) {
    let q = &doc.quotes[drafts[i].quote];
    let opener = drafts[i].is_open()
        && doc.para_tokens(q.para).0 == q.open_tok
        && doc.is_punct(q.close_tok + 1, ":")
        && !doc.tokens[q.close_tok + 1].quoted;
    if !opener {
        return;
    }
    let inner = q.marked.inner.slice(doc.text).trim().to_lowercase();
    if inner.split_whitespace().nth(2).is_none() {
        return;
    }
    let echo = (i + 1..drafts.len()).find(|&j| {
        let text = doc.quotes[drafts[j].quote].marked.inner.slice(doc.text);
        drafts[j].speaker.is_some()
            && drafts[j].cue.is_some()
            && text
                .trim()
                .to_lowercase()
                .strip_prefix(inner.as_str())
                .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
    });
    if let Some(j) = echo {
        echo_speaker(drafts, i, j);
    }
}

/// `« On a tout perdu »` alone on its line (an intertitle, no final period), then later
/// `« On a tout perdu en une nuit », raconte X`: a pull quote is spoken by whoever the body
/// gives its words to, whatever its own paragraph inherited.
fn pull_quotes(doc: &Doc, drafts: &mut [Draft]) {
    const MIN_WORDS: usize = 2;
    for i in 0..drafts.len() {
        let q = &doc.quotes[drafts[i].quote];
        let (lo, hi) = doc.para_tokens(q.para);
        let alone = q.open_tok == lo && (q.close_tok + 1..hi).all(|k| !doc.is_word(k));
        let inner = q.marked.inner.slice(doc.text).trim_end();
        let cued = drafts[i]
            .attribution
            .as_ref()
            .is_some_and(|a| a.cue.is_some());
        if cued || inner.ends_with(['.', '!', '?', '…']) {
            continue;
        }
        if !alone {
            echo_in_intertitle(doc, drafts, i);
            continue;
        }
        let words = content_words(inner);
        // `« On a été patients »`: short words only, then a later quotation that opens with
        // them word for word.
        let opens_later = words.len() < MIN_WORDS && inner.split_whitespace().nth(2).is_some();
        if words.len() < MIN_WORDS && !opens_later {
            continue;
        }
        let echo = (i + 1..drafts.len()).find(|&j| {
            let text = doc.quotes[drafts[j].quote].marked.inner.slice(doc.text);
            let echoes = if opens_later {
                text.trim_start()
                    .strip_prefix(inner.trim_start())
                    .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
            } else {
                let other = content_words(text);
                words.iter().all(|w| other.contains(w))
            };
            drafts[j].speaker.is_some() && drafts[j].cue.is_some() && echoes
        });
        if let Some(j) = echo.or_else(|| section_speaker(doc, drafts, i)) {
            echo_speaker(drafts, i, j);
        }
    }
}

/// `'We saved it once'` alone on its line inside the body, then `X, 54, has worked there … He
/// told DW:`: an intertitle with no echo introduces the section under it, whose first cued
/// quotation (in the next two paragraphs) gives its speaker.
fn section_speaker(doc: &Doc, drafts: &[Draft], i: usize) -> Option<usize> {
    const SECTION_PARAGRAPHS: usize = 2;
    let q = &doc.quotes[drafts[i].quote];
    let first_para = doc.tokens.first().map_or(0, |t| t.para as usize);
    if q.para == first_para {
        return None;
    }
    let mut below = (q.para + 1..doc.paragraphs.len())
        .filter(|&p| !doc.paragraphs[p].slice(doc.text).trim().is_empty());
    let last = below.nth(SECTION_PARAGRAPHS - 1)?;
    let j = i + 1;
    let next = drafts.get(j)?;
    (next.speaker.is_some() && next.cue.is_some() && doc.quotes[next.quote].para <= last)
        .then_some(j)
}

/// `Un préjudice « colossal »` (a short intertitle with no final period) then later `le
/// préjudice est « colossal », … pour X`: a quotation of an intertitle that a later attributed
/// quotation repeats word for word, with the intertitle's other words in its paragraph, is that
/// speaker's.
fn echo_in_intertitle(doc: &Doc, drafts: &mut [Draft], i: usize) {
    const MAX_TOKENS: usize = 12;
    let q = &doc.quotes[drafts[i].quote];
    let (lo, hi) = doc.para_tokens(q.para);
    let first_para = doc.tokens.first().map_or(0, |t| t.para as usize);
    if q.para == first_para || hi - lo > MAX_TOKENS || doc.is_punct(hi - 1, ".!?…:") {
        return;
    }
    let inner = q.marked.inner.slice(doc.text).trim();
    let line_words = content_words(doc.paragraphs[q.para].slice(doc.text));
    // `Ramassage : « pas avant la fin du mois »`: a topic label and a colon, then words that a
    // later quotation opens with (`« Pas avant la fin du mois. Les barges … »`).
    let labelled = q.open_tok >= lo + 2
        && doc.is_punct(q.open_tok - 1, ":")
        && (q.close_tok + 1..hi).all(|k| !doc.is_word(k))
        && inner.split_whitespace().nth(2).is_some();
    let inner_lower = labelled.then(|| inner.to_lowercase());
    let opens_with = |other: &str| {
        inner_lower.as_deref().is_some_and(|inner| {
            other
                .to_lowercase()
                .strip_prefix(inner)
                .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
        })
    };
    let echo = (i + 1..drafts.len()).find(|&j| {
        let other = &doc.quotes[drafts[j].quote];
        let text = other.marked.inner.slice(doc.text).trim();
        drafts[j].speaker.is_some()
            && drafts[j].cue.is_some()
            && ((text == inner && {
                let para = content_words(doc.paragraphs[other.para].slice(doc.text));
                line_words.iter().all(|w| para.contains(w))
            }) || opens_with(text))
    });
    if let Some(j) = echo {
        echo_speaker(drafts, i, j);
    }
}

/// Draft `i` repeats the words of draft `j`: it takes `j`'s speaker, with no mention or cue of
/// its own.
fn echo_speaker(drafts: &mut [Draft], i: usize, j: usize) {
    drafts[i].speaker = drafts[j].speaker.clone();
    drafts[i].speaker_span = None;
    drafts[i].cue = None;
}

/// The draft whose attribution closes the list of quotations that `i` opens: `« A », « B »,
/// ont crié X` (only commas between the marks, the attribution right after the last one).
fn listed_before(doc: &Doc, drafts: &[Draft], i: usize) -> Option<usize> {
    let mut j = i;
    loop {
        let (q, next) = (
            &doc.quotes[drafts[j].quote],
            &doc.quotes[drafts.get(j + 1)?.quote],
        );
        let between = q.close_tok + 1..next.open_tok;
        let listed = next.para == q.para
            && q.marked.close.is_some()
            && !between.is_empty()
            && between.clone().all(|k| doc.is_punct(k, ","));
        if !listed {
            return None;
        }
        j += 1;
        let cued_after = drafts[j]
            .cue
            .is_some_and(|c| c.start >= next.marked.inner.end);
        if drafts[j].speaker.is_some() && cued_after {
            return Some(j);
        }
    }
}

/// In a dialogue paragraph (a question by one speaker, an answer by another), the turn an
/// uncued quotation `i` takes instead of repeating the last speaker `j`: a question goes back to
/// the one who asked before (`« … ? » demande A. « … », répond B. « Et … ? »` is A's), and a
/// quotation set right after a question answers it (`« … ? » « Je ne sais pas. »` is B's).
fn dialogue_turn(doc: &Doc, drafts: &[Draft], i: usize, j: usize) -> Option<usize> {
    let para = doc.quotes[drafts[i].quote].para;
    let asks = |d: &Draft| asks_question(doc, d);
    let same_para = |k: usize| doc.quotes[drafts[k].quote].para == para;
    let other_than = |k: usize, speaker: &Option<String>| {
        drafts[k].speaker.is_some() && drafts[k].speaker != *speaker
    };
    if asks(&drafts[i]) {
        return (0..j)
            .rev()
            .take_while(|&k| same_para(k))
            .find(|&k| asks(&drafts[k]) && other_than(k, &drafts[j].speaker));
    }
    let previous = i.checked_sub(1)?;
    let (q, before) = (
        &doc.quotes[drafts[i].quote],
        &doc.quotes[drafts[previous].quote],
    );
    let adjacent = before.para == para
        && before.marked.close.is_some()
        && (before.close_tok + 1..q.open_tok).all(|k| !doc.is_word(k));
    // `« Et la commission ? », interroge A. « Je m'en occupe. »`: nothing but the question's
    // own attribution between them.
    let answers_cued_question = before.para == para
        && before.marked.close.is_some()
        && drafts[previous]
            .cue
            .is_some_and(|c| c.start > before.marked.inner.end && c.end < q.marked.open.start)
        && doc.sentence_end(before.close_tok + 1) == q.open_tok;
    if !(adjacent || answers_cued_question) || !asks(&drafts[previous]) {
        return None;
    }
    (0..previous)
        .rev()
        .take_while(|&k| same_para(k))
        .find(|&k| other_than(k, &drafts[previous].speaker))
}

/// `"Where were you, Mr X?"`: the person a question (quotation `q`) addresses by a titled name
/// right before its question mark, when the answer in paragraph `para` follows in the same
/// paragraph or the next.
fn addressed_by_question(doc: &Doc, q: usize, para: usize) -> Option<super::np::Np> {
    const MAX_NAME_TOKENS: usize = 4;
    let q = &doc.quotes[q];
    let mark = q.close_tok.checked_sub(1)?;
    if q.marked.close.is_none() || para > q.para + 1 || !doc.is_punct(mark, "?") {
        return None;
    }
    let comma = (mark.saturating_sub(MAX_NAME_TOKENS + 1)..mark)
        .rev()
        .find(|&k| doc.is_punct(k, ","))?;
    let (ts, f, l) = super::np::titled_name(doc, comma + 1, mark)?;
    if ts != comma + 1 || ts == f || l + 1 != mark {
        return None;
    }
    super::np::np_forward(doc, ts, mark).filter(|n| n.kind == NpKind::Name)
}

/// Whether the draft's quotation is a question.
fn asks_question(doc: &Doc, d: &Draft) -> bool {
    doc.quotes[d.quote]
        .marked
        .inner
        .slice(doc.text)
        .trim_end()
        .ends_with('?')
}

/// `"…?" A asked. ¶ "…," B said. ¶ "…?"`: a question standing alone after an answer is the
/// asker's next question, not the answerer's; and a statement standing alone after such a
/// question (`¶ "Who did?" ¶ "My team."`) is the answerer's. The draft to copy from, if so.
fn asker_answered(doc: &Doc, drafts: &[Draft], i: usize) -> Option<usize> {
    const MAX_ANSWER_PIECES: usize = 3;
    let asks = |d: &Draft| asks_question(doc, d);
    let (previous, mut before) = (i.checked_sub(1)?, i.checked_sub(2)?);
    // (`"…?" A asked. ¶ "No," B said. "Never." ¶ "…?"`: past all of the answer's quotations.)
    if asks(&drafts[i]) {
        for _ in 0..MAX_ANSWER_PIECES {
            if asks(&drafts[before]) || drafts[before].speaker != drafts[previous].speaker {
                break;
            }
            before = before.checked_sub(1)?;
        }
    }
    let exchange = if asks(&drafts[i]) {
        !asks(&drafts[previous]) && asks(&drafts[before])
    } else {
        asks(&drafts[previous])
    };
    let turns = exchange
        && drafts[before].speaker.is_some()
        && drafts[previous].speaker.is_some()
        && drafts[before].speaker != drafts[previous].speaker
        && doc.quotes[drafts[before].quote].para < doc.quotes[drafts[previous].quote].para;
    turns.then_some(before)
}

/// Whether `draft` is left open at its paragraph's end and `next` opens the next non-blank
/// paragraph: one quotation over several paragraphs.
fn runs_on(doc: &Doc, draft: &Draft, next: &Draft) -> bool {
    let (q, next) = (&doc.quotes[draft.quote], &doc.quotes[next.quote]);
    q.marked.close.is_none()
        && next.para > q.para
        && doc.para_tokens(next.para).0 == next.open_tok
        && (q.para + 1..next.para).all(|p| doc.paragraphs[p].slice(doc.text).trim().is_empty())
}

/// The speaker an attribution found outside the quotation's own sentence names, with no cue.
fn take_uncued_speaker(doc: &Doc, people: &People, draft: &mut Draft, found: &Attribution) {
    draft.speaker = people.resolve(doc, &found.np, &[]);
    draft.speaker_span = draft.speaker.as_ref().map(|_| found.mention);
}

fn starts_lowercase(text: &str) -> bool {
    text.trim_start()
        .chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(char::is_lowercase)
}

fn copy_speaker(drafts: &mut [Draft], from: usize, to: usize) {
    let (speaker, span, cue) = (
        drafts[from].speaker.clone(),
        drafts[from].speaker_span,
        drafts[from].cue,
    );
    drafts[to].speaker = speaker;
    drafts[to].speaker_span = span;
    drafts[to].cue = cue;
}

/// A quotation in a headline (first paragraph, no final period) takes the speaker of a later
/// quotation that repeats its words, or else the first person the article's lead names.
fn headline(doc: &Doc, people: &People, drafts: &mut [Draft]) {
    let Some(first_para) = doc.tokens.first().map(|t| t.para as usize) else {
        return;
    };
    let (lo, hi) = doc.para_tokens(first_para);
    let is_display =
        |lo: usize, hi: usize| hi > lo && hi - lo <= 40 && !doc.is_punct(hi - 1, ".!?…");
    if !is_display(lo, hi) {
        return;
    }
    // The standfirst lines under the headline (`Presenter, 54, says he is 'heartbroken'`) are
    // display lines too: short lines that end no sentence, even inside a closing mark.
    const STANDFIRST_LINES: usize = 6;
    let standfirst = |p: usize| {
        let (lo, hi) = doc.para_tokens(p);
        let body = doc.paragraphs[p].slice(doc.text).trim_end();
        let ends_sentence = body
            .trim_end_matches(['\'', '’', '"', '”', '»'])
            .ends_with(['.', '!', '?', '…']);
        hi - lo <= 40 && !ends_sentence
    };
    let mut display_end = first_para + 1;
    let mut lines = 0;
    while display_end < doc.paragraphs.len() && lines < STANDFIRST_LINES {
        let (lo, hi) = doc.para_tokens(display_end);
        if hi > lo {
            if !standfirst(display_end) {
                break;
            }
            lines += 1;
        }
        display_end += 1;
    }
    let displayed = |p: usize| (first_para..display_end).contains(&p);
    for i in 0..drafts.len() {
        let q = &doc.quotes[drafts[i].quote];
        // A headline's kicker or subject with no speech verb (`Sécheresse : « … »`, `Lyon
        // s'impose, X "…"`) gives way to the body quotation that repeats the words.
        let weak = drafts[i]
            .attribution
            .as_ref()
            // `…, témoigne une riveraine`: a role in a headline is the body's named person.
            // `le gouvernement promet « … »`: a bare body noun too, which the body's named
            // person speaks for.
            .is_none_or(|a| {
                a.how == How::Kicker
                    || a.cue.is_none()
                    // (Not a plural role: `…, s'indignent les éleveurs` is the group's say.)
                    || (names_a_role(doc, &a.np) && a.np.gender != Gender::Plural)
                    || names_a_bare_body(doc, &a.np)
                    // `Le chauffeur qui chantait : « … », confie-t-il`: a pronoun taking up
                    // a role, nobody named, is the body's named person too.
                    || (matches!(a.np.kind, NpKind::Pronoun(Gender::Male | Gender::Female))
                        && drafts[i]
                            .speaker
                            .as_deref()
                            .is_some_and(|s| !people.is_person(s)))
            });
        if !displayed(q.para) {
            continue;
        }
        let bare_body = !weak
            && drafts[i].attribution.as_ref().is_some_and(|a| {
                names_an_unresolved_headline_body(doc, &a.np, drafts[i].speaker.as_deref())
            });
        if bare_body {
            if let Some(j) = body_echo(doc, people, drafts, i, &displayed) {
                echo_speaker(drafts, i, j);
            }
            continue;
        }
        let cued = drafts[i].speaker.is_some() && !weak;
        if cued {
            continue;
        }
        // `Barge en panne, les usagers « à bout »`: a group set off right before the marks
        // says them, though one of its members says the same words in the body.
        let uncued = drafts[i]
            .attribution
            .as_ref()
            .is_none_or(|a| a.cue.is_none() || a.how == How::Kicker);
        if uncued && q.para == first_para {
            // (The group itself, not a member the lead goes on to name.)
            if let Some(np) = headline_group(doc, q, drafts[i].attribution.as_ref()) {
                drafts[i].speaker = Some(np.role_text(doc));
                drafts[i].speaker_span = Some(np.span(doc));
                continue;
            }
        }
        let words = content_words(q.marked.inner.slice(doc.text));
        let candidates = || {
            (0..drafts.len())
                .filter(|&j| !displayed(doc.quotes[drafts[j].quote].para))
                .filter(|&j| drafts[j].speaker.is_some() || drafts[j].settled)
        };
        // `'We're next'`: the body quotation holding the very words first, then one sharing
        // most of them.
        let phrase = q.marked.inner.slice(doc.text).trim().to_lowercase();
        let verbatim = || {
            candidates().find(|&j| {
                let other = doc.quotes[drafts[j].quote].marked.inner.slice(doc.text);
                !phrase.is_empty() && other.to_lowercase().contains(phrase.as_str())
            })
        };
        let echo = verbatim().or_else(|| {
            candidates().find(|&j| {
                let other = content_words(doc.quotes[drafts[j].quote].marked.inner.slice(doc.text));
                let shared = words.iter().filter(|w| other.contains(w)).count();
                !words.is_empty() && shared * 2 >= words.len()
            })
        });
        if let Some(j) = echo {
            // The body gives the words to nobody named (hearsay): so does the headline.
            drafts[i].settled = drafts[j].settled;
            echo_speaker(drafts, i, j);
            continue;
        }
        // `Journal retracts coral 'heat-shield' study`: a headline's quoted modifier of the noun
        // after it, that no verb reports and the body does not repeat, is the author's label.
        let subject_only = drafts[i]
            .attribution
            .as_ref()
            .is_some_and(|a| a.cue.is_none());
        if subject_only && q.para == first_para && modifies_next_noun(doc, q) {
            drafts[i].speaker = None;
            drafts[i].speaker_span = None;
            continue;
        }
        // `…, le maire « ne cédera pas »`: a person named right before the marks, after a
        // comma, says them (not the clause's subject before the comma).
        if subject_only && q.para == first_para {
            if let Some(np) = speaker_right_before(doc, q) {
                drafts[i].speaker = people.resolve(doc, &np, &[]);
                drafts[i].speaker_span = drafts[i].speaker.as_ref().map(|_| np.span(doc));
                continue;
            }
        }
        if q.para != first_para {
            continue;
        }
        // `'We were here first': Harbour tenants fight eviction`: with no speech verb and no
        // echo in the body, the group the line goes on to name says the words. (A French
        // headline's quotation is the lead's speaker's: `« … » : les éleveurs … Le président de
        // la FDSEA, X, a promis …`.)
        if doc.english && (subject_only || drafts[i].speaker.is_none()) {
            if let Some(t) = group_after_colon(doc, q) {
                drafts[i].speaker = Some(doc.low(t).into_owned());
                drafts[i].speaker_span = Some(doc.tokens[t].span);
                continue;
            }
        }
        if drafts[i].speaker.is_some() {
            continue;
        }
        drafts[i].speaker = lead_subject(doc, people, first_para);
    }
}

/// A role or a person's name set off by a comma right before the marks of a headline
/// quotation (`Un retraité attaque les cloches, le maire « ne cédera pas »`).
fn speaker_right_before(doc: &Doc, q: &MarkedQuote) -> Option<super::np::Np> {
    let lo = doc.para_tokens(q.para).0;
    let np = super::np::np_backward(doc, q.open_tok.checked_sub(1)?, lo)?;
    let set_off = np.first > lo && doc.is_punct(np.first - 1, ",");
    let person = matches!(np.kind, NpKind::Role | NpKind::Name) && np.last + 1 == q.open_tok;
    (set_off && person).then_some(np)
}

/// The group that a headline quotation's line gives the words to: a plural role right before
/// the marks, or (`les commerçants de X refusent de « … »`, French) the subject of a clause with
/// no speech verb.
fn headline_group(doc: &Doc, q: &MarkedQuote, a: Option<&Attribution>) -> Option<super::np::Np> {
    let subject = || {
        a.filter(|a| a.how == How::Verb && a.cue.is_none() && !doc.english)
            .map(|a| a.np.clone())
            .filter(|np| np.kind == NpKind::Role && np.gender == Gender::Plural)
    };
    group_right_before(doc, q).or_else(subject)
}

/// A plural role set off by a comma or a colon right before the marks of a headline quotation
/// (`…, les usagers « à bout »`, `Grève : des parents « … »`).
fn group_right_before(doc: &Doc, q: &MarkedQuote) -> Option<super::np::Np> {
    let lo = doc.para_tokens(q.para).0;
    let np = super::np::np_backward(doc, q.open_tok.checked_sub(1)?, lo)?;
    let set_off = np.first > lo && doc.is_punct(np.first - 1, ",:");
    let group = np.kind == NpKind::Role && np.gender == Gender::Plural;
    (set_off && group && np.last + 1 == q.open_tok).then_some(np)
}

/// The plural role heading the words after a headline quotation and its colon or dash
/// (`'…': Riverside tenants angry at rent rise`), before any verb or complement.
fn group_after_colon(doc: &Doc, q: &MarkedQuote) -> Option<usize> {
    const MAX_WORDS: usize = 4;
    let colon = q.close_tok + 1;
    if colon >= doc.len() || doc.para_of(colon) != q.para || !doc.is_punct(colon, ":–—-") {
        return None;
    }
    let hi = doc.para_tokens(q.para).1;
    let mut words = 0;
    for t in colon + 1..hi {
        if doc.is_punct(t, "-’'") {
            continue;
        }
        if !doc.is_word(t)
            || doc.has(t, LINK | AUX | PRONOUN)
            || doc.is_speech_verb(t)
            || words == MAX_WORDS
        {
            return None;
        }
        if doc.lex.singular_role(&doc.low(t)).is_some() {
            return Some(t);
        }
        words += 1;
    }
    None
}

/// Whether a partial quotation sits before a lowercase noun it modifies (`a 'heat-shield'
/// study`), not at the end of a clause (`tenants 'at the end of their tether'`).
fn modifies_next_noun(doc: &Doc, q: &MarkedQuote) -> bool {
    let next = q.close_tok + 1;
    let function_word = LINK | COORD | CONNECTOR | DET | AUX | ADVERB | STARTER | PRONOUN;
    kind::kind(doc, q) == QuoteKind::Partial
        && doc.is_word(next)
        && doc.para_of(next) == q.para
        && !doc.is_cap(next)
        && !doc.has(next, function_word)
        && !doc.is_speech_verb(next)
}

/// The first person named as a subject in the lead: the paragraphs after the headline, past
/// label lines (a rubric, a date) up to the first one that ends a sentence.
fn lead_subject(doc: &Doc, people: &People, headline: usize) -> Option<String> {
    const LABEL_LINES: usize = 6;
    let mut seen = 0;
    for p in headline + 1..doc.paragraphs.len() {
        let (lo, hi) = doc.para_tokens(p);
        if hi == lo {
            continue;
        }
        if let Some(name) = people.first_subject_in(lo, hi) {
            return Some(name);
        }
        seen += 1;
        if doc.is_punct(hi - 1, ".!?…") || seen > LABEL_LINES {
            return None;
        }
    }
    None
}

/// Whether the phrase is a role, a capitalised one included (`Neighbour: '…'`, `Owner, 61,
/// says`).
fn names_a_role(doc: &Doc, np: &super::np::Np) -> bool {
    np.kind == NpKind::Role || (np.first == np.last && doc.has(np.first, ROLE))
}

/// Whether the phrase is a definite institution noun with lowercase words only (`le
/// gouvernement`, `la direction régionale`), no name.
fn names_a_bare_body(doc: &Doc, np: &super::np::Np) -> bool {
    np.kind == NpKind::Organisation
        && doc.has(np.first, DEFINITE)
        && lowercase_words(doc, np.first + 1, np.last)
}

/// `developer says access 'temporary'`, `Union says …` (English): a headline drops the article
/// of an institution noun that no later name took up (the speaker is still the noun itself),
/// so the body's quotation repeating the words names the body. Only the word opening the line
/// may be capitalised.
fn names_an_unresolved_headline_body(doc: &Doc, np: &super::np::Np, speaker: Option<&str>) -> bool {
    let line_start = doc.para_tokens(doc.para_of(np.first)).0;
    let unresolved = speaker.is_none_or(|s| s.eq_ignore_ascii_case(np.span(doc).slice(doc.text)));
    // (`Union` opening the line may read as a name.)
    let body = np.kind == NpKind::Organisation
        || (np.first == np.last && np.first == line_start && doc.has(np.first, ORG));
    doc.english
        && body
        && unresolved
        && !doc.has(np.first, DET)
        && doc.is_word(np.first)
        && (np.first == line_start || !doc.is_cap(np.first))
        && lowercase_words(doc, np.first + 1, np.last)
}

/// The body quotation, outside the display lines, that a named body (no person) says and that holds
/// the words of headline draft `i`, or else shares most of them.
fn body_echo(
    doc: &Doc,
    people: &People,
    drafts: &[Draft],
    i: usize,
    displayed: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let inner = |j: usize| doc.quotes[drafts[j].quote].marked.inner.slice(doc.text);
    let phrase = inner(i).trim().to_lowercase();
    let words = content_words(&phrase);
    // (A name that is no person's: `officers` or a person named in the body do not count.)
    let by_body = |j: &usize| {
        !displayed(doc.quotes[drafts[*j].quote].para)
            && drafts[*j]
                .speaker
                .as_deref()
                .is_some_and(|s| s.starts_with(char::is_uppercase) && !people.is_person(s))
    };
    let shared = |j: usize| {
        let other = content_words(inner(j));
        words.iter().filter(|w| other.contains(w)).count()
    };
    let verbatim = (0..drafts.len())
        .filter(by_body)
        .find(|&j| !phrase.is_empty() && inner(j).to_lowercase().contains(phrase.as_str()));
    // (The most shared words, the first of equals.)
    verbatim.or_else(|| {
        (0..drafts.len())
            .filter(by_body)
            .map(|j| (shared(j), j))
            .filter(|&(n, _)| n > 0 && n * 2 >= words.len())
            .max_by_key(|&(n, j)| (n, std::cmp::Reverse(j)))
            .map(|(_, j)| j)
    })
}

/// Whether the tokens from `first` to `last` are all lowercase words, no link.
fn lowercase_words(doc: &Doc, first: usize, last: usize) -> bool {
    (first..=last).all(|k| doc.is_word(k) && !doc.is_cap(k) && !doc.has(k, LINK))
}

fn content_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().nth(3).is_some())
        .map(str::to_lowercase)
        .collect()
}
