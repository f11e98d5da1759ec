"""Draft a briefing from a news article, or merge a new article into an existing briefing.

What the text says is drafted: the archived source, parties inferred from the speakers and
the affiliations the article gives them ("Turkish Defence Minister Hulusi Akar" → a Turkish
defence ministry with Akar as its minister), each party's verbatim quotes, and candidate
consequences from sentences that announce measures. What only an analyst can judge (stance,
likelihood, impact, the bottom line) gets an honest placeholder and a ``# REVIEW`` comment.

Merging (``--into``) edits the briefing's YAML round-trip with ruamel.yaml, so the analyst's
text, order and comments are kept; nothing already there is added twice.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from briefings.constants import SLUG_MAX_LENGTH
from briefings.drafting.actors import UNDER_REVIEW, Actor, actor_of, countries, infer_party, seats  # noqa: F401 - infer_party is public here too
from briefings.drafting.clutter import (
    article_paragraphs,
    dateline_agency,
    first_paragraph,
    is_furniture,
    story_sentences,
    strip_dateline,
)
from briefings.drafting.commit import archive_path, replace_validated
from briefings.drafting.consequences import Candidate, Mentionable, infer, measure_sentences
from briefings.drafting.dates import article_date
from briefings.errors import BriefingError
from briefings.extract import Quote, extract_quotes
from briefings.filesystem.paths import sha256_of
from briefings.load.files import read_text_file
from briefings.schema.types import is_file_slug
from briefings.textfold import normalise

REVIEW = "REVIEW"
#: The comment that records, beside a drafted quote's speaker, how sure the extractor was and why
#: (read back by the review page: :mod:`briefings.review.proposals`).
EVIDENCE = "extractor"
def slugify(text: str, fallback: str = "item") -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", normalise(text).lower().replace("'", "")).strip("-")[:SLUG_MAX_LENGTH]
    slug = slug.strip("-")
    return slug if is_file_slug(slug) else fallback


@dataclass
class DraftParty:
    """A party inferred from the article's speakers."""

    id: str
    name: str
    short_name: str
    kind: str
    people: dict[str, tuple[str, str]] = field(default_factory=dict)  # id -> (name, role)
    quotes: list[tuple[str, str]] = field(default_factory=list)  # (text, speaker id)
    aliases: list[str] = field(default_factory=list)
    joint: bool = False  # a joint statement of several speakers (their names in ``name``)
    notes: dict[str, str] = field(default_factory=dict)  # quote text -> why it is under review
    departments: dict[str, tuple[str, str]] = field(default_factory=dict)  # person id -> ministry hint
    said: set[str] = field(default_factory=set, repr=False)  # its quotes normalised: one look-up, not a scan
    evidence: dict[str, str] = field(default_factory=dict)  # quote text -> how sure the extractor was, and why


def consequence_candidates(text: str, parties: list[DraftParty]) -> list[Candidate]:
    """The article's measure sentences, each with its inferred owner, role and targets."""
    paragraphs = [strip_dateline(p) for p in article_paragraphs(text) if not is_furniture(p)]
    mentionable = [Mentionable(p.id, (p.name, p.short_name, *p.aliases, *_government_names(p),
                                      *(name for name, _ in p.people.values()),
                                      *(name.split()[-1] for name, _ in p.people.values())))
                   for p in parties]
    return [infer(sentence, mentionable) for sentence in measure_sentences(paragraphs)]


def _government_names(party: DraftParty) -> list[str]:
    """The names news gives a country's government besides its own: its seat ("Washington
    imposed sanctions", "the Kremlin") and its adjective ("on Russian banks")."""
    if party.kind != "state":
        return []
    return [name for table in (seats(), countries()) for name, actor in table.items() if actor == party.name]


