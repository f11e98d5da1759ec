"""The titles an article gives a person, read from the text around each mention of them.

A title is written before the name ("Chinese Foreign Ministry spokeswoman X"), before it and
set off by a comma ("Pakistan's foreign minister, X,"), or after it in an apposition: with an
article or a possessive ("X, the U.S. ambassador to the UN,", "X, Iran's foreign minister,"),
bare ("X, deputy foreign minister of Iran,", "X, spokesman for the Taliban,"), in a relative
clause ("X, who is Iran's foreign minister,") or as a workplace ("X, Americas director at Y.").
A later mention by surname alone counts as much as the first ("Tarin, Iran's top negotiator,").
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from briefings.extract.actors import actors_in, country_or_organisation
from briefings.extract.affiliations import affiliations
from briefings.extract.article import Article
from briefings.extract.its_titles import body_for_its
from briefings.extract.labels import holds_government_body, ties_to_someone
from briefings.extract.lede import revealed
from briefings.extract.lexicon import union, words
from briefings.extract.mention import Mention
from briefings.extract.orgnames import article_acronyms, spelled_out
from briefings.extract.shape import is_demonym

if TYPE_CHECKING:  # the resolver reads titles too (``introduced_with_title``)
    from briefings.extract.resolve import Resolver

TITLE_LINKS = frozenset({"of", "the", "for", "to", "and", "on", "at", "in"})
_ACRONYM_IN_BRACKETS = re.compile(r"\([A-Z]{2,8}\)")
_WORD_BEFORE = re.compile(r"(\([A-Z]{2,8}\)|[\w'’.-]+)[ \t\u00a0]*\Z")  # on the same line
_TITLE_REACH = 10  # words read back from a name for its title
# an abbreviation's stops before a lower-case word ("Britain's U.N. ambassador, X,") end no sentence;
# a dash ends a dateline ("KHERSON, Ukraine (AP) — The governor, X,")
_COMMA_TITLE = re.compile(r"(?:^|[.;:\"“”\n—–]|,|\s-\s)\s*"
                          r"((?:(?!\s-\s)[^.;:\"“”\n,—–]|(?:[A-Z]\.){2,}(?=\s+[a-z]))+),\s*$")
# where an apposition ends: a comma, a semicolon, a line's or the text's end, or a full stop
# after a lower-case word ("... of Iran. He said": not the stop of "U.S.")
# the end of an apposition; an acronym in brackets may close the body it names ("... (RSIS),")
_END = r"(?:\s+\([A-Z][A-Za-z]{1,9}\))?\s*(?:,|;|\.?\n|\.?$|(?<=[a-z])\.(?=\s)|(?<=\))\.(?=\s))"
_APPOSITION = re.compile(r",\s+((?:the|a|an|then|now|former|his|her|their)\s[^,;:()]+?"
                         r"|[A-Z][\w'’.]+['’]s\s[^,;:()]+?)" + _END)
_RELATIVE = re.compile(r",\s+who\s+(?:is|was|serves\s+as|served\s+as|became)\s+([^,;:()]+?)" + _END)
_BARE = re.compile(r",\s+([\w'’.-]+(?:\s+[^,;:()\n]+?)?)" + _END)
_AFFILIATION = re.compile(r",\s+((?:(?:the|a|an)\s+)?(?:[\w'’.-]+\s+){0,3}?([\w'’-]+)\s+(?:at|with)\s+(?:the\s+)?"
                          r"([A-Z][\w'’&.-]*(?:\s+(?:of|for|and|on|[A-Z][\w'’&.-]*))*))" + _END)
_THE_COUNTRY = re.compile(r"\b(?:the|his|her|its|their)\s+(?:country|nation|kingdom|republic)['’]s", re.IGNORECASE)
_THE_ORGANISATION = re.compile(r"\b(?:the|its)\s+(?:bloc|alliance|organi[sz]ation|union|league)['’]s", re.IGNORECASE)
_COUNTRY_REACH = 600  # characters read back for the country "the country's" stands for
_BEFORE_OFFICE = frozenset({"former", "ex"})
_CUES_BEFORE_TITLE = frozenset({"said", "says", "added", "told", "wrote", "according", "to"})
_NOT_MODIFIERS = frozenset({"who", "whose", "which", "where", "when", "while", "whom", "his", "her", "its", "their"})
_COUNTERPART = re.compile(r"(?:\b([\w'’.-]+)\s+)?\bcounterparts?\b", re.IGNORECASE)
_COUNTERPART_FROM = re.compile(r"\bcounterparts?\s+(?:from|in)\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)")
# words that open an adverbial clause before a name, never a title: "After meeting the U.N. envoy, X"
# ("As the U.N. envoy, X said" gives the office X speaks in, and stays)
_CLAUSE_OPENERS = words("prepositions") - {"of", "for"} | {"after", "before", "while", "when", "during", "following",
                                                           "despite", "unlike", "since", "until", "once", "if"}
_SET_OFF = re.compile(r",[ \t]*(?:(?:a|an|the)[ \t]+)?\Z")  # "the U.N. envoy, a Norwegian diplomat, X"
_AGE = re.compile(r",\s+\d{1,3}(?=,)")
_BARE_REACH = 5  # words of a bare apposition within which its title word must come


@cache
def title_vocabulary() -> frozenset[str]:
    """Words a title is made of: role nouns, titles and their modifiers."""
    return union("role_nouns", "title_words", "title_modifiers", "independent_roles")


class Title(str):
    """A title as ``party`` reads it, with where the article gives it (``how``) and the words
    as written (``said``): the evidence a party found in it quotes them."""

    how: str
    said: str

    def __new__(cls, text: str, how: str, said: str = "") -> Title:
        title = super().__new__(cls, text)
        title.how, title.said = how, said or text
        return title


def evidence_of(title: str) -> str:
    """ "the title before the name: 'Russian Deputy Foreign Minister'" (a plain string is a
    title with no known place)."""
    return f"{getattr(title, 'how', 'the title')}: {getattr(title, 'said', title)!r}"


def without_ties(titles: list[str]) -> tuple[list[str], tuple[str | None, str | None] | None]:
    """The titles that are posts, and why a tie among them ("Kremlin ally") states no party."""
    ties = [title for title in titles if ties_to_someone(title)]
    posts = [title for title in titles if title not in ties]
    return posts, (None, f"{evidence_of(ties[0])}: a tie to whom it names, not a post") if ties else None


def acronyms_spelled_out(article: Article, title: str) -> str:
    """ "RSF adviser" where the article wrote "the Rapid Support Forces (RSF)": "Rapid Support
    Forces adviser". The article's own acronyms come before the table's (which knows RSF as
    Reporters Without Borders, a wrong party), and so does the one name it spells out without
    brackets where the table knows the acronym as another body ("The Rapid Support Forces denied
    ... RSF spokesman X"). Only then: "NLD spokesman" after "The National League for Democracy
    said" lost its party, as the spelled-out words read as no body's name (attack12 probe)."""
    defined, words_ = article_acronyms(article), title.split()
    defined = defined | {w: full for w in words_ if w not in defined and country_or_organisation(w)
                         and (full := spelled_out(article, w))}
    if not any(word in defined for word in words_):
        return title
    return Title(" ".join(defined.get(word, word) for word in words_), getattr(title, "how", "the title"),
                 getattr(title, "said", title))


def is_counterpart(title: str) -> bool:
    """A title of someone's counterpart: of another side than the person it names."""
    return _COUNTERPART.search(title) is not None


def counterpart_side(title: str) -> str | None:
    """ "her Iranian counterpart", "his counterpart from Iran": a counterpart speaks for the side
    the word before or the place after "from" names, and never for the person or country whose
    counterpart they are ("Lind's counterpart", "the counterpart of Sweden's minister" are of
    another side, which the title does not name): None then."""
    before, after = _COUNTERPART.search(title), _COUNTERPART_FROM.search(title)
    found = (country_or_organisation(before.group(1)) if before and before.group(1) else None) or \
        (country_or_organisation(after.group(1)) if after else None)
    return found[0] if found else None


def titles_of(article: Article, resolver: Resolver, name: str) -> list[str]:
    """The titles and appositions the article gives the person ``name``, in reading order, each
    a :class:`Title` that says where it stands."""
    stated: list[str] = []  # "speaking on behalf of Y": read before every title
    titles: list[str] = []
    for person in mentions_of(article, resolver, name):
        read = len(titles)  # this mention's titles follow, each read back where it is written
        titles += _revealed_role(article, person)
        before = title_before(article, person)
        titles += _titles_before(article, person, before)
        if person.role and person.role not in before:  # the mention holds its title
            titles.append(Title(f"{before} {person.role}" if before.lower() in _BEFORE_OFFICE else person.role,
                                "the title in the mention"))
        titles.append(Title(apposition_after(article, person), "the apposition after the name"))
        said, after = affiliations(article, person, titled=bool(before or person.role or person.surface != person.name))
        stated += [Title(phrase, "the sentence says whom they speak for", words) for phrase, words in said]
        titles += [Title(phrase, how, words) for phrase, how, words in after]
        titles[read:] = [found for title in titles[read:] if title
                         if (found := _its_body(article, _country_named(article, title, person.start), person.start))]
    return stated + titles


def _revealed_role(article: Article, person: Mention) -> list[str]:
    """ "Germany's finance minister pushed back … / Christian Weber told reporters" (``lede``)."""
    reveal = revealed(article)
    return [Title(reveal[0].surface, "the role the paragraph before gives them")] \
        if reveal and reveal[1] is person else []


def _titles_before(article: Article, person: Mention, before: str) -> list[Title]:
    """The title before a name, after an organisation's office set off before it, if any."""
    if not before or before.lower() in _BEFORE_OFFICE:
        return []
    office = _office_set_off_before(article, person, before)
    return ([Title(office, "the organisation's office set off before the name's title")] if office else []) + \
        [Title(before, "the title before the name")]


def _country_named(article: Article, title: str, position: int) -> str:
    """ "the country's foreign minister", "the bloc's top diplomat": the country (or the
    organisation) is the one the article named last before the person; the title is given with
    its name in place of the common noun, and its evidence says the name was read back."""
    for pattern, wanted in ((_THE_COUNTRY, "country"), (_THE_ORGANISATION, "organisation")):
        match = pattern.search(title)
        if match is None:
            continue
        before = article.masked[max(0, position - _COUNTRY_REACH):position]
        named = [actor for line in before.splitlines() for actor, kind in actors_in(line) if kind == wanted]
        if not named or wanted == "organisation" and _unlisted_body_after(article, named[-1], position):
            return title
        how = f"{getattr(title, 'how', 'the title')}, {match.group(0)!r} read as {named[-1]}, " \
              f"the {wanted} the article names last before (weaker than a name)"
        return Title(f"{title[:match.start()]}{named[-1]}'s{title[match.end():]}", how, getattr(title, "said", title))
    return title


def _unlisted_body_after(article: Article, listed: str, position: int) -> bool:
    """Whether a body the tables do not hold is named after the last mention of ``listed`` and
    before ``position``: "ECOWAS regretted it. The Southern African Development Community said
    ... the bloc's secretary" is SADC's, not ECOWAS's, so the bloc is read as neither."""
    reach = max(0, position - _COUNTRY_REACH)
    last = max((m.start for m in article.mentions_between(reach, position)
                if m.kind == "org" and any(actor == listed for actor, _ in actors_in(m.name))), default=reach)
    return any(m.kind == "org" and not actors_in(m.name) and not holds_government_body(m.name)
               for m in article.mentions_between(last + 1, position))


def _its_body(article: Article, title: str, position: int) -> str:
    """ "Its spokesman, X,": the title with the body "its" stands for (``its_titles``)."""
    read = body_for_its(article, title, position)
    if read is None:
        return title
    return Title(read[0], f"{getattr(title, 'how', 'the title')}, {read[1]}", getattr(title, "said", title))


def mentions_of(article: Article, resolver: Resolver, name: str) -> list[Mention]:
    """The mentions of the person ``name``: full ones, and surnames alone that stand for them."""
    found = list(resolver.people_named(name))
    seen = {(mention.start, mention.end) for mention in found}
    found += [mention for mention in resolver.surnames_for(name) if (mention.start, mention.end) not in seen]
    return sorted(found, key=lambda m: m.start)


def apposition_after(article: Article, person: Mention) -> str:
    """The apposition after a name up to its end (module docstring); a title with its workplace
    ("X, Americas director at Amnesty International.") is given as "Amnesty International
    director"."""
    age = _AGE.match(article.masked, person.end)  # "X, 45, a teacher from Y,"
    start = age.end() if age else person.end
    end = min(len(article.masked), start + 120)
    affiliation = _AFFILIATION.match(article.masked, start, end)
    if affiliation and affiliation.group(2).lower() in title_vocabulary():
        return f"{affiliation.group(3).rstrip('.')} {affiliation.group(2)}"
    for pattern in (_APPOSITION, _RELATIVE):
        match = pattern.match(article.masked, start, end)
        if match:
            return match.group(1)
    bare = _BARE.match(article.masked, start, end)
    return bare.group(1) if bare and is_bare_title(bare.group(1)) else ""


def is_bare_title(phrase: str) -> bool:
    """ "deputy foreign minister of Iran", "Swedish Prime Minister", "head of the delegation":
    a phrase without an article that opens with title words (or a nationality) and holds a
    title word within its first words, before any preposition."""
    words_ = phrase.replace("’", "'").split()
    vocabulary = title_vocabulary() | {"head", "chief", "leader", "director"}
    head = []
    for word in words_[:_BARE_REACH]:
        if word.lower() in TITLE_LINKS:
            break
        head.append(word)
    opens = head and (head[0].lower() in vocabulary or head[0][:1].isupper() or  # "press secretary to X"
                      len(head) == 2 and head[0].isalpha() and head[0].islower() and head[0] not in _NOT_MODIFIERS)
    return bool(opens) and head[-1].lower() in vocabulary


def title_before(article: Article, person: Mention) -> str:
    """The title words written just before a name, on its line: "Chinese Foreign Ministry
    spokeswoman X", or set off by a comma: "Pakistan's foreign minister, X," . Words read back
    stop at another person's name, a surname too: in "Danish Foreign Minister X and Swedish
    Foreign Minister Y" Y's title is "Swedish Foreign Minister" (it was X's as well: a wrong party
    for Y), in "Germany's Scholz and Poland's Tusk" Tusk's is "Poland's"."""
    title, start = title_words_before(article.masked, person.start)
    others = [m for m in article.mentions_between(start, person.start) if m.end <= person.start and (
        m.kind == "person" or m.kind == "name1" and not actors_in(m.name))]  # "Germany's Scholz and Poland's Tusk"
    if title and others:
        kept = article.masked[others[-1].end:person.start].split()
        while kept and kept[0].lower() in TITLE_LINKS | {","}:
            kept.pop(0)
        title = " ".join(kept)
    return title or _title_before_comma(article, person)


def title_words(article: Article, person: Mention) -> set[str]:
    """Every lower-case word of the titles the article gives this mention of a person: its own
    run's, the title before it and the apposition after it."""
    phrases = (title_before(article, person), apposition_after(article, person))
    return set(person.titles) | {word.lower() for phrase in phrases for word in phrase.replace("’", "'").split()}


def introduced_with_honorific(person: Mention) -> bool:
    """Whether a person is introduced with an honorific ("Professor", "Dr", "Mr") before the name,
    or a style of two words ("Tan Sri", "Datuk Seri": the first word alone is none, so "Tan Sri
    Othman Hashim ... Othman said" kept `Othman`)."""
    opening = [word.lower().rstrip(".") for word in person.surface.split()[:2]]
    return person.surface != person.name and (opening[0] in words("honorifics") or
                                              " ".join(opening) in words("honorifics"))


def introduced_with_title(article: Article, person: Mention) -> bool:
    """Whether the article gives this mention of a person a title: in its own capitalised run
    ("Foreign Minister X"), before it ("Chinese Foreign Ministry spokeswoman X", "South
    Korea's unification minister, X,") or in an apposition after it ("X, the envoy,"). A title
    word must be among the words: a headline's capitalised run before a name is none."""
    if person.titles:
        return True
    vocabulary = title_vocabulary()
    return any(word.lower() in vocabulary
               for phrase in (title_before(article, person), apposition_after(article, person))
               for word in phrase.replace("’", "'").split())


def title_words_before(masked: str, end: int) -> tuple[str, int]:
    """The title written just before ``end`` on its line ("Chinese Foreign Ministry
    spokeswoman"): capitalised words, title words and their links, read back; and where it
    starts. A word that ends a sentence ("Russia.") stops the reading."""
    kept: list[tuple[str, int]] = []
    origin = end
    vocabulary = title_vocabulary()
    while len(kept) < _TITLE_REACH:
        match = _WORD_BEFORE.search(masked, max(0, end - 40), end)
        if match is None:
            break
        word = match.group(1)
        if word.lower() in _BEFORE_OFFICE:  # "former Foreign Minister X"
            kept.insert(0, (word, match.start()))
            break
        word = word.removeprefix("then-")  # "then-Foreign Minister X": the office at the time
        if not _may_be_in_title(word, vocabulary):
            actor = _actor_before_modifier(masked, match.start(), word)
            if actor is None:
                break
            kept.insert(0, (word, match.start()))  # "Lebanese caretaker Prime Minister X"
            match, word = actor, actor.group(1)
        kept.insert(0, (word, match.start()))
        end = match.start()
    while kept and kept[0][0].lower() in TITLE_LINKS:
        kept.pop(0)
    if _joins_two_offices(kept):
        kept.pop()  # "Qatar's Prime Minister and Foreign Minister X": the first office is X's too
    if kept and kept[-1][0].lower() in TITLE_LINKS:
        kept = []  # "France, Germany and X": a list before a name, no title of it
    start = kept[0][1] if kept else origin
    return " ".join(w for w, _ in kept), start


def _joins_two_offices(kept: list[tuple[str, int]]) -> bool:
    """Whether the words read back end in "<role noun> and", before a name whose own run holds
    the second office ("Deputy Prime Minister and Foreign Minister X"); a list of names or
    countries ("France, Germany and X") ends in no role noun."""
    return len(kept) >= 2 and kept[-1][0].lower() == "and" and kept[-2][0].lower() in words("role_nouns")


def _actor_before_modifier(masked: str, end: int, word: str) -> re.Match[str] | None:
    """ "Lebanese caretaker": a lower-case modifier of a title with the actor's word before it
    (the match of that word), else None."""
    if not (word.isalpha() and word.islower()) or word in TITLE_LINKS or word in words("cues"):
        return None  # "Kremlin says Erdogan …": a headline's verb, no modifier of a title
    before = _WORD_BEFORE.search(masked, max(0, end - 40), end)
    owner = before.group(1) if before else ""
    # an adjective or a possessive owns a modifier ("Lebanese caretaker", "Iraq's interim"); a
    # country's name before a lower-case word is a clause ("… of Norway met Danish Interior Minister X")
    return before if actors_in(owner) and (is_demonym(owner) or owner.endswith(("'s", "’s"))) else None


def _may_be_in_title(word: str, vocabulary: frozenset[str]) -> bool:
    """A capitalised word, a title word or a link, that ends no sentence ("Russia." does)."""
    bare = word[:-2] if word.endswith(("'s", "’s")) else word
    ends_sentence = word.endswith(".") and any(c.islower() for c in word)
    return not ends_sentence and (bare[:1].isupper() or bare.lower() in vocabulary or bare.lower() in TITLE_LINKS
                                  or bool(_ACRONYM_IN_BRACKETS.fullmatch(word)))  # "Green Party (GP) leader X"


def _title_before_comma(article: Article, person: Mention) -> str:
    """ "the French Foreign Minister, Mr X," : the phrase before the comma, if a title ends it."""
    origin = max(0, person.start - 160)
    match = _COMMA_TITLE.search(article.masked[origin:person.start])
    if match is None:
        return ""
    opening = origin + match.start(1)
    others = [m for m in article.mentions_between(opening, person.start)  # not a portfolio's
              if m.kind == "person" and not m.after_preposition and  # "for Human Rights"
              m.surface.split()[-1].lower() not in title_vocabulary()]
    if others:  # "Swedish Prime Minister X met her Danish counterpart, Y,": the words after X
        opening = others[-1].end
    phrase = article.masked[opening:person.start].rstrip().removesuffix(",").split()[-12:]
    while phrase and phrase[0].lower() in _CUES_BEFORE_TITLE:
        phrase = phrase[1:]  # '"...," said Brand's spokesman, X.': the cue is no part of it
    if phrase and phrase[0].lower() in _CLAUSE_OPENERS:
        return ""  # "After meeting the U.N. envoy, Norwegian Foreign Minister X": a clause, no title of X
    head = _without_portfolio(phrase)
    return " ".join(phrase) if head and head[-1].lower() in title_vocabulary() else ""


def _office_set_off_before(article: Article, person: Mention, before: str) -> str:
    """ "ASEAN's special envoy on Myanmar, Thai diplomat X,", "the U.N. envoy, a veteran
    Norwegian diplomat, X,": an organisation's office set off by a comma before the title that
    gives the person's nationality. The article presents them as speaking for the organisation
    (foreign-dev notes, party rule 2), so the office is read first; read only where the title
    names a country and the office an organisation, or where the title names no one ("Russia's
    envoy to NATO, veteran diplomat X,"). Else ""."""
    kinds = {kind for _, kind in actors_in(before)}
    if kinds - {"country"}:
        return ""
    origin = max(0, person.start - 240)
    written = list(re.finditer(r"\s+".join(map(re.escape, before.split())), article.masked[origin:person.start]))
    if not written:
        return ""
    start = origin + written[-1].start()
    comma = _SET_OFF.search(article.masked, max(0, start - 8), start)
    match = _COMMA_TITLE.search(article.masked[origin:comma.start() + 1]) if comma else None
    if match is None:
        return ""
    phrase = match.group(1).split()
    while phrase and phrase[0].lower() in _CUES_BEFORE_TITLE:
        phrase = phrase[1:]  # '"...," said the U.N. envoy, Norwegian diplomat X': no cue
    head = _without_portfolio(phrase)
    office = " ".join(phrase)
    named = actors_in(" ".join(head))  # "special envoy on Myanmar": the portfolio names no one it speaks for
    return office if head and head[-1].lower() in title_vocabulary() and named and \
        (not kinds or all(kind == "organisation" for _, kind in named)) else ""


def _without_portfolio(phrase: list[str]) -> list[str]:
    """ "EU Special Envoy for the Belgrade-Pristina dialogue" → "EU Special Envoy": a title's
    portfolio after "for", "of" or "on" ("special envoy on Myanmar"), a diplomat's host after "to"
    or "in", or a workplace after "at" or "with" ("An analyst at the Carnegie Endowment, X,") is
    cut before the title's last word is read."""
    for k, word in enumerate(phrase):
        if word in ("for", "of", "on", "to", "in", "at", "with") and k and phrase[k - 1].lower() in title_vocabulary():
            return phrase[:k]  # "ambassador to the United Nations": the host is no portfolio either
    return phrase
