"""Score depeche.clean on annotated pages (the format of tests/data/clean/*.txt).

    python tests/data/clean/score_pages.py [DIR] [--misses] [--categories]

DIR (default: the blind pages next to this file) holds ``*_fr.txt`` / ``*_en.txt`` pages: ``## ``
lines are comments, ``[category] text`` is a residue line, ``{category: text}`` inside a line is
a pitch sentence, every other non-blank line is article text. Each page is cleaned with the
language of its file name and scored per language and overall:

- residue removed: a residue item counts as left when its text is still in the output, i.e. an
  output line that is not an article line equals it, holds it (a pitch sentence left in its
  paragraph) or is a piece of it (a residue line only partly trimmed);
- article lines kept: a line counts as kept when its text (whitespace collapsed, each piece
  around a removed pitch sentence) is in the output;
- category (secondary): a removed item whose characters ``clean_report`` removed under the
  category it is annotated with.
"""

from __future__ import annotations

import argparse
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import depeche

BLIND = Path(__file__).resolve().parent / "blind"
TAGGED = re.compile(r"\[(\w+)\] (.*)")
PITCH = re.compile(r"\{(\w+): ([^}]*)\}")
PITCH_WITH_SPACE = re.compile(r" ?\{\w+: [^}]*\}")
# A leftover output line shorter than this (or found in the article) is not taken as a trimmed
# piece of a residue line.
MIN_PIECE = 12


@dataclass(frozen=True)
class Residue:
    text: str
    category: str
    start: int  # code-point span in the page text
    end: int
    is_pitch: bool


@dataclass(frozen=True)
class ArticleLine:
    text: str  # the line as the cleaned text should have it
    pieces: tuple[str, ...]  # its parts around pitch sentences


@dataclass(frozen=True)
class Page:
    name: str
    lang: str
    text: str
    residue: list[Residue]
    article: list[ArticleLine]


@dataclass
class Score:
    residue: int = 0
    removed: int = 0
    right_category: int = 0
    article: int = 0
    kept: int = 0
    left: list[Residue] = field(default_factory=list)
    lost: list[ArticleLine] = field(default_factory=list)
    mislabelled: list[tuple[Residue, list[str]]] = field(default_factory=list)
    unexplained: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.residue += other.residue
        self.removed += other.removed
        self.right_category += other.right_category
        self.article += other.article
        self.kept += other.kept


def normalised(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def read_page(path: Path) -> Page:
    lang = path.stem.rsplit("_", 1)[-1]
    lines: list[str] = []
    residue: list[Residue] = []
    article: list[ArticleLine] = []
    offset = 0
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.startswith("## "):
            continue
        tagged = TAGGED.fullmatch(raw)
        if tagged:
            line = tagged[2]
            residue.append(Residue(line, tagged[1], offset, offset + len(line), False))
        else:
            line, dropped = raw, 0
            for found in PITCH.finditer(raw):
                start = offset + found.start() - dropped
                residue.append(Residue(found[2], found[1], start, start + len(found[2]), True))
                dropped += len(found[0]) - len(found[2])
            line = PITCH.sub(r"\2", raw)
            pieces = tuple(p for p in PITCH_WITH_SPACE.split(raw) if p.strip())
            if raw.strip():
                article.append(ArticleLine(PITCH_WITH_SPACE.sub("", raw), pieces))
        lines.append(line)
        offset += len(line) + 1
    return Page(path.name, lang, "\n".join(lines), residue, article)


def removed_under(page: Page, item: Residue, edits: list[depeche.Edit]) -> list[str]:
    """The categories of the edits that removed the visible characters of ``item``."""
    categories: set[str] = set()
    for index in range(item.start, item.end):
        if page.text[index].isspace():
            continue
        categories |= {e.category for e in edits if e.start <= index < e.end}
    return sorted(categories)


def score_page(page: Page) -> Score:
    output_text = depeche.clean(page.text, lang=page.lang)
    output = normalised(output_text)
    score = Score(residue=len(page.residue), article=len(page.article))
    for line in page.article:
        if all(normalised(piece) in output for piece in line.pieces):
            score.kept += 1
        else:
            score.lost.append(line)

    extra = Counter(n for n in map(normalised, output_text.splitlines()) if n)
    extra.subtract(Counter(normalised(line.text) for line in page.article))
    extra = +extra  # what the output holds beyond the article
    explained: set[str] = set()
    edits = list(depeche.clean_report(page.text, lang=page.lang).edits)
    article_text = "\n".join(normalised(line.text) for line in page.article)
    for item in page.residue:
        wanted = normalised(item.text)
        if extra[wanted] > 0:
            extra[wanted] -= 1
            explained.add(wanted)
            score.left.append(item)
            continue
        leftover = list(+extra)
        holders = [line for line in leftover if wanted in line] if item.is_pitch else []
        pieces = [
            line
            for line in leftover
            if len(line) >= MIN_PIECE and line in wanted and line not in article_text
        ]
        if holders or pieces:
            explained.update(holders + pieces)
            score.left.append(item)
            continue
        score.removed += 1
        categories = removed_under(page, item, edits)
        if categories == [item.category]:
            score.right_category += 1
        else:
            score.mislabelled.append((item, categories))
    score.unexplained = [line for line in +extra if line not in explained]
    return score


def percent(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.1f} %)" if whole else "0/0"


def summary(label: str, score: Score) -> str:
    return (
        f"{label:<4} residue removed {percent(score.removed, score.residue)}"
        f"  article lines kept {percent(score.kept, score.article)}"
        f"  category {percent(score.right_category, score.removed)}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directory", nargs="?", type=Path, default=BLIND)
    parser.add_argument("--misses", action="store_true", help="list residue left, lines lost")
    parser.add_argument("--categories", action="store_true", help="list wrong categories")
    args = parser.parse_args()

    totals: dict[str, Score] = {}
    for path in sorted(args.directory.glob("*_*.txt")):
        page = read_page(path)
        score = score_page(page)
        totals.setdefault(page.lang, Score()).add(score)
        totals.setdefault("all", Score()).add(score)
        if args.misses and (score.left or score.lost or score.unexplained):
            print(f"== {page.name}")
            for item in score.left:
                print(f"  residue left [{item.category}] {item.text}")
            for line in score.lost:
                print(f"  article lost: {line.text}")
            for text in score.unexplained:
                print(f"  output neither article nor residue: {text}")
        if args.categories and score.mislabelled:
            print(f"== {page.name} (categories)")
            for item, categories in score.mislabelled:
                print(f"  [{item.category}] removed as {categories}: {item.text}")
    for label in sorted(totals, key=lambda name: (name == "all", name)):
        print(summary(label, totals[label]))


if __name__ == "__main__":
    main()
