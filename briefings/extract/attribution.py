"""The cues of a sentence and their subjects, and the attributions a quote without a cue may use.

``Attributor`` answers, for one article:

1. the reporting cues of a sentence ("said", "told", "according to", ...), not a cue word
   after a determiner ("the note says") nor one inside a quote;
2. the subject of a cue (``speaker_for_cue``): inverted ('," said X'), "according to X",
   "X, which described", a participle or coordinated cue (", saying" → the earlier cue's
   subject), the nearest subject-like mention before the cue (appositives, objects of
   prepositions and possessives skipped), or a plain noun phrase where no mention is
   ('," said the 52-year-old');
3. a plain noun phrase as the subject of a cue right after a quote (``bare_subject``).

A quote without a cue of its own is attributed by ``uncued`` (the next sentence, a colon, the
sentence's subject), which asks the same ``Attributor``; the reading-order pass that uses both
is ``reading.attribute``.
"""

from __future__ import annotations

import re
from functools import cache

from briefings.extract.article import Article
from briefings.extract.clause import may_be_subject, opens_apposed, phrase_after_quote
from briefings.extract.cue_forms import answered_back, noun_after_determiner, noun_after_participle, quoted_as
from briefings.extract.lexicon import pairs, union, words
from briefings.extract.mention import Mention
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
from briefings.extract.relative import is_a_place, what_clause_start, what_clause_subject
from briefings.extract.reported_clauses import named_after_said, relayed_across_adjunct, set_off_comma
from briefings.extract.resolve import Resolver
from briefings.extract.sentences import Sentence
from briefings.extract.spans import Quote

# patterns compiled once (pysbd fills the re module cache with its own)
_BY_AGENT = re.compile(r" by (?:the )?")
LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")
_RELATIVE_CLAUSE = re.compile(r"([^,]*),\s*(which|who)((?:\s+[a-z]+){0,5})\s*$")
_COMMA_ONLY = re.compile(r"\s*,\s*")
_CLAUSE_OPENS = re.compile(r"(?:[,;]\s*(?:while|whereas|but|although|though)|;)\s+$")  # ", while X ..."
_CLAUSE_TO_PUNCTUATION = re.compile(r"[^,;:!?\"“”(]*")


Cue = tuple[int, int, str]
QUOTE_CLOSERS = ('"', "”", "'", "’")
_OBJECT_CUES = {"told", "tell", "tells", "telling"}  # "told X": X is the listener
# "The leadership, on a call Friday, criticized Sanders for ...": after a comma, the name that
# follows one of these is its target, never an inverted subject (that needs a quote before it)
_AIMED_CUES = {"accuse", "accused", "accuses", "blast", "blasted", "blasts", "blamed", "condemn", "condemned",
               "condemns", "criticise", "criticised", "criticises", "criticize", "criticized", "labelled",
               "branded", "dubbed", "termed", "mocked", "mocks", "assured", "reminded", "implored"}
# "the group is calling on X to": a participle after one of these is the clause's own verb
_AUXILIARIES = {"is", "are", "was", "were", "be", "been", "am"}
# a verb right after the name an inverted cue would take: the name opens the reported clause
_FINITE_AFTER_SUBJECT = _AUXILIARIES | {"had", "has", "have", "would", "will", "could", "should", "might",
                                        "must", "can", "did", "does", "do"}
_TAIL_OPENERS = {"who", "whose", "which", "that", "while", "as", "after", "before", "when",
                 "adding", "noting", "according", "though", "although", "because"}
# an acronym in brackets may sit inside: ", an expert at the Institute of X (IRIS),"
_APPOSITIVE_GAP = re.compile(r"\s*,(?:[^.;:!?\"“”()]|\([A-Z]{2,10}\))*,\s*(?:(?:[a-z]+ly|also|then|later|now)\s+)?")
# a relative clause set off by commas right before the cue: "X, who heads the movement Y, had
# called", "a spokesperson for the group, which includes Z, said": the subject stands before it
_CLOSED_RELATIVE = re.compile(r",\s*(?:who|which|whose)\b(?:[^;:\"“”()]|\([A-Z]{2,8}\))*,"  # "(LFI)" inside
                              r"\s*(?:(?:had|has|have|also|then|later|[a-z]+ly)\s+)?\Z")
