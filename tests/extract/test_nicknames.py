"""A one-word nickname the article gives right after a full name goes to that name
(``briefings.extract.nicknames``): "President Joko Widarto, popularly known as Jokowar, ...
'…,' Jokowar said" gave the speaker `Jokowar`. Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("text", "speaker"), [
    ("President Budi Santosa, popularly known as Busan, opened the summit.\n\n"
     '"This is a partnership between equals," Busan told reporters.', "Budi Santosa"),
    ("Prime Minister Somchai Rattanakul, known by his nickname Noi, opened the summit.\n\n"
     '"This is a partnership between equals," Noi told reporters.', "Somchai Rattanakul"),
    ("Opposition leader Amara Okonkwo (better known as Mama) opened the rally.\n\n"
     '"This is a partnership between equals," Mama told reporters.', "Amara Okonkwo"),
])
def test_a_nickname_after_a_full_name(text: str, speaker: str) -> None:
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text", [
    # a nickname given to two people names neither
    ('Budi Santosa, known as Bus, and Budi Hartono, known as Bus, spoke. '
     '"This is a partnership between equals," Bus told reporters.'),
    # "known as" after no name
    ('The pact, known as Jakarta, was signed. "This is a partnership between equals," Jakarta said.'),
])
def test_no_nickname(text: str) -> None:
    assert extract_quotes(text)[-1].speaker not in ("Budi Santosa", "Budi Hartono")
