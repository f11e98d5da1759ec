"""A title set off by a comma before a name is read back to a dash, which ends a dateline:
"KHERSON, Ukraine (AP) — The Russian-installed governor of the region, X, said" read the title
from "Ukraine (AP) …" and gave Ukraine. People are invented."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

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
