"""Where an article brings a document in, and who the text says issued it, so that words quoted
from it later ("the resolution also calls for ...", "the draft statement says") go to that body.

News prose names a document's issuer once, where it brings the document in, and calls it
"the resolution" or "the report" after. The issuer is only ever what a sentence states:

* an adopting verb and its subject: "The council on Thursday adopted a resolution", "X
  unanimously passed a resolution" (``_active_subject``). Only adopting verbs: a body that
  "issued" or "released" a statement may be relaying someone else's words in it, and reading
  those verbs here cost the foreign-dev report part a wrong name (docs/extraction.md, Round 5);
* an issuing verb and its agent after the document: "a report published on Monday by X",
  "a statement from X" (``_agent_after``);
* an adopting participle: "The council demanded ..., adopting a resolution" (``_participle_subject``);
* an opening phrase whose clause the issuer opens: "In a report issued Thursday, X accused",
  "In the resolution, the council stressed", after a dateline too (``_opening_clause``; deleted
  in round 5 as a dev-only rule, read again in round 11 because the text states it);
* the signatories of a joint text, as the sentence names them: "the leaders of A, B and C
  issued a joint statement", "... said in a joint statement" (``_signatories``);
* a body's name that owns the document: "Amnesty International's annual report"
  (``_possessor``; not a resolution or a draft, whose owner drafted it);
* the document's own words speaking as a body: '"The Security Council condemns ...," the draft
  statement says' (``document_voice``): weak, counted only where nothing else is stated.

Drafting and agreeing ("a Britain-drafted resolution", "X and Y agreed on a statement") state
no issuer: the body that adopts a text speaks through it, not whoever wrote it.

``chain`` follows a document back through its earlier mentions ("the resolution" … "the
resolution" … "a resolution") to the one that brought it in; ``Introduction`` records each
issuer stated along the way. ``issuers.document_issuer`` names the one issuer, or abstains when
two are stated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefings.extract.actors import country_or_organisation, seat_table
from briefings.extract.article import Article
from briefings.extract.document_voice import SPEAKING_KINDS, is_named_body, own_words_issuer
from briefings.extract.heads import SPOKESPERSON, is_body
from briefings.extract.lexicon import union, words
from briefings.extract.mention import Mention
from briefings.extract.shape import is_demonym

# patterns compiled once (pysbd fills the re module cache with its own)
_ADOPTING = r"(?:adopted|approved|passed)"
_ISSUING = r"(?:adopted|approved|passed|issued|released|published|unveiled|circulated|endorsed)"
_VERB_BEFORE = re.compile(_ADOPTING + r"\s+$")
_PARTICIPLE_BEFORE = re.compile(r",\s+(?:\w+ly\s+)?(?:adopting|approving|passing)\s+$")  # "…, adopting a resolution"
_AGENT_AFTER = re.compile(r",?\s+(?:(?:" + _ISSUING + r"((?:\s+[\w,]+){0,3}?)\s+)?by|from)\s+(?:the\s+)?")
# "In a report issued Thursday, X accused": the phrase that opens the sentence, then its comma
_REPORTED = re.compile(r"\b(?:said|says|told|stated|noted|added|argued|claimed|alleged|insisted)\b")
_DATELINE = r"(?:[^.\n]*?\s[-–—]{1,2}\s+)?"  # "KABUL, March 2 (AFP) - "
_OPENING = re.compile(_DATELINE + r"\s*In\s+$")
# "In the report, X said": the issuer's own verbs of saying or finding, never "X faces", "X
# receives", "X gets", "X comes in for", "X sees", "X proposes", "X secured" (the text's subject)
_OPENING_VERB = re.compile(r"\s+(?:(?:\w+ly|also|has|have|had)\s+)*(?:said|says|found|finds|concluded|concludes"
                           r"|accused|accuses|urged|urges|called|calls|documented|documents|stressed|stresses"
                           r"|warned|warns|noted|notes|demanded|demands|condemned|condemns|critici[sz]ed"
                           r"|critici[sz]es|described|describes|reported|reports|alleged|alleges|recommended"
                           r"|recommends|stated|states|argued|argues|estimated|estimates|wrote|writes|added"
                           r"|adds|declared|declares|reaffirmed|reaffirms|welcomed|welcomes|expressed|expresses"
                           r"|decided|decides|asked|asks|insisted|insists|emphasi[sz]ed|emphasi[sz]es"
                           r"|underlined|underlines|reiterated|reiterates|deplored|deplores|singled\s+out|singles\s+out"
                           r"|highlighted|highlights|detailed|details|outlined|outlines|cited|cites|identified"
                           r"|identifies|blamed|blames|denounced|denounces|revealed|reveals|recorded|records)\b")
_OPENING_TAIL = re.compile(r"[^,;:.]{0,60},\s*((?:the\s+)?)")
# "the leaders of France, Germany and Italy issued a joint statement": the signatories as a group
_JOINT_ISSUED = re.compile(r"(?:have\s+|had\s+)?(?:issued|released|signed|published|adopted|put\s+out"
                           r"|(?:said|stated|declared|warned|agreed)(?:\s+on\s+\w+)?\s+in)\s+$")
_DATELINE_THEN = re.compile(_DATELINE + r"(?:(?:On|In|Late|Early|Earlier)\b[^,]{0,40},\s+)?")
_SIGNATORY_WORDS = union("title_words", "title_modifiers", "calendar", "skippable") | {"and", "on", "the", "last"}
# "the leaders of A, B and C adopted the Kazan Declaration"
_SIGNED = re.compile(r"(?:have\s+|had\s+)?(?:adopted|approved|signed|endorsed)\s+$")
_SIGNATORIES = re.compile(_DATELINE + r"(?:(?:On|In|Late|Early|Earlier)\b[^,]{0,40},\s+)?(?:[Tt]he\s+)?"
                          r"((?:\w+\s+)?(?:leaders|heads\s+of\s+(?:state|government)|(?:foreign\s+)?ministers"
                          r"|presidents|prime\s+ministers|governments)\s+of\s+[A-Z][\w.,' ]*?)"
                          r"(?:\s+(?:on\s+\w+|jointly|also|have|had))*\s+$")
# "Amnesty International's annual report": a body's name that owns the document, in its phrase
_POSSESSOR = re.compile(r"(?:[Tt]he\s+)?((?:[A-Z][\w.&-]*\s+)*?[A-Z][\w.&-]*)['’]s?\s")
# "a WHO report", "the G7 communique": a body's name right before the head noun
_NAMED_BEFORE_HEAD = re.compile(r"^(?:[Tt]he\s+|[Aa]n?\s+|[a-z]+\s+)*((?:[A-Z][\w&-]*\s+)*[A-Z][\w&-]*)"
                                r"\s+(?:[a-z]+\s+){0,2}[a-zé]+$")  # "the G7 summit communique"
_OWNED = re.compile(r"\w['’]s?\s")  # "the commission's report": an owner of its own
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,5}")  # "G7", "OSCE", "BRICS": a body's letters
_RESOLUTIONS = frozenset({"resolution", "resolutions"})  # a body adopts these; its members vote for them
_DRAFTED = frozenset({"resolution", "resolutions", "draft", "text", "consensus", "agreement"})  # the drafter owns these
# "X and the Y adopted": a mention after "and", a comma or "of" is no subject of its own
_INSIDE_A_PHRASE = re.compile(r"(?:,|\band|\bor|\bof|\bwith)\s+(?:the\s+)?$")
_WORD = re.compile(r"[\w-]+")
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_ISSUER_KINDS = frozenset({"org", "person", "name1", "joint"})
# "the text", "the document", "the draft": a definite one names the document just mentioned, of any kind
_ANY_DOCUMENT = frozenset({"text", "document", "draft", "copy"})


@dataclass(frozen=True)
class Introduction:
    """A document's mention, the mention of its issuer, and the words that state it."""

    document: Mention
    issuer: Mention
    how: str  # as written: "adopted a resolution", "a report published on Monday by X"
    label: str = ""  # signatories named only as a group: "leaders of France, Germany and Italy"
    weak: bool = False  # read from the document's own words: yields to any issuer a sentence states
    opening: bool = False  # "In the report, X said": yields to any other issuer a sentence states


