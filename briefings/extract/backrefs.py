""""the diplomat said", "the official added": a definite role phrase of an unnamed kind that
refers back to the titled person quoted just before.

Agency copy names a speaker once with the full title, then calls them by a general noun:
"..., Deputy Foreign Minister X told TASS. '...,' the diplomat said." The heads of such phrases
("diplomat", "official") are the heads of anonymous sources (``lexicon/anonymous.txt``), which
are never resolved to someone named elsewhere, so the quote went to the label "diplomat", a
wrong name. A definite phrase ("the diplomat", not "a diplomat") whose sentence comes right
after an attribution to a person the article introduces with a title goes to that person; after
an unnamed source ("a senior official said. '...,' the official said") or with no attribution
just before, the phrase stays as written.

Only "the diplomat" and "the official" are read back, and only to a title that such a noun can
stand for (:data:`_TITLES_FOR`): "the woman", "the doctor" or "the soldier" after a minister's
words are someone else, and so is "the official" after an opposition leader. Where the sentence
before quotes two titled people, either may be meant, and no one is chosen.

The same holds for a family name written alone where several people share it ("Kim said"
after "Unification Minister Kim Young-hoon told lawmakers"): the one just quoted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from briefings.extract.heads import SPOKESPERSON, countries_named
from briefings.extract.lexicon import words
from briefings.extract.mention import Mention
from briefings.extract.titles import introduced_with_title, title_words

#: the heads read back, each with the title words of someone it may stand for: a diplomat is
#: one who holds a foreign-affairs title, an official one who holds a government title
_DIPLOMATIC = frozenset({"ambassador", "envoy", "diplomat", "foreign", "consul", "negotiator"})
_TITLES_FOR = {"diplomat": lambda: _DIPLOMATIC, "official": lambda: words("government_titles")}
READ_BACK = frozenset(_TITLES_FOR)  # the heads read back to a titled person
_NOT_TOP = SPOKESPERSON | {"press", "deputy", "vice", "junior", "assistant", "spokesperson's"}

if TYPE_CHECKING:
    from briefings.extract.resolve import Resolver

_FIRST_WORDS: WeakKeyDictionary[Resolver, dict[str, list[Mention]]] = WeakKeyDictionary()


def titled_speaker_before(resolver: Resolver, mention: Mention) -> str | None:
    """The person the previous sentence attributes words to, if ``mention`` is definite ("the
    diplomat"), its head is one of :data:`_TITLES_FOR` and the article introduces that person
    with a title the head can stand for; else None (also where two titled people spoke)."""
    head = mention.surface.split()[-1].lower()
    if mention.surface.split()[0].lower() != "the" or head not in _TITLES_FOR:
        return None
    if countries_named(mention.titles):
        return _titled_of_its_country(resolver, mention, _TITLES_FOR[head](), countries_named(mention.titles))
    article = resolver.article
    index = article.sentence_index(mention.start)
    if index == 0:
        return None
    previous = article.sentences[index - 1]
    latest = [name for position, name, _ in resolver.speakers if previous.start <= position < mention.start]
    titled = {name for name in latest if _titled(resolver, name)}
    if len(titled) != 1 or latest[-1] not in titled:
        return None
    wanted = _TITLES_FOR[head]()
    held = set().union(*(title_words(article, p) for p in resolver.persons
                         if resolver.full_name(p.name) == latest[-1]))
    return latest[-1] if held & wanted else None


def diplomat_of(resolver: Resolver, mention: Mention, country: str) -> str | None:
    """ "Ukraine's top diplomat", "Russia's top official": the one person named before whose title
    names that country and a title the head can stand for (as for "the Ukrainian diplomat"); None
    for another head. The phrase stayed a label beside the foreign minister it stands for."""
    head = mention.titles[-1] if mention.titles else ""
    if head not in _TITLES_FOR:
        return None  # a spokesperson or a deputy of the foreign ministry is no top diplomat (attack12)
    return _titled_of_its_country(resolver, mention, _TITLES_FOR[head](), {country}, _NOT_TOP)


def _titled_of_its_country(resolver: Resolver, mention: Mention, wanted: frozenset[str],
                           countries: set[str], unwanted: frozenset[str] = frozenset()) -> str | None:
    """ "The Qatari official said", "the Iranian diplomat": the one person named before whose
    title names that country and a title the head can stand for. Never the person just quoted
    when the title names another country (the Iranian minister who spoke before "the Qatari
    official"); of two such people, no one, and the reason names both."""
    found = list(dict.fromkeys(resolver.full_name(person.name) for person, titles in resolver.people_titles()
                               if person.start < mention.start and titles & wanted and not titles & unwanted
                               and countries_named(titles) & countries))
    if len(found) > 1:
        resolver.withheld[mention.start] = f"no speaker: {mention.surface!r} may be {' or '.join(found[-2:])}"
    return found[0] if len(found) == 1 else None


def _titled(resolver: Resolver, name: str) -> bool:
    """Whether the article introduces the person ``name`` with a title."""
    return any(introduced_with_title(resolver.article, p) for p in resolver.persons
               if resolver.full_name(p.name) == name)


def recent_family_name(resolver: Resolver, mention: Mention) -> str | None:
    """ "Kim said" where the article names several titled people whose names open with "Kim"
    (family name first: Kim Soo-ah, Kim Dae-ho): the one of them the previous sentence or
    this one attributes words to, or has as a subject ("Foreign Minister Wang Tao held talks.
    Wang said"), latest before the mention; None when none of them is, so the word stays as
    written rather than a guess."""
    word = mention.name
    if not word or " " in word:
        return None
    article = resolver.article
    opening = article.sentences[max(0, article.sentence_index(mention.start) - 1)].start
    named = [(position, name) for position, name, _ in resolver.speakers if opening <= position] + \
        [(p.start, resolver.full_name(p.name)) for p in article.mentions_between(opening, mention.start)
         if p.kind == "person" and p.subject_like]
    latest = sorted((position, name) for position, name in named
                    if position < mention.start and name.split()[0] == word and " " in name
                    and _may_be_of_gender(resolver, name, mention.gender))  # "Ms Lee": not Mr Lee X
    return latest[-1][1] if latest and _titled(resolver, latest[-1][1]) else None


def _may_be_of_gender(resolver: Resolver, name: str, gender: str) -> bool:
    """Whether the person ``name`` may be of the gender an honorific gives ("" fits all)."""
    return not gender or resolver.genders.of(name) in ("", gender)


def _by_first_word(resolver: Resolver) -> dict[str, list[Mention]]:
    """The persons of two words or more by their first word, read once per article (a long
    article names thousands of people; :func:`namesakes` is asked once per quote)."""
    if resolver not in _FIRST_WORDS:
        found: dict[str, list[Mention]] = {}
        for person in resolver.persons:
            if " " in person.name:
                found.setdefault(person.name.split()[0], []).append(person)
        _FIRST_WORDS[resolver] = found
    return _FIRST_WORDS[resolver]


def namesakes(resolver: Resolver, mention: Mention) -> tuple[str | None, str] | None:
    """A family name written alone ("Lee said", "Ms Lee said") where none of the people it opens
    spoke just before (:func:`recent_family_name`) and two or more of them are named in full
    ("Lee Jong-sup", "Lee Hae-won"): the one whose gender the mention's honorific gives, if only
    one has it; else no one, as either may be meant (None and the reason). Where one titled
    person it opens is named before the mention (another only after it, so the article-wide
    reading of family names found two), that one; None where none is."""
    word = mention.name
    if not word or " " in word:
        return None
    names = {resolver.full_name(p.name) for p in _by_first_word(resolver).get(word, []) if p.start < mention.start}
    sharing = sorted(name for name in names if name.split()[0] == word)
    if len(sharing) == 1 and _titled(resolver, sharing[0]):
        return sharing[0], ""  # "Kim said" after Kim Young-ho, with Kim Jong Un named only later
    if len(sharing) < 2:
        return None
    fitting = [name for name in sharing if mention.gender and _may_be_of_gender(resolver, name, mention.gender)]
    if len(fitting) == 1:
        return fitting[0], ""
    return None, f"no speaker: {mention.surface!r} may be {' or '.join(sharing)}"
