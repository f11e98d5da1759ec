"""An apposition whose body is followed by its acronym in brackets still ends there
(``titles.apposition_after``). Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

LATER = '\n\n"The bloc will issue a statement of concern, and then life goes on," Goh said.'


@pytest.mark.parametrize(("lead", "speaker", "party"), [
    # the acronym hid the title, so "Goh" (family name first) stayed one word, with no party
    ("Goh Mei Ling, a senior fellow at the Institute of Policy Studies (IPS), said the bloc was split.",
     "Goh Mei Ling", "independent"),
    ("Goh Mei Ling, a researcher at the Lowy Institute (LI). She spoke on Monday.", "Goh Mei Ling", "independent"),
    ("Goh Mei Ling, a senior fellow at the Institute of Policy Studies, said the bloc was split.",
     "Goh Mei Ling", "independent"),
])
def test_an_acronym_after_the_body_ends_the_apposition(lead: str, speaker: str, party: str) -> None:
    quote = extract_quotes(lead + LATER)[-1]
    assert (quote.speaker, quote.party) == (speaker, party), quote.evidence
