"""Record files for the command line: JSON Lines, CSV and Parquet, read and written in chunks."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from types import TracebackType
from typing import IO, Any

STDIO = "-"
FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet"}

Record = dict[str, Any]


class UsageError(Exception):
    """The command cannot run as asked (exit code 2)."""


class InputError(Exception):
    """A record of the input is bad (exit code 1); the message names it."""


def format_of(path: str) -> str:
    if path == STDIO:
        return "jsonl"
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise UsageError(
            f"cannot tell the format of {path!r} from its extension; use one of "
            f"{', '.join(FORMATS)} (or '-' for JSON Lines on stdin/stdout)"
        )
    return FORMATS[suffix]


def _arrow() -> tuple[Any, Any]:
    try:
        import pyarrow  # type: ignore[import-untyped]
        import pyarrow.parquet  # type: ignore[import-untyped]
    except ImportError:
        raise UsageError("Parquet needs pyarrow: pip install 'depeche[arrow]'") from None
    return pyarrow, pyarrow.parquet


# ---------------------------------------------------------------------------------------------
# Reading


def read(path: str, chunk_size: int) -> tuple[Iterator[list[tuple[str, Record]]], int | None]:
    """Chunks of ``(where, record)`` and the number of records when the format tells it."""
    kind = format_of(path)
    if path != STDIO and not Path(path).is_file():
        raise UsageError(f"no such input file: {path}")
    if kind == "parquet":
        return _read_parquet(path, chunk_size)
    reader = _read_jsonl(path) if kind == "jsonl" else _read_csv(path)
    return _chunked(reader, chunk_size), None


def _chunked(
    records: Iterator[tuple[str, Record]], size: int
) -> Iterator[list[tuple[str, Record]]]:
    chunk: list[tuple[str, Record]] = []
    for item in records:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _read_jsonl(path: str) -> Iterator[tuple[str, Record]]:
    stream: IO[bytes] = sys.stdin.buffer if path == STDIO else open(path, "rb")  # noqa: SIM115
    try:
        for number, raw in enumerate(stream, 1):
            where = f"line {number}"
            if not raw.strip():
                continue
            try:
                record = json.loads(raw)
            except UnicodeDecodeError as error:
                raise InputError(f"{where}: not UTF-8 ({error.reason})") from None
            except json.JSONDecodeError as error:
                raise InputError(
                    f"{where}: invalid JSON: {error.msg} (column {error.colno})"
                ) from None
            if not isinstance(record, dict):
                raise InputError(f"{where}: expected a JSON object, got {type(record).__name__}")
            yield where, record
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()


def _read_csv(path: str) -> Iterator[tuple[str, Record]]:
    # Article texts are long: lift the csv module's default 128 KiB field limit.
    csv.field_size_limit(2**31 - 1)
    with open(path, encoding="utf-8", newline="") as stream:
        reader = csv.DictReader(stream)
        number = 0
        try:
            for number, row in enumerate(reader, 1):
                if None in row:
                    raise InputError(f"row {number}: more fields than the header has")
                yield f"row {number}", row
        except UnicodeDecodeError as error:
            raise InputError(f"row {number + 1}: not UTF-8 ({error.reason})") from None
        except csv.Error as error:
            raise InputError(f"row {number + 1}: {error}") from None


def _read_parquet(
    path: str, chunk_size: int
) -> tuple[Iterator[list[tuple[str, Record]]], int | None]:
    _, parquet = _arrow()
    try:
        file = parquet.ParquetFile(path)
    except Exception as error:  # pyarrow raises several types for a file that is not Parquet
        raise InputError(f"{path}: not a Parquet file ({error})") from None

    def chunks() -> Iterator[list[tuple[str, Record]]]:
        number = 0
        for batch in file.iter_batches(batch_size=chunk_size):
            rows = batch.to_pylist()
            yield [(f"row {number + i}", row) for i, row in enumerate(rows, 1)]
            number += len(rows)

    return chunks(), file.metadata.num_rows


def texts_of(chunk: list[tuple[str, Record]], column: str) -> list[str | None]:
    """The text of every record; a record without it, or with a non-text, is an InputError."""
    texts: list[str | None] = []
    for where, record in chunk:
        if column not in record:
            fields = ", ".join(map(repr, record)) or "none"
            raise InputError(f"{where}: no field {column!r} (fields: {fields}); see --text-column")
        text = record[column]
        if text is not None and not isinstance(text, str):
            raise InputError(f"{where}: field {column!r} is {type(text).__name__}, not text")
        texts.append(text)
    return texts


# ---------------------------------------------------------------------------------------------
# Writing


class Writer(AbstractContextManager["Writer"]):
    """Writes chunks of records to a path (``-``: JSON Lines on stdout)."""

    def __init__(
        self, path: str, types: dict[str, str] | None = None, fields: list[str] | None = None
    ) -> None:
        self.path = path
        self.fields = fields  # the columns, when known before the first record
        self.kind = format_of(path)
        # Parquet: the type of the columns the command makes (others: from the first chunk).
        self.types = types or {}
        self.schema: Any = None
        self._stream: IO[str] | None = None
        self._csv: csv.DictWriter[str] | None = None
        self._parquet: Any = None

    def __enter__(self) -> Writer:
        if self.kind == "parquet":
            _arrow()
        elif self.path == STDIO:
            self._stream = sys.stdout
        else:
            try:
                self._stream = open(self.path, "w", encoding="utf-8", newline="")
            except OSError as error:
                raise UsageError(f"cannot write {self.path}: {error.strerror}") from None
        return self

    def write(self, records: list[Record]) -> None:
        if not records:
            return
        if self.kind == "parquet":
            self._write_parquet(records)
        elif self.kind == "csv":
            self._csv_writer(list(records[0])).writerows(records)
        else:
            assert self._stream is not None
            self._stream.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)

    def _csv_writer(self, fields: list[str]) -> csv.DictWriter[str]:
        if self._csv is None:
            assert self._stream is not None
            self._csv = csv.DictWriter(self._stream, fieldnames=self.fields or fields)
            self._csv.writeheader()
        return self._csv

    def _write_parquet(self, records: list[Record]) -> None:
        arrow, parquet = _arrow()
        if self._parquet is None:
            self.schema = self._schema(arrow, records)
            try:
                self._parquet = parquet.ParquetWriter(self.path, self.schema)
            except OSError as error:
                raise UsageError(f"cannot write {self.path}: {error}") from None
        try:
            table = arrow.Table.from_pylist(records, schema=self.schema)
        except (arrow.ArrowInvalid, arrow.ArrowTypeError) as error:
            raise InputError(
                f"records do not fit the Parquet schema {self.schema}: {error}"
            ) from None
        self._parquet.write_table(table)

    def _schema(self, arrow: Any, records: list[Record]) -> Any:
        inferred = arrow.Table.from_pylist(records).schema
        fields = []
        for field in inferred:
            if field.name in self.types:
                field = field.with_type(arrow.type_for_alias(self.types[field.name]))
            elif arrow.types.is_null(field.type):
                field = field.with_type(arrow.string())  # all missing so far: texts, most likely
            fields.append(field)
        return arrow.schema(fields)

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._parquet is not None:
            self._parquet.close()
        if self.kind == "parquet" and self._parquet is None and error is None:
            # No record at all: still write a valid, empty file.
            arrow, parquet = _arrow()
            schema = arrow.schema(
                [(name, arrow.type_for_alias(kind)) for name, kind in self.types.items()]
            )
            parquet.write_table(schema.empty_table(), self.path)
        if self.kind == "csv" and self._csv is None and self.fields and error is None:
            self._csv_writer(self.fields)  # no record: the header still says what would be
        if self._stream is not None and self._stream is not sys.stdout:
            self._stream.close()
        elif self._stream is sys.stdout:
            self._stream.flush()
        if error is not None and self.path != STDIO:
            # A half-written file would pass for a result.
            Path(self.path).unlink(missing_ok=True)
