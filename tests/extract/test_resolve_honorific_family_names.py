"""A family name written first, used alone, goes to the full name of a person introduced with
an honorific (``briefings.extract.resolve._honorific``): "Professor Park Won-sik of Ewha Womans
University said …. '…,' Park said" gave `Park` (0.95), as only a title word made someone
"titled". Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("introduction", "speaker"), [
    ("Professor Han Jae-woo of Hanbit University", "Han Jae-woo"),
    ("Dr Han Jae-woo, a historian,", "Han Jae-woo"),
])
def test_a_family_name_alone(introduction: str, speaker: str) -> None:
    text = f'{introduction} spoke at the forum. "Both leaders are weak at home," Han said.'
    assert extract_quotes(text)[-1].speaker == speaker
