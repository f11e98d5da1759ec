"""Mentions (``briefings.extract.mentions``): the noun phrases a speaker can be, as wire copy
writes them. Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

SAID = ' said the talks were "moving in the right direction."'


@pytest.mark.parametrize(("subject", "speaker", "party"), [
    # a dotted initialism is one word: the role phrase holds it, and no name "U" or "senior"
    ("A senior U.S. official", "senior U.S. official", "United States"),
    ("A U.S. official", "U.S. official", "United States"),
    ("A senior U.N. official", "senior U.N. official", "United Nations"),
    ("A senior U.S. official, speaking on condition of anonymity,", "senior U.S. official", "United States"),
    # an initialism before a name is a modifier, not the name's first word
    ("The U.S. Republican Party", "Republican Party", "Republican Party"),
    ("China's ambassador to the U.N. Wang Guangyu", "Wang Guangyu", "China"),
    # a number of people is a group, as "the officials" is
    ("Two Iranian officials", "Two Iranian officials", "Iran"),
    ("Two U.S. officials", "Two U.S. officials", "United States"),
    ("Several diplomats", "Several diplomats", None),
])
def test_wire_copy_subjects(subject: str, speaker: str, party: str | None) -> None:
    (quote,) = extract_quotes(subject + SAID)
    assert (quote.speaker, quote.party) == (speaker, party), quote.evidence


def test_the_name_after_said_is_not_the_speaker_when_a_role_opens_the_sentence() -> None:
    """ "A senior U.S. official said Washington was ...": Washington is what the official
    spoke of, not who spoke (it was, while "U.S." split the role phrase in two)."""
    (quote,) = extract_quotes('A senior U.S. official said Washington was "studying the report closely."')
    assert quote.speaker == "senior U.S. official"


@pytest.mark.parametrize("subject", [
    "UN Special Rapporteur on Extrajudicial Executions Leila Haddad",
])
def test_a_title_with_its_portfolio_before_a_name_is_never_the_speaker(subject: str) -> None:
    """The run breaks at "on": "UN Special Rapporteur" was the speaker's name at 0.97. Where the
    portfolio's words and the name cannot be told apart (no portfolio word or place), the
    quote abstains, saying why; portfolio words are cut off (``test_portfolios.py``)."""
    (quote,) = extract_quotes(subject + SAID)
    assert quote.speaker is None and quote.cue == "said"
    assert "subject of 'said'" in (quote.reason or "")


@pytest.mark.parametrize("subject", [
    "UN High Commissioner for Refugees Leila Haddad",
    "UN High Commissioner for Human Rights Leila Haddad",
])
def test_a_title_with_a_portfolio_of_common_words_is_read_off_the_name(subject: str) -> None:
    (quote,) = extract_quotes(subject + SAID)
    assert (quote.speaker, quote.party) == ("Leila Haddad", "United Nations")


@pytest.mark.parametrize(("subject", "speaker", "party"), [
    ("The UN High Commissioner for Human Rights, Leila Haddad,", "Leila Haddad", "United Nations"),
    ("Minister for Foreign Affairs Simon Corrane", "Simon Corrane", None),  # no country stated
    ("Amy Pope, deputy homeland security adviser,", "Amy Pope", None),  # a surname that is a role noun
])
def test_a_portfolio_is_part_of_the_title(subject: str, speaker: str, party: str | None) -> None:
    (quote,) = extract_quotes(subject + SAID)
    assert (quote.speaker, quote.party) == (speaker, party)


@pytest.mark.parametrize(("subject", "speaker", "party"), [
    # a body's name with "of" inside a title: the name after it is no object of "of"
    ("India's Ministry of External Affairs spokesperson Arun Mehra", "Arun Mehra", "India"),
    # a body before lower-case title words is part of the title, not the speaker
    ("Hamas political bureau member Bassem Naim", "Bassem Naim", "Hamas"),
    ("UN Special Rapporteur on Extrajudicial Executions Leila Haddad", None, None),
])
def test_long_titles_before_a_name(subject: str, speaker: str | None, party: str | None) -> None:
    (quote,) = extract_quotes(subject + ' said New Delhi "has taken note of the reports" on Monday.')
    assert (quote.speaker, quote.party) == (speaker, party), quote.evidence


def test_a_name_with_a_hyphened_particle_in_lower_case_is_a_name() -> None:
    text = ("Jordan's Foreign Minister Ayman al-Khatib spoke on Sunday.\n\n"
            '"We will not accept the collapse of the truce," al-Khatib said.')
    assert [(q.speaker, q.party) for q in extract_quotes(text)] == [("Ayman al-Khatib", "Jordan")]


def test_a_nationality_a_modifier_and_a_title_are_one_title() -> None:
    """ "Lebanese" before "caretaker Prime Minister" was the speaker at 0.82."""
    (quote,) = extract_quotes("Lebanese caretaker Prime Minister Najib Abu-Salem" + SAID)
    assert (quote.speaker, quote.party) == ("Najib Abu-Salem", "Lebanon")


def test_a_verb_before_a_title_is_no_modifier_of_it() -> None:
    text = 'Karen Bell met President Tomas Roe in Paris. "The talks went better than expected," she said.'
    assert [q.speaker for q in extract_quotes(text)] == ["Karen Bell"]
