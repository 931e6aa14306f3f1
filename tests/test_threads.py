"""Threads and panics: concurrent calls give the serial results; a panic is an exception."""

from __future__ import annotations

import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

import depeche
from depeche import _depeche

THREADS = 8
TEXTS = [
    "« Nous ne céderons pas sur ce point », a déclaré Jeanne Martin mardi. Elle part.",
    'The mayor said: "We will vote on Monday." Mr. Baker disagreed. "No," he said.',
    "Partager\nLe  texte\u00a0reste.\nCafe\u0301 noir 😀.\r\nLire aussi :\n",
    "Il a dit « non\ud800 ». M. Dupont, J.-C. Martin et Dr House sont là.",
    "",
    "x" * 5_000 + ". " + "« " * 2_000 + "Fin.",
]
CALLS = {
    "sentences": lambda text: depeche.sentences(text),
    "quotes": lambda text: depeche.quotes(text),
    "clean": lambda text: depeche.clean(text),
    "clean_report": lambda text: depeche.clean_report(text),
    "detect_language": lambda text: depeche.detect_language(text),
    "sentences_en": lambda text: depeche.sentences(text, lang="en"),
}
WORK = [(name, text) for name in CALLS for text in TEXTS] * 20


def run(item: tuple[str, str]) -> object:
    name, text = item
    return CALLS[name](text)


def test_eight_threads_at_once_give_the_serial_results():
    expected = [run(item) for item in WORK]
    start = threading.Barrier(THREADS)

    def worker(offset: int) -> list[object]:
        start.wait()  # every thread enters the native code together
        return [run(item) for item in WORK[offset::THREADS]]

    with ThreadPoolExecutor(THREADS) as pool:
        chunks = list(pool.map(worker, range(THREADS)))
    for offset, chunk in enumerate(chunks):
        assert chunk == expected[offset::THREADS]


def test_a_panic_is_an_internal_error_and_the_next_call_works():
    with pytest.raises(depeche.InternalError, match="deliberate panic") as info:
        _depeche._panic_for_tests()
    assert isinstance(info.value, RuntimeError)
    assert isinstance(info.value, depeche.DepecheError)
    assert depeche.clean("Il  pleut.") == "Il pleut."


def test_panics_in_eight_threads_at_once_are_each_an_internal_error():
    start = threading.Barrier(THREADS)

    def worker(_: int) -> tuple[str, str]:
        start.wait()
        try:
            _depeche._panic_for_tests()
        except depeche.InternalError as error:
            caught = type(error).__name__
        else:
            caught = "nothing"
        return caught, depeche.clean("Il  pleut.")

    with ThreadPoolExecutor(THREADS) as pool:
        results = list(pool.map(worker, range(THREADS)))
    assert results == [("InternalError", "Il pleut.")] * THREADS


def test_a_panic_never_aborts_the_interpreter():
    # In a child process, so that an abort would show as a signal rather than end the tests.
    script = (
        "import depeche\n"
        "from depeche import _depeche\n"
        "for _ in range(100):\n"
        "    try:\n"
        "        _depeche._panic_for_tests()\n"
        "    except depeche.InternalError:\n"
        "        pass\n"
        "print('alive', depeche.clean('a  b'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "alive a b"
