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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from briefings.building.files import atomic_write
from briefings.drafting.consequences import Candidate, Mentionable, infer, measure_sentences
from briefings.errors import BriefingError
from briefings.extract import Quote, extract_quotes
from briefings.load.files import read_text_file
from briefings.schema.types import is_file_slug
from briefings.validation.provenance import normalise, sha256_of

REVIEW = "REVIEW"
_DEPARTMENTS = {
    "defence", "defense", "foreign", "interior", "finance", "economy", "trade", "health",
    "justice", "energy", "environment", "home", "education", "transport", "agriculture",
    "treasury", "commerce", "labour", "labor", "culture", "communications", "industry",
}
_POLITICAL = {
    "conservative": "Conservative Party", "tory": "Conservative Party", "labour": "Labour Party",
    "liberal": "Liberal Democrats", "lib": "Liberal Democrats", "republican": "Republican Party",
    "democrat": "Democratic Party", "democratic": "Democratic Party", "green": "Green Party",
}
_HEADS_OF_GOVERNMENT = {"president", "prime", "premier", "chancellor"}


def slugify(text: str, fallback: str = "item") -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", normalise(text).lower().replace("'", "")).strip("-")[:80]
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


PartyGuess = tuple[str, str, str]  # (party name, short name, kind)


def infer_party(quote: Quote) -> PartyGuess:
    """The party a quote's speaker speaks for, from the affiliation the article states; a
    person whose affiliation is not stated stands as their own party (for the analyst to
    regroup), rather than one invented from a title alone."""
    speaker = quote.speaker or "Unattributed"
    if quote.speaker_kind == "joint":  # one statement, one entry: never split between members
        surnames = " and ".join(name.split()[-1] for name in quote.joint)
        return speaker, surnames if len(surnames) <= 24 else _short(speaker), "other"
    if quote.speaker_kind == "document":
        return "Unattributed statements", "Statements", "other"
    if quote.speaker_kind != "person":
        return speaker, _short(speaker), _organisation_kind(speaker)
    role = quote.speaker_role
    words = [re.sub(r"['’]s$", "", w.strip(",")).lower() for w in role.split()]
    nationality = next((w for w in role.split() if w[:1].isupper() and (
        w.endswith(("ish", "ian", "ese", "an", "ch")) or w.isupper()) and w.lower() not in _DEPARTMENTS
        and w.lower() not in _POLITICAL), "")
    for rule in (_opposition_party, _ministry, _political_party, _government, _stated_organisation):
        guess = rule(role, words, nationality)
        if guess is not None and guess[0]:
            return guess
        if guess is not None:
            break  # a rule that knows the answer is "the person themself"
    return speaker, speaker.split()[-1], "person"


def _opposition_party(role: str, words: list[str], nationality: str) -> PartyGuess | None:
    """A shadow minister speaks for their party, never for the ministry they shadow."""
    if "shadow" not in words and "opposition" not in words:
        return None
    return _political_party(role, words, nationality) or ("", "", "")


def _ministry(role: str, words: list[str], nationality: str) -> PartyGuess | None:
    """"Turkish Defence Minister X" → the Turkish Defence Ministry (a country must be named)."""
    department = next((w for w in words if w in _DEPARTMENTS), "")
    if not nationality:
        return None
    if "state" in words and "secretary" in words:
        name = f"{nationality} State Department"
        return name, name.replace(" Department", " Dept."), "ministry"
    if department and ({"minister", "ministry", "secretary"} & set(words)):
        dept = department.capitalize()
        name = f"{nationality} {dept} Ministry"
        return name, f"{nationality} {dept[:3]}. Min." if len(name) > 24 else name, "ministry"
    return None


def _political_party(role: str, words: list[str], nationality: str) -> PartyGuess | None:
    for word in words:
        if word in _POLITICAL:
            name = _POLITICAL[word]
            return name, _short(name), "political party"
    return None


def _government(role: str, words: list[str], nationality: str) -> PartyGuess | None:
    if _HEADS_OF_GOVERNMENT & set(words) and nationality:
        return f"{nationality} government", nationality, "state"
    return None


def _stated_organisation(role: str, words: list[str], nationality: str) -> PartyGuess | None:
    """"X, a senior fellow at the Center for Y" → the Center for Y; "Acme's chief" → Acme.
    ("of" is not enough: "Secretary of State" names an office, not an organisation.)"""
    stated = (re.search(r"\b(?:at|from|with)\s+(?:the\s+)?([A-Z][\w'’&.-]*(?:\s+(?:for|of|and|on|the|"
                        r"[A-Z][\w'’&.-]*))*)", role)
              or re.match(r"([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)['’]s\s+\w+", role))
    if stated is None:
        return None
    name = stated.group(1).strip()
    if name.lower() in _POLITICAL or name.lower() in _DEPARTMENTS:
        return None
    return name, _short(name), "organisation"


