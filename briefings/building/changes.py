"""What changed between two editions of a briefing, computed from the validated data.

Both editions are compared as plain data (``Briefing.model_dump(mode="json")``), never as
rendered text, so a template change is not "news" and a reworded quote is. Parties and sources
are matched by id; quotes, consequences and events by what they say (:mod:`briefings.sameitem`).
"""

from __future__ import annotations

from typing import Any

from briefings.sameitem import Key, consequence_key, event_key, quote_key

Data = dict[str, Any]


def _by_id(items: list[Data]) -> dict[str, Data]:
    return {item["id"]: item for item in items}


def _speaker(party: Data, speaker_id: str) -> str:
    person = next((p for p in party.get("people", []) if p["id"] == speaker_id), None)
    return str(person["name"] if person else party["name"])


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def what_changed(before: Data, after: Data) -> list[str]:
    """One plain sentence per change, in the order a reader scans a brief."""
    old_parties, new_parties = _by_id(before.get("parties", [])), _by_id(after.get("parties", []))
    changes = [f"New party: {party['name']} ({party['position']['stance']})."
               for party_id, party in new_parties.items() if party_id not in old_parties]
    changes += [f"Party no longer covered: {party['name']}."
                for party_id, party in old_parties.items() if party_id not in new_parties]
    for party_id, party in new_parties.items():
        # a new party's quotes and consequences are news too: compare it with an empty record
        old = old_parties.get(party_id) or {**party, "quotes": [], "consequences": []}
        was, now = old["position"]["stance"], party["position"]["stance"]
        if was != now:
            changes.append(f"{party['name']}: stance changed from {was} to {now}.")
        changes += _quote_changes(old, party) + _consequence_changes(old, party)
    changes += _timeline_changes(before, after)
    old_sources = _by_id(before.get("sources", []))
    changes += [f"New source: {source['publisher']}, “{_short(source['title'], 70)}”."
                for source_id, source in _by_id(after.get("sources", [])).items()
                if source_id not in old_sources]
    if before.get("bluf") != after.get("bluf"):
        changes.append("The bottom line was revised.")
    return changes


def _only_in(these: dict[Key, Data], those: dict[Key, Data]) -> list[Data]:
    """The items of ``these`` that ``those`` does not hold (the same item: :mod:`briefings.sameitem`)."""
    return [item for key, item in these.items() if key not in those]


def _quote_changes(old: Data, party: Data) -> list[str]:
    old_quotes = {quote_key(q): q for q in old.get("quotes", [])}
    new_quotes = {quote_key(q): q for q in party.get("quotes", [])}
    return [f"New quote from {_speaker(party, quote['speaker'])}: “{_short(quote['text'])}”"
            for quote in _only_in(new_quotes, old_quotes)] + \
        [f"Quote removed ({_speaker(old, quote['speaker'])}): “{_short(quote['text'])}”"
         for quote in _only_in(old_quotes, new_quotes)]


def _consequence_changes(old: Data, party: Data) -> list[str]:
    changes = []
    old_cons = {consequence_key(c, party["id"]): c for c in old.get("consequences", [])}
    new_cons = {consequence_key(c, party["id"]): c for c in party.get("consequences", [])}
    for key, consequence in new_cons.items():
        previous = old_cons.get(key)
        label = f"{party['short_name']} {consequence['role']}: {_short(consequence['description'], 70)}"
        if previous is None:
            changes.append(f"New consequence ({label}), {consequence['likelihood']}, "
                           f"{consequence['impact']} impact.")
            continue
        changes += [f"{label}: {field} changed from {previous[field]} to {consequence[field]}."
                    for field in ("likelihood", "impact", "timeframe") if previous[field] != consequence[field]]
    return changes + [f"Consequence dropped ({party['short_name']}): {_short(consequence['description'], 70)}"
                      for consequence in _only_in(old_cons, new_cons)]


def _timeline_changes(before: Data, after: Data) -> list[str]:
    """Timeline events added since the last edition."""
    known = {event_key(e) for e in before.get("timeline", [])}
    return [f"New on the timeline ({e['date']}): {_short(e['event'])}" for e in after.get("timeline", [])
            if event_key(e) not in known]
