"""A role phrase naming a country is not the article's protagonist whom the office-holder list
has for another country only (``heads.listed_for_another``): "President Emmanuel Macron spoke in
Paris. … The Ukrainian president said" gave Macron Kyiv's words (0.97, attack12 probe), as his
title names no country. Sentences are invented; the holders are the list's."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("opening", "phrase", "named"), [
    ("President Emmanuel Macron spoke in Paris on Friday.", "The Ukrainian president", "Emmanuel Macron"),
    ("Chancellor Olaf Scholz spoke in Berlin on Friday.", "The Austrian chancellor", "Olaf Scholz"),
])
def test_a_listed_holder_of_another_country_is_not_the_role(opening: str, phrase: str, named: str) -> None:
    text = f'PARIS (AFP) - {opening}\n\n{phrase} said on Saturday that the region "needs more air defence now".\n'
    quote = extract_quotes(text)[-1]
    assert quote.speaker != named, quote.evidence


def test_the_listed_holder_of_the_roles_country_still_is() -> None:
    text = ('PARIS (AFP) - President Emmanuel Macron spoke in Paris on Friday.\n\n'
            'The French president said on Saturday that Europe "needs more air defence now".\n')
    assert extract_quotes(text)[-1].speaker == "Emmanuel Macron"
