"""Many texts at once (issue #6): inputs, order, missing values, errors, threads, streaming."""

from __future__ import annotations

import functools
import itertools
import math
import multiprocessing
import pickle
import subprocess
import sys

import pytest

import depeche

TEXTS = [
    "« Nous voterons contre », a déclaré Jeanne Martin. Le conseil se réunit lundi.",
    "The mayor said the bridge would reopen. “It is safe,” said Tom Baker.",
    "Il  pleut   sur la ville. Les écoles ferment.",
    "",
    "Un texte sans point",
    "M. Dupont est arrivé à 15h30. Il a parlé. « Rien ne change », a-t-il dit.",
]
FUNCTIONS = [depeche.clean, depeche.clean_report, depeche.sentences, depeche.quotes]


def many(n: int) -> list[str]:
    """``n`` distinct texts, so that a result in the wrong place shows."""
    return [f"{TEXTS[i % len(TEXTS)]} Article {i}." for i in range(n)]


@pytest.mark.parametrize("function", FUNCTIONS)
def test_a_list_gives_the_single_results_in_order(function):
    texts = many(40)
    expected = [function(t) for t in texts]
    assert function(texts, n_threads=2) == expected
    assert function(tuple(texts), n_threads=1) == expected
    assert function(iter(texts)) == expected


@pytest.mark.parametrize("function", FUNCTIONS)
def test_many_small_chunks_on_threads_keep_order(function):
    texts = many(101)
    expected = [function(t) for t in texts]
    streamed = depeche.batch.imap(function, (t for t in texts), n_threads=2, chunk_size=3)
    assert list(streamed) == expected


@pytest.mark.parametrize("function", FUNCTIONS)
def test_none_and_nan_pass_through_as_missing(function):
    texts = [TEXTS[0], None, math.nan, TEXTS[1]]
    found = function(texts)
    assert found[1] is None and found[2] is None
    assert found[0] == function(TEXTS[0]) and found[3] == function(TEXTS[1])


def test_a_str_still_gives_one_result():
    assert depeche.clean("Il  pleut.") == "Il pleut."
    assert isinstance(depeche.sentences("Un. Deux.")[0], depeche.Sentence)


@pytest.mark.parametrize("function", FUNCTIONS)
@pytest.mark.parametrize("bad", [3, None, b"bytes", bytearray(b"x"), {"text": "a dict"}])
def test_a_non_batch_raises_type_error_naming_its_type(function, bad):
    with pytest.raises(TypeError, match=type(bad).__name__) as info:
        function(bad)
    assert isinstance(info.value, depeche.DepecheError)


@pytest.mark.parametrize("function", FUNCTIONS)
def test_a_bad_item_raises_type_error_naming_its_index_and_type(function):
    texts = [*many(30), b"raw bytes", "fin."]
    with pytest.raises(TypeError, match=r"item 30 .*bytes") as info:
        function(texts, n_threads=2)
    assert isinstance(info.value, depeche.InvalidInputError)
    with pytest.raises(TypeError, match=r"item 1 .*int"):
        list(depeche.batch.imap(function, iter(["a", 7])))


def test_batch_options_are_checked_even_for_an_empty_batch():
    with pytest.raises(depeche.UnsupportedLanguageError, match="supported: de, en"):
        depeche.sentences([], lang="xx")
    with pytest.raises(depeche.InvalidOptionError, match="share"):
        depeche.clean([], remove=["nonsense"])
    for bad in (0, -1, 1.5, True, "2"):
        with pytest.raises(ValueError, match="n_threads"):
            depeche.quotes(["a"], n_threads=bad)
    with pytest.raises(ValueError, match="progress"):
        depeche.clean(["a"], progress="yes")
    with pytest.raises(ValueError, match="chunk_size"):
        depeche.batch.imap(depeche.clean, ["a"], chunk_size=0)
    with pytest.raises(ValueError, match="imap"):
        depeche.batch.imap(print, ["a"])
    with pytest.raises(ValueError, match="remove"):
        depeche.batch.imap(depeche.sentences, ["a"], remove=["share"])


def test_clean_options_apply_to_every_text_of_a_batch():
    texts = ["Le texte  reste.", None, "Un  autre."]
    assert depeche.clean(texts, repair=[]) == [
        depeche.clean(t, repair=[]) if t else None for t in texts
    ]
    assert depeche.batch.imap("clean", texts, repair=[]) is not None
    assert list(depeche.batch.imap("clean", texts, repair=[])) == depeche.clean(texts, repair=[])


