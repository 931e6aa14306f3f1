"""One command for every number: depeche against its peers, accuracy and speed, in one run.

    python bench/run.py all|sentences|quotes|clean [--quick] [--data PATH]

Without ``--no-venv`` it first makes sure ``bench/.venv-peers`` exists with the pinned peers
(bench/requirements-peers.txt) and a release build of this checkout's depeche, then re-executes
itself there, so depeche and every peer run in one process. It writes BENCHMARKS.md (one section
per task; running one task replaces only that section). See bench/README.md.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import os
import platform
import re
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
VENV = BENCH / ".venv-peers"
REQUIREMENTS = BENCH / "requirements-peers.txt"
STAMP = VENV / "bench-installed.txt"
DEPECHE_SOURCES = ("Cargo.toml", "Cargo.lock", "pyproject.toml", "src", "python")
SPEED_BYTES = 2_000_000
QUICK_SPEED_BYTES = 30_000
SPEED_CORPUS_SOURCES = {
    "news": "the French seed articles repeated",
    "short docs": "the UD test texts",
}
QUICK_LIMIT = 3
QUICK_BUDGET_S = 2.0
TASKS = ("sentences", "quotes", "clean")


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------- the peers venv


def _venv_python() -> Path:
    return VENV / "bin" / "python"


def _digest(paths: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _depeche_digest() -> str:
    files: list[Path] = []
    for name in DEPECHE_SOURCES:
        path = ROOT / name
        if path.is_file():
            files.append(path)
        elif path.is_dir():
            files += [p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    return _digest([f for f in files if f.suffix not in {".so", ".pyd", ".pyc"}])


def _installed() -> dict[str, str]:
    if not STAMP.is_file():
        return {}
    pairs = (line.split("=", 1) for line in STAMP.read_text().splitlines() if "=" in line)
    return dict(pairs)


def ensure_venv() -> None:
    """Creates the peers venv and (re)installs what changed since the last run."""
    if not _venv_python().exists():
        log(f"creating {VENV.relative_to(ROOT)}")
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    pip = [str(_venv_python()), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    done = _installed()
    wanted = {"peers": _digest([REQUIREMENTS]), "depeche": _depeche_digest()}
    if done.get("peers") != wanted["peers"]:
        log("installing the peers (bench/requirements-peers.txt)")
        subprocess.run([*pip, "-r", str(REQUIREMENTS)], check=True)
        done["peers"] = wanted["peers"]
        STAMP.write_text("".join(f"{k}={v}\n" for k, v in done.items()))
    if done.get("depeche") != wanted["depeche"]:
        log("installing depeche from this checkout (release build)")
        subprocess.run([*pip, "--force-reinstall", "--no-deps", str(ROOT)], check=True)
        done["depeche"] = wanted["depeche"]
        STAMP.write_text("".join(f"{k}={v}\n" for k, v in done.items()))


def in_venv() -> bool:
    return Path(sys.prefix).resolve() == VENV.resolve()


# ---------------------------------------------------------------- the run


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        found = re.search(r"^model name\s*:\s*(.+)$", cpuinfo.read_text(), re.MULTILINE)
        cpu = found.group(1) if found else cpu
    try:
        import depeche

        version = depeche.__version__
    except ImportError:
        version = "not installed"
    commit = subprocess.run(
        ["git", "-C", str(ROOT), "describe", "--always", "--dirty"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    date = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return (
        f"{date}; {cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}; depeche {version} (commit {commit or '?'})"
    )


def select(tools: list, names: str | None) -> list:  # type: ignore[type-arg]
    if not names:
        return tools
    wanted = [n.strip().casefold() for n in names.split(",") if n.strip()]
    return [t for t in tools if any(t.name.casefold().startswith(w) for w in wanted)]


def run_task(task: str, args: argparse.Namespace) -> str:
    import clean_task
    import evalsets
    import harness
    import quotes_task
    import report
    import sentences_task

    module = {"sentences": sentences_task, "quotes": quotes_task, "clean": clean_task}[task]
    limit = QUICK_LIMIT if args.quick else None
    started = time.perf_counter()
    log(f"{task}: accuracy")
    table = module.evaluate(args.data, select(module.TOOLS, args.tools), limit)
    corpora = evalsets.speed_corpora(
        args.data, QUICK_SPEED_BYTES if args.quick else SPEED_BYTES, with_ud=not args.quick
    )
    table.speed_corpora = list(corpora)
    budget = QUICK_BUDGET_S if args.quick else harness.SPEED_BUDGET_S
    for loaded in table.loaded:
        row = next(r for r in table.rows if r.tool is loaded.tool)
        if loaded.call is None:
            continue
        for name, corpus in corpora.items():
            log(f"{task}: timing {loaded.tool.name} on {name}")
            row.speeds[name] = harness.time_tool(loaded.call, corpus, budget)
    elapsed = time.perf_counter() - started
    log(f"{task}: done in {elapsed:.0f} s")
    described = "; ".join(
        f"{name} = {SPEED_CORPUS_SOURCES[name]}, {len(corpus)} documents, "
        f"{evalsets.corpus_bytes(corpus) / 1e6:.2f} MB"
        for name, corpus in corpora.items()
    )
    intro = (
        f"{machine()}. Speed corpora: {described}; one call per document, one thread, "
        f"best of 3 (CPU time of the process), MB = 10^6 UTF-8 bytes. "
        f"This section took {elapsed:.0f} s."
    )
    if args.quick:
        intro = f"QUICK SMOKE RUN ({QUICK_LIMIT} items per set): not a measurement. " + intro
    rendered = report.render_table(table)
    heading, rest = rendered.split("\n", 1)
    return f"{heading}\n\n{intro}\n{rest}"


HEADER = """# Benchmarks

