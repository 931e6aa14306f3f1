"""depeche.sentences: the splitting policy of issue 3, and its targets on the shared gold sets."""

# ruff: noqa: RUF001 (typographic apostrophes are what French news text contains)

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import depeche


def texts(text: str, lang: str | None = None) -> list[str]:
    return [s.text for s in depeche.sentences(text, lang=lang)]


# API: spans, records, languages.


def test_records_carry_code_point_spans_into_the_input():
    text = "« Ça commence. » 😀 M. Éric Durand arrive.\n\nLe titre\nFin !"
    found = depeche.sentences(text, lang="fr")
    assert [s.text for s in found] == [
        "« Ça commence. »",
        "😀 M. Éric Durand arrive.",
        "Le titre",
        "Fin !",
    ]
    for s in found:
        assert text[s.start : s.end] == s.text


@given(st.text(alphabet=st.sampled_from(list("ab É.!?…«»\"'’()\n\u00a0\u202f•@:-1")), max_size=60))
def test_sentences_are_ordered_trimmed_and_cover_every_visible_char(text):
    found = depeche.sentences(text, lang="fr")
    covered = 0
    for s in found:
        assert s.text and s.text == s.text.strip()
        assert text[covered : s.start].strip() == ""
        assert text[s.start : s.end] == s.text
        covered = s.end
    assert text[covered:].strip() == ""


def test_language_is_detected_when_not_given():
    assert texts("Le maire, M. Dupont, est arrivé. Il a parlé de la ville et des écoles.") == [
        "Le maire, M. Dupont, est arrivé.",
        "Il a parlé de la ville et des écoles.",
    ]
    assert texts("The mayor, Mr. Jones, arrived. He spoke about the schools and the city.") == [
        "The mayor, Mr. Jones, arrived.",
        "He spoke about the schools and the city.",
    ]


# The policy, in French and English, with a few cases per other language.

SPLITS = [
    # Multi-sentence quotations are split inside; the closing mark goes with its sentence.
    (
        "fr",
        "« Nous tiendrons. Personne ne recule », a-t-il lancé.",
        ["« Nous tiendrons.", "Personne ne recule », a-t-il lancé."],
    ),
    (
        "fr",
        "Elle a conclu : « C’est terminé. » Le public a applaudi.",
        ["Elle a conclu : « C’est terminé. »", "Le public a applaudi."],
    ),
    (
        "fr",
        "Elle a conclu : « C’est terminé.\u202f» Le public a applaudi.",
        ["Elle a conclu : « C’est terminé.\u202f»", "Le public a applaudi."],
    ),
    (
        "en",
        '"The plant will close. Nobody is safe," the union said.',
        ['"The plant will close.', 'Nobody is safe," the union said.'],
    ),
    # A question or exclamation before the attribution does not end the sentence.
    ("fr", "« Pourquoi attendre ? », s’est-elle interrogée.", None),
    ("fr", "« Jamais ! » a répété le délégué.", None),
    ("en", '"Why wait?" she asked.', None),
    ("en", '"Never!," the delegate said.', None),
    # A paragraph break ends a sentence; headlines and list items stand alone.
    (
        "fr",
        "Inondations dans le Sud\n\nLes pompiers sont intervenus.",
        ["Inondations dans le Sud", "Les pompiers sont intervenus."],
    ),
    (
        "en",
        "Key points:\n- rents are rising\n- wages are flat",
        ["Key points:", "- rents are rising", "- wages are flat"],
    ),
    # Titles, abbreviations and initials.
    ("fr", "M. Petit, Mme Roux et MM. Blanc et Noir ont reçu le Dr Haddad.", None),
    ("fr", "Le Pr Lemoine et Me Garnier ont cité l’art. 12, p. 4, du 2 janv. 2020.", None),
    ("fr", "La ville fut fondée vers 600 av. J.-C. par des Grecs, c.-à-d. des Phocéens.", None),
    ("fr", "Le roman de J. K. Rowling est traduit par P.-A. Martin.", None),
    ("en", "Mr. Smith Jr. of Acme Inc. met No. 10 staff at St. Paul's at 9 a.m. Monday.", None),
    ("en", "The U.S. Treasury and Dr. Brown agreed.", None),
    (
        "fr",
        "Ils ont tout repeint : les murs, les portes, etc. Le lendemain, ils sont partis.",
        ["Ils ont tout repeint : les murs, les portes, etc.", "Le lendemain, ils sont partis."],
    ),
    ("fr", "Les syndicats, les patrons, etc. ont signé.", None),
    (
        "en",
        "The polls closed at 8 p.m. The count began at once.",
        ["The polls closed at 8 p.m.", "The count began at once."],
    ),
    # Numbers, times, addresses, ellipses.
    ("fr", "Le déficit atteint 3,5 % soit 1.2 million et le dollar vaut 75,2232 roubles.", None),
    ("fr", "Rendez-vous à 15h30, puis à 18 h 45.", None),
    ("en", "Doors open at 9 a.m. sharp.", None),
    ("fr", "Écrivez à courrier@exemple.fr ou sur https://exemple.fr/page.html dès lundi.", None),
    ("fr", "Il hésita… puis il signa.", None),
    ("fr", "Il hésita… Puis il signa.", ["Il hésita…", "Puis il signa."]),
    # Scraping damage.
    (
        "fr",
        "Le cessez-le-feu a été rompu.Plusieurs tirs ont été entendus.",
        ["Le cessez-le-feu a été rompu.", "Plusieurs tirs ont été entendus."],
    ),
    (
        "fr",
        "Que faire maintenant ?Personne ne répond.",
        ["Que faire maintenant ?", "Personne ne répond."],
    ),
    ("fr", "Les U.S.A. et example.com en version 3.5 depuis 52 av. J.-C. hélas.", None),
    (
        "fr",
        "Les débats reprendront demain. . Le président a levé la séance.",
        ["Les débats reprendront demain. .", "Le président a levé la séance."],
    ),
    # Other languages.
    ("de", "Am 3. Oktober feiert man, z. B. in Bonn, mit Hr. Weber.", None),
    ("de", "Das war 2019. Dann kam alles anders.", ["Das war 2019.", "Dann kam alles anders."]),
    ("es", "El Sr. Pérez llegó. ¿Y ahora?", ["El Sr. Pérez llegó.", "¿Y ahora?"]),
    ("it", "L'Avv. Neri e il Dott. Gallo sono arrivati.", None),
    ("pt", "A Dra. Costa falou com o Sr. Lopes.", None),
    ("nl", "Dhr. Bakker sprak met mevr. Visser.", None),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SPLITS)
