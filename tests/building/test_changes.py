"""*What changed* between two editions calls an item new or gone exactly when the same-item
table (tests/test_sameitem.py) says the two versions are not one item."""

from __future__ import annotations

from typing import Any

import pytest

from briefings.building.changes import what_changed
from tests.test_sameitem import PAIRS, Pair

PARTIES = ("harbour-board", "ferry-union")


def edition(pair: Pair, version: str) -> dict[str, Any]:
    """An edition holding the pair's ``first`` or ``second`` item, under its party."""
    node, party_id = (pair.first, pair.first_party) if version == "first" else (pair.second, pair.second_party)
    parties = [{"id": pid, "name": pid.replace("-", " ").title(), "short_name": pid,
                "position": {"stance": "neutral"}, "people": [], "quotes": [], "consequences": []}
               for pid in PARTIES]
    home = next(party for party in parties if party["id"] == party_id)
    timeline = []
    if pair.kind == "quote":
        home["quotes"].append(node)
    elif pair.kind == "consequence":
        home["consequences"].append({"role": "affected", "impact": "high", "timeframe": "weeks", **node})
    else:
        timeline.append({**node, "date": str(node["date"])})  # as model_dump(mode="json") writes it
    return {"parties": parties, "timeline": timeline, "sources": [], "bluf": "Unchanged."}


@pytest.mark.parametrize("pair", PAIRS)
def test_an_item_is_new_exactly_when_it_is_not_the_same_item(pair: Pair) -> None:
    changes = what_changed(edition(pair, "first"), edition(pair, "second"))
    news = [line for line in changes if line.startswith(("New quote", "New consequence", "New on the timeline"))]
    gone = [line for line in changes if line.startswith(("Quote removed", "Consequence dropped"))]
    if pair.same:
        assert news == gone == [], changes
    else:
        assert len(news) == 1, changes
        assert len(gone) == (0 if pair.kind == "event" else 1), changes  # the timeline only grows


def test_a_changed_likelihood_is_reported_on_the_same_consequence() -> None:
    pair = next(p.values[0] for p in PAIRS if "no-break space" in str(p.id))
    changes = what_changed(edition(pair, "first"), edition(pair, "second"))
    assert changes == ["harbour-board affected: Ferries stop for a week.: likelihood changed from likely to unlikely."]
