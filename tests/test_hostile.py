"""Hostile input: wrong types, huge documents, pathological marks, NUL bytes, huge batches.

Each test checks a correct result (or the documented error), not a time: speed and
linearity are measured by bench/linearity.py.
"""

# Typographic quote marks are this file's subject, not look-alike typos.
# ruff: noqa: RUF001

from __future__ import annotations

import pytest

import depeche

FUNCTIONS = [
    depeche.clean,
    depeche.clean_report,
    depeche.sentences,
    depeche.quotes,
    depeche.detect_language,
]
PARAGRAPH = (
    "« Nous ne céderons pas sur le point {n} », a déclaré Jeanne Martin mardi. M. Dupont, lui, "
    'a parlé d’une “erreur {n}”. The mayor said: "We will vote on {n} Monday." Il pleut\u202f!'
)


def document(size: int) -> str:
    """About ``size`` characters of distinct news paragraphs (none repeats another), four to a
    line as scraped text often joins them."""
    count = size // (len(PARAGRAPH) + 4)
    paragraphs = [PARAGRAPH.format(n=n) for n in range(count)]
    lines = (" ".join(paragraphs[i : i + 4]) for i in range(0, count, 4))
    return "\n".join(lines) + "\n"


def covered(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether every non-whitespace character of ``text`` lies in one of ``spans``."""
    position = 0
    for start, end in spans:
        if text[position:start].strip():
            return False
        position = end
    return not text[position:].strip()


def check_quotes(text: str, found: list[depeche.Quote]) -> None:
    previous_end = 0
    for quote in sorted(found, key=lambda q: q.start):
        assert previous_end <= quote.start < quote.end <= len(text)
        assert text[quote.start : quote.end] == quote.text
        previous_end = quote.end


@pytest.mark.parametrize("function", FUNCTIONS, ids=lambda f: f.__name__)
@pytest.mark.parametrize(
    "bad", [None, 42, 3.5, b"bytes", bytearray(b"x"), memoryview(b"x"), object()]
)
def test_non_text_raises_type_error_naming_the_type(function, bad):
    with pytest.raises(TypeError, match=type(bad).__name__) as info:
        function(bad)
    assert isinstance(info.value, depeche.DepecheError)


@pytest.mark.parametrize("function", FUNCTIONS[:4], ids=lambda f: f.__name__)
@pytest.mark.parametrize("bad_lang", [42, b"fr", ["fr"]])
def test_non_text_lang_raises_type_error_naming_the_type(function, bad_lang):
    with pytest.raises(TypeError, match=type(bad_lang).__name__):
        function("Bonjour.", lang=bad_lang)


def test_str_subclasses_are_text():
    class Headline(str):
        pass

    text = Headline("Il pleut. Il vente.")
    assert [s.text for s in depeche.sentences(text)] == ["Il pleut.", "Il vente."]
    assert depeche.clean(text) == "Il pleut. Il vente."


def test_a_50_mb_document():
    text = document(50_000_000)
    paragraphs = text.count("Monday")
    found = depeche.sentences(text, lang="fr")
    assert covered(text, [(s.start, s.end) for s in found])
    assert len(found) >= 4 * paragraphs
    assert found[-1].end == len(text.rstrip())
    del found
    quotes = depeche.quotes(text, lang="fr")
    check_quotes(text, quotes)
    assert len(quotes) >= 2 * paragraphs
    assert quotes[-1].text == f"We will vote on {paragraphs - 1} Monday."
    del quotes
    cleaned = depeche.clean(text, lang="fr")
    assert cleaned.endswith(text.rstrip()[-1000:])
    assert len(cleaned) > 0.95 * len(text), "clean removed article paragraphs"


def test_a_10_mb_line_without_spaces():
    chunk = "Mot.«Cité»“x”,‹y›Fin!"
    text = chunk * (10_000_000 // len(chunk))
    found = depeche.sentences(text)
    assert covered(text, [(s.start, s.end) for s in found])
    check_quotes(text, depeche.quotes(text))
    # Whatever clean makes of one 10 MB "word" (repaired, kept or dropped), the reported edits
    # make exactly its output.
    report = depeche.clean_report(text)
    assert report.text == depeche.clean(text)
    pieces, cursor = [], 0
    for edit in report.edits:
        pieces += [text[cursor : edit.start], edit.replacement]
        cursor = edit.end
    assert "".join(pieces) + text[cursor:] == report.text


@pytest.mark.parametrize("opening", ["«", "« ", "“", '"', "„", "‹"])
def test_100k_opening_marks_without_a_closing_one(opening):
    text = f"Il a dit {opening * 100_000}et puis rien."
    check_quotes(text, depeche.quotes(text, lang="fr"))
    found = depeche.sentences(text, lang="fr")
    assert covered(text, [(s.start, s.end) for s in found])


@pytest.mark.parametrize("closing", ["»", " »", "”"])
def test_100k_closing_marks_without_an_opening_one(closing):
    text = f"Il a dit {closing * 100_000} et puis rien."
    check_quotes(text, depeche.quotes(text, lang="fr"))


@pytest.mark.parametrize(("opening", "closing"), [("« ", " »"), ("“", "”"), ("« “ ‹ ", " › ” »")])
def test_10k_nested_quotes(opening, closing):
    text = f"Il a dit : {opening * 10_000}au centre{closing * 10_000}, a dit Paul Durand."
    found = depeche.quotes(text, lang="fr")
    check_quotes(text, found)
    assert any("au centre" in q.text for q in found)
    found = depeche.sentences(text, lang="fr")
    assert covered(text, [(s.start, s.end) for s in found])


def test_100k_abbreviations_and_initials():
    text = "M. J. K. Dr etc. " * 100_000 + "Fin."
    found = depeche.sentences(text, lang="fr")
    assert covered(text, [(s.start, s.end) for s in found])


def test_nul_bytes_are_text_like_any_other():
    text = "Il pleut.\x00 Le « vent\x00 souffle fort », a dit Paul Durand.\x00\n\x00"
    found = depeche.sentences(text, lang="fr")
    assert covered(text, [(s.start, s.end) for s in found])
    assert "\x00" in "".join(s.text for s in found)
    quotes = depeche.quotes(text, lang="fr")
    check_quotes(text, quotes)
    assert [q.text for q in quotes] == ["vent\x00 souffle fort"]
    report = depeche.clean_report(text, lang="fr")
    removed = {i for e in report.edits for i in range(e.start, e.end)}
    kept_or_reported = report.text.count("\x00") + sum(
        1 for i, c in enumerate(text) if c == "\x00" and i in removed
    )
    assert kept_or_reported == text.count("\x00"), "a NUL vanished without an edit"


def batch_api() -> bool:
    """Whether the functions take a list of texts (issue 6); raises TypeError when not."""
    try:
        depeche.sentences(["Il pleut."])  # type: ignore[arg-type]
    except TypeError:
        return False
    return True


def test_a_batch_of_a_million_empty_strings():
    if not batch_api():
        pytest.skip("no batch API yet: depeche.sentences() takes one str (issue 6)")
    texts = [""] * 1_000_000
    assert depeche.clean(texts) == texts  # type: ignore[arg-type]
    sentences = depeche.sentences(texts)  # type: ignore[arg-type]
    assert len(sentences) == len(texts)
    assert all(not found for found in sentences)
    quotes = depeche.quotes(texts)  # type: ignore[arg-type]
    assert len(quotes) == len(texts)
    assert all(not found for found in quotes)
