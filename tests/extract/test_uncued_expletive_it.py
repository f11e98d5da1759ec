"""An "it" that stands for no one ("It's '…'", "It was X's rejection of '…'", "it seems") is
no sentence subject for a quote without a cue (``briefings.extract.uncued.sentence_subject``).
Sentences are invented for these tests."""

from __future__ import annotations

from briefings.extract import extract_quotes


def test_its_goes_on_with_the_speaker_before() -> None:
    text = ('The ACLU filed a brief on Monday.\n\n"It is ambush journalism," Dana Reyes says. It\'s "this new kind '
            'of in-your-face journalism."')
    assert extract_quotes(text)[-1].speaker == "Dana Reyes"


def test_it_was_names_no_one() -> None:
    text = 'The council met in Salem. It was "a circus from start to finish" for the residents who came.'
    assert extract_quotes(text)[-1].speaker is None
