"""An organisation's office set off by a comma before a title that gives the person's
nationality ("ASEAN's special envoy on Myanmar, Thai diplomat X, said") presents them as speaking
for the organisation (foreign-dev notes, party rule 2): the party was the nationality's country.
A clause before the name is no title of it: "After meeting the U.N. envoy, Norwegian Foreign
Minister X said" filed X under the United Nations. Names are invented."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

CASES = [
    ("an organisation's envoy", "ASEAN's special envoy on Myanmar, Thai diplomat Arun Phadet, said the plan stood.",
     "Arun Phadet", "ASEAN"),
    ("with an article", "The U.N. envoy, a veteran Norwegian diplomat, Geir Pedersby, said the plan stood.",
     "Geir Pedersby", "United Nations"),
    ("the EU's", "The EU's special representative for the Sahel, former Italian minister Emma Dalla, said the plan "
     "stood.", "Emma Dalla", "European Union"),
    ("a clause is no title", "After meeting the U.N. envoy, Norwegian Foreign Minister Geir Pedersby said the plan "
     "stood.", "Geir Pedersby", "Norway"),
    ("a clause with a preposition", "In talks with the EU envoy, Turkish Foreign Minister Kemal Aydin said the plan "
     "stood.", "Kemal Aydin", "Turkey"),
    ("a country's office stays the country's", "Russia's deputy foreign minister, Ivan Petrovsky, said the plan "
     "stood.", "Ivan Petrovsky", "Russia"),
]


@pytest.mark.parametrize(("sentence", "speaker", "party"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_an_office_set_off_before_a_nationality(sentence: str, speaker: str, party: str) -> None:
    text = f'DAMASCUS - Talks resumed on Monday.\n\n{sentence} "There is no alternative to dialogue," he said.\n'
    quote = extract_quotes(text)[-1]
    assert quote.speaker == speaker
    assert quote.party == party
