"""Metrics for `depeche.clean` on the shared boilerplate benchmark (importable by the bench).

``python tests/clean_metrics.py [field]`` prints the scores of ``depeche.clean`` on every set.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

_WORD = re.compile(r"\w+")


def tokens(text: str) -> Counter[str]:
    """The multiset of lowercase word tokens of ``text``."""
    return Counter(_WORD.findall(text.lower()))


def token_prf(predicted: str, gold: str) -> tuple[float, float, float]:
    """Bag-of-words precision, recall and F1 of ``predicted`` against ``gold``."""
    pred, ref = tokens(predicted), tokens(gold)
    common = sum((pred & ref).values())
    if not pred and not ref:
        return 1.0, 1.0, 1.0
    precision = common / sum(pred.values()) if pred else 0.0
    recall = common / sum(ref.values()) if ref else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def token_f1(predicted: str, gold: str) -> float:
    return token_prf(predicted, gold)[2]


def _squash(text: str) -> str:
    return " ".join(text.split())


def snippet_score(predicted: str, with_: Iterable[str], without: Iterable[str]) -> float:
    """Mean over snippets: a "with" snippet counts when present, a "without" one when absent."""
    text = _squash(predicted)
    hits = [_squash(s) in text for s in with_] + [_squash(s) not in text for s in without]
    return sum(hits) / len(hits) if hits else 1.0


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def evaluate(rows: list[dict], field: str, clean: Callable[[str], str]) -> float:
    """Macro score of ``clean`` over ``rows``: token F1 against gold, else snippet score."""
    scores = []
    for row in rows:
        output = clean(row[field])
        if row.get("gold"):
            scores.append(token_f1(output, row["gold"]))
        else:
            scores.append(snippet_score(output, row["with"], row["without"]))
    return sum(scores) / len(scores)


def benchmark_sets(shared: Path) -> dict[str, list[dict]]:
    """The three plain-text sets; wcxb is restricted to its article pages."""
    folder = shared / "data" / "boilerplate"
    wcxb = [r for r in load(folder / "wcxb_test_text.jsonl") if r["page_type"] == "article"]
    return {
        "aeb": load(folder / "aeb_text.jsonl"),
        "wcxb_article": wcxb,
        "trafilatura_fr": load(folder / "trafilatura_fr_text.jsonl"),
    }


def main() -> None:
    import depeche

    shared = Path(__file__).resolve().parent.parent.parent / "shared"
    fields = sys.argv[1:] or ["noisy_window", "noisy"]
    sets = benchmark_sets(shared)
    for field in fields:
        for name, rows in sets.items():
            print(f"{field:13} {name:15} {evaluate(rows, field, depeche.clean):.4f}")


if __name__ == "__main__":
    main()
