"""Arabic names with a chain of patronymics ("bin", "ibn", "bint": son or daughter of), as Gulf
agencies and papers write them:

* "Prime Minister Sheikh Khalid bin Hamad bin Faisal Al-Nuaimi" was named `Hamad bin Faisal
  Al-Nuaimi`: a name kept its last three words, so the given name went (``names._name_words``);
* "Sheikh Khalid" then went to another man whose father's name was Khalid ("Majed bin Khalid
  Al-Rashid", 0.99): a word right after "bin" was read as an inner name that shortens his
  (``fullnames._inner_spans``).

Sentences and people are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("intro", "speaker"), [
    ("Prime Minister Sheikh Khalid bin Hamad bin Faisal Al-Nuaimi", "Khalid bin Hamad bin Faisal Al-Nuaimi"),
    ("Foreign Minister Faisal bin Turki bin Abdullah Al-Saud", "Faisal bin Turki bin Abdullah Al-Saud"),
    ("Minister Noura bint Saeed bin Rashid Al-Kaabi", "Noura bint Saeed bin Rashid Al-Kaabi"),
    ("Foreign Minister Khalid bin Hamad Al-Nuaimi", "Khalid bin Hamad Al-Nuaimi"),  # as before
    ("Prime Minister Ana Luisa Paz Gomes", "Ana Luisa Paz Gomes"),  # as before
])
def test_the_whole_chain_is_the_name(intro: str, speaker: str) -> None:
    text = f'{intro} said the talks were "at a very sensitive stage now."'
    assert extract_quotes(text)[-1].speaker == speaker


def test_the_given_name_goes_to_the_man_who_bears_it() -> None:
    text = ('Prime Minister Sheikh Khalid bin Hamad bin Faisal Al-Nuaimi met the delegation.\n\n'
            'Spokesman Majed bin Khalid Al-Rashid said the talks went on.\n\n'
            '"We are closer than we have been in months," Sheikh Khalid told a news conference.')
    assert extract_quotes(text)[-1].speaker == "Khalid bin Hamad bin Faisal Al-Nuaimi"


def test_a_fathers_name_names_no_one() -> None:
    text = ('Spokesman Majed bin Khalid Al-Rashid said the talks went on.\n\n'
            '"We are closer than we have been in months," Sheikh Khalid told a news conference.')
    assert extract_quotes(text)[-1].speaker != "Majed bin Khalid Al-Rashid"