def document_head(mention: Mention) -> str | None:
    """ "the draft statement" → "statement": a role phrase that names a document."""
    head = mention.titles[-1] if mention.kind == "role" and mention.titles else ""
    return head if head in words("documents") - SPOKESPERSON else None


def is_definite(mention: Mention) -> bool:
    """ "the resolution", "this report": a document the reader has met before."""
    return mention.antecedent is None and mention.surface.split()[0].lower() in _DEFINITE


def chain(article: Article, document: Mention) -> list[Mention]:
    """``document`` and the earlier mentions of the same document, nearest first, back to the
    one that brought it in ("a resolution", "its report"): a definite mention refers back, any
    other begins the chain."""
    head = document_head(document)
    joint = _is_joint(document)
    found = [document]
    if head is None or not is_definite(document) or _OWNED.search(document.surface):
        return found  # "the commission's report" is the commission's, not "the Amnesty report" before it
    for earlier in reversed(article.mentions_before(document.start, 400)):
        if head in _ANY_DOCUMENT and document_head(earlier):
            head = document_head(earlier)  # "the resolution ... the text": the resolution's chain
        if document_head(earlier) != head or joint and not _is_joint(earlier):
            continue  # "the joint statement" is not "Putin's statement" before it
        found.append(earlier)
        if not is_definite(earlier):
            break
    return found