Generated by `python bench/run.py all` (see bench/README.md for the datasets, their licenses
and the metric definitions). Do not edit by hand: rerun the command.
"""


def write_sections(out: Path, sections: dict[str, str]) -> None:
    """Replaces the named task sections of ``out``, keeping the others."""
    existing = out.read_text(encoding="utf-8") if out.is_file() else ""
    kept = {
        m.group(1): m.group(2)
        for m in re.finditer(r"<!-- task:(\w+) -->\n(.*?)<!-- /task -->\n", existing, re.DOTALL)
    }
    kept.update(sections)
    # This command's tasks first, in order; then sections other scripts wrote (bench/batch.py).
    order = [*(t for t in TASKS if t in kept), *(t for t in kept if t not in TASKS)]
    body = "".join(f"<!-- task:{task} -->\n{kept[task]}<!-- /task -->\n\n" for task in order)
    out.write_text(HEADER + "\n" + body.rstrip("\n") + "\n", encoding="utf-8")


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("task", choices=[*TASKS, "all"])
    parser.add_argument("--quick", action="store_true", help="tiny slices: a smoke test")
    parser.add_argument(
        "--data",
        type=Path,
        default=None,
        help="evaluation data folder (default: ../shared/data beside the checkout)",
    )
    parser.add_argument("--out", type=Path, default=None, help="default: BENCHMARKS.md")
    parser.add_argument("--tools", help="comma-separated tool name prefixes (default: all)")
    parser.add_argument(
        "--no-venv",
        action="store_true",
        help="run in this interpreter; peers it lacks are reported as not available",
    )
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    args = parse(argv)
    if not args.no_venv and not in_venv():
        ensure_venv()
        python = str(_venv_python())
        os.execv(python, [python, str(Path(__file__).resolve()), *argv])
    sys.path.insert(0, str(BENCH))
    import evalsets

    args.data = (args.data or evalsets.DEFAULT_DATA).resolve()
    if not (args.data / "sbd").is_dir():
        print(f"evaluation data not found at {args.data}", file=sys.stderr)
        return 2
    default_out = BENCH / ".cache" / "BENCHMARKS.quick.md" if args.quick else ROOT / "BENCHMARKS.md"
    out = args.out or default_out
    out.parent.mkdir(parents=True, exist_ok=True)
    tasks = TASKS if args.task == "all" else (args.task,)
    sections = {}
    for task in tasks:
        sections[task] = run_task(task, args)
        write_sections(out, sections)
    log(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
