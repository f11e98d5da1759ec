"""Typographic quotes in what a brief prints (issue 22.5): a table of straight-quoted text →
what is printed, Markdown whose code, links and tags keep their quotes, and the rule that the
briefing itself (what is validated, checked against sources and archived) is never changed."""

from __future__ import annotations

import pytest
from conftest import SEED_BRIEFING

from briefings.load.yaml import load_briefing_file
from briefings.render.typography import smart_quotes, smart_quotes_markdown, typeset_briefing

PLAIN = [
    ('The desk calls it "a first step".', "The desk calls it “a first step”."),
    ("the ministry's reply", "the ministry’s reply"),
    ("the ministers' letters", "the ministers’ letters"),
    ("'a single-quoted phrase'", "‘a single-quoted phrase’"),
    ('("in brackets")', "(“in brackets”)"),
    ('"An outer \'inner\' pair"', "“An outer ‘inner’ pair”"),
    ("back in the '90s", "back in the ’90s"),
    ('—"after a dash"', "—“after a dash”"),
    ("no quotes at all", "no quotes at all"),
]


@pytest.mark.parametrize(("text", "printed"), PLAIN, ids=[t for t, _ in PLAIN])
def test_straight_quotes_are_typeset(text: str, printed: str) -> None:
    assert smart_quotes(text) == printed


MARKDOWN = [
    ("Call `it's \"raw\"` then \"curl\"", "Call `it's \"raw\"` then “curl”"),
    ('[the "report"](https://example.org/a"b "title")', '[the “report”](https://example.org/a"b "title")'),
    ('<abbr title="x">it\'s</abbr>', '<abbr title="x">it’s</abbr>'),
    ('\\"kept straight\\" and "curled"', '\\"kept straight\\" and “curled”'),
    ('```\nit\'s "code"\n```\nafter "it"', '```\nit\'s "code"\n```\nafter “it”'),
    ('    an indented "code" line', '    an indented "code" line'),
]


@pytest.mark.parametrize(("text", "printed"), MARKDOWN, ids=[t for t, _ in MARKDOWN])
def test_markdown_keeps_code_links_and_tags_as_written(text: str, printed: str) -> None:
    assert smart_quotes_markdown(text) == printed


@pytest.mark.timeout(60)  # a guard against a hang (quadratic scanning), not a speed test
@pytest.mark.parametrize("text", ["[](" * 30_000, "<a " * 30_000, "`" * 90_000, "``x`" * 20_000,
                                  "```\n" * 30_000, "\"'" * 45_000])
def test_pathological_markdown_is_typeset_quickly(text: str) -> None:
    smart_quotes_markdown(text)


def test_the_briefing_is_typeset_on_a_copy_and_ids_urls_and_files_are_not() -> None:
    briefing = load_briefing_file(SEED_BRIEFING).briefing
    before = briefing.model_dump()
    typeset = typeset_briefing(briefing)
    assert briefing.model_dump() == before  # what is validated and archived stays verbatim
    assert "’" in typeset.title and "'" not in typeset.title
    assert all('"' not in party.position.summary for party in typeset.parties)
    assert typeset.marking == briefing.marking
    for original, copy in zip(briefing.sources, typeset.sources, strict=True):
        assert (copy.id, copy.url, copy.text, copy.sha256) == (original.id, original.url, original.text,
                                                               original.sha256)
