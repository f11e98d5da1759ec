"""A secretary general written right after another organisation's name ("NATO Secretary
General", "GCC Secretary-General") or before "of" and the body he serves is that body's officer,
not the UN's (``briefings.extract.actors``): the table's bare "Secretary General" made the UN an
actor of every such article, so "the alliance's spokeswoman" after "NATO Secretary General X" was
read as the UN's. Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes
from briefings.extract.actors import actors_in


@pytest.mark.parametrize(("phrase", "actors"), [
    ("NATO Secretary General Karl Lind", ["NATO"]),
    ("GCC Secretary-General Omar Saleh", ["Gulf Cooperation Council"]),
    ("the Secretary-General of NATO", ["NATO"]),
    ("NATO's Secretary General", ["NATO"]),
    ("Secretary-General Ana Ruiz", ["United Nations"]),
    ("the Secretary-General of the United Nations", ["United Nations"]),
])
def test_whose_secretary_general(phrase: str, actors: list[str]) -> None:
    assert [actor for actor, _ in actors_in(phrase)] == actors


def test_the_alliances_spokeswoman_after_its_secretary_general() -> None:
    text = ('NATO Secretary General Karl Lind said the allies were united.\n\n'
            'The alliance\'s spokeswoman, Mia Holt, said: "We are not a party to this war."')
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.party) == ("Mia Holt", "NATO"), quote.party_evidence
