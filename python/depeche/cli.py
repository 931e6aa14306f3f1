"""The ``depeche`` command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from depeche._demo import run_demo


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="depeche",
        description="Clean, split and quote-mine scraped news text.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("demo", help="run depeche on the sample articles shipped with the package")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``depeche`` console script and of ``python -m depeche``."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "demo":
        return run_demo(sys.stdout)
    parser.print_help()
    return 2
