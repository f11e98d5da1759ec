""""the two leaders" (or "both leaders") stand for the last two heads of state or government the
article named before, whatever their titles ("President A and King B met"), as "the two
ministers" stand for two ministers (``briefings.extract.joint.LEADERS``).

Sentences are invented for these tests (real countries, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param("Egyptian President Adel Nasri and Jordan's King Faisal met in Cairo on Monday.\n\n"
                 'The two leaders told reporters a ceasefire was "the first and most urgent priority."',
                 "Adel Nasri and Faisal", id="a president and a king"),
    pytest.param("Chancellor Petra Lang and Prime Minister Jan Olsen met in Oslo.\n\n"
                 'Both leaders said the deal was "good for our two peoples."', "Petra Lang and Jan Olsen",
                 id="a chancellor and a prime minister"),
])
def test_the_two_leaders_are_the_two_heads_named_before(text: str, speaker: str) -> None:
    assert extract_quotes(text)[-1].speaker == speaker


def test_one_leader_named_gives_no_pair() -> None:
    text = ("Egyptian President Adel Nasri met the envoy in Cairo.\n\n"
            'The two leaders said a ceasefire was "the first and most urgent priority."')
    assert extract_quotes(text)[-1].speaker != "Adel Nasri"
