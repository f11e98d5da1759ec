"""Unnamed staff named with their employer (``briefings.extract.labels.staff_of_body``): "a
senior official in the Kurdistan Democratic Party" speaks for that party, "an official at the
Iraqi Foreign Ministry" for Iraq. A place after the label is no employer ("an official in
Baghdad" stays unsure), and a seat of government keeps its own rule ("officials in Tehran").

Sentences are invented for these tests (real countries and bodies, invented parties)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

QUOTE = ' said there had been "no advance warning of the strikes."'

CASES = [
    pytest.param("A senior official in the Kurdish Reform Party (KRP), who asked not to be named," + QUOTE,
                 "Kurdish Reform Party", id="a party by its own name, with its acronym"),
    pytest.param("An official at the Iraqi Foreign Ministry" + QUOTE, "Iraq", id="a ministry that names its country"),
    pytest.param("Sources at the United Nations" + QUOTE, "United Nations", id="an international organisation"),
    pytest.param("An official in Baghdad" + QUOTE, None, id="a place is no employer"),
    pytest.param("A source at Camp David" + QUOTE, None, id="a named place is no employer"),
    pytest.param("Officials in Tehran" + QUOTE, "Iran", id="a seat of government: officials_in"),
    # no country given: the forum they speak in (notes, party rule 4; test_forums_diplomats.py)
    pytest.param("A diplomat at the United Nations" + QUOTE, "United Nations", id="an unnamed diplomat's forum"),
]


@pytest.mark.parametrize(("text", "party"), CASES)
def test_unnamed_staff_speak_for_their_employer(text: str, party: str | None) -> None:
    [quote] = extract_quotes(text)
    assert quote.party == party
