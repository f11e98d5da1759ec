"""A negated reporting verb ("cannot say", "did not say", "didn't say") reports no speech of its
subject: the sentence's other cue attributes the quote (``briefings.extract.cue_forms``).
Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

CASES = {
    "cannot": 'Reyes cannot say that "from his perspective," Tom Hale added on Monday.',
    "did not": 'Reyes did not say that "from his perspective," Tom Hale added on Monday.',
    "didn't": 'Reyes didn\'t say that "from his perspective," Tom Hale added on Monday.',
}


@pytest.mark.parametrize("case", CASES)
def test_the_other_cue_attributes_the_quote(case: str) -> None:
    assert extract_quotes(CASES[case])[0].speaker == "Tom Hale"


def test_a_sole_negated_cue_still_attributes() -> None:
    assert extract_quotes('Tom Hale did not say "we will raise taxes" at the rally.')[0].speaker == "Tom Hale"
