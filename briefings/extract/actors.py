"""Which actor a phrase names: a country's government, an international organisation or a body.

``actor_in("Russian Deputy Foreign Minister")`` is ``"Russia"``; ``actor_in("UN envoy")`` is
``"United Nations"``; ``actor_in("the Kremlin")`` is ``"Russia"``. Countries come from pycountry
(a maintained ISO 3166 package) and five data tables in ``lexicon/``: ``demonyms`` (nationality
adjectives), ``country_aliases`` (names pycountry lacks or gives formally: "Britain",
"Türkiye"), ``country_short_names`` (the common short name a briefing uses for a formal ISO
name: "Russian Federation" → "Russia"), ``metonyms`` (seats of government: "Kremlin",
"Brussels") and ``national_bodies`` (a government's departments and agencies named without
their country: "DHS", "the FSB"; a government body speaks for its country). International
organisations, their bodies and acronyms are in ``organisations``.
The leftmost actor in the phrase wins: "Russian ambassador to the UN" speaks for Russia.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib.resources import files

import pycountry

from briefings.extract.lexicon import union, words

_TOKEN = re.compile(r"[^\W\d_][\w'’.-]*[\w.]|[^\W\d_]")  # any letter opens a word: "Łódź", "Šiauliai"
_POSSESSIVE = re.compile(r"['’]s?$")
# "Russian-installed governor", "Ukrainian-appointed head": put in office by that government, which
# they speak for ("Russian-backed" leaders speak for the body they lead)
_PUT_IN = re.compile(r"-(?:installed|appointed)$")
_LONGEST = 7  # words in the longest name the tables hold ("Organisation for Security and Cooperation in Europe")
# capitalised at a sentence's start or in a headline, never part of a name: "The European Union"
_OPENERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "former", "acting", "then", "new", "and",
                      "but", "in", "on", "at", "by", "for", "of", "to", "with", "from", "as", "when", "while", "after",
                      "before", "if", "its", "his", "her", "their", "our", "both", "all", "under"})


@cache
def _table(name: str) -> dict[str, str]:
    """A ``key<TAB>value`` data file of ``lexicon/`` (keys as written)."""
    text = files("briefings.extract.lexicon").joinpath(f"{name}.txt").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {key.strip(): value.strip() for key, value in rows}


@cache
def short_country_name(iso_name: str) -> str | None:
    """The common English short name of a country pycountry knows by ``iso_name``."""
    country = pycountry.countries.get(name=iso_name) or pycountry.countries.get(common_name=iso_name) \
        or pycountry.countries.get(official_name=iso_name)
    if country is None:
        return None
    short = _table("country_short_names").get(country.alpha_2)
    return short or getattr(country, "common_name", None) or country.name


def is_region(name: str) -> bool:
    """Whether a name is a world region ("Southern Africa", "the Sahel", "Western Balkans"): a
    place that is no country's and never speaks (``lexicon/regions.txt``)."""
    low = name.strip().lower()
    return low.removeprefix("the ") in words("regions")


@lru_cache(maxsize=65536)
def country_or_organisation(name: str) -> tuple[str, str] | None:
    """(actor, "country" | "organisation") for a name as written, or None."""
    name = name.strip().replace("’", "'")
    for table, kind in (("organisations", "organisation"), ("country_aliases", "country"),
                        ("metonyms", "country"), ("national_bodies", "country")):
        if name in _table(table):
            actor = _table(table)[name]
            return actor, "organisation" if actor in _organisation_names() else kind
    if len(name) > 3 and name.istitle() and name.isalpha() and name.upper() in _table("organisations"):
        return country_or_organisation(name.upper())  # "Nato", "Unesco": British house style
    demonyms = _demonyms()
    if name.casefold() in demonyms and name[:1].isupper():
        return demonyms[name.casefold()], "country"
    if len(name) > 3 and name[:1].isupper() and name.casefold() not in words("ambiguous_countries"):
        country = short_country_name(name)  # never an ISO code ("IN", "IT"), nor two countries' name
        if country:
            return country, "country"
    return None


@cache
def _first_words() -> frozenset[str]:
    """The first word of every name a table or pycountry holds, as written and capitalised."""
    names = [*_table("organisations"), *_table("country_aliases"), *_table("metonyms"), *_table("demonyms"),
             *_table("national_bodies")]
    for country in pycountry.countries:
        names += [country.name, getattr(country, "common_name", ""), getattr(country, "official_name", "")]
    firsts = {name.split()[0] for name in names if name.split()}
    return frozenset(firsts | {w.capitalize() for w in firsts} | {w.upper() for w in firsts})


def demonym_table() -> dict[str, str]:
    """Nationality adjective or abbreviation, as written → the country's common short name
    (``lexicon/demonyms.txt``; drafting reads the same table)."""
    return _table("demonyms")


@cache
def nationality_of(country: str) -> str | None:
    """The first nationality adjective ``lexicon/demonyms.txt`` gives for ``country``
    ("Belarus" → "Belarusian"), or None."""
    return next((adjective for adjective, name in _table("demonyms").items()
                 if name == country and adjective.istitle() and "." not in adjective), None)


def seat_table() -> dict[str, str]:
    """A capital or seat of government, as written → the actor news means by it
    (``lexicon/metonyms.txt``; drafting reads the same table)."""
    return _table("metonyms")


