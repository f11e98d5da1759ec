"""A spokesperson for a person speaks as an unnamed spokesperson labelled with that person
("spokesman for X"), never as that person alone nor as the first word after "for"
(``briefings.extract.aides``); a spokesperson for a body still gives the body
(``issuers.spokesperson_body``).

Sentences are invented for these tests (real countries and bodies, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

FOR_A_PERSON = ("A spokesman for Lebanon's caretaker Prime Minister Samir Aoun said Beirut was in contact "
                "with Paris.\n\n"
                '"Lebanon does not want a war, but it will defend itself," the spokesman said.\n')


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param(FOR_A_PERSON, "spokesman for Samir Aoun", id="the spokesman after a spokesman for a titled person"),
    pytest.param('A spokesman for President Samir Aoun said Beirut "does not want a war with anyone."',
                 "spokesman for Samir Aoun", id="a spokesman for a president"),
    pytest.param('A spokeswoman for the agency said it "does not want a war with anyone."', "agency",
                 id="a spokeswoman for a body: the body"),
    pytest.param('A spokesman for the ministry told Samir Aoun that Beirut "does not want a war with anyone."',
                 "ministry", id="a verb before the name: the body"),
])
def test_a_spokesperson_for_a_person_is_the_spokesperson(text: str, speaker: str) -> None:
    assert extract_quotes(text)[-1].speaker == speaker
