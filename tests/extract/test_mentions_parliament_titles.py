"""Members of the Irish, Northern Irish and Scottish parliaments are titled as MPs are
(``lexicon/role_nouns.txt``, ``title_words.txt``): "The People Before Profit TD X said" gave the
speaker "TD X". Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

QUOTE = ' the change was "a step towards joining a military alliance."'


@pytest.mark.parametrize(("subject", "party"), [
    ("The People Before Profit TD Aoife Ryan said", "People Before Profit"),
    ("Sinn Féin MLA Aoife Ryan said", "Sinn Féin"),
    ("Green MSP Aoife Ryan said", None),
])
def test_the_member_title_is_no_part_of_the_name(subject: str, party: str | None) -> None:
    (quote,) = extract_quotes(subject + QUOTE)
    assert (quote.speaker, quote.party) == ("Aoife Ryan", party), quote.evidence