def _is_joint(document: Mention) -> bool:
    return "joint" in document.surface.lower().split()


def introductions(article: Article) -> dict[int, Introduction]:
    """Every document mention whose issuer a sentence states, by the mention's start."""
    found: dict[int, Introduction] = {}
    for document in article.mentions:
        if document_head(document) is None:
            continue
        stated = _active_subject(article, document) or _participle_subject(article, document) or \
            _agent_after(article, document) or \
            _opening_clause(article, document) or _own_words(article, document) or \
            _signatories(article, document) or _possessor(article, document)
        if stated is not None:
            found[document.start] = stated
    return found


def _can_issue(mention: Mention) -> bool:
    """A body, a person or a joint subject may issue a document; "its", "Roe's" only own one."""
    return not mention.possessive and (mention.kind in _ISSUER_KINDS or is_body(mention))


def _active_subject(article: Article, document: Mention) -> Introduction | None:
    """ "The council on Thursday adopted a resolution": the subject of the adopting verb."""
    before = article.masked[max(0, document.start - 20):document.start]
    verb = _VERB_BEFORE.search(before)
    if verb is None:
        return None
    verb_start = document.start - len(before) + verb.start()
    sentence = article.sentence_at(document.start)
    subjects = [m for m in article.mentions_between(sentence.start, verb_start) if not m.possessive]
    if not subjects:
        return None
    subject = subjects[-1]
    if not _can_issue(subject) or subject.after_preposition or \
            not _only_time(article.masked[subject.end:verb_start]) or \
            _INSIDE_A_PHRASE.search(article.masked[sentence.start:subject.start]) or \
            document_head(document) in _RESOLUTIONS and _is_country(subject):
        return None  # "the ministers of A, B and the US adopted": the US alone adopted nothing;
    return Introduction(document, subject, article.text[verb_start:document.end])  # "Germany approved it": a vote


