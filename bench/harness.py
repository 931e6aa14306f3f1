"""Running a tool safely: loading it, calling it per document, and timing it.

A tool that fails to import, raises or hangs on a document is recorded, never crashes the run.
"""

from __future__ import annotations

import signal
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

CALL_TIMEOUT_S = 60.0
"""A call taking longer than this counts as an error (pysbd is known to hang on some inputs)."""
SPEED_BUDGET_S = 30.0
"""A tool still running after this much time in one speed pass is timed on what it finished."""
SPEED_REPEATS = 3


class Unsupported(Exception):
    """The tool cannot run on this input (e.g. no model for the language): reported as n/a."""


Call = Callable[[str, str], Any]
"""A loaded tool: ``call(text, lang)``."""


@dataclass
class Tool:
    """A tool of one task. ``kind`` is "depeche", "peer" or "baseline" (not a peer for speed)."""

    name: str
    kind: str
    load: Callable[[], Call]
    note: str = ""


@dataclass
class Loaded:
    tool: Tool
    call: Call | None
    error: str | None = None


def load(tool: Tool) -> Loaded:
    print(f"[bench] {tool.name}", file=sys.stderr, flush=True)
    try:
        return Loaded(tool, tool.load())
    except Exception as error:  # a peer that cannot be imported or set up is a row with its error
        return Loaded(tool, None, describe(error))


def describe(error: BaseException) -> str:
    message = str(error).strip().splitlines()[0] if str(error).strip() else ""
    return f"{type(error).__name__}: {message}"[:160]


class _Timeout(Exception):
    pass


def _raise_timeout(signum: int, frame: object) -> None:
    raise _Timeout


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raises ``_Timeout`` in this (main) thread after ``seconds``; pure-Python code only."""
    previous = signal.signal(signal.SIGALRM, _raise_timeout)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@dataclass
class Outcome:
    """What a tool returned for each document (``fallback`` where it failed)."""

    outputs: list[Any] = field(default_factory=list)
    errors: int = 0
    unsupported: int = 0
    first_error: str | None = None


def run_documents(call: Call, documents: list[tuple[str, str]], fallback: Any) -> Outcome:
    """Calls the tool once per (lang, text); failures give ``fallback`` and are counted."""
    outcome = Outcome()
    for lang, text in documents:
        try:
            with deadline(CALL_TIMEOUT_S):
                outcome.outputs.append(call(text, lang))
        except Unsupported as error:
            outcome.unsupported += 1
            outcome.first_error = outcome.first_error or str(error)
            outcome.outputs.append(fallback)
        except _Timeout:
            outcome.errors += 1
            outcome.first_error = outcome.first_error or f"timeout after {CALL_TIMEOUT_S:.0f} s"
            outcome.outputs.append(fallback)
        except Exception as error:
            outcome.errors += 1
            outcome.first_error = outcome.first_error or describe(error)
            outcome.outputs.append(fallback)
    return outcome


@dataclass
class Speed:
    mb_per_s: float
    partial_mb: float | None = None  # set when timed on a prefix (the budget ran out)
    errors: int = 0
    runs: int = 0


def time_tool(call: Call, corpus: list[tuple[str, str]], budget_s: float = SPEED_BUDGET_S) -> Speed:
    """Best of 3 passes over ``corpus``, one call per document, MB = 10^6 UTF-8 bytes.

    The rate is over the CPU time of this process (every tool runs in it): on a shared virtual
    machine, wall time also counts the time other guests took. One call on the first document
    comes first, untimed, so set-up cost is not counted.

    Errors are caught and their time counted. A pass that exceeds ``budget_s`` stops there and
    is the only one: the speed is then measured on the prefix it finished.
    """
    sizes = [len(text.encode("utf-8")) for _, text in corpus]
    if corpus:  # warm-up: one-time set-up (lazy tables, models) is not throughput
        try:
            with deadline(CALL_TIMEOUT_S):
                call(corpus[0][1], corpus[0][0])
        except Exception:  # the timed passes count failures
            pass
    best = Speed(0.0)
    for _ in range(SPEED_REPEATS):
        done = 0
        errors = 0
        start = time.perf_counter()
        start_cpu = time.process_time()
        try:
            with deadline(budget_s * 2 + CALL_TIMEOUT_S):
                for (lang, text), size in zip(corpus, sizes, strict=True):
                    try:
                        call(text, lang)
                    except _Timeout:
                        raise
                    except Exception:
                        errors += 1
                    done += size
                    if time.perf_counter() - start > budget_s:
                        break
        except _Timeout:
            pass
        elapsed = time.process_time() - start_cpu
        rate = done / 1e6 / elapsed if elapsed > 0 else 0.0
        partial = done < sum(sizes)
        best.runs += 1
        if rate > best.mb_per_s:
            best = Speed(rate, done / 1e6 if partial else None, errors, best.runs)
        if partial:
            break
    return best
