# ruff: noqa: RUF001
# The metric trims typographic quotation marks, so it names them.
"""The quotation metric of issue 8, shared by the tests and the bench.

A predicted quotation matches a gold one when their character spans overlap with an IoU of at
least 0.5, after trimming quotation marks, spaces and edge punctuation from both; matching is
greedy and one-to-one, best IoU first. Span precision/recall/F1 count matches; span+speaker
counts matches whose speaker names the gold person: same surname (last word, case-folded), or
both ``None``. Counts add up over documents (micro average).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

EDGE = set(" \t\r\n\u00a0\u202f\u2009«»“”„‟‹›\"'‘’.,;:!?…—–-()[]")


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without marks, spaces and punctuation at either edge."""
    while start < end and text[start] in EDGE:
        start += 1
    while end > start and text[end - 1] in EDGE:
        end -= 1
    return start, end


def iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union > 0 else 0.0


def surname(name: str | None) -> str | None:
    if name is None:
        return None
    words = [w.strip(".,;:'’\"()") for w in name.split()]
    words = [w for w in words if w]
    return words[-1].casefold() if words else None


def same_speaker(gold: str | None, predicted: str | None) -> bool:
    return surname(gold) == surname(predicted)


@dataclass
class Counts:
    gold: int = 0
    predicted: int = 0
    span_matches: int = 0
    speaker_matches: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.gold + other.gold,
            self.predicted + other.predicted,
            self.span_matches + other.span_matches,
            self.speaker_matches + other.speaker_matches,
        )

    @staticmethod
    def _prf(tp: int, predicted: int, gold: int) -> tuple[float, float, float]:
        p = tp / predicted if predicted else 1.0
        r = tp / gold if gold else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def span(self) -> tuple[float, float, float]:
        """Span precision, recall, F1."""
        return self._prf(self.span_matches, self.predicted, self.gold)

    @property
    def speaker(self) -> tuple[float, float, float]:
        """Span+speaker precision, recall, F1."""
        return self._prf(self.speaker_matches, self.predicted, self.gold)


def _field(quote: Any, name: str) -> Any:
    return quote[name] if isinstance(quote, dict) else getattr(quote, name)


def score_document(text: str, gold: Sequence[Any], predicted: Sequence[Any]) -> Counts:
    """Counts for one document; quotes are dicts or records with start, end and speaker."""
    gold_spans = [trim(text, _field(g, "start"), _field(g, "end")) for g in gold]
    pred_spans = [trim(text, _field(p, "start"), _field(p, "end")) for p in predicted]
    candidates = sorted(
        ((iou(g, p), gi, pi) for gi, g in enumerate(gold_spans) for pi, p in enumerate(pred_spans)),
        reverse=True,
    )
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    counts = Counts(gold=len(gold), predicted=len(predicted))
    for overlap, gi, pi in candidates:
        if overlap < 0.5:
            break
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        counts.span_matches += 1
        if same_speaker(_field(gold[gi], "speaker"), _field(predicted[pi], "speaker")):
            counts.speaker_matches += 1
    return counts


def score(documents: Iterable[tuple[str, Sequence[Any], Sequence[Any]]]) -> Counts:
    """Micro-averaged counts over ``(text, gold, predicted)`` triples."""
    total = Counts()
    for text, gold, predicted in documents:
        total = total + score_document(text, gold, predicted)
    return total
