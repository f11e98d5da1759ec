"""Citizens and scholars speak for themselves: "a 45-year-old father of five", "a political
scientist at National Taiwan University" (filed under the university), "a research fellow at
Oxford University's Blavatnik School of Government" (no party: "Government" in the school's name
was read as a government body). Staff of a government body stay no one's own voice. People are
invented."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

_SAID = '"Nobody in this town has slept for a week," said Omar Haddad, '

CASES = [
    ("a father", f"{_SAID}a 45-year-old father of five in Khan Younis.", "independent"),
    ("a mother", f"{_SAID}a mother of four in a camp near Malakal.", "independent"),
    ("a scientist at a university", f"{_SAID}a political scientist at National Taiwan University.", "independent"),
    ("a fellow at a school of government", f"{_SAID}a senior research fellow at Oxford University's Blavatnik "
     "School of Government.", "independent"),
    ("a doctor at a ministry", f"{_SAID}a doctor at the Health Ministry.", None),
]


@pytest.mark.parametrize(("text", "party"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_citizens_and_scholars_speak_for_themselves(text: str, party: str | None) -> None:
    assert extract_quotes(text)[-1].party == party
