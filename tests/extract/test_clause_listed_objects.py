"""A later item of a list whose first item follows a preposition is that preposition's object,
not the cue's subject: "The three foreign ministers of Turkey, Sweden and Finland said" gave the
quote to "Finland" (0.86), and "The Alliance, formed by Mali, Burkina Faso and Niger, said" to
"Niger". Two items, or a comma with no list, leave the subject alone. Sentences written for the
test."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

_QUOTE = ' "deepen cooperation on counter-terrorism."'

CASES = [
    ("the last item of three", "The three foreign ministers of Turkey, Sweden and Finland said they would"
     f"{_QUOTE}", "three foreign ministers"),
    ("a participle's list", "The Alliance of Sahel States (AES), formed by Mali, Burkina Faso and Niger, said it would"
     f"{_QUOTE}", "Alliance of Sahel States"),
    ("a subject after a prepositional phrase", f"In talks with Turkey, Sweden said it would{_QUOTE}", "Sweden"),
    ("two clauses joined by 'and'", f"Tariffs were imposed by the US, and Anna Lind warned that Europe would{_QUOTE}",
     "Anna Lind"),
]


@pytest.mark.parametrize(("text", "speaker"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_listed_object_is_no_subject(text: str, speaker: str) -> None:
    assert extract_quotes(text)[-1].speaker == speaker
