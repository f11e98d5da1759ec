"""A surname joined to its particle by a hyphen is found without it: "Ansari told" after "Majed
al-Ansari" is Majed al-Ansari (it stayed `Ansari`, 0.95, with no party), unless another person
has the bare surname (``fullnames.fullest_names``). Sentences invented for the test."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

OPENING = 'Qatar\'s foreign ministry spokesman Majed al-Ahmadi said the talks were "at a sensitive stage now." '

# text -> (speaker, party) of its last quote
CASES = [
    pytest.param(OPENING + '"We will not comment on the details," Ahmadi told a briefing in Doha.',
                 ("Majed al-Ahmadi", "Qatar"), id="al-, shortened"),
    pytest.param('Egyptian Foreign Minister Sami el-Masri said the crossing "must open at once." '
                 '"Aid cannot wait another day," Masri told reporters.', ("Sami el-Masri", "Egypt"), id="el-, shortened"),
    pytest.param(OPENING + '"We will not comment on the details," al-Ahmadi told a briefing in Doha.',
                 ("Majed al-Ahmadi", "Qatar"), id="with its particle, as before"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_surname_without_its_hyphened_particle(text: str, expected: tuple[str, str]) -> None:
    quote = extract_quotes(text)[-1]
    assert (quote.speaker, quote.party) == expected


def test_another_person_with_the_bare_surname_keeps_it() -> None:
    text = ('Qatar\'s foreign ministry spokesman Majed al-Ahmadi spoke first. Omar Ahmadi, an analyst in Doha, '
            'said the talks were "at a sensitive stage now." "We will wait and see," Ahmadi said.')
    assert extract_quotes(text)[-1].speaker == "Omar Ahmadi"
