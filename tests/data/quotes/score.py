"""Scores depeche.quotes on a team set, per language: ``python tests/data/quotes/score.py [FILE]
[--misses]``. FILE defaults to dev.jsonl; ``--misses`` lists every gold quote that was not
matched with the right speaker and every spurious prediction."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[2]))

from quote_metrics import Counts, iou, same_speaker, score_document, trim

import depeche

SPEECH_KINDS = ("direct", "partial")


def misses(text: str, gold: list[dict], predicted: list) -> list[str]:
    lines = []
    for g in gold:
        gspan = trim(text, g["start"], g["end"])
        best = max(predicted, key=lambda p: iou(gspan, trim(text, p.start, p.end)), default=None)
        if best is None or iou(gspan, trim(text, best.start, best.end)) < 0.5:
            lines.append(f"  MISSED {text[g['start'] : g['end']][:60]!r} ({g['speaker']})")
        elif not same_speaker(g["speaker"], best.speaker):
            lines.append(
                f"  SPEAKER {text[g['start'] : g['end']][:50]!r}: gold {g['speaker']!r}, "
                f"got {best.speaker!r} via {best.cue!r}"
            )
    for p in predicted:
        pspan = trim(text, p.start, p.end)
        if not any(iou(pspan, trim(text, g["start"], g["end"])) >= 0.5 for g in gold):
            lines.append(f"  SPURIOUS {p.text[:60]!r} ({p.speaker}, {p.kind})")
    return lines


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    path = Path(args[0]) if args else Path(__file__).with_name("dev.jsonl")
    show = "--misses" in sys.argv
    totals: dict[str, Counts] = {}
    for line in path.open(encoding="utf-8"):
        doc = json.loads(line)
        text = doc["text"]
        predicted = [q for q in depeche.quotes(text, lang=doc["lang"]) if q.kind in SPEECH_KINDS]
        counts = score_document(text, doc["quotes"], predicted)
        totals[doc["lang"]] = totals.get(doc["lang"], Counts()) + counts
        if show:
            found = misses(text, doc["quotes"], predicted)
            if found:
                print(doc["id"])
                print("\n".join(found))
    for lang, c in sorted(totals.items()):
        print(
            f"{path.name} {lang}: span F1 {c.span[2]:.3f}  span+speaker F1 {c.speaker[2]:.3f}  "
            f"(gold {c.gold}, predicted {c.predicted}, span {c.span_matches}, "
            f"speaker {c.speaker_matches})"
        )


if __name__ == "__main__":
    main()