def consequence_candidates(text: str, parties: list[DraftParty]) -> list[Candidate]:
    """The article's measure sentences, each with its inferred owner, role and targets."""
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n|\n(?=\S)", text) if p.strip()]
    mentionable = [Mentionable(p.id, (p.name, p.short_name, *p.aliases,
                                      *(name for name, _ in p.people.values()),
                                      *(name.split()[-1] for name, _ in p.people.values())))
                   for p in parties]
    return [infer(sentence, mentionable) for sentence in measure_sentences(paragraphs)]


_MONTHS = {name.lower(): number for number, name in enumerate(
    ("", "January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December")) if name}
_DATE = re.compile(r"\b(?:(\d{4})-(\d{2})-(\d{2})|([A-Z][a-z]+)\.? (\d{1,2}),? (\d{4})|"
                   r"(\d{1,2}) ([A-Z][a-z]+) (\d{4}))(?!\d)")


def article_date(text: str, within: int = 2000) -> dt.date | None:
    """The first full date near the top of an article (ISO, "December 14, 2020" or
    "14 December 2020"), or None."""
    for match in _DATE.finditer(text[:within]):
        iso_y, iso_m, iso_d, month_a, day_a, year_a, day_b, month_b, year_b = match.groups()
        try:
            if iso_y:
                return dt.date(int(iso_y), int(iso_m), int(iso_d))
            month = _MONTHS.get((month_a or month_b or "").lower())
            if month:
                return dt.date(int(year_a or year_b), month, int(day_a or day_b))
        except ValueError:
            continue
    return None


def _cut_at_word(text: str, limit: int) -> str:
    """``text`` shortened to at most ``limit`` characters at a word boundary, with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:")
    return f"{cut}…"


def _organisation_kind(speaker: str) -> str:
    """The party kind of a speaker that is not a person, from the words of its name."""
    lowered = speaker.lower()
    if "ministry" in lowered or "department" in lowered:
        return "ministry"
    if "party" in lowered:
        return "political party"
    if any(w in lowered for w in ("agency", "presidency", "office", "treasury", "commission")):
        return "agency"
    if len(speaker.split()) == 1 and not speaker.isupper():
        return "state"  # a capital or country standing for its government: "Moscow"
    return "organisation"


def _short(name: str) -> str:
    if len(name) <= 24:
        return name
    initials = "".join(word[0] for word in name.split() if word[:1].isupper())
    return initials if len(initials) >= 2 else name[:24]


def draft_parties(quotes: list[Quote]) -> list[DraftParty]:
    """Group quotes by inferred party; a person's quotes go under them, with their role."""
    parties: dict[str, DraftParty] = {}
    said: dict[str, set[str]] = {}  # party id -> its quotes, normalised (one look-up, not a scan)
    roles = {q.speaker: q.speaker_role for q in quotes if q.speaker_kind == "person" and q.speaker_role}
    for quote in quotes:
        if not quote.speaker:
            continue
        name, short_name, kind = infer_party(quote)
        party_id = slugify(name, "party")
        party = parties.setdefault(party_id, DraftParty(party_id, name, short_name, kind))
        for member in quote.joint:  # the members of a joint statement, under its one entry
            party.people.setdefault(slugify(member, "person"), (member, roles.get(member, "")))
            party.joint = True
        if quote.speaker_kind == "person" and kind != "person":
            person_id = slugify(quote.speaker, "person")
            if person_id == party_id:
                person_id += "-person"
            role = re.sub(r"^(?:the|a|an)\s+", "", quote.speaker_role, flags=re.IGNORECASE)
            party.people.setdefault(person_id, (quote.speaker, role))
            speaker_id = person_id
        else:
            speaker_id = party_id
            if quote.speaker != name:
                party.aliases.append(quote.speaker)
        text = quote.quote.strip().rstrip(",;:").strip()
        if normalise(text) not in said.setdefault(party_id, set()):
            said[party_id].add(normalise(text))
            party.quotes.append((text, speaker_id))
    return _people_once(list(parties.values()))


def _people_once(parties: list[DraftParty]) -> list[DraftParty]:
    """A member of a joint statement who also speaks for a party of their own stays a person
    of that party only (a person id is unique in a briefing); the joint entry's name still
    names them."""
    elsewhere = {pid for party in parties if not party.joint for pid in party.people}
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
    first_line = next((line.strip() for line in article.read_text(encoding="utf-8").splitlines()
                       if line.strip()), article.stem)
    published = article_date(article.read_text(encoding="utf-8"))
    entry = yaml_map(id=source_id, title=_cut_at_word(first_line, 120), publisher="Unknown publisher",
                     published=(published or today).isoformat(), text=archived, sha256=digest)
    mark_review(entry, "title", "the article's headline")
    mark_review(entry, "publisher", "who published it")
    mark_review(entry, "published", "the first date the article gives: check it" if published
                else "the article gives no date: today's date stands in")
    return entry


