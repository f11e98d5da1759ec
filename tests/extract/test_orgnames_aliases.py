"""A body's acronym given in brackets, syllable by syllable ("Ministry of Commerce (MOFCOM)"),
is that body's short name (``briefings.extract.orgnames.acronyms``), and may name its country
where the long name does not (``party._by_alias``): "the Ministry of Commerce (MOFCOM) said"
speaks for China, as "MOFCOM said" did.

Sentences are invented for these tests (real bodies)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes
from briefings.extract.article import Article
from briefings.extract.orgnames import acronyms, aliases_of
from briefings.extract.spans import find_quote_spans


@pytest.mark.parametrize(("text", "expected"), [
    ("The Ministry of Commerce (MOFCOM) said", {"MOFCOM": "Ministry of Commerce"}),
    ("the Rapid Support Forces (RSF) said", {"RSF": "Rapid Support Forces"}),
    ("the Gulf Shipping Board (XQZ) said", {}),  # letters not drawn from the name
])
def test_acronyms_in_brackets(text: str, expected: dict[str, str]) -> None:
    assert acronyms(text) == expected


def test_aliases_of_a_body() -> None:
    text = "The Ministry of Commerce (MOFCOM) met."
    article = Article(text, find_quote_spans(text))
    assert aliases_of(article, "Ministry of Commerce") == ["MOFCOM"]


def test_a_ministry_named_in_full_speaks_for_the_country_its_acronym_names() -> None:
    [quote] = extract_quotes('The Ministry of Commerce (MOFCOM) said in a statement that it would "take every '
                             'step needed to defend our firms."')
    assert (quote.speaker, quote.party) == ("Ministry of Commerce", "China")
