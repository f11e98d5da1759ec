"""Military ranks written with a hyphen ("Maj-Gen", "Lt-Gen", "Brig-Gen") are titles, not the
first of a name's words, as "Maj. Gen." is; and "Public Relations" closing a body's name
("Director of Army Public Relations, Maj-Gen X, said") is no person."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize("rank", ["Maj-Gen", "Lt-Gen", "Brig-Gen", "Maj. Gen.", "Lt. Gen."])
def test_a_hyphened_rank_is_a_title(rank: str) -> None:
    text = f'Talks.\n\n{rank} Omar Sadiq said the attack was "a cowardly act by terrorists".\n'
    assert [q.speaker for q in extract_quotes(text)] == ["Omar Sadiq"]


def test_a_body_of_public_relations_is_no_person() -> None:
    text = ("Talks.\n\nDirector of Army Public Relations, Maj-Gen Omar Sadiq, said the attack was "
            '"a cowardly act by terrorists".\n')
    assert [q.speaker for q in extract_quotes(text)] == ["Omar Sadiq"]
