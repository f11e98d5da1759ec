"""A document that names its issuer in its own words: the formal voice of a council's text.

Resolutions, presidential statements and council conclusions speak of the body that adopts
them in the third person, in the present, with a small set of verbs of the genre: "The
Security Council condemns the attack", "The Council strongly condemns the violence", "the
Assembly calls upon all States". News copy quotes them so:

* the body inside the quote: '"The Security Council condemns the attack," the draft statement
  says';
* the body just outside it, the quote opening on the verb: 'The Security Council "welcomes the
  initiative," the resolution stated', 'the draft says that the council "expresses its deep
  concern"'.

Either states who speaks through the document, whoever drafted or proposed it: the drafting
diplomat or country is never its issuer (``documents``). Only an organisation counts (a
country's name, "The United States welcomes", may be one side of a joint text), and only the
genre's verbs: a report that says "The World Bank estimates" quotes another body, it does not
speak as it.
"""

from __future__ import annotations

import re

from briefings.extract.actors import country_or_organisation
from briefings.extract.article import Article
from briefings.extract.heads import is_body
from briefings.extract.lexicon import words
from briefings.extract.mention import Mention

# texts a body adopts and speaks through; a report, a study or a letter may quote a body in its
# present tense ("The EU urges Tunisia to ... but fails to act") without speaking as it
SPEAKING_KINDS = frozenset({"resolution", "resolutions", "statement", "declaration", "communique",
                            "communiqué", "conclusions", "draft", "text", "document", "consensus"})
# the verbs a council's text speaks with, third person present ("calls upon", "takes note")
_VERBS = (r"(?:condemns|calls\s+(?:on|upon|for)|welcomes|expresses|urges|reaffirms|reiterates|decides|demands|stresses"
          r"|underlines|underscores|emphasi[sz]es|notes|takes\s+note|requests|encourages|deplores|regrets"
          r"|recogni[sz]es|acknowledges|commends|appeals|invites|recalls|affirms|endorses|insists)")
_ADVERB = r"(?:\w+ly\s+)?"
_QUOTED_VERB = re.compile(_ADVERB + r"(?:condemns|calls|welcomes|expresses|urges|reaffirms|reiterates|decides"
                          r"|demands|stresses|underlines|underscores|emphasi[sz]es|notes|requests|encourages"
                          r"|deplores|regrets|recogni[sz]es|acknowledges|commends|appeals|invites|recalls"
                          r"|affirms|endorses|insists)\b")  # a quote may open on "calls" and go on after the mark
# "The Security Council condemns", "The EU Council strongly deplores": a capitalised run, then the verb
_BODY_THEN_VERB = re.compile(r"(?:The\s+)?((?:[A-Z][\w'’-]*\s+)(?:(?:of|for|and|on|[A-Z][\w'’-]*)\s+)*?)"
                             + _ADVERB + _VERBS + r"\b")
_JUST_BEFORE_QUOTE = re.compile(r"\s*\W?$")


def own_words_issuer(article: Article, document: Mention) -> tuple[Mention, str] | None:
    """The body a document's quoted words in its sentence name as their subject, and those
    words as written; None where they name none."""
    sentence = article.sentence_at(document.start)
    for start in _quote_starts(article, sentence.start, sentence.end):
        inside = _body_inside(article, start)
        if inside is not None:
            return inside
        outside = _body_before(article, sentence.start, start)
        if outside is not None:
            return outside
    return None


def _quote_starts(article: Article, start: int, end: int) -> list[int]:
    """Where each quote in ``[start, end)`` begins."""
    inside = article.inside
    return [p for p in range(max(start, 1), end) if inside[p] and not inside[p - 1]]


def _body_inside(article: Article, start: int) -> tuple[Mention, str] | None:
    """ '"The Security Council condemns the attack ..."': the body that opens the quote."""
    found = _BODY_THEN_VERB.match(article.text, start, start + 160)
    if found is None or not article.inside[found.end() - 1]:
        return None
    name = found.group(1).strip()
    if not _is_organisation(name):
        return None
    return _named_in_full(article, name, start + found.start(1)), article.text[start:found.end()]


def _named_in_full(article: Article, name: str, position: int) -> Mention:
    """The mention outside quotes that names the body in full ("the United Nations Security
    Council" for "The Security Council"), else one made of the words as quoted. Not for one
    word ("The Council" of an EU text is not the UN Security Council the article names), nor
    where two bodies end in the same words."""
    tail = name.casefold().split()
    fuller = [m for m in article.mentions if m.kind == "org" and len(m.name.split()) > len(tail)
              and m.name.casefold().split()[-len(tail):] == tail]
    if len(tail) > 1 and len({m.name for m in fuller}) == 1:
        return fuller[0]
    return Mention(position, position + len(name), name, "org", name=name)


def _body_before(article: Article, sentence_start: int, start: int) -> tuple[Mention, str] | None:
    """ 'The Security Council "welcomes the initiative"': a body mention right before a quote
    that opens on the genre's verb."""
    if not _QUOTED_VERB.match(article.text, start):
        return None
    before = [m for m in article.mentions_between(sentence_start, start) if m.end <= start]
    if not before or not _JUST_BEFORE_QUOTE.fullmatch(article.text[before[-1].end:start]):
        return None
    body = before[-1]
    if body.possessive or body.after_preposition or not _is_organisation_mention(body):
        return None
    return body, article.text[body.start:start + 40].split("\n")[0]


def _is_organisation_mention(mention: Mention) -> bool:
    """An organisation's name or a body word ("the council"), not a country's."""
    if mention.kind == "org":
        return _is_organisation(mention.name)
    return mention.kind == "role" and is_body(mention)


def is_named_body(name: str) -> bool:
    """ "Amnesty International", "State Department", "Kremlin": a name the data tables know, or
    one whose last word is a body word; never a person's ("President Vell") or a day's."""
    return country_or_organisation(name) is not None or name.split()[-1].lower() in words("org_words")


def _is_organisation(name: str) -> bool:
    """ "Security Council", "Council", "NATO": a body's name (its last word a body word, or an
    organisation the data tables know), never a country's."""
    actor = country_or_organisation(name)
    if actor is not None:
        return actor[1] != "country"
    return name.split()[-1].lower() in words("org_words")
