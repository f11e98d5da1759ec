"""Where a paragraph of plain text ends (``briefings.paragraphs``): a line joins the next only
where the break is a hard wrap inside a sentence. Lines invented for the test."""

from __future__ import annotations

import pytest

from briefings.paragraphs import joined, paragraphs, unwrapped

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


# a text wrapped at 60 columns, as mail and plain-text wire copy are
WRAPPED = (
    "VALDORA, May 2 - The two governments will patrol the strait\n"
    "together, the interior minister said on Thursday, calling\n"
    "'a turning point in our cooperation' the deal signed in the\n"
    "capital.\n"
    "\n"
    "Opposition members were sceptical. The shadow minister told\n"
    "The Valdora Times it was 'an announcement, not a result'.\n"
    "\n"
    "Q: Will the patrols start this month, and who will pay?\n"
    "A: They start in June, and both governments share the cost.\n")


def test_a_text_wrapped_at_a_width_joins_wherever_the_wrapper_broke() -> None:
    assert joined(WRAPPED) == [
        "VALDORA, May 2 - The two governments will patrol the strait together, the interior minister "
        "said on Thursday, calling 'a turning point in our cooperation' the deal signed in the capital.",
        "Opposition members were sceptical. The shadow minister told The Valdora Times it was "
        "'an announcement, not a result'.",
        "Q: Will the patrols start this month, and who will pay?",
        "A: They start in June, and both governments share the cost."]


def test_short_lines_are_no_wrapped_text() -> None:
    text = "Patrols agreed\nBy a correspondent\nVALDORA\nThe deal was signed.\n"
    assert joined(text) == ["Patrols agreed", "By a correspondent", "VALDORA", "The deal was signed."]


def test_unwrapped_keeps_every_offset() -> None:
    flat = unwrapped(WRAPPED)
    assert len(flat) == len(WRAPPED)
    assert "strait together" in flat and flat.count("\n") == 6  # the paragraphs' ends and the blank lines


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "WASHINGTON - Former Vice President Kamala Harris on Sunday accused the President\n"
        "of wrecking the economy, and in a later post on the social network X she wrote\n"
        "Xavier Harris wrote: the tariffs are a tax on every family in the country.\n",
        ["WASHINGTON - Former Vice President Kamala Harris on Sunday accused the President of wrecking the "
         "economy, and in a later post on the social network X she wrote Xavier Harris wrote: the tariffs "
         "are a tax on every family in the country."],
        id="a name and a verb before a colon is no turn"),
    pytest.param(
        "Bloomberg: The Japanese prime minister said today that the island is a matter of\n"
        "Foreign Ministry Spokesperson Lin Jian: We urge Japan to stop. As we said before,\n"
        "the island is purely an internal affair of ours and no business of anyone else.\n",
        ["Bloomberg: The Japanese prime minister said today that the island is a matter of",
         "Foreign Ministry Spokesperson Lin Jian: We urge Japan to stop. As we said before, the island is "
         "purely an internal affair of ours and no business of anyone else."],
        id="a long turn label of capitalised words"),
    pytest.param(
        "14:02 GMT - The president said strikes on the city had killed at least seven people\n"
        "14:15 GMT - \"We will answer every one of these attacks on our cities,\" he said.\n",
        ["14:02 GMT - The president said strikes on the city had killed at least seven people",
         '14:15 GMT - "We will answer every one of these attacks on our cities," he said.'],
        id="a live blog's timed entries"),
])
def test_what_opens_an_entry_in_wrapped_text(text: str, expected: list[str]) -> None:
    assert joined(text) == expected
