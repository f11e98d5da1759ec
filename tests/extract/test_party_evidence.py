"""Every party a quote gets carries its evidence, the words of the text it rests on, and says
"weaker" where it rests on less than a statement about this speaker (issue 19 point 5, the
charter's rule 8). Every sentence here is written for the test; the people and some bodies are
invented, the countries and organisations real."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

_SAID = '"We will keep a close watch on the talks,"'

EVIDENCE_CASES = [
    ("a title before the name", f'{_SAID} Russian Deputy Foreign Minister Pavel Orlik said.',
     "Russia", ["title", "'Russian Deputy Foreign Minister'"]),
    ("an apposition after the name", f"{_SAID} said Irma Vell, Denmark's foreign minister.",
     "Denmark", ["apposition after the name", "\"Denmark's foreign minister\""]),
    ("an affiliation after the name", f"{_SAID} said Irma Vell of Human Rights Watch.",
     "Human Rights Watch", ["the body named after the name", "'of Human Rights Watch'"]),
    ("on behalf of a body", f"Irma Vell, speaking on behalf of the European Union, met the envoys.\n\n{_SAID} "
     "Vell said.", "European Union", ["whom they speak for", "speaking on behalf of the European Union"]),
    ("a body by its name", f"{_SAID} Amnesty International said.", "Amnesty International",
     ["'Amnesty International'"]),
    ("a seat of government", f"{_SAID} the Kremlin said.", "Russia", ["'Kremlin' names Russia"]),
    ("a group label", f"{_SAID} Peruvian officials said.", "Peru", ["'Peruvian officials' names Peru"]),
    ("officials placed in a country", f"{_SAID} officials in Tehran said.", "Iran", ["placed in Iran"]),
    ("someone speaking for themselves", f"{_SAID} said political analyst Jon Farrowby.", "independent",
     ["'analyst'", "speaking for themselves"]),
    ("a joint speaker's members", f"{_SAID} Danish Foreign Minister Irma Vell and Swedish Foreign Minister Olle "
     "Brand said.", "Denmark and Sweden",
     ["joint", "Irma Vell for Denmark", "Olle Brand for Sweden"]),
    ("a spokesman of a named person", f"Swedish Prime Minister Olle Brand left early.\n\n{_SAID} said Nils "
     "Arvid, Brand's spokesman.", "Sweden", ["Brand's spokesman", "speaks for Olle Brand", "'Swedish Prime Minister'"]),
    ("a body of common words written with its country elsewhere: weaker",
     f"The foreign ministry of Peru summoned the envoy.\n\n{_SAID} the Foreign Ministry said.",
     "Peru", ["weaker", "'foreign ministry of Peru'"]),
    ("a body's short mention read as its full name",
     f"The Japanese Foreign Ministry summoned the envoy.\n\n{_SAID} the Foreign Ministry said.", "Japan",
     ["'Japanese Foreign Ministry' names Japan", "the mention 'Foreign Ministry' names no actor"]),
]


@pytest.mark.parametrize(("text", "party", "evidence"), [c[1:] for c in EVIDENCE_CASES],
                         ids=[c[0] for c in EVIDENCE_CASES])
def test_every_party_carries_the_words_it_rests_on(text: str, party: str, evidence: list[str]) -> None:
    quote = extract_quotes(text)[0]
    assert quote.party == party, (quote.speaker, quote.party_reason)
    assert quote.party_reason is None
    for words in evidence:
        assert words in (quote.party_evidence or ""), quote.party_evidence


@pytest.mark.parametrize("text", [
    f"{_SAID} said Tomas Brelling.",  # no affiliation stated
    f"{_SAID} the Foreign Ministry said.",  # a body of no country the article names
    # the two routes below helped the development part only and were deleted
    # (docs/extraction.md, "Round 5: dev-only rules deleted")
    f"Chile's ambassador to the UN arrived on Monday.\n\nTalks began.\n\n{_SAID} Ambassador Tomas Vell told reporters.",
    f"Anna Lind met the envoys on Monday.\n\n{_SAID} Lind said.\n\n"
    '"The answer is no for now," the Swedish foreign minister said.',
])
def test_a_null_party_has_a_reason_and_no_evidence(text: str) -> None:
    quote = extract_quotes(text)[0]
    assert quote.party is None and quote.party_reason and quote.party_evidence is None


def test_a_title_read_back_stops_at_another_persons_name() -> None:
    """Both ministers' titles once went back to "Danish": Olle Brand got Denmark."""
    text = (f"Danish Foreign Minister Irma Vell and Swedish Foreign Minister Olle Brand met in Oslo.\n\n"
            f"{_SAID} said Brand.")
    quote = extract_quotes(text)[0]
    assert (quote.speaker, quote.party) == ("Olle Brand", "Sweden"), quote.party_evidence


def test_a_title_stated_beside_the_name_is_not_called_weaker() -> None:
    quote = extract_quotes(f"{_SAID} Russian Deputy Foreign Minister Pavel Orlik said.")[0]
    assert "weaker" not in (quote.party_evidence or "")
