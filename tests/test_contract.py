"""The public contract of depeche (issue #2): signatures, records, offsets, errors."""

from __future__ import annotations

import doctest
import inspect
import itertools
import pickle
import sys
from pathlib import Path

import pytest

import depeche

ROOT = Path(__file__).resolve().parent.parent

TRICKY = (
    "Crème brûlée 😀👍🏽 à Paris.\r\nLe « maire », a dit Jeanne Martin, est parti.\r\n"
    "Cafe\u0301 noir 🇫🇷. “It works,” said Tom Baker. Fin."
)


def test_public_functions_have_the_documented_signatures():
    for name in ("clean", "sentences", "quotes"):
        params = inspect.signature(getattr(depeche, name)).parameters
        assert params["text"].kind is inspect.Parameter.POSITIONAL_ONLY
        assert params["lang"].kind is inspect.Parameter.KEYWORD_ONLY
        assert params["lang"].default is None


def test_sentence_offsets_are_code_points_after_emoji_combining_marks_and_crlf():
    found = depeche.sentences(TRICKY)
    assert len(found) >= 4
    for s in found:
        assert TRICKY[s.start : s.end] == s.text
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


def test_quote_and_speaker_offsets_are_code_points():
    found = depeche.quotes(TRICKY)
    assert [q.text for q in found][:1] == ["maire"]
    for q in found:
        assert TRICKY[q.start : q.end] == q.text
        if q.speaker_start is not None:
            assert TRICKY[q.speaker_start : q.speaker_end]


def test_clean_report_edits_point_into_the_input():
    text = "Un  texte 😀  ici.\nCafe\u0301."
    report = depeche.clean_report(text)
    assert report.text == depeche.clean(text)
    assert report.edits
    for edit in report.edits:
        assert text[edit.start : edit.end] == edit.text


@pytest.mark.parametrize("function", [depeche.clean, depeche.sentences, depeche.quotes])
@pytest.mark.parametrize("bad", [None, 3, b"bytes", {"a": "dict"}])
def test_non_str_raises_type_error_naming_the_type(function, bad):
    with pytest.raises(TypeError, match=type(bad).__name__) as info:
        function(bad)
    assert isinstance(info.value, depeche.DepecheError)


@pytest.mark.parametrize("function", [depeche.clean, depeche.sentences, depeche.quotes])
def test_unsupported_language_raises_value_error_naming_supported_ones(function):
    with pytest.raises(ValueError, match=r"supported: de, en, es, fr, it, nl, pt"):
        function("Bonjour.", lang="xx")
    with pytest.raises(TypeError, match="int"):
        function("Bonjour.", lang=3)


@pytest.mark.parametrize("text", ["", "   ", "\n\t \r\n"])
def test_empty_or_whitespace_gives_empty_results(text):
    assert depeche.sentences(text) == []
    assert depeche.quotes(text) == []
    assert depeche.clean(text) == ""


def test_lone_surrogates_neither_crash_nor_shift_offsets():
    text = "Le chat\ud800 dort. « Il pleut\udfff », a dit Paul Durand."
    found = depeche.sentences(text)
    assert [s.text for s in found] == [
        "Le chat\ud800 dort.",
        "« Il pleut\udfff », a dit Paul Durand.",
    ]
    quote = depeche.quotes(text)[0]
    assert text[quote.start : quote.end] == quote.text == "Il pleut\udfff"
    report = depeche.clean_report(text + "  x")
    for edit in report.edits:
        assert (text + "  x")[edit.start : edit.end] == edit.text


def test_records_pickle_and_are_immutable():
    records = [*depeche.sentences(TRICKY), *depeche.quotes(TRICKY)]
    assert pickle.loads(pickle.dumps(records)) == records
    with pytest.raises(AttributeError):
        records[0].start = 3  # type: ignore[misc]


def test_records_become_dataframe_rows():
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame(depeche.quotes(TRICKY))
    assert list(frame.columns) == list(depeche.Quote._fields)


