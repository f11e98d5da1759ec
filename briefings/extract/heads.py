"""What a mention's head noun says about it: a body, a group, a document, a spokesperson.

The resolver (:mod:`briefings.extract.resolve`) and the confidence model
(:mod:`briefings.extract.confidence`) ask the same questions of a role phrase's head; they are
answered here, once.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from briefings.extract.actors import actors_in, country_or_organisation
from briefings.extract.lexicon import union, words
from briefings.extract.mention import Mention
from briefings.extract.office_list import fold, office_holders

if TYPE_CHECKING:  # the article imports the mention finder, which reads these heads
    from briefings.extract.article import Article

#: Head nouns of a person who speaks for a body: a person, never a document.
SPOKESPERSON = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen"})
_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
# title words that name the same post as a role phrase's head: "the Kremlin spokesman" after
# "presidential press secretary X", "the spokeswoman" after "Spokesperson Y", "the advisor"
# (never of the other gender: "the spokeswoman" is not "spokesman X")
_SAME_POST = {"spokesman": ("spokesman", "spokesperson", "press"),
              "spokeswoman": ("spokeswoman", "spokesperson", "press"),
              "spokesperson": ("spokesperson", "spokesman", "spokeswoman", "press"), "adviser": ("adviser", "advisor"),
              "premier": ("premier", "prime")}  # "the Hungarian premier" after "Hungarian Prime Minister X"


_PRESS_POSTS = frozenset({"secretary", "officer", "attache", "attaché"})  # "press secretary", not "Press TV"


def same_post_holders(head: str, by_title: dict[str, list[Mention]]) -> list[Mention]:
    """The people (from ``by_title``, title word → people) a role phrase with this head may stand
    for: titled with its own word or a word of the same post ("press" only in "press secretary",
    "press officer": a "Press TV correspondent" speaks for no one)."""
    return [person for post in _SAME_POST.get(head, (head,)) for person in by_title.get(post, [])
            if post != "press" or _PRESS_POSTS & set(role_words(person))]


def not_the_holder(article: Article, mention: Mention, person: Mention, titles: set[str]) -> bool:
    """Whether the person, titled so, is not the one the role phrase stands for: their title
    names its post in other words and no country it names (``post_in_other_words``), the
    office-holder list has them for another country only, or an unnamed spokesperson is brought
    in between them and the phrase (attack12 probes)."""
    return post_in_other_words(mention.titles, titles) or listed_for_another(mention.titles, person.name, titles) \
        or _unnamed_spokesperson_between(article, mention, person)


def listed_for_another(phrase: list[str], name: str, titles: set[str]) -> bool:
    """ "President Emmanuel Macron spoke in Paris. … The Ukrainian president said": a holder
    whose titles name no country is not the phrase's when the office-holder list has them for
    other countries only (Macron got Kyiv's words, 0.97)."""
    wanted = countries_named(phrase)
    if not wanted or countries_named(titles):
        return False
    entries = office_holders().get(fold(name), [])
    return bool(entries) and not any(party in wanted for party, _ in entries)


def _unnamed_spokesperson_between(article: Article, mention: Mention, person: Mention) -> bool:
    """ "In Beijing, a foreign ministry spokeswoman dismissed the criticism. The spokeswoman
    said": she, not the State Department spokesperson named before (0.79)."""
    return bool(mention.titles) and mention.titles[-1] in SPOKESPERSON and person.end <= mention.start and \
        any(m.kind == "role" and m.titles and m.titles[-1] in SPOKESPERSON and _DETERMINER.match(m.surface)
            and m.surface.split()[0].lower() != "the" for m in article.mentions_between(person.end, mention.start))


def post_in_other_words(phrase: list[str], titles: set[str]) -> bool:
    """Whether a holder's titles name the phrase's post in other words only ("the Kremlin
    spokesman" for "presidential press secretary X") and then name no country the phrase names:
    "Presidential press secretary X" of a Kyiv story is Ukraine's, not the Kremlin's (attack12)."""
    wanted = countries_named(phrase)
    return bool(phrase) and phrase[-1] not in titles and bool(wanted) and not wanted & countries_named(titles)


_POSSESSIVE = re.compile(r"['’]s$")
# "one envoy said": a source of a kind, as "an envoy" is ("one of the envoys" keeps its "one")
_ONE_OF_A_KIND = re.compile(r"^[Oo]ne\s+(?!of\b)(?=[a-z]|[A-Z][\w'’-]*\s+[a-z])")  # "one Iranian official" too
_ACRONYM = 4  # letters at most of a body's acronym read from a lower-case title word ("eu", "nato")


def of_another_country(role: Mention, titles: set[str]) -> bool:
    """ "the Iraqi minister" and a person titled "Iranian Foreign Minister": the role phrase
    names one country and the person's titles another, so it does not stand for that person."""
    wanted = countries_named(role.titles)
    return bool(wanted) and bool(held := countries_named(titles)) and not wanted & held


def of_another_actor(role: Mention, titles: set[str]) -> bool:
    """ "the EU envoy" and a person titled "China's envoy": as ``of_another_country``, with
    organisations too ("EU", "UN", "NATO", read in capitals as the lower-case words may
    hide them)."""
    wanted = _actors(role.titles)
    return bool(wanted) and bool(held := _actors(titles)) and not wanted & held or _another_acronym(role, titles)


def _another_acronym(role: Mention, titles: set[str]) -> bool:
    """ "The FO spokesperson" and a person titled "the Afghan Taliban's spokesperson": an acronym
    of a body in capitals in the role phrase ("FO", "MEA", "DFA") that is neither among the
    person's title words nor made of their initials ("Foreign Office", "Ministry of External
    Affairs") names another body than theirs (the spokesperson named last spoke, 0.71). A known
    actor's acronym ("UN", "EU") is read by ``_actors`` as before."""
    held = {_POSSESSIVE.sub("", t).lower() for t in titles}
    initials = {t[0] for t in held if t}
    return any(word.isupper() and 2 <= len(word) <= 5 and word.isalpha() and word.lower() not in held
               and not set(word.lower()) <= initials and not actors_in(word) for word in role.surface.split())


#: modifiers that make a title another office than the bare one, which a role phrase must name to
#: mean its holder: "the Home Secretary" is not the "shadow home secretary", nor "the minister"
#: the "deputy minister" or the "prime minister", nor "the prime minister" a former one
RANKS = frozenset({"prime", "vice", "deputy", "shadow", "assistant", "under", "former", "ex"})


def of_another_rank(role: Mention, titles: set[str]) -> bool:
    """ "the Home Secretary" and a person titled "shadow home secretary": the person's title
    holds the phrase's head with a modifier that makes it another office, and the phrase does
    not."""
    wanted = {word.lower() for word in role.titles}
    held = titles | {part for title in titles for part in title.split("-")}  # "vice-chancellor"
    ranks = RANKS if role.titles[-1:] == ["minister"] else RANKS - {"prime"}  # "prime" ranks a minister only
    return bool(role.titles) and role.titles[-1].lower() in held and bool(held & ranks - wanted)


def _actors(titles: list[str] | set[str]) -> set[str]:
    found = set()
    for title in titles:
        word = _POSSESSIVE.sub("", title)
        found |= {actor for actor, _ in actors_in(word.title())}
        if len(word) <= _ACRONYM:
            found |= {actor for actor, _ in actors_in(word.upper())}
    return found


def countries_named(titles: list[str] | set[str]) -> set[str]:
    """The countries that title words name ("qatari", "iran's")."""
    return {actor for title in titles for actor, kind in actors_in(title.title()) if kind == "country"}


def is_body(mention: Mention) -> bool:
    """ "the presidency", "the ministry": a role phrase whose head is an organisation word."""
    return mention.kind == "role" and bool(mention.titles) and mention.titles[-1] in words("org_words")


_COLLECTIVE = frozenset({"crowd", "audience", "mob", "throng", "congregation", "delegation"})  # "the crowd chanted"


def plural_head(mention: Mention) -> bool:
    """ "Valdonian officials", "the protesters", "the crowd": a role phrase whose head is a
    plural or collective noun, a label of many people, never one person."""
    head = mention.titles[-1] if mention.titles else ""
    return head.endswith("s") and not head.endswith("ss") or head in _COLLECTIVE


def impersonal_head(mention: Mention) -> bool:
    """ "a United Nations report", "the ministry": "he" and "she" never stand for these."""
    head = mention.titles[-1] if mention.titles else ""
    return head in words("documents") - SPOKESPERSON or head in words("org_words")


@cache
def _said_in_pattern(head: str) -> re.Pattern[str]:
    """Compiled once per document word (pysbd empties the re module's cache)."""
    return re.compile(r"\b([a-z]+)\s+in\s+(?:a|an|the|their|his|her|its)\s+(?:[\w-]+\s+)?"
                      + re.escape(head) + r"\b")


def said_in(head: str, sentence: str) -> bool:
    """ "said in a joint statement": a verb of saying, then "in", then the document."""
    for match in _said_in_pattern(head).finditer(sentence):
        if match.group(1) in words("cues"):
            return True
    return False


#: head nouns of a government's own body: only these are named by a country's word before them
#: ("the Egyptian foreign ministry"); "the Lebanese armed group" after Hezbollah is Hezbollah
_GOVERNMENT_HEADS = frozenset({"ministry", "department", "office", "agency", "bureau", "embassy", "consulate",
                               "government", "cabinet", "presidency"})


def spoke_of(role: Mention, article: Article, position: int, surface: str) -> bool:
    """ "In the assessment, China found nothing but lies, a spokesman said": a speaker whose
    sentence names the role phrase's head ("the assessment") other than in their own phrase
    spoke of it; the phrase is never that speaker. Unless they spoke in it: "said in its
    response", or "In its response to the report, India's foreign ministry said" (the speaker
    right after the opening)."""
    head = role.titles[-1] if role.titles else ""
    sentence = article.sentence_at(position)  # the sentence of the speaker's mention at ``position``
    said = article.masked[sentence.start:sentence.end].lower()
    if not head or _person_word(head) or head in surface.lower().split():
        return False
    if re.search(rf"\b{re.escape(head)}\b", said) is None:
        return False
    opening = re.match(rf"\s*in\s+(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){{0,2}}{re.escape(head)}\b[^,]*,\s*",
                       said)
    return not said_in(head, said) and not (opening and said[opening.end():].startswith(surface.lower()))


def _person_word(head: str) -> bool:
    """ "diplomat", "farmer", "52-year-old": a head that names a person, whom a speaker's
    sentence may describe (only things spoken of are read by ``spoke_of``)."""
    return head.endswith("-old") or head in union("role_nouns", "independent_roles", "anonymous")


def named_body(mention: Mention) -> bool:
    """ "the Clinton administration", "the Valdonian Navy", "the UN human rights office", "the
    Egyptian foreign ministry" (never the Qatari ministry's spokesman quoted before):
    capitalised words before the head, or an organisation's name before lower-case ones, name
    the body, so it is no other organisation named before (the speaker was `UN`). A country's
    word names only a government's body so: "the Lebanese armed group", "the Russian private
    military company" describe the group named before (Hezbollah, Wagner), they name none."""
    words_ = _DETERMINER.sub("", mention.surface).split()
    if len(words_) >= 3 and all(w.islower() for w in words_[1:]):  # "the UN human rights office"
        found = country_or_organisation(words_[0])
        return found is not None and (found[1] == "organisation" or words_[-1] in _GOVERNMENT_HEADS)
    return len(words_) >= 2 and all(w[:1].isupper() for w in words_[:-1]) and words_[-1].islower()


def as_written(mention: Mention) -> str:
    """A role phrase as the article wrote it, without its article ("the 52-year-old", "one
    envoy")."""
    return _ONE_OF_A_KIND.sub("", _DETERMINER.sub("", mention.surface))


def role_words(person: Mention) -> list[str]:
    """The title a person is named with, as lower-case words to match a later role phrase by:
    the words of the capitalised run ("Deputy Foreign Minister X"), else the title written
    before the name with a lower-case role noun ("Foreign Ministry spokesman X", "Iran's
    foreign ministry spokesman X"), so that "the spokesman" later finds X. A rank between the
    role noun and the name ("Pentagon spokesman Major General X") keeps the role noun too."""
    written = [_POSSESSIVE.sub("", word) for word in person.role.lower().split()]
    if person.titles:
        return person.titles + [w for w in written if w in SPOKESPERSON and w not in person.titles]
    return written


def counterpart_of(role: Mention, candidates: list[Mention],
                   people: Callable[[], list[tuple[Mention, set[str]]]]) -> Mention | None:
    """ "his Sudanese counterpart X ... the Sudanese minister said": a role phrase that names a
    country, where none of the people holding its head noun (``candidates``) is titled with
    that country, stands for the latest person before it titled a counterpart of that country;
    None otherwise, and the role's holder is chosen as before. ``people`` gives each person of
    the article with their title words; it is only asked for a role that names a country."""
    wanted = countries_named(role.titles)
    if not wanted:
        return None
    titled = people()
    held = {id(c) for c in candidates}
    if any(countries_named(titles) & wanted for person, titles in titled if id(person) in held):
        return None
    counterparts = [person for person, titles in titled
                    if person.start < role.start and "counterpart" in titles and countries_named(titles) & wanted]
    return counterparts[-1] if counterparts else None


def holds_a_role(role: Mention) -> bool:
    """A role one person holds: no plural, no body ("the ministry") and no document."""
    head = role.titles[-1] if role.titles else ""
    return bool(head) and not plural_head(role) and head not in words("org_words") \
        and head not in words("documents") - SPOKESPERSON
