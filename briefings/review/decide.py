"""Accept or reject proposed items in a briefing file (``briefings review --accept/--reject``).

The file is edited round-trip (comments and layout kept) and written atomically; the result is
validated, and the previous file is put back if it would no longer be valid. Accepting a quote
or consequence of a proposed party accepts the party too (its words need a speaker in the
brief). Rejecting removes the item and records its fingerprint under ``rejected:``, so ingest
never proposes it again; rejecting a party rejects everything proposed under it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ruamel.yaml.comments import CommentedSeq

from briefings.building.files import atomic_write
from briefings.drafting.infer import dump
from briefings.errors import BriefingError, ValidationFailed
from briefings.load.yaml import read_yaml
from briefings.review.items import SHORT_ID, Item, proposed
from briefings.validation.run import validate_file


@dataclass
class Decision:
    """What a review changed."""

    accepted: list[Item] = field(default_factory=list)
    rejected: list[Item] = field(default_factory=list)


def read_tree(path: Path):  # noqa: ANN201 - a ruamel CommentedMap
    tree, issues = read_yaml(path, for_editing=True)
    if issues:
        raise ValidationFailed(issues)
    return tree


def resolve(pending: list[Item], wanted: Sequence[str]) -> list[Item]:
    """The items named by review ids (a unique prefix of at least 4 hex digits)."""
    chosen: list[Item] = []
    for raw in wanted:
        prefix = raw.strip().lower()
        matches = [item for item in pending if len(prefix) >= 4 and item.fingerprint.startswith(prefix)]
        if len(matches) != 1:
            known = ", ".join(item.fingerprint[:SHORT_ID] for item in pending) or "none"
            why = "matches several items" if matches else "is not a proposed item"
            raise BriefingError(f"review id '{raw}' {why} (proposed: {known})")
        chosen.append(matches[0])
    return chosen


def decide(path: Path, accept: Sequence[str] = (), reject: Sequence[str] = ()) -> Decision:
    """Accept and reject the named proposed items of the briefing at ``path``."""
    original = path.read_bytes()
    tree = read_tree(path)
    pending = proposed(tree)
    to_accept, to_reject = resolve(pending, accept), resolve(pending, reject)
    both = {i.fingerprint for i in to_accept} & {i.fingerprint for i in to_reject}
    if both:
        raise BriefingError(f"cannot both accept and reject {', '.join(sorted(both))}")
    decision = Decision()
    for item in to_accept:
        _accept(item)
        decision.accepted.append(item)
    for item in to_reject:
        _reject(tree, item)
        decision.rejected.append(item)
    atomic_write(path, dump(tree))
    loaded = validate_file(path)
    if any(issue.is_error for issue in loaded.issues):
        atomic_write(path, original)
        raise ValidationFailed(loaded.issues)
    return decision


def _accept(item: Item) -> None:
    item.node.pop("status", None)  # accepted is the default
    if item.party is not None and item.party.get("status") == "proposed":
        item.party.pop("status", None)


def _reject(tree, item: Item) -> None:  # noqa: ANN001
    rejected = tree.setdefault("rejected", CommentedSeq())
    gone = [item]
    if item.kind == "party":
        gone += [child for child in proposed({"parties": [item.node]}) if child.node is not item.node]
        for party in tree.get("parties", None) or []:
            for consequence in party.get("consequences", None) or []:
                affects = consequence.get("affects", None) or []
                while item.node.get("id") in affects:
                    affects.remove(item.node.get("id"))
    for each in gone:
        if each.fingerprint not in rejected:
            rejected.append(each.fingerprint)
    if any(node is item.node for node in item.holder):
        item.holder.pop(next(i for i, node in enumerate(item.holder) if node is item.node))
    if item.party is not None and not item.holder:
        key = "quotes" if item.kind == "quote" else "consequences"
        del item.party[key]