def test_exceptions_pickle_and_subclass_builtins():
    for cls, base in [
        (depeche.UnsupportedLanguageError, ValueError),
        (depeche.InvalidOptionError, ValueError),
        (depeche.InvalidInputError, TypeError),
        (depeche.InternalError, RuntimeError),
    ]:
        err = pickle.loads(pickle.dumps(cls("msg")))
        assert isinstance(err, base) and isinstance(err, depeche.DepecheError)
        assert str(err) == "msg"


def test_a_rust_panic_surfaces_as_internal_error():
    from depeche import _depeche

    with pytest.raises(depeche.InternalError, match="deliberate panic"):
        _depeche._panic_for_tests()


def test_clean_options_are_validated():
    with pytest.raises(ValueError, match="share"):
        depeche.clean("x", remove=["nonsense"])
    with pytest.raises(ValueError, match="spaces"):
        depeche.clean("x", repair=["share"])


def test_language_is_detected_when_not_given():
    assert depeche.detect_language("The council said that it would vote on the plan.") == "en"
    assert depeche.detect_language("Le conseil a dit qu'il votera le plan dans la semaine.") == "fr"


def test_readme_examples_run():
    pytest.importorskip("pandas", reason="the README's examples use the pandas extra")
    failures, tried = doctest.testfile(str(ROOT / "README.md"), module_relative=False)
    assert tried > 0
    assert failures == 0


def test_demo_runs_on_the_shipped_samples(capsys):
    from depeche.cli import main

    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert out.count("=== ") >= 3
    assert "--- quotes" in out and "--- sentences" in out


# The same text with one letter of its first sentence spelled in each width of str the binding
# reads differently (ASCII, 1-, 2- and 4-byte code points, a lone surrogate): one code point
# for one, so every record must be the same but for that letter.
VARIANT_TEMPLATE = (
    "The city c{}uncil met on Monday.  It voted for the new bridge. "
    "“We will build it,” said Anna Clarke, the mayor. Work starts in May."
)
VARIANTS = {
    "ascii": "o",
    "latin-1": "\u00f6",
    "bmp": "\u014f",
    "astral": "\U0001d428",
    "lone surrogate": "\udc00",
}


def _records(text: str) -> tuple[object, ...]:
    """Every record of every function on ``text``, with the texts checked and left out."""
    found = depeche.sentences(text), depeche.quotes(text), depeche.clean_report(text).edits
    for record in itertools.chain(*found):
        assert text[record.start : record.end] == record.text
    return (
        [(s.start, s.end) for s in found[0]],
        [(q.start, q.end, q.speaker, q.speaker_start, q.speaker_end, q.kind) for q in found[1]],
        [(e.start, e.end, e.category, e.replacement) for e in found[2]],
    )


def test_every_width_of_str_gives_the_records_of_the_ascii_text():
    expected = _records(VARIANT_TEMPLATE.format("o"))
    sentences, quotes, edits = expected
    assert sentences == [(0, 31), (33, 61), (62, 110), (111, 130)]
    assert quotes[0][0] == 63 and quotes[0][2:5] == ("Anna Clarke", 87, 98)
    assert (31, 33, "spaces", " ") in edits
    for name, letter in VARIANTS.items():
        text = VARIANT_TEMPLATE.format(letter)
        assert _records(text) == expected, name
        assert depeche.sentences([text, text], n_threads=2) == [depeche.sentences(text)] * 2


def test_ascii_texts_do_not_keep_a_copy_either():
    texts = [f"The mayor said {i} times that it works. Fine." for i in range(3)]
    sizes = [sys.getsizeof(t) for t in texts]
    depeche.sentences(texts[0])
    depeche.quotes(texts, n_threads=2)
    assert [sys.getsizeof(t) for t in texts] == sizes


class _LyingStr(str):
    """A str whose ``isascii`` says the opposite of the truth."""

    def isascii(self) -> bool:
        return not super().isascii()


@pytest.mark.parametrize("letter", VARIANTS.values(), ids=VARIANTS.keys())
def test_a_str_subclass_gives_the_records_of_its_str(letter):
    text = VARIANT_TEMPLATE.format(letter)
    assert _records(_LyingStr(text)) == _records(text)
