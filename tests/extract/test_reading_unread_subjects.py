"""A quote whose own reporting cue has a subject the extractor cannot read is not given the
speaker before it: it stays without a speaker, unless a colon's subject introduces it
(``briefings.extract.reading``). Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

_BEFORE = '"He is a fine man, but he cannot win," Gov. Tom Hale said of his rival on Monday.\n\n'

CASES = [
    pytest.param(_BEFORE + 'The retired neurosurgeon has provided no details about how he planned to reboot his '
                 'campaign, saying in his statement only that he was "refining some operational practices."', None,
                 id="a participle whose subject is no mention: no speaker, not the governor"),
    pytest.param(_BEFORE + 'Sen. Ann Ruiz toured the state on Tuesday. Asked which county was her favorite, she '
                 'demurred: "Whichever one I am in."', "Ann Ruiz", id="an opening 'Asked' with no subject: the colon's subject"),
    pytest.param(_BEFORE + '"We will win this state," the governor said.', "Tom Hale",
                 id="a cue with a subject is read as before"),
]


@pytest.mark.parametrize(("text", "speaker"), CASES)
def test_a_cue_without_a_readable_subject(text: str, speaker: str | None) -> None:
    assert extract_quotes(text)[-1].speaker == speaker
