"""The cost of one call at the Python boundary: depeche's four functions called once per
document on three corpora, with sentencex (when installed) on the same documents, then the
batch form on 1 and 2 threads. Prints markdown tables.

Run with a release build (`maturin develop --release`):

    python bench/percall.py [--repeat 5]

Corpora: a short document (~200 B) called many times; the UD test and dev texts of
../shared/data/sbd (many short documents, lang given); the seeds of ../shared/seeds repeated
200 times (long French articles). One-by-one figures are CPU time of this process (blind to
other processes' load); batch figures are wall time.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from batch import best_of

import depeche

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
UD_FILES = {
    "ud_en_ewt_test": "en",
    "ud_en_ewt_dev": "en",
    "ud_fr_gsd_test": "fr",
    "ud_fr_gsd_dev": "fr",
}
SHORT_DOC = (
    "Le ministre a présenté lundi son projet de loi. « Nous irons vite », a-t-il promis "
    "devant les députés. L'opposition dénonce un texte bâclé et réclame un débat."
)
Docs = list[tuple[str, str]]


def ud_docs() -> Docs:
    docs = []
    for name, lang in UD_FILES.items():
        path = SHARED / "data" / "sbd" / f"{name}.jsonl"
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    docs.append((lang, str(json.loads(line)["text"])))
    return docs


def seed_docs(times: int) -> Docs:
    seeds = sorted((SHARED / "seeds").glob("*.txt"))
    return [("fr", p.read_text(encoding="utf-8")) for p in seeds] * times


def corpora() -> dict[str, Docs]:
    found = {"short doc x2000": [("fr", SHORT_DOC)] * 2000}
    if ud := ud_docs():
        found[f"UD test+dev ({len(ud)} docs)"] = ud
    if seeds := seed_docs(200):
        found[f"seeds x200 ({len(seeds)} docs)"] = seeds
    return found


def cpu_best(repeat: int, call: Callable[[], Any]) -> float:
    return best_of(repeat, call, time.process_time)


def one_by_one(docs: Docs) -> dict[str, Callable[[], Any]]:
    calls: dict[str, Callable[[], Any]] = {
        "depeche.sentences": lambda: [depeche.sentences(t, lang=lang) for lang, t in docs],
        "depeche.quotes": lambda: [depeche.quotes(t, lang=lang) for lang, t in docs],
        "depeche.clean": lambda: [depeche.clean(t, lang=lang) for lang, t in docs],
        "depeche.clean_report": lambda: [depeche.clean_report(t, lang=lang) for lang, t in docs],
    }
    try:
        from sentencex import segment

        calls["sentencex.segment"] = lambda: [list(segment(lang, t)) for lang, t in docs]
    except ImportError:
        pass
    return calls


def per_call_table(corpora: dict[str, Docs], repeat: int) -> None:
    names = list(one_by_one([]))
    print("\n### One call per document, CPU µs per document (best of", repeat, "runs)\n")
    print("| corpus | " + " | ".join(names) + " | sentences vs sentencex |")
    print("|---|" + "---:|" * (len(names) + 1))
    for label, docs in corpora.items():
        micros = {
            name: cpu_best(repeat, call) / len(docs) * 1e6
            for name, call in one_by_one(docs).items()
        }
        ratio = (
            f"{micros['sentencex.segment'] / micros['depeche.sentences']:.1f}x"
            if "sentencex.segment" in micros
            else "-"
        )
        print(f"| {label} | " + " | ".join(f"{micros[n]:.1f}" for n in names) + f" | {ratio} |")


def batch_seconds(function: Callable[..., Any], texts: list[str], lang: str, n: int) -> float:
    start = time.perf_counter()
    function(texts, lang=lang, n_threads=n, progress=False)
    return time.perf_counter() - start


def threads_table(corpora: dict[str, Docs], repeat: int) -> None:
    print("\n### Batch on a list (lang='fr'/'en' per corpus), wall ms, 1 vs 2 threads\n")
    print("| corpus | function | 1 thread ms | 2 threads ms | speed-up |")
    print("|---|---|---:|---:|---:|")
    for label, docs in corpora.items():
        lang = docs[0][0]
        texts = [t for _, t in docs]
        for name in ("sentences", "quotes", "clean", "clean_report"):
            function = getattr(depeche, name)
            best = {1: float("inf"), 2: float("inf")}
            # The two take turns, so that a burst of load from elsewhere hits both alike.
            for _ in range(repeat):
                for n in best:
                    best[n] = min(best[n], batch_seconds(function, texts, lang, n))
            print(
                f"| {label} | {name} | {best[1] * 1e3:.1f} | {best[2] * 1e3:.1f} "
                f"| {best[1] / best[2]:.2f}x |"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-threads", action="store_true", help="skip the batch table")
    args = parser.parse_args()
    print(f"depeche {depeche.__version__}, load average {os.getloadavg()[0]:.1f}")
    found = corpora()
    per_call_table(found, args.repeat)
    if not args.no_threads:
        threads_table(found, args.repeat)


if __name__ == "__main__":
    main()