def _participle_subject(article: Article, document: Mention) -> Introduction | None:
    """ "The council on Thursday demanded ..., adopting a resolution": the participle's subject
    is the sentence's, its first subject."""
    before = article.masked[max(0, document.start - 40):document.start]
    verb = _PARTICIPLE_BEFORE.search(before)
    if verb is None:
        return None
    sentence = article.sentence_at(document.start)
    verb_start = document.start - len(before) + verb.start()
    subjects = [m for m in article.mentions_between(sentence.start, verb_start)
                if m.subject_like and not m.after_preposition and not m.possessive]
    if not subjects or not _can_issue(subjects[0]) or \
            _INSIDE_A_PHRASE.search(article.masked[sentence.start:subjects[0].start]) or \
            _REPORTED.search(article.masked, subjects[0].end, verb_start):
        return None  # "X said the Assembly had acted, passing a resolution": the participle is the clause's
    return Introduction(document, subjects[0], article.text[verb_start:document.end].lstrip(", "))


def _agent_after(article: Article, document: Mention) -> Introduction | None:
    """ "a report published on Monday by X", "a statement from X": the agent named after it."""
    link = _AGENT_AFTER.match(article.masked, document.end)
    if link is None or not _only_time(link.group(1) or ""):
        return None
    agent = _mention_at(article, link.end())
    if agent is None or not _can_issue(agent):
        return None
    return Introduction(document, agent, article.text[document.start:agent.end])


def _opening_clause(article: Article, document: Mention) -> Introduction | None:
    """ "In a report issued Thursday, X accused ...", "In its report, X said", "In the
    resolution, the council stressed": the subject that opens the clause after the phrase."""
    sentence = article.sentence_at(document.start)
    if not _OPENING.fullmatch(article.masked[sentence.start:document.start]):
        return None
    tail = _OPENING_TAIL.match(article.masked, document.end, sentence.end)
    subject = (_mention_at(article, tail.end()) or _mention_at(article, tail.start(1))) if tail else None
    if subject is None or not _can_issue(subject) or not subject.subject_like or \
            not _OPENING_VERB.match(article.masked, subject.end) or "draft" in document.surface.lower() or \
            document_head(document) in _DRAFTED and _is_country(subject):
        return None  # "In the report, the ministry is accused", "In the draft, Britain proposes"
    return Introduction(document, subject, article.text[sentence.start:subject.end].strip(), opening=True)


def country_named(name: str) -> bool:
    """ "Hungary", "Iran": a country by its own name, not by its seat ("Kremlin", "Zhongnanhai",
    "Washington") nor by one of its bodies ("State Department"): what a report or a statement is
    about when it names the text ("the Iran report", "Hungary's report")."""
    actor = country_or_organisation(name)
    return actor is not None and actor[1] == "country" and name not in seat_table()


def _is_country(mention: Mention) -> bool:
    """ "Britain", "Washington": a country, which votes for, drafts or endorses a council's text
    but never adopts it."""
    actor = country_or_organisation(mention.name) if mention.name else None
    return actor is not None and actor[1] == "country"


def _signatories(article: Article, document: Mention) -> Introduction | None:
    """ "the leaders of France, Germany and Italy issued a joint statement", "the leaders of A, B
    and C adopted the X Declaration": a joint text, or one they adopt or sign, speaks for all of
    them, named as the sentence names them. A plain statement "issued" is not read: a body that
    issues one may relay another's words in it (Round 5)."""
    sentence = article.sentence_at(document.start)
    before = article.masked[sentence.start:document.start]
    if not _is_joint(document) and document_head(document) in _RESOLUTIONS:
        return None  # "Germany and Iceland approved the resolution": they voted for it, a body adopted it
    verb = (_JOINT_ISSUED if _is_joint(document) else _SIGNED).search(before)
    if verb is None:
        return None
    group = _SIGNATORIES.fullmatch(before, 0, verb.start())
    if group is None or not _names_two(group.group(1)):
        named = _named_signatories(article, sentence.start, sentence.start + verb.start())
        return Introduction(document, named, article.text[named.start:document.end]) if named else None
    how = article.text[sentence.start + group.start(1):document.end]
    start = sentence.start + group.start(1)
    signatories = Mention(start, start + len(group.group(1)), group.group(1), "role")
    return Introduction(document, signatories, how, label=group.group(1))


