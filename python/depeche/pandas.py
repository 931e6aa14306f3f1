"""``import depeche.pandas`` adds a ``.depeche`` accessor to every pandas Series of texts.

>>> import pandas as pd
>>> import depeche.pandas
>>> articles = pd.Series(["Il  pleut. Il vente.", None], index=["a", "b"])
>>> cleaned = articles.depeche.clean()
>>> cleaned["a"], cleaned.isna().tolist()
('Il pleut. Il vente.', [False, True])
>>> found = articles.depeche.sentences()
>>> found.index.tolist(), found["text"].tolist()
([('a', 0), ('a', 1)], ['Il  pleut.', 'Il vente.'])

The results are those of :func:`depeche.clean`, :func:`depeche.sentences`... called on the
Series: the same index, one row per sentence or quote, missing texts give no rows.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from depeche import _api

__all__ = ["DepecheAccessor"]


@pd.api.extensions.register_series_accessor("depeche")
class DepecheAccessor:
    """``series.depeche.clean()``, ``.clean_report()``, ``.sentences()``, ``.quotes()``."""

    def __init__(self, series: pd.Series) -> None:
        self._series = series

    def clean(
        self,
        *,
        lang: str | None = None,
        remove: str | Iterable[str] | None = None,
        repair: str | Iterable[str] | None = None,
        n_threads: int | None = None,
        progress: bool | None = None,
    ) -> pd.Series:
        """The cleaned texts, on the same index (see :func:`depeche.clean`)."""
        cleaned: pd.Series = _api.clean(
            self._series,
            lang=lang,
            remove=remove,
            repair=repair,
            n_threads=n_threads,
            progress=progress,
        )
        return cleaned

    def clean_report(
        self,
        *,
        lang: str | None = None,
        remove: str | Iterable[str] | None = None,
        repair: str | Iterable[str] | None = None,
        n_threads: int | None = None,
        progress: bool | None = None,
    ) -> pd.Series:
        """A :class:`depeche.CleanReport` per text, on the same index."""
        reports: pd.Series = _api.clean_report(
            self._series,
            lang=lang,
            remove=remove,
            repair=repair,
            n_threads=n_threads,
            progress=progress,
        )
        return reports

    def sentences(
        self, *, lang: str | None = None, n_threads: int | None = None, progress: bool | None = None
    ) -> pd.DataFrame:
        """One row per sentence, indexed by the Series' index and ``match``."""
        found: pd.DataFrame = _api.sentences(
            self._series, lang=lang, n_threads=n_threads, progress=progress
        )
        return found

    def quotes(
        self, *, lang: str | None = None, n_threads: int | None = None, progress: bool | None = None
    ) -> pd.DataFrame:
        """One row per quote, indexed by the Series' index and ``match``."""
        found: pd.DataFrame = _api.quotes(
            self._series, lang=lang, n_threads=n_threads, progress=progress
        )
        return found
