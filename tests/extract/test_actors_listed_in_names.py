"""A listed group's one-word name after another capitalised word is part of another group's name
(``briefings.extract.actors._place_in_a_name``): "Kataib Hezbollah said" was filed under
Hezbollah, another group. A country's possessive, a hyphened modifier and a sentence's opening
word are no part of a name. Sentences are invented for these tests (real bodies)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("subject", "party"), [
    ("Kataib Hezbollah", None),  # unlisted: the article does not say more
    ("Iran-backed Hezbollah", "Hezbollah"),
    ("Lebanon's Hezbollah", "Hezbollah"),
    ("But Hezbollah", "Hezbollah"),
    ("The Taliban", "Taliban"),
])
def test_a_listed_group_inside_another_name(subject: str, party: str | None) -> None:
    quote = extract_quotes(f'{subject} said in a statement that it would "continue its operations in the area".')[-1]
    assert quote.party == party
