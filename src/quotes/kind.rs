//! What a pair of marks holds: a direct quotation, a partial one, or a name that is no speech.

use super::doc::{Doc, MarkedQuote};
use super::lexicon::class::*;
use super::QuoteKind;

/// Whether the quotation opens its sentence (direct) or sits inside the author's (partial).
pub(super) fn kind(doc: &Doc, q: &MarkedQuote) -> QuoteKind {
    let Some(prev) = q.open_tok.checked_sub(1) else {
        return QuoteKind::Direct;
    };
    if doc.para_of(prev) != q.para
        || doc.is_punct(prev, ".!?:;—–-…(")
        || doc.quote_at_mark(prev).is_some()
        || doc.tokens[prev].quoted
    {
        QuoteKind::Direct
    } else {
        QuoteKind::Partial
    }
}

/// Whether the marks hold the name of a work, event, operation or product (« Allied
/// Resolve-2022 », the film "Oppenheimer"): such marks are not speech and are not returned.
///
/// `attributed` says whether an attribution sits right at the quotation (incise, after it, or
/// a colon before it): attributed marks are speech whatever their case.
pub(super) fn is_name_not_speech(doc: &Doc, q: &MarkedQuote, attributed: bool) -> bool {
    // American style puts the comma inside the marks: `the "Clean Taps Act," funds`.
    let content = q.marked.inner.slice(doc.text).trim().trim_end_matches(',');
    if content.len() > 120 {
        return false;
    }
    if is_rating(doc, q, content)
        || titles_by_purpose(doc, q)
        || under_related_label(doc, q)
        // `Lire aussi : la Ville teste des « ambassadeurs du calme »`: marks anywhere in a
        // linked title belong to it, in lowercase too.
        || in_related_link(doc, q)
        || glosses_previous_marks(doc, q)
        || (!attributed && labelled(doc, q))
        || shown_on_inscription(doc, q)
    {
        return true;
    }
    // `a field labelled "risk_flag"`: a code identifier names a thing, nobody says it.
    if content.contains('_') && !content.contains(char::is_whitespace) {
        return true;
    }
    // `le mot-clic « #X »`, `le compte « @x »`: a hashtag or a handle names, nobody says it.
    if content.len() > 1
        && content.starts_with(['#', '@'])
        && !content.contains(char::is_whitespace)
    {
        return true;
    }
    let lo = doc.para_tokens(q.para).0;
    if names_a_term(doc, q, content, lo) {
        return true;
    }
    // `the default password "changeme"`: one lowercase string after a noun that introduces a
    // literal is typed, nobody says it.
    let literal = !doc.lex.literal_nouns.is_empty()
        && q.open_tok > lo
        && doc.is_word(q.open_tok - 1)
        && doc
            .lex
            .literal_nouns
            .contains(doc.low(q.open_tok - 1).as_ref());
    if literal && !content.is_empty() && !content.contains(char::is_whitespace) {
        return true;
    }
    if glossed_word(doc, q, content) {
        return true;
    }
    let words: Vec<&str> = content.split_whitespace().collect();
    // A naming verb may give a question as a title (`un rapport intitulé « Et après ? »`).
    // (American style puts a sentence's period inside the marks: `dubbed "delivery fasting."`.)
    let one_period = content.ends_with('.')
        && words.len() <= 4
        && !content[..content.len() - 1].contains(['.', '!', '?']);
    let short_name =
        !words.is_empty() && words.len() <= 8 && (!content.ends_with(['.', '!']) || one_period);
    if short_name && q.open_tok > lo && given_a_name(doc, q.open_tok - 1, lo) {
        return true;
    }
    if short_name && words.len() <= 4 && named_past_object(doc, q.open_tok, lo) {
        return true;
    }
    // `Ils ont trouvé un surnom au stade : « la marmite »`: a colon after a name given.
    if short_name && nickname_before_colon(doc, q.open_tok, lo) {
        return true;
    }
    if short_name && words.len() <= 4 && named_by_usage(doc, q.open_tok, lo) {
        return true;
    }
    if short_name && (known_as(doc, q.open_tok, lo) || named_by_group(doc, q, &words, lo)) {
        return true;
    }
    // `ce que les habitants surnomment la « rue des Brumes »`: a definite article may come
    // between the naming verb and the marks.
    let article_named = |d: usize| {
        d > lo
            && doc.has(d, DEFINITE)
            && !doc.tokens[d].quoted
            && doc.lex.naming_verbs.contains(doc.low(d - 1).as_ref())
    };
    if short_name && q.open_tok > lo && article_named(q.open_tok - 1) {
        return true;
    }
    // Within the quotation's own sentence: `the final deal. "Every dollar…"` names nothing.
    // A figure is named only right after its noun (`le film « 1917 »`): `le projet créera
    // « 450 emplois »`, `des panneaux sur « 100 % des toits »` quote an amount.
    let reach = if content.starts_with(|c: char| c.is_ascii_digit()) {
        1
    } else {
        3
    };
    let named_before = (lo..q.open_tok)
        .rev()
        .take_while(|&k| !doc.is_punct(k, ".!?:;"))
        .filter(|&k| doc.is_word(k) && !doc.tokens[k].quoted)
        .take(reach)
        .any(|k| doc.has(k, NAMING));
    // `« X », premier film de`, `"X," a documentary by`: an apposition names what X is (not
    // an attribution: `« X », écrit la marque`).
    let (_, hi) = doc.para_tokens(q.para);
    let named_after = doc.is_punct(q.close_tok + 1, ",")
        && (q.close_tok + 2..hi.min(q.close_tok + 5))
            .take_while(|&k| doc.is_word(k) && !doc.is_speech_verb(k))
            .any(|k| doc.has(k, NAMING));
    // `"Operation Steel Shield."`: a title-case name opened by its own naming noun.
    let self_named = words.len() >= 2
        && doc.is_cap(q.open_tok + 1)
        && doc.has(q.open_tok + 1, NAMING)
        && words.iter().all(|w| w.starts_with(char::is_uppercase));
    // `invitée au « Tournoi des maîtres »`: after an article, a capitalised naming noun opens
    // a French name.
    let article_named = !doc.english
        && words.len() <= 6
        && q.open_tok > lo
        && (doc.has(q.open_tok - 1, DET)
            || doc
                .lex
                .contracted_articles
                .contains_key(doc.low(q.open_tok - 1).as_ref()))
        && doc.is_cap(q.open_tok + 1)
        && doc.has(q.open_tok + 1, NAMING);
    let named = named_before
        || named_after
        || self_named
        || article_named
        || written_on_inscription(doc, q)
        || apposed_to_a_title(doc, q, content, lo);
    // A period may close a name at the end of a sentence (`a campaign called "Keep It."`), and
    // a question mark a title right after its naming noun (`under the title "Who Pays?"`).
    let titled_question = named
        && content.ends_with('?')
        && q.open_tok > lo
        && !doc.tokens[q.open_tok - 1].quoted
        && doc.has(q.open_tok - 1, NAMING)
        && words
            .iter()
            .all(|w| w.len() < 4 || w.starts_with(char::is_uppercase));
    let sentence_end = if named {
        content.ends_with(['!', '…']) || (content.ends_with('?') && !titled_question)
    } else {
        content.ends_with(['.', '!', '?', '…'])
    };
    // A naming word allows a long title (`a paper titled "…"`).
    let max_words = if named { 16 } else { 8 };
    if words.is_empty() || words.len() > max_words || sentence_end {
        return false;
    }
    if labels_in_headline(doc, q) {
        return true;
    }
    // An echo outweighs an attribution: `Dans « X », elle décrit …` is no speech of hers.
    if kind(doc, q) == QuoteKind::Partial && echoed_unmarked(doc, q, content, &words) {
        return true;
    }
    if !attributed && premodifies_noun(doc, q, &words) {
        return true;
    }
    let starts_upper = content
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_numeric());
    let title_word = |w: &&str| {
        // `d'Orbe`: the word after an elision.
        let w = w.rsplit_once(['’', '\'']).map_or(*w, |(_, after)| after);
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        letters < 4
            || w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_numeric())
    };
    // `nicknamed "the Marathon by the Lake"`: after a naming word, an article then a title.
    let article_then_title = named
        && words.len() >= 2
        && doc.has(q.open_tok + 1, DET)
        && doc.is_cap(q.open_tok + 2)
        && words[1..].iter().all(title_word);
    let title_case = words.iter().all(title_word);
    // An apposition that names the content outweighs a headline's colon before it, and so
    // does a naming noun right before a title (`whose cookbook ‘Salt Year’ …, she said`).
    let titled_by_noun = || {
        title_case
            && q.open_tok > lo
            && !doc.tokens[q.open_tok - 1].quoted
            && doc.has(q.open_tok - 1, NAMING)
    };
    // `le comité de la « Fête des Granges » a annoncé`: title-case marks in a `de` complement
    // are a name inside the subject, whatever verb follows.
    let complement_title = || {
        !doc.english
            && title_case
            && words.len() <= 6
            && q.open_tok >= lo + 2
            && !doc.tokens[q.open_tok - 1].quoted
            && (doc
                .lex
                .contracted_articles
                .contains_key(doc.low(q.open_tok - 1).as_ref())
                || (doc.has(q.open_tok - 1, DEFINITE)
                    && matches!(doc.low(q.open_tok - 2).as_ref(), "de" | "à")))
    };
    let attributed = attributed && !complement_title();
    if !(starts_upper || article_then_title) || (attributed && !named_after && !titled_by_noun()) {
        return false;
    }
    if in_related_link(doc, q) {
        return true;
    }
    // French titles capitalise their first word only: `pour « Les Heures claires », un drame`,
    // and so do names after a definite article (`la « Nuit des musées »`). English titles
    // capitalise every word: `"The people want bread"` is speech there.
    let article_title = !doc.english
        && words.len() <= 6
        && doc.is_cap(q.open_tok + 1)
        && !doc.has(q.open_tok + 1, PRONOUN)
        && (doc.has(q.open_tok + 1, DET)
            || definite_before(doc, q)
            // (`les organisateurs du « Festival de la mer »`: a naming noun opens it.)
            || (q.open_tok > 0 && doc.has(q.open_tok - 1, DET) && doc.has(q.open_tok + 1, NAMING)));
    let looks_like_title = (title_case || article_title) && !in_title_case_line(doc, q);
    // `"Salt Year", by the poet X, opens …`: a title followed by its author.
    let authored = || {
        doc.is_punct(q.close_tok + 1, ",")
            && doc
                .lex
                .passive_agents
                .contains(doc.low(q.close_tok + 2).as_ref())
    };
    // `Lina X (« Vent du Large ») mène la flotte`: title-case marks that fill a bracket name
    // what the person goes with (a boat, a team), whatever the bracket makes of their kind.
    let bracketed = || {
        q.open_tok > lo && doc.is_punct(q.open_tok - 1, "(") && doc.is_punct(q.close_tok + 1, ")")
    };
    named
        || (looks_like_title
            && (kind(doc, q) == QuoteKind::Partial || authored() || (title_case && bracketed())))
        || (starts_upper && words.len() <= 6 && listed_with_publisher(doc, q))
        || (starts_upper && !attributed && apposed_to_opening_name(doc, q))
}

