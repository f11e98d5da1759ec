"""The country of an official whose title names none ("Ambassador X", "President X",
"Foreign Ministry Spokesperson X"), read from the article's other uses of the same office.

Only a statement of the text counts: the article writes the same office (or the body the title
names) with a country and this person as its holder ("the Russian president, X," ... "President
X said"): that country. Where the office is written with a country but never with this person
("North Korea's ambassador to the UN said ... Ambassador X told reporters"), the party is
unstated and the reason names the country: reading it as X's because no one else named holds it
helped the foreign-dev development part (+2 parties) and not its report part, and was deleted
(docs/extraction.md, "Round 5: dev-only rules deleted"). Round 12 reads it only where the office
with its country stands in the paragraph of the person's first mention or the one before, with
no other country named between ("The Ethiopian government rejected the report. "...,"
government spokesman X said"): news prose names the body, then quotes its spokesman
(``_written_just_before``, marked weaker).

The country an article names most is no evidence: as a fallback ("an untitled official speaks
for the country the article is about", even with a lead of twice the next country) it named 5
right and 5 wrong parties on the foreign-dev development part and 2 right and 2 wrong on its
report part. Articles about a conflict or a reaction name the other side most (Ireland's
foreign minister under Russia), so it was deleted (docs/extraction.md, "Round 5").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from briefings.extract.actors import actors_in
from briefings.extract.article import Article
from briefings.extract.lexicon import union, words
from briefings.extract.resolve import Resolver
from briefings.extract.titles import TITLE_LINKS, title_vocabulary, title_words_before

# "of" and the capitalised run after it, on the office's line and in its sentence ("Secretary of
# State Antony Blinken.\n\nArmenian Foreign Minister X" names no Armenian office)
_COUNTRY_AFTER = re.compile(r"[ \t]+of[ \t]+((?:the[ \t]+)?(?:[A-Z][\w'’-]*(?:\.(?=[A-Z]))*[ \t]*){1,5})")
_JUST_BEFORE = 600  # characters from the office written with its country to the person's first mention
_BREAKS = re.compile(r"\n\s*")  # paragraph breaks: the office's paragraph or the one before the person's
_HOLDER_GAP = re.compile(r"\s*,\s*(?:the\s+|an?\s+)?\Z")  # "Susan Rice, the U.S. ambassador"


def office_of(title: str) -> list[str]:
    """The office a title holds, without its country or organisation: "Russian Deputy Foreign
    Minister" → ["deputy", "foreign", "minister"]; [] if no title word ends it."""
    kept = [w.lower() for w in title.replace("’", "'").split()
            if not actors_in(w) and w.lower() not in TITLE_LINKS and not w.endswith("'s")]
    while kept and kept[-1] not in title_vocabulary():
        kept.pop()
    return kept


def _phrases(office: list[str]) -> list[list[str]]:
    """The office and each shorter run of its words that ends in a title word or names a body
    ("foreign ministry" of "foreign ministry spokesperson"), longest first. A modifier is no
    office: "foreign" of "Foreign Minister" is found in "Egyptian Foreign Ministry"."""
    heads = union("role_nouns", "title_words", "org_words") - words("title_modifiers")
    return [office[:k] for k in range(len(office), 0, -1) if office[k - 1] in heads]


@dataclass
class Offices:
    """Countries whose office the article names: held by the speaker, by someone else, or by
    no one named (each country with the words that name its office, first written)."""

    own: dict[str, str] = field(default_factory=dict)
    held: dict[str, str] = field(default_factory=dict)
    unheld: dict[str, str] = field(default_factory=dict)


