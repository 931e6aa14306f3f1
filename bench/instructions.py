"""Instructions per pass over the seed articles, counted by callgrind: a speed figure that does
not move when the machine is busy, for comparing two builds of depeche.

    python bench/instructions.py clean|quotes|sentences [--seeds DIR] [--python PY]

Runs the task over every seed article once and three times under ``valgrind --tool=callgrind``
and prints the difference divided by two: the cost of one pass without start-up and warm-up.
Needs valgrind and a release build of depeche in the chosen interpreter.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
TASKS = {
    "clean": "depeche.clean(t, lang='fr')",
    "quotes": "depeche.quotes(t, lang='fr')",
    "sentences": "depeche.sentences(t, lang='fr')",
}
COLLECTED = re.compile(r"Collected : (\d+)")


def count(python: str, task: str, seeds: Path, passes: int) -> int:
    script = (
        "import depeche, pathlib\n"
        f"paths = sorted(pathlib.Path({str(seeds)!r}).glob('*.txt'))\n"
        "texts = [p.read_text(encoding='utf-8') for p in paths]\n"
        f"for _ in range({passes}):\n"
        "    for t in texts:\n"
        f"        {TASKS[task]}\n"
    )
    # Python's string hashes change with its hash seed, and so does the count (by ±5 %).
    env = dict(os.environ, PYTHONHASHSEED="0")
    run = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", python, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    found = COLLECTED.search(run.stderr)
    if found is None:
        raise SystemExit(f"callgrind printed no total:\n{run.stderr[-2000:]}")
    return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("task", choices=sorted(TASKS))
    parser.add_argument("--seeds", type=Path, default=SEEDS)
    parser.add_argument("--python", default=sys.executable)
    args = parser.parse_args()
    if not args.seeds.is_dir():
        raise SystemExit(f"no seed articles at {args.seeds}")
    one = count(args.python, args.task, args.seeds, 1)
    three = count(args.python, args.task, args.seeds, 3)
    print(f"{args.task}: {(three - one) / 2 / 1e6:.3f} M instructions per pass over the seeds")


if __name__ == "__main__":
    main()
