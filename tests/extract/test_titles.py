"""The titles an article gives a person, wherever news prose writes them, and the party they
give (``briefings.extract.titles`` read by ``briefings.extract.party``).

Every sentence is invented for these tests (real countries, invented people and bodies)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes
from briefings.extract.title_bodies import body_after_title
from briefings.extract.titles import is_bare_title

SAID = '"The talks were a waste of everyone\'s time," '


@pytest.mark.parametrize(("text", "speaker", "party"), [
    # a bare apposition: no article before the title
    (SAID + "said Abbas Tarin, deputy foreign minister of Iran.", "Abbas Tarin", "Iran"),
    (SAID + "Anna Berg, Swedish Prime Minister, told reporters.", "Anna Berg", "Sweden"),
    (SAID + "said Anna Berg, ambassador of Sweden to Iran.", "Anna Berg", "Sweden"),
    (SAID + "said Mohammad Tarin, head of the Iranian delegation.", "Mohammad Tarin", "Iran"),
    # a relative clause
    ('Abbas Tarin, who is Iran\'s foreign minister, said the talks were "a waste of everyone\'s time".',
     "Abbas Tarin", "Iran"),
    # a title given at a later mention by surname alone
    (SAID + "Abbas Tarin said.\n\nTarin, Iran's foreign minister, left for home.", "Abbas Tarin", "Iran"),
    # a one-word name with a title is a person, not a body called by that name
    (SAID + "said Tarin, Iran's top negotiator.", "Tarin", "Iran"),
    # the body a spokesperson or a head speaks for, before or after the title
    (SAID + "said Lars Odin, a Taliban spokesman.", "Lars Odin", "Taliban"),
    (SAID + "said Lars Odin, spokesman for the Taliban.", "Lars Odin", "Taliban"),
    (SAID + "said Lars Odin, head of the Lindqvist Institute.", "Lars Odin", "Lindqvist Institute"),
    # an analyst speaks for themselves wherever they work
    (SAID + "said Abbas Tarin, a political analyst in Tehran.", "Abbas Tarin", "independent"),
])
def test_a_title_written_anywhere_gives_the_party(text: str, speaker: str, party: str) -> None:
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.party) == (speaker, party)


def test_a_portfolio_after_a_ministers_title_is_no_body() -> None:
    (quote,) = extract_quotes(SAID + "said Lars Odin, Minister for Foreign Affairs.")
    assert quote.speaker == "Lars Odin" and quote.party != "Foreign Affairs"


def test_an_adjective_of_a_political_family_is_no_body() -> None:
    (quote,) = extract_quotes(SAID + "said Socialist MEP Lena Holm.")  # her group's (test_meps_groups.py)
    assert quote.speaker == "Lena Holm" and quote.party == "European Parliament Socialists"


@pytest.mark.parametrize(("phrase", "title"), [
    ("deputy foreign minister of Iran", True),
    ("Swedish Prime Minister", True),
    ("head of the delegation", True),
    ("spokesman for the Taliban", True),
    ("who arrived on Monday", False),
    ("Stockholm", False),
    ("a town in the north", False),
])
def test_a_bare_apposition_is_a_title_when_it_opens_with_one(phrase: str, title: bool) -> None:
    assert is_bare_title(phrase) is title


def test_the_countrys_title_names_the_country_named_last_before_the_person() -> None:
    text = ("Chile and Peru argued over the river again. Chile said the deal was dead, and Chile's "
            "negotiators left. Peru closed its border on Monday.\n\n"
            '"It is only for a short while, we hope," said Ana Soto, the country\'s foreign minister.\n')
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.party) == ("Ana Soto", "Peru")


@pytest.mark.parametrize(("title", "body"), [
    ("spokesman for the Taliban", "Taliban"),
    ("leader of the Freedom Party", "Freedom Party"),
    ("chief of the General Staff", None),  # an organ of a government, named by common words
    ("head of the Presidential Office", None),
    ("Minister for Foreign Affairs", None),  # a portfolio
])
def test_the_body_after_a_spokesperson_or_a_head_is_a_body_of_its_own(title: str, body: str | None) -> None:
    assert body_after_title(title) == body


@pytest.mark.parametrize("text", [
    "Russian President Ivan Dorn met the envoy.\n\n" + SAID + "said Pavel Orlov, Dorn's spokesman.",
    "Russian President Ivan Dorn met the envoy.\n\n" + SAID + "said Dorn spokesman Pavel Orlov.",
])
def test_a_persons_staff_speak_for_that_persons_party(text: str) -> None:
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.party) == ("Pavel Orlov", "Russia")


@pytest.mark.parametrize("text", [
    SAID + "said former Peruvian Foreign Minister Ivan Dorn.",
    SAID + "said Ivan Dorn, Peru's former prime minister.",
    SAID + "said Ivan Dorn, a former Peruvian diplomat now at a university.",
])
def test_a_former_office_is_no_ones_party_now(text: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Ivan Dorn" and quote.party is None and "before" in (quote.party_reason or "")


def test_an_office_held_then_is_the_party_of_what_was_said_then() -> None:
    (quote,) = extract_quotes(SAID + "said then-Peruvian Foreign Minister Ivan Dorn.")
    assert (quote.speaker, quote.party) == ("Ivan Dorn", "Peru")


@pytest.mark.parametrize("attribution", [
    '"We will not yield," said Brand\'s spokesman, Nils Arvid.',  # the cue before the title
    'Brand\'s spokesman, Nils Arvid, said: "We will not yield at all."',
    '"We will not yield," said Nils Arvid, Brand\'s spokesman.',
])
def test_a_spokesman_s_title_before_his_name_gives_his_principal_s_party(attribution: str) -> None:
    from briefings.extract import extract_quotes
    text = "Russian President Karl Brand spoke on Monday. " + attribution
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.party) == ("Nils Arvid", "Russia"), quote.party_reason
