"""A country's armed forces named by "military" ("The Israeli military said") are a body of
that country: the phrase was read as a role and resolved to the speaker quoted before (a
confidently wrong name and party). People and groups are invented or real bodies."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

_BEFORE = 'The Vardar Front said the raid "will not go unanswered."\n\n'

CASES = [
    ("after another body's quote", f'{_BEFORE}The Israeli military said it had hit "a weapons depot near the town."',
     "Israeli military", "Israel"),
    ("the military of a named country", f'{_BEFORE}"Our units acted within the rules of engagement," '
     "the Nigerian military said.", "Nigerian military", "Nigeria"),
]


@pytest.mark.parametrize(("text", "speaker", "party"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_countrys_military_speaks_for_that_country(text: str, speaker: str, party: str) -> None:
    quote = extract_quotes(text)[-1]
    assert (quote.speaker, quote.party) == (speaker, party)
