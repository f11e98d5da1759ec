"""A capitalised title with its portfolio written before the holder's name ("Head of
Communications Sara Blunt said"): the name after "of"/"for" is the clause's subject, not the
object of a preposition (``briefings.extract.clause._links_a_title``), and the portfolio words
US and UK press use for such offices are cut from the name (``lexicon/portfolio_words.txt``).
Since round 7 read a lone role noun before "of"/"for" as a title, the quote went to the speaker
quoted before it (0.97-0.98).

Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

BEFORE = '"We will not change course on this," Vice President Karen Hollis said on Monday.\n\n'

CASES = [
    pytest.param('Head of Communications Sara Blunt said the campaign "will answer every single attack."',
                 "Sara Blunt", id="head of communications"),
    pytest.param('Director of National Intelligence Ada Morton said the threat was "real and growing each month."',
                 "Ada Morton", id="director of national intelligence"),
]


@pytest.mark.parametrize(("text", "speaker"), CASES)
def test_the_holder_after_a_portfolio_speaks(text: str, speaker: str) -> None:
    assert extract_quotes(BEFORE + text)[-1].speaker == speaker


def test_an_unknown_portfolio_never_hands_the_quote_to_the_speaker_before() -> None:
    # the constituency is no portfolio word, so it stays in the name: not the quote before's speaker
    text = BEFORE + 'Member for Bristol West Tom Price said the report came "far too late to help anyone."'
    speaker = extract_quotes(text)[-1].speaker
    assert speaker is not None and speaker.endswith("Tom Price")
