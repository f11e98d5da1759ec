"""A review fingerprint names an item by the same-item key (tests/test_sameitem.py): two
versions get one fingerprint exactly when they are one item, and a rejection recorded before
speakers and parties counted still holds."""

from __future__ import annotations

import hashlib

import pytest

from briefings.review.items import fingerprint, items
from briefings.textfold import comparable
from tests.test_sameitem import PAIRS, Pair


@pytest.mark.parametrize("pair", PAIRS)
def test_one_fingerprint_exactly_for_one_item(pair: Pair) -> None:
    first = fingerprint(pair.kind, pair.first, pair.first_party)
    second = fingerprint(pair.kind, pair.second, pair.second_party)
    assert (first == second) is pair.same
    assert len(first) == 16 and int(first, 16) >= 0


def tree_with(pair: Pair) -> dict:
    """A briefing tree holding the pair's two items, each under its party."""
    parties = {pid: {"id": pid, "name": pid, "quotes": [], "consequences": []}
               for pid in (pair.first_party, pair.second_party)}
    timeline = []
    for node, pid in ((pair.first, pair.first_party), (pair.second, pair.second_party)):
        if pair.kind == "event":
            timeline.append(node)
        else:
            parties[pid][f"{pair.kind}s"].append(node)
    return {"timeline": timeline, "parties": list(parties.values())}


@pytest.mark.parametrize("pair", PAIRS)
def test_the_items_of_a_tree_are_named_with_their_party(pair: Pair) -> None:
    found = [item for item in items(tree_with(pair)) if item.kind == pair.kind]
    assert len(found) == 2
    assert (found[0].fingerprint == found[1].fingerprint) is pair.same


def words_only(kind: str, words: str) -> str:
    """A fingerprint as it was recorded before the key counted speakers and parties."""
    return hashlib.sha256(f"{kind}\0{comparable(words)}".encode()).hexdigest()[:16]


@pytest.mark.parametrize("kind, node, words", [
    ("quote", {"text": "Keep the pier open", "speaker": "ana-lind"}, "Keep the pier open"),
    ("consequence", {"description": "Ferries stop for a week."}, "Ferries stop for a week."),
])
def test_a_rejection_recorded_by_words_alone_still_holds(kind: str, node: dict, words: str) -> None:
    tree = {"parties": [{"id": "harbour-board", "name": "Harbour Board", f"{kind}s": [node]}]}
    (item,) = [item for item in items(tree) if item.kind == kind]
    assert item.fingerprint != words_only(kind, words)  # the key has changed ...
    assert item.rejected_by({words_only(kind, words)})  # ... and the old record still rejects it
    assert item.rejected_by({item.fingerprint})
    assert not item.rejected_by({words_only(kind, "Other words entirely")})


def test_a_party_rejected_by_its_lower_case_name_still_holds() -> None:
    tree = {"parties": [{"id": "harbour-board", "name": "The Harbour Board"}]}
    (item,) = list(items(tree))
    assert item.rejected_by({words_only("party", "the harbour board")})
    assert item.fingerprint == fingerprint("party", {"name": "Harbour Board"})  # "the" folded now
