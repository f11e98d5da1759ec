"""What makes two items of a briefing the same item, as a table: a quote re-typed with curly
quotes or other white space is the same quote, the same words by another speaker are not.
Editions (tests/building/test_changes.py), merges (tests/drafting/test_merge.py) and review
fingerprints (tests/review/test_items.py) are checked against this same table."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pytest

from briefings.sameitem import item_key, name_key


@dataclass(frozen=True)
class Pair:
    """Two versions of an item, the parties they are filed under, and whether they are one item."""

    kind: str
    first: dict[str, Any]
    second: dict[str, Any]
    same: bool
    first_party: str = "harbour-board"
    second_party: str = "harbour-board"


SAID = "The harbour will reopen on Monday, and the ferries will run as usual."


def quote(text: str, speaker: str = "ana-lind") -> dict[str, Any]:
    return {"text": text, "speaker": speaker}


def consequence(description: str, likelihood: str = "likely") -> dict[str, Any]:
    return {"description": description, "likelihood": likelihood}


def event(when: Any, what: str) -> dict[str, Any]:
    return {"date": when, "event": what}


PAIRS = [
    pytest.param(Pair("quote", quote("Don't close the “old” pier"), quote('Don’t close the "old" pier'), True),
                 id="quote: straight and curly quotation marks"),
    pytest.param(Pair("quote", quote(SAID), quote(SAID.replace(" ", "  ").replace(", and", ",\nand")), True),
                 id="quote: other white space and a line break"),
    pytest.param(Pair("quote", quote(SAID), quote(SAID.replace("reopen", "re\u200bopen")), True),
                 id="quote: a zero-width space inside a word"),
    pytest.param(Pair("quote", quote(SAID), quote(SAID.replace("harbour", "h\u0430rbour")), True),
                 id="quote: a Cyrillic letter drawn like a Latin one"),
    pytest.param(Pair("quote", quote("We waited – and waited…"), quote("We waited - and waited..."), True),
                 id="quote: a dash and an ellipsis typed as plain characters"),
    pytest.param(Pair("quote", quote("ﬁve ships"), quote("five ships"), True),
                 id="quote: a ligature and its letters (compatibility form)"),
    pytest.param(Pair("quote", quote(SAID), quote(SAID, speaker="piet-brink"), False),
                 id="quote: the same words by another speaker"),
    pytest.param(Pair("quote", quote(SAID, speaker="harbour-board"), quote(SAID), False),
                 id="quote: the same words by the party and by one of its people"),
    pytest.param(Pair("quote", quote(SAID), quote(SAID.replace("Monday", "Tuesday")), False),
                 id="quote: one word changed"),
    pytest.param(Pair("quote", quote("Close the pier"), quote("CLOSE THE PIER"), False),
                 id="quote: written in capitals"),
    pytest.param(Pair("consequence", consequence("Ferries\u00a0stop for a week."),
                      consequence("Ferries stop for a week.", likelihood="unlikely"), True),
                 id="consequence: a no-break space; its likelihood is not what names it"),
    pytest.param(Pair("consequence", consequence("Ferries stop for a week."),
                      consequence("Ferries stop for a week."), False, second_party="ferry-union"),
                 id="consequence: the same description under another party"),
    pytest.param(Pair("consequence", consequence("Ferries stop for a week."),
                      consequence("Ferries stop for a month."), False),
                 id="consequence: another description"),
    pytest.param(Pair("event", event("2031-04-02", "The board’s vote"), event(dt.date(2031, 4, 2), "The board's vote"),
                      True), id="event: a date as YAML reads it and as JSON writes it, a curly apostrophe"),
    pytest.param(Pair("event", event("2031-04-02", "The board's vote"), event("2031-04-03", "The board's vote"),
                      False), id="event: the same words on another day"),
]

NAMES = [
    ("The Harbour Board", "harbour board", True),
    ("Government of Ruritania", "Ruritania government", True),
    ("the Ruritania administration", "RURITANIA", True),
    ("Harbour\u200b Board", "Harbour Board", True),
    ("Ruritania", "Ruritanian Navy", False),
    ("Harbour Board", "Harbour Police", False),
]


@pytest.mark.parametrize("pair", PAIRS)
def test_the_same_item_or_not(pair: Pair) -> None:
    first = item_key(pair.kind, pair.first, pair.first_party)
    second = item_key(pair.kind, pair.second, pair.second_party)
    assert (first == second) is pair.same, (first, second)


@pytest.mark.parametrize("first, second, same", NAMES)
def test_a_party_is_known_by_its_name_loosely(first: str, second: str, same: bool) -> None:
    assert (name_key(first) == name_key(second)) is same
    assert (item_key("party", {"name": first}) == item_key("party", {"name": second})) is same


def test_an_unknown_kind_is_our_bug_not_a_silent_match() -> None:
    with pytest.raises(ValueError, match="not a kind of item: 'source'"):
        item_key("source", {"id": "wire-1"})
