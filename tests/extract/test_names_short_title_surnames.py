"""A short title word ("Sen", "Rep", "Gov") last in a run, after a name word, is a family name,
not a title (``names._title_cut``): "Hun Sen said" had no mention at all, so a quote of his went
to the subject of another clause ("calling it" took `Thailand`, 0.97). "Sen." before a name is
still the title.

Sentences are invented for these tests (real names of public figures only where the name is the
point: "Hun Sen", "Amartya Sen")."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("text", "speaker"), [
    ('Thailand closed the border.\n\nFormer premier Hun Sen said that Cambodia would go to the court, '
     'calling it "the only path to a lasting solution."', "Hun Sen"),
    ('Economist Amartya Sen said the plan was "a step back for the poorest families."', "Amartya Sen"),
    ('Republican Sen. Jan Brel said the plan was "a step back for the poorest families."', "Jan Brel"),
])
def test_a_short_title_word_last_in_a_name_is_the_family_name(text: str, speaker: str) -> None:
    quote = extract_quotes(text)[-1]
    assert quote.speaker == speaker, quote.evidence
