"""The cues of a sentence and their subjects, and the attributions a quote without a cue may use.

``Attributor`` answers, for one article:

1. the reporting cues of a sentence ("said", "told", "according to", ...), not a cue word
   after a determiner ("the note says") nor one inside a quote;
2. the subject of a cue (``speaker_for_cue``): inverted ('," said X'), "according to X",
   "X, which described", a participle or coordinated cue (", saying" → the earlier cue's
   subject), the nearest subject-like mention before the cue (appositives, objects of
   prepositions and possessives skipped), or a plain noun phrase where no mention is
   (``bare_subject``: '," said the 52-year-old');
3. for a quote without a cue: the next sentence ('"Why?" she asked.'), the clause before a
   colon, the paragraph above ending in a colon, or the sentence's subject.

The reading-order pass that uses these answers is ``reading.attribute``.
"""

from __future__ import annotations

import re
from functools import cache

from briefings.extract.article import Article
from briefings.extract.lexicon import pairs, union, words
from briefings.extract.mentions import Mention
from briefings.extract.phrases import (
    after_inverted_cue,
    between_quote_and_cue,
    describes_previous,
    determiner_phrase,
    main_clause_start,
    only_skippable,
    opening_subject,
    with_clause_subject,
)
from briefings.extract.relative import what_clause_subject
from briefings.extract.resolve import Resolver
from briefings.extract.sentences import Sentence
from briefings.extract.spans import Quote

# patterns compiled once (pysbd fills the re module cache with its own)
_BY_AGENT = re.compile(r" by (?:the )?")
_LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")
_RELATIVE_CLAUSE = re.compile(r"([^,]*),\s*(which|who)((?:\s+[a-z]+){0,5})\s*$")
_COMMA_ONLY = re.compile(r"\s*,\s*")
_CLAUSE_TO_PUNCTUATION = re.compile(r"[^,;:!?\"“”(]*")
_WORD_CHAR = re.compile(r"\w")
_VERB_AFTER_QUOTE = re.compile(r"[^\w]*\s([a-z]+)\s")


Cue = tuple[int, int, str]
QUOTE_CLOSERS = ('"', "”", "'", "’")
_COLON_TAIL = re.compile(r"\s*(?:(?:in|on|at|during|last|this)\b[^,;:]{0,40})?")
_OBJECT_CUES = {"told", "tell", "tells", "telling"}  # "told X": X is the listener
_TAIL_OPENERS = {"who", "whose", "which", "that", "while", "as", "after", "before", "when",
                 "adding", "noting", "according", "though", "although", "because"}
_APPOSITIVE_GAP = re.compile(r"\s*,[^.;:!?\"“”()]*,\s*(?:(?:[a-z]+ly|also|then|later|now)\s+)?")
_BEFORE_INFINITIVE = {"continued", "continues", "agreed", "read", "answered"}
_NOUN_BEFORE = re.compile(r"\b(?:the|a|an|his|her|its|their|this|that|our|my|your)\s+$", re.IGNORECASE)
_SUBORDINATOR_BEFORE = re.compile(r"\b(?:as|while|when|because|after|since)\s+$")
_TAG_VERB = re.compile(r"\s+([a-z]+ed)\b(?:\s+[a-z]+){0,3}\s*[.!]?\s*$")
_RELATIVE_JUST_BEFORE = re.compile(r"\b(?:which|whom|who|that)\s+$")
_CUE_WORD = re.compile(r"\b(according to|[A-Za-z]+)\b", re.IGNORECASE)


@cache
def _participles() -> frozenset[str]:
    return frozenset(w for w in words("cues") if w.endswith("ing"))


