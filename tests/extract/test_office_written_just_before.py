"""An official titled by an office with no country ("government spokesman X", "army spokesman
X") right after the article writes that office with its country ("The Ethiopian government
rejected the report.") speaks for that country: the party was null, with the reason "the article
names that office of Ethiopia, never with X as its holder". Only in the paragraph of the first
mention or the one before, and with no other country named between; further away, or held by
someone named, it stays null. Names are invented."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

_QUOTE = '"These allegations are baseless," government spokesman Legas Abena said.'
CASES = [
    ("the sentence before", f"The Ethiopian government rejected the report. {_QUOTE}", "Ethiopia"),
    ("the paragraph before", f"The Ethiopian government rejected the report.\n\n{_QUOTE}", "Ethiopia"),
    ("an army", 'The Nigerian Army said 40 fighters were killed. "The troops neutralised them," army spokesman '
     'Onye Nwaku said.', "Nigeria"),
    ("another country between", f"The Ethiopian government rejected the report. Sudan disagreed. {_QUOTE}", None),
    ("two paragraphs before", f"The Ethiopian government rejected the report.\n\nTalks went on.\n\n{_QUOTE}", None),
    ("held by someone named", f"The Ethiopian government spokesman, Bekele Tafa, rejected the report. {_QUOTE}",
     None),
    # another country in the office's own sentence: the office is the other side's (attack12 probe:
    # "Bahrain's crown prince held talks with the Jordanian king. / King Hamad said" gave Jordan)
    ("another country in its sentence", f"Sudan's envoy met the Ethiopian government in Addis Ababa. {_QUOTE}",
     None),
]


@pytest.mark.parametrize(("body", "party"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_an_office_written_with_its_country_just_before(body: str, party: str | None) -> None:
    quote = extract_quotes(f"ADDIS ABABA - Amnesty accused soldiers of killings on Monday.\n\n{body}\n")[-1]
    assert quote.speaker in ("Legas Abena", "Onye Nwaku")
    assert quote.party == party
