"""Quotation extraction: depeche and textacy on the synthetic phenomena and the team's dev set."""

from __future__ import annotations

import re
from pathlib import Path

import evalsets
import metrics
from harness import Call, Tool, Unsupported, load, run_documents
from metrics import QuoteSpan
from report import Cell, TaskTable

SPEECH_KINDS = ("direct", "partial")
"""depeche kinds that are reported speech; any other kind (titles, names) is not a prediction."""


def _depeche() -> Call:
    import depeche

    def extract(text: str, lang: str) -> list[QuoteSpan]:
        return [
            QuoteSpan(q.start, q.end, q.speaker)
            for q in depeche.quotes(text, lang=lang)
            if q.kind in SPEECH_KINDS
        ]

    return extract


TEXTACY_MODEL = "fr_core_news_sm"


def _textacy_pipeline() -> tuple[object, object]:
    import spacy
    from textacy.extract.triples import direct_quotations

    return spacy.load(TEXTACY_MODEL), direct_quotations


def _textacy_quotes(
    nlp: object, direct_quotations: object, text: str, offset: int
) -> list[QuoteSpan]:
    doc = nlp(text)  # type: ignore[operator]
    return [
        QuoteSpan(
            offset + triple.content.start_char,
            offset + triple.content.end_char,
            " ".join(token.text for token in triple.speaker),
        )
        for triple in direct_quotations(doc)  # type: ignore[operator]
    ]


def _require_french(lang: str) -> None:
    if lang != "fr":
        raise Unsupported(f"no {lang} spaCy model on PyPI")


def _textacy_document() -> Call:
    nlp, direct_quotations = _textacy_pipeline()

    def extract(text: str, lang: str) -> list[QuoteSpan]:
        _require_french(lang)
        return _textacy_quotes(nlp, direct_quotations, text, 0)

    return extract


def _textacy_paragraphs() -> Call:
    nlp, direct_quotations = _textacy_pipeline()

    def extract(text: str, lang: str) -> list[QuoteSpan]:
        _require_french(lang)
        found = []
        for paragraph in re.finditer(r"[^\n]+", text):
            try:
                found += _textacy_quotes(
                    nlp, direct_quotations, paragraph.group(), paragraph.start()
                )
            except ValueError:  # odd number of marks in this paragraph: textacy gives up on it
                continue
        return found

    return extract


TOOLS = [
    Tool("depeche", "depeche", _depeche),
    Tool(
        "textacy 0.13 + fr_core_news_sm 3.8",
        "peer",
        _textacy_document,
        "whole document per call; raises on an odd number of quote marks (counted as failed).",
    ),
    Tool(
        "textacy 0.13 + fr_core_news_sm 3.8, per paragraph",
        "peer",
        _textacy_paragraphs,
        "one call per line; a line with odd quote marks yields nothing.",
    ),
]

NOTES = [
    "Cells: span F1 / span+speaker F1, pooled over documents. Predicted and gold spans are "
    "trimmed of marks, spaces and edge punctuation, then matched one-to-one, greedily by "
    "character IoU >= 0.5; a speaker is right when it names the gold person (surname match). "
    "Passed: documents where every gold quote is found with the right speaker and nothing else "
    "is predicted. Only depeche quotes of kind direct/partial count as predictions.",
    "spaCy publishes no English model on PyPI, so textacy runs on the French documents only.",
]


def evaluate(data: Path, tools: list[Tool], limit: int | None) -> TaskTable:
    sets = {}
    missing = []
    for name, where in evalsets.QUOTE_SETS.items():
        paths = where(data)
        absent = [p.name for p in paths if not p.is_file()]
        if absent:
            missing.append(f"{name} ({', '.join(absent)} not found: skipped)")
        else:
            sets[name] = evalsets.quote_docs(paths, limit)
    groups = {
        f"{name} {lang}": [d for d in docs if d.lang == lang]
        for name, docs in sets.items()
        for lang in ("fr", "en")
    }
    groups = {k: v for k, v in groups.items() if v}
    columns = [*groups, *(f"{name} passed" for name in sets)]
    source = metrics.SOURCES["quotes (trim, IoU, speaker)"]
    notes = [*NOTES, f"Metric definition used: {source}.", *(f"Not scored: {m}." for m in missing)]
    table = TaskTable("quotes", columns, notes)
    for column, docs in groups.items():
        table.documents[column] = len(docs)
    for tool in tools:
        loaded = load(tool)
        row = table.row(tool, loaded)
        if loaded.call is None:
            continue
        passed = {name: [0, 0] for name in sets}
        for column, docs in groups.items():
            outcome = run_documents(loaded.call, [(d.lang, d.text) for d in docs], [])
            score = metrics.QuoteScore(metrics.PRF(), metrics.PRF())
            for predicted, doc in zip(outcome.outputs, docs, strict=True):
                gold = [
                    QuoteSpan(int(q["start"]), int(q["end"]), q.get("speaker"))  # type: ignore[arg-type, call-overload]
                    for q in doc.gold
                ]
                metrics.score_quotes(doc.text, predicted, gold, score)
            text = f"{score.span.f1:.3f} / {score.speaker.f1:.3f}"
            row[column] = Cell.scored(text, outcome)
            set_name = column.rsplit(" ", 1)[0]
            if outcome.unsupported < len(docs):
                passed[set_name][0] += score.cases_passed
                passed[set_name][1] += score.cases - outcome.unsupported
        for name, (ok, total) in passed.items():
            row[f"{name} passed"] = Cell(f"{ok}/{total}")
        table.loaded.append(loaded)
    return table