/// Whether a colon right before the marks at `open` closes a clause whose last few words hold a
/// noun for a name given (`[nickname_nouns]`): the marks give that name.
fn nickname_before_colon(doc: &Doc, open: usize, lo: usize) -> bool {
    const MAX_WORDS: usize = 4;
    if doc.lex.nickname_nouns.is_empty() || open < lo + 2 || !doc.is_punct(open - 1, ":") {
        return false;
    }
    (lo..open - 1)
        .rev()
        .take_while(|&k| doc.is_word(k) && !doc.tokens[k].quoted)
        .take(MAX_WORDS)
        .any(|k| doc.lex.nickname_nouns.contains(doc.low(k).as_ref()))
}

/// `Le slogan de la campagne, « Vos dents, votre sourire », sonne creux`: capitalised marks
/// between commas, apposed to the phrase opening the sentence with a naming noun, hold the
/// name it gives.
fn apposed_to_opening_name(doc: &Doc, q: &MarkedQuote) -> bool {
    const MAX_PHRASE: usize = 10;
    let Some(comma) = q.open_tok.checked_sub(1) else {
        return false;
    };
    if doc.english || !doc.is_punct(comma, ",") || !doc.is_punct(q.close_tok + 1, ",") {
        return false;
    }
    let start = doc.sentence_start(comma);
    start + 2 <= comma
        && comma - start <= MAX_PHRASE
        && doc.has(start, DET)
        && doc.has(start + 1, NAMING)
        && (start + 2..comma).all(|k| doc.is_word(k) && !doc.is_cap(k) && !doc.tokens[k].quoted)
}

