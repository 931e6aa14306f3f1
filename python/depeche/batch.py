"""Streaming batches: results one text at a time, for inputs too big to hold all results.

``depeche.clean(texts)`` and friends return every result at once. :func:`imap` yields them as
they are ready, in input order, pulling the input lazily, so a generator of a million articles
is processed in bounded memory on all cores:

>>> import depeche
>>> texts = (f"Article {n}. Il  pleut." for n in range(3))
>>> for cleaned in depeche.batch.imap(depeche.clean, texts, lang="fr"):
...     print(cleaned)
Article 0. Il pleut.
Article 1. Il pleut.
Article 2. Il pleut.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterable, Iterator
from typing import Any

from depeche import _api, _batch
from depeche.exceptions import InvalidOptionError

__all__ = ["default_threads", "imap"]

_FUNCTIONS: dict[Callable[..., Any], str] = {
    _api.clean: "clean",
    _api.clean_report: "clean_report",
    _api.sentences: "sentences",
    _api.quotes: "quotes",
}

default_threads = _batch.default_threads


def imap(
    function: Callable[..., Any] | str,
    texts: Iterable[str | None],
    /,
    *,
    lang: str | None = None,
    remove: str | Iterable[str] | None = None,
    repair: str | Iterable[str] | None = None,
    n_threads: int | None = None,
    chunk_size: int | None = None,
    progress: bool | None = None,
) -> Iterator[Any]:
    """Yields ``function(text)`` for each text of ``texts``, in order (None for a missing text).

    ``function`` is :func:`depeche.clean`, :func:`~depeche.clean_report`,
    :func:`~depeche.sentences` or :func:`~depeche.quotes` (or its name). ``texts`` is any
    iterable of str (a generator, a file's lines, a pandas Series, a pyarrow string array);
    at most ``2 * n_threads`` chunks of ``chunk_size`` texts are read ahead of the consumer.
    Arguments are checked at once; the work runs as the iterator is consumed, and stops
    (queued chunks dropped) when the iterator is closed.
    """
    name = function if isinstance(function, str) else _FUNCTIONS.get(function)
    if name is None or name not in _FUNCTIONS.values():
        raise InvalidOptionError(
            f"imap() runs one of {', '.join(_FUNCTIONS.values())}; got {function!r}"
        )
    lang = _api._check_lang(lang)
    if name in ("clean", "clean_report"):
        work = _batch.Work(name, lang, tuple(_api._categories(remove, repair)))
    elif remove is not None or repair is not None:
        raise InvalidOptionError(f"remove= and repair= are options of clean, not of {name}")
    else:
        work = _batch.Work(name, lang)
    chunks = _batch.stream(
        work, texts, n_threads=n_threads, chunk_size=chunk_size, progress=progress
    )
    return _flatten(chunks)


def _flatten(chunks: Generator[list[Any], None, None]) -> Iterator[Any]:
    try:
        for chunk in chunks:
            yield from chunk
    finally:
        chunks.close()  # stops the threads now, not whenever the chunks are collected
