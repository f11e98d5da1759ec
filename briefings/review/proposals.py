"""What a reviewer needs to judge each proposed item, read from the briefing file as it is.

``briefings review`` prints the same ids and passages; the review page of ``briefings serve``
shows everything here beside the item: who is said to speak, why the extractor thought so (the
evidence and confidence it recorded, when it recorded them), the passage it came from, where
in the brief the item would go, and the speakers it could be given instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefings.drafting.clutter import article_paragraphs
from briefings.drafting.infer import EVIDENCE, REVIEW
from briefings.review.items import (
    SHORT_ID,
    Item,
    archived_text,
    closest_passage,
    passage_span,
    proposed,
    source_of,
)

#: What an extractor may record on a proposed item to say why, shown when present.
WHY_FIELDS = (("confidence", "Confidence"), ("evidence", "Evidence"), ("party", "Party"))


@dataclass
class Proposal:
    """One proposed item as the review page shows it."""

    id: str
    kind: str
    text: str
    party_id: str = ""
    party_name: str = ""
    speaker_id: str = ""
    speaker_name: str = ""
    source_id: str = ""
    source_title: str = ""
    passage: str = ""
    why: list[tuple[str, str]] = field(default_factory=list)
    details: list[tuple[str, str]] = field(default_factory=list)
    #: ("party", id) to go after that party's section; ("section", id) after that section
    place: tuple[str, str] = ("section", "parties-and-positions")


@dataclass
class SpeakerChoice:
    """A party and the speakers a quote filed under it may have: the party, its people."""

    party_id: str
    party_name: str
    speakers: list[tuple[str, str]]


def proposals(path: Path, tree: Any) -> list[Proposal]:
    """Every proposed item of the tree of the briefing at ``path``, in file order."""
    return [_describe(path.parent, tree, item) for item in proposed(tree)]


def speaker_choices(tree: Any) -> list[SpeakerChoice]:
    """Every party of the brief with the speakers a quote under it may have."""
    choices = []
    for party in tree.get("parties", None) or []:
        name = str(party.get("name", party.get("id")))
        people = [(str(p.get("id")), f"{p.get('name', p.get('id'))} ({name})")
                  for p in party.get("people", None) or []]
        choices.append(SpeakerChoice(str(party.get("id")), name,
                                     [(str(party.get("id")), f"{name} (the party)"), *people]))
    return choices


def _speaker_name(party: Any, speaker_id: str) -> str:
    if party is None or speaker_id == party.get("id"):
        return str(party.get("name", speaker_id)) if party is not None else speaker_id
    person = next((p for p in party.get("people", None) or [] if p.get("id") == speaker_id), None)
    return str(person.get("name", speaker_id)) if person is not None else speaker_id


def _drafting_note(node: Any) -> list[tuple[str, str]]:
    """What drafting wrote beside the speaker: the extractor's confidence, route and mention and
    the party it found (``# extractor: …``), or why the quote is under review (``# REVIEW: …``)."""
    attached = getattr(node, "ca", None)  # ruamel's comments of a map, by key
    comments = attached.items.get("speaker") if attached is not None else None
    token = comments[2] if comments and len(comments) > 2 else None
    text = " ".join(str(getattr(token, "value", "")).lstrip().removeprefix("#").split())
    for label, prefix in (("Extractor", f"{EVIDENCE}:"), ("Under review", f"{REVIEW}:")):
        if text.startswith(prefix):
            return [(label, text.removeprefix(prefix).strip())]
    return []


def _shown(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return "; ".join(_shown(each) for each in value)
    if isinstance(value, dict):
        return "; ".join(f"{key}: {_shown(each)}" for key, each in value.items())
    return str(value)


def _describe(folder: Path, tree: Any, item: Item) -> Proposal:
    node = item.node
    party = node if item.kind == "party" else item.party
    proposal = Proposal(item.fingerprint[:SHORT_ID], item.kind, item.summary)
    if party is not None:
        proposal.party_id, proposal.party_name = str(party.get("id")), str(party.get("name", ""))
    if item.kind == "quote":
        proposal.speaker_id = str(node.get("speaker", ""))
        proposal.speaker_name = _speaker_name(party, proposal.speaker_id)
    source, needle = source_of(tree, item)
    if source is not None:
        proposal.source_id = str(source.get("id"))
        proposal.source_title = str(source.get("title", source.get("id")))
        text = archived_text(folder, source) if needle else None
        proposal.passage = closest_passage(" ".join(text.split()), needle) if text else ""
    proposal.why = [(label, _shown(node[key])) for key, label in WHY_FIELDS
                    if node.get(key) not in (None, "", [])] or _drafting_note(node)
    proposal.details, proposal.place = _details_and_place(item, party)
    return proposal


def _details_and_place(item: Item, party: Any) -> tuple[list[tuple[str, str]], tuple[str, str]]:
    """What else the item says, and where in the brief it would appear once accepted."""
    node = item.node
    if item.kind == "event":
        return [("Date", str(node.get("date", "")))], ("section", "timeline")
    if item.kind == "consequence":
        keys = ("role", "likelihood", "impact", "timeframe")
        return ([(key.capitalize(), _shown(node[key])) for key in keys if node.get(key)],
                ("section", "consequences"))
    if item.kind == "party":
        position = node.get("position", None) or {}
        return ([("Kind", str(node.get("kind", ""))), ("Stance", str(position.get("stance", "")))],
                ("section", "parties-and-positions"))
    if party is not None and party.get("status") == "proposed":
        return [], ("section", "parties-and-positions")
    return [], ("party", str(party.get("id")) if party is not None else "")


@dataclass
class Article:
    """An archived article with the span of one item's passage in it."""

    title: str
    text: str
    span: tuple[int, int] | None


def article_for(path: Path, tree: Any, item_id: str) -> Article | None:
    """The archived article a proposed item came from, its passage located (None: no item or
    no readable article). Paragraphs are kept (hard-wrapped lines joined); spaces inside them
    are tidied."""
    item = next((i for i in proposed(tree) if i.fingerprint.startswith(item_id)), None)
    if item is None or len(item_id) < SHORT_ID:
        return None
    source, needle = source_of(tree, item)
    raw = archived_text(path.parent, source) if source is not None else None
    if raw is None:
        return None
    text = "\n".join(article_paragraphs(raw))  # a hard-wrapped article's lines joined as drafts join them
    return Article(str(source.get("title", source.get("id"))), text,
                   passage_span(text, needle) if needle else None)
