"""A country's officer written with its possessive (``mentions._possessive_phrase``,
``owners.owned_role``): "Israel's prime minister has said … '…'" lost its phrase to the
auxiliary (no speaker, no party); and "Israel's prime minister" as the speaker's name is a
label where the article names the holder later (the name is what the reader wants). No one
titled so: no speaker, and the country as party. Sentences are invented."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize("text", [
    "Norway's prime minister has said the operation will continue \"until our people can return home\".",
    "Norway's prime minister said the operation will continue \"until our people can return home\".",
    "Norway's foreign minister had told reporters the talks were \"going nowhere fast, sadly\".",
])
def test_a_countrys_officer_is_unsure_but_the_countrys(text: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.speaker is None, quote.evidence
    assert "could not be resolved to a name" in (quote.reason or ""), quote.reason
    assert quote.party == "Norway", quote.party_reason


def test_the_officer_titled_so_speaks() -> None:
    (first, second) = extract_quotes(
        'Prime Minister Ana Duarte of Norway opened the session. "We are ready," Duarte said.\n\n'
        "Norway's prime minister has said the operation will continue \"until our people can return\".")
    assert second.speaker == "Ana Duarte", second.evidence


def test_another_countrys_officer_set_off_is_no_holder() -> None:
    text = ("Israel's prime minister has said the operation will continue \"until our residents can return\".\n\n"
            "Lebanon's caretaker prime minister, Najib Amari, accused Israel of \"deliberately targeting "
            "civilians\" on Monday.")
    first = extract_quotes(text)[0]
    assert first.speaker != "Najib Amari", first.evidence
