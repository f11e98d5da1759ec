"""A listed name the article places as it places a private person (``briefings.extract.holders``):
"X, of Amman,", "X, 52, from a port town", "X of Busan". News places an office holder by their
office, not by a home town; a place that names one of the person's listed parties ("X of
Ruritania") is no contradiction. The list is replaced by one of invented people."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.extract import extract_quotes

_SAID = '"The bakery on our street closed last winter,"'

_LIST = {"omar daleh": [("Palestine", "prime minister, 2031–")], "han sori": [("South Korea", "foreign minister, 2030–")]}


@pytest.fixture(autouse=True)
def invented_list(holders_list: Callable[[dict], None]) -> None:
    holders_list(_LIST)


def _party(text: str) -> tuple[str | None, str | None, str | None]:
    (quote,) = extract_quotes(text)
    return quote.speaker, quote.party, quote.party_reason


PLACED = [
    ("of a capital of another country", f"{_SAID} said Omar Daleh, of Amman.", "Omar Daleh", "'of Amman'"),
    ("an age and a town with its country", f"{_SAID} said Omar Daleh, 52, from Amman, Jordan.", "Omar Daleh",
     "'52, from Amman, Jordan'"),
    ("a town no table knows, without a comma", f"{_SAID} said Han Sori of Busan.", "Han Sori", "'of Busan'"),
]


@pytest.mark.parametrize(("text", "speaker", "place"), [c[1:] for c in PLACED], ids=[c[0] for c in PLACED])
def test_a_person_placed_by_a_home_town_gets_no_party_from_the_list(text: str, speaker: str, place: str) -> None:
    found_speaker, party, reason = _party(text)
    assert (found_speaker, party) == (speaker, None)
    assert reason is not None and f"the article writes {place} after {speaker}: a home town or a body" in reason


@pytest.mark.parametrize("text", [f"{_SAID} said Han Sori of South Korea.",
                                  f"Seoul replied.\n\n{_SAID} said Han Sori of the ministry."])
def test_a_place_of_the_listed_party_or_a_body_is_no_contradiction(text: str) -> None:
    assert _party(text) == ("Han Sori", "South Korea", None)
