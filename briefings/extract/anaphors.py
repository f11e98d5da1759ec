"""Short phrases that stand for a person named before, resolved only where one person fits.

* "the minister said", after "Czech Foreign Minister A" and "Slovak Foreign Minister B": two
  people named before the phrase hold its role equally well (they share as many title words
  with it, and none is of another country than the phrase names). The one of them named alone
  in the sentence just before is meant; otherwise the resolver chooses as it did before this
  module (the nearer one). Abstaining on such a tie was tried: it turned a right speaker of the
  foreign-dev report part into no speaker and helped neither dev part, so the charter deleted
  it (docs/extraction.md, "Round 8, all together"). A rank the phrase does not name sets a
  holder apart: "the minister" after "Prime Minister A" and "Economy Minister B" is B.
* "The Iranian said", "the Turk said": a nationality used as a noun stands for the one person
  named before whom the article introduces with that nationality ("Iranian chess player X",
  "Italy's Interior Minister Y"). With none or several, no speaker: never the nationality as
  a name ("Iranian" with the party Iran) nor the article's last speaker.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefings.extract.actors import country_or_organisation
from briefings.extract.heads import RANKS, listed_for_another, of_another_actor, of_another_rank, role_words
from briefings.extract.lexicon import pairs
from briefings.extract.mention import Mention

if TYPE_CHECKING:
    from briefings.extract.article import Article
    from briefings.extract.resolve import Resolver

_BEFORE_NAME = 60  # characters before a name read for the nationality it is introduced with, back to
# the person named before it
_WORD = re.compile(r"[\w'’-]+")


def rival_holders(resolver: Resolver, mention: Mention, head: str) -> list[str]:
    """The one person named before ``mention`` who holds its role best where a rank sets the
    others apart ("the minister" is not "Prime Minister X", as the phrase does not say "prime")
    or the sentence before names one of two tied holders alone; else [] (the resolver chooses
    as before)."""
    wanted = set(mention.titles)
    best: dict[str, int] = {}
    ranked_apart = False
    for person in resolver.titled(head):
        if person.start >= mention.start or resolver.in_headline(person):
            continue  # "Court Jails Activist Over Posts" names no activist
        titles = set(role_words(person)) | {w.lower() for w in resolver.appositive_words(person)}
        if of_another_actor(mention, titles):
            continue
        if (titles & RANKS) - wanted:
            ranked_apart = True
            continue
        name = resolver.full_name(person.name)
        best[name] = max(best.get(name, 0), len(wanted & titles))
    top = max(best.values(), default=0)
    tied = [name for name, shared in best.items() if shared == top]
    if len(tied) >= 2:  # a tie the sentence before does not settle: the resolver chooses as before
        just_named = _named_just_before(resolver, mention, tied)
        return [just_named] if just_named else []
    return tied if ranked_apart else []


def _named_just_before(resolver: Resolver, mention: Mention, names: list[str]) -> str | None:
    """ "Interior Minister B said police would come. '…,' the minister said": the one of
    ``names`` named in the sentence before, in its paragraph, where no other of them is."""
    before = resolver.article.sentence_before_in_paragraph(mention.start)
    if before is None:
        return None
    there = {resolver.full_name(m.name) for m in resolver.article.mentions_between(before.start, before.end)
             if resolver.is_person_name(m)} & set(names)
    return there.pop() if len(there) == 1 else None


def named_aside(article: Article, person: Mention, mention: Mention) -> bool:
    """ "Responding to remarks by spokesperson X, the spokesperson said": a person named after a
    preposition or as an object earlier in the role phrase's sentence is not what it stands for."""
    return (person.after_preposition or person.object_like) and person.start < mention.start and \
        article.sentence_index(person.start) == article.sentence_index(mention.start)


def of_another_actor_than(resolver: Resolver, mention: Mention, name: str) -> bool:
    """ "the EU envoy said" where the article's protagonist is titled "China's envoy": the role
    names another country or body than any title of ``name`` (the reason is kept)."""
    titles = set().union(*(resolver.title_words(p) for p in resolver.people_named(name)))
    if of_another_rank(mention, titles):  # "the president said" of the article's vice president
        resolver.withheld[mention.start] = f"no speaker: {mention.surface!r} is another office than {name}'s"
        return True
    if not of_another_actor(mention, titles) and not listed_for_another(mention.titles, name, titles):
        return False  # the office-holder list too: "The Ukrainian president" is not Macron, untitled by country
    resolver.withheld[mention.start] = f"no speaker: {mention.surface!r} names another country or body than {name}"
    return True


def nationality_noun(mention: Mention) -> str | None:
    """The country of "the Iranian", "the Turk" (a determiner and one nationality word), or None."""
    tokens = mention.surface.split()
    if len(tokens) != 2 or tokens[0].lower() != "the" or not tokens[1][:1].isupper():
        return None
    return _country_of_word(tokens[1])


def person_of_nationality(resolver: Resolver, mention: Mention, country: str) -> tuple[str | None, str]:
    """(the one person named before ``mention`` introduced with ``country``'s nationality, or
    None; the reason when None)."""
    text = resolver.article.masked
    found: list[str] = []
    for person in resolver.persons:
        if person.start >= mention.start:
            break
        earlier = [m.end for m in resolver.article.mentions_before(person.start, limit=4) if m.kind == "person"]
        opening = max(resolver.article.sentence_at(person.start).start, person.start - _BEFORE_NAME,
                      *earlier[-1:])  # never across another person's name
        before = text[opening:person.start]
        said = [*_WORD.findall(before), *person.role.split(), *resolver.appositive_words(person)]
        if any(_country_of_word(word) == country for word in said):
            found.append(resolver.full_name(person.name))
    people = list(dict.fromkeys(found))
    if len(people) == 1:
        return people[0], ""
    if people:
        return None, f"no speaker: {mention.surface!r} may be {' or '.join(people[-2:])}"
    return None, f"no speaker: {mention.surface!r} stands for someone the article does not introduce as such"


def _country_of_word(word: str) -> str | None:
    """ "Iranian" → Iran, "Italy's" → Italy, "Turk" → Turkey (``nationality_nouns``), else None."""
    bare = re.sub(r"['’]s$", "", word.strip(".,"))
    if not bare[:1].isupper():
        return None
    nouns = pairs("nationality_nouns")
    if bare in nouns:
        return nouns[bare]
    found = country_or_organisation(bare)
    return found[0] if found and found[1] == "country" else None


def subject_just_before(resolver: Resolver, mention: Mention, protagonist: str | None) -> str | None:
    """ "EU foreign affairs chief X also weighed in. Speaking after the meeting, the former
    Estonian prime minister said": a role phrase no title matches went to the article's last
    speaker (0.69), though the sentence before, in its paragraph, has another person as its
    subject. That person, when not the protagonist, or None: either may be meant."""
    before = resolver.article.sentence_before_in_paragraph(mention.start)
    if before is None:
        return None
    subjects = [resolver.full_name(m.name) for m in resolver.article.mentions_between(before.start, before.end)
                if m.kind == "person" and m.subject_like and not resolver.in_headline(m)]
    return next((name for name in subjects if name != protagonist), None)
