"""A relative clause set off by commas before the cue hides no subject (``briefings.extract.
attribution``): "Sadykova, who heads the movement Oyan, Qazaqstan, had called the plant '…'" gave
"Qazaqstan" (0.90), and "A spokesperson for the group, which includes Hungary's Fidesz and
France's National Rally, said" gave "National Rally", of the party Hungary (0.98). The subject
stands before ", who" / ", which". Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("sentence", "not_speaker"), [
    ('Marta Ilves, who founded the movement Free Narva, Estonia, had called the plan "a gift to the '
     'builders and nobody else."', "Estonia"),
    ('A spokesperson for the alliance, which includes Poland\'s Konfederacja and Italy\'s Lega, said '
     'the vote was "a turning point for the whole chamber."', "Lega"),
])
def test_the_subject_stands_before_the_relative_clause(sentence: str, not_speaker: str) -> None:
    (quote,) = extract_quotes(sentence)
    assert quote.speaker != not_speaker, quote.evidence

