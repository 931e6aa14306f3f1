"""Guard rails for speed work on ``depeche.clean``: an output snapshot and a one-thread speed loop.

    python bench/clean_check.py snapshot OUT.jsonl   # clean + clean_report of every test text
    python bench/clean_check.py speed [--repeat 200]  # MB/s on the seeds, one call per document

``snapshot`` writes, for every ``noisy`` and ``noisy_window`` of ../shared/data/boilerplate/
*_text.jsonl and every seed (with its language, and detected), the output of ``clean`` and
``clean_report`` with the default options and with every repair on. Diff two snapshots (``cmp``)
to check that an optimisation changed nothing.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Iterator
from pathlib import Path

import depeche

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
OPTIONS: dict[str, dict[str, object]] = {
    "default": {},
    "all_repairs": {"repair": list(depeche.REPAIR_CATEGORIES)},
}


def seeds() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((SHARED / "seeds").glob("*.txt"))]


def texts() -> Iterator[tuple[str, str | None, str]]:
    """(name, lang, text) of every text the snapshot covers."""
    for path in sorted((SHARED / "data" / "boilerplate").glob("*_text.jsonl")):
        with path.open(encoding="utf-8") as rows:
            for row in map(json.loads, rows):
                lang = row.get("lang")
                lang = lang if lang in depeche.LANGUAGES else None
                for field in ("noisy", "noisy_window"):
                    if row.get(field):
                        yield f"{path.stem}/{row['id']}/{field}", lang, row[field]
    for index, text in enumerate(seeds()):
        yield f"seed/{index}", "fr", text
        yield f"seed/{index}/detected", None, text


def snapshot(out: Path) -> None:
    with out.open("w", encoding="utf-8") as sink:
        for name, lang, text in texts():
            for label, options in OPTIONS.items():
                cleaned = depeche.clean(text, lang=lang, **options)  # type: ignore[arg-type]
                report = depeche.clean_report(text, lang=lang, **options)  # type: ignore[arg-type]
                edits = [(e.start, e.end, e.category, e.text, e.replacement) for e in report.edits]
                record = {"name": name, "options": label, "clean": cleaned, "report": report.text}
                sink.write(json.dumps({**record, "edits": edits}, ensure_ascii=False) + "\n")


def speed(repeat: int, rounds: int) -> None:
    docs = seeds() * repeat
    size = sum(len(d.encode()) for d in docs)
    best = min(_timed(docs) for _ in range(rounds))
    print(f"clean, seeds x{repeat} ({size / 1e6:.1f} MB, lang='fr'): {size / best / 1e6:.1f} MB/s")
    docs = [text for _, lang, text in texts() if not _.startswith("seed/")]
    size = sum(len(d.encode()) for d in docs)
    best = min(_timed(docs, None) for _ in range(rounds))
    print(f"clean, boilerplate texts ({size / 1e6:.1f} MB, detected): {size / best / 1e6:.1f} MB/s")


def _timed(docs: list[str], lang: str | None = "fr") -> float:
    start = time.process_time()
    for doc in docs:
        depeche.clean(doc, lang=lang)
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    snap = commands.add_parser("snapshot")
    snap.add_argument("out", type=Path)
    fast = commands.add_parser("speed")
    fast.add_argument("--repeat", type=int, default=200)
    fast.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if args.command == "snapshot":
        snapshot(args.out)
    else:
        speed(args.repeat, args.rounds)


if __name__ == "__main__":
    main()