@cache
def _organisation_names() -> frozenset[str]:
    return frozenset(_table("organisations").values())


@cache
def _demonyms() -> dict[str, str]:
    return {key.casefold(): value for key, value in _table("demonyms").items()}


def actors_in(phrase: str) -> list[tuple[str, str]]:
    """Every actor the phrase names, left to right: [(actor, kind)] (longest names first)."""
    tokens = [_POSSESSIVE.sub("", t) if t.endswith(("'s", "’s")) else _sentence_stop_off(_PUT_IN.sub("", t))
              for t in _TOKEN.findall(phrase)]
    found: list[tuple[str, str]] = []
    i = after_body = 0
    while i < len(tokens):
        if tokens[i].replace("’", "'") not in _first_words():  # no name the tables hold opens here
            i += 1
            continue
        for size in range(min(_LONGEST, len(tokens) - i), 0, -1):
            hit = country_or_organisation(" ".join(tokens[i:i + size]))
            if hit:
                if not _place_in_a_name(tokens, i, size) and not _others_officer(tokens, i, size, after_body):
                    found.append(hit)
                i += size
                after_body = i if hit[1] == "organisation" else 0
                break
        else:
            i += 1
    return found


_OFFICERS = frozenset({"secretary-general", "secretary general", "under-secretary-general"})


def _others_officer(tokens: list[str], i: int, size: int, after_body: int) -> bool:
    """ "NATO Secretary General", "GCC Secretary-General", "the Secretary-General of the Arab
    League": the table reads a bare secretary general as the UN's, but one written right after
    another organisation's name, or before "of" and the body it serves, is that body's officer."""
    if " ".join(tokens[i:i + size]).lower() not in _OFFICERS:
        return False
    return (after_body == i and i > 0) or tokens[i + size:i + size + 1] == ["of"]


def _sentence_stop_off(token: str) -> str:
    """ "Portugal." at a sentence's end is the word "Portugal": a token's one full stop, at its
    end, is the sentence's (an abbreviation's stops stay: "U.S.", "U.N.")."""
    return token[:-1] if token.endswith(".") and token.count(".") == 1 and len(token) > 2 else token


def _place_in_a_name(tokens: list[str], i: int, size: int) -> bool:
    """ "Carnegie Moscow Center", "Moscow State University": a capital inside a longer proper
    name is a place in the body's name, not its government (a title word beside it is no name:
    "Kremlin Spokesman"); so is an organisation's body after another capitalised word ("National
    Security Council" is no UN body, nor is the African Union's "Peace and Security Council"); a
    national body followed by "of" is that country's."""
    name = " ".join(tokens[i:i + size])
    if _region_or_branch(tokens, i, size, name):
        return True
    if name in _table("national_bodies") and tokens[i + size:i + size + 1] == ["of"]:
        return True  # "the Foreign Office of Pakistan": the country after "of" says whose
    if _in_an_academic_name(tokens, i, size):
        return True
    if (size > 1 or not name.isupper()) and name in _table("organisations"):  # "National Security Council"
        # and "Kataib Hezbollah", another group than Hezbollah ("NATO", "UN" keep a word before them)
        neighbours = tokens[i - 1:i] if tokens[i - 1:i] != ["and"] else tokens[max(0, i - 2):i - 1]  # "Peace and"
    elif name in _table("metonyms"):
        neighbours = tokens[i - 1:i] + tokens[i + size:i + size + 1]
    else:
        return False
    return any(w[:1].isupper() and w.lower() not in _title_words() and w.lower() not in _OPENERS
               and "-" not in w and not country_or_organisation(w) for w in neighbours)  # "Iran-backed Hezbollah"


def _region_or_branch(tokens: list[str], i: int, size: int, name: str) -> bool:
    """ "Northern Ireland Office": a compass word before a country makes a region, not its
    government; "the Warsaw office of X": a capital before "office" is where a body's branch is."""
    if i and tokens[i - 1][:1].isupper() and tokens[i - 1].lower() in words("compass_words"):
        return True
    return name in _table("metonyms") and tokens[i + size:i + size + 1] != [] and tokens[i + size] in _BRANCH_WORDS


_NAME_LINKS = frozenset({"of", "for", "and", "on"})
_BRANCH_WORDS = frozenset({"office", "bureau", "branch"})  # after a city: a body's branch there


def _in_an_academic_name(tokens: list[str], i: int, size: int) -> bool:
    """ "University of Brasilia", "Japan Institute of International Affairs": the capitalised
    run around the place (with "of", "for", "and", "on" inside it) holds a word of
    ``academic_bodies``, or of ``non_state_words`` ("Free Syrian Army", "Open Society Georgia
    Foundation": a group outside the government)."""
    run: list[str] = []
    for step, k in ((-1, i - 1), (1, i + size)):
        while 0 <= k < len(tokens) and len(run) < 12 and \
                (tokens[k][:1].isupper() or (tokens[k] in _NAME_LINKS and 0 < k < len(tokens) - 1)):
            run.append(tokens[k].lower())
            k += step
    return bool(set(run) & union("academic_bodies", "non_state_words", "project_words"))


@cache
def _title_words() -> frozenset[str]:
    return union("role_nouns", "title_words", "title_modifiers")


def actor_in(phrase: str) -> tuple[str, str] | None:
    """The leftmost actor the phrase names, or None."""
    found = actors_in(phrase)
    return found[0] if found else None
