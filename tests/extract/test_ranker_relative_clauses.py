"""A quote in a relative clause ("X, who said '...'") keeps the relative pronoun as its speaker's
mention when the ranker prefers the name it stands for: the same person, the mention of the
quote's own clause (``briefings.extract.ranker.second_opinion``). Sentences are invented."""

from __future__ import annotations

from briefings.extract import extract_quotes

_TEXT = ('Not all campaigns ask staff to sign such agreements, according to Tom Vester, a Republican '
         'strategist. "It is not normal language for a campaign, but it is not abnormal for this one," said '
         'Vester, who said executives often fail to see that there are "no secrets in politics."')


def test_the_relative_pronoun_stays_the_mention() -> None:
    quote = extract_quotes(_TEXT)[-1]
    assert (quote.speaker_surface, quote.speaker) == ("who", "Tom Vester")
