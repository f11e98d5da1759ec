"""Quotes without a reporting cue of their own: whose they are, from the sentences around them.

1. ``introduced_by_colon``: 'Senator Jane Roe was blunt: "..."' is the subject's before the colon;
2. ``introduced_above``: a quote opening a paragraph after one that ends in a colon
   ("X released the following statement:") is that colon's subject's;
3. ``sentence_subject``: a quote inside a sentence with no cue ("X praised Y as '...'") is
   the sentence's subject's;
4. ``attribution_after``: a quote ending a sentence may be tagged by the next one
   ('"Why?" she asked.');
5. ``signed_below``: a paragraph that is only a quote, signed by the next paragraph's dash and
   name ("- Hillary Clinton."), as fact-check columns and epigraphs set them.

Each asks the article's ``attribution.Attributor`` for cues and inverted subjects; the order in
which they are tried is ``reading.attribute``'s.
"""

from __future__ import annotations

import re

from briefings.extract.attribution import LOWER_WORD_AFTER, Attributor, Cue
from briefings.extract.mention import Mention
from briefings.extract.phrases import main_clause_start, only_skippable, opening_subject
from briefings.extract.sentences import Sentence
from briefings.extract.spans import Quote

# patterns compiled once (pysbd fills the re module cache with its own)
_WORD_CHAR = re.compile(r"\w")
_AND_CLAUSE = re.compile(r",\s+(?:and|but)\s+")
# a short adverbial before the new clause's subject: ", and at one point the crowd ..."
_ADVERBIAL = re.compile(r"(?:(?:at|in|on|by)\s+(?:one|that|the|this|a)\s+[a-z]+\s+|(?:then|later|soon|quickly)\s+)?")
_CLAUSE_SUBJECT_OPENS = re.compile(r"(?:the|a|an|[A-Z])")
_PAST_VERB = re.compile(r"\b[a-z]{3,}ed\b")
_COPULA_AFTER = re.compile(r"\s+(?:is|was|are|were)\b")
_VERB_AFTER_QUOTE = re.compile(r"[^\w]*\s([a-z]+)\s")
_COLON_TAIL = re.compile(r"\s*(?:(?:in|on|at|during|last|this)\b[^,;:]{0,40})?")
_SUBORDINATOR_BEFORE = re.compile(r"\b(?:as|while|when|because|after|since)\s+$")
_TAG_VERB = re.compile(r"\s+([a-z]+ed)\b(?:\s+[a-z]+){0,3}\s*[.!]?\s*$")
_RELATIVE_JUST_BEFORE = re.compile(r"\b(?:which|whom|who|that)\s+$")
_SIGNATURE = re.compile(r"\s*(?:-{1,2}|[–—])\s*(?=[A-Z])")  # "- Hillary Clinton.", "— Sen. X (D-Vt.)"
_SIGNATURE_WORDS = 8
# "That was the message from X", "Those were the words of X", "That was the stark warning from X"
_THAT_WAS = re.compile(r"(?:That|This|Those|Such)\s+(?:was|were|is|are)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}"
                       r"(?:message|warning|verdict|words?|view|assessment|reaction|response|plea|promise|"
                       r"pledge|vow|call|answer|reply)\s+(?:of|from)\s+")
_TAG_ENDS = frozenset(",?!.—-…")
_DASH_THEN = re.compile(r"\s(?:-{1,2}|[–—])\s$")
# "It was X's rejection of '...'", "It's '...'", "it seems": an "it" that stands for no one
_EXPLETIVE_IT = re.compile(r"[Ii]t(?:['’]s\b|\s+(?:is|was|wasn['’]t|isn['’]t|seems|seemed|appears|appeared)\b)")


def introduced_by_colon(attributor: Attributor, sentence: Sentence, quote: Quote) -> Mention | None:
    """'Senator Jane Roe was blunt: "..."': the subject of the clause before the colon, else
    the name that stands right before the colon ('... surprise pollster Jane Roe: "..."')."""
    before = attributor.article.masked[sentence.start:quote.start].rstrip(" \"“'‘")
    if not before.endswith(":"):
        return None
    mentions = [m for m in attributor.article.mentions_between(sentence.start, quote.start)
                if not m.possessive]
    dashed = _dashed_source(attributor, mentions, sentence.start + len(before) - 1)
    if dashed is not None:
        return dashed
    subjects = [m for m in mentions if m.subject_like]
    main = main_clause_start(attributor.article.masked, sentence.start, quote.start)
    if subjects:
        acting = [m for m in subjects if m.start >= main and _acts(attributor, m)]
        return acting[-1] if acting else next((m for m in subjects if m.start >= main), subjects[0])
    return _name_before_colon(attributor, mentions, sentence.start + len(before) - 1)


