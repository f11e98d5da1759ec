"""The label of an unnamed speaker (``briefings.extract.heads.as_written``): the role phrase as
written, without the article or the "one"/"another" that counts the speaker as one of many, so
that "one envoy says" and "a diplomat said" are labelled alike; a number above one is kept.

Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

CASES = [
    ('The envoys met the minister. One envoy says: "He confirmed the withdrawal in writing."', "envoy"),
    ('"We are not satisfied with the pace," another diplomat said.', "diplomat"),
    ('"We are not satisfied with the pace," a diplomat said.', "diplomat"),
    ('"The plan is dead," one senior official said on Monday.', "senior official"),
    ('"The talks are over," two officials said.', "two officials"),
]


@pytest.mark.parametrize(("text", "label"), CASES)
def test_an_unnamed_speaker_is_labelled_without_its_determiner(text: str, label: str) -> None:
    [quote] = extract_quotes(text)
    assert quote.speaker == label
