"""The office-holder list (``briefings.extract.holders``): a named person whose party the text
never states gets the party the list gives them, marked weaker; the text always comes first; a
surname alone is never looked up; a person listed for several parties gets the one the article
names, or none. The list is replaced here by one of invented people, so each case tests the
reading, not the data (tests/extract/test_office_holders_data.py checks the data)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.extract import extract_quotes, holders

_SAID = '"We will not accept these terms at all,"'

_LIST = {
    "mara velt": [("Norway", "foreign minister, 2010–2014")],
    "kim sol jin": [("South Korea", "foreign minister, 2015–2017")],
    "reza tavan": [("Iran", "foreign minister, 2013–2016"), ("Iran", "vice-president, 2017–2019")],
    "olle brand": [("Sweden", "prime minister, 2006–2010"), ("NATO", "secretary general, 2011–2015")],
}


@pytest.fixture(autouse=True)
def invented_list(holders_list: Callable[[dict], None]) -> None:
    holders_list(_LIST)


def _only(text: str) -> tuple[str | None, str | None, str | None, str | None]:
    (quote,) = extract_quotes(text)
    return quote.speaker, quote.party, quote.party_evidence, quote.party_reason


LISTED = [
    ("a full name with no title", f"Norway sent a delegation.\n\n{_SAID} Mara Velt said on Monday.", "Mara Velt",
     "Norway",
     "the office-holder list has Mara Velt for Norway (foreign minister, 2010–2014)"),
    ("a family-name-first name, hyphenated in the text", f"Seoul sent a delegation.\n\n{_SAID} Kim Sol-jin told "
     "reporters.", "Kim Sol-jin",
     "South Korea", "the office-holder list has Kim Sol-jin for South Korea"),
    ("two offices of one party", f"Iranian envoys arrived.\n\n{_SAID} said Reza Tavan.", "Reza Tavan", "Iran",
     "foreign minister, 2013–2016; vice-president, 2017–2019"),
    ("an office with no country, the list gives it", f"{_SAID} Foreign Minister Mara Velt said.", "Mara Velt",
     "Norway", "the office-holder list has Mara Velt for Norway"),
    ("several parties, the article names one", f"NATO allies met in Brussels.\n\n{_SAID} Olle Brand said.",
     "Olle Brand", "NATO", "the article names only NATO of them"),
]


@pytest.mark.parametrize(("text", "speaker", "party", "evidence"), [c[1:] for c in LISTED],
                         ids=[c[0] for c in LISTED])
def test_the_list_gives_a_party_the_text_does_not(text: str, speaker: str, party: str, evidence: str) -> None:
    found_speaker, found_party, found_evidence, reason = _only(text)
    assert (found_speaker, found_party, reason) == (speaker, party, None)
    assert found_evidence is not None and found_evidence.startswith("weaker:") and evidence in found_evidence


NOT_LISTED = [
    ("the text states another party: the text wins", f"{_SAID} Swedish Foreign Minister Mara Velt said.",
     "Mara Velt", "Sweden", None),
    ("a surname alone is never looked up", f"{_SAID} said Velt.", "Velt", None, "may be a person or a body"),
    ("a surname with a title of the office the list has", f"{_SAID} Foreign Minister Velt said.", "Velt", None,
     "does not say whom Velt"),
    ("a name the list does not have", f"{_SAID} Anna Lind said.", "Anna Lind", None,
     "the article does not say whom Anna Lind speaks for"),
    ("several parties, the article names neither", f"{_SAID} Olle Brand said.", "Olle Brand", None,
     "the office-holder list has Olle Brand for Sweden and for NATO"),
    ("several parties, the article names both", f"Sweden joined NATO allies in Brussels.\n\n{_SAID} Olle Brand "
     "said.", "Olle Brand", None, "the office-holder list has Olle Brand for Sweden and for NATO"),
    ("a former office: whom they speak for now is unknown", f"{_SAID} said former foreign minister Mara Velt.",
     "Mara Velt", None, "held the office they are titled with before"),
]


@pytest.mark.parametrize(("text", "speaker", "party", "reason"), [c[1:] for c in NOT_LISTED],
                         ids=[c[0] for c in NOT_LISTED])
def test_the_list_does_not_override_or_guess(text: str, speaker: str, party: str | None, reason: str | None) -> None:
    found_speaker, found_party, evidence, found_reason = _only(text)
    assert (found_speaker, found_party) == (speaker, party)
    assert evidence is None or "office-holder list" not in evidence
    if reason:
        assert found_reason is not None and reason in found_reason


def test_names_are_folded_without_diacritics_hyphens_or_case() -> None:
    assert holders.fold("Recep Tayyip Erdoğan") == holders.fold("recep tayyip erdogan")
    assert holders.fold("Kim Jong-un") == holders.fold("Kim Jong Un")
    assert holders.fold("Ban Ki‑moon") == "ban ki moon"
