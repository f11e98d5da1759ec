"""Parties that wire copy states in forms the earlier rules misread
(``briefings.extract.party`` and its word lists): each row was a confidently wrong party.

- "a spokesman for President X's Y Party" speaks for the party, not for a body called "X";
- "the Secretary General of the <body>" is that body's, not the United Nations', when the body
  is a proper name the tables do not hold;
- "Foreign Office" names no country by itself (Pakistan's and Germany's go by it as well as the
  United Kingdom's);
- a nationality before an activist, a doctor or a think tank's fellow ("a Sudanese activist who
  fled", "a senior fellow at the German Marshall Fund") is no government: they speak for
  themselves.

Sentences are invented for these tests (real countries, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes
from briefings.extract.party import INDEPENDENT

# text -> (speaker, party) of its one quote
CASES = [
    pytest.param("Kerem Aydin, a spokesman for President Selim Kaya's AK Party, said the march had been "
                 '"a stunt staged to wreck the talks."', ("Kerem Aydin", "AK Party"),
                 id="spokesman for X's party"),
    pytest.param("The Secretary General of the Alpine Rivers Commission, Lena Brix, said the plan was "
                 '"a step in the right direction."', ("Lena Brix", "Alpine Rivers Commission"),
                 id="secretary general of a named body"),
    pytest.param("Officials in Islamabad said the country was neutral. \"We follow a policy of strict "
                 'neutrality here," Foreign Office spokeswoman Sara Baloch said.', ("Sara Baloch", None),
                 id="Foreign Office names no country"),
    pytest.param('Nadia Saleh, a Sudanese activist who fled the capital, said: "Nobody is counting us '
                 'any more."', ("Nadia Saleh", INDEPENDENT), id="activist with a relative clause"),
    pytest.param('Nadia Saleh, a Syrian doctor in Idlib, said: "Nobody is counting us any more."',
                 ("Nadia Saleh", INDEPENDENT), id="doctor"),
    pytest.param("Liu Fang, a researcher at the Chinese Academy of Social Sciences, said the visit showed "
                 '"how much both sides want a deal."', ("Liu Fang", INDEPENDENT),
                 id="researcher of a body whose name holds a preposition"),
    pytest.param("Deniz Kar, a senior fellow at the German Marshall Fund in Ankara, said: \"Both sides "
                 'will hold out until the last minute."', ("Deniz Kar", INDEPENDENT),
                 id="fellow of a think tank named with a nationality"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_the_party_the_text_states(text: str, expected: tuple[str, str | None]) -> None:
    [quote] = extract_quotes(text)
    assert (quote.speaker, quote.party) == expected


def test_a_united_nations_secretary_general_is_still_the_uns() -> None:
    [quote] = extract_quotes('UN Secretary-General Ana Ruiz said the plan was "a step in the right direction."')
    assert quote.party == "United Nations"
