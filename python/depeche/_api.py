"""The three functions on one text: argument checking, lone surrogates, and records."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TypeVar

from depeche import _depeche
from depeche._records import CleanReport, Quote, Sentence
from depeche.exceptions import InvalidInputError, InvalidOptionError

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

_SURROGATE = re.compile("[\ud800-\udfff]")
_R = TypeVar("_R")


def _check_text(text: object, function: str) -> str:
    if not isinstance(text, str):
        raise InvalidInputError(f"depeche.{function}() expects str, got {type(text).__name__}")
    return text


def _check_lang(lang: object) -> str | None:
    if lang is not None and not isinstance(lang, str):
        raise InvalidInputError(
            f"lang must be an ISO 639-1 code (str) or None, got {type(lang).__name__}"
        )
    return lang


def _native(call: Callable[[str], _R], text: str) -> tuple[_R, bool]:
    """Runs ``call`` on ``text``; lone surrogates, which UTF-8 cannot carry, become U+FFFD.

    The replacement is one code point for one, so offsets are unchanged. Returns whether it
    was needed, so callers can take record texts from the original string.
    """
    try:
        return call(text), False
    except UnicodeEncodeError:
        return call(_SURROGATE.sub("\ufffd", text)), True


def sentences(text: str, /, *, lang: str | None = None) -> list[Sentence]:
    """Splits ``text`` into sentences with exact code-point spans.

    ``lang`` is an ISO 639-1 code; ``None`` detects the language from the text.

    >>> import depeche
    >>> text = "M. Dupont est arrivé à 15h30. Il a parlé."
    >>> [s.text for s in depeche.sentences(text)]
    ['M. Dupont est arrivé à 15h30.', 'Il a parlé.']
    >>> s = depeche.sentences(text)[1]
    >>> text[s.start:s.end] == s.text
    True
    """
    _check_text(text, "sentences")
    code = _check_lang(lang)
    found, replaced = _native(lambda t: _depeche.sentences(t, code), text)
    if replaced:
        return [s._replace(text=text[s.start : s.end]) for s in found]
    return found


def quotes(text: str, /, *, lang: str | None = None) -> list[Quote]:
    """Finds the quotations in ``text``, with their span, cue, speaker and kind.

    >>> import depeche
    >>> text = "« Nous ne céderons pas sur ce point », a déclaré Jeanne Martin mardi."
    >>> q = depeche.quotes(text)[0]
    >>> q.text, q.speaker, q.kind
    ('Nous ne céderons pas sur ce point', 'Jeanne Martin', 'direct')
    >>> text[q.start:q.end] == q.text
    True
    """
    _check_text(text, "quotes")
    code = _check_lang(lang)
    found, replaced = _native(lambda t: _depeche.quotes(t, code), text)
    if replaced:
        return [q._replace(text=text[q.start : q.end]) for q in found]
    return found


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


def clean_report(
    text: str,
    /,
    *,
    lang: str | None = None,
    remove: str | Iterable[str] | None = None,
    repair: str | Iterable[str] | None = None,
) -> CleanReport:
    """Cleans ``text`` like :func:`clean` and reports every removal and repair.

    Each :class:`Edit` gives the input span (code points), its category, the input text and
    its replacement.

    >>> import depeche
    >>> report = depeche.clean_report("Il  a dit oui.")
    >>> report.text
    'Il a dit oui.'
    >>> [(e.category, e.start, e.end, e.replacement) for e in report.edits]
    [('spaces', 2, 4, ' ')]
    """
    _check_text(text, "clean_report")
    code = _check_lang(lang)
    categories = _categories(remove, repair)
    (cleaned, edits), replaced = _native(lambda t: _depeche.clean_report(t, code, categories), text)
    if replaced:
        edits = [e._replace(text=text[e.start : e.end]) for e in edits]
    return CleanReport(cleaned, edits)


def clean(
    text: str,
    /,
    *,
    lang: str | None = None,
    remove: str | Iterable[str] | None = None,
    repair: str | Iterable[str] | None = None,
) -> str:
    """Removes web residue from article text and repairs whitespace damage.

    ``remove`` names the residue categories to remove (default: all of
    :data:`RESIDUE_CATEGORIES`); ``repair`` the repairs to make (default:
    :data:`DEFAULT_REPAIRS`). Use :func:`clean_report` to see what was removed and why.

    >>> import depeche
    >>> depeche.clean("Le texte  reste.")
    'Le texte reste.'
    >>> depeche.clean("Le texte  reste.", repair=[])
    'Le texte  reste.'
    """
    _check_text(text, "clean")
    code = _check_lang(lang)
    categories = _categories(remove, repair)
    cleaned, _ = _native(lambda t: _depeche.clean(t, code, categories), text)
    return cleaned


def detect_language(text: str, /) -> str:
    """The ISO 639-1 code of the language of ``text`` (``"en"`` when in doubt).

    >>> import depeche
    >>> depeche.detect_language("Le gouvernement a annoncé que la réforme sera votée.")
    'fr'
    """
    _check_text(text, "detect_language")
    code, _ = _native(_depeche.detect_language, text)
    return code
