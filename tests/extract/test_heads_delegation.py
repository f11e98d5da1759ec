"""A delegation is many people: "The Iranian delegation, headed by X, said" is the delegation's,
a label with its country, never the speaker of the paragraph before."""

from __future__ import annotations

from briefings.extract import extract_quotes

TEXT = ("Talks resumed in Vienna.\n\n"
        'Director of Public Relations, Gen. Omar Sadiq, said the attack was "a cowardly act by terrorists".\n\n'
        "The Iranian delegation, headed by Deputy Foreign Minister Ali Bagheri, said it was "
        '"ready to continue the talks".\n')


def test_a_delegation_is_its_own_label() -> None:
    found = extract_quotes(TEXT)
    assert [(q.speaker, q.party) for q in found][1] == ("Iranian delegation", "Iran")
