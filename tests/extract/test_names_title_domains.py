"""A title's "of" or "for" is always followed by its domain, never by the holder's name:
"Mayor of London Sadiq X said" gave `London Sadiq X`, "President of Iran Hassan X" gave `Iran
Hassan X`, "Archbishop of Canterbury Justin X" gave `Canterbury Justin X`
(``names._domain_after_link``, ``portfolios._one_word_domain``); "homeland" is a portfolio word.
A style before a body's name is no style ("Cardinal Health", ``names.honorifics_opening``).
Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("title", "speaker"), [
    ("Mayor of Lisbon Rui Tavora", "Rui Tavora"),
    ("President of Chile Ana Lagos", "Ana Lagos"),
    ("Archbishop of Lagos Ignatius Okafor", "Ignatius Okafor"),
    ("Bishop for Mombasa Peter Wafula", "Peter Wafula"),
    ("Secretary of Homeland Security Jane Kettle", "Jane Kettle"),
    # a country of several words, and a portfolio, as before
    ("Prime Minister of Trinidad and Tobago Anya Rowley", "Anya Rowley"),
    ("Minister of Health Ana Ruiz", "Ana Ruiz"),
])
def test_the_domain_after_a_title(title: str, speaker: str) -> None:
    assert extract_quotes(f'"We want stability and growth," {title} said.')[-1].speaker == speaker


def test_a_style_before_a_body_word_is_a_name() -> None:
    quote = extract_quotes('"Our results were strong this year," Cardinal Health said in a statement.')[-1]
    assert quote.speaker == "Cardinal Health"
