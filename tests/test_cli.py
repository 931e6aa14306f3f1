"""The command line (issue #6): formats, streaming, errors naming the record, exit codes."""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys

import pytest

import depeche
from depeche import cli

ARTICLES = [
    {
        "id": "a",
        "text": "« Nous voterons contre », a déclaré Jeanne Martin.  Le conseil se réunit lundi.",
    },
    {"id": "b", "text": None},
    {"id": "c", "text": "The mayor said the bridge would reopen. “It is safe,” said Tom Baker."},
    {"id": "d", "text": "Il  pleut   sur la ville. Les écoles ferment."},
]
TEXTS = [a["text"] for a in ARTICLES]


def write_jsonl(path, records):
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    return path


def read_jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def expected_rows(function, rank):
    rows = []
    for position, text in enumerate(TEXTS):
        for number, record in enumerate(function(text) if text is not None else []):
            rows.append({"record": position, rank: number, **record._asdict()})
    return rows


def test_clean_jsonl_keeps_every_record_and_field(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", ARTICLES)
    assert cli.main(["clean", str(source), "-o", str(tmp_path / "out.jsonl"), "--no-progress"]) == 0
    out = read_jsonl(tmp_path / "out.jsonl")
    assert [r["id"] for r in out] == ["a", "b", "c", "d"]
    assert [r["text"] for r in out] == [None if t is None else depeche.clean(t) for t in TEXTS]


@pytest.mark.parametrize(
    ("command", "function"), [("sentences", depeche.sentences), ("quotes", depeche.quotes)]
)
def test_sentences_and_quotes_give_one_record_each(tmp_path, command, function):
    source = write_jsonl(tmp_path / "in.jsonl", ARTICLES)
    out = tmp_path / "out.jsonl"
    assert cli.main([command, str(source), "-o", str(out), "--keep", "id", "--n-threads", "2"]) == 0
    rank = command.removesuffix("s")
    rows = read_jsonl(out)
    assert [{k: v for k, v in r.items() if k != "id"} for r in rows] == expected_rows(
        function, rank
    )
    assert all(r["id"] == ARTICLES[r["record"]]["id"] for r in rows)


def test_csv_in_and_out_with_another_text_column(tmp_path):
    source = tmp_path / "in.csv"
    with source.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["id", "body"])
        writer.writerow(
            ["a", "Un  texte. Long " + "mot " * 40_000 + "fin."]
        )  # beyond csv's default field limit
        writer.writerow(["b", "M. Dupont est arrivé. Il a parlé."])
    out = tmp_path / "out.csv"
    assert (
        cli.main(
            ["sentences", str(source), "-o", str(out), "--text-column", "body", "--lang", "fr"]
        )
        == 0
    )
    with out.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert list(rows[0]) == ["record", "sentence", "text", "start", "end"]
    assert [(r["record"], r["text"]) for r in rows][-2:] == [
        ("1", "M. Dupont est arrivé."),
        ("1", "Il a parlé."),
    ]


def test_parquet_in_and_out(tmp_path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    source = tmp_path / "in.parquet"
    pq.write_table(pa.Table.from_pylist(ARTICLES), source)
    out = tmp_path / "out.parquet"
    assert cli.main(["quotes", str(source), "-o", str(out)]) == 0
    table = pq.read_table(out)
    assert table.column_names == ["record", "quote", *depeche.Quote._fields]
    assert table.schema.field("speaker_start").type == pa.int64()
    assert table.to_pylist() == expected_rows(depeche.quotes, "quote")
    cleaned = tmp_path / "clean.parquet"
    assert cli.main(["clean", str(source), "-o", str(cleaned)]) == 0
    assert pq.read_table(cleaned).column("text").to_pylist() == [
        None if t is None else depeche.clean(t) for t in TEXTS
    ]


def test_an_input_without_records_gives_a_valid_empty_output(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", [{"text": None}])
    assert cli.main(["sentences", str(source), "-o", str(tmp_path / "out.csv")]) == 0
    assert (tmp_path / "out.csv").read_text().strip() == "record,sentence,text,start,end"


def run(*args, stdin=""):
    return subprocess.run(
        [sys.executable, "-m", "depeche", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
    )


def test_stdin_to_stdout_is_jsonl():
    stdin = "".join(json.dumps(a) + "\n" for a in ARTICLES)
    result = run("quotes", "-", "-o", "-", stdin=stdin)
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows == expected_rows(depeche.quotes, "quote")


@pytest.mark.parametrize(
    ("stdin", "message"),
    [
        ('{"text": "Un."}\n{"text": 3}\n', r"line 2: field 'text' is int"),
        ('{"text": "Un."}\n\n{"text": "Deux."\n', r"line 3: invalid JSON"),
        ('{"text": "Un."}\n["text"]\n', r"line 2: expected a JSON object, got list"),
        ('{"text": "Un."}\n{"body": "Deux."}\n', r"line 2: no field 'text' \(fields: 'body'\)"),
    ],
)
def test_bad_input_exits_1_naming_the_record(stdin, message):
    result = run("clean", "-", "-o", "-", stdin=stdin)
    assert result.returncode == 1
    assert re.search(message, result.stderr), result.stderr


def test_bad_csv_row_names_its_row(tmp_path):
    source = tmp_path / "in.csv"
    source.write_text("text\nUn.\nDeux.,extra\n", encoding="utf-8")
    assert cli.main(["clean", str(source), "-o", str(tmp_path / "out.jsonl")]) == 1
    assert not (tmp_path / "out.jsonl").exists()  # no half-written output


@pytest.mark.parametrize(
    "args",
    [
        ["clean", "in.jsonl", "-o", "out.txt"],
        ["clean", "missing.jsonl", "-o", "out.jsonl"],
        ["clean", "in.jsonl", "-o", "out.jsonl", "--lang", "xx"],
        ["clean", "in.jsonl"],
        ["frobnicate"],
        [],
    ],
)
def test_usage_errors_exit_2(tmp_path, monkeypatch, args):
    monkeypatch.chdir(tmp_path)
    write_jsonl(tmp_path / "in.jsonl", ARTICLES)
    try:
        code = cli.main(args)
    except SystemExit as exit_:  # argparse's own usage errors
        code = exit_.code
    assert code == 2


def test_progress_goes_to_stderr(tmp_path, capsys):
    pytest.importorskip("tqdm")
    source = write_jsonl(tmp_path / "in.jsonl", ARTICLES)
    assert cli.main(["clean", str(source), "-o", str(tmp_path / "o.jsonl"), "--progress"]) == 0
    assert "4rec" in capsys.readouterr().err.replace(" ", "")
