"""Every metric the benchmark reports, defined once (bench/README.md explains each one).

Pure functions over plain data (strings, spans, counts): no tool, no file, no timing here.
Where the team's own metric modules exist (``tests/quote_metrics.py`` of the quotes work,
``tests/clean_metrics.py`` of the clean work), their definitions of the same metric are used
instead of the fallbacks here, so each metric has one definition in the merged tree:
:data:`SOURCES` says which one a run used.

- Sentences: :func:`exact_match` per case; :func:`boundaries` + :class:`PRF` for boundary
  P/R/F1 on running text, a boundary being a position in the text with whitespace removed.
- Quotes: :func:`score_quotes`: greedy one-to-one matching of predicted and gold spans by
  character IoU >= 0.5 after :func:`trim_span`; span P/R/F1 and span+speaker P/R/F1
  (:func:`same_speaker`: the prediction names the gold person, by surname).
- Clean: :func:`bag_of_words_f1` (token P/R/F1 against gold, averaged over documents by the
  caller) and :func:`snippet_counts` (with/without snippets, pooled over documents).
"""

from __future__ import annotations

import importlib.util
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

TESTS = Path(__file__).resolve().parent.parent / "tests"


def _team_module(name: str) -> ModuleType | None:
    """``tests/<name>.py`` loaded under a private name, or None when absent or broken."""
    path = TESTS / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"_depeche_bench_{name}", path)
    if not path.is_file() or spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    try:
        spec.loader.exec_module(module)
    except Exception:
        del sys.modules[spec.name]
        return None
    return module


_QUOTE_METRICS = _team_module("quote_metrics")
_CLEAN_METRICS = _team_module("clean_metrics")
SOURCES = {
    "quotes (trim, IoU, speaker)": "tests/quote_metrics.py"
    if _QUOTE_METRICS
    else "bench/metrics.py",
    "clean (token F1)": "tests/clean_metrics.py" if _CLEAN_METRICS else "bench/metrics.py",
    "clean (snippet F1)": "bench/metrics.py",
}


@dataclass
class PRF:
    """True positives and the sizes of the predicted and gold sets, pooled (micro)."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, tp: int, predicted: int, gold: int) -> None:
        self.tp += tp
        self.predicted += predicted
        self.gold += gold

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


# ---------------------------------------------------------------- sentences


def exact_match(predicted: Sequence[str], gold: Sequence[str]) -> bool:
    """A case is right when the predicted sentences, stripped and without empty ones, equal gold."""
    return [s.strip() for s in predicted if s.strip()] == [s.strip() for s in gold]


_WHITESPACE = re.compile(r"\s+")


def _squeeze(text: str) -> str:
    return _WHITESPACE.sub("", text)


def boundaries(text: str, sentences: Iterable[str]) -> set[int]:
    """Sentence ends as offsets in ``text`` with all whitespace removed; the text's end excluded.

    Each sentence is located in the squeezed text from where the previous one ended, so a tool
    that rewrites whitespace is scored fairly; a sentence whose characters the tool changed is
    placed by its length instead.
    """
    squeezed = _squeeze(text)
    ends: set[int] = set()
    cursor = 0
    for sentence in sentences:
        piece = _squeeze(sentence)
        if not piece:
            continue
        found = squeezed.find(piece, cursor)
        # A sentence found far ahead means the tool changed text; trust the running length.
        cursor = found + len(piece) if found == cursor else cursor + len(piece)
        ends.add(min(cursor, len(squeezed)))
    ends.discard(len(squeezed))
    return ends


def boundary_counts(
    text: str, predicted: Iterable[str], gold: Iterable[str]
) -> tuple[int, int, int]:
    """(true positives, predicted, gold) boundaries of one unit, for :class:`PRF`."""
    found, expected = boundaries(text, predicted), boundaries(text, gold)
    return len(found & expected), len(found), len(expected)


# ---------------------------------------------------------------- quotes


def _is_trimmed(char: str) -> bool:
    """Whitespace (NBSP too) and any punctuation: quotation marks, brackets, dashes, stops."""
    return char.isspace() or unicodedata.category(char).startswith("P")


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without quotation marks, spaces (NBSP too) and punctuation at either edge."""
    if _QUOTE_METRICS is not None:
        trimmed: tuple[int, int] = _QUOTE_METRICS.trim(text, start, end)
        return trimmed
    while start < end and _is_trimmed(text[start]):
        start += 1
    while end > start and _is_trimmed(text[end - 1]):
        end -= 1
    return start, end


def iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Character intersection over union of two half-open spans."""
    if _QUOTE_METRICS is not None:
        return float(_QUOTE_METRICS.iou(a, b))
    overlap = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return overlap / union if union > 0 else 0.0


def _name_tokens(name: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", name.casefold())
    return re.findall(r"\w+", "".join(c for c in folded if not unicodedata.combining(c)))


def same_speaker(predicted: str | None, gold: str | None) -> bool:
    """The predicted speaker names the gold person: same surname (last word).

    Case and accents are ignored ("M. Stoltenberg" names "Jens Stoltenberg"; "il" does not).
    When gold has no speaker, only a prediction with no speaker is right.
    """
    if _QUOTE_METRICS is not None:
        return bool(_QUOTE_METRICS.same_speaker(gold, predicted))
    expected, found = _name_tokens(gold or ""), _name_tokens(predicted or "")
    if not expected:
        return not found
    return bool(found) and found[-1] == expected[-1]


@dataclass(frozen=True)
class QuoteSpan:
    """A quotation span in code points (marks may be included: they are trimmed) and its speaker."""

    start: int
    end: int
    speaker: str | None


@dataclass
class QuoteScore:
    span: PRF
    speaker: PRF
    cases: int = 0
    cases_passed: int = 0


IOU_THRESHOLD = 0.5


def match_quotes(
    text: str, predicted: Sequence[QuoteSpan], gold: Sequence[QuoteSpan]
) -> list[tuple[int, int]]:
    """Greedy one-to-one matching by IoU (highest first, ties by order), pairs with IoU >= 0.5."""
    pred_spans = [trim_span(text, q.start, q.end) for q in predicted]
    gold_spans = [trim_span(text, q.start, q.end) for q in gold]
    candidates = sorted(
        (
            (-iou(p, g), i, j)
            for i, p in enumerate(pred_spans)
            for j, g in enumerate(gold_spans)
            if iou(p, g) >= IOU_THRESHOLD
        ),
    )
    used_pred: set[int] = set()
    used_gold: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_pred and j not in used_gold:
            used_pred.add(i)
            used_gold.add(j)
            pairs.append((i, j))
    return pairs


def score_quotes(
    text: str, predicted: Sequence[QuoteSpan], gold: Sequence[QuoteSpan], into: QuoteScore
) -> None:
    """Adds one document to ``into``: span counts, span+speaker counts, and whether it passed.

    A document passes when every gold quote is matched with the right speaker and nothing else
    is predicted.
    """
    pairs = match_quotes(text, predicted, gold)
    right = sum(same_speaker(predicted[i].speaker, gold[j].speaker) for i, j in pairs)
    into.span.add(len(pairs), len(predicted), len(gold))
    into.speaker.add(right, len(predicted), len(gold))
    into.cases += 1
    into.cases_passed += right == len(gold) == len(predicted)


# ---------------------------------------------------------------- clean


def words(text: str) -> Counter[str]:
    """The bag of lower-cased ``\\w+`` tokens."""
    return Counter(re.findall(r"\w+", text.lower()))


def bag_of_words_f1(predicted: str, gold: str) -> float:
    """Token F1 of two bags of words; 1.0 when both are empty, 0.0 when only one is."""
    if _CLEAN_METRICS is not None:
        return float(_CLEAN_METRICS.token_f1(predicted, gold))
    found, expected = words(predicted), words(gold)
    if not found or not expected:
        return float(not found and not expected)
    overlap = sum((found & expected).values())
    if not overlap:
        return 0.0
    precision = overlap / sum(found.values())
    recall = overlap / sum(expected.values())
    return 2 * precision * recall / (precision + recall)


def _spaced(text: str) -> str:
    return " ".join(text.split())


def snippet_counts(predicted: str, with_: Iterable[str], without: Iterable[str]) -> PRF:
    """With/without snippets (whitespace runs collapsed on both sides).

    A "with" snippet found is a true positive, missed a false negative; a "without" snippet
    found is a false positive. Pool the returned counts over documents with :meth:`PRF.add`.
    """
    output = _spaced(predicted)
    found_with = [_spaced(s) in output for s in with_]
    found_without = [_spaced(s) in output for s in without]
    tp = sum(found_with)
    return PRF(tp=tp, predicted=tp + sum(found_without), gold=len(found_with))
