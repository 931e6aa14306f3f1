"""The ``depeche`` command line.

``depeche clean|sentences|quotes INPUT -o OUTPUT`` reads records (JSON Lines, CSV or Parquet,
by extension; ``-`` is JSON Lines on stdin/stdout), processes their ``--text-column`` in
chunks on all cores, and writes:

- ``clean``: every input record, its text replaced by the cleaned text;
- ``sentences``/``quotes``: a record per sentence or quote: ``record`` (the input record's
  position, from 0), ``sentence``/``quote`` (its rank within the text), the fields of
  :class:`depeche.Sentence`/:class:`depeche.Quote`, and any ``--keep`` columns.

Exit codes: 0 done, 1 bad input data (the message names the record), 2 usage or environment.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import Any

from depeche import _api, _progress
from depeche._demo import run_demo
from depeche._io import InputError, Record, UsageError, Writer, read, texts_of
from depeche._records import Quote, Sentence
from depeche.exceptions import DepecheError

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2
CHUNK_RECORDS = 1000

# Parquet types of the columns the commands make (nullable ones would be inferred as null).
RECORD_TYPES = {"record": "int64", "start": "int64", "end": "int64", "text": "string"}
OUTPUT_TYPES: dict[str, dict[str, str]] = {
    "clean": {},
    "sentences": {**RECORD_TYPES, "sentence": "int64"},
    "quotes": {
        **RECORD_TYPES,
        "quote": "int64",
        "speaker": "string",
        "speaker_start": "int64",
        "speaker_end": "int64",
        "cue": "string",
        "kind": "string",
    },
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="depeche",
        description="Clean, split and quote-mine scraped news text.",
        epilog="Exit codes: 0 done, 1 bad input data, 2 usage error.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("demo", help="run depeche on the sample articles shipped with the package")
    helps = {
        "clean": "remove web residue: the records, their text cleaned",
        "sentences": "split into sentences: one record per sentence",
        "quotes": "find quotations: one record per quote",
    }
    for name, help_text in helps.items():
        command = commands.add_parser(name, help=help_text, description=help_text)
        command.add_argument("input", metavar="INPUT", help="a .jsonl, .csv or .parquet file, or -")
        command.add_argument(
            "-o", "--output", required=True, metavar="OUTPUT", help="likewise; - is stdout"
        )
        command.add_argument(
            "--text-column", default="text", metavar="NAME", help="default: %(default)s"
        )
        command.add_argument(
            "--lang", default=None, help="ISO 639-1 code (default: detected per text)"
        )
        command.add_argument(
            "--n-threads", type=int, default=None, metavar="N", help="default: all cores"
        )
        command.add_argument(
            "--progress",
            action=argparse.BooleanOptionalAction,
            default=None,
            help="progress bar on stderr (default: when stderr is a terminal)",
        )
        if name != "clean":
            command.add_argument(
                "--keep",
                action="append",
                default=[],
                metavar="NAME",
                help="copy this input column into every output record (repeatable)",
            )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``depeche`` console script and of ``python -m depeche``."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "demo":
        return run_demo(sys.stdout)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        _process(args)
    except UsageError as error:
        print(f"depeche {args.command}: {error}", file=sys.stderr)
        return EXIT_USAGE
    except InputError as error:
        print(f"depeche {args.command}: {args.input}: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        # The reader of stdout went away (`| head`): not an error of ours.
        sys.stderr.close()
    return EXIT_OK


Transform = Callable[[list[tuple[str, Record]], list[str | None]], list[Record]]


def _process(args: argparse.Namespace) -> None:
    transform = _transform(args)
    chunks, total = read(args.input, CHUNK_RECORDS)
    try:
        _progress.check(args.progress)
    except ModuleNotFoundError as error:
        raise UsageError(str(error)) from None
    fields = None
    if args.command != "clean":
        record = Sentence if args.command == "sentences" else Quote
        fields = ["record", args.command.removesuffix("s"), *record._fields, *args.keep]
    with (
        Writer(args.output, OUTPUT_TYPES[args.command], fields) as writer,
        _progress.bar(
            args.progress, total=total, desc=f"depeche {args.command}", unit="rec"
        ) as bar,
    ):
        for chunk in chunks:
            writer.write(transform(chunk, texts_of(chunk, args.text_column)))
            bar.update(len(chunk))


def _transform(args: argparse.Namespace) -> Transform:
    """The command as a function of a chunk; options are checked now, before any reading."""
    options: dict[str, Any] = {"lang": args.lang, "n_threads": args.n_threads, "progress": False}
    function = getattr(_api, args.command)
    try:
        function([], **options)
    except DepecheError as error:
        raise UsageError(str(error)) from None
    column = args.text_column
    first = [0]  # position of the chunk's first record in the input

    if args.command == "clean":

        def clean(chunk: list[tuple[str, Record]], texts: list[str | None]) -> list[Record]:
            cleaned = _api.clean(texts, **options)
            pairs = zip(chunk, cleaned, strict=True)
            return [{**record, column: text} for (_, record), text in pairs]

        return clean

    keep: list[str] = args.keep
    rank = "sentence" if args.command == "sentences" else "quote"
    fields = (Sentence if args.command == "sentences" else Quote)._fields

    def records(chunk: list[tuple[str, Record]], texts: list[str | None]) -> list[Record]:
        rows: list[Record] = []
        for position, ((where, record), found) in enumerate(
            zip(chunk, function(texts, **options), strict=True), first[0]
        ):
            kept = {}
            for name in keep:
                if name not in record:
                    raise InputError(f"{where}: no field {name!r} to --keep")
                kept[name] = record[name]
            for number, item in enumerate(found or []):
                values = dict(zip(fields, item, strict=True))
                rows.append({"record": position, rank: number, **values, **kept})
        first[0] += len(chunk)
        return rows

    return records
