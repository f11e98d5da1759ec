"""A body's name with "of the" inside it ("the Council of the European Union") is one name,
and a title's "of the" is not (``MentionFinder._body_of_the``). Sentences written for this test."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("subject", "speaker", "party"), [
    # it had been the speaker "Council" (0.96), a body of its own
    ("The Council of the European Union", "Council of the European Union", "European Union"),
    ("The Ministry of the Interior of Chile", "Ministry of the Interior of Chile", "Chile"),
])
def test_a_body_named_with_of_the_is_one_name(subject: str, speaker: str, party: str) -> None:
    (quote,) = extract_quotes(f'{subject} said on Monday that the sanctions would "remain in force until further notice."')
    assert (quote.speaker, quote.party) == (speaker, party)


def test_a_title_with_of_the_is_no_body() -> None:
    (quote,) = extract_quotes('The talks ended. Ana Ruiz, the President of the Republic, said the talks were '
                              '"a step forward for everyone."')
    assert quote.speaker == "Ana Ruiz"
