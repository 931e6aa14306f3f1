"""The public functions: one text goes straight to Rust, many texts to :mod:`depeche._batch`."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, overload

from depeche import _batch, _depeche
from depeche._records import CleanReport, Quote, Sentence
from depeche.exceptions import InvalidInputError, InvalidOptionError

if TYPE_CHECKING:
    import pandas as pd

LANGUAGES: tuple[str, ...] = tuple(_depeche.LANGUAGES)
"""ISO 639-1 codes of the supported languages."""
RESIDUE_CATEGORIES: tuple[str, ...] = tuple(_depeche.RESIDUE_CATEGORIES)
"""What :func:`clean` can remove (all of it by default)."""
REPAIR_CATEGORIES: tuple[str, ...] = tuple(_depeche.REPAIR_CATEGORIES)
"""What :func:`clean` can repair."""
DEFAULT_REPAIRS: tuple[str, ...] = tuple(
    c for c in _depeche.DEFAULT_CATEGORIES if c in REPAIR_CATEGORIES
)
"""The repairs made unless ``repair=`` says otherwise (``typography`` is off by default)."""

Texts = Iterable[str | None]
"""Many texts: a list, tuple, generator, pyarrow string array… (None stands for a missing one)."""


def _check_lang(lang: object) -> str | None:
    if lang is not None and not isinstance(lang, str):
        raise InvalidInputError(
            f"lang must be an ISO 639-1 code (str) or None, got {type(lang).__name__}"
        )
    return lang


def _names(value: str | Iterable[str] | None, allowed: tuple[str, ...], option: str) -> list[str]:
    if value is None:
        return []
    names = [value] if isinstance(value, str) else list(value)
    for name in names:
        if name not in allowed:
            raise InvalidOptionError(
                f"invalid {option} category {name!r}; expected any of: {', '.join(allowed)}"
            )
    return names


def _categories(
    remove: str | Iterable[str] | None, repair: str | Iterable[str] | None
) -> list[str]:
    removed = RESIDUE_CATEGORIES if remove is None else _names(remove, RESIDUE_CATEGORIES, "remove")
    repaired = DEFAULT_REPAIRS if repair is None else _names(repair, REPAIR_CATEGORIES, "repair")
    return [*removed, *repaired]


# What the native functions get for the default categories: None (their own defaults, without
# converting a list of names on every call) while those are the documented defaults.
_NATIVE_DEFAULT: list[str] | None = (
    None
    if set(_categories(None, None)) == set(_depeche.DEFAULT_CATEGORIES)
    else _categories(None, None)
)


def _many(
    function: str,
    texts: object,
    lang: str | None,
    n_threads: int | None,
    progress: bool | None,
    categories: list[str] | None = None,
) -> Any:
    work = _batch.Work(function, lang, None if categories is None else tuple(categories))
    return _batch.run(work, texts, n_threads=n_threads, progress=progress)


@overload
def sentences(  # type: ignore[overload-overlap]
    text: str,
    /,
    *,
    lang: str | None = None,
    n_threads: int | None = None,
    progress: bool | None = None,
) -> list[Sentence]: ...
@overload
def sentences(
    text: pd.Series,
    /,
    *,
    lang: str | None = None,
    n_threads: int | None = None,
    progress: bool | None = None,
) -> pd.DataFrame: ...
@overload
def sentences(
    text: Texts,
    /,
    *,
    lang: str | None = None,
    n_threads: int | None = None,
    progress: bool | None = None,
) -> list[list[Sentence] | None]: ...
def sentences(
    text: str | Texts | pd.Series,
    /,
    *,
    lang: str | None = None,
    n_threads: int | None = None,
    progress: bool | None = None,
) -> Any:
    """Splits ``text`` into sentences with exact code-point spans.

    ``lang`` is an ISO 639-1 code; ``None`` detects the language of each text.

    Given many texts (any iterable of str, a pandas Series, a pyarrow string array), returns
    one list per text, in order, ``None`` for a missing one; they are processed on
    ``n_threads`` threads (default: all cores), with a progress bar when ``progress`` is True
    (default: when someone is watching a long batch). A Series gives a long DataFrame: one
    row per sentence, indexed by the Series' index and the sentence's rank (``match``).

    >>> import depeche
    >>> text = "M. Dupont est arrivé à 15h30. Il a parlé."
    >>> [s.text for s in depeche.sentences(text)]
    ['M. Dupont est arrivé à 15h30.', 'Il a parlé.']
    >>> s = depeche.sentences(text)[1]
    >>> text[s.start:s.end] == s.text
    True
    >>> [len(found) for found in depeche.sentences([text, "Oui."])]
    [2, 1]
    """
    if isinstance(text, str):
        return _depeche.sentences(text, lang)  # checks lang itself, as _check_lang does
    return _many("sentences", text, _check_lang(lang), n_threads, progress)


@overload
def quotes(  # type: ignore[overload-overlap]
    text: str,
    /,
    *,
    lang: str | None = None,
    n_threads: int | None = None,
    progress: bool | None = None,
) -> list[Quote]: ...
@overload
def quotes(
    text: pd.Series,
    /,
    *,
    lang: str | None = None,
    n_threads: int | None = None,
    progress: bool | None = None,
) -> pd.DataFrame: ...
@overload
def quotes(
    text: Texts,
    /,
    *,
    lang: str | None = None,
    n_threads: int | None = None,
    progress: bool | None = None,
) -> list[list[Quote] | None]: ...
def quotes(
    text: str | Texts | pd.Series,
    /,
    *,
    lang: str | None = None,
    n_threads: int | None = None,
    progress: bool | None = None,
) -> Any:
    """Finds the quotations in ``text``, with their span, cue, speaker and kind.

    Many texts work as in :func:`sentences`: a list per text, or for a Series a long
    DataFrame with one row per quote.

    >>> import depeche
    >>> text = "« Nous ne céderons pas sur ce point », a déclaré Jeanne Martin mardi."
    >>> q = depeche.quotes(text)[0]
    >>> q.text, q.speaker, q.kind
    ('Nous ne céderons pas sur ce point', 'Jeanne Martin', 'direct')
    >>> text[q.start:q.end] == q.text
    True
    """
    if isinstance(text, str):
        return _depeche.quotes(text, lang)
    return _many("quotes", text, _check_lang(lang), n_threads, progress)


@overload
def clean_report(  # type: ignore[overload-overlap]
    text: str,
    /,
    *,
    lang: str | None = None,
    remove: str | Iterable[str] | None = None,
    repair: str | Iterable[str] | None = None,
    n_threads: int | None = None,
    progress: bool | None = None,
) -> CleanReport: ...
@overload
def clean_report(
    text: pd.Series,
    /,
    *,
    lang: str | None = None,
    remove: str | Iterable[str] | None = None,
    repair: str | Iterable[str] | None = None,
    n_threads: int | None = None,
    progress: bool | None = None,
) -> pd.Series: ...
@overload
def clean_report(
    text: Texts,
    /,
    *,
    lang: str | None = None,
    remove: str | Iterable[str] | None = None,
    repair: str | Iterable[str] | None = None,
    n_threads: int | None = None,
    progress: bool | None = None,
) -> list[CleanReport | None]: ...
def clean_report(
    text: str | Texts | pd.Series,
    /,
    *,
    lang: str | None = None,
    remove: str | Iterable[str] | None = None,
    repair: str | Iterable[str] | None = None,
    n_threads: int | None = None,
    progress: bool | None = None,
) -> Any:
    """Cleans ``text`` like :func:`clean` and reports every removal and repair.

    Each :class:`Edit` gives the input span (code points), its category, the input text and
    its replacement. Many texts give one report per text (a Series: a Series of reports).

    >>> import depeche
    >>> report = depeche.clean_report("Il  a dit oui.")
    >>> report.text
    'Il a dit oui.'
    >>> [(e.category, e.start, e.end, e.replacement) for e in report.edits]
    [('spaces', 2, 4, ' ')]
    """
    if isinstance(text, str) and remove is None and repair is None:
        return _depeche.clean_report(text, lang, _NATIVE_DEFAULT)
    categories = _categories(remove, repair)
    if isinstance(text, str):
        return _depeche.clean_report(text, lang, categories)
    return _many("clean_report", text, _check_lang(lang), n_threads, progress, categories)


@overload
def clean(  # type: ignore[overload-overlap]
    text: str,
    /,
    *,
    lang: str | None = None,
    remove: str | Iterable[str] | None = None,
    repair: str | Iterable[str] | None = None,
    n_threads: int | None = None,
    progress: bool | None = None,
) -> str: ...
@overload
def clean(
    text: pd.Series,
    /,
    *,
    lang: str | None = None,
    remove: str | Iterable[str] | None = None,
    repair: str | Iterable[str] | None = None,
    n_threads: int | None = None,
    progress: bool | None = None,
) -> pd.Series: ...
@overload
def clean(
    text: Texts,
    /,
    *,
    lang: str | None = None,
    remove: str | Iterable[str] | None = None,
    repair: str | Iterable[str] | None = None,
    n_threads: int | None = None,
    progress: bool | None = None,
) -> list[str | None]: ...
def clean(
    text: str | Texts | pd.Series,
    /,
    *,
    lang: str | None = None,
    remove: str | Iterable[str] | None = None,
    repair: str | Iterable[str] | None = None,
    n_threads: int | None = None,
    progress: bool | None = None,
) -> Any:
    """Removes web residue from article text and repairs whitespace damage.

    ``remove`` names the residue categories to remove (default: all of
    :data:`RESIDUE_CATEGORIES`); ``repair`` the repairs to make (default:
    :data:`DEFAULT_REPAIRS`). Use :func:`clean_report` to see what was removed and why.
    Many texts give one cleaned text per text (a Series: a Series on the same index).

    >>> import depeche
    >>> depeche.clean("Le texte  reste.")
    'Le texte reste.'
    >>> depeche.clean("Le texte  reste.", repair=[])
    'Le texte  reste.'
    >>> depeche.clean(["Un  texte.", None])
    ['Un texte.', None]
    """
    if isinstance(text, str) and remove is None and repair is None:
        return _depeche.clean(text, lang, _NATIVE_DEFAULT)
    categories = _categories(remove, repair)
    if isinstance(text, str):
        return _depeche.clean(text, lang, categories)
    return _many("clean", text, _check_lang(lang), n_threads, progress, categories)


def detect_language(text: str, /) -> str:
    """The ISO 639-1 code of the language of ``text`` (``"en"`` when in doubt).

    >>> import depeche
    >>> depeche.detect_language("Le gouvernement a annoncé que la réforme sera votée.")
    'fr'
    """
    if not isinstance(text, str):
        raise InvalidInputError(f"depeche.detect_language() expects str, got {type(text).__name__}")
    code: str = _depeche.detect_language(text)
    return code