/// `« Les Saisons » (Éditions X) et « Rive morte » (Y)`: capitalised marks in a list, each
/// with its publisher or author in brackets, hold titles.
fn listed_with_publisher(doc: &Doc, q: &MarkedQuote) -> bool {
    let bracketed = |close: usize| doc.is_punct(close + 1, "(") && doc.is_cap(close + 2);
    let after_bracket = q.open_tok >= 2
        && doc.is_punct(q.open_tok - 2, ")")
        && (doc.has(q.open_tok - 1, COORD) || doc.is_punct(q.open_tok - 1, ","));
    after_bracket && bracketed(q.close_tok) && !doc.english
}

/// `un livre, « Terminus »`, `un livre, dont le titre est tout trouvé, « Terminus »` (French):
/// capitalised marks that close the sentence after a comma, apposed to a work named right
/// before that comma or the one before it (a determiner and a naming noun), hold its title.
fn apposed_to_a_title(doc: &Doc, q: &MarkedQuote, content: &str, lo: usize) -> bool {
    const MAX_CLAUSE: usize = 8;
    let names_work = |c: usize| c >= lo + 2 && doc.has(c - 1, NAMING) && doc.has(c - 2, DET);
    let Some(comma) = q.open_tok.checked_sub(1) else {
        return false;
    };
    if doc.english
        || comma <= lo + 1
        || !doc.is_punct(comma, ",")
        || !content.starts_with(char::is_uppercase)
        || !doc.is_punct(q.close_tok + 1, ".")
    {
        return false;
    }
    // (The clause between the two commas holds words only: `, dont le titre est trouvé,`.)
    let previous = || {
        (lo + 1..comma)
            .rev()
            .take(MAX_CLAUSE)
            .take_while(|&k| doc.is_word(k) || doc.is_punct(k, ","))
            .find(|&k| doc.is_punct(k, ","))
    };
    names_work(comma) || previous().is_some_and(names_work)
}

/// `la proposition de loi visant à « … »`: a purpose link (`[purpose_links]`) between a naming
/// noun and the marks, which hold the title of the bill or plan, in any case.
fn titles_by_purpose(doc: &Doc, q: &MarkedQuote) -> bool {
    let lo = doc.para_tokens(q.para).0;
    doc.lex.purpose_links.iter().any(|link| {
        let n = link.len();
        q.open_tok > lo + n
            && doc.has(q.open_tok - n - 1, NAMING)
            && link
                .iter()
                .enumerate()
                .all(|(i, w)| doc.low(q.open_tok - n + i) == w.as_str())
    })
}

/// `a "lift buddy" roster of volunteers`, `a "swipe-share" program that`: in English, a short
/// lowercase phrase between an indefinite article and the noun it qualifies (a plain word, then a link,
/// a relative or punctuation) names a kind of thing, nobody's words.
fn premodifies_noun(doc: &Doc, q: &MarkedQuote, words: &[&str]) -> bool {
    const MAX_WORDS: usize = 3;
    const NOT_A_NOUN: u32 = LINK | DET | AUX | PRONOUN | RELATIVE | CONNECTOR | COORD | SPEECH;
    let Some(det) = q.open_tok.checked_sub(1) else {
        return false;
    };
    let next = q.close_tok + 1;
    // (French puts a quoted qualifier after its noun: `un « système de copinage » qui`.)
    doc.english
        && !words.is_empty()
        && words.len() <= MAX_WORDS
        && words.iter().all(|w| w.starts_with(char::is_lowercase))
        && doc.has(det, DET)
        && !doc.has(det, DEFINITE)
        && doc.para_of(det) == q.para
        && !doc.tokens[det].quoted
        && next + 1 < doc.len()
        && doc.para_of(next + 1) == q.para
        && doc.is_word(next)
        && !doc.is_cap(next)
        && !doc.has(next, NOT_A_NOUN)
        && !doc.is_adverb(next)
        && (doc.has(next + 1, LINK | RELATIVE | CONNECTOR) || doc.is_punct(next + 1, ",.;"))
}

