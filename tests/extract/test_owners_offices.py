""""X's office said" gives "X's office", as written with the person's fullest name, never "X
office", a name no text gives; a country's body and a person's campaign keep their forms
("Valdonia defence ministry", "the Roe campaign") (``briefings.extract.owners``).

Sentences are invented for these tests (real countries, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param("Brazilian President Ana Lucia Moreira spoke to the Colombian leader on Monday.\n\n"
                 '"The president stressed that only dialogue can help," Moreira\'s office said in a statement.\n',
                 "Ana Lucia Moreira's office", id="a person's office"),
    pytest.param('Israeli Prime Minister Yoav Ben-Ami\'s office said Israel would "act with full force" if attacked.',
                 "Yoav Ben-Ami's office", id="a titled person's office"),
    pytest.param('Senator Jane Roe spoke in Ohio.\n\nRoe\'s campaign said the ads were "false and misleading."',
                 "Jane Roe campaign", id="a person's campaign keeps its form"),
])
def test_a_persons_office_is_written_with_the_possessive(text: str, speaker: str) -> None:
    assert extract_quotes(text)[-1].speaker == speaker
