# ruff: noqa: RUF001
# Typographic quotation marks and apostrophes are what these tests are about.
"""depeche.quotes (issue #4): spans, speakers, kinds, the shared phenomena and our dev set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from quote_metrics import Counts, iou, same_speaker, score, score_document, trim

import depeche

DEV = Path(__file__).parent / "data" / "quotes" / "dev.jsonl"
HOLDOUT = Path(__file__).parent / "data" / "quotes" / "holdout.jsonl"


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def found(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in depeche.quotes(text, lang=lang)]


# --- the shared adversarial phenomena -------------------------------------------------------


def test_every_synthetic_phenomenon_passes(shared):
    cases = load(shared / "data" / "quotes" / "synthetic_phenomena_fr_en.jsonl")
    failures = []
    for case in cases:
        text = case["text"]
        predicted = depeche.quotes(text, lang=case["lang"])
        gold = [trim(text, g["start"], g["end"]) for g in case["quotes"]]
        got = [trim(text, p.start, p.end) for p in predicted]
        speakers_ok = all(
            same_speaker(g["speaker"], p.speaker)
            for g, p in zip(case["quotes"], predicted, strict=False)
        )
        non_quote_hit = any(
            iou((n["start"], n["end"]), (p.start, p.end)) >= 0.5
            for n in case["non_quotes"]
            for p in predicted
        )
        if got != gold or not speakers_ok or non_quote_hit:
            failures.append((case["id"], [(p.text, p.speaker) for p in predicted]))
    assert failures == []


# --- our own annotated development set ------------------------------------------------------


def dev_counts(lang: str, path: Path = DEV) -> Counts:
    docs = [d for d in load(path) if d["lang"] == lang]
    return score((d["text"], d["quotes"], depeche.quotes(d["text"], lang=lang)) for d in docs)


def test_dev_set_is_well_formed():
    docs = load(DEV)
    assert {d["lang"] for d in docs} == {"fr", "en"}
    assert sum(d["lang"] == "fr" for d in docs) >= 6 and sum(d["lang"] == "en" for d in docs) >= 6
    for d in docs:
        assert 150 <= len(d["text"].split()) <= 400
        for q in d["quotes"] + d["non_quotes"]:
            assert 0 <= q["start"] < q["end"] <= len(d["text"])
            if q.get("speaker_start") is not None:
                assert d["text"][q["speaker_start"] : q["speaker_end"]]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_dev_set_scores(lang):
    counts = dev_counts(lang)
    assert counts.span[2] >= 0.97, counts
    assert counts.speaker[2] >= 0.90, counts


def test_holdout_set_is_well_formed():
    docs = load(HOLDOUT)
    assert sum(d["lang"] == "fr" for d in docs) >= 5 and sum(d["lang"] == "en" for d in docs) >= 5
    for d in docs:
        assert 300 <= len(d["text"].split()) <= 700
        assert all(q["speaker"] for q in d["quotes"])


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_holdout_set_meets_the_issue_targets(lang):
    # Written after the dev set was tuned; the issue's held-out targets, per language.
    counts = dev_counts(lang, HOLDOUT)
    assert counts.span[2] >= 0.95, counts
    assert counts.speaker[2] >= 0.90, counts


def test_dev_set_non_quotes_are_not_returned():
    for d in load(DEV) + load(HOLDOUT):
        predicted = depeche.quotes(d["text"], lang=d["lang"])
        for n in d["non_quotes"]:
            assert not any(iou((n["start"], n["end"]), (p.start, p.end)) >= 0.5 for p in predicted)


# --- the metric -----------------------------------------------------------------------------


def test_metric_trims_marks_and_punctuation_and_matches_one_to_one():
    text = "« Oui, bien sûr. » dit-il. « Oui »"
    assert text[slice(*trim(text, 0, 18))] == "Oui, bien sûr"
    gold = [{"start": 2, "end": 16, "speaker": "Jean Dupont"}]
    twice = [
        {"start": 0, "end": 18, "speaker": "Dupont"},
        {"start": 2, "end": 10, "speaker": "Paul Martin"},
    ]
    counts = score_document(text, gold, twice)
    assert (counts.span_matches, counts.speaker_matches, counts.predicted) == (1, 1, 2)
    assert counts.span == (0.5, 1.0, pytest.approx(2 / 3))


def test_metric_speaker_is_a_surname_match():
    assert same_speaker("Jens Stoltenberg", "Stoltenberg")
    assert same_speaker(None, None)
    assert not same_speaker("Jens Stoltenberg", None)
    assert not same_speaker("Olaf Scholz", "Giorgia Meloni")


# --- behaviour ------------------------------------------------------------------------------


def test_pronoun_surname_and_title_resolve_to_the_full_name():
    text = (
        "La directrice de l’hôpital, Anne Roussel, a reçu le préfet Marc Dubreuil.\n"
        "« Nous manquons de lits », a-t-elle déclaré. "
        "« Les renforts arrivent », a répondu M. Dubreuil."
    )
    assert found(text, "fr") == [
        ("Nous manquons de lits", "Anne Roussel"),
        ("Les renforts arrivent", "Marc Dubreuil"),
    ]


def test_interrupted_and_multi_paragraph_quotes_give_pieces_with_one_speaker():
    fr = "« Le projet est prêt, a assuré la maire Lucie Caron, et il sera voté lundi. »"
    assert found(fr, "fr") == [
        ("Le projet est prêt", "Lucie Caron"),
        ("et il sera voté lundi.", "Lucie Caron"),
    ]
    en = "Coach Ann Ward spoke after the game.\n\n“We were slow.\n\n“We will fix it,” she said."
    assert found(en, "en") == [
        ("We were slow.", "Ann Ward"),
        ("We will fix it,", "Ann Ward"),
    ]


def test_unclosed_quote_ends_at_its_paragraph():
    text = "« Rien ne bouge, a regretté Paul Girard.\nLa suite est prévue jeudi."
    assert found(text, "fr") == [("Rien ne bouge", "Paul Girard")]


def test_addressee_is_never_the_speaker_and_organisations_speak():
    fr = "« Le site rouvrira », a déclaré Léa Morin à la journaliste Inès Brun."
    assert found(fr, "fr") == [("Le site rouvrira", "Léa Morin")]
    en = "“The flaw is fixed,” the company said in a statement."
    assert found(en, "en") == [("The flaw is fixed,", "company")]


def test_names_of_works_events_and_products_are_not_returned():
    """Documented decision: marks around a name (not speech) yield no Quote at all."""
    assert depeche.quotes("Les exercices « Rempart-2030 » ont commencé.", lang="fr") == []
    assert depeche.quotes("The app “SafeRoute” was pulled on Friday.", lang="en") == []
    text = "Son film « La Nuit claire » sort mercredi. « La Nuit claire » a coûté 3 millions."
    assert depeche.quotes(text, lang="fr") == []


def test_apostrophes_are_not_marks():
    text = "Il a parlé d'« hystérie » à propos de l’Ukraine, mais n’a pas cité l'OTAN."
    assert [q.text for q in depeche.quotes(text, lang="fr")] == ["hystérie"]
    en = "“I don’t know the Smiths’ house,” she said."
    assert [q.text for q in depeche.quotes(en, lang="en")] == ["I don’t know the Smiths’ house,"]


def test_kind_tells_utterances_from_embedded_fragments():
    text = "« Nous partons », a dit Marc Roy. Il juge la décision « absurde »."
    assert [q.kind for q in depeche.quotes(text, lang="fr")] == ["direct", "partial"]


def test_no_speaker_when_nobody_is_identifiable():
    assert found("« Tout est fini. »", "fr") == [("Tout est fini.", None)]


PIECES = [
    *"«»“”„‹›\"'‘’ \u00a0\n.,:-",
    "a",
    "Il",
    " a dit ",
    "-t-il",
    " M. Roy ",
    " selon ",
    " said ",
]
MARKY = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.characters(blacklist_categories=["Cs"])) | MARKY)
def test_never_raises_and_offsets_are_exact(text):
    for lang in ("fr", "en"):
        for q in depeche.quotes(text, lang=lang):
            assert text[q.start : q.end] == q.text and q.text.strip() == q.text
            assert q.kind in ("direct", "partial")
            if q.speaker_start is not None:
                assert 0 <= q.speaker_start < q.speaker_end <= len(text)
