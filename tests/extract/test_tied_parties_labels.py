"""A quote withheld whose own cue's subject names an actor gets the party the phrase states
(``briefings.extract.tied_parties.assign_label_parties``): "the Chinese spokesman said" is
China's whoever the spokesman is. A phrase naming no actor, a pronoun or a person's name gives
none: only the guessed person would carry it. Nor does an actor before a head noun that holds no
office ("the Kremlin critic", "the Indian ports-to-power conglomerate"): round 11's attack found
Russia and India given so."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

ARTICLE = ("TOKYO (Reuters) - Japan protested on Tuesday after ships entered disputed waters.\n\n"
           'Japanese Foreign Minister Ken Mori told reporters the incursion was "unacceptable and regrettable." '
           'Chief Cabinet Secretary Jiro Tanabe said Japan would "respond calmly but firmly."\n\n'
           '"The islands have always been our inherent territory," {subject} said at a regular briefing.\n')


@pytest.mark.parametrize(("subject", "party"), [
    ("the Chinese spokesman", "China"),
    ("the Chinese foreign ministry spokeswoman", "China"),
    ("the Taiwanese spokesman", "Taiwan"),
    ("a Foreign Ministry spokeswoman in Beijing", "China"),  # a government body placed in a capital
    ("the spokesman", None),  # no actor in the phrase
    ("the former Chinese spokesman", None),  # a former office speaks for no one now
])
def test_the_withheld_phrase_names_its_party(subject: str, party: str | None) -> None:
    quote = next(q for q in extract_quotes(ARTICLE.format(subject=subject)) if q.quote.startswith("The islands"))
    assert quote.speaker is None
    assert quote.party == party
    if party:
        assert "the speaker is unsure" in (quote.party_evidence or "")


@pytest.mark.parametrize(("subject", "party"), [
    # an actor before a head noun that holds no office says whom they criticise or where they are
    ("the Kremlin critic", "independent"),  # a critic speaks for themselves (independent_roles.txt)
    ("the Chinese shipbuilding conglomerate", None),
    ("the Russian ports-to-power conglomerate", None),
])
def test_an_actor_before_no_office_names_no_party(subject: str, party: str | None) -> None:
    text = ("RIGA (AFP) - Exiled writers gathered in the Latvian capital on Saturday for a week of readings.\n\n"
            f'"Nobody in power fears anything more than a free vote," {subject} said in a video message.\n')
    quote = extract_quotes(text)[0]
    assert quote.speaker is None
    assert quote.party == party
