"""Words of another time or side near a listed person's name (``briefings.extract.holders``):
"ex-minister X", "X, a onetime envoy", "X, who now leads an opposition party". The title readers
take none of them for a former office, so without this rule the list filed the words under the
government the person no longer (or never then) spoke for. The list is replaced by one of
invented people, so each case tests the reading, not the data."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.extract import extract_quotes

_SAID = '"The vote was stolen from the people of this country,"'

_LIST = {
    "pavel orlin": [("Russia", "prime minister, 2030–2034")],
    "hana strom": [("Ireland", "special envoy for the islands, 2031–2033")],
}


@pytest.fixture(autouse=True)
def invented_list(holders_list: Callable[[dict], None]) -> None:
    holders_list(_LIST)


def _only(text: str) -> tuple[str | None, str | None, str | None]:
    (quote,) = extract_quotes(text)
    return quote.speaker, quote.party, quote.party_reason


ELSEWHEN = [
    ("ex- before the name", f"{_SAID} said ex-minister Pavel Orlin.", "Pavel Orlin", "'ex-'"),
    ("onetime after the name", f"{_SAID} said Pavel Orlin, a onetime prime minister.", "Pavel Orlin", "'onetime'"),
    ("one-time, hyphenated", f"{_SAID} said Hana Strom, the one-time envoy.", "Hana Strom", "'one-time'"),
    ("now, a later post", f"{_SAID} said Pavel Orlin, who now leads a small party.", "Pavel Orlin", "'now'"),
    ("the opposition", f"{_SAID} said Pavel Orlin, whose party sits in opposition.", "Pavel Orlin",
     "'opposition'"),
    ("served until", f"{_SAID} said Hana Strom, who served as envoy until 2033.", "Hana Strom", "'served'"),
    ("fired", f"{_SAID} said Hana Strom, who was fired last spring.", "Hana Strom", "'fired'"),
    ("the late", f"{_SAID} the late Pavel Orlin once wrote.", "Pavel Orlin", "'the late'"),
    ("ousted before the name", f"{_SAID} said ousted prime minister Pavel Orlin.", "Pavel Orlin", "'ousted'"),
    ("stepped down", f"{_SAID} said Pavel Orlin, who stepped down in 2034.", "Pavel Orlin", "'stepped down'"),
    ("left office", f"{_SAID} said Hana Strom, who left office last year.", "Hana Strom", "'left office'"),
    ("years from and to", f"{_SAID} said Hana Strom, envoy from 2031 to 2033.", "Hana Strom", "'from 2031 to 2033'"),
    ("running for another post", f"{_SAID} said Pavel Orlin, who is running for mayor.", "Pavel Orlin", "'running'"),
    ("from exile, without a comma", f"{_SAID} said Pavel Orlin from exile in Vienna.", "Pavel Orlin", "'exile'"),
]


@pytest.mark.parametrize(("text", "speaker", "cue"), [c[1:] for c in ELSEWHEN], ids=[c[0] for c in ELSEWHEN])
def test_words_of_another_time_or_side_keep_the_list_out(text: str, speaker: str, cue: str) -> None:
    found_speaker, party, reason = _only(text)
    assert (found_speaker, party) == (speaker, None)
    assert reason is not None and "in words of another time or side" in reason and cue in reason


NOT_ELSEWHEN = [
    ("has served: still in office", f"Russia voted.\n\n{_SAID} said Pavel Orlin, who has served as prime minister "
     "since 2030.", "Russia"),
    ("opposition outside the apposition", f"Russia voted.\n\n{_SAID} Pavel Orlin said of the opposition.", "Russia"),
    ("a clause before the name's own", f"Until Monday the talks with Ireland were frozen. {_SAID} Hana Strom said.",
     "Ireland"),
]


@pytest.mark.parametrize(("text", "party"), [c[1:] for c in NOT_ELSEWHEN], ids=[c[0] for c in NOT_ELSEWHEN])
def test_the_list_still_speaks_where_no_such_words_describe_the_person(text: str, party: str) -> None:
    _, found_party, reason = _only(text)
    assert (found_party, reason) == (party, None)
