"""A definite role phrase of an unnamed kind refers back to the titled person quoted just before
(``briefings.extract.backrefs``): "..., Deputy Foreign Minister X told TASS. '...,' the diplomat
said" is X's; after an unnamed source, or a person the article gives no title, the phrase stays
as written.

Sentences are invented for these tests (real countries and agencies, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

NAMED = ("Moscow sees no grounds for new talks, Deputy Foreign Minister Pavel Renko told TASS on "
         "Wednesday.\n\n"
         '"Until Washington changes course, we see no basis for a meeting," the diplomat said.\n')
UNNAMED = ("A senior official of the coast guard, who asked not to be named, said the ship had left.\n\n"
           '"We keep watching the area day and night," the official said.\n')
UNTITLED = ("Pavel Renko, 54, said the ship had left on Tuesday.\n\n"
            '"We keep watching the area day and night," the official said.\n')
INDEFINITE = ("Moscow sees no grounds for new talks, Deputy Foreign Minister Pavel Renko told TASS.\n\n"
              '"Nobody here expects a meeting this year," a diplomat said.\n')


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param(NAMED, "Pavel Renko", id="the diplomat after a titled speaker"),
    pytest.param(UNNAMED, "senior official", id="the official after an unnamed official: its fuller label"),
    pytest.param(UNTITLED, None, id="the official after a person with no title: unsure (unnamed.py)"),
    pytest.param(INDEFINITE, "diplomat", id="a diplomat is someone else"),
])
def test_the_diplomat_is_the_titled_speaker_just_before(text: str, speaker: str | None) -> None:
    [quote] = extract_quotes(text)
    assert quote.speaker == speaker
