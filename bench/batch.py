"""Batch throughput: batch calls on 1 and 2 threads against one-by-one calls, a pandas Series of
100k articles end to end, and the per-call cost of the one-text path. Prints markdown tables.

Run with a release build (`maturin develop --release`):

    python bench/batch.py [--articles 100000] [--batch-docs 5000]

Articles are the seeds of ../shared/seeds when present (real scraped French news), else the
samples shipped with depeche, numbered so that no two are the same string.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import sys
import time
import timeit
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import depeche
from depeche import _depeche
from depeche._demo import sample_articles

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
FUNCTIONS = ("clean", "sentences", "quotes")


def corpus_sources() -> list[str]:
    seeds = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if seeds:
        return [p.read_text(encoding="utf-8") for p in seeds]
    return [text for _, text in sample_articles()]


def articles(n: int) -> list[str]:
    sources = corpus_sources()
    return [f"{sources[i % len(sources)]}\n\nArticle {i}." for i in range(n)]


def megabytes(texts: list[str]) -> float:
    return sum(len(t.encode("utf-8", "surrogatepass")) for t in texts) / 1e6


def best_of(
    repeat: int, call: Callable[[], Any], clock: Callable[[], float] = time.perf_counter
) -> float:
    """The shortest of ``repeat`` runs of ``call``, timed by ``clock``."""
    best = float("inf")
    for _ in range(repeat):
        start = clock()
        call()
        best = min(best, clock() - start)
    return best


def batch_table(texts: list[str], repeat: int) -> None:
    """Wall time, best of ``repeat`` rounds; the variants take turns within a round, so a
    burst of load from elsewhere hits them alike."""
    size = megabytes(texts)
    print(f"\n### Batch against one-by-one ({len(texts)} articles, {size:.1f} MB, lang detected)\n")
    print(
        "| function | one by one MB/s | batch, 1 thread MB/s | batch, 2 threads MB/s | speed-up |"
    )
    print("|---|---:|---:|---:|---:|")
    for name in FUNCTIONS:
        function = getattr(depeche, name)
        variants: dict[str, Callable[[], Any]] = {
            "one": lambda f=function: [f(t) for t in texts],
            "1": lambda f=function: f(texts, n_threads=1, progress=False),
            "2": lambda f=function: f(texts, n_threads=2, progress=False),
        }
        best = dict.fromkeys(variants, float("inf"))
        for _ in range(repeat):
            for key, call in variants.items():
                best[key] = min(best[key], best_of(1, call))
        print(
            f"| {name} | {size / best['one']:.0f} | {size / best['1']:.0f} "
            f"| {size / best['2']:.0f} | {best['one'] / best['2']:.2f}x |"
        )


def series_table(n: int, n_threads: int | None) -> None:
    import pandas as pd

    import depeche.pandas

    series = pd.Series(articles(n), name="text")
    size = megabytes(series.tolist())
    threads = n_threads or depeche.batch.default_threads()
    print(f"\n### A pandas Series of {n} articles ({size:.0f} MB), {threads} threads\n")
    print("| call | seconds | MB/s | result | peak traced MB (x input) | peak RSS MB |")
    print("|---|---:|---:|---|---:|---:|")
    calls = {
        "s.depeche.clean()": lambda: series.depeche.clean(n_threads=n_threads, progress=False),
        "s.depeche.sentences()": lambda: series.depeche.sentences(
            n_threads=n_threads, progress=False
        ),
        "s.depeche.quotes()": lambda: series.depeche.quotes(n_threads=n_threads, progress=False),
    }
    for label, call in calls.items():
        gc.collect()
        start = time.perf_counter()
        result = call()
        seconds = time.perf_counter() - start
        shape = f"{len(result)} rows"
        del result
        gc.collect()
        # A second run under tracemalloc: what the call allocates on top of its input.
        tracemalloc.start()
        result = call()
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        del result
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
        print(
            f"| {label} | {seconds:.2f} | {size / seconds:.0f} | {shape} "
            f"| {peak / 1e6:.0f} ({peak / 1e6 / size:.1f}x) | {rss:.0f} |"
        )


def one_text_table(texts: list[str]) -> None:
    """Where the time of one call on a 1 KB article goes."""
    doc = next(t for t in texts if len(t.encode()) > 1024)
    while len(doc.encode()) > 1024:
        doc = doc[:-1]
    n = 20_000

    def micro(call: Callable[[], Any]) -> float:
        # CPU time of this process: one thread, and blind to other processes' load.
        return min(timeit.repeat(call, number=n, repeat=5, timer=time.process_time)) / n * 1e6

    found = depeche.sentences(doc)
    print(f"\n### One 1 KB article ({len(found)} sentences), CPU microseconds per call\n")
    print("| call | µs | MB/s |")
    print("|---|---:|---:|")
    rows = {
        "depeche.sentences(doc)": lambda: depeche.sentences(doc),
        "depeche.sentences(doc, lang='fr')": lambda: depeche.sentences(doc, lang="fr"),
        "_depeche.sentences(doc, 'fr') (no Python wrapper)": lambda: _depeche.sentences(doc, "fr"),
        "depeche.detect_language(doc)": lambda: depeche.detect_language(doc),
        "depeche.quotes(doc, lang='fr')": lambda: depeche.quotes(doc, lang="fr"),
        "depeche.clean(doc, lang='fr')": lambda: depeche.clean(doc, lang="fr"),
        "depeche.sentences([doc] * 100, n_threads=1) / 100": None,
    }
    for label, call in rows.items():
        if call is None:
            batch = [doc] * 100
            micros = micro(lambda b=batch: depeche.sentences(b, n_threads=1, lang="fr")) / 100
        else:
            micros = micro(call)
        print(f"| {label} | {micros:.2f} | {1024 / micros:.0f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000, help="Series size")
    parser.add_argument("--batch-docs", type=int, default=5000, help="batch comparison size")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--n-threads", type=int, default=None, help="Series run (default: all)")
    args = parser.parse_args()
    print(
        f"depeche {depeche.__version__}, Python {sys.version.split()[0]}, "
        f"{depeche.batch.default_threads()} cores, load average {os.getloadavg()[0]:.1f}"
    )
    texts = articles(args.batch_docs)
    one_text_table(texts)
    batch_table(texts, args.repeat)
    series_table(args.articles, args.n_threads)


if __name__ == "__main__":
    main()