_BEFORE_INFINITIVE = {"continued", "continues", "agreed", "read", "answered"}
# "maintained that ...", "maintained: '...'" report; "would maintain security control" does not
_CLAUSE_ONLY = {"maintain", "maintains", "maintained", "maintaining"}
_REPORTED_CLAUSE = re.compile(r"\s*(?:that\b|[,:\"“'‘«]|$)")
_CUE_WORD = re.compile(r"\b(according to|[A-Za-z]+)\b", re.IGNORECASE)
# a capitalised title after a possessive, its portfolio's small words, then a comma
# capitalised words (a title the person's mention holds) and nothing else: no comma, no clause
_TITLE_WORDS_ONLY = re.compile(r"(?:\s+[A-Z][\w'’.-]*)*\s*")
_OWNED_TITLE = re.compile(r"(?:\s+(?:[A-Z][\w'’.-]*|of|for|and|the|on))+\s*,\s*")
# '"…," the Commission states in its press release': "states" after a quote and its subject
_QUOTE_THEN_SUBJECT = re.compile(r"[,!?][\"”][ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}[ \t]+\Z")


@cache
def _participles() -> frozenset[str]:
    return frozenset(w for w in words("cues") if w.endswith("ing"))


def _is_participle(cue: Cue) -> bool:
    """Whether a cue is a participle: its first word, so that "calling on" (a cue written with
    its particle) is one as "calling" is, and belongs to its clause's subject."""
    return cue[2].lower().split()[0] in _participles()


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
            if not _cue_word(word, segment, match):
                continue
            following = article.masked[sentence.start + match.end():sentence.start + match.end() + 4]
            if word in _BEFORE_INFINITIVE and following == " to ":
                continue  # "continued to rise", "agreed to meet": not reporting
            if word == "put" and not following.startswith(" it"):
                continue  # only "as X put it"
            if word in _CLAUSE_ONLY and not _REPORTED_CLAUSE.match(segment, match.end()):
                continue
            start, end = sentence.start + match.start(), sentence.start + match.end()
            if article.inside_quote(start) or noun_after_determiner(segment, match.start()) or \
                    noun_after_participle(article.masked, start, word):
                continue  # "the note says", "rejected remarks by X": a noun, not a verb
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
        if surface.lower() == "according to":  # the source right after it, not the clause's subject:
            after = article.mentions_between(cue_end, sentence.end)  # "According to his physician, the tycoon had"
            return after[0] if after and not any(c in article.masked[cue_end:after[0].start] for c in ",;:") else None
        passive = None if quoted_as(article.masked, cue_start) else self.passive_agent(cue_end, sentence.end)
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
        return not _is_participle(cue) and cue[2].lower() not in _OBJECT_CUES

    def _inverted_speaker(self, sentence: Sentence, cue: Cue, before: str) -> Mention | None:
        """'"...," said X': nothing but the quote before the cue; 'X "won easily", said Y.'"""
        if not self._inverted_order(cue):
            return None
        article = self.article
        closer_at = sentence.start + len(before)
        right_after_quote = before.endswith(QUOTE_CLOSERS) and any(
            article.inside_quote(k) for k in range(max(sentence.start, closer_at - 3), closer_at))
        if right_after_quote or not self.words_outside_quotes(sentence.start, cue[0]):
            inverted = self.inverted_subject(cue[1], sentence.end)
            if inverted:
                return inverted
        if self._closing_inversion(sentence, cue, before):
            return self.inverted_subject(cue[1], sentence.end)
        return None

    def _ordinary_subject(self, sentence: Sentence, cue: Cue, before: str, depth: int) -> Mention | None:
        """The subject before the cue; a participle or a verb after "and" or "but" takes the
        subject of the cue before it in the main clause ("X said France was ready but warned")."""
        cue_start = cue[0]
        main = main_clause_start(self.article.masked, sentence.start, cue_start)
        earlier = [c for c in self.cues(sentence) if c[1] <= cue_start and c[0] >= main]
        last_word = before.lower().split()[-1:]
        coordinated = last_word in (["and"], ["but"])
        if (_is_participle(cue) and not set(last_word) & _AUXILIARIES) or coordinated:
            earlier = self._past_set_off_attribution(sentence, earlier) if coordinated else earlier
            if depth < 4 and earlier:
                return self.speaker_for_cue(sentence, earlier[-1], depth + 1)
            return self._clause_subject(sentence, cue_start)
        subject = self._plain_subject(sentence, cue, before)
        if subject is None and depth < 4 and earlier and before.endswith(","):
            return self.speaker_for_cue(sentence, earlier[-1], depth + 1)
        return subject

    def _past_set_off_attribution(self, sentence: Sentence, earlier: list[Cue]) -> list[Cue]:
        """ "Bush pledged to work with India, McClellan said, and called the attack '…'": the
        cues before an attribution set off by commas (``reported_clauses.set_off_comma``)."""
        if not earlier:
            return earlier
        comma = set_off_comma(self.article.masked, sentence.start, earlier[-1],
                              self._subject_before(sentence, earlier[-1][0]))
        return earlier if comma is None else [c for c in earlier if c[1] <= comma] or earlier

    def _plain_subject(self, sentence: Sentence, cue: Cue, before: str) -> Mention | None:
        """A mention before the cue, an inverted one after a comma or quote, or a noun phrase.
        A noun phrase set off from the cue by a clause comes before inversion: in "The officer,
        who declined to be named, said Beijing '...'" the comma closes the clause, and the name
        after the cue is the reported clause's subject, not the speaker."""
        subject = self._subject_before(sentence, cue[0])
        phrase = None if subject else determiner_phrase(self.article.masked, self.article.text, sentence.start,
                                                        cue[0])
        if phrase is not None and _APPOSITIVE_GAP.fullmatch(self.article.masked, phrase.end, cue[0]):
            return phrase
        if subject is None and self._inverted_order(cue) and (before.endswith(QUOTE_CLOSERS) or (
                before.endswith(",") and cue[2].lower() not in _AIMED_CUES)):
            subject = self.inverted_subject(cue[1], sentence.end)
        return subject or phrase

    def _absolute_subject(self, sentence: Sentence, cue: Cue) -> Mention | None:
        """ "with the guild calling it '...'": a participle's own subject."""
        if not _is_participle(cue):
            return None
        return with_clause_subject(self.article.masked, self.article.mentions_between(sentence.start, cue[0]), cue[0])

    def _closing_inversion(self, sentence: Sentence, cue: Cue, before: str) -> bool:
        """'X "won easily" in 2010, said professor Y.': a comma, an inverted cue and a name that
        ends the sentence (or an appositive) attribute the quoted clause before them."""
        if not before.endswith(",") or not any(
                self.article.inside[sentence.start:cue[0]]):
            return False
        subject = self.inverted_subject(cue[1], sentence.end)
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

    def words_outside_quotes(self, start: int, end: int) -> bool:
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
        subjects = self._subjects_between(main, cue_start) or self._subjects_between(sentence.start, cue_start)
        for mention in reversed(subjects):  # "X signed an order, while Y proposed '...' and said"
            if _CLAUSE_OPENS.search(self.article.masked, max(0, mention.start - 16), mention.start):
                return mention
        masked = self.article.masked
        for mention in subjects:  # the one a verb follows, not "In Salem, New Hampshire, X ..."
            if LOWER_WORD_AFTER.match(masked[mention.end:mention.end + 3]) or \
                    opens_apposed(masked, main, mention):  # "X, the governor, repeated claims that Y ..."
                return mention
        if subjects:
            return subjects[0]
        return self._no_subject_like(sentence, cue_start)

    def _subjects_between(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.article.mentions_between(start, end)
                if m.subject_like and not m.possessive and not m.after_preposition]

    def _no_subject_like(self, sentence: Sentence, cue_start: int) -> Mention | None:
        """No name or pronoun as a participle's subject: a noun phrase that opens the sentence
        ("The town released a statement saying") before the nearest mention; never the object of
        the verb the participle follows ("defended the recognition of Palestine, telling X")."""
        nearest = self._subject_before(sentence, cue_start)
        if nearest is not None and self.article.masked[nearest.start - 1:nearest.start] == "(":
            named = self.article.mentions_before(nearest.start, limit=1)  # "a deadline from the X Community
            nearest = None if named and named[-1].after_preposition else nearest  # (XC), saying": no subject
        return opening_subject(self.article.masked, self.article.text, sentence.start, cue_start) or \
            (None if nearest is None or (nearest.object_like and not nearest.subject_like) else nearest)

    def _relative_antecedent(self, sentence: Sentence, before: str) -> Mention | None:
        """'welcomed by Hanoi, which described ...': the name before ', which'."""
        relative = _RELATIVE_CLAUSE.search(before)
        if not relative or any(w in pairs("pronouns") for w in relative.group(3).split()):
            return None  # "Roe, who he dubbed": "he" is the subject
        clause_end = sentence.start + relative.end(1)
        named = [m for m in self.article.mentions_between(sentence.start, clause_end) if not m.possessive]
        if named and not self.article.masked[named[-1].end:clause_end].strip() and \
                not is_a_place(self.article.masked, named[-1]):
            who = sentence.start + relative.start(2)
            return Mention(who, who + len(relative.group(2)), relative.group(2), "relative",
                           antecedent=named[-1])
        return None

    def _own_clause_start(self, sentence: Sentence, cue_start: int) -> int:
        """Where the cue's subject may begin: after "what" of a free relative clause with its own
        subject ("in what one conservative has dubbed"), after a quote that a determiner phrase
        follows ('"...," the pitch says'), else the sentence's start."""
        masked = self.article.masked
        return what_clause_start(masked, sentence.start, cue_start) or \
            phrase_after_quote(self.article.inside, masked, sentence.start, cue_start) or sentence.start

    def _subject_before(self, sentence: Sentence, cue_start: int) -> Mention | None:
        """Normal order: the subject-like mention nearest before the cue."""
        masked = self.article.masked
        relative = _CLOSED_RELATIVE.search(masked, sentence.start, cue_start)
        end = relative.start() if relative else cue_start  # "X, who heads Y, said": never Y
        start = self._own_clause_start(sentence, cue_start)
        candidates = [m for m in self.article.mentions_between(start, end) if may_be_subject(masked, m)]
        candidates = [m for k, m in enumerate(candidates)
                      if not (k and describes_previous(masked, candidates[k - 1], m))]
        apposed = self._apposed_subject(candidates, cue_start)
        if apposed:
            return apposed
        for mention in reversed(candidates):
            gap = masked[mention.end:cue_start]
            if mention.subject_like or (only_skippable(gap) and
                                        (not mention.object_like or named_after_said(masked, mention))):
                return mention  # "Aides said Aydin told him": no object of "said", the subject of "told"
        return candidates[-1] if candidates else None

    def _apposed_subject(self, candidates: list[Mention], cue_start: int) -> Mention | None:
        """ "X, an adviser to Y at Z, said": X, not Y or Z; "the company's chief, Jane Roe,
        said": the name, which is fuller."""
        masked = self.article.masked
        relayed = relayed_across_adjunct(masked, candidates, cue_start)  # "X said Y, in a call, urged"
        if relayed is not None:
            return relayed
        for k, mention in enumerate(candidates):
            if not (mention.subject_like and _APPOSITIVE_GAP.fullmatch(masked[mention.end:cue_start])):
                continue
            named = candidates[k + 1] if k + 1 < len(candidates) else None
            if self._a_title(mention) and named and named.kind in ("person", "name1") and \
                    _COMMA_ONLY.fullmatch(masked[mention.end:named.start]):
                return named
            return mention
        return None

    def _a_title(self, mention: Mention) -> bool:
        """A role phrase, or one capitalised word after "the" ("The Tánaiste, Jane Roe, said"):
        an office the name after the comma holds, not a speaker of its own."""
        if mention.kind == "role":
            return True
        before = self.article.masked[max(0, mention.start - 4):mention.start]
        return mention.kind in ("person", "name1") and " " not in mention.surface.strip() and \
            before.lower().endswith("the ")

    def inverted_subject(self, cue_end: int, limit: int) -> Mention | None:
        """The subject after an inverted cue: '," said agency spokesman Jan Ek.',
        '," said Virginia delegate Jane Roe, angered that ...'."""
        masked = self.article.masked
        clause = _CLAUSE_TO_PUNCTUATION.match(masked[cue_end:limit])
        clause_end = cue_end + (clause.end() if clause else 0)
        mentions = self.article.mentions_between(cue_end, clause_end)
        if not mentions or not _title_like(masked[cue_end:mentions[0].start]):
            return None
        if mentions[0].possessive:
            return self._holder_after_owned_title(mentions[0], limit)
        # a title phrase may hold a place or a body before the person: take the person
        chosen = mentions[0]
        for later in mentions[1:]:
            if later.kind not in ("person", "name1") or not _title_like(masked[chosen.end:later.start]):
                break
            chosen = later
        tail = masked[chosen.end:clause_end].strip().rstrip(".").lower().split()
        if tail and tail[0] in _FINITE_AFTER_SUBJECT:
            return None  # ', said Kessler had "…"': Kessler is the reported clause's subject
        if tail and len(tail) > 3 and tail[0] not in _TAIL_OPENERS and \
                tail[0] not in union("prepositions", "skippable", "calendar"):
            return None
        return chosen

    def _holder_after_owned_title(self, owner: Mention, limit: int) -> Mention | None:
        """ '," said Kenya's Minister of Health, Jane Roe.': the owner of a title is never its
        holder; the person named after the title and its comma is ('," said Britain's U.N.
        Ambassador Jane Roe.': the person whose mention holds the title), and with none, no one."""
        titled = self.article.mentions_between(owner.end, limit)[:1]  # "said Britain's U.N. Ambassador X."
        if titled and titled[0].kind == "person" and titled[0].titles and \
                _TITLE_WORDS_ONLY.fullmatch(self.article.masked, owner.end, titled[0].start):
            return titled[0]
        gap = _OWNED_TITLE.match(self.article.masked, owner.end, limit)
        if gap is None:
            return None
        following = self.article.mentions_between(gap.end(), limit)
        if following and following[0].start == gap.end() and following[0].kind in ("person", "name1"):
            return following[0]
        return None

    def bare_subject(self, sentence: Sentence, cue: Cue, quote: Quote) -> Mention | None:
        """A noun phrase that is no mention, as the subject of a cue right after the quote:
        '"...," said the 52-year-old', '"...," federal prosecutors wrote'."""
        article = self.article
        if cue[0] < quote.end:
            return opening_subject(article.masked, article.text, sentence.start, cue[1])
        if not self.words_outside_quotes(quote.end, cue[0]):
            phrase = after_inverted_cue(article.masked, article.text, cue[1], sentence.end)
        else:
            phrase = between_quote_and_cue(article.masked, article.text, quote.end, cue[0])
        if phrase is None:
            return None
        named = article.mentions_between(phrase.start, phrase.end)
        if named and named[-1].end == phrase.end and named[-1].kind in ("person", "name1", "org"):
            return named[-1]  # "master of ceremonies Paul Arden": the name
        return phrase


def _cue_word(word: str, segment: str, match: re.Match[str]) -> bool:
    """A reporting word of ``cues``, "according to", or "states" after a quote."""
    return word == "according to" or word in words("cues") or _states_after_quote(segment, match) or \
        answered_back(word, segment, match.end())


def _states_after_quote(segment: str, match: re.Match[str]) -> bool:
    """ "states" as a cue: in lower case, right after a quote and its capitalised subject ("…,"
    the Commission states), never "member states" nor "the United States" (not in ``cues``)."""
    return match.group(1) == "states" and bool(_QUOTE_THEN_SUBJECT.search(segment, 0, match.start()))


def _title_like(gap: str) -> bool:
    """Words that may stand between an inverted cue and its subject, or between a title's
    place and the person ("said Republican party boss X"): a few words, no verb or clause."""
    found = gap.lower().split()
    stop = union("prepositions", "cues", "subject_openers") | _TAIL_OPENERS
    return len(found) <= 6 and not any(w.strip(".") in stop for w in found)
