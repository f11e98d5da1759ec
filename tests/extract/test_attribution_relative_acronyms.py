"""A relative clause set off by commas may hold a bracketed acronym
(``briefings.extract.attribution._CLOSED_RELATIVE``): "The Freedom Party (FP), which tabled the
motion with the Green Bloc (GB), said …" gave the words to the Green Bloc's acronym (0.97), the
body named inside the clause. Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("text", "wrong"), [
    ("The far-right Freedom Party (FP), which had tabled the motion with the hard-left Green Bloc (GB), said the "
     'cabinet had been saved by "a shameful deal".', "Green Bloc"),
    ("Ana Holm, who founded the Civic Forum (CF) in 2019, said the cabinet had been saved by "
     '"a shameful deal".', "CF"),
])
def test_the_subject_is_before_the_relative_clause(text: str, wrong: str) -> None:
    quote = extract_quotes(text)[-1]
    assert quote.speaker in ("Freedom Party", "FP", "Ana Holm") and quote.speaker != wrong
