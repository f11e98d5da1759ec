"""A subject "it" after a body named by a role phrase ("China's embassy in Manila responded with
a statement. It said, '…'") stands for that body (``briefings.extract.pronouns._body_phrase``),
not for the country named before it: the speaker was `Philippines` (0.93). Sentences are
invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("text", "speaker"), [
    ("Valdonia and Fenwick signed the pact in Korva on Monday.\n\n"
     "Norway's embassy in Korva responded with a statement. It said, "
     '"Military cooperation should never target any third party."', "Norway's embassy"),
    ("Valdonia and Fenwick signed the pact in Korva on Monday.\n\n"
     "The Ostravan embassy responded with a statement. "
     '"Military cooperation should never target any third party," it said.', "Ostravan embassy"),
    # the body in the paragraph before
    ("Valdonia protested on Monday.\n\nThe Ostravan ministry rejected the protest.\n\n"
     '"Military cooperation should never target any third party," it said.', "Ostravan ministry"),
])
def test_it_after_a_body_phrase(text: str, speaker: str) -> None:
    assert extract_quotes(text)[-1].speaker == speaker


def test_a_named_body_still_first() -> None:
    text = ("The Ostravan Foreign Ministry summoned the envoy. The embassy was closed. "
            '"Military cooperation should never target any third party," it said.')
    assert extract_quotes(text)[-1].speaker == "Ostravan Foreign Ministry"


@pytest.mark.parametrize("text", [
    # the acronym in the pronoun's paragraph, the full name in the one before
    ('The Department of Maritime Affairs (DMA) summoned the envoy on Monday.\n\nIn a statement, the '
     'DMA said it "strongly protests the aggressive actions" of the ship, which it said had "endangered '
     'the lives of the crew."'),
    ('The Department of Maritime Affairs (DMA) summoned the envoy on Monday.\n\nThe DMA protested.\n\n'
     '"The lives of the crew were endangered by the ship," it said.'),
])
def test_it_gets_the_full_name_of_an_acronym(text: str) -> None:
    assert extract_quotes(text)[-1].speaker == "Department of Maritime Affairs"