/// `what image makers call "…"`: a usage relative, one to three plain lowercase words (a group,
/// no article, no pronoun) and a present-tense naming verb right before the marks.
fn named_by_usage(doc: &Doc, open: usize, lo: usize) -> bool {
    const MAX_GROUP_WORDS: usize = 3;
    let Some(mut v) = open.checked_sub(1) else {
        return false;
    };
    if v <= lo + 1 || !doc.is_word(v) || doc.tokens[v].quoted {
        return false;
    }
    let mut relatives = &doc.lex.usage_relatives;
    if doc
        .lex
        .usage_naming_participles
        .contains(doc.low(v).as_ref())
    {
        match usage_auxiliary(doc, v, lo) {
            Some(aux) => (v, relatives) = (aux, &doc.lex.usage_participle_relatives),
            None => return false,
        }
    } else if !doc.lex.usage_naming_verbs.contains(doc.low(v).as_ref()) {
        return false;
    }
    if v >= lo + 3 && doc.names_by_field_usage(v) {
        return true;
    }
    let group = (lo..v)
        .rev()
        .take_while(|&k| {
            doc.is_word(k)
                && !doc.is_cap(k)
                && !doc.tokens[k].quoted
                && !doc.has(k, DET | PRONOUN | AUX | SPEECH)
                && !relatives.contains(doc.low(k).as_ref())
        })
        .take(MAX_GROUP_WORDS + 1)
        .count();
    (1..=MAX_GROUP_WORDS).contains(&group)
        && group < v - lo
        && relatives.contains(doc.low(v - 1 - group).as_ref())
}

/// `known to regulars as "X"`, `identified only as "X"`: an identity participle
/// (`[identity_participles]`), a short phrase, then `as` right before the marks give a name.
fn known_as(doc: &Doc, open: usize, lo: usize) -> bool {
    const MAX_PHRASE: usize = 6;
    let Some(as_) = open.checked_sub(1).filter(|&a| a > lo) else {
        return false;
    };
    doc.lex
        .identity_prepositions
        .contains(doc.low(as_).as_ref())
        && !doc.tokens[as_].quoted
        && (lo..as_)
            .rev()
            .take_while(|&k| doc.is_word(k) && !doc.tokens[k].quoted)
            .take(MAX_PHRASE + 1)
            .any(|k| doc.lex.identity_participles.contains(doc.low(k).as_ref()))
}

/// The auxiliary before the naming participle at `v`, past one adverb (`have long called`).
fn usage_auxiliary(doc: &Doc, v: usize, lo: usize) -> Option<usize> {
    let plain = |k: usize| doc.is_word(k) && !doc.is_cap(k) && !doc.tokens[k].quoted;
    let a = v.checked_sub(1).filter(|&a| a > lo && plain(a))?;
    if doc.has(a, AUX) {
        return Some(a);
    }
    let b = a.checked_sub(1).filter(|&b| b > lo && plain(b))?;
    (doc.has(b, AUX) && !doc.has(a, DET | PRONOUN | SPEECH)).then_some(b)
}

/// `locals call the jetty "the Old Lady"`, `owners have started calling themselves "the
/// Dozen"`: a plural group, a verb of `[group_naming_verbs]`, at most two object words, then
/// an article and up to three words, one of them capitalised or hyphenated, give the group's
/// name for a thing (`he called it "the only honest option"` is speech).
fn named_by_group(doc: &Doc, q: &MarkedQuote, words: &[&str], lo: usize) -> bool {
    const MAX_OBJECT: usize = 2;
    const MAX_VERB_GROUP: usize = 4;
    let coined = |w: &&str| w.starts_with(char::is_uppercase) || w.contains('-');
    if words.len() < 2 || words.len() > 4 || !doc.has(q.open_tok + 1, DEFINITE) {
        return false;
    }
    if !words[1..].iter().any(coined) {
        return false;
    }
    let plain = |k: usize| doc.is_word(k) && !doc.tokens[k].quoted;
    let Some(v) = (lo..q.open_tok)
        .rev()
        .take_while(|&k| plain(k))
        .take(MAX_OBJECT + 1)
        .find(|&k| doc.lex.group_naming_verbs.contains(doc.low(k).as_ref()))
    else {
        return false;
    };
    // The subject: the first word before the verb that is neither an auxiliary nor another
    // lowercase word of the verb group (`have already taken to calling`, `have started`); a
    // capitalised one only opening the sentence (`Jones called it` names a person).
    let leads = |k: usize| {
        doc.has(k, AUX)
            || (!doc.is_cap(k)
                && !doc.s(k).ends_with('s')
                && !doc.lex.group_subjects.contains(doc.low(k).as_ref()))
    };
    let subject = (lo..v)
        .rev()
        .take_while(|&k| plain(k))
        .take(MAX_VERB_GROUP + 1)
        .find(|&k| !leads(k));
    subject.is_some_and(|k| {
        let low = doc.low(k);
        let plural = low.ends_with('s') && !doc.has(k, PRONOUN | DET | AUX);
        (plural || doc.lex.group_subjects.contains(low.as_ref()))
            && (!doc.is_cap(k) || doc.sentence_start(k) == k)
    })
}

