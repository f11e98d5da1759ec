"""A subject with a time phrase before its verb ("The Iraqi Foreign Ministry on Thursday said"),
wire copy's habit (``briefings.extract.mentions``): a body's name before "on" is no title
with a portfolio after it (``_only_a_title``), and "the Iraqi government" is a role phrase,
not a name to be found as a capitalised run (``_role_phrase``). Both gave no speaker.

Sentences are invented for these tests (real countries)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

QUOTE = ' the strikes were "a flagrant violation of our sovereignty."'

CASES = [
    pytest.param("The Iraqi Foreign Ministry on Thursday said" + QUOTE, ("Iraqi Foreign Ministry", "Iraq"),
                 id="a body's name before a time phrase"),
    pytest.param("Iraq's Foreign Ministry on Thursday said" + QUOTE, ("Iraq's Foreign Ministry", "Iraq"),
                 id="a possessive body before a time phrase"),
    pytest.param("The Iraqi government on Thursday condemned the strikes, calling them"
                 ' "a flagrant violation of our sovereignty."', ("Iraqi government", "Iraq"),
                 id="a nationality and a lower-case body word"),
    pytest.param("UN Special Rapporteur on Myanmar Mina Sarr said" + QUOTE, ("Mina Sarr", "United Nations"),
                 id="a title whose portfolio follows 'on' is still a title"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_subject_before_a_time_phrase_is_the_speaker(text: str, expected: tuple[str | None, str | None]) -> None:
    [quote] = extract_quotes(text)
    assert (quote.speaker, quote.party) == expected
