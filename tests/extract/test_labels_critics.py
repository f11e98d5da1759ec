"""A critic speaks for themselves: "critic" is a role noun and a role of someone speaking for
themselves. "Kremlin critic Ivan X said" gave the speaker "Kremlin" (0.99, party Russia): the
mention stopped at the body's name, as "critic" was no title word. Sentences are invented."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize("critic", ["Kremlin critic Ivan Sokol", "veteran Kremlin critic Ivan Sokol",
                                    "Beijing critic Ivan Sokol"])
def test_a_critic_named_after_the_body_they_criticise(critic: str) -> None:
    text = (f"MOSCOW - Protests went on for a third day. {critic[0].upper()}{critic[1:]} called the count "
            '"a farce from the very first ballot," and the crowd cheered.\n')
    quote = extract_quotes(text)[0]
    assert quote.speaker == "Ivan Sokol"
    assert quote.party == "independent"
