"""pandas results of a batch on a Series (imported only when a Series was given)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pandas as pd

from depeche._records import Quote, Sentence

RECORDS: dict[str, type[tuple[Any, ...]]] = {"sentences": Sentence, "quotes": Quote}
# Record fields that may be None: nullable integers, not floats.
NULLABLE_INTS = {"speaker_start", "speaker_end"}
MATCH_LEVEL = "match"


def from_series(function: str, series: pd.Series, chunks: Iterable[list[Any]]) -> Any:
    """``clean``/``clean_report``: a Series on the same index; ``sentences``/``quotes``: a long
    DataFrame, one row per record, indexed like ``Series.str.extractall``."""
    if function in RECORDS:
        return long_frame(RECORDS[function], series.index, chunks)
    values = [value for chunk in chunks for value in chunk]
    dtype = (
        series.dtype if function == "clean" and isinstance(series.dtype, pd.StringDtype) else object
    )
    return pd.Series(values, index=series.index, name=series.name, dtype=dtype)


def long_frame(
    record: type[tuple[Any, ...]], index: pd.Index, chunks: Iterable[list[Any]]
) -> pd.DataFrame:
    """Every record as a row, keyed by its input row's index label and its rank within it."""
    positions: list[int] = []
    matches: list[int] = []
    rows: list[tuple[Any, ...]] = []
    position = 0
    for chunk in chunks:
        for found in chunk:
            if found:
                positions.extend([position] * len(found))
                matches.extend(range(len(found)))
                rows.extend(found)
            position += 1
    fields: list[str] = list(record._fields)  # type: ignore[attr-defined]
    frame = pd.DataFrame.from_records(rows, columns=fields) if rows else empty_frame(record)
    for column in fields:
        if column in NULLABLE_INTS:
            frame[column] = frame[column].astype("Int64")
        elif column in ("start", "end"):
            frame[column] = frame[column].astype("int64")
    labels = index.take(positions)
    levels = [labels.get_level_values(level) for level in range(labels.nlevels)]
    frame.index = pd.MultiIndex.from_arrays(
        [*levels, pd.Index(matches, dtype="int64")], names=[*index.names, MATCH_LEVEL]
    )
    return frame


def empty_frame(record: type[tuple[Any, ...]]) -> pd.DataFrame:
    """No rows, with the columns and dtypes rows would give (a ``meta`` for Dask)."""
    text_dtype = pd.Series(["text"]).dtype  # object, or str where pandas infers strings
    fields: list[str] = list(record._fields)  # type: ignore[attr-defined]
    return pd.DataFrame({column: pd.Series([], dtype=text_dtype) for column in fields})
