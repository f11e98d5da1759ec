"""A definite "the <nationality> official" or "the <nationality> diplomat" goes to the one person
named before whose title names that country (``briefings.extract.backrefs``), never to the
person just quoted when their title names another country; after an unnamed source brought
in with a fuller phrase ("A senior Iranian diplomat"), the shorter phrase keeps that label
(``briefings.extract.unnamed.introduced_as``).

Sentences are invented for these tests (real countries, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

TWO_COUNTRIES = ("Iranian Foreign Minister Ali Sadri met Qatari Minister of State Khalid al-Marri on Monday.\n\n"
                 'Sadri said, "Our side has kept every promise it made."\n\n'
                 'The Qatari official, for his part, said Doha was "ready to help in any way it can."\n')
SAME_COUNTRY = ("Iranian Foreign Minister Ali Sadri met Qatari Minister of State Khalid al-Marri on Monday.\n\n"
                'Al-Marri said Doha would help.\n\n'
                '"We will not negotiate under any pressure," the Iranian diplomat said.\n')
TWO_OF_ONE_COUNTRY = ("Qatari Foreign Minister Khalid al-Marri and Qatari Ambassador Saad Nasser met Foreign "
                      "Minister Ali Sadri of Iran.\n\n"
                      'Sadri said, "Our side has kept every promise it made."\n\n'
                      'The Qatari diplomat said Doha was "ready to help in any way it can."\n')
UNNAMED_FIRST = ('"We have been patient for long enough," Foreign Minister Ali Sadri told reporters.\n\n'
                 "A senior Iranian diplomat, speaking on condition of anonymity, said talks would go on.\n\n"
                 '"They want us to give everything first," the Iranian diplomat said.\n')


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param(TWO_COUNTRIES, "Khalid al-Marri", id="the Qatari official after an Iranian minister spoke"),
    pytest.param(SAME_COUNTRY, "Ali Sadri", id="the Iranian diplomat: the one Iranian titled so"),
    pytest.param(TWO_OF_ONE_COUNTRY, None, id="two Qataris titled so: unsure"),
    pytest.param(UNNAMED_FIRST, "senior Iranian diplomat", id="after an unnamed source: its fuller label"),
])
def test_a_role_naming_a_country_is_someone_of_that_country(text: str, speaker: str | None) -> None:
    assert extract_quotes(text)[-1].speaker == speaker