class Attributor:
    """Attributes the quotes of one article, keeping the cues of each sentence once."""

    def __init__(self, article: Article):
        self.article = article
        self.resolver = Resolver(article)
        self._cues: dict[int, list[Cue]] = {}

    def cues(self, sentence: Sentence) -> list[Cue]:
        """The reporting cues of a sentence, outside quotes, as (start, end, surface)."""
        if sentence.start not in self._cues:
            self._cues[sentence.start] = self._find_cues(sentence)
        return self._cues[sentence.start]

    def _find_cues(self, sentence: Sentence) -> list[Cue]:
        article, found = self.article, []
        segment = article.masked[sentence.start:sentence.end]
        for match in _CUE_WORD.finditer(segment):
            word = match.group(1).lower()
            if word != "according to" and word not in words("cues"):
                continue
            following = article.masked[sentence.start + match.end():sentence.start + match.end() + 4]
            if word in _BEFORE_INFINITIVE and following == " to ":
                continue  # "continued to rise", "agreed to meet": not reporting
            if word == "put" and not following.startswith(" it"):
                continue  # only "as X put it"
            start, end = sentence.start + match.start(), sentence.start + match.end()
            if article.inside_quote(start) or _NOUN_BEFORE.search(segment, 0, match.start()):
                continue  # "the note says": after a determiner, "note" is a noun
            surface = article.text[start:end]
            if word in ("called", "call", "calls", "calling") and article.masked[end:end + 3] == " on":
                surface += " on"
            if word == "put":
                surface, end = surface + " it", end + 3  # "as X put it": "it" is no speaker
            found.append((start, end, surface))
        return found

    # -- the subject of a cue

    def speaker_for_cue(self, sentence: Sentence, cue: Cue, depth: int = 0) -> Mention | None:
        """The mention that is the subject of ``cue`` in ``sentence``."""
        article = self.article
        cue_start, cue_end, surface = cue
        if surface.lower() == "according to":
            after = article.mentions_between(cue_end, sentence.end)
            return after[0] if after else None
        passive = self.passive_agent(cue_end, sentence.end)
        if passive:
            return passive
        before = article.masked[sentence.start:cue_start].rstrip()
        inverted = self._inverted_speaker(sentence, cue, before)
        if inverted:
            return inverted
        relative = self._relative_antecedent(sentence, before) or \
            what_clause_subject(self.article, sentence, cue_start) or \
            self._absolute_subject(sentence, cue)
        return relative or self._ordinary_subject(sentence, cue, before, depth)

    def _inverted_order(self, cue: Cue) -> bool:
        word = cue[2].lower()
        return word not in _participles() and word not in _OBJECT_CUES

    def _inverted_speaker(self, sentence: Sentence, cue: Cue, before: str) -> Mention | None:
        """'"...," said X': nothing but the quote before the cue; 'X "won easily", said Y.'"""
        if not self._inverted_order(cue):
            return None
        article = self.article
        closer_at = sentence.start + len(before)
        right_after_quote = before.endswith(QUOTE_CLOSERS) and any(
            article.inside_quote(k) for k in range(max(sentence.start, closer_at - 3), closer_at))
        if right_after_quote or not self._words_outside_quotes(sentence.start, cue[0]):
            inverted = self._inverted_subject(cue[1], sentence.end)
            if inverted:
                return inverted
        if self._closing_inversion(sentence, cue, before):
            return self._inverted_subject(cue[1], sentence.end)
        return None

    def _ordinary_subject(self, sentence: Sentence, cue: Cue, before: str, depth: int) -> Mention | None:
        """The subject before the cue; a participle or a verb after "and" takes the subject of
        the cue before it in the main clause."""
        cue_start, _, surface = cue
        main = main_clause_start(self.article.masked, sentence.start, cue_start)
        earlier = [c for c in self.cues(sentence) if c[1] <= cue_start and c[0] >= main]
        if surface.lower() in _participles() or before.lower().split()[-1:] == ["and"]:
            if depth < 4 and earlier:
                return self.speaker_for_cue(sentence, earlier[-1], depth + 1)
            return self._clause_subject(sentence, cue_start)
        subject = self._plain_subject(sentence, cue, before)
        if subject is None and depth < 4 and earlier and before.endswith(","):
            return self.speaker_for_cue(sentence, earlier[-1], depth + 1)
        return subject

    def _plain_subject(self, sentence: Sentence, cue: Cue, before: str) -> Mention | None:
        """A mention before the cue, an inverted one after a comma or quote, or a noun phrase."""
        subject = self._subject_before(sentence, cue[0])
        if subject is None and self._inverted_order(cue) and before.endswith((",", *QUOTE_CLOSERS)):
            subject = self._inverted_subject(cue[1], sentence.end)
        return subject or determiner_phrase(self.article.masked, self.article.text, sentence.start, cue[0])

    def _absolute_subject(self, sentence: Sentence, cue: Cue) -> Mention | None:
        """ "with the guild calling it '...'": a participle's own subject."""
        if cue[2].lower() not in _participles():
            return None
        return with_clause_subject(self.article.masked, self.article.mentions_between(sentence.start, cue[0]), cue[0])

    def _closing_inversion(self, sentence: Sentence, cue: Cue, before: str) -> bool:
        """'X "won easily" in 2010, said professor Y.': a comma, an inverted cue and a name that
        ends the sentence (or an appositive) attribute the quoted clause before them."""
        if not before.endswith(",") or not any(
                self.article.inside[sentence.start:cue[0]]):
            return False
        subject = self._inverted_subject(cue[1], sentence.end)
        if subject is None or subject.kind not in ("person", "name1", "role", "org"):
            return False
        if self.article.masked[subject.end:sentence.end].lstrip()[:1] not in (",", ".", ""):
            return False
        mention_between, cue_between = self._between_quote_and(sentence, cue[0])
        named = subject.kind in ("person", "name1")  # 'a "..." and prices rise, said Roe'
        return not (mention_between and (cue_between or not named))

    def _between_quote_and(self, sentence: Sentence, cue_start: int) -> tuple[bool, bool]:
        """What stands between the last quote before ``cue_start`` and the cue: a subject-like
        mention; another reporting cue ('"...," X said, and Y agreed, said Z')."""
        inside = self.article.inside
        last = max((k for k in range(cue_start - 1, sentence.start - 1, -1) if inside[k]), default=None)
        if last is None:
            return False, False
        return (any(m.subject_like for m in self.article.mentions_between(last, cue_start)),
                any(last < c[0] < cue_start for c in self.cues(sentence)))

    def _words_outside_quotes(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` holds a letter outside quotation marks."""
        masked, inside = self.article.masked, self.article.inside
        return any(masked[k].isalpha() and not inside[k] for k in range(start, end))

    def passive_agent(self, cue_end: int, limit: int) -> Mention | None:
        """ "was asked by moderator Jane Roe whether": the agent after "by"."""
        by = _BY_AGENT.match(self.article.masked[cue_end:cue_end + 10])
        if not by:
            return None
        after = self.article.mentions_between(cue_end + by.end() - 4, min(limit, cue_end + 120))
        if after and _title_like(self.article.masked[cue_end + by.end():after[0].start]):
            return after[0] if after[0].kind != "role" or after[0].start <= cue_end + by.end() else None
        return None

    def _clause_subject(self, sentence: Sentence, cue_start: int) -> Mention | None:
        """A participle ("X went after Y on Monday, calling it ...") belongs to the subject of
        its clause: the first subject-like mention of the sentence before it."""
        main = main_clause_start(self.article.masked, sentence.start, cue_start)
        subjects = [m for m in self.article.mentions_between(main, cue_start)
                    if m.subject_like and not m.possessive and not m.after_preposition] or \
            [m for m in self.article.mentions_between(sentence.start, cue_start)
             if m.subject_like and not m.possessive and not m.after_preposition]
        for mention in subjects:  # the one a verb follows, not "In Salem, New Hampshire, X ..."
            if _LOWER_WORD_AFTER.match(self.article.masked[mention.end:mention.end + 3]):
                return mention
        if subjects:
            return subjects[0]
        # no name or pronoun as subject: a noun phrase that opens the sentence ("The town
        # released a statement saying") before the nearest mention, which may be the object
        return opening_subject(self.article.masked, self.article.text, sentence.start, cue_start) or \
            self._subject_before(sentence, cue_start)

    def _relative_antecedent(self, sentence: Sentence, before: str) -> Mention | None:
        """'welcomed by Hanoi, which described ...': the name before ', which'."""
        relative = _RELATIVE_CLAUSE.search(before)
        if not relative or any(w in pairs("pronouns") for w in relative.group(3).split()):
            return None  # "Roe, who he dubbed": "he" is the subject
        clause_end = sentence.start + relative.end(1)
        named = [m for m in self.article.mentions_between(sentence.start, clause_end) if not m.possessive]
        if named and not self.article.masked[named[-1].end:clause_end].strip():
            who = sentence.start + relative.start(2)
            return Mention(who, who + len(relative.group(2)), relative.group(2), "relative",
                           antecedent=named[-1])
        return None

    def _subject_before(self, sentence: Sentence, cue_start: int) -> Mention | None:
        """Normal order: the subject-like mention nearest before the cue."""
        masked = self.article.masked
        candidates = [m for m in self.article.mentions_between(sentence.start, cue_start)
                      if not m.possessive and not m.after_preposition]
        candidates = [m for k, m in enumerate(candidates)
                      if not (k and describes_previous(masked, candidates[k - 1], m))]
        apposed = self._apposed_subject(candidates, cue_start)
        if apposed:
            return apposed
        for mention in reversed(candidates):
            gap = masked[mention.end:cue_start]
            if mention.subject_like or (only_skippable(gap) and not mention.object_like):
                return mention
        return candidates[-1] if candidates else None

    def _apposed_subject(self, candidates: list[Mention], cue_start: int) -> Mention | None:
        """ "X, an adviser to Y at Z, said": X, not Y or Z; "the company's chief, Jane Roe,
        said": the name, which is fuller."""
        masked = self.article.masked
        for k, mention in enumerate(candidates):
            if not (mention.subject_like and _APPOSITIVE_GAP.fullmatch(masked[mention.end:cue_start])):
                continue
            named = candidates[k + 1] if k + 1 < len(candidates) else None
            if mention.kind == "role" and named and named.kind in ("person", "name1") and \
                    _COMMA_ONLY.fullmatch(masked[mention.end:named.start]):
                return named
            return mention
        return None

    def _inverted_subject(self, cue_end: int, limit: int) -> Mention | None:
        """The subject after an inverted cue: '," said agency spokesman Jan Ek.',
        '," said Virginia delegate Jane Roe, angered that ...'."""
        masked = self.article.masked
        clause = _CLAUSE_TO_PUNCTUATION.match(masked[cue_end:limit])
        clause_end = cue_end + (clause.end() if clause else 0)
        mentions = self.article.mentions_between(cue_end, clause_end)
        if not mentions or not _title_like(masked[cue_end:mentions[0].start]):
            return None
        # a title phrase may hold a place or a body before the person: take the person
        chosen = mentions[0]
        for later in mentions[1:]:
            if later.kind not in ("person", "name1") or not _title_like(masked[chosen.end:later.start]):
                break
            chosen = later
        tail = masked[chosen.end:clause_end].strip().rstrip(".").lower().split()
        if tail and len(tail) > 3 and tail[0] not in _TAIL_OPENERS and \
                tail[0] not in union("prepositions", "skippable", "calendar"):
            return None
        return chosen

    # -- quotes without a cue of their own

    def introduced_by_colon(self, sentence: Sentence, quote: Quote) -> Mention | None:
        """'Senator Jane Roe was blunt: "..."': the subject of the clause before the colon, else
        the name that stands right before the colon ('... surprise pollster Jane Roe: "..."')."""
        before = self.article.masked[sentence.start:quote.start].rstrip(" \"“'‘")
        if not before.endswith(":"):
            return None
        mentions = [m for m in self.article.mentions_between(sentence.start, quote.start)
                    if not m.possessive]
        subjects = [m for m in mentions if m.subject_like]
        main = main_clause_start(self.article.masked, sentence.start, quote.start)
        if subjects:
            acting = [m for m in subjects if m.start >= main and self._acts(m)]
            return acting[-1] if acting else next((m for m in subjects if m.start >= main), subjects[0])
        return self._name_before_colon(mentions, sentence.start + len(before) - 1)

    def _name_before_colon(self, mentions: list[Mention], colon: int) -> Mention | None:
        """ '... surprise pollster Jane Roe: "..."': the name that stands right before the colon."""
        last = mentions[-1] if mentions else None
        if last and last.kind in ("person", "name1") and _COLON_TAIL.fullmatch(self.article.masked[last.end:colon]):
            return last
        return None

    def _acts(self, mention: Mention) -> bool:
        """A subject followed by its verb, not after a preposition nor in a relative clause."""
        masked = self.article.masked
        return not mention.after_preposition and \
            _LOWER_WORD_AFTER.match(masked[mention.end:mention.end + 3]) is not None and \
            not _RELATIVE_JUST_BEFORE.search(masked[max(0, mention.start - 8):mention.start])

    def introduced_above(self, sentence: Sentence, quote: Quote) -> Mention | None:
        """A quote that opens a paragraph after one ending in a colon ("X released the
        following statement:") belongs to the subject of that colon's sentence."""
        article = self.article
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
        acting = [m for m in subjects if _LOWER_WORD_AFTER.match(article.masked[m.end:m.end + 3])]
        # the subject whose verb leads to the colon: "X made claims, and Y responded:" is Y's
        return acting[-1] if acting else subjects[0] if subjects else None

    def _nested_subject(self, sentence: Sentence, quote: Quote) -> Mention | None:
        """ "X is winning applause as he keeps talking about the '...'": the quote sits in the
        subordinate clause, whose subject pronoun is the speaker."""
        masked = self.article.masked
        for mention in reversed(self.article.mentions_between(sentence.start, quote.start)):
            opener = _SUBORDINATOR_BEFORE.search(masked[max(0, mention.start - 12):mention.start])
            if mention.kind == "pronoun" and opener:
                between = masked[mention.end:quote.start]
                return None if any(c in between for c in ",;:") else mention
        return None

    def sentence_subject(self, sentence: Sentence, quote: Quote) -> Mention | None:
        """A quote inside a sentence with no reporting verb ("X praised Y as '...'", "'...!'
        beamed X") belongs to the sentence's subject; a quote that is a sentence of its own
        has none (it continues the speaker before it)."""
        article = self.article
        main = main_clause_start(article.masked, sentence.start, quote.start)
        nested = self._nested_subject(sentence, quote)
        if nested:
            return nested
        for start in (main, sentence.start) if main > sentence.start else (sentence.start,):
            for mention in article.mentions_between(start, quote.start):
                if mention.subject_like and not mention.possessive and not mention.after_preposition:
                    return mention
        if self._words_outside_quotes(sentence.start, quote.start):
            return opening_subject(article.masked, article.text, sentence.start, quote.start)
        after = article.mentions_between(quote.end, sentence.end)
        if after and not _WORD_CHAR.search(article.masked[quote.end:after[0].start]):
            return after[0]  # '"...," the nominee riffed'
        verb = _VERB_AFTER_QUOTE.match(article.masked[quote.end:quote.end + 40])
        if verb and not self.cues(sentence):
            return self._inverted_subject(quote.end + verb.end() - 1, sentence.end)
        return None

    def bare_subject(self, sentence: Sentence, cue: Cue, quote: Quote) -> Mention | None:
        """A noun phrase that is no mention, as the subject of a cue right after the quote:
        '"...," said the 52-year-old', '"...," federal prosecutors wrote'."""
        article = self.article
        if cue[0] < quote.end:
            return opening_subject(article.masked, article.text, sentence.start, cue[1])
        if not self._words_outside_quotes(quote.end, cue[0]):
            phrase = after_inverted_cue(article.masked, article.text, cue[1], sentence.end)
        else:
            phrase = between_quote_and_cue(article.masked, article.text, quote.end, cue[0])
        if phrase is None:
            return None
        named = article.mentions_between(phrase.start, phrase.end)
        if named and named[-1].end == phrase.end and named[-1].kind in ("person", "name1", "org"):
            return named[-1]  # "master of ceremonies Paul Arden": the name
        return phrase

    def _tag_verb(self, following: Sentence, strict: bool) -> list[Cue]:
        """ '"...?" Roe pressed.': a short sentence of a speaker and a past-tense verb after a
        question or exclamation tags it, whatever the verb."""
        if strict:
            return []
        article = self.article
        first = next(iter(article.mentions_between(following.start, following.end)), None)
        if first is None or article.masked[following.start:first.start].strip():
            return []
        tag = _TAG_VERB.match(article.masked, first.end, following.end)
        if not tag:
            return []
        return [(tag.start(1), tag.end(1), article.text[tag.start(1):tag.end(1)])]

    def attribution_after(self, sentence: Sentence, strict: bool = False) -> tuple[Sentence, Cue] | None:
        """A sentence right after a quote that opens with an attribution ('"Why?" Smith asked.')."""
        article = self.article
        index = article.sentence_index(sentence.start)
        if index + 1 >= len(article.sentences):
            return None
        following = article.sentences[index + 1]
        opening = article.masked[following.start:following.end]
        if opening.lstrip()[:1] in ('"', "“") or \
                article.paragraph_of(following.start) != article.paragraph_of(sentence.start):
            return None
        cues = self.cues(following) or self._tag_verb(following, strict)
        if not cues:
            return None
        lead = article.masked[following.start:cues[0][0]].strip()
        first = next(iter(article.mentions_between(following.start, cues[0][0])), None)
        starts_with_speaker = first is not None and not article.masked[following.start:first.start].strip()
        if strict:  # after a full stop only '"..." Smith said.': the subject, then the cue
            tags = starts_with_speaker and self._tags_quote_before(following, cues[0], first)
            return (following, cues[0]) if tags else None
        if not lead or (starts_with_speaker and len(lead) <= 120) or lead[:1].islower():
            return following, cues[0]  # a lower-case opening goes on the quote's sentence
        return None


    def _tags_quote_before(self, following: Sentence, cue: Cue, first: Mention | None) -> bool:
        """ '"..." Smith said.': the subject right before the cue, and no words of its own after
        it ('"..." He added, "...": the cue introduces words of its own, not the quote before)."""
        article = self.article
        adjacent = first is not None and only_skippable(article.masked[first.end:cue[0]])
        rest = article.masked[cue[1]:following.end]
        own_words = any(article.inside[cue[1]:following.end]) or len(rest.split()) > 6
        return adjacent and not own_words


def _title_like(gap: str) -> bool:
    """Words that may stand between an inverted cue and its subject, or between a title's
    place and the person ("said Republican party boss X"): a few words, no verb or clause."""
    found = gap.lower().split()
    stop = union("prepositions", "cues", "subject_openers") | _TAIL_OPENERS
    return len(found) <= 6 and not any(w.strip(".") in stop for w in found)
