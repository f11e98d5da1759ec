"""``briefings source add``: archive an article beside a briefing and record it there.

The article's bytes are copied into the briefing's ``sources/`` folder and the briefing gains a
source entry with the copy's sha256, so ``validate`` notices if the archive is ever edited. The
briefing file is edited round-trip: its comments and layout are kept.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from briefings.constants import MAX_SOURCE_BYTES
from briefings.drafting.infer import dump, slugify
from briefings.errors import BriefingError, ValidationFailed
from briefings.filesystem.paths import confine, read_regular_file
from briefings.filesystem.writing import atomic_write
from briefings.load.yaml import read_yaml
from briefings.schema.types import is_file_slug, is_url
from briefings.textfold import decode_utf8


def add_source(
    file: Path, briefing: Path, *, source_id: str | None = None, title: str | None = None,
    publisher: str | None = None, url: str | None = None, published: str | None = None,
    today: dt.date | None = None,
) -> CommentedMap:
    """Copy ``file`` into ``briefing``'s sources/ folder and add its entry; return the entry."""
    data = read_regular_file(file.resolve(), MAX_SOURCE_BYTES)  # the user named it: links are fine
    text = _utf8_text(file, data)
    source_id = _checked_source_id(source_id or slugify(file.stem, "source"))
    _check_url(url)
    published = _checked_date(published or (today or dt.date.today()).isoformat())
    tree, issues = read_yaml(briefing, for_editing=True)
    if issues:
        raise ValidationFailed(issues)
    sources = editable_list(tree, "sources", briefing)
    digest = hashlib.sha256(data).hexdigest()
    _check_not_recorded(sources, source_id, digest, briefing)
    relative = f"sources/{source_id}.txt"
    target = confine(briefing.parent, relative)
    if target.exists():
        raise BriefingError(f"{target} already exists; choose another --id")
    first_line = next((line.strip() for line in text.splitlines() if line.strip()), file.stem)
    entry = CommentedMap()
    entry["id"] = source_id
    entry["title"] = title or first_line[:120]
    entry["publisher"] = publisher or "Unknown publisher"
    if url:
        entry["url"] = url
    entry["published"] = published
    entry["text"] = relative
    entry["sha256"] = digest
    sources.append(entry)
    atomic_write(target, data)
    atomic_write(briefing, dump(tree))
    return entry


def _utf8_text(file: Path, data: bytes) -> str:
    """The article as text: validation reads the archived copy as UTF-8, so a copy that is not
    would be archived only to fail every quote check later."""
    try:
        return decode_utf8(data)
    except UnicodeDecodeError:
        raise BriefingError(f"{file}: not UTF-8 text") from None


def _checked_source_id(source_id: str) -> str:
    """``source_id``, refused unless it is a slug: it names the archived file as well."""
    if not is_file_slug(source_id):
        raise BriefingError(f"'{source_id}' is not a valid source id")
    return source_id


def _check_url(url: str | None) -> None:
    """Refuse a ``--url`` the briefing schema would refuse, before anything is written."""
    if url is not None and not is_url(url):
        raise BriefingError(f"--url must be an http(s) address, not '{url}'")


def _checked_date(published: str) -> str:
    """``published``, refused unless it is an ISO date, which the briefing schema requires."""
    try:
        dt.date.fromisoformat(published)
    except ValueError:
        raise BriefingError(f"--published must be a date written YYYY-MM-DD, not '{published}'") from None
    return published


def _check_not_recorded(sources: CommentedSeq, source_id: str, digest: str, briefing: Path) -> None:
    """Refuse a second source with the same id, or the same article under another id: either
    would leave the briefing with two entries for one archive, or one entry for two."""
    for existing in sources:
        if existing.get("id") == source_id:
            raise BriefingError(f"{briefing}: a source with id '{source_id}' exists already")
        if existing.get("sha256") == digest:
            raise BriefingError(f"{briefing}: this article is already source '{existing.get('id')}'")


def editable_list(tree: Any, key: str, briefing: Path) -> CommentedSeq:
    """The list ``tree[key]`` of mappings, to edit (made if missing); a clear error naming the
    file and line when the briefing's shape does not allow an edit."""
    if not isinstance(tree, CommentedMap):
        raise BriefingError(f"{briefing}: a briefing file must be a mapping of keys")
    items = tree.setdefault(key, CommentedSeq())
    if not isinstance(items, CommentedSeq):
        line = tree.lc.key(key)[0] + 1 if key in tree.lc.data else 0
        raise BriefingError(f"{briefing}:{line}: {key}: must be a list, not {type(items).__name__}")
    for index, item in enumerate(items):
        if not isinstance(item, CommentedMap):
            line, column = (n + 1 for n in items.lc.item(index))
            raise BriefingError(f"{briefing}:{line}:{column}: {key}[{index}]: must be a mapping "
                                f"(id: ..., ...), not {item!r}")
    return items
