"""Archive an article beside its briefing and draft it in as **proposed** material.

The article is drafted by the same code as ``briefings draft --into`` (quotes under the right
party and speaker, new parties, candidate consequences), plus a candidate timeline event; every
item drafted is marked ``status: proposed`` and cites the new source, and anything whose
fingerprint the analyst rejected before is left out. Given an :class:`Extractor`, the drafting
runs in its worker within DRAFT_SECONDS: an article whose drafting overruns is not archived and
is tried again next run. The source records the URL, the sha256 of the archived copy and when it
was retrieved. The briefing is replaced only once the edited text validates (see
:mod:`briefings.drafting.commit`).
"""

from __future__ import annotations

import datetime as dt
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from briefings.constants import SLUG_MAX_LENGTH
from briefings.drafting.clutter import is_furniture, story_sentences, strip_dateline
from briefings.drafting.commit import archive_path, replace_validated
from briefings.drafting.dates import article_date
from briefings.drafting.infer import dump, mark_review, slugify, yaml_map
from briefings.drafting.merge import merge_into
from briefings.errors import BriefingError, ValidationFailed
from briefings.filesystem.paths import sha256_of
from briefings.ingest.article import Article, ArticleProblem
from briefings.ingest.dedupe import duplicate_of
from briefings.ingest.extractor import Extractor
from briefings.load.yaml import read_yaml
from briefings.review.items import items, proposed

#: The longest drafting one article may take in ingest (extraction is linear in the article,
#: whose size ``max_bytes`` bounds; this is the guard for what that does not foresee).
DRAFT_SECONDS = 60.0


@dataclass(frozen=True)
class Archived:
    """What archiving one article did: the new source's id (None for a duplicate) and how many
    items it proposed; ``duplicate`` names the source it repeats; ``held`` says why the drafted
    items were left out (they would not validate) when the article was archived without them."""

    source_id: str | None
    proposed: int = 0
    duplicate: str | None = None
    held: str | None = None


def archive_article(briefing: Path, article: Article, now: dt.datetime, extractor: Extractor | None = None,
                    budget: float | None = None) -> Archived:
    """Archive ``article`` under ``briefing``'s sources/ and propose what it says (drafted in
    ``extractor``'s worker within ``budget`` seconds, when one is given).

    If what was drafted would leave the briefing invalid, the article is archived with its
    timeline event only and ``held`` says why: the article is settled (never retried on every
    run) and the briefing stays valid."""
    tree, issues = read_yaml(briefing, for_editing=True)
    if issues:
        raise ValidationFailed(issues)
    duplicate = duplicate_of(article, briefing.parent, list(tree.get("sources", None) or []))
    if duplicate is not None:
        return Archived(None, duplicate=duplicate)
    with tempfile.TemporaryDirectory(prefix="briefings-ingest-") as scratch:
        copy = Path(scratch) / f"{_stem(article, tree, briefing.parent / 'sources')}.txt"
        copy.write_text(article.archived_text(), encoding="utf-8")
        try:
            return _archive(briefing, tree, copy, article, now,
                            _drafted(copy, briefing, now, extractor, budget))
        except ValidationFailed as failed:
            tree, _ = read_yaml(briefing, for_editing=True)
            reason = "; ".join(str(issue) for issue in failed.issues[:3])
            done = _archive(briefing, tree, copy, article, now, None)
            return Archived(done.source_id, done.proposed, held=f"its drafted items would not validate ({reason})")


def _drafted(copy: Path, briefing: Path, now: dt.datetime, extractor: Extractor | None,
             budget: float | None) -> Any:
    """``copy`` merged into ``briefing`` (in ``extractor``'s worker within ``budget`` seconds when
    one is given), or None when it has no attributed quotes. A drafting that overran its budget
    or whose process died is raised: the article is tried again on the next run."""
    try:
        if extractor is None:
            return merge_into(copy, briefing, today=now.date())[0]
        return extractor.call(merge_into, (copy, briefing), budget or DRAFT_SECONDS, "",
                              "drafting the article", "the drafting budget", today=now.date())[0]
    except ArticleProblem:
        raise
    except BriefingError:
        return None


