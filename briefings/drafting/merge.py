"""Merge a new article into an existing briefing (``briefings draft --into``).

The briefing's YAML is edited round-trip with ruamel.yaml, so the analyst's text, order and
comments are kept; nothing already there is added twice (the same item: :mod:`briefings.sameitem`).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from briefings.constants import SLUG_MAX_LENGTH
from briefings.drafting.infer import (
    Draft,
    draft,
)
from briefings.drafting.known import KnownPeople
from briefings.drafting.sources import editable_list
from briefings.errors import ValidationFailed
from briefings.filesystem.paths import confine
from briefings.load.yaml import read_yaml
from briefings.sameitem import consequence_key, quote_key


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
    ids: dict[str, str | None] = {}
    consequences: list[CommentedMap] = []
    for drafted in fresh.tree["parties"]:
        for item in (*drafted.get("quotes", []), *drafted.get("consequences", [])):
            item["source"] = source_id
        consequences.extend(drafted.get("consequences", []))
        drafted_id = str(drafted["id"])
        ids[drafted_id] = _merge_party(parties, drafted, added, fresh.departments)
    _point_affects_at_merged_parties(consequences, ids)
    return Draft(tree, article, archive_to), added


def _point_affects_at_merged_parties(consequences: list[CommentedMap], ids: dict[str, str | None]) -> None:
    """A drafted consequence names drafted party ids; after the merge they are the ids of the
    parties those became (a known person's party, an existing party, a renamed new one)."""
    for item in consequences:
        affects = [str(a) for a in item.get("affects", []) or []]
        mapped = [ids[a] for a in affects if ids.get(a)]
        item["affects"] = CommentedSeq(dict.fromkeys(mapped))
        if len(mapped) < len(affects):
            item.yaml_add_eol_comment("REVIEW: a party it affects was not kept; say who is affected", "affects")


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
        source_id = f"{source_id}-2"[:SLUG_MAX_LENGTH]
    new_source["id"] = source_id
    new_source["text"] = f"sources/{source_id}.txt"
    sources.append(new_source)
    added["sources"] += 1
    return source_id, folder / new_source["text"], False


def _merge_party(parties: CommentedSeq, drafted: CommentedMap, added: dict[str, int],
                 departments: dict[str, tuple[str, str]]) -> str | None:
    """Add a drafted party, or its new people, quotes and consequences to the party it is.

    A quote whose speaker the briefing already knows (see :mod:`briefings.drafting.known`)
    goes to that person under the party the analyst gave them; a drafted party left with no
    quote of its own is not added. Returns the id of the party that now stands for it."""
    known = KnownPeople(parties)
    home = _file_known_speakers(drafted, known, added, departments)
    if not drafted.get("quotes") and not drafted.get("consequences"):
        return home
    target = _matching_party(known, drafted)
    if target is None:
        drafted["id"] = known.fresh_id(str(drafted["id"]))
        ids = {str(p["id"]): known.fresh_id(str(p["id"])) for p in drafted.get("people", []) or []}
        for person in drafted.get("people", []) or []:
            person["id"] = ids[str(person["id"])]
        for quote in drafted.get("quotes", []) or []:
            quote["speaker"] = ids.get(str(quote["speaker"]), drafted["id"])
        parties.append(drafted)
        added["parties"] += 1
        added["quotes"] += len(drafted.get("quotes", []))
        added["consequences"] += len(drafted.get("consequences", []))
        return str(drafted["id"])
    speaker_ids = {}
    if drafted.get("people"):
        speaker_ids = _merge_people(target.setdefault("people", CommentedSeq()), drafted["people"], known)
    for item in drafted.get("quotes", []):
        item["speaker"] = speaker_ids.get(item["speaker"], target["id"])
        _add_quote(target, item, added)
    _add_consequences(target, drafted.get("consequences", []), added)
    return str(target["id"])


def _file_known_speakers(drafted: CommentedMap, known: KnownPeople, added: dict[str, int],
                         departments: dict[str, tuple[str, str]]) -> str | None:
    """Move the quotes of people the briefing knows (or of a ministry it has as a party) out of
    ``drafted`` into their party; what is left is the drafted party's own. Returns the id of
    the first such party (None if there is none)."""
    people = {str(p["id"]): p for p in drafted.get("people", []) or []}
    homes = _homes(drafted, people, known, departments)
    kept = CommentedSeq()
    for item in drafted.get("quotes", []) or []:
        home = homes.get(str(item["speaker"]))
        if home is None:
            kept.append(item)
            continue
        item["speaker"] = home[1]
        _add_quote(home[0], item, added)
    if homes and not kept and drafted.get("consequences"):
        _add_consequences(next(iter(homes.values()))[0], drafted["consequences"], added)
        del drafted["consequences"]
    drafted["quotes"] = kept
    if "people" in drafted:
        drafted["people"] = CommentedSeq(p for pid, p in people.items() if pid not in homes)
        if not drafted["people"]:
            del drafted["people"]
    return str(next(iter(homes.values()))[0].get("id")) if homes else None


def _homes(drafted: CommentedMap, people: dict[str, CommentedMap], known: KnownPeople,
           departments: dict[str, tuple[str, str]]) -> dict[str, tuple[Any, str]]:
    """Drafted speaker id → (party node, speaker id) in the briefing, for the speakers it knows."""
    homes: dict[str, tuple[Any, str]] = {}
    for speaker, person in people.items():
        hit = known.person([str(person.get("name", "")), speaker])
        ministry = known.ministry(*departments.get(speaker, ("", "")))
        if hit is not None:
            homes[speaker] = (hit.party, str(hit.person_id))
        elif ministry is not None:
            homes[speaker] = (ministry, _add_person(ministry, person, known))
    own_names = [str(drafted.get(k, "")) for k in ("name", "short_name")] + list(drafted.get("aliases", []) or [])
    if not people and known.party(own_names) is None:  # "Pompeo": a known person by name alone
        hit = known.person(own_names)
        if hit is not None:
            homes[str(drafted["id"])] = (hit.party, str(hit.person_id))
    return homes


def _add_person(party: Any, person: CommentedMap, known: KnownPeople) -> str:
    person["id"] = known.fresh_id(str(person["id"]))
    party.setdefault("people", CommentedSeq()).append(person)
    return str(person["id"])


def _add_quote(party: Any, item: CommentedMap, added: dict[str, int]) -> None:
    quotes = party.setdefault("quotes", CommentedSeq())
    if quote_key(item) not in {quote_key(q) for q in quotes}:
        quotes.append(item)
        added["quotes"] += 1


def _add_consequences(party: Any, drafted: list[CommentedMap], added: dict[str, int]) -> None:
    if not drafted:
        return
    consequences = party.setdefault("consequences", CommentedSeq())
    party_id = str(party.get("id"))
    described = {consequence_key(c, party_id) for c in consequences}
    for item in drafted:
        if consequence_key(item, party_id) not in described:
            consequences.append(item)
            added["consequences"] += 1
    if not consequences:
        del party["consequences"]


def _matching_party(known: KnownPeople, drafted: CommentedMap) -> Any:
    """The existing party the drafted one is: the same id, name, short name or alias."""
    names = [str(drafted.get(k, "")) for k in ("id", "name", "short_name")]
    return known.party([*names, *(str(a) for a in drafted.get("aliases", []) or [])])


def _merge_people(people: CommentedSeq, drafted: list[CommentedMap], known: KnownPeople) -> dict[str, str]:
    """Add people not yet known (with ids that clash with none); return drafted person id →
    id in the briefing."""
    mapping = {}
    for person in drafted:
        drafted_id = str(person["id"])
        person["id"] = known.fresh_id(drafted_id)
        people.append(person)
        mapping[drafted_id] = str(person["id"])
    return mapping
