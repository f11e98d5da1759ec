"""Officials named by the actor they serve (``briefings.extract.actor_groups``): "U.S. officials
said" went to the bare group "officials" with no party; now the group is "U.S. officials" and its
party the United States, as "Pakistani officials" is Pakistan's. Experts on a country are no
staff of it. Sentences are written for the test."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

_SAID = '"The ceasefire will hold only if both sides want it to,"'

CASES = [
    ("a country's abbreviation", f"{_SAID} U.S. officials said.", "U.S. officials", "United States"),
    ("an organisation's acronym", f"{_SAID} EU diplomats said on Monday.", "EU diplomats", "European Union"),
    ("a lower-case word between", f"{_SAID} U.S. defense officials said.", "U.S. defense officials",
     "United States"),
    ("a movement by its name", f"{_SAID} Hamas officials said.", "Hamas officials", "Hamas"),
    ("after the cue", f"{_SAID} said NATO officials.", "NATO officials", "NATO"),
    ("listed with a nationality", f"{_SAID} Israeli and U.S. officials said.", "Israeli and U.S. officials",
     "Israel and United States"),
    ("experts on a country speak for themselves", f"{_SAID} China experts said.", "experts", "independent"),
]


@pytest.mark.parametrize(("text", "speaker", "party"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_an_actor_before_a_plural_of_office_opens_a_group(text: str, speaker: str, party: str) -> None:
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.party) == (speaker, party)
