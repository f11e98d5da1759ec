"""Merge a new article into an existing briefing (``briefings draft --into``).

The briefing's YAML is edited round-trip with ruamel.yaml, so the analyst's text, order and
comments are kept; nothing already there is added twice.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from briefings.drafting.infer import (
    Draft,
    draft,
)
from briefings.drafting.sources import editable_list
from briefings.errors import ValidationFailed
from briefings.load.paths import confine
from briefings.load.yaml import read_yaml
from briefings.validation.provenance import normalise


def merge_into(article: Path, briefing_path: Path, *,
               today: dt.date | None = None) -> tuple[Draft, dict[str, int]]:
    """Merge ``article`` into the briefing at ``briefing_path``; count what was added."""
    today = today or dt.date.today()
    tree, issues = read_yaml(briefing_path, for_editing=True)
    if issues:
        raise ValidationFailed(issues)
    sources = editable_list(tree, "sources", briefing_path)
    parties = editable_list(tree, "parties", briefing_path)
    fresh = draft(article, briefing_path, briefing_id=str(tree.get("id", "draft")), today=today)
    added = {"sources": 0, "parties": 0, "quotes": 0, "consequences": 0}
    source_id, archive_to, seen_before = _merge_source(sources, fresh.tree["sources"][0],
                                                       briefing_path.parent, added)
    if seen_before:
        # merged before: what the analyst kept, changed or deleted since stands as it is
        return Draft(tree, article, archive_to), added
    for drafted in fresh.tree["parties"]:
        for item in (*drafted.get("quotes", []), *drafted.get("consequences", [])):
            item["source"] = source_id
        _merge_party(parties, drafted, added)
    return Draft(tree, article, archive_to), added


def _merge_source(sources: CommentedSeq, new_source: CommentedMap, folder: Path,
                  added: dict[str, int]) -> tuple[str, Path, bool]:
    """The id and archive path of the article's source, added unless it is there (same
    sha256); and whether it was there already."""
    existing = next((s for s in sources if s.get("sha256") == new_source["sha256"]), None)
    if existing is not None:
        # the archived copy is written where the briefing says only if that is inside its folder
        return str(existing.get("id")), confine(folder, str(existing.get("text", ""))), True
    source_id = new_source["id"]
    taken = {s.get("id") for s in sources}
    while source_id in taken:
        source_id = f"{source_id}-2"[:80]
    new_source["id"] = source_id
    new_source["text"] = f"sources/{source_id}.txt"
    sources.append(new_source)
    added["sources"] += 1
    return source_id, folder / new_source["text"], False


def _merge_party(parties: CommentedSeq, drafted: CommentedMap, added: dict[str, int]) -> None:
    """Add a drafted party, or its new people, quotes and consequences to the party it is."""
    target, as_person = _matching_party(parties, drafted)
    if target is None:
        if drafted["id"] in {p.get("id") for p in parties}:
            drafted["id"] = f"{drafted['id']}-2"
        parties.append(drafted)
        added["parties"] += 1
        added["quotes"] += len(drafted.get("quotes", []))
        added["consequences"] += len(drafted.get("consequences", []))
        return
    speaker_ids = {}
    if drafted.get("people"):
        speaker_ids = _merge_people(target.setdefault("people", CommentedSeq()), drafted["people"])
    quotes = target.setdefault("quotes", CommentedSeq())
    known = {normalise(str(q.get("text", ""))) for q in quotes}
    for item in drafted.get("quotes", []):
        if normalise(item["text"]) not in known:
            item["speaker"] = speaker_ids.get(item["speaker"], as_person or target["id"])
            quotes.append(item)
            known.add(normalise(item["text"]))
            added["quotes"] += 1
    if "consequences" not in drafted:
        return
    consequences = target.setdefault("consequences", CommentedSeq())
    described = {normalise(str(c.get("description", ""))) for c in consequences}
    for item in drafted["consequences"]:
        if normalise(item["description"]) not in described:
            consequences.append(item)
            added["consequences"] += 1
    if not consequences:
        del target["consequences"]


def _matching_party(parties: CommentedSeq, drafted: CommentedMap) -> tuple[CommentedMap | None, str | None]:
    """The existing party the drafted one is: same id, name or alias, or a shared person.

    A drafted party that is only a surname ("Akar") matches the person it names; the second
    value is then that person's id, to speak its quotes.
    """
    def folded(values: Any) -> set[str]:
        return {normalise(str(v)).lower() for v in values if v} - {""}

    drafted_names = folded(drafted.get(k) for k in ("id", "name", "short_name"))
    drafted_names |= folded(drafted.get("aliases", []))
    drafted_people = folded(p.get("name") for p in drafted.get("people", []))
    for party in parties:
        names = folded(party.get(k) for k in ("id", "name", "short_name"))
        names |= folded(party.get("aliases", []) or [])
        if names & drafted_names:
            return party, None
        for person in party.get("people", []) or []:
            name = str(person.get("name", ""))
            person_names = folded([name, name.split()[-1] if name else "", *(person.get("aliases", []) or [])])
            if person_names & drafted_people:
                return party, None
            if person_names & drafted_names and drafted.get("kind") != "person" and not drafted.get("people"):
                return party, str(person.get("id"))
    return None, None


def _merge_people(people: CommentedSeq, drafted: list[CommentedMap]) -> dict[str, str]:
    """Add people not yet listed; return drafted person id → id in the briefing."""
    mapping = {}
    for person in drafted:
        name = normalise(str(person["name"])).lower()
        existing = next((p for p in people if normalise(str(p.get("name", ""))).lower() == name
                         or name in {normalise(str(a)).lower() for a in p.get("aliases", []) or []}), None)
        if existing is None:
            people.append(person)
            existing = person
        mapping[person["id"]] = existing["id"]
    return mapping
