"""Which of a person's listed parties the article names (``briefings.extract.holders``): a
party named right before a full stop ("... in Ruritania.") is named. The actor tables read
"Portugal." as one word and found no actor in it, so a person listed for two parties got the
one the article happened to name mid-sentence (a guess that hung on punctuation)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.extract import extract_quotes

_SAID = '"We are deeply worried about the harvest,"'

_LIST = {"ilse varga": [("Portugal", "prime minister, 2030–2034"), ("United Nations", "secretary-general, 2035–")]}


@pytest.fixture(autouse=True)
def invented_list(holders_list: Callable[[dict], None]) -> None:
    holders_list(_LIST)


def _party(text: str) -> tuple[str | None, str | None]:
    (quote,) = extract_quotes(text)
    return quote.party, quote.party_reason


@pytest.mark.parametrize("sentence", ["Aid flights left for Portugal.", "Aid flights left for Portugal.\n",
                                      "The storm reached Portugal. Roads closed."])
def test_a_party_named_before_a_full_stop_is_named(sentence: str) -> None:
    party, reason = _party(f"The United Nations appealed for help. {sentence}\n\n{_SAID} Ilse Varga said.")
    assert party is None
    assert reason is not None and "for Portugal and for United Nations" in reason


def test_an_abbreviation_keeps_its_stops() -> None:
    party, reason = _party(f"The U.N. appealed for help on Monday.\n\n{_SAID} Ilse Varga said.")
    assert (party, reason) == ("United Nations", None)
