"""``briefings.review.decide`` as the review page uses it: a decision on an older version of
the file is refused, and a quote's speaker is changed (moving it under the speaker's party)
with comments kept, or refused with a message and the file untouched."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefings.errors import BriefingError
from briefings.review.decide import StaleFile, decide, edit_speaker, file_version, read_tree
from briefings.review.items import fingerprint, proposed
from tests.review.test_decide import NEW_PARTY_QUOTE, NEW_QUOTE, propose

QUOTE = fingerprint("quote", {"text": NEW_QUOTE, "speaker": "tr-foreign-ministry"})[:8]
EU_QUOTE = fingerprint("quote", {"text": NEW_PARTY_QUOTE, "speaker": "eu"})[:8]
EVENT = fingerprint("event", {"date": "2020-12-16", "event": "Ankara weighs its answer."})[:8]


def test_a_decision_on_an_older_version_is_refused(seed_copy: Path) -> None:
    propose(seed_copy)
    seen = file_version(seed_copy.read_bytes())
    seed_copy.write_text(seed_copy.read_text(encoding="utf-8") + "# edited meanwhile\n", encoding="utf-8")
    before = seed_copy.read_bytes()
    with pytest.raises(StaleFile, match="changed on disk after this page was loaded; nothing was written"):
        decide(seed_copy, accept=[QUOTE], expect=seen)
    assert seed_copy.read_bytes() == before
    decide(seed_copy, accept=[QUOTE], expect=file_version(before))  # the current version is fine
    assert QUOTE not in {item.fingerprint[:8] for item in proposed(read_tree(seed_copy))}


def test_a_speaker_edit_moves_the_quote_and_keeps_comments(seed_copy: Path) -> None:
    propose(seed_copy)
    comment = seed_copy.read_text(encoding="utf-8").splitlines()[0]
    assert comment.startswith("#")
    edited = edit_speaker(seed_copy, EU_QUOTE, "tr-defence-ministry", "hulusi-akar")
    tree = read_tree(seed_copy)
    # another speaker, another quote: its review id is the one the edit returns
    assert edited.fingerprint == fingerprint("quote", {"text": NEW_PARTY_QUOTE, "speaker": "hulusi-akar"})
    assert not any(item.fingerprint.startswith(EU_QUOTE) for item in proposed(tree))
    moved = next(item for item in proposed(tree) if item.fingerprint == edited.fingerprint)
    assert moved.party["id"] == "tr-defence-ministry" and moved.node["speaker"] == "hulusi-akar"
    eu = next(party for party in tree["parties"] if party["id"] == "eu")
    assert "quotes" not in eu  # its only quote left with the edit
    assert seed_copy.read_text(encoding="utf-8").splitlines()[0] == comment


@pytest.mark.parametrize("item, party, speaker, message", [
    ("ffffffff", "chp", "chp", "review id 'ffffffff' is not a proposed item"),
    (EVENT, "chp", "chp", r"is not a quote \(event\); only a quote has a speaker"),
    (QUOTE, "no-such-party", "no-such-party", "no party 'no-such-party'"),
    (QUOTE, "chp", "hulusi-akar", "'hulusi-akar' is neither the party 'chp' nor one of its people"),
    (QUOTE, "", "", "no party ''"),
])
def test_a_speaker_edit_that_cannot_be_is_refused(seed_copy: Path, item: str, party: str,
                                                  speaker: str, message: str) -> None:
    propose(seed_copy)
    before = seed_copy.read_bytes()
    with pytest.raises(BriefingError, match=message):
        edit_speaker(seed_copy, item, party, speaker)
    assert seed_copy.read_bytes() == before
