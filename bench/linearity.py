"""Time and memory against input size, on ordinary and pathological inputs (issue 7).

For each input shape and function, the input is made 1x, 2x and 4x as large; the table gives
the best time of a few runs, the ratios t(2x)/t(1x) and t(4x)/t(2x) (about 2 when time is
linear, about 4 when quadratic) and the peak memory (RSS high-water mark of a fresh process,
over the text's own size). Build with ``maturin develop --release`` first.

    python bench/linearity.py [--base-mb 2] [--repeat 3] [--only quotes]
"""

# Typographic quote marks are this file's subject, not look-alike typos.
# ruff: noqa: RUF001

from __future__ import annotations

import argparse
import itertools
import multiprocessing
import time
from collections.abc import Callable
from pathlib import Path

import depeche

PARAGRAPH = (
    "« Nous ne céderons pas sur ce point », a déclaré Jeanne Martin mardi. M. Dupont, lui, "
    'a parlé d’une “erreur”. The mayor said: "We will vote on Monday." Il pleut\u202f!\n'
)


def repeat_to(chunk: str, size: int) -> str:
    return chunk * max(1, size // len(chunk.encode()))


# Each shape makes a text of about `size` bytes of UTF-8.
SHAPES: dict[str, Callable[[int], str]] = {
    "news paragraphs": lambda size: repeat_to(PARAGRAPH, size),
    "one line, no spaces": lambda size: repeat_to("Mot.«Cité»“x”,‹y›Fin!", size),
    "unclosed «": lambda size: "Il a dit " + repeat_to("« ", size),
    "unclosed “ in one line": lambda size: repeat_to("“Il a dit ça, ", size),
    "nested « »": lambda size: "« " * (size // 8) + "centre" + " »" * (size // 8),
    "stray closing marks": lambda size: repeat_to("» ” › ", size),
    "abbreviations": lambda size: repeat_to("M. J. K. Dr etc. U.S. ", size),
    "one speaker, many quotes": lambda size: (
        "Paul Durand a dit : " + repeat_to("« Oui. » « Non. » a-t-il ajouté. ", size)
    ),
    "short lines": lambda size: repeat_to("Partager\nIl pleut.\n\n", size),
    "spaces and combining marks": lambda size: repeat_to("Cafe\u0301   noir  . .", size),
}

FUNCTIONS: dict[str, Callable[[str], object]] = {
    "sentences": lambda text: depeche.sentences(text, lang="fr"),
    "quotes": lambda text: depeche.quotes(text, lang="fr"),
    "clean": lambda text: depeche.clean(text, lang="fr"),
    "clean_report": lambda text: depeche.clean_report(text, lang="fr"),
}


def peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def measure(shape: str, function: str, size: int, repeat: int) -> tuple[float, float]:
    """Best time in seconds and peak memory growth in MB, in a fresh child process."""
    text = SHAPES[shape](size)
    call = FUNCTIONS[function]
    best = float("inf")
    # Reset the RSS high-water mark so the peak is this call's, not the text's creation.
    Path("/proc/self/clear_refs").write_text("5")
    before = peak_rss_mb()
    for _ in range(repeat):
        started = time.perf_counter()
        result = call(text)
        best = min(best, time.perf_counter() - started)
        del result
    return best, peak_rss_mb() - before


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-mb", type=float, default=2.0, help="size of the 1x input")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement")
    parser.add_argument("--only", choices=FUNCTIONS, help="one function only")
    args = parser.parse_args()
    base = int(args.base_mb * 1_000_000)
    functions = [args.only] if args.only else list(FUNCTIONS)
    context = multiprocessing.get_context("fork")
    header = f"{'input':28} {'function':13} {'1x s':>8} {'2x s':>8} {'4x s':>8}"
    header += f" {'2x/1x':>6} {'4x/2x':>6} {'peak MB/input MB at 4x':>23}"
    print(f"base size {args.base_mb} MB of UTF-8, best of {args.repeat}")
    print(header)
    print("-" * len(header))
    worst = 0.0
    with context.Pool(1, maxtasksperchild=1) as pool:
        for shape in SHAPES:
            for function in functions:
                sizes = [base, 2 * base, 4 * base]
                runs = [pool.apply(measure, (shape, function, size, args.repeat)) for size in sizes]
                times = [t for t, _ in runs]
                ratios = [b / a if a > 0 else float("nan") for a, b in itertools.pairwise(times)]
                worst = max(worst, *ratios)
                memory = runs[-1][1] / (4 * base / 1_000_000)
                print(
                    f"{shape:28} {function:13} {times[0]:8.3f} {times[1]:8.3f} {times[2]:8.3f}"
                    f" {ratios[0]:6.2f} {ratios[1]:6.2f} {memory:23.1f}"
                )
    print(f"\nworst ratio of time for twice the input: {worst:.2f} (2 is linear, 4 quadratic)")


if __name__ == "__main__":
    main()
