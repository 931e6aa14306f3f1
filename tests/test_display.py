"""The Jupyter document view (issue #6): rendered HTML, escaped, with one span per quote."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

import depeche
from depeche import CleanReport, Edit, Quote, Sentence
from depeche.display import Document

# A hand-made analysis, so these tests check the view, not the cleaning or the quote finder.
SOURCE = "Partager\n« A <b> », dit Ann Lee. « B », dit Bob Roy. « C & D », dit Ann Lee."
CLEANED = "« A <b> », dit Ann Lee. « B », dit Bob Roy. « C & D », dit Ann Lee."


def quote(text: str, speaker: str | None) -> Quote:
    start = CLEANED.index(text)
    return Quote(text, start, start + len(text), speaker, None, None, "dit", "direct")


def sentence(text: str) -> Sentence:
    start = CLEANED.index(text)
    return Sentence(text, start, start + len(text))


DOCUMENT = Document(
    source=SOURCE,
    report=CleanReport(CLEANED, [Edit(0, 9, "share", "Partager\n", "")]),
    sentences=[
        sentence("« A <b> », dit Ann Lee."),
        sentence("« B », dit Bob Roy."),
        sentence("« C & D », dit Ann Lee."),
    ],
    quotes=[quote("A <b>", "Ann Lee"), quote("B", "Bob Roy"), quote("C & D", "Ann Lee")],
)


class Elements(HTMLParser):
    """Collects (tag, attributes, text inside) of every element; fails on unbalanced tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[tuple[str, dict[str, str | None], list[str]]] = []
        self.closed: list[tuple[str, dict[str, str | None], str]] = []

    def handle_starttag(self, tag, attrs):
        self.open.append((tag, dict(attrs), []))

    def handle_endtag(self, tag):
        name, attrs, text = self.open.pop()
        assert name == tag, f"</{tag}> closes <{name}>"
        self.closed.append((tag, attrs, "".join(text)))
        if self.open:
            self.open[-1][2].append("".join(text))

    def handle_data(self, data):
        if self.open:
            self.open[-1][2].append(data)


def elements(html: str, css_class: str) -> list[tuple[dict[str, str | None], str]]:
    parser = Elements()
    parser.feed(html)
    assert parser.open == []
    return [(a, text) for _, a, text in parser.closed if a.get("class") == css_class]


def test_one_span_per_quote_coloured_by_speaker_with_its_label():
    html = DOCUMENT._repr_html_()
    quotes = elements(html, "depeche-quote")
    assert [text for _, text in quotes] == ["A <b>", "B", "C & D"]
    colours = [re.search(r"background:(#\w+)", a["style"]).group(1) for a, _ in quotes]
    assert colours[0] == colours[2] != colours[1]
    labels = [text for _, text in elements(html, "depeche-speaker")]
    assert labels == ["Ann Lee", "Bob Roy", "Ann Lee"]


def test_text_is_escaped_so_markup_in_articles_stays_text():
    text = "<script>alert('x')</script> & « <img src=x onerror=y> »"
    start = text.index("<img")
    end = text.index(" »")
    document = Document(
        source=text,
        report=CleanReport(text, []),
        sentences=[],
        quotes=[Quote(text[start:end], start, end, "<i>Eve</i>", None, None, None, "direct")],
    )
    html = document._repr_html_()
    assert "<script>" not in html and "<img" not in html and "<i>" not in html
    assert "&lt;script&gt;" in html and "&amp;" in html and "&lt;i&gt;Eve&lt;/i&gt;" in html
    assert [text for _, text in elements(html, "depeche-quote")] == ["<img src=x onerror=y>"]


def test_removed_residue_is_struck_through_with_its_category_where_it_was():
    html = DOCUMENT._repr_html_()
    [(attrs, text)] = elements(html, "depeche-residue")
    assert text == "Partager\n" and attrs["data-category"] == "share"
    assert [t for _, t in elements(html, "depeche-category")] == ["share"]
    assert html.index('class="depeche-residue"') < html.index('class="depeche-quote"')


def test_every_sentence_start_is_marked():
    html = DOCUMENT._repr_html_()
    marks = elements(html, "depeche-boundary")
    assert [a["title"] for a, _ in marks] == ["sentence 1", "sentence 2", "sentence 3"]
    body = re.sub(r"<[^>]+>", "|", html.split('<div class="depeche-document">')[1])
    # The text between marks is each sentence (plus what follows it), in order.
    assert "|« |A &lt;b&gt;||Ann Lee| », dit Ann Lee. |" in body


def test_the_legend_lists_speakers_and_counts():
    [(_, legend)] = elements(DOCUMENT._repr_html_(), "depeche-legend")
    assert legend.startswith("3 sentences, 3 quotes, 1 removed")
    assert "Ann Lee" in legend and "Bob Roy" in legend
    assert repr(DOCUMENT) == "Document(3 sentences, 3 quotes, 1 removed)"


def test_show_runs_the_three_functions():
    text = "« Nous voterons contre », a déclaré Jeanne Martin.  Le conseil se réunit lundi."
    view = depeche.show(text, lang="fr")
    assert view.text == depeche.clean(text, lang="fr")
    assert view.sentences == depeche.sentences(view.text, lang="fr")
    assert view.quotes == depeche.quotes(view.text, lang="fr")
    html = view._repr_html_()
    assert len(elements(html, "depeche-quote")) == len(view.quotes)
    raw = depeche.show(text, clean=False)
    assert raw.text == text and raw.removed == []
    with pytest.raises(TypeError, match="bytes"):
        depeche.show(b"x")
