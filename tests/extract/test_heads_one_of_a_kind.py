"""An unnamed source's label drops a "one" that counts it, as it drops "a": "one envoy said" is
the source "envoy" (the annotators' label), while "three envoys" keep their number
(``briefings.extract.heads.as_written``). Sentences invented for the test."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

# text -> speaker of its one quote
CASES = [
    pytest.param('"We will not accept this," one envoy said after the meeting.', "envoy", id="one, lower case"),
    pytest.param('"We will not accept this," one Valdoran official said.', "Valdoran official", id="one, a nationality"),
    pytest.param('The council met on Monday.\n\nOne diplomat said: "The withdrawal is complete."', "diplomat",
                 id="One, opening the sentence"),
    pytest.param('"Nothing has changed," a senior UN official said.', "senior UN official", id="a, as before"),
    pytest.param('"The text is dead," three foreign ministers said in a joint statement.', "three foreign ministers",
                 id="a number above one stays"),
    pytest.param('"The hall was full," one of the organisers said.', "one of the organisers", id="one of them stays"),
]


@pytest.mark.parametrize(("text", "speaker"), CASES)
def test_an_unnamed_source_is_labelled_without_its_count_of_one(text: str, speaker: str) -> None:
    [quote] = extract_quotes(text)
    assert quote.speaker == speaker