/// `réclament un « tapu », une interdiction coutumière` (French): one lowercase word in marks
/// after an indefinite article, glossed by an indefinite phrase apposed to it, is a term the
/// text explains, nobody's speech.
fn glossed_word(doc: &Doc, q: &MarkedQuote, content: &str) -> bool {
    let (Some(det), gloss) = (q.open_tok.checked_sub(1), q.close_tok + 2) else {
        return false;
    };
    let indefinite = |k: usize| doc.has(k, DET) && !doc.has(k, DEFINITE) && !doc.tokens[k].quoted;
    !doc.english
        && !content.is_empty()
        && content.starts_with(char::is_lowercase)
        && !content.contains(char::is_whitespace)
        && indefinite(det)
        && doc.is_punct(q.close_tok + 1, ",")
        && gloss + 1 < doc.len()
        && doc.para_of(gloss + 1) == q.para
        && indefinite(gloss)
        && doc.is_word(gloss + 1)
        && !doc.is_cap(gloss + 1)
        && !doc.tokens[gloss + 1].quoted
}

/// `surnommé ici « l'or blanc »`, `ont rebaptisé la future piste « le dé à coudre »`, `on
/// appelle ces acheteurs les « hiboux »`, `le dispositif dit d'« accueil »` (French): a naming
/// verb, then an adverb, its object (a determiner and a few lowercase words) or `de`, gives a
/// name in the marks. A verb that names only with a pronoun (`appelle`) needs an object and
/// an article before the marks: `appelle les élus « à la raison »` is a call.
fn named_past_object(doc: &Doc, open: usize, lo: usize) -> bool {
    const OBJECT_WORDS: usize = 3;
    if doc.english || open < lo + 2 {
        return false;
    }
    let plain = |k: usize| doc.is_word(k) && !doc.is_cap(k) && !doc.tokens[k].quoted;
    let article = plain(open - 1) && doc.has(open - 1, DET);
    let end = if article { open - 1 } else { open };
    let Some(v) = (lo..end)
        .rev()
        .take_while(|&k| plain(k) || doc.is_punct(k, "’'"))
        .take(OBJECT_WORDS + 3)
        .find(|&k| {
            let w = doc.low(k);
            doc.lex.naming_verbs.contains(w.as_ref())
                || doc.lex.reflexive_naming_verbs.contains(w.as_ref())
                || doc.lex.so_called.contains(w.as_ref())
        })
    else {
        return false;
    };
    let verb = doc.low(v);
    let between: Vec<usize> = (v + 1..end).filter(|&k| doc.is_word(k)).collect();
    // (`la vanne de coupure`: one `de` may tie a noun complement into the object.)
    let de = |k: usize| matches!(doc.low(k).as_ref(), "de" | "d’" | "d'");
    let links = between.iter().filter(|&&k| de(k)).count();
    let object = between.first().is_some_and(|&d| doc.has(d, DET))
        && between.len() <= OBJECT_WORDS + links
        && links <= 1
        && between.last().is_some_and(|&k| !de(k))
        && between[1..].iter().all(|&k| object_word(doc, k) || de(k));
    if doc.lex.so_called.contains(verb.as_ref()) {
        // `dit d'« … »`, `dit de « … »`: the name after `de`, past a noun for a thing.
        let de = matches!(between.as_slice(), [d] if de(*d) || doc.low(*d) == "d");
        return de && !article && given_a_name(doc, v, lo);
    }
    if !doc.lex.naming_verbs.contains(verb.as_ref()) {
        return article && object;
    }
    // (`ici`, `localement`: one word that opens no phrase of its own.)
    let adverb = matches!(between.as_slice(), [a] if !doc.has(*a, DET | PRONOUN | AUX | SPEECH));
    adverb || object
}

/// A noun or adjective of a naming verb's object (`ces acheteurs`), no function word: `appelle
/// les élus à des « efforts »` goes on past its object.
fn object_word(doc: &Doc, k: usize) -> bool {
    const FUNCTION: u32 = DET | PRONOUN | AUX | SPEECH | LINK | CONNECTOR | COORD | RELATIVE;
    let low = doc.low(k);
    low.chars().nth(2).is_some()
        && !doc.has(k, FUNCTION)
        && !doc.lex.contracted_articles.contains_key(low.as_ref())
}

/// Whether the word at `v` gives the name that follows: `baptisé`, `surnomment`, or `dit`
/// after a noun for a thing (`le sentier dit`, not `le maire dit` nor `il dit`).
fn given_a_name(doc: &Doc, v: usize, lo: usize) -> bool {
    if !doc.is_word(v) || doc.tokens[v].quoted {
        return false;
    }
    let word = doc.low(v);
    if doc.lex.naming_verbs.contains(word.as_ref()) {
        return true;
    }
    // `s'appellera « X »` (not `appelle « à la grève »`, a call); an object pronoun names too
    // (`mes élèves m'appellent « X »`).
    let reflexive = v > lo && doc.lex.naming_pronouns.contains(doc.low(v - 1).as_ref());
    if reflexive && doc.lex.reflexive_naming_verbs.contains(word.as_ref()) {
        return true;
    }
    // `le terrain que tout le monde appelle « X »`: the object relative is the thing named.
    if doc.lex.reflexive_naming_verbs.contains(word.as_ref()) && named_by_relative(doc, v, lo) {
        return true;
    }
    // English puts the reflexive after its verb: `residents calling themselves "X"`.
    let reflexive_after = v > lo
        && doc.lex.naming_pronouns.contains(word.as_ref())
        && doc
            .lex
            .reflexive_naming_verbs
            .contains(doc.low(v - 1).as_ref());
    if reflexive_after {
        return true;
    }
    if v < lo + 2 {
        return false;
    }
    let noun = v - 1;
    doc.lex.so_called.contains(word.as_ref())
        && doc.is_word(noun)
        && !doc.is_cap(noun)
        && doc.has(noun - 1, DET)
        && !doc.has(noun, ROLE | ORG | PRONOUN | AUX | DET)
        && !doc.lex.is_person_noun(&doc.low(noun))
}