def _archive(briefing: Path, tree: Any, copy: Path, article: Article, now: dt.datetime, merged: Any) -> Archived:
    """Add ``copy``'s drafted items (``merged``) or, without them, its source alone; mark the new
    items proposed, and replace the briefing only if it validates."""
    before = {str(p.get("id")) for p in tree.get("parties", None) or []}
    archive_to = briefing.parent / "sources" / copy.name
    if merged is None:
        tree.setdefault("sources", CommentedSeq()).append(yaml_map(id=copy.stem))
    else:
        tree, archive_to = merged.tree, merged.archive_to
    source = next(s for s in tree["sources"] if s.get("id") == archive_to.stem)
    _describe(source, article, archive_to.name, sha256_of(copy), now)
    if article.published is None:  # the page's metadata gave none: the article's own, marked for checking
        source["published"] = (published_in_text(article) or now.date()).isoformat()
        mark_review(source, "published", _date_note(article))
    proposed = _mark_proposed(tree, source["id"], before, article, now)
    target = archive_path(briefing.parent, archive_to.name)
    if target.exists():
        raise BriefingError(f"{target} already exists; not overwriting it")
    replace_validated(briefing, dump(tree), (target, copy.read_bytes()))
    return Archived(str(source["id"]), proposed)


def _stem(article: Article, tree: Any, folder: Path) -> str:
    """A new source id from the headline (or the first sentence, when the first line is no
    headline), unique in the briefing and on disk."""
    base = slugify(_headline_or_lead(article), "article")
    base = base[:SLUG_MAX_LENGTH - 20].strip("-") or "article"  # room for "-N"
    taken = {str(s.get("id")) for s in tree.get("sources", None) or []}
    stem, n = base, 1
    while stem in taken or (folder / f"{stem}.txt").exists():
        n += 1
        stem = f"{base}-{n}"
    return stem


def _describe(source: CommentedMap, article: Article, name: str, digest: str, now: dt.datetime) -> None:
    """The source entry as ingest knows it: no placeholders, the metadata found."""
    source.ca.items.clear()
    for key, value in (("title", article.title[:300]), ("publisher", article.publisher or "Unknown publisher"),
                       ("url", article.url), ("published", (article.published or now.date()).isoformat()),
                       ("text", f"sources/{name}"), ("sha256", digest),
                       ("retrieved", now.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")),
                       ("note", f"By {article.author}." if article.author else None)):
        if value is None:
            source.pop(key, None)
        else:
            source[key] = value


def _mark_proposed(tree: Any, source_id: str, before: set[str], article: Article, now: dt.datetime) -> int:
    """Mark what the merge added as proposed; drop what was rejected before; count the rest."""
    rejected = {str(f) for f in tree.get("rejected", None) or []}
    waiting = len(proposed(tree))
    tree.setdefault("timeline", CommentedSeq()).append(candidate_event(article, source_id, now))
    for item in list(items(tree)):
        new_party = item.kind == "party" and str(item.node.get("id")) not in before
        if not new_party and (item.kind == "party" or item.node.get("source") != source_id):
            continue
        if item.rejected_by(rejected):
            _remove(item)
            continue
        item.node["status"] = "proposed"
    for party in list(tree.get("parties", None) or []):  # a new party left with nothing to say
        if str(party.get("id")) not in before and not party.get("quotes"):
            tree["parties"].remove(party)
    return len(proposed(tree)) - waiting


def published_in_text(article: Article) -> dt.date | None:
    """The first full date near the article's top ("Wednesday, September 13, 2000" in a byline),
    when the page's metadata gave none."""
    return article_date(article.archived_text())


def _date_note(article: Article) -> str:
    if published_in_text(article) is None:
        return "placeholder: the article gives no date, the day it was read stands in"
    return "the first date the article gives: check it"


def candidate_event(article: Article, source_id: str, now: dt.datetime) -> CommentedMap:
    """The article as a timeline event, a placeholder either way: what happened is the
    analyst's to say (REVIEW), on the date the page or the article gives (today's, marked, when
    neither does)."""
    published = article.published or published_in_text(article)
    event = yaml_map(date=(published or now.date()).isoformat(), event=_headline_or_lead(article)[:300],
                     source=source_id)
    if article.published is None:
        mark_review(event, "date", _date_note(article))
    mark_review(event, "event", "placeholder: the article's headline or first sentence; say what happened")
    return event


def _headline_or_lead(article: Article) -> str:
    """The headline, unless the first line is no headline: a section label ("Asia-Pacific"), a
    byline or dateline (it holds a date: "- The Daily X - Monday, May 1, 2000") or page clutter;
    then the article's first sentence."""
    title = strip_dateline(article.title) or article.title
    if len(title.split()) >= 3 and article_date(title) is None and not is_furniture(title):
        return title
    lead = story_sentences(article.archived_text())
    return lead[0] if lead else title


def _remove(item: Any) -> None:
    for index, node in enumerate(item.holder):
        if node is item.node:
            item.holder.pop(index)
            return
