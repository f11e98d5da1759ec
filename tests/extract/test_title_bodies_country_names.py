"""A body whose own name opens with a country or its adjective ("Georgian Dream chairman X",
"X, a leader of Pakistan Tehreek-e-Insaf,") was filed under the country's government; it is
that body. An organ of the state ("Russian Foreign Ministry", "Iranian Revolutionary Guards")
or of a ruling party ("Chinese Communist Party") stays the country's. People are invented."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

_QUOTE = 'said it was "another example of plain hypocrisy."'

CASES = [
    ("a party by its adjective", f"Georgian Dream chairman Irakli Beridze {_QUOTE}", "Georgian Dream"),
    ("a party after 'leader of'", f"Imran Qadir, a leader of Pakistan Tehreek-e-Insaf, {_QUOTE}",
     "Pakistan Tehreek-e-Insaf"),
    ("a party by the country's name", f"Sweden Democrats leader Jonas Ek {_QUOTE}", "Sweden Democrats"),
    ("a company", f"Saudi Aramco chief executive Amin Saleh {_QUOTE}", "Saudi Aramco"),
    ("a ministry", f"Russian Foreign Ministry spokeswoman Vera Orlova {_QUOTE}", "Russia"),
    ("a ruling party", f"Chinese Communist Party official Li Wen {_QUOTE}", "China"),
    ("armed forces", f"Iranian Revolutionary Guards commander Ali Fadavi-Nia {_QUOTE}", "Iran"),
    ("a title only", f"Turkish Foreign Minister Kemal Aras {_QUOTE}", "Turkey"),
]


@pytest.mark.parametrize(("text", "party"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_body_named_after_its_country_is_no_government(text: str, party: str) -> None:
    assert extract_quotes(text)[-1].party == party
