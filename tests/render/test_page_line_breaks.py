"""Where the PDF may break a line (issue 22.5): never before a citation mark (the page template
puts a word joiner, U+2060, before each) and never inside a likelihood range such as
"(80–95%)". Checked in WeasyPrint's own line boxes across column widths, with and without the
rule, so the test shows the rule is what keeps them together."""

from __future__ import annotations

import re

import pytest
from conftest import CASES

from briefings.constants import default_template_dir
from briefings.render.page import render_page
from briefings.render.templates import html_environment
from briefings.validation.run import validate_paths

WIDTHS = range(30, 200, 5)


def _lines(html: str) -> list[str]:
    import weasyprint
    from weasyprint.formatting_structure import boxes

    page = weasyprint.HTML(string=html).render().pages[0]
    return ["".join(b.text for b in line.descendants() if isinstance(b, boxes.TextBox))
            for line in page._page_box.descendants() if isinstance(line, boxes.LineBox)]


def _broken(paragraph: str, bad_line: re.Pattern[str], css: str = "") -> int:
    """In how many widths some line matches ``bad_line``."""
    return sum(any(bad_line.search(line) for line in _lines(
        f'<style>{css}</style><p style="width:{width}px;font-size:12px">{paragraph}</p>'))
        for width in WIDTHS)


@pytest.fixture(scope="module")
def page() -> str:
    (loaded,), _ = validate_paths([CASES / "valid" / "minimal.yaml"])
    return render_page(loaded.briefing, html_environment())


def test_every_citation_follows_a_word_joiner(page: str) -> None:
    citations = re.findall(r'(\u2060|&#8288;|.)<sup><a class="footnote-ref"', page)
    assert citations and set(citations) <= {"\u2060", "&#8288;"}


def test_a_word_joiner_keeps_the_citation_on_the_line_of_its_word() -> None:
    alone = re.compile(r"^\s*\[1\]")
    assert _broken("Some words end the sentence here.<sup>[1]</sup>", alone) > 0  # without it
    assert _broken("Some words end the sentence here.\u2060<sup>[1]</sup>", alone) == 0


def test_a_likelihood_range_is_never_split(page: str) -> None:
    assert '<span class="range">(55–80%)</span>' in page
    css = (default_template_dir() / "briefing.css").read_text(encoding="utf-8")
    split = re.compile(r"\(\d+–\s*$")
    text = 'Very likely <span class="range">(80–95%)</span> in a table cell'
    assert _broken(text, split) > 0  # without the stylesheet
    assert _broken(text, split, css) == 0
