"""A tie to someone is no post (``lexicon/relation_nouns.txt``, ``labels.ties_to_someone``):
"Kremlin ally Ivan Petrenko said" gave the quote to "Kremlin" (0.97) before "ally" was a role
noun, and then the Kremlin's party, Russia; an ally, a rival or a loyalist of an actor speaks
for no one the title names. A post keeps its actor ("Hamas official"). Sentences are invented."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("text", "speaker"), [
    ('Kremlin ally Ivan Petrenko said the proposal was "a step in the right direction for all".', "Ivan Petrenko"),
    ('Putin ally Yuri Kovalchuk said the West "will tire first, as it always does".', "Yuri Kovalchuk"),
    ('Erdogan loyalist Mehmet Yilmaz told state television the vote "was free and fair everywhere".',
     "Mehmet Yilmaz"),
    ('Trump rival Nikki Haley told supporters the race "is far from over, believe me".', "Nikki Haley"),
    ('"We will keep going," said Netanyahu confidant Ron Dermer on Monday.', "Ron Dermer"),
])
def test_the_person_after_a_tie_speaks(text: str, speaker: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.speaker == speaker, quote.evidence


@pytest.mark.parametrize("text", [
    'Kremlin ally Ivan Petrenko said the proposal was "a step in the right direction for all".',
    'Erdogan loyalist Mehmet Yilmaz told state television the vote "was free and fair everywhere".',
])
def test_a_tie_states_no_party(text: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.party is None, quote.party_evidence
    assert "a tie to whom it names" in (quote.party_reason or ""), quote.party_reason


def test_a_post_keeps_its_actor() -> None:
    (quote,) = extract_quotes('Hamas official Basem Naim said the offer was "unacceptable to our people".')
    assert (quote.speaker, quote.party) == ("Basem Naim", "Hamas")


@pytest.mark.parametrize(("text", "party"), [
    # a country set off after a tie is the country, not a person titled "ally" (attack12 probe:
    # the tie made "Japan" a titled one-word name, and the party was lost)
    ('A U.S. ally, Japan said it "fully supports the new measures announced today".', "Japan"),
    ('A close Russian ally, Belarus said it "will take part in the joint exercises".', "Belarus"),
])
def test_a_country_after_a_tie_speaks_for_itself(text: str, party: str) -> None:
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.party) == (party, party), quote.party_reason
