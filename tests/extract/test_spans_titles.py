"""Quoted titles are not speech (``briefings.extract.spans.is_reported_speech``): a TV show,
a book or a slogan in quotation marks is proposed as nobody's quote. Phrases are invented
or generic for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes
from briefings.extract.spans import is_reported_speech


@pytest.mark.parametrize(("quoted", "speech"), [
    ("Face the Nation,", False),  # a programme: small words in lower case
    ("Tales of the Northern Harbour", False),
    ("Bread And Roses Forever", False),  # every word capitalised
    ("What a Grand Tuesday!", True),  # an exclamation is speech
    ("Over the Top.", True),  # a sentence's full stop: speech, however capitalised
    ("We will not give up on this deal,", True),
    ("the talks in Geneva were Useful", True),  # opens in lower case
])
def test_a_title_in_quotation_marks_is_no_speech(quoted: str, speech: bool) -> None:
    assert is_reported_speech(quoted) is speech


def test_a_show_named_in_the_attribution_is_not_proposed_as_a_quote() -> None:
    text = ('Speaking on the program "Face the Nation," Secretary of State Daniel Hart said '
            'Washington was "deeply concerned by the reports."')
    assert [q.quote for q in extract_quotes(text)] == ["deeply concerned by the reports."]