def _dashed_source(attributor: Attributor, mentions: list[Mention], colon: int) -> Mention | None:
    """ "... are problematic - Pew Research: '...'": a name or body set off by a dash right before
    the colon is the quote's source, not the subject of the clause before the dash."""
    masked = attributor.article.masked
    last = mentions[-1] if mentions else None
    if last is None or last.kind not in ("person", "name1", "org") or \
            not _DASH_THEN.search(masked, max(0, last.start - 4), last.start):
        return None
    return last if _COLON_TAIL.fullmatch(masked[last.end:colon]) else None


def _name_before_colon(attributor: Attributor, mentions: list[Mention], colon: int) -> Mention | None:
    """ '... surprise pollster Jane Roe: "..."': the name that stands right before the colon."""
    last = mentions[-1] if mentions else None
    if last and last.kind in ("person", "name1") and _COLON_TAIL.fullmatch(attributor.article.masked[last.end:colon]):
        return last
    return None


def _acts(attributor: Attributor, mention: Mention) -> bool:
    """A subject followed by its verb, not after a preposition nor in a relative clause."""
    masked = attributor.article.masked
    return not mention.after_preposition and \
        LOWER_WORD_AFTER.match(masked[mention.end:mention.end + 3]) is not None and \
        not _RELATIVE_JUST_BEFORE.search(masked[max(0, mention.start - 8):mention.start])


def introduced_above(attributor: Attributor, sentence: Sentence, quote: Quote) -> Mention | None:
    """A quote that opens a paragraph after one ending in a colon ("X released the
    following statement:") belongs to the subject of that colon's sentence."""
    article = attributor.article
    if article.masked[sentence.start:quote.start].strip(" \"“'‘") or sentence.start == 0:
        return None
    index = article.sentence_index(sentence.start)
    if index == 0:
        return None
    previous = article.sentences[index - 1]
    if not article.masked[previous.start:previous.end].rstrip().endswith(":") or \
            article.paragraph_of(previous.start) == article.paragraph_of(sentence.start):
        return None
    main = main_clause_start(article.masked, previous.start, previous.end)
    subjects = [m for m in article.mentions_between(main, previous.end)
                if m.subject_like and not m.possessive and not m.after_preposition]
    acting = [m for m in subjects if LOWER_WORD_AFTER.match(article.masked[m.end:m.end + 3])]
    # the subject whose verb leads to the colon: "X made claims, and Y responded:" is Y's
    return acting[-1] if acting else subjects[0] if subjects else None


def _nested_subject(attributor: Attributor, sentence: Sentence, quote: Quote) -> Mention | None:
    """ "X is winning applause as he keeps talking about the '...'": the quote sits in the
    subordinate clause, whose subject pronoun is the speaker."""
    masked = attributor.article.masked
    for mention in reversed(attributor.article.mentions_between(sentence.start, quote.start)):
        opener = _SUBORDINATOR_BEFORE.search(masked[max(0, mention.start - 12):mention.start])
        if mention.kind == "pronoun" and opener:
            between = masked[mention.end:quote.start]
            return None if any(c in between for c in ",;:") else mention
    return None


