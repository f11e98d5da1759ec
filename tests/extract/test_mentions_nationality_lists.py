"""Groups named by several nationalities, and a nationality after a place
(``briefings.extract.mentions``): "Palestinian and Israeli officials said" is one group of both
(its party both governments), never the last nationality's; "In Cairo Egyptian officials said"
is a group, never a person called "Cairo Egyptian".

Sentences are invented for these tests (real countries)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

QUOTE = ' said the truce would "hold for the coming week."'


@pytest.mark.parametrize(("subject", "speaker", "party"), [
    ("Palestinian and Israeli officials", "Palestinian and Israeli officials", "Palestine and Israel"),
    ("Egyptian, Qatari and Israeli officials", "Egyptian, Qatari and Israeli officials", "Egypt, Qatar and Israel"),
    # one nationality: its group, as before
    ("Israeli officials", "Israeli officials", "Israel"),
    ("On Sunday, Israeli officials", "Israeli officials", "Israel"),
    # a place before the nationality ends the name there: no person "Cairo Egyptian" (0.98);
    # the group after "In Cairo" with no comma is read as after a preposition, so unsure
    ("In Cairo Egyptian officials", None, None),
    ("In Ankara Turkish diplomats", None, None),
])
def test_a_group_of_listed_nationalities_is_all_of_them(subject: str, speaker: str | None, party: str | None) -> None:
    (quote,) = extract_quotes("The talks in Doha ended late on Saturday.\n\n" + subject + QUOTE)
    assert (quote.speaker, quote.party) == (speaker, party), quote.evidence


def test_a_place_is_no_part_of_the_group_after_it() -> None:
    """The quote before gives "the ranker" a candidate; the place must not be a person."""
    text = ('Israeli officials said the truce would "hold for the coming week."\n\n'
            'In Cairo Egyptian officials said the crossing would "open again on Sunday."')
    speakers = [q.speaker for q in extract_quotes(text)]
    assert "Cairo Egyptian" not in speakers