def party_entry(party: DraftParty, source_id: str) -> CommentedMap:
    people = CommentedSeq(
        yaml_map(id=pid, name=name, role=role or None) for pid, (name, role) in party.people.items()
    )
    position = yaml_map(stance="unclear", summary=(
        f"{REVIEW}: summarise where {party.name} stands; it is quoted {len(party.quotes)} "
        f"time(s) in source '{source_id}'."))
    mark_review(position, "stance")
    entry = yaml_map(id=party.id, name=party.name, short_name=party.short_name, kind=party.kind)
    mark_review(entry, "kind", "inferred from the article")
    if party.aliases:
        entry["aliases"] = CommentedSeq(dict.fromkeys(party.aliases))
    if people:
        entry["people"] = people
    entry["position"] = position
    entry["quotes"] = CommentedSeq(
        yaml_map(text=text, speaker=speaker, source=source_id) for text, speaker in party.quotes
    )
    return entry


def consequence_entry(candidate: Candidate, source_id: str) -> CommentedMap:
    entry = yaml_map(description=candidate.sentence, role=candidate.role,
                     affects=CommentedSeq(candidate.affects), likelihood="roughly even chance",
                     impact="moderate", timeframe="To be assessed", source=source_id)
    mark_review(entry, "description", "candidate drawn from the article")
    if candidate.inferred:
        mark_review(entry, "affects", f"{candidate.role}, affects: inferred from the sentence")
    else:
        mark_review(entry, "role", "the sentence does not say plainly who does what to whom")
    mark_review(entry, "likelihood")
    mark_review(entry, "impact")
    return entry


@dataclass
class Draft:
    """The result of drafting: the YAML tree and the archived copy to write beside it."""

    tree: CommentedMap
    archive_from: Path
    archive_to: Path


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
    sentences = re.split(r"(?<=[.!?])\s+", " ".join(text.split()))
    tree = yaml_map(
        id=briefing_id,
        title=f"Draft: {_cut_at_word(sentences[0], 110)}",
        as_of=today.isoformat(),
        marking="DRAFT // NOT FOR DISTRIBUTION",
        authors=CommentedSeq(["Drafted by briefings from the article; analyst to confirm"]),
        language="en",
        question=f"{REVIEW}: the decision or event the parties' stances refer to",
        bluf=f"{REVIEW}: write the bottom line in one to three sentences.",
        key_points=CommentedSeq(s[:300] for s in sentences[:3]),
        background=f"{REVIEW}: what happened before.",
        outlook=f"{REVIEW}: what is likely to happen next.",
        timeline=CommentedSeq([yaml_map(date=today.isoformat(), event="Article archived for this draft.",
                                    source=source_id)]),
        sources=CommentedSeq([source_entry(source_id, article, archived,
                                            sha256_of(article), today)]),
        parties=CommentedSeq(party_entry(p, source_id) for p in parties),
    )
    mark_review(tree, "title", "give the briefing its title")
    mark_review(tree, "key_points", "the article's lead sentences")
    for candidate in consequence_candidates(text, parties):
        entry = next(p for p in tree["parties"] if p["id"] == (candidate.owner or parties[0].id))
        entry.setdefault("consequences", CommentedSeq()).append(consequence_entry(candidate, source_id))
    tree.yaml_set_start_comment(
        f"Drafted by `briefings draft` from {article.name} on {today.isoformat()}.\n"
        f"Every line marked {REVIEW} needs an analyst's judgement before this is used.")
    return Draft(tree, article, output.parent / archived)


def dump(tree: CommentedMap) -> bytes:
    stream = io.StringIO()
    round_trip_yaml().dump(tree, stream)
    return stream.getvalue().encode("utf-8")


def write_draft(result: Draft, output: Path, *, overwrite: bool = False) -> None:
    """Write the archived article (if not there yet) and the briefing YAML, atomically."""
    if output.exists() and not overwrite:
        raise BriefingError(f"{output} already exists; use --into to merge into it")
    target = result.archive_to
    if target.exists():
        if sha256_of(target) != sha256_of(result.archive_from):
            raise BriefingError(f"{target} already exists with different text; not overwriting it")
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(target, result.archive_from.read_bytes())
    atomic_write(output, dump(result.tree))

