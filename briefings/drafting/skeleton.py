"""``briefings new ID``: a commented skeleton briefing with every section, ready to fill in.

The skeleton validates as written (with its placeholder source text), so an analyst can run
``briefings validate`` and ``briefings build`` from the first minute and replace the
placeholders one by one.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from briefings.errors import BriefingError
from briefings.filesystem.writing import atomic_write
from briefings.schema.types import is_file_slug

SKELETON = """\
# Briefing skeleton written by `briefings new`. Every key is documented in docs/briefing-file.md;
# `briefings schema` prints the JSON Schema for editors. Replace every placeholder and remove
# each REVIEW comment: `briefings validate --strict` fails while either remains.
id: {id}
title: Title of the briefing
subtitle: One line that says what happened   # optional
as_of: {today}                    # the date the briefing describes (YYYY-MM-DD)
marking: DRAFT // NOT FOR DISTRIBUTION   # REVIEW: the handling marking, shown on every page
authors:
  - Your Name
language: en
keywords: [keyword]
question: the decision or event the parties' stances refer to

# Bottom line up front: one to three sentences.
bluf: >-
  What the reader must know if they read nothing else.

key_points:
  - A key point.

background: >-
  What happened before. Prose fields like this one may use *Markdown* emphasis and links.

outlook: >-
  What is likely to happen next, and why.

watch:
  - An indicator to watch.

timeline:
  - date: {today}                 # YYYY, YYYY-MM or YYYY-MM-DD (quote a bare year: "2017")
    event: What happened on that date.
    source: {source_id}

sources:
  - id: {source_id}
    title: Title of the article
    publisher: Name of the publisher
    url: https://example.org/article   # optional
    published: {today}
    text: sources/{source_id}.txt     # local copy of the article, relative to this file

parties:
  - id: party-a
    name: Full name of the party
    short_name: Short name
    kind: state                   # state, ministry, agency, political party, organisation, person, other
    aliases: []                   # other names the sources use, e.g. a capital city
    people:
      - id: person-a
        name: Name of the person
        role: Their role
        aliases: []
    position:
      stance: unclear             # supports, opposes, mixed, neutral, unclear
      summary: >-
        The party's position on the question, in the analyst's words.
      demands:
        - What the party asks for.
    quotes:
      - text: Replace this with a verbatim quote from the source
        speaker: person-a         # one of the party's people, or the party's own id
        source: {source_id}
        said: {today}             # optional
        context: optional context
    # no_quotes_reason: say why, when a party has no quotes
    consequences:
      - description: A measure the party imposes, or a cost it faces.
        role: imposes             # imposes or faces
        affects: [party-a]        # ids of the affected parties
        likelihood: roughly even chance   # ICD 203: almost no chance ... almost certain
        impact: moderate          # low, moderate, high, severe
        timeframe: Weeks
        source: {source_id}
"""

PLACEHOLDER_SOURCE = """\
Replace this file with the text of the article the briefing cites.
The person said: "Replace this with a verbatim quote from the source".
"""


def write_skeleton(briefing_id: str, folder: Path, today: dt.date | None = None) -> list[Path]:
    """Write ``folder/ID.yaml`` and its placeholder source; refuse to overwrite anything."""
    if not is_file_slug(briefing_id):
        raise BriefingError(
            f"'{briefing_id}' is not a valid briefing id: use lower-case letters, digits and "
            "hyphens, starting with a letter or digit, at most 80 characters"
        )
    source_id = f"{briefing_id}-source"
    target = folder / f"{briefing_id}.yaml"
    source = folder / "sources" / f"{source_id}.txt"
    for path in (target, source):
        if path.exists():
            raise BriefingError(f"{path} already exists; not overwriting it")
    date = (today or dt.date.today()).isoformat()
    text = SKELETON.format(id=briefing_id, today=date, source_id=source_id)
    atomic_write(source, PLACEHOLDER_SOURCE.encode("utf-8"))
    atomic_write(target, text.encode("utf-8"))
    return [target, source]
