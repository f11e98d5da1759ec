"""Parties as regional newspapers state them (``party``, ``actors``, the data tables).
Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes
from briefings.extract.actors import actor_in

QUOTE = '"We will answer every provocation at the time of our choosing," '


def test_a_foreign_office_without_its_country_is_no_country() -> None:
    """Pakistan's ministry is the Foreign Office too (as Germany's is the Federal Foreign
    Office): a Pakistani spokeswoman of it was filed under the United Kingdom."""
    assert actor_in("the Foreign Office") is None
    (quote,) = extract_quotes(QUOTE + "Foreign Office spokeswoman Samina Qadir said in Islamabad.")
    assert (quote.speaker, quote.party) == ("Samina Qadir", None)


@pytest.mark.parametrize(("phrase", "country"), [
    ("the Foreign and Commonwealth Office", "United Kingdom"),
    ("the Foreign Office of Pakistan", "Pakistan"),
])
def test_a_foreign_office_whose_name_says_the_country(phrase: str, country: str) -> None:
    assert actor_in(phrase) == (country, "country")


@pytest.mark.parametrize(("apposition", "party"), [
    # a country or capital in the name of a university or institute was taken for a government
    ("a researcher at the National University of Singapore", "independent"),
    ("an economist at the University of Brasilia", "independent"),
    ("a senior fellow at the Japan Institute of International Affairs", "independent"),
    ("a lecturer at the Korea Institute for Defense Analyses", "independent"),
    # a government's bank or a named organisation still says whom they speak for
    ("an economist at the Bank of Japan", "Japan"),
    ("a researcher at Amnesty International", "Amnesty International"),
])
def test_a_scholar_at_a_university_named_after_a_place(apposition: str, party: str) -> None:
    (quote,) = extract_quotes(QUOTE + f"said Mina Takeda, {apposition}.")
    assert (quote.speaker, quote.party) == ("Mina Takeda", party), quote.party_evidence


@pytest.mark.parametrize("apposition", [
    # the country visited was taken for the visitor's: filed under Singapore
    "who is on his first official visit to Singapore",
    "who was on a two-day trip to Nairobi",
])
def test_the_place_of_a_visit_is_not_whom_the_visitor_speaks_for(apposition: str) -> None:
    (quote,) = extract_quotes(QUOTE + f"said Hasan Ismail, {apposition}.")
    assert (quote.speaker, quote.party) == ("Hasan Ismail", None), quote.party_evidence


@pytest.mark.parametrize(("title", "party"), [
    # staff of a government body were filed as speaking for themselves (0.99)
    ("a doctor at the Health Ministry", None),
    ("an economist at the Finance Ministry", None),
    ("a researcher at the Chilean Foreign Ministry", "Chile"),
    # a government body in a relative clause says what they did, not whose staff they are
    ("an analyst who once worked in the prime minister's office", "independent"),
    ("a doctor at the Al-Amal Hospital in Gaza", "independent"),
    ("a political scientist at a government-funded think tank", "independent"),
])
def test_staff_of_a_government_body_do_not_speak_for_themselves(title: str, party: str | None) -> None:
    (quote,) = extract_quotes(f'"The wards have been full since the winter," said Omar Saleh, {title}.')
    assert quote.party == party, quote.party_evidence
