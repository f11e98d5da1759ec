"""A capitalised role noun inside a run makes it a titled person, not an organisation
(``briefings.extract.mentions._is_organisation``): "Kremlin Spokesman Dmitry X" held the body
word "Kremlin" and no title word, so the whole run was read as a body and the later "X said"
stayed a bare surname of no party.

Sentences are invented for these tests (real bodies, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('Kremlin Spokesman Pavel Renko told reporters there were no plans. "There are no such plans '
                 'right now," Renko said.', ("Pavel Renko", "Russia"), id="Kremlin Spokesman"),
    pytest.param('The Kremlin said there were no plans. "There are no such plans right now," the Kremlin '
                 "said.", ("Kremlin", "Russia"), id="the body alone stays a body"),
])
def test_a_capitalised_spokesman_of_a_body_is_a_person(text: str, expected: tuple[str, str]) -> None:
    [quote] = extract_quotes(text)
    assert (quote.speaker, quote.party) == expected


@pytest.mark.parametrize("run", [
    # the speaker was a person "Office Media Wing" (0.99): a body word after the title makes a body
    "The Prime Minister Office Media Wing",
    "The Chief Minister Office Media Cell",
])
def test_a_body_after_a_title_is_no_person(run: str) -> None:
    (quote,) = extract_quotes(f'{run} said the visit was "a landmark for both nations."')
    assert quote.speaker_kind == "org", quote.evidence
