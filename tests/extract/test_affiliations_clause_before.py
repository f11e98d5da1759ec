"""A stated allegiance set off before the name ("Speaking in his capacity as chair of the OSCE,
X added", "On behalf of the African Union, Kenyan President X said") was not read: only the
clause after the name was, and in lower case. The person spoke for their country's title.
Sentences written for the test; people are invented."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

_QUOTE = '"Every participating state has a voice here."'

CASES = [
    ("capacity, before a surname", "Maltese Foreign Minister Ian Borg-Vella said talks would go on. Speaking in his "
     f"capacity as chair of the OSCE, Borg-Vella added: {_QUOTE}", "OSCE"),
    ("on behalf, before a title", f"On behalf of the African Union, Kenyan President Joseph Mwangi said: {_QUOTE}",
     "African Union"),
    ("speaking for, capitalised", f"Speaking for the Arab League, Egyptian Foreign Minister Sameh Kamal said: {_QUOTE}",
     "Arab League"),
    ("after the name, as before", f"Anna Lind, speaking on behalf of the European Union, said: {_QUOTE}",
     "European Union"),
    ("another sentence's clause", f"On behalf of the African Union, envoys met. Kenyan President Joseph Mwangi said: "
     f"{_QUOTE}", "Kenya"),
]


@pytest.mark.parametrize(("text", "party"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_stated_allegiance_before_the_name(text: str, party: str) -> None:
    assert extract_quotes(text)[-1].party == party
