"""A label that counts the holders of a role ("the three foreign ministers") stands for the
countries the article wrote that role, or "counterparts", with before, in the article's order,
when they are as many as it counts (``briefings.extract.plural_roles``; foreign-dev
ANNOTATION_NOTES, party rule 3): "the French foreign minister ... with his Spanish and German
counterparts" had no party for the three ministers' joint words. Sentences are invented."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

QUOTE = '\n\n"We will not accept a military solution," the three foreign ministers said.'


@pytest.mark.parametrize(("lead", "party"), [
    ("The French foreign minister, Anne Roche, spoke at a press conference with her Spanish and German "
     "counterparts.", "France, Spain and Germany"),
    ("The Polish Foreign Minister met the Czech Foreign Minister and Hungary's foreign minister in Prague.",
     "Poland, Czech Republic and Hungary"),
])
def test_the_counted_ministers_are_their_countries(lead: str, party: str) -> None:
    (quote,) = extract_quotes(lead + QUOTE)
    assert (quote.speaker, quote.party) == ("three foreign ministers", party), quote.party_evidence


@pytest.mark.parametrize("lead", [
    "The French foreign minister, Anne Roche, spoke at a press conference with her Spanish counterpart.",
    "The EU foreign policy chief met the French and German foreign ministers.",
])
def test_too_few_or_not_governments_give_none(lead: str) -> None:
    (quote,) = extract_quotes(lead + QUOTE)
    assert quote.party is None, quote.party_evidence
