"""A pandas Series in (issue #6): a Series on the same index, or a long DataFrame like
``Series.str.extractall``; and the ``.depeche`` accessor."""

from __future__ import annotations

import math

import pytest

import depeche

pd = pytest.importorskip("pandas")
import depeche.pandas  # noqa: E402  (registers the accessor; needs pandas)

TEXTS = {
    "x1": "« Nous voterons contre », a déclaré Jeanne Martin. Le conseil se réunit lundi.",
    "x2": None,
    "x3": "The mayor said the bridge would reopen. “It is safe,” said Tom Baker.",
    "x4": math.nan,
    "x5": "Il  pleut   sur la ville. Les écoles ferment.",
}


@pytest.fixture
def articles():
    return pd.Series(
        list(TEXTS.values()), index=pd.Index(list(TEXTS), name="doc"), name="body", dtype=object
    )


def test_clean_gives_a_series_on_the_same_index(articles):
    cleaned = depeche.clean(articles, n_threads=2)
    assert isinstance(cleaned, pd.Series)
    assert cleaned.index.equals(articles.index) and cleaned.name == "body"
    for label, text in TEXTS.items():
        if isinstance(text, str):
            assert cleaned[label] == depeche.clean(text)
        else:
            assert cleaned[label] is None


def test_clean_keeps_a_string_dtype(articles):
    typed = articles.astype("string")
    cleaned = depeche.clean(typed)
    assert cleaned.dtype == typed.dtype
    assert cleaned.isna().tolist() == typed.isna().tolist()


@pytest.mark.parametrize("function", [depeche.sentences, depeche.quotes])
def test_sentences_and_quotes_give_a_long_frame_like_extractall(articles, function):
    frame = function(articles)
    record = depeche.Sentence if function is depeche.sentences else depeche.Quote
    assert list(frame.columns) == list(record._fields)
    assert list(frame.index.names) == ["doc", "match"]
    rows = []
    for label, text in TEXTS.items():
        if isinstance(text, str):
            rows += [((label, match), tuple(r)) for match, r in enumerate(function(text))]

    def plain(row):  # pandas shows a missing field as NaN or NA, depending on the dtype
        return tuple(None if pd.isna(value) else value for value in row)

    found = zip(frame.index, frame.itertuples(index=False), strict=True)
    assert [(index, plain(row)) for index, row in found] == rows
    # Missing texts give no rows.
    assert not {"x2", "x4"} & set(frame.index.get_level_values("doc"))
    assert frame["start"].dtype == "int64" and frame["end"].dtype == "int64"


def test_quote_frame_has_nullable_speaker_offsets():
    frame = depeche.quotes(pd.Series(["« Non », dit-on. « Oui », a déclaré Paul Durand."]))
    assert str(frame["speaker_start"].dtype) == "Int64"
    assert list(frame.index.names) == [None, "match"]


def test_a_multiindex_is_kept_with_a_match_level():
    index = pd.MultiIndex.from_tuples([("le monde", 1), ("le monde", 2)], names=["site", "id"])
    frame = depeche.sentences(pd.Series(["Un. Deux.", "Trois."], index=index))
    assert list(frame.index.names) == ["site", "id", "match"]
    assert frame.index.tolist() == [("le monde", 1, 0), ("le monde", 1, 1), ("le monde", 2, 0)]


def test_an_empty_or_all_missing_series_gives_an_empty_frame_with_the_columns():
    for series in (pd.Series([], dtype=object), pd.Series([None, math.nan])):
        frame = depeche.quotes(series)
        assert frame.empty and list(frame.columns) == list(depeche.Quote._fields)
        assert frame.index.nlevels == 2
    assert depeche.clean(pd.Series([], dtype=object)).empty


def test_clean_report_gives_a_series_of_reports(articles):
    reports = depeche.clean_report(articles)
    assert reports.index.equals(articles.index)
    assert reports["x5"] == depeche.clean_report(TEXTS["x5"]) and reports["x2"] is None


def test_the_accessor_gives_the_same_results(articles):
    pd.testing.assert_series_equal(articles.depeche.clean(), depeche.clean(articles))
    pd.testing.assert_series_equal(
        articles.depeche.clean(repair=[]), depeche.clean(articles, repair=[])
    )
    pd.testing.assert_frame_equal(
        articles.depeche.sentences(lang="fr"), depeche.sentences(articles, lang="fr")
    )
    pd.testing.assert_frame_equal(articles.depeche.quotes(), depeche.quotes(articles))
    assert articles.depeche.clean_report().tolist() == depeche.clean_report(articles).tolist()


def test_pandas_na_is_missing_and_a_bad_row_names_its_position():
    assert depeche.clean([pd.NA, "Il  pleut."]) == [None, "Il pleut."]
    with pytest.raises(TypeError, match=r"item 2 .*int"):
        depeche.sentences(pd.Series(["a", "b", 5, "c"], index=[10, 11, 12, 13]))


def test_a_frame_joins_back_on_the_index(articles):
    quotes = depeche.quotes(articles)
    joined = quotes.join(articles.rename("article"), on="doc")
    assert (joined["article"].str.slice(0, 0) == "").all()
    for _, row in joined.iterrows():
        assert row["article"][row["start"] : row["end"]] == row["text"]
