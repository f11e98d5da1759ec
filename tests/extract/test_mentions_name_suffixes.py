"""A name that ends in "Jr." or "Sr." keeps its full stop, as the article writes it
(``mentions.MentionFinder._mention_from_run``): "Defense Secretary Gilberto Teodoro Jr. said"
gave `Gilberto Teodoro Jr`, which the gold's "Gilberto Teodoro Jr." does not equal. Sentences are
invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("text", "speaker"), [
    ('"We will not be intimidated," Defense Secretary Tomas Villareal Jr. said.', "Tomas Villareal Jr."),
    ('"We will not be intimidated," said Defense Secretary Tomas Villareal Sr.', "Tomas Villareal Sr."),
    ('"We will not be intimidated," Tomas Villareal Jr said.', "Tomas Villareal Jr"),
    ('"We will not be intimidated," said Tomas Villareal.', "Tomas Villareal"),
])
def test_a_suffix_as_written(text: str, speaker: str) -> None:
    assert extract_quotes(text)[-1].speaker == speaker
