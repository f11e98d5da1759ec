"""A merge adds a drafted quote or consequence to a party exactly when the same-item table
(tests/test_sameitem.py) says the party does not hold it yet: re-typed words are not added
twice, the same words by another speaker are added."""

from __future__ import annotations

import pytest
from ruamel.yaml.comments import CommentedMap

from briefings.drafting.merge import _add_consequences, _add_quote
from tests.test_sameitem import PAIRS, Pair

WITHIN_ONE_PARTY = [p for p in PAIRS if p.values[0].kind != "event"
                    and p.values[0].first_party == p.values[0].second_party]


@pytest.mark.parametrize("pair", WITHIN_ONE_PARTY)
def test_a_drafted_item_is_added_unless_the_party_holds_it(pair: Pair) -> None:
    party = CommentedMap(id=pair.first_party, name="Harbour Board")
    added = {"quotes": 0, "consequences": 0}
    if pair.kind == "quote":
        party["quotes"] = [CommentedMap(pair.first)]
        _add_quote(party, CommentedMap(pair.second), added)
    else:
        party["consequences"] = [CommentedMap(pair.first)]
        _add_consequences(party, [CommentedMap(pair.second)], added)
    held = party[f"{pair.kind}s"]
    assert added[f"{pair.kind}s"] == len(held) - 1 == (0 if pair.same else 1)


def test_the_table_has_rows_for_a_merge() -> None:
    kinds = {(p.values[0].kind, p.values[0].same) for p in WITHIN_ONE_PARTY}
    assert kinds == {("quote", True), ("quote", False), ("consequence", True), ("consequence", False)}