def sentence_subject(attributor: Attributor, sentence: Sentence, quote: Quote) -> Mention | None:
    """A quote inside a sentence with no reporting verb ("X praised Y as '...'", "'...!'
    beamed X") belongs to the sentence's subject; a quote that is a sentence of its own
    has none (it continues the speaker before it)."""
    article = attributor.article
    main = main_clause_start(article.masked, sentence.start, quote.start)
    nested = _nested_subject(attributor, sentence, quote)
    if nested:
        return nested
    subject = _first_subject(attributor, (main, sentence.start) if main > sentence.start else (sentence.start,),
                             quote)
    if isinstance(subject, Mention):
        return _opening_phrase_before(attributor, sentence, quote, subject) or subject
    if subject is not None:
        return None
    if attributor.words_outside_quotes(sentence.start, quote.start):
        return opening_subject(article.masked, article.text, sentence.start, quote.start)
    after = article.mentions_between(quote.end, sentence.end)
    gap = article.masked[quote.end:after[0].start] if after else ""
    if after and not _WORD_CHAR.search(gap) and _tagged(quote, gap):
        return after[0]  # '"...," the nominee riffed'
    verb = _VERB_AFTER_QUOTE.match(article.masked[quote.end:quote.end + 40])
    if verb and not attributor.cues(sentence):
        return attributor.inverted_subject(quote.end + verb.end() - 1, sentence.end)
    return None


def _opening_phrase_before(attributor: Attributor, sentence: Sentence, quote: Quote,
                           subject: Mention) -> Mention | None:
    """ "A federal lawsuit was filed ... alleging that police used Muslim identity as a '...'",
    "The radioman pointed out that Trump was '...'": a determiner phrase that opens the sentence
    before the first name is its subject; the name is a later clause's (not an appositive's:
    "The group's leader, Jane Roe, called it '...'" is Roe; nor a copula's: "The place is the
    home my husband and I bought, thinking it would be '...'" says nothing)."""
    masked = attributor.article.masked
    opening = opening_subject(masked, attributor.article.text, sentence.start, quote.start)
    if opening is None or opening.end > subject.start or not masked[opening.end:subject.start].strip(" ,"):
        return None
    return None if _COPULA_AFTER.match(masked, opening.end) else opening


def _first_subject(attributor: Attributor, starts: tuple[int, ...], quote: Quote) -> Mention | str | None:
    """The first subject from the main clause's start (then the sentence's) to the quote; ""
    when it is an "it" that stands for no one ("It was X's rejection of '...'"), None when
    there is none."""
    article = attributor.article
    for start in starts:
        for mention in article.mentions_between(start, quote.start):
            if mention.subject_like and not mention.possessive and not mention.after_preposition:
                return "" if _EXPLETIVE_IT.match(article.masked, mention.start) else mention
    return None


def _tagged(quote: Quote, gap: str) -> bool:
    """Whether a quote ends as words a tag follows do ('"...," X riffed', '"...!" beamed X',
    '"...", X said'): with a comma, question or exclamation mark or full stop inside or right
    after its closing mark, not cut mid-clause ('... whether or not to go after" Osama bin
    Laden.': the name is the object of the quoted words)."""
    return quote.quote.rstrip()[-1:] in _TAG_ENDS or any(c in _TAG_ENDS for c in gap)


def _tag_verb(attributor: Attributor, following: Sentence, strict: bool) -> list[Cue]:
    """ '"...?" Roe pressed.': a short sentence of a speaker and a past-tense verb after a
    question or exclamation tags it, whatever the verb."""
    if strict:
        return []
    article = attributor.article
    first = next(iter(article.mentions_between(following.start, following.end)), None)
    if first is None or article.masked[following.start:first.start].strip():
        return []
    tag = _TAG_VERB.match(article.masked, first.end, following.end)
    if not tag:
        return []
    return [(tag.start(1), tag.end(1), article.text[tag.start(1):tag.end(1)])]


def attribution_after(attributor: Attributor, sentence: Sentence, strict: bool = False) -> tuple[Sentence, Cue] | None:
    """A sentence right after a quote that opens with an attribution ('"Why?" Smith asked.')."""
    article = attributor.article
    index = article.sentence_index(sentence.start)
    if index + 1 >= len(article.sentences):
        return None
    following = article.sentences[index + 1]
    opening = article.masked[following.start:following.end]
    if opening.lstrip()[:1] in ('"', "“") or \
            article.paragraph_of(following.start) != article.paragraph_of(sentence.start):
        return None
    cues = attributor.cues(following) or _tag_verb(attributor, following, strict)
    if not cues:
        return None
    lead = article.masked[following.start:cues[0][0]].strip()
    first = next(iter(article.mentions_between(following.start, cues[0][0])), None)
    starts_with_speaker = first is not None and not article.masked[following.start:first.start].strip()
    if strict:  # after a full stop only '"..." Smith said.': the subject, then the cue
        tags = starts_with_speaker and _tags_quote_before(attributor, following, cues[0], first)
        return (following, cues[0]) if tags else None
    if not lead or (starts_with_speaker and len(lead) <= 120) or lead[:1].islower():
        return following, cues[0]  # a lower-case opening goes on the quote's sentence
    return None


