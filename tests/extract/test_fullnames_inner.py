"""A titled person called by an inner word of their full name (``briefings.extract.fullnames.
inner_names``): "Lula said", after "Brazil's President Luiz Inácio Lula da Silva", was the
speaker "Lula" with no party ("may be a person or a body"). Only one titled person may hold
the word, it must be no one's surname, and particles ("da") are no names.

Sentences are invented for these tests (real countries, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

LEAD = "Brazil's President Carlos Eduardo Teles da Rocha said he wanted to see the records. "

CASES = [
    pytest.param(LEAD + '"It is normal that there is a dispute," Teles said.',
                 ("Carlos Eduardo Teles da Rocha", "Brazil"), id="the name he goes by"),
    pytest.param(LEAD + 'Chile\'s Foreign Minister Ana Teles said "we are watching closely."',
                 ("Ana Teles", "Chile"), id="a surname of someone else is theirs"),
    pytest.param("Carlos Teles da Rocha spoke first. "  # three name words; four: test_fullnames_particles.py
                 '"It is normal that there is a dispute," Teles said.', ("Teles", None), id="untitled: left as written"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_an_inner_name_goes_to_the_one_titled_person_who_holds_it(text: str, expected: tuple[str, str | None]) -> None:
    quote = extract_quotes(text)[-1]
    assert (quote.speaker, quote.party) == expected
