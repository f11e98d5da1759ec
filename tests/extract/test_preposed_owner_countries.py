"""A role set before a name with its country after "of" ("The Minister of Foreign Affairs of the
Republic of Azerbaijan, X,") gives X that country as a title word (``preposed._country_of``), so
"the Saudi minister said" later is not X (it was, 0.87: a wrong name and party). A host after
"to" is no owner ("the ambassador of Russia to Lithuania, X," is Russia's)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

FIRST = ('MUSCAT - Talks went on.\n\n{role}, Jeyhun Bayram, said Baku was "ready to host the next round of talks."\n\n'
         '"The Kingdom stands firmly with the brotherly people," the {nationality} minister said.\n')


@pytest.mark.parametrize(("role", "nationality", "speaker"), [
    ("The Minister of Foreign Affairs of the Republic of Azerbaijan", "Saudi", None),
    ("The Minister of Foreign Affairs of the Republic of Azerbaijan", "Azerbaijani", "Jeyhun Bayram"),
    ("The minister of Azerbaijan to Lithuania", "Lithuanian", None),
])
def test_the_country_of_a_preposed_role(role: str, nationality: str, speaker: str | None) -> None:
    quote = extract_quotes(FIRST.format(role=role, nationality=nationality))[-1]
    assert quote.speaker == speaker