def _named_signatories(article: Article, start: int, verb: int) -> Mention | None:
    """ "Chinese President Xi Jinping and Russian President Vladimir Putin on Thursday signed a
    joint statement": two or more names that are all the subject (every other word a title, a
    nationality, a joiner or a time word) are one joint issuer."""
    found = [m for m in article.mentions_between(start, verb) if not m.possessive]
    names = [m for m in found if m.kind in ("person", "name1", "org")]
    if len(names) < 2 or len(names) != len(found) or any(m.after_preposition for m in names):
        return None
    opening = _DATELINE_THEN.match(article.masked, start, names[0].start)
    rest = article.masked[opening.end() if opening else start:verb]
    for name in reversed(names):
        rest = rest.replace(article.masked[name.start:name.end], " ")
    if not all(_signatory_word(word) for word in _WORD.findall(rest)):
        return None
    return Mention(names[0].start, names[-1].end, article.text[names[0].start:names[-1].end], "joint",
                   members=names)


def _signatory_word(word: str) -> bool:
    """A word of a list of signatories that is no name: "and", a title, a nationality, a time."""
    low = word.lower()
    return low in _SIGNATORY_WORDS or is_demonym(word) or low.endswith("ly") or word.isdigit()


def _possessor(article: Article, document: Mention) -> Introduction | None:
    """ "Amnesty International's annual report", "a WHO report": the body the document's phrase
    says owns it; not for a resolution or a draft, whose owner wrote it ("Britain's draft
    resolution", "a US resolution")."""
    found = _POSSESSOR.match(document.surface) or _NAMED_BEFORE_HEAD.match(document.surface)
    if found is None or document_head(document) in _DRAFTED or "draft" in document.surface.lower() or \
            _is_joint(document):
        return None  # "China's joint statement with Russia": one side's name of a joint text
    name = found.group(1)
    if is_demonym(name) or not (is_named_body(name) or _ACRONYM.fullmatch(name) or
                                name in _organisations_named(article)):
        return None  # "President Vell's letter", "Monday's statement", "the Chinese statement": no body's name
    if country_named(name):
        return None  # "Hungary's rule-of-law report", "the Iran report": the country it is about
    owner = Mention(document.start, document.start + len(name), name, "org", name=name)
    return Introduction(document, owner, document.surface)


def _organisations_named(article: Article) -> frozenset[str]:
    """The names of the article's organisation mentions, read once."""
    if ("organisations named",) not in article.memo:
        article.memo["organisations named",] = frozenset(m.name for m in article.mentions if m.kind == "org")
    return article.memo["organisations named",]


def _own_words(article: Article, document: Mention) -> Introduction | None:
    """ '"The Security Council condemns the attack," the draft statement says': the body the
    document's own words speak as (``document_voice``)."""
    found = own_words_issuer(article, document) if document_head(document) in SPEAKING_KINDS else None
    return Introduction(document, found[0], found[1], weak=True) if found else None


def _names_two(group: str) -> bool:
    """ "leaders of France, Germany and Italy": a list of at least two, ended by "and"."""
    listed = group.split(" of ", 1)[-1]
    return " and " in listed or "," in listed


def _mention_at(article: Article, position: int) -> Mention | None:
    """The mention that starts exactly at ``position``."""
    following = article.mentions_between(position, position + 120)
    return following[0] if following and following[0].start == position else None


def _only_time(gap: str) -> bool:
    """ "on Thursday", "last week", "unanimously", "has": words that may stand between a
    subject and its verb, or a verb and its agent."""
    kept = words("calendar") | words("skippable") | {"in", "at"}
    return all(w.lower() in kept or w.isdigit() or w.lower().endswith("ly")
               for w in _WORD.findall(gap))
