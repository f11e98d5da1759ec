"""A "lead" heads a title as a role ("Oxfam's humanitarian policy lead, X,"): the title was not
read, so the person had no party. "lead" as a verb makes no title. People are invented."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

CASES = [
    ("a title before the name", "Oxfam's humanitarian policy lead, Bushra Khalid, said aid was "
     '"a fraction of what is needed."', "Bushra Khalid", "Oxfam"),
    ("an apposition", '"Aid is a fraction of what is needed," said Bushra Khalid, the climate lead at Amnesty '
     "International.", "Bushra Khalid", "Amnesty International"),
    ("a verb", 'Anna Berg will lead the delegation. "We are ready for these talks," she said.', "Anna Berg", None),
]


@pytest.mark.parametrize(("text", "speaker", "party"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_lead_is_a_role(text: str, speaker: str, party: str | None) -> None:
    quote = extract_quotes(text)[-1]
    assert (quote.speaker, quote.party) == (speaker, party)
