"""Whom an unnamed diplomat whose country is not given speaks for: the forum the words are about.

"One envoy says: '...'" and "a Western diplomat said" in a report on the Security Council give
no country; an analyst files such words under the forum the diplomat speaks in and about
(foreign-dev ANNOTATION_NOTES, party rule 4: the Security Council envoys are "United Nations").
The forum is read from the quote's paragraph up to the quote: where it names one organisation of
states (never a non-state actor: "a diplomat said Hamas ...") and no other, that one, marked
weaker; where it names none or several, none. A label that names an actor ("a Russian diplomat",
"an EU envoy") is read by its own words first.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from briefings.extract.actors import actor_in, actors_in
from briefings.extract.article import Article

_DIPLOMATS = frozenset({"envoy", "envoys", "diplomat", "diplomats"})


def forum_of_diplomats(article: Article, label: str, at: int) -> tuple[str, str] | None:
    """(organisation, evidence) for an unnamed diplomat's label in the paragraph at ``at``, or
    None."""
    words_ = label.lower().split()
    if not words_ or words_[-1] not in _DIPLOMATS or actor_in(label):
        return None
    start = article.layout.paragraph_starts[article.paragraph_of(at)]
    forums = {actor for actor, kind in actors_in(article.masked[start:at]) if actor in _intergovernmental()}
    if len(forums) != 1:
        return None
    (forum,) = forums
    return forum, f"weaker: {label!r} gives no country, and the paragraph names one forum, {forum}"


@cache
def _intergovernmental() -> frozenset[str]:
    """The organisations of states in ``lexicon/organisations.txt``: the rows before its section
    of non-governmental organisations and non-state actors (Hamas or Amnesty International in
    the paragraph is no forum a diplomat speaks in)."""
    text = files("briefings.extract.lexicon").joinpath("organisations.txt").read_text(encoding="utf-8")
    states = text.split("# Non-governmental organisations")[0]
    return frozenset(line.split("\t")[1].strip() for line in states.splitlines()
                     if "\t" in line and not line.startswith("#"))
