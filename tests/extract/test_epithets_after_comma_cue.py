"""A noun phrase after a cue that follows a comma is the cue's inverted subject ('… did not find
"ties of any consequence," aside from "…" links, said the bureau's director, X, on Monday'): it
is a mention, so the person apposed to it speaks, not a name of the reported clause
(``epithets.Epithets._after_inverted_cue``).

Sentences are invented for these tests."""

from __future__ import annotations

from briefings.extract import extract_quotes


def test_the_phrase_after_a_comma_and_said_is_the_speaker() -> None:
    text = ('The FBI looked for a link between Mateo and Abila in 2014 and did not find "ties of any '
            'consequence," aside from the two men knowing each other "casually" from the same church, '
            'said the bureau\'s director, James Colby, on Monday.')
    assert extract_quotes(text)[0].speaker == "James Colby"