def test_policy(lang, text, expected):
    assert texts(text, lang) == (expected if expected is not None else [text])


# Targets on the shared gold sets (skipped when ../shared is absent).

EXACT_TARGETS = {
    "fr_news_challenge": ("fr", 0.97),
    "golden_fr": ("fr", 1.0),
    "golden_en": ("en", 0.98),
    "golden_de": ("de", 0.97),
    "golden_es": ("es", 0.97),
    "golden_it": ("it", 0.97),
}


@pytest.mark.parametrize("name", sorted(EXACT_TARGETS))
def test_exact_match_targets(shared, name):
    lang, target = EXACT_TARGETS[name]
    cases = json.loads((shared / "data" / "sbd" / f"{name}.json").read_text(encoding="utf-8"))
    failures = [c["id"] for c in cases if texts(c["text"], lang) != c["sentences"]]
    accuracy = 1 - len(failures) / len(cases)
    assert accuracy >= target, f"{name}: {accuracy:.1%}, failing {failures}"


def boundaries(sentences: list[str]) -> set[int]:
    """Sentence ends as offsets in the text with all whitespace removed."""
    ends, position = set(), 0
    for sentence in sentences:
        position += len("".join(sentence.split()))
        ends.add(position)
    return ends


def running_text(unit: dict[str, object], paragraphs: bool) -> str:
    """The unit's sentences joined by spaces, each paragraph on its own line if asked."""
    sentences: list[str] = unit["sentences"]  # type: ignore[assignment]
    if not paragraphs:
        return " ".join(sentences)
    starts = set(unit["par_starts"]) | {0}  # type: ignore[arg-type]
    lines: list[list[str]] = []
    for i, sentence in enumerate(sentences):
        if i in starts or not lines:
            lines.append([])
        lines[-1].append(sentence)
    return "\n".join(" ".join(line) for line in lines)


def boundary_f1(path: Path, lang: str, paragraphs: bool) -> float:
    true_positives = predicted = gold = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        unit = json.loads(line)
        expected = boundaries(unit["sentences"])
        found = boundaries(texts(running_text(unit, paragraphs), lang))
        true_positives += len(expected & found)
        predicted += len(found)
        gold += len(expected)
    precision, recall = true_positives / predicted, true_positives / gold
    return 2 * precision * recall / (precision + recall)


@pytest.mark.parametrize(
    ("name", "lang", "paragraphs", "target"),
    [("ud_fr_gsd_test", "fr", False, 0.97), ("ud_en_ewt_test", "en", True, 0.92)],
)
def test_boundary_f1_targets(shared, name, lang, paragraphs, target):
    f1 = boundary_f1(shared / "data" / "sbd" / f"{name}.jsonl", lang, paragraphs)
    assert f1 >= target, f"{name}: boundary F1 {f1:.4f}"