def _cut_at_word(text: str, limit: int) -> str:
    """``text`` shortened to at most ``limit`` characters at a word boundary, with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:")
    return f"{cut}…"


def draft_parties(quotes: list[Quote]) -> list[DraftParty]:
    """Group quotes by the actor their speaker speaks for (see :mod:`briefings.drafting.actors`);
    a person's quotes go under them, with their role; unsure quotes go under review."""
    parties: dict[str, DraftParty] = {}
    roles = {q.speaker: q.speaker_role for q in quotes if q.speaker_kind == "person" and q.speaker_role}
    for quote in quotes:
        actor = actor_of(quote)
        party_id = slugify(actor.name, "party")
        party = parties.setdefault(party_id, DraftParty(party_id, actor.name, actor.short_name, actor.kind))
        text = quote.quote.strip().rstrip(",;:").strip()
        party.evidence.setdefault(text, _evidence(quote))
        if actor.review is not None and not actor.speaker_stands:
            _add_quote(party, text, party_id, actor.review)
            continue
        for member in quote.joint:  # the members of a joint statement, under its one entry
            party.people.setdefault(slugify(member, "person"), (member, roles.get(member, "")))
            party.joint = True
        _add_quote(party, text, _speaker_id(party, quote, actor), actor.review)
    return _people_once(_short_forms_joined(list(parties.values())))


def _short_forms_joined(parties: list[DraftParty]) -> list[DraftParty]:
    """A later short form of a name the article gave in full ("de Villepin" after "Dominique de
    Villepin", "the Commission" after "the European Commission", "DHS" after "Department of
    Homeland Security") is the same speaker: its quotes (and people) join the full form's
    party, when exactly one full form fits."""
    kept: list[DraftParty] = []
    for party in parties:
        home = _full_form(party, parties) if party.kind != "other" else None
        if home is None:
            kept.append(party)
            continue
        target, speaker = home
        for person_id, who in party.people.items():
            target.people.setdefault(person_id, who)
            target.departments.update({k: v for k, v in party.departments.items() if k == person_id})
        for text, said_by in party.quotes:
            _add_quote(target, text, said_by if said_by in party.people else speaker, party.notes.get(text))
            target.evidence.setdefault(text, party.evidence.get(text, ""))
        if speaker == target.id and party.name not in target.aliases:
            target.aliases.append(party.name)
    return kept


def _full_form(short: DraftParty, parties: list[DraftParty]) -> tuple[DraftParty, str] | None:
    """The one party whose name (or, for a speaker of its own, one of whose people) ``short``
    names in short, and the id that speaks for it there."""
    found = _parties_named_in_short(short, parties)
    if not short.people:  # only a speaker standing as its own party can be a person's surname
        found |= _people_named_in_short(short, parties)
    if len(found) != 1:
        return None
    party_id, speaker = found.pop()
    return next(p for p in parties if p.id == party_id), speaker


def _parties_named_in_short(short: DraftParty, parties: list[DraftParty]) -> set[tuple[str, str]]:
    """(party id, party id) for every other actor whose name ``short`` shortens, by its last
    words ("the Commission") or its initials ("DHS"). A grouping ("other": a joint statement,
    the unattributed or independent voices) names no actor, so it is never a full form."""
    return {(p.id, p.id) for p in parties if p is not short and p.kind != "other"
            and (_ends_with_short_form(p.name, short.name) or short.name in _initials(p.name))}


def _people_named_in_short(short: DraftParty, parties: list[DraftParty]) -> set[tuple[str, str]]:
    """(party id, person id) for every person of another party whose full name ``short``
    shortens ("de Villepin"), so the surname's quotes join that person."""
    return {(p.id, pid) for p in parties if p is not short for pid, (name, _) in p.people.items()
            if _ends_with_short_form(name, short.name)}


def _ends_with_short_form(full: str, short: str) -> bool:
    """``full`` ends with the whole words of ``short`` and is longer: a full form of it."""
    return accentless(f" {full}").endswith(f" {accentless(short)}") and len(full) > len(short)


