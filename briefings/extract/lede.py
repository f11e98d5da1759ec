"""The role a story's opening gives a person whom the next paragraph names: a wire story's reveal.

Wire and newspaper copy often opens on a role and names its holder only in the next paragraph:

    Israel's prime minister has said the operation will continue "until our residents can
    return home", despite mounting pressure for a ceasefire.

    Speaking at a cabinet meeting on Sunday, Benjamin Netanyahu said: "We will not stop."

The first quote's speaker is the prime minister, whom the text names one paragraph later (the
gold of foreign news gives the name); without this reading the role phrase found no one titled
so and was withheld, and the named man's party was unknown ("Germany's finance minister pushed
back … / 'Joint debt is not the answer,' Christian Weber told reporters": no party).

The reading is narrow, as a wrong holder is worse than none. The role phrase is a country's or
organisation's office held by one person ("Israel's prime minister", "The Iranian foreign
minister", not "a senior official", "the ministry" or "officials"), the subject of its
sentence, and the only such phrase of its paragraph; no person is named before it; the person
is the first one the article names, in the first sentence of the next paragraph, by a full name
with no title, apposition or role phrase of their own (then that is their role); and the
office-holder list has the person in that office for the actor the role names.
"""

from __future__ import annotations

import re

from briefings.extract.actors import actors_in
from briefings.extract.appositions import appositive_words
from briefings.extract.article import Article
from briefings.extract.heads import holds_a_role
from briefings.extract.lexicon import words
from briefings.extract.mention import Mention
from briefings.extract.office_list import fold, office_holders

_VERB_AFTER = re.compile(r"[ \t]+([a-z]+)\b")  # "Benjamin Netanyahu said", not "X of the", "X, who"
_INDEFINITE = frozenset({"a", "an", "one", "another", "some", "two", "three"})
# a verb after the name that answers the opening: "Marine Lefevre dismissed the speech"
_REPLIES = frozenset({"dismissed", "rejected", "criticised", "criticized", "disputed", "questioned", "slammed",
                      "welcomed", "responded", "countered", "disagreed", "denounced", "condemned", "mocked",
                      "praised", "hit", "scoffed", "warned", "accused", "blasted", "lambasted", "defended"})


def revealed(article: Article) -> tuple[Mention, Mention] | None:
    """(the opening's role phrase, the person the next paragraph names) where the text reads
    so (module docstring), else None; read once per article."""
    if ("lede reveal",) not in article.memo:
        article.memo["lede reveal",] = _reveal(article)
    found: tuple[Mention, Mention] | None = article.memo["lede reveal",]
    return found


def _reveal(article: Article) -> tuple[Mention, Mention] | None:
    person = next((m for m in article.mentions if m.kind == "person" and not actors_in(m.name)), None)
    if person is None or " " not in person.name.strip() or not _untitled(article, person) or \
            article.sentence_before_in_paragraph(person.start) is not None:
        return None
    roles = [m for m in article.mentions_before(person.start)
             if m.kind == "role" and _in_the_paragraph_before(article, m, person) and _an_actors_office(m)]
    if len(roles) != 1 or not _may_reveal(article, roles[0], person):
        return None
    return roles[0], person


def _may_reveal(article: Article, role: Mention, person: Mention) -> bool:
    """The role is its sentence's subject, the list lets the person hold it, and the person's
    paragraph gives them no other office."""
    return role.subject_like and _may_hold(role, person) and not _another_role_after(article, role, person) \
        and _quoted_in_its_sentence(article, person)


def _quoted_in_its_sentence(article: Article, person: Mention) -> bool:
    """Whether the person's sentence quotes words ("Speaking in Oslo, Kari Lund said: '…'", "'…,'
    Christian Weber told reporters"): a reveal gives the holder's words. "Rahul Gandhi said the
    government had failed to protect the border." is a reply told in reported speech, a critic's
    (four of five attack12 probes of that form named a critic)."""
    sentence = article.sentence_at(person.start)
    return any(article.inside[sentence.start:sentence.end])


def _another_role_after(article: Article, role: Mention, person: Mention) -> bool:
    """Whether the person's paragraph goes on with a person's role phrase of another office
    ("Kenji Morita said the plan was reckless. '…,' the opposition lawmaker told reporters";
    "…," said the Islamabad-based security analyst"): the person is a critic or an analyst,
    not the holder the opening named. "the prime minister added" names the same office."""
    office = {w for w in role.titles if not actors_in(w.capitalize())}
    paragraph = article.paragraph_of(person.start)
    return any(m.kind == "role" and holds_a_role(m) and not office <= set(m.titles)
               for m in article.mentions_between(person.end, len(article.text))
               if article.paragraph_of(m.start) == paragraph)


def _may_hold(role: Mention, person: Mention) -> bool:
    """Whether the office-holder list has the person for the actor the role names, in an office
    of the role's words ("Russia's foreign minister … / Antony Blinken rejected the claim":
    Blinken is listed for the United States only, a reply; "The French president … / '…,'
    Jean-Noel Barrot told France Inter": France's foreign minister). A person the list does not
    have is no holder: "Turkey's president said … / Elon Musk said on X that he had '…'" gave
    Musk the president's words (attack12, 0.74), and the text itself never says who holds it."""
    entries = office_holders().get(fold(person.name), [])
    owner = role.antecedent.name if role.antecedent is not None else ""
    actors = {actor for actor, _ in actors_in(f"{owner} {role.surface}")}
    office = [w for w in role.titles if not actors_in(w.capitalize())]
    return bool(entries) and any(party in actors and all(w in listed.split(",")[0].split() for w in office)
                              for party, listed in entries)


def _in_the_paragraph_before(article: Article, mention: Mention, person: Mention) -> bool:
    """Whether ``mention`` is in the paragraph right before the person's (blank lines aside)."""
    lines = article.masked[mention.end:person.start].split("\n")
    return len(lines) > 1 and sum(1 for line in lines[1:] if line.strip()) <= 1


def _an_actors_office(role: Mention) -> bool:
    """ "Israel's prime minister", "The Iranian foreign minister": one person's office of a
    country or organisation the phrase names, introduced as known (no "a", "one")."""
    first = role.surface.split()[0].lower() if role.surface.split() else ""
    owner = role.antecedent.name if role.antecedent is not None else ""
    return first not in _INDEFINITE and holds_a_role(role) and bool(actors_in(f"{owner} {role.surface}"))


def _untitled(article: Article, person: Mention) -> bool:
    """Whether the person has no title, apposition, affiliation or role phrase of their own
    anywhere ("said Ali Vaez of the International Crisis Group" is an analyst, not the minister
    of the paragraph before), and a verb follows the name where it is first written."""
    surname = person.name.split()[-1]
    again = [m for m in article.mentions if m.kind in ("person", "name1") and m.name.split()[-1] == surname]
    verb = _VERB_AFTER.match(article.masked, person.end)
    return verb is not None and verb.group(1).lower() not in words("prepositions") | _REPLIES and \
        not any(_titled(m) or appositive_words(article, m) for m in again)


def _titled(person: Mention) -> bool:
    """A title of an office or a trade before the name; an honorific ("Ayatollah", "Sheikh",
    "Dr") is none."""
    return bool(person.role and person.role.lower() not in words("honorifics") or
                set(person.titles) - words("honorifics"))
