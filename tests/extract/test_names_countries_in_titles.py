"""A country's name of several words after a title's "of"/"for" belongs to the title, and "and"
inside it continues the run (``names._country_after_link``, ``and_names._country_and``): "Prime
Minister of Trinidad and Tobago X" was named `Tobago X`, and "High Representative for Bosnia and
Herzegovina X" `Herzegovina X`. Sentences are invented for these tests (real countries, invented
people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("title", "party"), [
    ("Prime Minister of Trinidad and Tobago", "Trinidad and Tobago"),
    ("Foreign Minister of Bosnia and Herzegovina", "Bosnia and Herzegovina"),
    ("President of the United States", "United States"),  # as before
])
def test_a_country_of_several_words_in_a_title(title: str, party: str) -> None:
    quote = extract_quotes(f'{title} Anya Rowley said the move was "a direct attack on the order".')[-1]
    assert (quote.speaker, quote.party) == ("Anya Rowley", party)
