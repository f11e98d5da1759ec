"""Where a paragraph of plain text ends (``briefings.paragraphs``): a line joins the next only
where the break is a hard wrap inside a sentence. Lines invented for the test."""

from __future__ import annotations

import pytest

from briefings.paragraphs import joined, paragraphs

# text -> its paragraphs on one line each
CASES = [
    pytest.param("He said the talks\nwould go on.\n", ["He said the talks would go on."], id="a wrap inside a sentence"),
    pytest.param("The talks ended.\nthey resume on Monday.\n", ["The talks ended.", "they resume on Monday."],
                 id="a stop ends the line"),
    pytest.param('He called it "a trap,"\nand left.\n', ['He called it "a trap,"', "and left."],
                 id="a closing mark ends the line"),
    pytest.param("Talks resume in Geneva\nThe talks resumed on Monday.\n",
                 ["Talks resume in Geneva", "The talks resumed on Monday."], id="a capital opens the next line"),
    pytest.param("One paragraph.\n\nAnother, which\nruns on.\n", ["One paragraph.", "Another, which runs on."],
                 id="a blank line between paragraphs"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_where_paragraphs_end(text: str, expected: list[str]) -> None:
    assert joined(text) == expected


def test_paragraphs_keep_their_line_ends() -> None:
    """Offsets into the text stay right: the extractor reads quotes in these paragraphs."""
    text = "He said the talks\nwould go on.\n\nNext.\n"
    assert "".join(paragraphs(text)) == text
