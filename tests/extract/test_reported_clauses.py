"""Relayed speech whose author the reported clause names (ANNOTATION_NOTES of foreign-dev, rule 9:
relayed words go to their author), in two forms where the relay took the words before:

* an adjunct set off by commas between the author and the cue: "Spokesman X said Vell, in a call
  from his office in Bergen, Norway, urged Y to '…'" (``reported_clauses.relayed_across_adjunct``);
* an attribution set off by commas before "and": "Vell pledged to work with Y, Brel said, and
  called the bombing '…'" (``reported_clauses.set_off_comma``).

Sentences are invented for these tests (real countries, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

OPENING = "Premier Tomas Vell met the envoy on Monday. Government spokesman Ivo Brel briefed reporters.\n\n"


@pytest.mark.parametrize(("sentence", "speaker"), [
    ('Brel said Vell, in a call from his office, urged Chile to "withdraw its troops from the border."',
     "Tomas Vell"),
    ('Brel, a government spokesman, said Vell, in a call made from his home in Bergen, Norway, urged '
     'Chile to "withdraw its troops from the border."', "Tomas Vell"),
    ('Vell pledged to work with Chile, Brel said, and called the bombing "a crime against ordinary '
     'people in the market."', "Tomas Vell"),
    ('In his call to the Chilean leader, Ana Cruz, Vell pledged to work with Chile, Brel said, and '
     'called the bombing "a crime against ordinary people in the market."', "Tomas Vell"),
    # no cue before the set-off attribution: the words stay the attribution's
    ('The talks were long, Brel said, and called the bombing "a crime against ordinary people in the '
     'market."', "Ivo Brel"),
    # an adjunct after the reporter's own cue, no name after "said": the reporter's words
    ('Brel said, in a call from his office, that Chile must "withdraw its troops from the border."',
     "Ivo Brel"),
])
def test_relayed_words_go_to_the_author_the_clause_names(sentence: str, speaker: str) -> None:
    quote = extract_quotes(OPENING + sentence)[-1]
    assert quote.speaker == speaker, quote.evidence
