"""Parties of people who speak for a body: a government agency named without its country
speaks for the country (``lexicon/national_bodies.txt``), and the author of a report or study
for whoever issued it.

The articles are invented for these tests (real agencies, invented people and institutes)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes
from briefings.extract.actors import actor_in

AGENCY_SPOKESMAN = (
    "Border report disputed\n\n"
    'DHS spokesman Paul Orrin said the report was "wrong in every single respect that matters".\n'
)

REPORT_AUTHOR = (
    "Ports report\n\n"
    "In a report published on Monday, the Lindqvist Institute said ports were losing money.\n\n"
    '"Nobody has counted these losses before," Mara Holt, one of the report\'s authors, told '
    "reporters.\n"
)

STUDY_AUTHOR = (
    "River study\n\n"
    "The Harrow Foundation released a study of the river on Friday.\n\n"
    '"The river has never been this low," said Tom Brann, the lead author of the study.\n'
)

NO_ISSUER = (
    "Ports report\n\n"
    "A report published on Monday said ports were losing money.\n\n"
    '"Nobody has counted these losses before," Mara Holt, one of the report\'s authors, told '
    "reporters.\n"
)


@pytest.mark.parametrize(("phrase", "country"), [
    ("DHS spokeswoman", "United States"),
    ("the Department of Homeland Security", "United States"),
    ("an FSB officer", "Russia"),
    ("the Foreign and Commonwealth Office", "United Kingdom"),
    ("an IRGC commander", "Iran"),
])
def test_a_government_agency_named_without_its_country_is_the_country(phrase: str, country: str) -> None:
    assert actor_in(phrase) == (country, "country")


def test_an_agency_spokesman_speaks_for_the_agencys_country() -> None:
    (quote,) = extract_quotes(AGENCY_SPOKESMAN)
    assert (quote.speaker, quote.party) == ("Paul Orrin", "United States")


@pytest.mark.parametrize(("text", "speaker", "body"), [
    (REPORT_AUTHOR, "Mara Holt", "Lindqvist Institute"),
    (STUDY_AUTHOR, "Tom Brann", "Harrow Foundation"),
])
def test_the_author_of_a_report_speaks_for_whoever_issued_it(text: str, speaker: str, body: str) -> None:
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.party) == (speaker, body)


def test_the_author_of_a_report_no_body_issued_speaks_for_no_one_stated() -> None:
    (quote,) = extract_quotes(NO_ISSUER)
    assert quote.speaker == "Mara Holt" and quote.party is None


def test_a_body_in_a_title_goes_by_the_fullest_name_the_article_gives_it() -> None:
    text = ("Quotas agreed\n\nThe Baltic Fisheries Council (BFC) agreed new quotas on Monday.\n\n"
            '"The quotas will hold for three years," BFC chief Anna Berg said.\n')
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.party) == ("Anna Berg", "Baltic Fisheries Council")


@pytest.mark.parametrize(("phrase", "organisation"), [
    ("an ODIHR observer", "OSCE"),
    ("a Frontex officer", "European Union"),
    ("UNIFIL commander", "United Nations"),
])
def test_a_body_of_an_international_organisation_is_the_organisation(phrase: str, organisation: str) -> None:
    assert actor_in(phrase) == (organisation, "organisation")


VOTE = '"The vote was stolen from all of us," said '


@pytest.mark.parametrize(("text", "party"), [
    (VOTE + "Belarusian opposition leader Anna Berg.", "Belarusian opposition"),
    (VOTE + "Anna Berg, the Peruvian opposition candidate.", "Peruvian opposition"),
    (VOTE + "opposition Green Party leader Anna Berg.", "Green Party"),
    (VOTE + "Freedom Party leader Anna Berg.", "Freedom Party"),
])
def test_an_opposition_politician_speaks_for_the_opposition_never_the_government(text: str, party: str) -> None:
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.party) == ("Anna Berg", party)


@pytest.mark.parametrize("text", [
    VOTE + "Anna Berg, the opposition candidate.",
    # of two countries the article names, neither is evidence of whose opposition she leads (of
    # one, it is: test_opposition_home_country.py)
    "Peru votes again on Sunday, and Chile in May.\n\n" + VOTE + "Anna Berg, the opposition candidate.",
])
def test_an_opposition_politician_of_no_named_country_has_no_party(text: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.party is None and "opposition" in (quote.party_reason or "")


@pytest.mark.parametrize(("text", "party"), [
    ("Talks opened on Monday with the Iranian delegation, led by Abbas Tarin.\n\n"
     '"We came to listen and to agree," Tarin said.\n', "Iran"),
])
def test_a_leader_speaks_for_the_body_they_lead(text: str, party: str) -> None:
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.party) == ("Abbas Tarin", party)


def test_the_body_led_by_someone_is_not_read_as_the_body_named_before() -> None:
    """Read so, it helped the development part only (docs/extraction.md, "Round 5: dev-only rules deleted")."""
    text = ("The Baltic Fisheries Council (BFC) met on Monday. The body led by Abbas Tarin raised the quotas.\n\n"
            '"The stocks can bear it this year," Tarin said.\n')
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.party) == ("Abbas Tarin", None) and quote.party_reason


def test_an_indefinite_body_led_by_someone_is_no_body_named_before() -> None:
    text = ("The Baltic Fisheries Council (BFC) met on Monday. A delegation led by Abbas Tarin walked out.\n\n"
            '"The stocks cannot bear it this year," Tarin said.\n')
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Abbas Tarin" and quote.party is None
