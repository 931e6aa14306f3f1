"""Property tests of the Python API (hypothesis): offsets, coverage and clean on any text.

Whitespace here is Unicode's White_Space property, as in the Rust core; Python's
``str.isspace`` also counts the separators U+001C-U+001F, which are visible characters here.
"""

# Typographic quote marks are this file's subject, not look-alike typos.
# ruff: noqa: RUF001

from __future__ import annotations

import itertools
import os
import unicodedata

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import depeche

WHITE_SPACE = frozenset(
    "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)

PIECES = [
    # Words, names, cues and abbreviations the rules react to.
    *["le", "vote", "Jeanne", "Martin", "a déclaré", "a-t-il ajouté", "said", "Tom Baker"],
    *["he", "selon", "according to", "M.", "Mme", "Dr", "Mr.", "J.-C.", "etc.", "U.S."],
    *["15h30", "3.5", "Partager", "Lire aussi :", "Publicité", "Advertisement", "© AFP"],
    # Sentence ends and punctuation.
    *[".", "!", "?", "…", ",", ":", ";", "-", "—", "(", ")", ". .", "...", "?!"],
    # Every quotation mark, with and without French padding.
    *["«", "»", "« ", " »", "«\xa0", "\xa0»", "«\u202f", "\u202f»", "“", "”", "„", "‹", "›"],
    *['"', "'", "‘", "’", "d’", "l'"],
    # Whitespace of every kind, CRLF, paragraph breaks, zero-width characters.
    *[" ", "  ", "\t", "\n", "\r\n", "\n\n", "\r", "\xa0", "\u202f", "\u2009", "\u3000"],
    *["\x85", "\u2028", "\u2029", "\u200b", "\ufeff"],
    # Control characters, NUL and the separators Python alone calls whitespace.
    *["\x00", "\x01", "\x07", "\x1b", "\x1c", "\x1f", "\x7f", "\x9f"],
    # Combining marks, astral characters, emoji sequences, right-to-left text, bidi controls.
    *["e\u0301", "\u0301", "\u0308\u0308", "😀", "👍🏽", "🇫🇷", "👩‍👩‍👧", "𝔘𝔫𝔦", "\U0010ffff"],
    *["שלום", "مرحبا", "\u200f", "\u202e", "\u2066"],
    # Lone surrogates, which UTF-8 cannot carry.
    *["\ud800", "\udbff", "\udc00", "\udfff"],
]

pieces = st.one_of(
    st.sampled_from(PIECES),
    st.characters(codec=None, exclude_categories=()),  # any code point, surrogates included
    st.text(max_size=6),
)
texts = st.lists(st.tuples(pieces, st.booleans()), max_size=50).map(
    lambda parts: "".join(p + (" " if spaced else "") for p, spaced in parts)
)
langs = st.sampled_from([None, *depeche.LANGUAGES])
# DEPECHE_HYPOTHESIS_EXAMPLES raises the number of examples for a longer search.
SETTINGS = settings(
    max_examples=int(os.environ.get("DEPECHE_HYPOTHESIS_EXAMPLES", "300")),
    deadline=None,
    # CI replays the same examples every run; locally each run explores new ones.
    derandomize=bool(os.environ.get("CI")),
    suppress_health_check=[HealthCheck.too_slow],
)
SURROGATE_EDGES = "Le chat\ud800 dort. « Il pleut\udfff », a dit Paul Durand.\r\n\x00 \u0301."


SOFT_HYPHEN = "\u00ad"


def words(text: str) -> set[str]:
    """Maximal runs of letters, digits and soft hyphens, after NFC, without the soft hyphens.

    clean applies NFC and joins words split by a soft hyphen (``Ver\u00adsailles``).
    """
    normalized = unicodedata.normalize("NFC", text.encode("utf-8", "replace").decode())
    runs = itertools.groupby(normalized, key=lambda c: c.isalnum() or c == SOFT_HYPHEN)
    words = ("".join(run).replace(SOFT_HYPHEN, "") for is_word, run in runs if is_word)
    return {word for word in words if word}


@SETTINGS
@given(text=texts, lang=langs)
@example(text=SURROGATE_EDGES, lang=None)
def test_sentences_are_exact_ordered_trimmed_and_cover_every_visible_char(text, lang):
    found = depeche.sentences(text, lang=lang)
    previous_end = 0
    for sentence in found:
        assert isinstance(sentence, depeche.Sentence)
        assert previous_end <= sentence.start < sentence.end <= len(text)
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text[0] not in WHITE_SPACE and sentence.text[-1] not in WHITE_SPACE
        previous_end = sentence.end
    covered = set().union(*(range(s.start, s.end) for s in found))
    for i, char in enumerate(text):
        assert char in WHITE_SPACE or i in covered, f"{char!r} at {i} is in no sentence"


@SETTINGS
@given(text=texts, lang=langs)
@example(text=SURROGATE_EDGES, lang=None)
def test_quotes_are_exact_and_do_not_overlap(text, lang):
    found = depeche.quotes(text, lang=lang)
    previous_end = 0
    for quote in sorted(found, key=lambda q: (q.start, q.end)):
        assert isinstance(quote, depeche.Quote)
        assert previous_end <= quote.start < quote.end <= len(text)
        assert text[quote.start : quote.end] == quote.text
        previous_end = quote.end
        assert (quote.speaker_start is None) == (quote.speaker_end is None)
        if quote.speaker_start is not None:
            assert 0 <= quote.speaker_start < quote.speaker_end <= len(text)
        if quote.speaker is not None:
            assert quote.speaker.strip()
        assert quote.cue is None or quote.cue.strip()
        assert isinstance(quote.kind, str) and quote.kind


@SETTINGS
@given(text=texts, lang=langs)
@example(text=SURROGATE_EDGES, lang=None)
def test_clean_is_idempotent_and_invents_no_word(text, lang):
    cleaned = depeche.clean(text, lang=lang)
    assert depeche.clean(cleaned, lang=lang) == cleaned
    assert words(cleaned) <= words(text)


@SETTINGS
@given(
    text=texts,
    lang=langs,
    remove=st.none() | st.lists(st.sampled_from(depeche.RESIDUE_CATEGORIES)),
    repair=st.none() | st.lists(st.sampled_from(depeche.REPAIR_CATEGORIES)),
)
def test_clean_report_matches_clean_and_its_edits_point_into_the_input(text, lang, remove, repair):
    options = {"lang": lang, "remove": remove, "repair": repair}
    report = depeche.clean_report(text, **options)
    assert report.text == depeche.clean(text, **options)
    for edit in report.edits:
        assert 0 <= edit.start <= edit.end <= len(text)
        assert text[edit.start : edit.end] == edit.text
        assert edit.category in (*depeche.RESIDUE_CATEGORIES, *depeche.REPAIR_CATEGORIES)


@SETTINGS
@given(text=texts, lang=langs)
@example(text="A\u030a  b", lang="en")
def test_clean_report_edits_are_in_input_order_without_overlap(text, lang):
    previous_end = 0
    for edit in depeche.clean_report(text, lang=lang).edits:
        assert edit.start >= previous_end, f"{edit} overlaps the previous edit"
        previous_end = edit.end


@SETTINGS
@given(text=texts)
def test_language_detection_accepts_anything(text):
    assert depeche.detect_language(text) in depeche.LANGUAGES


@SETTINGS
@given(value=st.one_of(st.none(), st.integers(), st.floats(), st.binary(), st.booleans()))
def test_non_text_raises_only_type_error(value):
    functions = [depeche.clean, depeche.clean_report, depeche.sentences, depeche.quotes]
    for function in [*functions, depeche.detect_language]:
        with pytest.raises(TypeError):
            function(value)


@SETTINGS
@given(lang=st.text(max_size=5))
def test_any_lang_string_is_accepted_or_a_value_error(lang):
    for function in (depeche.clean, depeche.sentences, depeche.quotes):
        try:
            function("Bonjour.", lang=lang)
        except ValueError as error:
            assert isinstance(error, depeche.DepecheError)