def _initials(name: str) -> set[str]:
    """"DHS" for "Department of Homeland Security" and "ECOWAS" for "Economic Community of West
    African States": the initials of the capitalised words, and of every word."""
    words = name.split()
    if len(words) < 2:
        return set()
    return {"".join(w[0] for w in words if w[:1].isupper()), "".join(w[0] for w in words).upper()}


def accentless(text: str) -> str:
    """``text`` lower-cased without accents, for comparing the forms of one name."""
    decomposed = unicodedata.normalize("NFKD", normalise(text))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def _speaker_id(party: DraftParty, quote: Quote, actor: Actor) -> str:
    """The id that speaks ``quote`` in ``party``: a person with their role, or the party."""
    speaker = str(quote.speaker)
    if quote.speaker_kind == "person" and actor.kind != "person":
        person_id = slugify(speaker, "person")
        if person_id == party.id:
            person_id += "-person"
        role = re.sub(r"^(?:the|a|an)\s+", "", quote.speaker_role, flags=re.IGNORECASE)
        party.people.setdefault(person_id, (speaker, role))
        if actor.department is not None:
            party.departments[person_id] = actor.department
        return person_id
    if normalise(speaker).lower() != normalise(party.name).lower() and speaker not in party.aliases:
        party.aliases.append(speaker)
    return party.id


def _evidence(quote: Quote) -> str:
    """What the extractor said of a quote's speaker, for the analyst reviewing it: how sure (its
    calibrated confidence), by which route and mention, and for whom it found the speaker speaks
    and why."""
    if quote.party:
        why = getattr(quote, "party_evidence", None)
        party = f"{quote.party} ({why})" if why else quote.party
    else:
        party = f"unknown ({quote.party_reason})" if quote.party_reason else "unknown"
    return f"confidence {quote.confidence:.2f}; {quote.evidence}; speaks for {party}"


def _add_quote(party: DraftParty, text: str, speaker_id: str, note: str | None = None) -> None:
    """Add a quote once (an article with 600 quotes took 18 s when each was compared with all)."""
    key = normalise(text)
    if key not in party.said:
        party.said.add(key)
        party.quotes.append((text, speaker_id))
        if note:
            party.notes[text] = note


def _people_once(parties: list[DraftParty]) -> list[DraftParty]:
    """A member of a joint statement who also speaks for a party of their own stays a person
    of that party only (a person id is unique in a briefing); the joint entry's name still
    names them."""
    elsewhere = {pid for party in parties if not party.joint for pid in party.people} | \
        {party.id for party in parties if party.kind == "person"}  # a speaker standing as their own entry
    for party in parties:
        if party.joint:
            party.people = {pid: who for pid, who in party.people.items() if pid not in elsewhere}
    return parties


# --------------------------------------------------------------------------- YAML building


def round_trip_yaml() -> YAML:
    yaml = YAML(typ="rt", pure=True)
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096  # never re-wrap the analyst's lines
    yaml.preserve_quotes = True
    return yaml


def yaml_map(**items: Any) -> CommentedMap:
    result = CommentedMap()
    for key, value in items.items():
        if value is not None:
            result[key] = value
    return result


def mark_review(node: CommentedMap, key: str, note: str = "analyst's judgement") -> None:
    node.yaml_add_eol_comment(f"{REVIEW}: {note}", key)


def source_entry(source_id: str, article: Path, archived: str, digest: str, today: dt.date) -> CommentedMap:
    first_line = strip_dateline(first_paragraph(article.read_text(encoding="utf-8")) or article.stem)
    published = article_date(article.read_text(encoding="utf-8"))
    agency = dateline_agency(article.read_text(encoding="utf-8"))
    entry = yaml_map(id=source_id, title=_cut_at_word(first_line, 120), publisher=agency or "Unknown publisher",
                     published=(published or today).isoformat(), text=archived, sha256=digest)
    mark_review(entry, "title", "the article's headline")
    mark_review(entry, "publisher", "the agency its dateline names: who published it?" if agency
                else "who published it")
    mark_review(entry, "published", "the first date the article gives: check it" if published
                else "the article gives no date: today's date stands in")
    return entry


