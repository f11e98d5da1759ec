"""An outlet that quotes a person "as saying" relays the person's words, also where a title
stands before the name ("IRNA quoted Foreign Ministry spokesman X as saying") and where another
person is the subject of the reported clause; an unnamed source with two modifiers ("a senior
security official") is a mention too (``briefings.extract.relay``, ``mentions``).

Sentences are invented for these tests (real agencies, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param("Iran's state news agency IRNA quoted Foreign Ministry spokesman Reza Ghadiri as saying "
                 'that Tehran "will never give up its rights."', "Reza Ghadiri", id="a title before the name"),
    pytest.param('IRNA quoted Reza Ghadiri as saying that Tehran "will never give up its rights."',
                 "Reza Ghadiri", id="a name, then a reported clause with its own subject"),
    pytest.param("IRNA quoted Deputy Foreign Minister Reza Ghadiri as saying that Tehran \"will never give "
                 'up its rights."', "Reza Ghadiri", id="a capitalised title"),
    pytest.param("The semi-official Tasnim news agency quoted a senior security official as saying Iran "
                 'could "reconsider its cooperation" with the IAEA.', "senior security official",
                 id="an unnamed source with two modifiers"),
])
def test_an_outlet_quoting_someone_relays_their_words(text: str, speaker: str) -> None:
    assert extract_quotes(text)[-1].speaker == speaker


def test_a_verb_phrase_is_no_title() -> None:
    text = 'IRNA quoted reports that Reza Ghadiri had said Tehran "will never give up its rights."'
    assert extract_quotes(text)[-1].speaker != "IRNA"
