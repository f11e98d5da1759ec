"""A country inside a research project's name is its subject, and the project's director speaks
for the body that runs it (``lexicon/project_words.txt``, ``actors._in_an_academic_name``,
``title_bodies._AT_BODY``): "X, director of the Iraq Initiative at Chatham House," was filed
under Iraq (0.95). Sentences are invented for these tests (real countries, invented bodies and
people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("apposition", "party"), [
    ("director of the Iraq Initiative at the Harwick Institute", "Harwick Institute"),
    ("head of the Korea Programme at the Nordic Institute", "Nordic Institute"),
    ("who leads the Syria Project at the Lindqvist Centre", "Lindqvist Centre"),
    # a body that is no project keeps its name, as before
    ("head of the Lindqvist Institute", "Lindqvist Institute"),
])
def test_a_project_named_after_a_country(apposition: str, party: str | None) -> None:
    quote = extract_quotes(f'Rana Holt, {apposition}, said the room was "shrinking by the week".')[-1]
    assert (quote.speaker, quote.party) == ("Rana Holt", party), quote.party_evidence