def party_entry(party: DraftParty, source_id: str) -> CommentedMap:
    people = CommentedSeq()
    for pid, (name, role) in party.people.items():
        person = yaml_map(id=pid, name=name, role=role or None)
        if not role:
            mark_review(person, "name", "the article states no role: add it")
        people.append(person)
    summary = (f"{REVIEW}: file each quote and consequence here under the party of whoever said or "
               "does it, then remove this entry." if party.name == UNDER_REVIEW[0] else
               f"{REVIEW}: summarise where {party.name} stands; it is quoted {len(party.quotes)} "
               f"time(s) in source '{source_id}'.")
    position = yaml_map(stance="unclear", summary=summary)
    mark_review(position, "stance")
    entry = yaml_map(id=party.id, name=party.name, short_name=party.short_name, kind=party.kind)
    mark_review(entry, "kind", "inferred from the article")
    if party.aliases:
        entry["aliases"] = CommentedSeq(dict.fromkeys(party.aliases))
    if people:
        entry["people"] = people
    entry["position"] = position
    entry["quotes"] = CommentedSeq()
    for text, speaker in party.quotes:
        quote = yaml_map(text=text, speaker=speaker, source=source_id)
        why = party.evidence.get(text)
        if text in party.notes:
            advice = "File it under the party of whoever said it" if party.name == UNDER_REVIEW[0] else \
                f"Name who said it for {party.name}, or keep {party.name} as the speaker"
            mark_review(quote, "speaker", f"{party.notes[text].rstrip('.')}. {advice}"
                        + (f" (extractor: {why})" if why else ""))
        elif why:
            quote.yaml_add_eol_comment(f"{EVIDENCE}: {why}", "speaker")
        entry["quotes"].append(quote)
    return entry


def consequence_entry(candidate: Candidate, source_id: str) -> CommentedMap:
    entry = yaml_map(description=candidate.sentence, role=candidate.role,
                     affects=CommentedSeq(candidate.affects), likelihood="roughly even chance",
                     impact="moderate", timeframe="To be assessed", source=source_id)
    mark_review(entry, "description", "candidate drawn from the article")
    if not candidate.inferred:
        mark_review(entry, "role", "the sentence does not say who imposes it: file it under that party")
    elif candidate.role == "imposes" and not candidate.affects:
        mark_review(entry, "affects", "the sentence names no party it affects: add who is affected")
    else:
        mark_review(entry, "affects", f"{candidate.role}, affects: inferred from the sentence")
    mark_review(entry, "likelihood")
    mark_review(entry, "impact")
    return entry


@dataclass
class Draft:
    """The result of drafting: the YAML tree and the archived copy to write beside it."""

    tree: CommentedMap
    archive_from: Path
    archive_to: Path
    #: drafted person id → (country forms "Turkey|Turkish", department): the ministry a person
    #: speaks from, used only when the analyst's briefing has that ministry as a party
    departments: dict[str, tuple[str, str]] = field(default_factory=dict)