def office_country(article: Article, resolver: Resolver, name: str,
                   titles: list[str]) -> tuple[str | None, str | None]:
    """The party of the official ``name`` whose ``titles`` name no country (module docstring)."""
    offices = Offices()
    for title in titles:
        office = office_of(title)
        if set(office) & words("academic_bodies"):
            continue  # "X of the Japan Institute of ...": the country is where the body is, not whose
        for phrase in _phrases(office):
            _read_office(article, resolver, name, phrase, offices)
    if len(offices.own) == 1:
        country, written = next(iter(offices.own.items()))
        return country, f"the article writes the office with its country and {name} as its holder: {written!r}"
    candidates = offices.unheld.keys() - offices.held.keys()
    if len(candidates) == 1 and (just := _written_just_before(article, resolver, name, titles, *candidates)):
        return next(iter(candidates)), just
    if candidates:
        return None, (f"the article names that office of {' and '.join(sorted(candidates))}, never with {name} as "
                      f"its holder: whose is {name}?")
    return None, f"the article does not say whom {name} speaks for"


def _written_just_before(article: Article, resolver: Resolver, name: str, titles: list[str],
                         country: str) -> str | None:
    """ "The Ethiopian government rejected the report. "...," government spokesman X said": the
    office written with its country, held by no one named, in the paragraph of the person's first
    mention or the one before, with no other country named between or in the office's sentence
    ("Bahrain's crown prince met the Jordanian king. / King Hamad said" gave Jordan, attack12):
    the person is that office's (weaker). Further away, or with another country there, the
    article does not say."""
    people = sorted(list(resolver.people_named(name)) + list(resolver.surnames_for(name)), key=lambda m: m.start)
    if not people:
        return None
    first = people[0].start
    for title in titles:
        for phrase in _phrases(office_of(title)):
            for written, start, end, words_ in _written_with_country(article, phrase):
                between = article.masked[article.sentence_at(start).start:first]  # the office's sentence on
                if written == country and 0 <= first - end <= _JUST_BEFORE and len(_BREAKS.findall(between)) <= 1 \
                        and _holder(article, resolver, start, end) is None and \
                        all(actor == country for actor, kind in actors_in(between) if kind == "country"):
                    return (f"weaker: the article writes the office with {country}, held by no one named, "
                            f"just before {name}: {words_!r}")
    return None


def _read_office(article: Article, resolver: Resolver, name: str, phrase: list[str], offices: Offices) -> None:
    for country, holder, written in _occurrences(article, resolver, phrase):
        kept = offices.own if holder == name else offices.held if holder else offices.unheld
        kept.setdefault(country, written)


def _occurrences(article: Article, resolver: Resolver | None,
                 phrase: list[str]) -> Iterator[tuple[str, str | None, str]]:
    """(country, holder or None, the words) for every place the article writes ``phrase`` with a
    country."""
    for country, start, end, written in _written_with_country(article, phrase):
        yield country, _holder(article, resolver, start, end) if resolver else None, written


def _written_with_country(article: Article, phrase: list[str]) -> list[tuple[str, int, int, str]]:
    """(country, start, end of the office, the words) for every place the article writes
    ``phrase`` with a country: found once per article and phrase (a search of the whole text,
    asked again for every official with that office, made long articles quadratic)."""
    key = ("office", *phrase)
    if key in article.memo:
        return article.memo[key]
    masked, found = article.masked, []
    for match in phrase_written_at(article, phrase):
        before, start = title_words_before(masked, match.start())
        country, end = _last_country(before), match.end()
        if country is None:
            country = _country_after(masked, end)
            end = _COUNTRY_AFTER.match(masked, end).end() if country else end  # type: ignore[union-attr]
        if country:
            found.append((country, start, match.end(), " ".join(masked[start:end].split())))
    article.memo[key] = found
    return found


