"""The records depeche returns: small immutable tuples that pickle and become DataFrame rows."""

from __future__ import annotations

from typing import NamedTuple


class Sentence(NamedTuple):
    """One sentence: ``text == source[start:end]`` (code-point offsets)."""

    text: str
    start: int
    end: int


class Quote(NamedTuple):
    """One quotation: the quoted content (marks and padding excluded) and who said it.

    ``speaker`` is the canonical name within the document (``None`` when nobody is
    identifiable); ``speaker_start``/``speaker_end`` locate the mention the attribution uses,
    which may be a pronoun or a surname. ``cue`` is the attribution words as they appear.
    ``kind`` is ``"direct"`` (a quoted utterance) or ``"partial"`` (a fragment embedded in the
    author's sentence).
    """

    text: str
    start: int
    end: int
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    cue: str | None
    kind: str


class Edit(NamedTuple):
    """One removal or repair made by :func:`depeche.clean`, in input code-point offsets.

    ``text`` is the input ``source[start:end]``; ``replacement`` what replaced it
    (``""`` for a removal).
    """

    start: int
    end: int
    category: str
    text: str
    replacement: str


class CleanReport(NamedTuple):
    """The cleaned text and every edit that produced it, in input order."""

    text: str
    edits: list[Edit]
