"""Accept or reject proposed items in a briefing file (``briefings review --accept/--reject``).

The file is edited round-trip (comments and layout kept) and written atomically; the result is
validated, and the previous file is put back if it would no longer be valid. Accepting a quote
or consequence of a proposed party accepts the party too (its words need a speaker in the
brief). Rejecting removes the item and records its fingerprint under ``rejected:``, so ingest
never proposes it again; rejecting a party rejects everything proposed under it. A proposed
quote's speaker can be changed (and with it the party it is filed under) before it is decided.

``briefings review`` and the review page of ``briefings serve`` both write through here. The
page passes the version of the file it was made from (:func:`file_version`): a decision taken
on a page older than the file is refused (:class:`StaleFile`), never merged into a file the
analyst has not seen.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ruamel.yaml.comments import CommentedSeq

from briefings.drafting.infer import dump
from briefings.errors import BriefingError, ValidationFailed
from briefings.filesystem.writing import atomic_write
from briefings.load.yaml import read_yaml
from briefings.review.items import SHORT_ID, Item, proposed
from briefings.validation.run import validate_file


class StaleFile(BriefingError):
    """The briefing changed on disk after the page the decision was made on was loaded."""


def file_version(data: bytes) -> str:
    """The version of a briefing file's bytes, as a review page carries it."""
    return hashlib.sha256(data).hexdigest()[:32]


@dataclass
class Decision:
    """What a review changed."""

    accepted: list[Item] = field(default_factory=list)
    rejected: list[Item] = field(default_factory=list)


def read_tree(path: Path):
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


def check_version(path: Path, data: bytes, expect: str | None) -> None:
    """:class:`StaleFile` if ``data`` (the file's bytes) is not version ``expect``."""
    if expect is not None and file_version(data) != expect:
        raise StaleFile(f"{path} changed on disk after this page was loaded; nothing was "
                        "written. Check the item against the file as it is now and decide again.")


def _read_current(path: Path, expect: str | None):
    """The file's bytes and tree; :class:`StaleFile` if they are not version ``expect``."""
    original = path.read_bytes()
    check_version(path, original, expect)
    return original, read_tree(path)


def _write_validated(path: Path, original: bytes, tree) -> None:
    """Write the edited tree; put the original back if the result is not a valid briefing."""
    atomic_write(path, dump(tree))
    loaded = validate_file(path)
    if any(issue.is_error for issue in loaded.issues):
        atomic_write(path, original)
        raise ValidationFailed(loaded.issues)


def decide(path: Path, accept: Sequence[str] = (), reject: Sequence[str] = (), *,
           expect: str | None = None) -> Decision:
    """Accept and reject the named proposed items of the briefing at ``path`` (if it is still
    version ``expect``, when given)."""
    original, tree = _read_current(path, expect)
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
    _write_validated(path, original, tree)
    return decision


def edit_speaker(path: Path, item_id: str, party_id: str, speaker_id: str, *,
                 expect: str | None = None) -> Item:
    """Give a proposed quote another speaker: ``speaker_id`` is ``party_id`` itself or one of
    its people, and the quote moves under that party. It stays proposed, under another review id
    (the speaker is part of what names a quote, :mod:`briefings.sameitem`); the item is returned
    as it now is."""
    original, tree = _read_current(path, expect)
    (item,) = resolve(proposed(tree), [item_id])
    if item.kind != "quote":
        raise BriefingError(f"review id '{item_id}' is not a quote ({item.kind}); only a quote has a speaker")
    party = next((p for p in tree.get("parties", None) or [] if p.get("id") == party_id), None)
    if party is None:
        raise BriefingError(f"no party '{party_id}' in {path}")
    people = [str(person.get("id")) for person in party.get("people", None) or []]
    if speaker_id != party_id and speaker_id not in people:
        raise BriefingError(f"'{speaker_id}' is neither the party '{party_id}' nor one of its "
                            f"people (known: {', '.join([party_id, *people])})")
    item.node["speaker"] = speaker_id
    if party is not item.party:
        _take_out(item)
        party.setdefault("quotes", CommentedSeq()).append(item.node)
    _write_validated(path, original, tree)
    return Item("quote", item.node, party["quotes"], party)


def _accept(item: Item) -> None:
    item.node.pop("status", None)  # accepted is the default
    if item.party is not None and item.party.get("status") == "proposed":
        item.party.pop("status", None)


def _reject(tree, item: Item) -> None:
    rejected = tree.setdefault("rejected", CommentedSeq())
    gone = [item]
    if item.kind == "party":
        gone += [child for child in proposed({"parties": [item.node]}) if child.node is not item.node]
        _forget_party(tree, item.node.get("id"))
    for each in gone:
        if each.fingerprint not in rejected:
            rejected.append(each.fingerprint)
    _take_out(item)


def _forget_party(tree, party_id: str) -> None:
    """No consequence names a rejected party among those it affects."""
    for party in tree.get("parties", None) or []:
        for consequence in party.get("consequences", None) or []:
            affects = consequence.get("affects", None) or []
            while party_id in affects:
                affects.remove(party_id)


def _take_out(item: Item) -> None:
    """Remove the item's node from the list holding it (by identity: two items may read the
    same), and the party's emptied list with it."""
    at = next((i for i, node in enumerate(item.holder) if node is item.node), None)
    if at is not None:
        item.holder.pop(at)
    if item.party is not None and not item.holder:
        key = "quotes" if item.kind == "quote" else "consequences"
        item.party.pop(key, None)