def phrase_written_at(article: Article, phrase: list[str]) -> Iterator[re.Match[str]]:
    """Every place the article writes ``phrase`` (lower case) as whole words, in any case. The
    search runs over the text in lower case with a pattern that opens with the phrase's first
    word, which the regular expression engine finds as fast as ``str.find`` (a case-blind
    pattern opening with a look-behind tried every position of the text: 26 ms a phrase on
    1 MB)."""
    if ("lowered",) not in article.memo:  # None where a letter's lower case is longer ("İ")
        lowered = article.masked.lower()
        article.memo["lowered",] = lowered if len(lowered) == len(article.masked) else None
    lowered = article.memo["lowered",]
    pattern = r"\s+".join(map(re.escape, phrase)) + r"(?![\w-])"
    if lowered is None:
        yield from re.finditer(r"(?<![\w-])" + pattern, article.masked, re.IGNORECASE)
        return
    for match in re.finditer(pattern, lowered):
        before = lowered[match.start() - 1:match.start()]
        if not before or not (before.isalnum() or before in "_-"):
            yield match


def _last_country(phrase: str) -> str | None:
    countries = [actor for actor, kind in actors_in(phrase) if kind == "country"]
    return countries[-1] if countries else None


def _country_after(masked: str, end: int) -> str | None:
    """ "the foreign minister of Ruritania": a country named right after "of"."""
    match = _COUNTRY_AFTER.match(masked, end)
    found = actors_in(match.group(1)) if match else []
    return found[0][0] if found and found[0][1] == "country" else None


def _holder(article: Article, resolver: Resolver, start: int, end: int) -> str | None:
    """The person named right after the office ("Russian President Y", "the Russian
    president, Y,") or just before it with the office set off by a comma ("Y, the Russian
    president,"), else None."""
    for person in article.mentions_between(start, end + 80)[:1]:
        if person.kind == "person" and (person.start < end or article.masked[end:person.start].strip() in ("", ",")):
            return resolver.full_name(person.name)
    before = article.mentions_before(start, 1)
    if before and before[-1].kind == "person" and _HOLDER_GAP.match(article.masked, before[-1].end, start):
        return resolver.full_name(before[-1].name)
    return None


def body_country(article: Article, body: str) -> tuple[str | None, str | None]:
    """The country of a government body named by common words ("the Foreign Ministry", "the
    ministry", "a Foreign Ministry spokesman"): the one country the article writes the same
    body with ("the Japanese Foreign Ministry"), else none (as for an official, module
    docstring)."""
    words_ = [w.lower() for w in body.replace("’", "'").split() if w.lower() not in TITLE_LINKS | {"a", "an"}]
    heads = union("role_nouns", "title_words", "org_words")
    for k in range(len(words_), 0, -1):
        if words_[k - 1] not in heads or words_[k - 1] in words("title_modifiers"):
            continue  # "Foreign Office spokesperson" is not the body of "Argentina's foreign minister"
        written = {country: text for country, _, text in reversed(list(_occurrences(article, None, words_[:k])))}
        countries = set(written)
        if len(countries) == 1 and _bare_first(article, words_[:k]):
            return None, (f"the article names the {' '.join(words_[:k])} with no country before it names "
                          f"that of {next(iter(countries))}: whose?")
        if len(countries) == 1:
            country = next(iter(countries))
            return country, (f"weaker: {body!r} names no country; the article writes the same body of {country} "
                             f"and of no other: {written[country]!r}")
        if countries:
            return None, f"the article names the {' '.join(words_[:k])} of {' and '.join(sorted(countries))}: whose?"
    return None, f"the article does not say whose {body.lower()} this is"


def _bare_first(article: Article, phrase: list[str]) -> bool:
    """Whether the article writes ``phrase`` with no country before it first writes it with one:
    "the Foreign Ministry said" in a Tokyo report, then "China's Foreign Ministry rejected the
    protest", is Japan's ministry first; the later country says nothing of it."""
    spans = [(start, end) for _, start, end, _ in _written_with_country(article, phrase)]
    first = min(start for start, _ in spans)
    return any(match.start() < first and not any(s <= match.start() < e for s, e in spans)
               for match in phrase_written_at(article, phrase))


def is_official(titles: list[str]) -> bool:
    """A title with a word of government office ("Foreign Minister", "Ambassador")."""
    return any(w.lower() in words("government_titles") for t in titles for w in t.split())

