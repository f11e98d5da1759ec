"""News outlets as relays: "..., ISNA reported", "according to state-run MENA"; and whoever
quotes or cites a person "as saying" (``quoted_author``).

An agency or paper that reports someone's words is not their speaker; but a paper's own words
("the Global Times wrote in an editorial") are its own. So an outlet is taken for a relay, and
never given the quote, when a person is the subject of the same sentence or was the speaker of
the sentence before in the same paragraph; otherwise it stays the speaker. Outlets are a word
list (``news_outlets.txt``) and names holding a word such as "Agency" or "News"
(``news_outlet_words.txt``).
"""

from __future__ import annotations

import re

from briefings.extract.article import Article
from briefings.extract.lexicon import union, words
from briefings.extract.mention import Mention
from briefings.extract.sentences import Sentence

_PEOPLE = ("person", "pronoun", "name1", "role", "org")  # whose words an outlet may relay
# the head of a lower-case phrase for the press ("state media", "local television", "reports")
_MEDIA_HEADS = frozenset({"media", "television", "tv", "radio", "broadcaster", "newspaper", "newspapers",
                          "outlets", "outlet", "reports", "press", "agencies"})
# patterns compiled once (pysbd fills the re module cache with its own)
_CITING = re.compile(r"\b(?:quoted|cited|quoting|citing)\s+")
_AS_SAYING = re.compile(r"\s+as\s+(?:saying|telling|stating|writing|adding|noting|warning|stressing)\b")
# "quoted a spokesperson for the North's foreign ministry as saying": the role's host between
_HOST_AS_SAYING = re.compile(r"\s+(?:for|of|at|with|from|in)\s+[^,;:\"“”()]{1,80}?" + _AS_SAYING.pattern)
_OBJECT_PRONOUN = re.compile(r"(?:him|her|them)\b")
_UNNAMED = re.compile(r"(?:an?|one|two|three|several)\s", re.IGNORECASE)  # "an official": a label, not resolved


def is_news_outlet(mention: Mention) -> bool:
    """A news agency, broadcaster or paper."""
    name = (mention.name or mention.surface).replace("state-run ", "").lower()
    if mention.kind in ("phrase", "role") and name.split()[-1:] and name.split()[-1] in _MEDIA_HEADS:
        return True  # "according to state media", "Iranian television reported"
    return name in words("news_outlets") or (
        mention.kind in ("org", "person") and any(w in words("news_outlet_words") for w in name.split())) or (
        mention.kind == "role" and any(w in words("news_outlets") for w in name.split()))  # "the ISNA news agency"


def relays(article: Article, sentence: Sentence, mention: Mention,
           speakers: list[tuple[int, str, str]]) -> bool:
    """Whether the outlet ``mention`` relays another speaker's words in ``sentence``."""
    if not is_news_outlet(mention):
        return False
    if relayed_subject(article, sentence, mention) is not None:
        return True
    previous = article.sentence_before_in_paragraph(sentence.start)
    if previous is None:
        return False
    return any(previous.start <= position < sentence.start for position, _, _ in speakers)


def relayed_subject(article: Article, sentence: Sentence, mention: Mention) -> Mention | None:
    """The first person (or a person's role) that is a subject in the sentence an outlet relays:
    "The Crown Prince affirmed the Kingdom's position that '…', according to SPA"."""
    return next((m for m in article.mentions_between(sentence.start, sentence.end)
                 if m is not mention and (m.kind in _PEOPLE or _a_persons_role(m)) and m.subject_like
                 and not is_news_outlet(m)), None)


def _a_persons_role(mention: Mention) -> bool:
    """ "The Crown Prince affirmed …, according to SPA": a definite role phrase headed by a
    person's role noun (not a body's or a document's) is a person too; the agency was the
    speaker (0.99)."""
    head = mention.titles[-1] if mention.titles else ""
    return mention.kind == "role" and mention.surface[:4].lower() == "the " and head in words("role_nouns") \
        and head not in union("org_words", "documents")


