"""Issue 12: the ``.md`` in output/ is portable GitHub-flavoured Markdown.

Read back with markdown-it-py (CommonMark plus GFM tables, as GitHub, GitLab and pandoc read
it): no attribute list or HTML placeholder survives as text or as HTML, every quote, party and
consequence is there as text, the tables are tables, and each figure is an image (an SVG file
in a folder named after the briefing) with its text alternative.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CASES, SEED_BRIEFING
from markdown_it import MarkdownIt
from markdown_it.token import Token

from briefings.building.run import Workspace, build
from briefings.load.yaml import load_briefing_file
from briefings.render.typography import typeset_briefing
from briefings.render.views import BriefingView

CASES_TO_READ = [SEED_BRIEFING, CASES / "valid" / "minimal.yaml"]


@pytest.fixture(scope="module", params=CASES_TO_READ, ids=[p.stem for p in CASES_TO_READ])
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    source: Path = request.param
    workspace = tmp_path_factory.mktemp("portable")
    report = build([source], Workspace.at(workspace), formats=["md"])
    assert report.ok, report.failed
    briefing = load_briefing_file(source).briefing
    markdown = (workspace / "output" / f"{briefing.id}.md").read_text(encoding="utf-8")
    tokens = MarkdownIt("commonmark", {"html": True}).enable("table").parse(markdown)
    return briefing, markdown, tokens


def _inline_text(tokens: list[Token]) -> list[str]:
    """The text of every inline run (paragraph, heading, table cell), as a reader sees it."""
    runs = []
    for token in tokens:
        if token.type == "inline":
            runs.append("".join(child.content for child in token.children or []
                                if child.type in ("text", "code_inline")))
    return runs


def test_no_attribute_lists_or_html_survive(built) -> None:
    _, markdown, tokens = built
    html_tokens = [t for t in tokens if t.type == "html_block"]
    html_tokens += [c for t in tokens for c in t.children or [] if c.type == "html_inline"]
    assert html_tokens == []
    text = "\n".join(_inline_text(tokens))
    assert "{:" not in text and "<div" not in text and "markdown=" not in text
    assert "{:" not in markdown and "<div" not in markdown and "<!--" not in markdown


#: Typographic quotes and apostrophes folded back to the straight ones the YAML has.
STRAIGHT = str.maketrans("“”‘’", "\"\"''")


def test_every_quote_party_and_consequence_is_there(built) -> None:
    briefing, _, tokens = built
    text = " ".join(" ".join(_inline_text(tokens)).split()).translate(STRAIGHT)
    for party in briefing.parties:
        assert party.name in text
        for quote in party.quotes:
            assert f'"{" ".join(quote.text.split())}"' in text
        for consequence in party.consequences:
            assert " ".join(consequence.description.split()) in text
    assert briefing.marking in text and briefing.title in text


def test_tables_parse_as_tables(built) -> None:
    briefing, _, tokens = built
    tables, index = [], 0
    while index < len(tokens):
        if tokens[index].type == "table_open":
            end = next(i for i in range(index, len(tokens)) if tokens[i].type == "table_close")
            part = tokens[index:end]
            headers = [tokens[i + 1].content for i, t in enumerate(part, start=index) if t.type == "th_open"]
            rows = sum(1 for t in part if t.type == "tr_open") - 1
            tables.append((headers, rows))
            index = end
        index += 1
    view = BriefingView(briefing)
    assert tables[0] == (["Party", "Kind", "Stance", "Quotes"], len(briefing.parties))
    assert tables[1] == (["#", "Party", "Consequence", "Affects", "Likelihood", "Impact", "Timeframe"],
                         len(view.consequences))
    assert tables[2] == (["Date", "Event"], len(briefing.timeline))
    assert len(tables) == 3


def test_each_figure_is_an_svg_beside_the_md_with_its_text_alternative(built) -> None:
    briefing, _, tokens = built
    images = [c for t in tokens for c in t.children or [] if c.type == "image"]
    figures = BriefingView(typeset_briefing(briefing)).figures  # as rendered
    assert len(figures) == 3 and len(images) == 3
    by_file = {image.attrs["src"]: image for image in images}
    for figure in figures.values():
        image = by_file[f"{briefing.id}/{figure.id}.svg"]
        assert image.content == " ".join(figure.alt.split())  # what a reader without images gets
    text = " ".join(" ".join(_inline_text(tokens)).split())
    for figure in figures.values():
        assert f"{figure.caption}." in text
