"""A title set off by a comma before a name is read back to a dash, which ends a dateline:
"KHERSON, Ukraine (AP) — The Russian-installed governor of the region, X, said" read the title
from "Ukraine (AP) …" and gave Ukraine. People are invented."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes
from briefings.extract.clause import outside_datelines
from briefings.extract.mention import Mention

_QUOTE = ' said that "we are moving people to safety today."'

CASES = [
    ("an em dash", "KHERSON, Ukraine (AP) — The Russian-installed governor of the region, Ivan Saldov,", "Russia"),
    ("a spaced hyphen", "KHERSON, Ukraine (Reuters) - The Russian-installed governor of the region, Ivan Saldov,",
     "Russia"),
    ("no country in the title", "TBILISI, Georgia (AP) — The governor of the northern region, Ivan Saldov,", None),
]


@pytest.mark.parametrize(("opening", "party"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_dateline_is_no_part_of_a_title(opening: str, party: str | None) -> None:
    assert extract_quotes(opening + _QUOTE)[-1].party == party


# "ISLAMABAD: ..." (South Asian and Gulf house style): a place and a colon open the paragraph
COLON_DATELINES = [
    ("a capital", "HANOI: Vietnam's Foreign Ministry on Friday rejected the plan as", "Vietnam's Foreign Ministry"),
    ("a capital of two words", "NEW DELHI: India's Foreign Ministry on Friday rejected the plan as",
     "India's Foreign Ministry"),
    ("a country and a date", "VIETNAM, Dec 8: Vietnam's Foreign Ministry on Friday rejected the plan as",
     "Vietnam's Foreign Ministry"),
]


@pytest.mark.parametrize(("opening", "speaker"), [c[1:] for c in COLON_DATELINES], ids=[c[0] for c in COLON_DATELINES])
def test_a_place_and_a_colon_is_a_dateline_not_a_speaker(opening: str, speaker: str) -> None:
    [quote] = extract_quotes(opening + ' "a step backwards for the whole region".')
    assert quote.speaker == speaker


def test_a_turn_label_in_capitals_is_no_dateline() -> None:
    masked = "HALVORSEN: We will vote against it."
    label = Mention(0, 9, "HALVORSEN", "name1")
    assert outside_datelines([label], masked) == [label]