def draft(article: Path, output: Path, *, briefing_id: str | None = None,
          today: dt.date | None = None) -> Draft:
    """Draft a new briefing from ``article``, to be written at ``output``."""
    today = today or dt.date.today()
    text = read_text_file(article)
    quotes = extract_quotes(text)
    parties = draft_parties(quotes)
    if not parties:
        raise BriefingError(f"{article}: no attributed direct quotations found; nothing to draft")
    source_id = slugify(article.stem, "source")
    briefing_id = briefing_id or slugify(article.stem, "draft")
    if not is_file_slug(briefing_id):
        raise BriefingError(f"'{briefing_id}' is not a valid briefing id")
    archived = f"sources/{source_id}.txt"
    story = story_sentences(text) or [" ".join(text.split())[:300]]
    headline = strip_dateline(first_paragraph(text) or story[0])
    tree = yaml_map(
        id=briefing_id,
        title=f"Draft: {_cut_at_word(headline, 110)}",
        as_of=today.isoformat(),
        marking="DRAFT // NOT FOR DISTRIBUTION",
        authors=CommentedSeq(["Drafted by briefings from the article; analyst to confirm"]),
        language="en",
        question=f"{REVIEW}: the decision or event the parties' stances refer to",
        bluf=f"{REVIEW}: write the bottom line in one to three sentences.",
        key_points=CommentedSeq(_cut_at_word(s, 300) for s in story[:3]),
        background=f"{REVIEW}: what happened before.",
        outlook=f"{REVIEW}: what is likely to happen next.",
        timeline=CommentedSeq([_timeline_entry(text, story[0], source_id, today)]),
        sources=CommentedSeq([source_entry(source_id, article, archived,
                                            sha256_of(article), today)]),
        parties=CommentedSeq(party_entry(p, source_id) for p in parties),
    )
    mark_review(tree, "title", "give the briefing its title")
    mark_review(tree, "marking", "the handling marking")
    mark_review(tree, "key_points", "the article's lead sentences")
    tree["authors"].yaml_add_eol_comment(f"{REVIEW}: who wrote this briefing", 0)
    for candidate in consequence_candidates(text, parties):
        entry = _holder(tree["parties"], candidate.owner, source_id)
        entry.setdefault("consequences", CommentedSeq()).append(consequence_entry(candidate, source_id))
    tree.yaml_set_start_comment(
        f"Drafted by `briefings draft` from {article.name} on {today.isoformat()}.\n"
        f"Every line marked {REVIEW} needs an analyst's judgement before this is used.")
    departments = {pid: hint for p in parties for pid, hint in p.departments.items()}
    return Draft(tree, article, output.parent / archived, departments)


def _timeline_entry(text: str, lead: str, source_id: str, today: dt.date) -> CommentedMap:
    """A placeholder event: the article's lead on the article's date (today's when it gives
    none), marked for review either way."""
    published = article_date(text)
    entry = yaml_map(date=(published or today).isoformat(), event=_cut_at_word(lead, 300), source=source_id)
    mark_review(entry, "date", "the article's date: check it" if published
                else "placeholder: the article gives no date, today's stands in")
    mark_review(entry, "event", "placeholder: the article's lead; say what happened")
    return entry


def _holder(parties: CommentedSeq, owner: str | None, source_id: str) -> CommentedMap:
    """The party entry a consequence goes under: its owner, or the entry under review when the
    sentence names none (never the first party by default)."""
    if owner is not None:
        return next(p for p in parties if p["id"] == owner)
    review_id = slugify(UNDER_REVIEW[0])
    found = next((p for p in parties if p["id"] == review_id), None)
    if found is None:
        found = party_entry(DraftParty(review_id, *UNDER_REVIEW), source_id)
        found["no_quotes_reason"] = f"{REVIEW}: holds candidates whose party the article does not name"
        del found["quotes"]
        parties.append(found)
    return found


def dump(tree: CommentedMap) -> bytes:
    stream = io.StringIO()
    round_trip_yaml().dump(tree, stream)
    return stream.getvalue().encode("utf-8")


def write_draft(result: Draft, output: Path, *, overwrite: bool = False) -> None:
    """Archive the article (if not there yet) in a real ``sources/`` folder beside ``output``
    and write the briefing YAML, only if it validates (see :mod:`briefings.drafting.commit`)."""
    if output.exists() and not overwrite:
        raise BriefingError(f"{output} already exists; use --into to merge into it")
    if not output.parent.is_dir():
        raise BriefingError(f"{output}: the folder {output.parent} does not exist; make it first or "
                            "choose another path with -o")
    archive = archive_path(output.parent, result.archive_to.name)
    replace_validated(output, dump(result.tree), (archive, result.archive_from.read_bytes()))
