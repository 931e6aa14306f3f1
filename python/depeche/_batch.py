"""Many texts at once: chunks of the input, each one native call, spread over threads.

Each chunk is one call into Rust that releases the GIL while it works, so a plain
``ThreadPoolExecutor`` runs chunks on all cores. The pool lives for one batch only (nothing is
created at import, so a forked worker starts clean) and at most a few chunks per thread are in
flight, so memory stays bounded however long a generator the caller passes.
"""

from __future__ import annotations

import dataclasses
import itertools
import os
import sys
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence, Sized
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, cast

from depeche import _depeche, _progress
from depeche.exceptions import InvalidInputError, InvalidOptionError

# Chunks of a batch whose length is unknown (generators); enough work per native call to make
# the call's own cost negligible, small enough to keep threads evenly busy.
STREAM_CHUNK = 64
# With a known length, aim for this many chunks per thread, but no chunk below MIN_CHUNK
# texts: a batch that fits in one such chunk runs inline, without a pool.
CHUNKS_PER_THREAD = 4
MIN_CHUNK = 8
# Chunks submitted ahead of the one being consumed, per thread.
IN_FLIGHT_PER_THREAD = 2

Chunk = list[Any]
NativeBatch = Callable[[Chunk, int], list[Any]]


def default_threads() -> int:
    """The number of cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def check_threads(n_threads: object) -> int:
    if n_threads is None:
        return default_threads()
    if isinstance(n_threads, bool) or not isinstance(n_threads, int):
        raise InvalidOptionError(f"n_threads must be a positive int, got {n_threads!r}")
    if n_threads < 1:
        raise InvalidOptionError(f"n_threads must be at least 1, got {n_threads}")
    return n_threads


@dataclass(frozen=True)
class Work:
    """One of the four functions with its options, bound to its native batch entry point.

    ``columns``: sentences and quotes give each chunk's records as columns, for a DataFrame
    (see ``_frames``), instead of a list of records per text.
    """

    function: str
    lang: str | None = None
    categories: tuple[str, ...] | None = None
    columns: bool = False

    def native(self) -> NativeBatch:
        lang = self.lang
        call = getattr(_depeche, f"{self.function}_batch")
        if self.function in ("clean", "clean_report"):
            categories = None if self.categories is None else list(self.categories)
            # An empty call checks lang and categories even when the batch is empty.
            call([], lang, categories)
            return lambda chunk, first: call(chunk, lang, categories, first)
        call([], lang)
        columns = self.columns
        return lambda chunk, first: call(chunk, lang, first, columns)


# ---------------------------------------------------------------------------------------------
# Inputs


def _optional_module(name: str) -> Any:
    """An optional dependency if the caller already imported it; an object of its types can
    only exist then, so depeche never imports it just to look."""
    return sys.modules.get(name)


def is_series(texts: object) -> bool:
    pandas = _optional_module("pandas")
    return pandas is not None and isinstance(texts, pandas.Series)


def _is_arrow(texts: object) -> bool:
    """Whether ``texts`` is a pyarrow array; raises if it is not one of strings."""
    arrow = _optional_module("pyarrow")
    if arrow is None or not isinstance(texts, (arrow.Array, arrow.ChunkedArray)):
        return False
    kind = texts.type
    if not (
        arrow.types.is_string(kind)
        or arrow.types.is_large_string(kind)
        or (hasattr(arrow.types, "is_string_view") and arrow.types.is_string_view(kind))
        or arrow.types.is_null(kind)
    ):
        raise InvalidInputError(f"expected a pyarrow string array, got a pyarrow {kind} array")
    return True


@dataclass
class Batch:
    """The input as chunks of Python objects, with its length when known."""

    chunks: Iterator[tuple[int, Chunk]]
    length: int | None


def _sequence_chunks(
    texts: Sequence[Any], size: int, to_list: Callable[[Any], Chunk]
) -> Iterator[tuple[int, Chunk]]:
    for first in range(0, len(texts), size):
        yield first, to_list(texts[first : first + size])


def _series_values(series: Any) -> Any:
    """The Series' values as an object array with None for every missing value (a copy)."""
    values = series.to_numpy(dtype=object, copy=True)
    values[series.isna().to_numpy()] = None
    return values


