"""Names that open with a capital outside Latin-1 are names (``briefings.extract.mentions``):
"Łukasz", "Şahin", "Ćirić", "Āboliņš" and "Šefčovič" lost their first letter, so "Defence
Minister Mehmet Şahin" gave the speaker "Mehmet" and "Justice Minister Łukasz Dąbrowski, of the
ruling coalition" gave the coalition (0.98). Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

QUOTE = ' the border "will stay open for trade and for people."'


@pytest.mark.parametrize(("subject", "speaker"), [
    ("Defence Minister Mehmet Şahin said", "Mehmet Şahin"),
    ("Justice Minister Łukasz Wrona, of the Civic Coalition, said", "Łukasz Wrona"),
    ("Lawyer Vesna Ćirić said", "Vesna Ćirić"),
    ("The regulator's chairman, Ivars Āboliņš, said", "Ivars Āboliņš"),
    ("Commissioner Tomáš Šimek said", "Tomáš Šimek"),
    ("Mayor Ömer Öztürk said", "Ömer Öztürk"),
])
def test_a_name_opening_with_a_letter_beyond_latin_1_is_whole(subject: str, speaker: str) -> None:
    (quote,) = extract_quotes(subject + QUOTE)
    assert quote.speaker == speaker, quote.evidence


def test_a_pronoun_after_such_a_name_goes_to_it() -> None:
    text = ("The regulator revoked the licence of the channel TV Rain in 2022. Its chairman, Ivars Āboliņš, "
            'spoke on Monday.\n\nHe said the ruling "was about the law and nothing else."')
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Ivars Āboliņš", quote.evidence
