"""A document view for Jupyter: quotes by speaker, sentence boundaries, removed residue.

>>> import depeche
>>> view = depeche.show("« Non », a déclaré Jeanne Martin.  Elle est partie.")
>>> view
Document(2 sentences, 1 quote, 0 removed)
>>> 'class="depeche-quote"' in view._repr_html_()
True
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from dataclasses import dataclass, field

from depeche import _api
from depeche._records import CleanReport, Edit, Quote, Sentence

# Light backgrounds that keep black text readable; speakers take them in order of appearance.
PALETTE = (
    "#fde68a",
    "#bfdbfe",
    "#bbf7d0",
    "#fbcfe8",
    "#ddd6fe",
    "#fed7aa",
    "#a5f3fc",
    "#d9f99d",
    "#fecaca",
    "#e5e7eb",
)
UNATTRIBUTED_COLOUR = "#e7e5e4"
UNATTRIBUTED_LABEL = "unattributed"

STYLE = """<style>
.depeche-document{font-family:Georgia,serif;line-height:1.7;white-space:pre-wrap;max-width:50em}
.depeche-legend{font-family:sans-serif;font-size:.85em;margin-bottom:.6em;white-space:normal}
.depeche-chip{padding:0 .4em;border-radius:.3em;margin-right:.4em}
.depeche-quote{border-radius:.2em;padding:0 .1em}
.depeche-speaker{font-family:sans-serif;font-size:.7em;font-weight:bold;margin:0 .2em}
.depeche-boundary{border-left:2px solid #9ca3af;margin-right:.15em}
.depeche-residue{color:#b91c1c;background:#fef2f2}
.depeche-category{font-family:sans-serif;font-size:.7em;color:#b91c1c;margin:0 .2em}
</style>"""


def show(text: str, /, *, lang: str | None = None, clean: bool = True) -> Document:
    """Analyses one text and returns a :class:`Document` that Jupyter displays as HTML.

    With ``clean=True`` (the default) the text is cleaned first, sentences and quotes are
    found in the cleaned text, and the removed residue is shown struck through with its
    category; with ``clean=False`` the text is analysed as it is.
    """
    if not isinstance(text, str):
        raise _api.InvalidInputError(f"depeche.show() expects str, got {type(text).__name__}")
    if clean:
        report = _api.clean_report(text, lang=lang)
    else:
        _api._check_lang(lang)
        report = CleanReport(text, [])
    return Document(
        source=text,
        report=report,
        sentences=_api.sentences(report.text, lang=lang),
        quotes=_api.quotes(report.text, lang=lang),
    )


@dataclass(frozen=True)
class Document:
    """One analysed text: the cleaning report, and the sentences and quotes of the clean text.

    Offsets of ``sentences`` and ``quotes`` are in ``text`` (the cleaned text); those of
    ``report.edits`` in ``source``.
    """

    source: str
    report: CleanReport
    sentences: list[Sentence]
    quotes: list[Quote]
    speaker_colours: dict[str | None, str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        colours: dict[str | None, str] = {}
        for quote in self.quotes:
            if quote.speaker is None:
                colours.setdefault(None, UNATTRIBUTED_COLOUR)
            elif quote.speaker not in colours:
                named = sum(1 for speaker in colours if speaker is not None)
                colours[quote.speaker] = PALETTE[named % len(PALETTE)]
        object.__setattr__(self, "speaker_colours", colours)

    @property
    def text(self) -> str:
        """The cleaned text."""
        return self.report.text

    @property
    def removed(self) -> list[Edit]:
        """The residue removed by cleaning (repairs left out)."""
        return [e for e in self.report.edits if e.category in _api.RESIDUE_CATEGORIES]

    def __repr__(self) -> str:
        def count(n: int, noun: str) -> str:
            return f"{n} {noun}{'s' if n != 1 and noun != 'removed' else ''}"

        return (
            f"Document({count(len(self.sentences), 'sentence')}, "
            f"{count(len(self.quotes), 'quote')}, {count(len(self.removed), 'removed')})"
        )

    def _repr_html_(self) -> str:
        return "".join(
            [STYLE, '<div class="depeche-document">', self._legend(), *self._body(), "</div>"]
        )

    def _legend(self) -> str:
        chips = "".join(
            f'<span class="depeche-chip" style="background:{colour}">'
            f"{_escape(UNATTRIBUTED_LABEL if speaker is None else speaker)}</span>"
            for speaker, colour in self.speaker_colours.items()
        )
        summary = _escape(repr(self).removeprefix("Document(").removesuffix(")"))
        return f'<div class="depeche-legend">{summary}{" · " if chips else ""}{chips}</div>'

    def _body(self) -> Iterator[str]:
        """The cleaned text, escaped, with markup inserted at code-point positions."""
        text = self.text
        position = 0
        for (at, _rank), markup in sorted(self._markup(), key=lambda event: event[0]):
            if at > position:
                yield _escape(text[position:at])
                position = at
            yield markup
        yield _escape(text[position:])

    def _markup(self) -> Iterator[tuple[tuple[int, int], str]]:
        """``((position, rank), html)``: at one position, a quote closes, then residue shows,
        then a sentence starts, then a quote opens."""
        close, residue, boundary, open_ = range(4)
        quote_end = 0
        for quote in self.quotes:
            if quote.start < quote_end:
                continue  # overlapping quotes cannot nest in HTML; the first one is shown
            quote_end = quote.end
            colour = self.speaker_colours[quote.speaker]
            label = UNATTRIBUTED_LABEL if quote.speaker is None else quote.speaker
            title = " · ".join(x for x in (label, quote.kind, quote.cue) if x)
            yield (
                (quote.start, open_),
                f'<span class="depeche-quote" data-speaker="{_escape(label)}" '
                f'title="{_escape(title)}" style="background:{colour}">',
            )
            yield (
                (quote.end, close),
                f'</span><span class="depeche-speaker" style="background:{colour}">'
                f"{_escape(label)}</span>",
            )
        for number, sentence in enumerate(self.sentences, 1):
            yield (
                (sentence.start, boundary),
                f'<span class="depeche-boundary" title="sentence {number}"></span>',
            )
        for at, edit in self._removed_positions():
            category = _escape(edit.category)
            yield (
                (at, residue),
                f'<del class="depeche-residue" data-category="{category}" title="{category}">'
                f'{_escape(edit.text)}</del><span class="depeche-category">{category}</span>',
            )

    def _removed_positions(self) -> Iterator[tuple[int, Edit]]:
        """Each removed residue with the position in the cleaned text where it was."""
        shift = 0  # cleaned position = source position - shift, outside edits
        for edit in self.report.edits:
            if edit.category in _api.RESIDUE_CATEGORIES:
                yield min(max(edit.start - shift, 0), len(self.text)), edit
            shift += (edit.end - edit.start) - len(edit.replacement)


def _escape(text: str) -> str:
    return html.escape(text, quote=True)
