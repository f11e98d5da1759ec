"""A listed name the article gives another role (``briefings.extract.holders``): a namesake, or
the person in another post. The list is not read, and the reason says why; a role that fits a
listed office, a style of address, an event or a second office held beside it still lets the
list speak. The list is replaced by one of invented people, so each case tests the reading."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.extract import holders
from tests.extract.test_holders import _only

_SAID = '"The river has never been this low in spring,"'

_LIST = {
    "tao linwei": [("China", "premier, 2031–")],
    "odo brask": [("Norway", "foreign minister, 2030–2034")],
    "sela ruan": [("Ruritania", "foreign ministry spokeswoman, 2029–")],
    "vida marren": [("Ruritania", "prime minister, 2030–2034"), ("NATO", "secretary general, 2035–")],
}


@pytest.fixture(autouse=True)
def invented_list(holders_list: Callable[[dict], None]) -> None:
    holders_list(_LIST)


ANOTHER_ROLE = [
    ("a trade", f"{_SAID} said Tao Linwei, a taxi driver in Wuhan.", "Tao Linwei", "'a taxi driver in Wuhan'"),
    ("an owner", f"{_SAID} said Tao Linwei, the owner of a shoe factory.", "Tao Linwei",
     "'the owner of a shoe factory'"),
    ("a founder", f"{_SAID} said Odo Brask, a founder of a cycling club.", "Odo Brask",
     "'a founder of a cycling club'"),
    ("a company's chief", f"{_SAID} said Odo Brask, chief executive of a freight company.", "Odo Brask",
     "'chief executive of a freight company'"),  # of "Brask Freight", the company is the party (round 12)
    ("the head of a workshop", f"{_SAID} said Tao Linwei, who runs a furniture workshop.", "Tao Linwei",
     "furniture workshop"),
    ("another public office", f"{_SAID} said Odo Brask, mayor of a small port town.", "Odo Brask",
     "'mayor of a small port town'"),
    ("a president of an aid group", f"{_SAID} said Odo Brask, president of a refugee charity.", "Odo Brask",
     "'president of a refugee charity'"),
]


@pytest.mark.parametrize(("text", "speaker", "role"), [c[1:] for c in ANOTHER_ROLE], ids=[c[0] for c in ANOTHER_ROLE])
def test_a_role_that_fits_no_listed_office_keeps_the_list_out(text: str, speaker: str, role: str) -> None:
    found_speaker, party, evidence, reason = _only(text)
    assert (found_speaker, party, evidence) == (speaker, None, None)
    assert reason is not None and "a role that none of their listed offices is" in reason and role in reason
    assert "is not used" in reason


FITTING = [
    ("the listed office in other words", f"{_SAID} said Premier Tao Linwei.", "Tao Linwei", "China"),
    ("a spokesperson for a spokeswoman", f"{_SAID} said Sela Ruan, a spokesperson.", "Sela Ruan", "Ruritania"),
    ("a word that fits any office", f"Norway replied.\n\n{_SAID} said Odo Brask, a senior official.", "Odo Brask",
     "Norway"),
    ("an event, not a role", f"Norway replied.\n\n{_SAID} said Odo Brask, who was re-elected in 2031.", "Odo Brask",
     "Norway"),
    ("a second office held beside it", f"China replied.\n\n{_SAID} said Tao Linwei, also chairman of the planning "
     "commission.", "Tao Linwei", "China"),
    ("a style of address alone", f"Norway replied.\n\n{_SAID} said Sheikh Odo Brask.", "Odo Brask", "Norway"),
]


@pytest.mark.parametrize(("text", "speaker", "party"), [c[1:] for c in FITTING], ids=[c[0] for c in FITTING])
def test_a_role_that_fits_or_is_no_role_lets_the_list_speak(text: str, speaker: str, party: str) -> None:
    found_speaker, found_party, evidence, reason = _only(text)
    assert (found_speaker, found_party, reason) == (speaker, party, None)
    assert evidence is not None and evidence.startswith("weaker:") and "office-holder list" in evidence


CHOSEN = [
    ("a title of one party's office", f"{_SAID} said Vida Marren, the secretary general.", "NATO", "secretary general"),
    ("a title of the other's", f"{_SAID} said Vida Marren, the prime minister.", "Ruritania", "prime minister"),
]


@pytest.mark.parametrize(("text", "party", "office"), [c[1:] for c in CHOSEN], ids=[c[0] for c in CHOSEN])
def test_a_title_chooses_among_a_persons_listed_parties(text: str, party: str, office: str) -> None:
    speaker, found_party, evidence, reason = _only(text)
    assert (speaker, found_party, reason) == ("Vida Marren", party, None)
    assert evidence is not None and office in evidence and "fit these offices" in evidence


def test_a_word_for_the_head_of_any_body_does_not_choose_among_parties(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "the fund's chief" fits a listed "chief executive" of another body by its words only: the
    party is the one the article names, not that body's."""
    monkeypatch.setattr(holders, "office_holders", lambda: {"mira kolev": [
        ("International Monetary Fund", "managing director, 2031–"), ("World Bank", "chief executive, 2028–2030")]})
    speaker, party, evidence, reason = _only("The International Monetary Fund cut its forecast.\n\n"
                                             '"Growth will slow sharply this year," said Mira Kolev, the fund\'s chief.')
    assert (speaker, party, reason) == ("Mira Kolev", "International Monetary Fund", None)
    assert evidence is not None and "the article names only International Monetary Fund" in evidence
