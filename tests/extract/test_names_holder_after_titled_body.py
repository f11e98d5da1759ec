"""The holder named after a long title whose "of" names a body, as post-Soviet and Middle
Eastern agencies write it, the title before the name with no comma:

* "Speaker of Parliament Anwar Haddad said", "Head of the Office of the President of Valdonia
  Petro Kovalenko said": a body's word in the run made the whole run a body, so the holder went
  unread; after "Head of the" the run was also read as the object of "of" (and not of a subject
  whose verb follows an adjunct set off by commas), so the quote had no speaker
  (``names._holder_after_titled_body``, ``clause._holder_in_titled_run``, ``clause._VERB_NEXT``);
* "Secretary of the National Security and Defense Council Ivan Petrenko said": the run broke at
  "and" after two portfolio words, so "National Security" became a person and the holder's name
  was read with "Council" as a body (``and_names._body_and``);
* "Chairman of the Duma Committee on International Affairs Oleg Sirotin called": the holder
  after the committee's "on" was read as the object of the preposition
  (``clause._holder_after_portfolio``).

Bodies without a holder stay bodies. Sentences and people are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

QUOTE = ' said the plan was "a historic step for the whole region."'


@pytest.mark.parametrize(("title_and_name", "speaker"), [
    ("Speaker of Parliament Anwar Haddad", "Anwar Haddad"),
    ("Head of the Office of the President of Ukraine Petro Kovalenko", "Petro Kovalenko"),
    ("Head of the Office of the President of Ukraine Petro Kovalenko, in turn,", "Petro Kovalenko"),
    ("Secretary of the National Security and Defense Council Ivan Petrenko", "Ivan Petrenko"),
    ("Minister of Trade and Industry Omar Sadiq", "Omar Sadiq"),  # as before
    ("The Finance Ministry of Valdonia", "Finance Ministry of Valdonia"),  # a body, no holder
])
def test_the_holder_after_a_title_naming_a_body(title_and_name: str, speaker: str) -> None:
    assert extract_quotes("Talks ended.\n\n" + title_and_name + QUOTE)[-1].speaker == speaker


@pytest.mark.parametrize(("sentence", "speaker"), [
    ('Chairman of the Duma Committee on International Affairs Oleg Sirotin called the deployment'
     ' "gunboat diplomacy of another century."', "Oleg Sirotin"),
    ('Head of the Office of the President of Ukraine Petro Kovalenko, in turn, noted that Kyiv'
     ' counted on "concrete decisions, not declarations."', "Petro Kovalenko"),
])
def test_the_holder_is_the_subject_of_the_cue(sentence: str, speaker: str) -> None:
    assert extract_quotes("Talks ended.\n\n" + sentence)[-1].speaker == speaker


def test_a_holder_after_a_preposition_stays_an_object() -> None:
    text = ('Anna Berg led the talks. In a letter to the Head of the Office Petro Kovalenko on Friday,'
            ' she wrote that "the door remains open to everyone."')
    assert extract_quotes(text)[-1].speaker == "Anna Berg"
