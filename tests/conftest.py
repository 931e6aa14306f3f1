"""Shared fixtures: where the evaluation data lives, and skipping cleanly without it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def shared_dir() -> Path:
    """``$DEPECHE_SHARED_DIR`` or ``../shared`` beside the checkout (absent on a user's clone)."""
    return Path(os.environ.get("DEPECHE_SHARED_DIR", ROOT.parent / "shared"))


@pytest.fixture
def shared() -> Path:
    """The shared evaluation data folder; the test is skipped when it is absent."""
    folder = shared_dir()
    if not (folder / "data").is_dir():
        pytest.skip(f"evaluation data not found at {folder}")
    return folder