def quoted_author(article: Article, sentence: Sentence, mention: Mention) -> Mention | None:
    """ "The Kremlin issued a statement citing X as saying '...'", "the paper quoted X as
    saying", "the agency quoted an unnamed official as saying": the words are X's (or the
    official's: a role phrase only when indefinite, a label; "the president" would be
    resolved), and whoever quotes or cites them (``mention``, before the verb) only relays
    them. "quoted him as saying" gives a pronoun mention the caller does not resolve: the
    relay is still no speaker. None when the sentence says no such thing."""
    masked = article.masked
    for citing in _CITING.finditer(masked, mention.end, sentence.end):
        pronoun = _OBJECT_PRONOUN.match(masked, citing.end())
        if pronoun and _AS_SAYING.match(masked, pronoun.end()):
            return Mention(pronoun.start(), pronoun.end(), pronoun.group(), "pronoun")
        following = article.mentions_between(citing.end(), sentence.end)
        first = following[0] if following else None
        gap = masked[citing.end():first.start] if first else None
        # "citing X", and "citing the X Ministry" (a body's name follows its article); "quoted
        # Foreign Ministry spokesman X as saying": a title before the person
        author = first if first and (gap == "" or gap == "the " and first.kind == "org"
                                     or first.kind == "person" and _title_only(gap or "")) else None
        if author is not None and _relays_author(article, author, citing.group(0), mention):
            return author
    return None


def _relays_author(article: Article, author: Mention, verb: str, relay: Mention) -> bool:
    """A person quoted "as saying" or by an outlet that is "quoting" them, or an unnamed source
    quoted "as saying" ("an unnamed official") or by an outlet citing it ("Reuters, citing two
    sources familiar with the matter, said": the words are the sources', not the outlet's), and
    a body or a group an outlet cites ("Yonhap, citing the Joint Chiefs of Staff")."""
    masked = article.masked
    if author.kind in ("person", "name1"):
        return _AS_SAYING.match(masked, author.end) is not None or _outlet_quoting(verb, relay)
    if (author.kind == "org" or author.bare_group) and not is_news_outlet(author):
        return _outlet_quoting(verb, relay)  # "Yonhap, citing the Joint Chiefs of Staff", "citing military sources"
    as_saying = _AS_SAYING.match(masked, author.end) or \
        author.kind == "role" and _HOST_AS_SAYING.match(masked, author.end)
    return (as_saying is not None or _outlet_quoting(verb, relay)) and \
        (_UNNAMED.match(author.surface) is not None or _body_quoting_an_office(article, author, relay))


def _body_quoting_an_office(article: Article, author: Mention, relay: Mention) -> bool:
    """ "The agency quoted the crown prince as saying", after "Saudi Crown Prince X": a body
    that quotes a definite role held by someone the article titles so gives that role's words;
    the agency was taken for the speaker (0.68). A role no one is titled with is left as it
    was (the resolver would fall back to the article's protagonist: on PolNeAR dev "An early
    tweet quoted the president as saying" went to another person), and so is a document."""
    head = (relay.titles[-1] if relay.titles else relay.surface.split()[-1]).lower()
    if author.kind != "role" or not author.titles or relay.kind not in ("org", "role") or \
            head in words("documents") or _AS_SAYING.match(article.masked, author.end) is None:
        return False
    return any(m.kind == "person" and author.titles[-1] in m.titles for m in article.mentions)


def _title_only(gap: str) -> bool:
    """Words that are a title before a name: capitalised, or role and title words ("Foreign
    Ministry spokesman ", "deputy foreign minister "), and nothing else."""
    titles = union("role_nouns", "title_words", "title_modifiers", "portfolio_words")
    found = gap.split()
    return bool(found) and gap.endswith(" ") and len(found) <= 6 and \
        all(w[:1].isupper() or w.lower() in titles for w in found)


def _outlet_quoting(verb: str, relay: Mention) -> bool:
    """ "ISNA reported, quoting X": an outlet quoting or citing someone gives their words, with
    or without "as saying" after the name."""
    return verb.strip() in ("quoting", "citing") and is_news_outlet(relay)