def _chunk_size(length: int | None, n_threads: int, chunk_size: int | None) -> int:
    if chunk_size is not None:
        if isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size < 1:
            raise InvalidOptionError(f"chunk_size must be a positive int, got {chunk_size!r}")
        return chunk_size
    if length is None:
        return STREAM_CHUNK
    wanted = -(-length // (n_threads * CHUNKS_PER_THREAD))
    return max(MIN_CHUNK, min(STREAM_CHUNK, wanted))


def batch_of(texts: object, function: str, n_threads: int, chunk_size: int | None = None) -> Batch:
    """Splits any supported batch input into chunks; raises InvalidInputError otherwise."""
    if is_series(texts):
        values = _series_values(texts)
        size = _chunk_size(len(values), n_threads, chunk_size)
        return Batch(_sequence_chunks(values, size, lambda part: part.tolist()), len(values))
    if _is_arrow(texts):
        arrow_texts: Any = texts
        size = _chunk_size(len(arrow_texts), n_threads, chunk_size)
        chunks = (
            (first, arrow_texts.slice(first, size).to_pylist())
            for first in range(0, len(arrow_texts), size)
        )
        return Batch(chunks, len(arrow_texts))
    if isinstance(texts, (list, tuple)):
        size = _chunk_size(len(texts), n_threads, chunk_size)
        return Batch(_sequence_chunks(texts, size, list), len(texts))
    if isinstance(texts, (bytes, bytearray, memoryview)):
        # Most likely one undecoded text rather than a batch of numbers.
        raise InvalidInputError(f"depeche.{function}() expects str, got {type(texts).__name__}")
    if isinstance(texts, (str, Mapping)) or not isinstance(texts, Iterable):
        raise InvalidInputError(
            f"depeche.{function}() expects str or an iterable of str, got {type(texts).__name__}"
        )
    length = len(texts) if isinstance(texts, Sized) else None
    size = _chunk_size(length, n_threads, chunk_size)
    return Batch(_iterator_chunks(iter(texts), size), length)


def _iterator_chunks(texts: Iterator[Any], size: int) -> Iterator[tuple[int, Chunk]]:
    """Chunks pulled from ``texts`` only as they are asked for."""
    for first in itertools.count(0, size):
        chunk = list(itertools.islice(texts, size))
        if not chunk:
            return
        yield first, chunk


# ---------------------------------------------------------------------------------------------
# Running


def _results(
    native: NativeBatch, chunks: Iterator[tuple[int, Chunk]], n_threads: int
) -> Generator[tuple[Chunk, list[Any]], None, None]:
    """Yields ``(chunk, results)`` in input order, running up to ``n_threads`` chunks at once."""
    head = list(itertools.islice(chunks, 2))
    chunks = itertools.chain(head, chunks)
    if n_threads == 1 or len(head) < 2:
        # One thread or one chunk: a pool would only add its start-up cost.
        for first, chunk in chunks:
            yield chunk, native(chunk, first)
        return
    pool = ThreadPoolExecutor(max_workers=n_threads, thread_name_prefix="depeche")
    pending: deque[tuple[Chunk, Future[list[Any]]]] = deque()
    try:
        for first, chunk in chunks:
            pending.append((chunk, pool.submit(native, chunk, first)))
            if len(pending) >= n_threads * IN_FLIGHT_PER_THREAD:
                done, future = pending.popleft()
                yield done, future.result()
        while pending:
            done, future = pending.popleft()
            yield done, future.result()
    finally:
        # Also reached when the caller stops iterating or a chunk fails: drop what is queued.
        pool.shutdown(wait=True, cancel_futures=True)


def _with_progress(
    results: Generator[tuple[Chunk, list[Any]], None, None],
    progress: bool | None,
    total: int | None,
    desc: str,
) -> Generator[list[Any], None, None]:
    with _progress.bar(progress, total=total, desc=desc) as bar:
        try:
            for chunk, chunk_results in results:
                bar.update(len(chunk))
                yield chunk_results
        finally:
            results.close()


def stream(
    work: Work,
    texts: object,
    *,
    n_threads: int | None = None,
    chunk_size: int | None = None,
    progress: bool | None = None,
) -> Generator[list[Any], None, None]:
    """The results of ``work`` on ``texts``, a list per chunk, in order.

    Arguments are checked now; the work is done as the iterator is consumed.
    """
    threads = check_threads(n_threads)
    native = work.native()
    batch = batch_of(texts, work.function, threads, chunk_size)
    _progress.check(progress)
    results = _results(native, batch.chunks, threads)
    return _with_progress(results, progress, batch.length, f"depeche.{work.function}")


def run(
    work: Work,
    texts: object,
    *,
    n_threads: int | None = None,
    chunk_size: int | None = None,
    progress: bool | None = None,
) -> Any:
    """The batch form of a public function: a list, or pandas objects for a Series."""
    if is_series(texts):
        from depeche import _frames

        work = dataclasses.replace(work, columns=work.function in _frames.RECORDS)
        chunks = stream(work, texts, n_threads=n_threads, chunk_size=chunk_size, progress=progress)
        return _frames.from_series(work.function, cast(Any, texts), chunks)
    chunks = stream(work, texts, n_threads=n_threads, chunk_size=chunk_size, progress=progress)
    return list(itertools.chain.from_iterable(chunks))