/// `que tout le monde ici appelle` (French): an object relative a few plain words before the
/// naming verb at `v`, in the same clause.
fn named_by_relative(doc: &Doc, v: usize, lo: usize) -> bool {
    const MAX_SUBJECT: usize = 5;
    (v.saturating_sub(MAX_SUBJECT + 1).max(lo)..v)
        .rev()
        .take_while(|&k| doc.is_word(k) && !doc.tokens[k].quoted)
        .any(|k| doc.lex.object_relatives.contains(doc.low(k).as_ref()))
}

/// Whether the quotation follows a colon in a line that a related-article label opens (`Lire
/// aussi : « X »`, `À lire aussi notre enquête : « X »`): the marks hold the linked title.
fn in_related_link(doc: &Doc, q: &MarkedQuote) -> bool {
    related_link(doc, doc.para_tokens(q.para).0, q.open_tok)
}

/// `seize ans de « campagne », le terme consacré`, `le terme « sobriété »`: a word or two in
/// marks that a term noun (`[term_nouns]`) names right before or in apposition after.
fn names_a_term(doc: &Doc, q: &MarkedQuote, content: &str, lo: usize) -> bool {
    const MAX_WORDS: usize = 2;
    // `l'essor du « continuum de sécurité », terme utilisé par …`: a bare apposed term noun
    // may gloss a longer phrase.
    const MAX_APPOSED_WORDS: usize = 3;
    let terms = &doc.lex.term_nouns;
    let words = content.split_whitespace().count();
    if terms.is_empty() || words > MAX_APPOSED_WORDS {
        return false;
    }
    // (A term noun here is lowercase: no lowering needed.)
    let is_term = |k: usize| {
        doc.is_word(k) && !doc.is_cap(k) && !doc.tokens[k].quoted && terms.contains(doc.s(k))
    };
    let before = words <= MAX_WORDS
        && q.open_tok > lo + 1
        && doc.has(q.open_tok - 2, DET)
        && is_term(q.open_tok - 1);
    let c = q.close_tok + 1;
    let after = doc.is_punct(c, ",")
        && ((words <= MAX_WORDS && doc.has(c + 1, DET) && is_term(c + 2))
            || (!doc.english && is_term(c + 1)));
    before || after
}

/// `Articles en lien` alone on its line, then `Lausanne : le quartier « zéro voiture »`: the
/// line after a bare related-article label is another article's title, whatever its case.
/// (English pages often go on with the story right after a `Read more` label: only a line
/// with no closing sentence punctuation is a title there.)
fn under_related_label(doc: &Doc, q: &MarkedQuote) -> bool {
    if doc.lex.related_labels.is_empty() {
        return false;
    }
    let closing = ['"', '\'', '\u{201d}', '\u{2019}', ')'];
    let line = doc.paragraphs[q.para].slice(doc.text).trim_end();
    if doc.english && line.trim_end_matches(closing).ends_with(['.', '!', '?']) {
        return false;
    }
    let Some(prev) = (0..q.para)
        .rev()
        .find(|&p| !doc.paragraphs[p].slice(doc.text).trim().is_empty())
    else {
        return false;
    };
    const MAX_LABEL_TOKENS: usize = 5;
    let (lo, mut hi) = doc.para_tokens(prev);
    if hi <= lo || hi - lo > MAX_LABEL_TOKENS {
        return false;
    }
    if doc.is_punct(hi - 1, ":") {
        hi -= 1;
    }
    hi > lo
        && doc.lex.related_labels.iter().any(|label| {
            label.len() == hi - lo
                && label[0].len() == doc.s(lo).len()
                && label
                    .iter()
                    .enumerate()
                    .all(|(n, w)| doc.is_word(lo + n) && doc.low(lo + n) == w.as_str())
        })
}

/// Whether tokens `lo..hi` open with a related-article label and hold its colon (`Lire aussi :
/// Sécurité routière : …`): what follows is another article's title.
pub(super) fn related_link(doc: &Doc, lo: usize, hi: usize) -> bool {
    if doc.lex.related_labels.is_empty() || lo >= hi || !doc.is_word(lo) {
        return false;
    }
    // The first word is lowered once, and only when a label has its length: most lines open
    // with no label.
    let len = doc.s(lo).len();
    if !doc
        .lex
        .related_labels
        .iter()
        .any(|label| label[0].len() == len)
    {
        return false;
    }
    let first = doc.low(lo);
    let labelled = doc.lex.related_labels.iter().any(|label| {
        lo + label.len() <= hi
            && label[0] == first
            && label
                .iter()
                .enumerate()
                .skip(1)
                .all(|(n, w)| doc.is_word(lo + n) && doc.low(lo + n) == w.as_str())
    });
    labelled && (lo..hi).any(|k| doc.is_punct(k, ":") && !doc.tokens[k].quoted)
}

