"""The benchmark harness (bench/) keeps working: its metrics, and a --quick run on tiny slices.

The quick run uses depeche only, in this interpreter; peers are the full run's business.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import harness  # noqa: E402
import metrics  # noqa: E402
import run  # noqa: E402
from metrics import QuoteSpan  # noqa: E402

# ---------------------------------------------------------------- sentence metrics


def test_boundaries_are_offsets_in_the_text_without_whitespace():
    text = "Un deux.  Trois\nquatre. Cinq."
    assert metrics.boundaries(text, ["Un deux.", "Trois\nquatre.", "Cinq."]) == {7, 19}


def test_boundaries_survive_a_tool_that_rewrites_whitespace():
    text = "Un  deux.\n\nTrois quatre."
    assert metrics.boundaries(text, ["Un deux. ", "Trois quatre."]) == {7}


def test_boundary_counts_score_a_missed_and_a_wrong_split():
    text = "A b. C d. E f."
    tp, predicted, gold = metrics.boundary_counts(
        text, ["A b. C d.", "E", "f."], ["A b.", "C d.", "E f."]
    )
    assert (tp, predicted, gold) == (1, 2, 2)


def test_exact_match_ignores_edge_whitespace_and_empty_sentences():
    assert metrics.exact_match(["Un. ", "\n", " Deux."], ["Un.", "Deux."])
    assert not metrics.exact_match(["Un. Deux."], ["Un.", "Deux."])


# ---------------------------------------------------------------- quote metrics


def test_trim_span_drops_marks_spaces_and_edge_punctuation():
    text = "Il a dit : « Non, jamais. » Fin."
    start, end = metrics.trim_span(text, 10, 27)
    assert text[start:end] == "Non, jamais"


def test_matching_is_one_to_one_and_needs_half_the_characters():
    text = "« Nous partirons demain matin », a-t-il dit."
    gold = [QuoteSpan(2, 29, "Paul Durand")]
    twice = [QuoteSpan(0, 31, None), QuoteSpan(2, 29, None)]
    assert metrics.match_quotes(text, twice, gold) == [(0, 0)]
    assert metrics.match_quotes(text, [QuoteSpan(2, 8, None)], gold) == []


def test_a_speaker_is_right_when_it_names_the_gold_person():
    assert metrics.same_speaker("M. Stoltenberg", "Jens Stoltenberg")
    assert metrics.same_speaker("elisabeth borne", "Élisabeth Borne")
    assert not metrics.same_speaker("il", "Jens Stoltenberg")
    assert not metrics.same_speaker(None, "Jens Stoltenberg")
    assert metrics.same_speaker(None, None)
    assert not metrics.same_speaker("Paul Durand", None)


def test_score_quotes_counts_span_and_speaker_separately():
    text = "« Oui », a dit Anne Roy. « Non », a dit Paul Lenoir."
    gold = [QuoteSpan(2, 5, "Anne Roy"), QuoteSpan(27, 30, "Paul Lenoir")]
    predicted = [QuoteSpan(0, 7, "Roy"), QuoteSpan(25, 32, "Anne Roy"), QuoteSpan(40, 45, None)]
    score = metrics.QuoteScore(metrics.PRF(), metrics.PRF())
    metrics.score_quotes(text, predicted, gold, score)
    assert (score.span.tp, score.span.predicted, score.span.gold) == (2, 3, 2)
    assert score.speaker.tp == 1
    assert score.cases_passed == 0


# ---------------------------------------------------------------- clean metrics


def test_bag_of_words_f1_is_a_multiset_overlap_of_lowercased_words():
    assert metrics.bag_of_words_f1("Le chat, le chat.", "le chat") == pytest.approx(2 / 3)
    assert metrics.bag_of_words_f1("", "") == 1.0
    assert metrics.bag_of_words_f1("Partager", "") == 0.0


def test_snippets_found_with_whitespace_collapsed():
    counts = metrics.snippet_counts(
        "Le texte\nvrai. Partager", ["texte vrai", "absent"], ["Partager", "Cookies"]
    )
    assert (counts.tp, counts.predicted, counts.gold) == (1, 2, 2)


# ---------------------------------------------------------------- harness


def test_a_failing_or_unsupported_document_never_stops_the_run():
    def call(text: str, lang: str) -> int:
        if lang == "xx":
            raise harness.Unsupported("no model")
        return 1 // len(text)

    outcome = harness.run_documents(call, [("fr", "a"), ("fr", ""), ("xx", "b")], -1)
    assert outcome.outputs == [1, -1, -1]
    assert (outcome.errors, outcome.unsupported) == (1, 1)


def test_a_peer_that_cannot_be_imported_is_a_row_with_its_error():
    def missing() -> harness.Call:
        import depeche_no_such_peer  # type: ignore[import-not-found]  # noqa: F401

        raise AssertionError

    loaded = harness.load(harness.Tool("ghost", "peer", missing))
    assert loaded.call is None
    assert loaded.error is not None and "ModuleNotFoundError" in loaded.error


def test_speed_pass_stops_at_the_budget_and_says_so():
    speed = harness.time_tool(lambda text, lang: None, [("fr", "abc")] * 5, budget_s=0.0)
    assert speed.partial_mb == pytest.approx(3e-6)
    assert speed.runs == 1


def test_running_one_task_replaces_only_its_section(tmp_path: Path):
    out = tmp_path / "B.md"
    run.write_sections(out, {"sentences": "S1\n", "clean": "C1\n"})
    run.write_sections(out, {"clean": "C2\n"})
    text = out.read_text()
    assert "S1" in text and "C2" in text and "C1" not in text
    assert text.index("S1") < text.index("C2")


# ---------------------------------------------------------------- the command


def test_quick_run_scores_depeche_on_every_task(shared: Path, tmp_path: Path):
    out = tmp_path / "BENCHMARKS.md"
    command = [sys.executable, str(BENCH / "run.py"), "all", "--quick", "--no-venv"]
    command += ["--tools", "depeche", "--data", str(shared / "data"), "--out", str(out)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    for task in ("sentences", "quotes", "clean"):
        section = text.split(f"## {task}", 1)[1].split("<!-- /task -->", 1)[0]
        row = next(line for line in section.splitlines() if line.startswith("| **depeche**"))
        assert "not available" not in row
        assert re.search(r"\d\.\d{3}", row), row
