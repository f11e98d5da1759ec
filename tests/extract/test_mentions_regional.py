"""Mentions (``briefings.extract.mentions``) as regional newspapers write them: names of four
words, family names first. Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

QUOTE = '"The harvest will be late this year and prices will rise," '


@pytest.mark.parametrize(("attribution", "speaker"), [
    # a name of four words keeps its first one (it lost it: "Luisa Pereira Matos")
    ("said Ana Luisa Pereira Matos, an agronomist.", "Ana Luisa Pereira Matos"),
    ("said Maria Clara Dos Anjos.", "Maria Clara Dos Anjos"),
    # three words stay three, and a title or place before four is still no part of the name
    ("said Ana Pereira Matos.", "Ana Pereira Matos"),
    ("said Oslo Alderman Per Dahl Lund.", "Per Dahl Lund"),
])
def test_a_name_of_four_words_is_whole(attribution: str, speaker: str) -> None:
    (quote,) = extract_quotes(QUOTE + attribution)
    assert quote.speaker == speaker, quote.evidence


@pytest.mark.parametrize(("occupation", "party"), [
    # an occupation before a name was taken for its first word ("Sociologist Ida Berg")
    ("Sociologist", "independent"),
    ("Demographer", "independent"),
    ("Lecturer", "independent"),
    ("Anthropologist", "independent"),
    ("Journalist", "independent"),  # speaks for themselves unless the article names their outlet
])
def test_an_occupation_before_a_name_is_a_title(occupation: str, party: str | None) -> None:
    (quote,) = extract_quotes(QUOTE + f"{occupation} Ida Berg told the paper.")
    assert (quote.speaker, quote.party) == ("Ida Berg", party), quote.evidence


@pytest.mark.parametrize(("subject", "speaker"), [
    # a rank's abbreviation after another word was kept as the name's first word ("Gen. R.K. Bhatt")
    ("Retired Lt Gen. R.K. Bhatt", "R.K. Bhatt"),
    ("Former Maj. Gen. Iva Horak", "Iva Horak"),
    ("Senior Insp. Dana Rook", "Dana Rook"),
])
def test_a_rank_after_another_word_is_a_title(subject: str, speaker: str) -> None:
    (quote,) = extract_quotes(QUOTE + f"{subject} told reporters.")
    assert quote.speaker == speaker, quote.evidence


@pytest.mark.parametrize(("subject", "speaker"), [
    # the run after the title's "of" was a body, "Parliament Nur Aisyah Rahim", and the later
    # "said Ms Rahim" kept the surname alone
    ("Opposition Member of Parliament Nur Aisyah Rahim", "Nur Aisyah Rahim"),
    ("Deputy Minister for the Treasury Nur Aisyah Rahim", "Nur Aisyah Rahim"),
])
def test_the_body_of_a_portfolio_is_no_part_of_the_name(subject: str, speaker: str) -> None:
    text = f"{subject} said the talks were kept secret.\n\n" + QUOTE + "said Ms Rahim."
    (quote,) = extract_quotes(text)
    assert quote.speaker == speaker, quote.evidence


@pytest.mark.parametrize(("subject", "speaker"), [
    # a religious or royal title before a name was kept as its first word
    ("Iran's Supreme Leader Ayatollah Reza Kashani", "Reza Kashani"),
    ("Grand Mufti Omar Haddad", "Omar Haddad"),
    ("Qatar's Emir Tamim Al Nuaimi", "Tamim Al Nuaimi"),
])
def test_a_religious_or_royal_title_is_no_part_of_the_name(subject: str, speaker: str) -> None:
    (quote,) = extract_quotes(QUOTE + f"{subject} said in a speech.")
    assert quote.speaker == speaker, quote.evidence
