"""The demo: depeche on the sample articles that ship with the package."""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from importlib import resources
from typing import TextIO

from depeche._api import RESIDUE_CATEGORIES, clean_report, quotes, sentences


def sample_articles() -> Iterator[tuple[str, str]]:
    """Yields ``(name, text)`` for each sample article shipped in ``depeche/samples``."""
    folder = resources.files("depeche") / "samples"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".txt"):
            yield entry.name, entry.read_text(encoding="utf-8")


def _shorten(text: str, width: int) -> str:
    return textwrap.shorten(text, width=width, placeholder="…")


def run_demo(out: TextIO) -> int:
    """Prints the cleaned text, the sentences and a table of quotes for every sample."""
    for name, raw in sample_articles():
        report = clean_report(raw)
        print(f"=== {name} ===", file=out)
        print(f"--- cleaned ({len(raw)} → {len(report.text)} characters) ---", file=out)
        print(report.text, file=out)
        removed = [e for e in report.edits if e.category in RESIDUE_CATEGORIES]
        print(f"--- removed ({len(removed)}) ---", file=out)
        for edit in removed:
            print(f"  [{edit.category}] {_shorten(edit.text.strip(), 70)}", file=out)
        found_sentences = sentences(report.text)
        print(f"--- sentences ({len(found_sentences)}) ---", file=out)
        for number, sentence in enumerate(found_sentences, 1):
            print(f"{number:3}. {sentence.text}", file=out)
        found_quotes = quotes(report.text)
        print(f"--- quotes ({len(found_quotes)}) ---", file=out)
        print(f"  {'speaker':<22} {'kind':<8} quote", file=out)
        for quote in found_quotes:
            speaker = quote.speaker or "—"
            print(f"  {speaker:<22} {quote.kind:<8} {_shorten(quote.text, 60)}", file=out)
        print(file=out)
    return 0
