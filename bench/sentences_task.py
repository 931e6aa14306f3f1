"""Sentence splitting: depeche and its peers on the golden/challenge sets and UD running text."""

from __future__ import annotations

from pathlib import Path

import evalsets
import metrics
from harness import Call, Tool, load, run_documents
from report import Cell, TaskTable


def _depeche() -> Call:
    import depeche

    return lambda text, lang: [s.text for s in depeche.sentences(text, lang=lang)]


def _pysbd() -> Call:
    import pysbd

    segmenters: dict[str, pysbd.Segmenter] = {}

    def split(text: str, lang: str) -> list[str]:
        if lang not in segmenters:
            segmenters[lang] = pysbd.Segmenter(language=lang, clean=False)
        return list(segmenters[lang].segment(text))

    return split


def _sentencex() -> Call:
    from sentencex import segment

    return lambda text, lang: list(segment(lang, text))


def _blingfire_text() -> Call:
    import blingfire

    return lambda text, lang: blingfire.text_to_sentences(text).split("\n")


def _blingfire_offsets() -> Call:
    import blingfire

    def split(text: str, lang: str) -> list[str]:
        _, offsets = blingfire.text_to_sentences_and_offsets(text)
        return [text[start:end] for start, end in offsets]

    return split


def _sentence_splitter() -> Call:
    from sentence_splitter import SentenceSplitter

    splitters: dict[str, SentenceSplitter] = {}

    def split(text: str, lang: str) -> list[str]:
        if lang not in splitters:
            splitters[lang] = SentenceSplitter(language=lang)
        return list(splitters[lang].split(text))

    return split


def _syntok() -> Call:
    from syntok import segmenter

    def split(text: str, lang: str) -> list[str]:
        found = []
        for paragraph in segmenter.analyze(text):
            for sentence in paragraph:
                start = sentence[0].offset
                end = sentence[-1].offset + len(sentence[-1].value)
                found.append(text[start:end])
        return found

    return split


TOOLS = [
    Tool("depeche", "depeche", _depeche),
    Tool("pysbd 0.3.4", "peer", _pysbd),
    Tool("sentencex 1.0.32", "peer", _sentencex),
    Tool("blingfire 0.1.8 (text only)", "peer", _blingfire_text),
    Tool("blingfire 0.1.8 (offsets)", "peer", _blingfire_offsets),
    Tool("sentence-splitter 1.4", "peer", _sentence_splitter),
    Tool("syntok 1.4.4", "peer", _syntok),
]

NOTES = [
    "Exact: share of cases whose stripped, non-empty sentences equal gold. "
    "UD: boundary F1 pooled over units (boundaries = offsets in the text with whitespace "
    "removed, text end excluded); en-EWT has each paragraph on its own line.",
    "NLTK Punkt is not run: its model data is not published on PyPI (the only registry here).",
]


def evaluate(data: Path, tools: list[Tool], limit: int | None) -> TaskTable:
    exact = {name: evalsets.exact_cases(data, name, limit) for name in evalsets.EXACT_SETS}
    running = {name: evalsets.ud_units(data, name, limit) for name in evalsets.UD_SETS}
    columns = [*(f"{n} (exact)" for n in exact), *(f"{n} (F1)" for n in running)]
    table = TaskTable("sentences", columns, NOTES)
    for tool in tools:
        loaded = load(tool)
        row = table.row(tool, loaded)
        if loaded.call is None:
            continue
        for name, cases in exact.items():
            outcome = run_documents(loaded.call, [(c.lang, c.text) for c in cases], [])
            right = sum(
                metrics.exact_match(p, c.sentences)
                for p, c in zip(outcome.outputs, cases, strict=True)
            )
            row[f"{name} (exact)"] = Cell.of(right / len(cases) if cases else 0.0, outcome, "%")
        for name, units in running.items():
            outcome = run_documents(loaded.call, [(u.lang, u.text) for u in units], [])
            score = metrics.PRF()
            for predicted, unit in zip(outcome.outputs, units, strict=True):
                score.add(*metrics.boundary_counts(unit.text, predicted, unit.sentences))
            row[f"{name} (F1)"] = Cell.of(score.f1, outcome, "f1")
        table.loaded.append(loaded)
    return table
