"""An outlet that relays words is never their speaker (``briefings.extract.relay``):

* "The minister affirmed that '…', according to SPA": a definite role phrase as the sentence's
  subject is a person too, so the agency relays; and the words go to that subject, not to the
  speaker before (the quote went to the agency named a paragraph earlier, 0.99)
  (``relay.relayed_subject``, ``reading._subject_relayed``);
* "IRNA quoted X as adding that '…'": "as adding" (noting, warning, stressing) quotes X as
  "as saying" does; the agency was chosen (0.98).

Sentences and people are invented for these tests (real agencies)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("text", "speaker"), [
    ('Valdonian Foreign Minister Jan Brel met the envoy, the Saudi Press Agency (SPA) reported.\n\n'
     'The minister affirmed the kingdom\'s position that "a just solution is the key to the region," according'
     ' to SPA.', "Jan Brel"),
    ('Foreign Minister Jan Brel met the envoy.\n\n'
     'President Anna Kovic warned that "nobody wins a trade war of this kind," according to IRNA.', "Anna Kovic"),
])
def test_the_subject_of_a_relayed_sentence_speaks(text: str, speaker: str) -> None:
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("verb", ["adding", "noting", "warning"])
def test_quoted_as_adding(verb: str) -> None:
    text = ('President Anna Kovic spoke on state television.\n\n'
            f'The state news agency IRNA quoted Kovic as {verb} that the "nuclear program has never been a secret."')
    assert extract_quotes(text)[-1].speaker == "Anna Kovic"


def test_an_outlets_own_words_stay_its_own() -> None:
    text = 'The Global Times wrote in an editorial that "the region needs calm, not more weapons."'
    assert extract_quotes(text)[-1].speaker == "Global Times"
