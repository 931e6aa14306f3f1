"""pandas results of a batch on a Series (imported only when a Series was given)."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from typing import Any

import numpy as np
import pandas as pd

from depeche._records import Quote, Sentence

RECORDS: dict[str, type[tuple[Any, ...]]] = {"sentences": Sentence, "quotes": Quote}
# Record fields that may be None: nullable integers, not floats.
NULLABLE_INTS = {"speaker_start", "speaker_end"}
INTS = {"start", "end"}
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
    record: type[tuple[Any, ...]], index: pd.Index, chunks: Iterable[Any]
) -> pd.DataFrame:
    """Every record as a row, keyed by its input row's index label and its rank within it.

    ``chunks`` are ``(counts, columns)`` from the native batch call: each text's number of
    records (None if missing) and one column per field: a list of objects, or offsets as the
    bytes of an int64 array (-1 where missing).
    """
    fields: list[str] = list(record._fields)  # type: ignore[attr-defined]
    counts: list[int] = []
    columns: list[list[Any]] = [[] for _ in fields]
    for chunk_counts, chunk_columns in chunks:
        counts.extend(count or 0 for count in chunk_counts)
        for column, part in zip(columns, chunk_columns, strict=True):
            if len(part):
                column.append(part)
    per_row = np.asarray(counts, dtype=np.int64)
    positions = np.repeat(np.arange(len(per_row)), per_row)
    firsts = np.cumsum(per_row) - per_row  # where each row's records start
    matches = np.arange(len(positions)) - np.repeat(firsts, per_row)
    if len(positions) == 0:
        frame = empty_frame(record)
    else:
        frame = pd.DataFrame(
            {name: _column(name, values) for name, values in zip(fields, columns, strict=True)}
        )
    labels = index.take(positions)
    levels = [labels.get_level_values(level) for level in range(labels.nlevels)]
    frame.index = pd.MultiIndex.from_arrays(
        [*levels, pd.Index(matches, dtype="int64")], names=[*index.names, MATCH_LEVEL]
    )
    return frame


def _column(name: str, parts: list[Any]) -> Any:
    if name in INTS or name in NULLABLE_INTS:
        values = np.concatenate([np.frombuffer(part, dtype=np.int64) for part in parts])
        if name in NULLABLE_INTS:
            return pd.arrays.IntegerArray(values, values < 0)
        return values
    return list(itertools.chain.from_iterable(parts))  # text: pandas' own string dtype


def empty_frame(record: type[tuple[Any, ...]]) -> pd.DataFrame:
    """No rows, with the columns and dtypes rows would give (a ``meta`` for Dask)."""
    text_dtype = pd.Series(["text"]).dtype  # object, or str where pandas infers strings
    fields: list[str] = list(record._fields)  # type: ignore[attr-defined]
    return pd.DataFrame({name: pd.Series([], dtype=text_dtype) for name in fields}).astype(
        {name: "int64" for name in fields if name in INTS}
        | {name: "Int64" for name in fields if name in NULLABLE_INTS}
    )
