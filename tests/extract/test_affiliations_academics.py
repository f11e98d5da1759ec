"""Someone "of" a university speaks for themselves (``briefings.extract.affiliations._of_body``):
"Professor Kim Min-jun of Sejong University said" was filed under the university. The
project's convention (``lexicon/academic_bodies.txt``, foreign-dev party rule 6): scholars and
analysts speak for themselves. Someone "of" a think tank keeps it (``test_affiliations.py``: "X
of the Harwick Peace Institute"), as its head does. Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("person", "speaker", "party"), [
    ("Professor Kim Soo-jin of Hanbit University", "Kim Soo-jin", "independent"),
    ("Dr Omar Haddad of the Levant College of Law", "Omar Haddad", "independent"),
    ("Lena Vogt of the Riga School of Economics", "Lena Vogt", "independent"),
    # a body that is no place of study keeps the party it gives
    ("Lena Vogt of the Nordic Peace Institute", "Lena Vogt", "Nordic Peace Institute"),
    ("Ivan Petrov of the Russian Foreign Ministry", "Ivan Petrov", "Russia"),
    ("Tom Berg of Amnesty International", "Tom Berg", "Amnesty International"),
])
def test_whom_someone_of_a_body_speaks_for(person: str, speaker: str, party: str) -> None:
    quote = extract_quotes(f'{person} said the talks were "a test of patience for both sides".')[0]
    assert (quote.speaker, quote.party) == (speaker, party), quote.party_evidence