def test_lang_applies_to_every_text_of_a_batch():
    texts = ["M. Dupont est arrivé. Il a parlé."] * 3
    assert depeche.sentences(texts, lang="en") == [depeche.sentences(texts[0], lang="en")] * 3


def test_lone_surrogates_in_a_batch_keep_offsets_and_text():
    text = "Le chat\ud800 dort. « Il pleut\udfff », a dit Paul Durand."
    [found] = depeche.sentences([text])
    assert found == depeche.sentences(text)
    assert all(text[s.start : s.end] == s.text for s in found)
    [report] = depeche.clean_report([text + "  x"])
    assert all((text + "  x")[e.start : e.end] == e.text for e in report.edits)


def test_imap_reads_its_input_lazily_and_stops_when_closed():
    pulled = []

    def source():
        for i, text in enumerate(itertools.cycle(TEXTS)):
            pulled.append(i)
            yield text

    results = depeche.batch.imap(depeche.sentences, source(), n_threads=2, chunk_size=10)
    assert pulled == []  # nothing is read before the first result is asked for
    first = next(results)
    assert first == depeche.sentences(TEXTS[0])
    # Read ahead is bounded: two chunks per thread in flight, plus the one being consumed.
    assert len(pulled) <= 10 * 2 * 2 + 10
    results.close()
    read = len(pulled)
    assert read < 100
    with pytest.raises(StopIteration):
        next(results)
    assert len(pulled) == read


def test_an_error_in_a_chunk_stops_the_stream():
    texts = [*many(50), 3, *many(50)]
    results = depeche.batch.imap(depeche.clean, texts, n_threads=2, chunk_size=5)
    assert next(results) == depeche.clean(texts[0])
    with pytest.raises(TypeError, match="item 50"):
        list(results)


def test_pyarrow_string_arrays_are_batches():
    pa = pytest.importorskip("pyarrow")
    texts = [TEXTS[0], None, TEXTS[1]]
    expected = depeche.sentences(texts)
    assert depeche.sentences(pa.array(texts)) == expected
    assert depeche.sentences(pa.array(texts, type=pa.large_string())) == expected
    chunked = pa.chunked_array([texts[:2], texts[2:]])
    assert depeche.sentences(chunked, n_threads=2) == expected
    assert depeche.clean(chunked) == depeche.clean(texts)
    with pytest.raises(TypeError, match="int64"):
        depeche.clean(pa.array([1, 2]))


def test_progress_bar_goes_to_stderr_when_asked(capsys):
    pytest.importorskip("tqdm")
    depeche.clean(many(20), progress=True, n_threads=2)
    err = capsys.readouterr().err
    assert "depeche.clean" in err and "20/20" in err
    depeche.clean(many(20), progress=False)
    assert capsys.readouterr().err == ""


def test_importing_depeche_imports_no_optional_dependency():
    code = (
        "import sys, depeche, depeche.batch, depeche.display, depeche.cli\n"
        "depeche.clean(['a', None]); depeche.show('a')\n"
        "optional = ('pandas', 'pyarrow', 'tqdm', 'dask', 'numpy')\n"
        "print(sorted(m for m in optional if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def _sentences_in_child(texts):
    return depeche.sentences(texts, n_threads=2)


@pytest.mark.skipif(sys.platform != "linux", reason="fork is the Linux default worth testing")
def test_batches_work_in_forked_workers_after_the_parent_ran_one():
    texts = many(30)
    expected = depeche.sentences(texts, n_threads=2)  # the parent has run threads
    with multiprocessing.get_context("fork").Pool(2) as pool:
        assert pool.map(_sentences_in_child, [texts, texts]) == [expected, expected]


PICKLABLE = [
    depeche.sentences(TEXTS[0]),
    depeche.quotes(TEXTS[0]),
    depeche.clean_report("Il  pleut."),
    functools.partial(depeche.clean, lang="fr", remove=["share"], n_threads=1),
    depeche.UnsupportedLanguageError("unsupported language"),
    depeche.InvalidInputError("item 3 of the batch is int"),
    depeche.InternalError("boom"),
]


@pytest.mark.parametrize("obj", PICKLABLE, ids=lambda o: type(o).__name__)
def test_records_options_and_exceptions_pickle_and_cloudpickle(obj):
    cloudpickle = pytest.importorskip("cloudpickle")
    for module in (pickle, cloudpickle):
        copy = pickle.loads(module.dumps(obj))
        if isinstance(obj, Exception):
            assert type(copy) is type(obj) and copy.args == obj.args
        elif isinstance(obj, functools.partial):
            assert copy.func is obj.func and copy.keywords == obj.keywords
            assert copy("Il  pleut.") == obj("Il  pleut.")
        else:
            assert copy == obj