/// Whether the quotation sits in a line whose own words are in title case (`Chief Feared Rival
/// Would ‘Eat Our Lunch,’ Executive Says`): there, capitals tell nothing about the quotation.
fn in_title_case_line(doc: &Doc, q: &MarkedQuote) -> bool {
    const MIN_WORDS: usize = 4;
    // A headline is a line of a few words: a paragraph is not read again for every quote.
    const MAX_TOKENS: usize = 80;
    let (lo, hi) = doc.para_tokens(q.para);
    if hi - lo > MAX_TOKENS {
        return false;
    }
    let long_words = (lo..hi)
        .filter(|&k| doc.is_word(k) && !doc.tokens[k].quoted && doc.s(k).chars().nth(3).is_some());
    let (mut words, mut capitalised) = (0, 0);
    for k in long_words {
        words += 1;
        capitalised += usize::from(doc.is_cap(k));
    }
    words >= MIN_WORDS && capitalised == words
}

/// `« Genuch ass genuch » (« Trop, c’est trop »)`: marks alone in parentheses right after
/// other marks gloss them (a translation), no second quotation.
fn glosses_previous_marks(doc: &Doc, q: &MarkedQuote) -> bool {
    q.open_tok >= 2
        && doc.is_punct(q.open_tok - 1, "(")
        && doc.is_punct(q.close_tok + 1, ")")
        && doc.quote_at_mark(q.open_tok - 2).is_some()
}

/// `le palmarès affiche la mention « titre suspendu »`: marks right after a label noun and
/// its determiner.
fn labelled(doc: &Doc, q: &MarkedQuote) -> bool {
    !doc.lex.label_nouns.is_empty()
        && q.open_tok >= 2
        && doc.is_word(q.open_tok - 1)
        && !doc.tokens[q.open_tok - 1].quoted
        && doc.has(q.open_tok - 2, DET)
        && doc
            .lex
            .label_nouns
            .contains(doc.low(q.open_tok - 1).as_ref())
}

/// `A banner over the door reads "…"`, `a new sign promises "…"`: a clause whose subject, in its
/// first words, is a thing that carries a text quotes that text, no speech.
fn written_on_inscription(doc: &Doc, q: &MarkedQuote) -> bool {
    const SUBJECT_WORDS: usize = 4;
    const CLAUSE_TOKENS: usize = 14;
    if doc.lex.inscription_nouns.is_empty() {
        return false;
    }
    let sentence = doc.sentence_start(q.open_tok);
    let subject_at = |start: usize| {
        q.open_tok - start <= CLAUSE_TOKENS
            && (start..q.open_tok.min(start + SUBJECT_WORDS))
                .filter(|&k| doc.is_word(k) && !doc.tokens[k].quoted)
                // The head of the opening phrase (`Signs`, `A new sign`), not a word after a
                // verb (`Nurses carrying signs`).
                .filter(|&k| {
                    k == start || doc.has(k - 1, DET) || (k >= start + 2 && doc.has(k - 2, DET))
                })
                .any(|k| doc.lex.inscription_nouns.contains(doc.low(k).as_ref()))
    };
    // `Au fond de la salle, une banderole … affichait : « … »`: the clause may open after an
    // adverbial set off by a comma (itself no clause: `…, avec des panneaux sur « … »`).
    subject_at(sentence)
        || (sentence..q.open_tok)
            .filter(|&c| doc.is_punct(c, ",") && !doc.tokens[c].quoted)
            .any(|c| !doc.has(c + 1, STARTER) && subject_at(c + 1))
        || read_in_relative(doc, q, sentence)
}

/// `des pancartes sur lesquelles on pouvait lire « … » ou encore « … »`: marks a few words into
/// a relative clause whose antecedent, just before its relative, carries a text.
fn read_in_relative(doc: &Doc, q: &MarkedQuote, sentence: usize) -> bool {
    const CLAUSE_WORDS: usize = 6;
    const NOUN_BEFORE: usize = 2;
    if doc.lex.inscription_relatives.is_empty() {
        return false;
    }
    let Some(rel) = (sentence..q.open_tok)
        .rev()
        .filter(|&k| doc.is_word(k) && !doc.tokens[k].quoted)
        .take(CLAUSE_WORDS + 1)
        .find(|&k| doc.lex.inscription_relatives.contains(doc.low(k).as_ref()))
    else {
        return false;
    };
    (rel.saturating_sub(NOUN_BEFORE).max(sentence)..rel)
        .any(|k| doc.is_word(k) && doc.lex.inscription_nouns.contains(doc.low(k).as_ref()))
}

