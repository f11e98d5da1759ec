"""A regional body named in full with its acronym, then called "the bloc" (``lexicon/org_words.txt``,
``issuers.body_named``, ``orgnames``). Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

LEAD = "{body} met in Gaborone on Friday to discuss the crisis.\n\n"
QUOTE = '"Every seizure of power by force will be met with sanctions," the bloc said in a communique.'


@pytest.mark.parametrize(("body", "speaker"), [
    # the run of capitals broke at "of": the first part was a person, "the bloc" its protagonist
    ("The Economic Community of Central African States (ECCAS)", "Economic Community of Central African States"),
    # an adjective taken off the run left a tail of the full name
    ("The Southern African Development Community (SADC)", "Southern African Development Community"),
    ("The East African Community (EAC)", "East African Community"),
])
def test_the_bloc_is_the_body_the_article_named_in_full(body: str, speaker: str) -> None:
    (quote,) = extract_quotes(LEAD.format(body=body) + QUOTE)
    assert quote.speaker == speaker, quote.evidence

