""""Rejected remarks by X on Y, terming them '…'": the words are what the subject calls X's
remarks, not X's (``briefings.extract.cue_forms.noun_after_participle``, as round 11's "by X as
'…'"): the quote went to "Indian officials" (0.68), the subject was the Foreign Office.
Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes
from briefings.extract.cue_forms import noun_after_participle

NOUN_FORMS = [
    ('Korva rejected remarks by Valdonian officials on the treaty, terming them "reckless"', "remarks", True),
    ('Korva dismissed comments by the minister, calling them "reckless"', "comments", True),
    ('Korva rejected claims by Valdonia, describing them as "baseless"', "claims", True),
    ('Korva rejected remarks by the minister, who said "we will act"', "remarks", False),
]


@pytest.mark.parametrize(("masked", "word", "expected"), NOUN_FORMS)
def test_terming_them_after_by(masked: str, word: str, expected: bool) -> None:
    assert noun_after_participle(masked, masked.index(word), word) is expected


def test_the_subject_calls_them_so() -> None:
    text = ("OSLO: The Foreign Office on Friday rejected remarks by Valdonian officials on the river treaty, "
            'terming them "irresponsible and provocative to the core".')
    [quote] = extract_quotes(text)
    assert quote.speaker == "Foreign Office"
