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
from briefings.extract.sentences import Sentence

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
# a text no body adopted, whatever its words say: "a draft Russia vetoed", "a bill tabled by a party"
_NOT_ADOPTED = re.compile(r"\b(?:vetoed|leaked|seen\s+by|obtained\s+by)\b", re.I)
# a draft: its words are the body's only where its adoption is stated ("handed to the council for adoption")
_DRAFTED = re.compile(r"\b(?:drafted|drawn\s+up|tabled|put\s+forward|proposed\s+by|submitted\s+by)\b", re.I)
# a text some subject put out or signed: "a statement signed by forty groups", "X issued a statement"
_ISSUED = re.compile(r"\b(?:signed|issued|released|published|put\s+out|circulated)\b", re.I)
_AGENT = re.compile(r"(?:\s+\w+){0,3}?\s+by\s+([^,;.]{0,80})")
_GIVEN_TO = re.compile(r"\b(?:given|sent|handed|submitted|presented|delivered)\s+(?:\w+\s+){0,3}?to\s+(?:the\s+)?$")
_ADOPTION = re.compile(r"(?<!without )(?<!not )(?<!failed to )"
                       r"\b(?:adopt\w*|approv\w*|endorsed|agreed|passed|unanimous\w*)", re.I)


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


def voice_stands(article: Article, documents: list[Mention], body: Mention) -> bool:
    """Whether a text's own words ("The Security Council condemns ...") may name the body that
    speaks through it: only where the text around the document's mentions states an adoption
    ("given to the council for adoption", "adopted unanimously"), and never a joint text, one
    named as drafted, tabled, vetoed, leaked or seen by an outlet, nor one that a subject other
    than the body signed, issued or put out, by a verb before the document or after it ("A
    statement signed by the groups", "put out by X")."""
    if any("joint" in document.surface.lower().split() for document in documents):
        return False
    first = max(article.sentence_index(documents[-1].start) - 1, 0)
    here = article.sentence_index(documents[0].start)
    last = min(here + 1, len(article.sentences) - 1)
    word = body.name.split()[-1] if body.name else body.surface.split()[-1]
    adopted = drafted = acted = False
    for index, sentence in enumerate(article.sentences[first:last + 1], first):
        said = article.masked[sentence.start:sentence.end]
        issued = _ISSUED.search(said)
        if _NOT_ADOPTED.search(said) or issued and not _issued_by(said, issued, word):
            return False  # "the body issued a communique", "a communique issued by the body": its own
        drafted = drafted or bool(_DRAFTED.search(said))
        adopted = adopted or bool(issued or _ADOPTION.search(said))
        acted = acted or index < here and _acts(article, sentence, word)
    return adopted or acted and not drafted


def _issued_by(said: str, verb: re.Match[str], word: str) -> bool:
    """The body is the issuing verb's subject ("The X Authority issued") or its agent ("issued by
    the X Council"), not only a word elsewhere in the sentence ("a statement about the Council")."""
    agent = _AGENT.match(said, verb.end())
    return word in said[:verb.start()].split() or bool(agent and word in agent.group(1).split())


def _acts(article: Article, sentence: Sentence, word: str) -> bool:
    """ "The African Union Peace and Security Council met on Friday", "The text was sent to the
    UN Security Council": the body, named outside the quotes, is a subject of a sentence before
    the one that quotes its text, or the one a text is given to (not one a sentence only speaks
    of: "X accused the Security Council of paralysis")."""
    for mention in article.mentions_between(sentence.start, sentence.end):
        named = mention.name.split() if mention.kind == "org" else mention.surface.title().split()[-1:] \
            if is_body(mention) else []
        if word not in named or mention.possessive:
            continue
        given = _GIVEN_TO.search(article.masked, sentence.start, mention.start)
        if mention.subject_like and not mention.after_preposition or given:
            return True
    return False


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