def _tags_quote_before(attributor: Attributor, following: Sentence, cue: Cue, first: Mention | None) -> bool:
    """ '"..." Smith said.': the subject right before the cue, and no words of its own after
    it ('"..." He added, "...": the cue introduces words of its own, not the quote before)."""
    article = attributor.article
    adjacent = first is not None and only_skippable(article.masked[first.end:cue[0]])
    rest = article.masked[cue[1]:following.end]
    own_words = any(article.inside[cue[1]:following.end]) or len(rest.split()) > 6
    return adjacent and not own_words


def signed_below(attributor: Attributor, quote: Quote) -> Mention | None:
    """ '"..."' as a paragraph of its own, then a paragraph "- Hillary Clinton." (a dash, a
    name, at most a few words of title or party after it): the name signs the quote. Or a
    paragraph that opens "That was the message from X" ("Those were the words of X", a feature's
    lede after a quote on its own): X said it (``_THAT_WAS``)."""
    article = attributor.article
    masked = article.masked
    line_start = masked.rfind("\n", 0, quote.start) + 1
    line_end = masked.find("\n", quote.end)
    if line_end < 0 or masked[line_start:quote.start].strip(" \"“'‘") or \
            masked[quote.end:line_end].strip(" \"”'’.,"):
        return None
    below = masked[line_end:].lstrip()  # a blanked line of furniture between them too
    start = len(masked) - len(below)
    end = masked.find("\n", start)
    end = len(masked) if end < 0 else end
    named = _THAT_WAS.match(below)
    if named is not None:
        return _named_after(attributor, start + named.end(), end)
    dash = _SIGNATURE.match(below)
    if dash is None or len(masked[start:end].split()) > _SIGNATURE_WORDS:
        return None
    first = next(iter(article.mentions_between(start + dash.end(), end)), None)
    if first is None or first.kind not in ("person", "name1") or masked[start + dash.end():first.start].strip():
        return None
    return first


def _named_after(attributor: Attributor, start: int, end: int) -> Mention | None:
    """The first mention from ``start`` that no possessive owns ("from Fiji's Prime Minister X"),
    with only capitalised words before it, if it may speak."""
    mentions = attributor.article.mentions_between(start, end)
    first = next((m for m in mentions if not m.possessive), None)
    if first is None or first.kind not in ("person", "name1", "org", "role"):
        return None
    return first if all(word[:1].isupper() for word in attributor.article.masked[start:first.start].split()) else None


def later_clause_subject(attributor: Attributor, cue: Cue, quote: Quote) -> Mention | bool | None:
    """'Gov. Ford said the budget was balanced, and the union dismissed the plan as "..."':
    after the cue, ", and" (", but") opens a clause with a subject and a verb in the past of its
    own before the quote, so the cue's subject said none of it. The clause's subject when it is
    a name, body or role; False when the extractor reads no mention there ("and at one point the
    crowd reprised the chant '...'"); None when no such clause stands between (", and the agency
    'will review it'" continues the reported speech)."""
    masked = attributor.article.masked
    joins = list(_AND_CLAUSE.finditer(masked, cue[1], quote.start)) if cue[1] <= quote.start else []
    if not joins:
        return None
    adverbial = _ADVERBIAL.match(masked, joins[-1].end())
    start = adverbial.end() if adverbial else joins[-1].end()
    if not _CLAUSE_SUBJECT_OPENS.match(masked, start) or not _PAST_VERB.search(masked, start, quote.start):
        return None
    named = attributor.article.mentions_between(start, quote.start)[:1]
    if not named or named[0].start != start:
        return False
    subject = named[0]
    if subject.possessive or subject.kind not in ("person", "name1", "org", "role"):
        return False
    return subject if _PAST_VERB.search(masked, subject.end, quote.start) else None
