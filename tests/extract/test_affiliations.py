"""What the text says a person speaks for besides a title (``briefings.extract.affiliations``),
and the role phrases a speaker's quotes were found by (``party._role_mentions``). The people
and some bodies are invented; the countries and organisations are real."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

_QUOTE = '"We will keep a close watch on the talks,"'


def _party(text: str) -> tuple[str | None, str | None]:
    quotes = extract_quotes(text)
    assert len(quotes) == 1, [q.quote for q in quotes]
    return quotes[0].speaker, quotes[0].party


@pytest.mark.parametrize(("text", "party"), [
    (f"{_QUOTE} said Irma Vell of the Danish Foreign Ministry.", "Denmark"),
    (f"{_QUOTE} said Irma Vell of the Danish foreign ministry.", "Denmark"),
    (f"{_QUOTE} said Irma Vell of the Harwick Peace Institute.", "Harwick Peace Institute"),
    (f"{_QUOTE} said Irma Vell of Human Rights Watch.", "Human Rights Watch"),
    (f"Prime Minister Irma Vell of Denmark arrived on Sunday.\n\n{_QUOTE} Vell said.", "Denmark"),
])
def test_the_body_named_after_a_name_is_whom_the_person_speaks_for(text: str, party: str) -> None:
    assert _party(text) == ("Irma Vell", party)


def test_a_capital_after_an_untitled_name_is_where_the_person_lives() -> None:
    speaker, party = _party(f"{_QUOTE} said Irma Vell of Copenhagen.")
    assert speaker == "Irma Vell" and party is None


def test_a_country_after_a_name_is_the_country_the_person_represents() -> None:
    assert _party(f"{_QUOTE} Irma Vell of Denmark told the Security Council.") == ("Irma Vell", "Denmark")


@pytest.mark.parametrize(("text", "party"), [
    (f"Irma Vell, speaking on behalf of the European Union, met the envoys.\n\n{_QUOTE} Vell said.",
     "European Union"),
    (f"{_QUOTE} Irma Vell said on behalf of the Harwick Peace Institute.", "Harwick Peace Institute"),
    # the statement of whom she speaks for comes before her own country's title
    (f"Danish Foreign Minister Irma Vell, speaking for the European Union, met the envoys.\n\n{_QUOTE} "
     "Vell said.", "European Union"),
])
def test_speaking_on_behalf_of_a_body_is_read_first(text: str, party: str) -> None:
    assert _party(text) == ("Irma Vell", party)


@pytest.mark.parametrize("verb", ["heads", "leads", "chairs"])
def test_a_relative_clause_that_says_the_person_leads_a_body(verb: str) -> None:
    text = f"Irma Vell, who {verb} the Danish delegation, spoke on Monday.\n\n{_QUOTE} Vell said."
    assert _party(text) == ("Irma Vell", "Denmark")


def test_a_role_phrase_the_resolver_took_to_mean_a_person_is_no_title_of_theirs() -> None:
    """The route that read it as one helped the development part only (docs/extraction.md, "Round 5: dev-only rules deleted")."""
    text = f"Irma Vell arrived in Geneva on Monday.\n\n{_QUOTE} the Danish foreign minister said."
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.party) == ("Irma Vell", None) and "Irma Vell" in (quote.party_reason or "")


@pytest.mark.parametrize("apposition", [
    "spokesman for Chancellor Karl Ostberg",  # a titled principal after "for"
    "an adviser to Chancellor Ostberg",  # staff "to" a person
    "press secretary to Chancellor Ostberg",  # a lower-case word before the title word
])
def test_staff_speak_for_their_principal_s_party(apposition: str) -> None:
    text = f"German Chancellor Karl Ostberg spoke on Monday.\n\n{_QUOTE} said Irma Vell, {apposition}."
    assert _party(text) == ("Irma Vell", "Germany")


def test_a_unit_at_a_body_is_the_bodys() -> None:
    """'who directs the Iran project at the International Crisis Group' gave Iran."""
    (quote,) = extract_quotes('Ali Rahimi, who directs the Iran project at the International Crisis Group, '
                              'said Tehran "still wants a deal on its own terms".')
    assert quote.party == "International Crisis Group", quote.party_evidence
