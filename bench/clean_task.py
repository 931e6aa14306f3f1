"""Cleaning extracted text: depeche and line-level peers on the plain-text boilerplate sets."""

from __future__ import annotations

import html
from pathlib import Path

import evalsets
import metrics
from harness import Call, Tool, load, run_documents
from report import Cell, TaskTable

FIELDS = {"noisy_window": "window", "noisy": "whole page"}


def _depeche() -> Call:
    import depeche

    def clean(text: str, lang: str) -> str:
        return depeche.clean(text, lang=lang if lang in depeche.LANGUAGES else None)

    return clean


def _keep_everything() -> Call:
    return lambda text, lang: text


MIN_WORDS = 5


def _five_words() -> Call:
    """The classic line filter: keep lines with at least five whitespace-separated words."""

    def clean(text: str, lang: str) -> str:
        return "\n".join(line for line in text.split("\n") if len(line.split()) >= MIN_WORDS)

    return clean


def lines_as_html(text: str) -> str:
    """Each line becomes a ``<p>``: the plain text is all the structure these tools get."""
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in text.split("\n") if line.strip())
    return f"<html><body>{paragraphs}</body></html>"


JUSTEXT_LANGUAGES = {
    "en": "English",
    "fr": "French",
    "de": "German",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
    "ru": "Russian",
    "id": "Indonesian",
}


def _justext() -> Call:
    import justext

    available = justext.get_stoplists()
    stoplists: dict[str, frozenset[str]] = {}

    def clean(text: str, lang: str) -> str:
        name = JUSTEXT_LANGUAGES.get(lang, "English")
        name = name if name in available else "English"
        if name not in stoplists:
            stoplists[name] = justext.get_stoplist(name)
        paragraphs = justext.justext(lines_as_html(text), stoplists[name])
        return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)

    return clean


def _trafilatura() -> Call:
    import trafilatura

    def clean(text: str, lang: str) -> str:
        return trafilatura.extract(lines_as_html(text)) or ""

    return clean


TOOLS = [
    Tool("depeche", "depeche", _depeche),
    Tool("keep everything", "baseline", _keep_everything),
    Tool("≥ 5 words per line", "peer", _five_words),
    Tool(
        "jusText 3.0.2",
        "peer",
        _justext,
        "lines as <p>, stoplist of the page's language (English when jusText has none).",
    ),
    Tool("trafilatura 2.3.1", "peer", _trafilatura, "lines as <p> (it needs HTML)."),
]

NOTES = [
    "aeb, wcxb: bag-of-words token F1 against gold (lower-cased \\w+ tokens, multiset overlap), "
    "macro-averaged over documents. trafilatura_fr has no full gold: with/without snippet F1 "
    "pooled over its snippets. window = field noisy_window (the article block with residue "
    "around it), whole page = field noisy (all visible text of the page).",
]


def evaluate(data: Path, tools: list[Tool], limit: int | None) -> TaskTable:
    sets = {name: evalsets.clean_docs(data, name, limit) for name in evalsets.CLEAN_SETS}
    subsets = {
        "aeb": ("aeb_text", lambda d: True),
        "wcxb articles": ("wcxb_test_text", lambda d: d.page_type == "article"),
        "wcxb all pages": ("wcxb_test_text", lambda d: True),
        "trafilatura_fr snippets": ("trafilatura_fr_text", lambda d: True),
    }
    columns = [f"{s} {label}" for s in subsets for label in FIELDS.values()]
    sources = [f"{k}: {v}" for k, v in metrics.SOURCES.items() if k.startswith("clean")]
    table = TaskTable("clean", columns, [*NOTES, f"Metric definitions used: {'; '.join(sources)}."])
    for tool in tools:
        loaded = load(tool)
        row = table.row(tool, loaded)
        if loaded.call is None:
            continue
        for field, label in FIELDS.items():
            outcomes = {
                name: run_documents(loaded.call, [(d.lang, getattr(d, field)) for d in docs], "")
                for name, docs in sets.items()
            }
            for subset, (name, keep) in subsets.items():
                chosen = [
                    (out, doc)
                    for out, doc in zip(outcomes[name].outputs, sets[name], strict=True)
                    if keep(doc)
                ]
                if name != "trafilatura_fr_text":
                    scores = [metrics.bag_of_words_f1(out, doc.gold or "") for out, doc in chosen]
                    value = sum(scores) / len(scores) if scores else 0.0
                else:
                    pooled = metrics.PRF()
                    for out, doc in chosen:
                        counts = metrics.snippet_counts(out, doc.with_, doc.without)
                        pooled.add(counts.tp, counts.predicted, counts.gold)
                    value = pooled.f1
                row[f"{subset} {label}"] = Cell.of(value, outcomes[name], "f1")
        table.loaded.append(loaded)
    return table
