"""Guard rails for speed work on ``depeche.clean``: an output snapshot and a one-thread speed loop.

    python bench/clean_check.py snapshot OUT.jsonl   # clean + clean_report of every test text
    python bench/clean_check.py speed [--repeat 200]  # MB/s, one call per document, one thread

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
    docs = [("fr", text) for text in seeds() * repeat]
    print(f"clean, seeds x{repeat}, lang='fr': {_best_speed(docs, rounds)}")
    docs = [(lang, text) for name, lang, text in texts() if not name.startswith("seed/")]
    print(f"clean, boilerplate noisy + noisy_window, their lang: {_best_speed(docs, rounds)}")


def _best_speed(docs: list[tuple[str | None, str]], rounds: int) -> str:
    """MB/s of one call per document on one thread, best of ``rounds`` (CPU time)."""
    size = sum(len(text.encode()) for _, text in docs)
    best = min(_timed(docs) for _ in range(rounds))
    return f"{size / best / 1e6:.1f} MB/s ({size / 1e6:.1f} MB)"


def _timed(docs: list[tuple[str | None, str]]) -> float:
    start = time.process_time()
    for lang, text in docs:
        depeche.clean(text, lang=lang)
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
