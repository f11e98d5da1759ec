"""A role phrase stands for a holder named before it; one named only after it is taken where no
one before holds the role (``briefings.extract.resolve.Resolver._titled_person``): "Mali's
ambassador to the UN, X, rejected it. '…,' the ambassador said. Russia's deputy ambassador, Y,
backed Bamako" is X's, not Y's, though Y is nearer.

Sentences are invented for these tests (real countries, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

BEFORE_AND_AFTER = ("Mali's ambassador to the United Nations, Issa Konate, rejected the criticism.\n\n"
                    '"Mali is a sovereign state and chooses its partners," the ambassador said.\n\n'
                    "Russia's deputy ambassador, Dmitry Orlov, backed Bamako.\n")
ONLY_AFTER = ('"Mali is a sovereign state and chooses its partners," the ambassador said on Monday.\n\n'
              "Ambassador Issa Konate spoke after a closed meeting of the council.\n")


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param(BEFORE_AND_AFTER, "Issa Konate", id="the holder named before, not a nearer one after"),
    pytest.param(ONLY_AFTER, "Issa Konate", id="no one before: the one named after"),
])
def test_a_role_stands_for_a_holder_named_before(text: str, speaker: str) -> None:
    assert extract_quotes(text)[0].speaker == speaker
