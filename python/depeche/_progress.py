"""Progress bars: tqdm (the ``progress`` extra), imported only when a bar is shown."""

from __future__ import annotations

import importlib
import importlib.util
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Protocol

from depeche.exceptions import InvalidOptionError

# In automatic mode a bar appears only once work has run this long, so quick calls stay quiet.
AUTO_DELAY_SECONDS = 1.0


class Bar(Protocol):
    def update(self, n: int = 1) -> Any: ...


class _NoBar:
    def update(self, n: int = 1) -> None:
        pass


def in_notebook() -> bool:
    return "ipykernel" in sys.modules


def interactive() -> bool:
    """Whether someone is watching: stderr is a terminal, or this is a Jupyter kernel."""
    stderr = sys.stderr
    return in_notebook() or (stderr is not None and stderr.isatty())


def check(progress: object) -> None:
    """Raises now, not halfway through the work, for a bad ``progress=`` or a missing tqdm."""
    if progress is not None and not isinstance(progress, bool):
        raise InvalidOptionError(f"progress must be True, False or None, got {progress!r}")
    if progress and importlib.util.find_spec("tqdm") is None:
        raise ModuleNotFoundError(
            "progress=True needs tqdm: pip install 'depeche[progress]'", name="tqdm"
        )


@contextmanager
def bar(
    progress: bool | None, *, total: int | None, desc: str, unit: str = "text"
) -> Iterator[Bar]:
    """A tqdm bar on stderr when ``progress`` is True, or None and someone is watching.

    In automatic mode a missing tqdm means no bar, and quick work shows none.
    """
    if progress is False or (progress is None and not interactive()):
        yield _NoBar()
        return
    try:
        module = importlib.import_module("tqdm.auto" if in_notebook() else "tqdm")
    except ImportError:
        if progress:
            raise
        yield _NoBar()
        return
    delay = 0.0 if progress else AUTO_DELAY_SECONDS
    with module.tqdm(
        total=total, desc=desc, unit=unit, delay=delay, file=sys.stderr, dynamic_ncols=True
    ) as tqdm_bar:
        yield tqdm_bar