/// `Sur l'une d'elles, on pouvait lire « … »`, `sous une banderole : « … ».`: marks read by
/// `on`, or after a colon that closes a clause on a thing that carries a text (no speech verb
/// between), give that text when they close their sentence: nobody speaks them.
fn shown_on_inscription(doc: &Doc, q: &MarkedQuote) -> bool {
    const READER_WORDS: usize = 3;
    const NOUN_WORDS: usize = 10;
    const TEXT_WORDS: usize = 12;
    let Some(mut before) = q.open_tok.checked_sub(1) else {
        return false;
    };
    let colon = doc.is_punct(before, ":") && !doc.tokens[before].quoted;
    if colon {
        let Some(b) = before.checked_sub(1) else {
            return false;
        };
        before = b;
    }
    let sentence = doc.sentence_start(q.open_tok);
    let words_back = |from: usize| {
        (sentence..=from)
            .rev()
            .take_while(|&k| !doc.tokens[k].quoted)
            .filter(|&k| doc.is_word(k))
    };
    let read_by_on = doc.lex.reading_verbs.contains(doc.low(before).as_ref())
        && words_back(before)
            .take(READER_WORDS + 1)
            .any(|k| doc.lex.impersonal_pronouns.contains(doc.low(k).as_ref()));
    if read_by_on {
        return true;
    }
    let closes_sentence = doc.ends_sentence(q.close_tok)
        || (doc.is_punct(q.close_tok + 1, ".") && doc.ends_sentence(q.close_tok + 1));
    let short = q.marked.inner.slice(doc.text).split_whitespace().count() <= TEXT_WORDS;
    colon
        && closes_sentence
        && short
        && words_back(before)
            .take(NOUN_WORDS)
            .take_while(|&k| !doc.is_speech_verb(k))
            .any(|k| {
                k > 0
                    && doc.has(k - 1, DET)
                    && doc.lex.inscription_nouns.contains(doc.low(k).as_ref())
            })
}

/// Whether a French definite article comes right before the opening mark (`la « Nuit … »`,
/// `l’« Ultra … »`, whose elided article the tokens split from its apostrophe).
fn definite_before(doc: &Doc, q: &MarkedQuote) -> bool {
    let Some(d) = q.open_tok.checked_sub(1) else {
        return false;
    };
    if doc.english || doc.para_of(d) != q.para {
        return false;
    }
    let elided = d > 0
        && matches!(doc.s(d), "’" | "'")
        && doc.para_of(d - 1) == q.para
        && doc.tokens[d - 1].span.end == doc.tokens[d].span.start
        && doc.s(d - 1).eq_ignore_ascii_case("l");
    doc.has(d, DEFINITE) || elided
}

/// `downgraded the stock to "underperform" from "neutral"`, `relevé à « achat »`: an analyst's
/// rating after `to`/`from`/`à` is a label, not speech.
fn is_rating(doc: &Doc, q: &MarkedQuote, content: &str) -> bool {
    let Some(before) = q.open_tok.checked_sub(1) else {
        return false;
    };
    // `who rates the stock 'buy'`: a rating verb may take an object before the rating.
    const OBJECT_WORDS: usize = 2;
    let lo = doc.para_tokens(q.para).0;
    let introduced = (lo.max(before.saturating_sub(OBJECT_WORDS))..=before)
        .rev()
        .take_while(|&k| doc.is_word(k) && !doc.tokens[k].quoted)
        .any(|k| doc.has(k, RATING_PREP));
    doc.para_of(before) == q.para
        && introduced
        && content.len() <= doc.lex.longest_rating
        && doc.lex.ratings.contains(
            &content
                .trim_end_matches(['.', ',', ';', '!'])
                .to_lowercase(),
        )
}

/// `Dans « les Veilleurs », elle décrit …` then `Les Veilleurs, de X, éditions …`: a short
/// quoted phrase after a preposition (`dans`, `in`), holding a capitalised word, that the text
/// repeats without marks is a title.
fn echoed_unmarked(doc: &Doc, q: &MarkedQuote, content: &str, words: &[&str]) -> bool {
    const MAX_WORDS: usize = 6;
    if !q
        .open_tok
        .checked_sub(1)
        .is_some_and(|p| doc.has(p, STARTER))
    {
        return false;
    }
    let capitalised = words
        .iter()
        .skip(1)
        .any(|w| w.chars().next().is_some_and(char::is_uppercase));
    if words.len() < 2 || words.len() > MAX_WORDS || !capitalised {
        return false;
    }
    let mut first = content.chars();
    let Some(initial) = first.next() else {
        return false;
    };
    let rest = first.as_str();
    let quoted = |at: usize| {
        doc.quotes
            .iter()
            .any(|other| other.marked.inner.start <= at && at < other.marked.inner.end)
    };
    [
        initial.to_uppercase().collect::<String>(),
        initial.to_lowercase().collect(),
    ]
    .iter()
    .any(|start| {
        let variant = format!("{start}{rest}");
        doc.text
            .match_indices(variant.as_str())
            .any(|(at, _)| at != q.marked.inner.start && !quoted(at))
    })
}

/// `Fusion des agences : le « choc de simplification » qui ne simplifie rien`: in a headline
/// with no speech verb, a phrase between an article and a relative pronoun is the headline's
/// label for a thing, nobody's words.
fn labels_in_headline(doc: &Doc, q: &MarkedQuote) -> bool {
    let Some(first) = doc.tokens.first() else {
        return false;
    };
    if q.para != first.para as usize || q.open_tok == 0 || q.marked.close.is_none() {
        return false;
    }
    // (`les « navettes » grincent`: or one lowercase word after an article.)
    let one_word = || {
        q.close_tok == q.open_tok + 2 && doc.is_word(q.open_tok + 1) && !doc.is_cap(q.open_tok + 1)
    };
    let framed = doc.has(q.open_tok - 1, DET) && (doc.has(q.close_tok + 1, RELATIVE) || one_word());
    if !framed || doc.para_of(q.close_tok + 1) != q.para {
        return false;
    }
    let (lo, hi) = doc.para_tokens(q.para);
    !doc.is_punct(hi - 1, ".!?…")
        && (lo..hi).all(|k| doc.tokens[k].quoted || !doc.is_speech_verb(k))
}
