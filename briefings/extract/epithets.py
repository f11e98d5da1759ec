"""Noun phrases of any head in the subject place of a reporting verb ("the gambling tycoon
told", "said one former campaign staffer", "a fisherman from the coast said"), read by the
mention finder beside names and role phrases: news brings in unnamed speakers so, and without a
mention for them a later "he said" skips them for someone named earlier. A phrase after a
preposition is that preposition's object ("A statement issued after the talks said": the talks
are no speaker).
"""

from __future__ import annotations

import re

from briefings.extract.lexicon import pairs, union, words
from briefings.extract.mention import Mention

# what may stand between two words of a role phrase: a space, or a number that opens a hyphened
# modifier ("a 34-year-old farmer", "the 12-member council": WORD starts at the letter)
PHRASE_GAP = re.compile(r" (?:\d+-)?")
CLOSING = ('"', "”", "'", "’")  # quotation marks that close a quote
_COMPLEMENT_OPENERS = frozenset({"from", "in", "at", "near"})  # "a farmer from X said"
# a noun phrase after a preposition is its object, never a cue's subject ("issued after the talks said")
_BEFORE_AN_OBJECT = frozenset({"after", "during", "following", "amid", "despite", "throughout", "within"})


class Epithets:
    """The epithet reading of :class:`briefings.extract.mentions.MentionFinder`, over its words."""

    text: str
    masked: str
    inside: bytearray
    words: list[tuple[int, int, str]]

    def _epithet(self, i: int) -> Mention | None:
        """A noun phrase of any head in the subject place of a reporting verb: "the gambling
        tycoon told", "said one former campaign staffer", "the petition reads"."""
        after_cue = self._after_inverted_cue(i)
        if i and self.words[i - 1][2].lower() in _BEFORE_AN_OBJECT | words("prepositions"):
            return None  # "A statement issued after the talks said": the talks are no speaker
        j, cue_next = self._phrase_end(i, after_cue)
        if cue_next:
            return self._phrase(i, j - 1) if j > i + 1 else None
        if after_cue and j > i + 1:
            return self._phrase(i, j - 1)
        if j > i + 1 and self._cue_after_complement(j):
            return self._phrase(i, j - 1)  # "a fisherman from the coast said": the head's phrase
        return None

    def _phrase_end(self, i: int, after_cue: bool) -> tuple[int, bool]:
        """Where the phrase opened at word ``i`` ends (the index after its last word), and whether
        a reporting verb follows it there."""
        stop = union("prepositions", "subject_openers") | {"who", "whose", "that", "to"} | pairs("pronouns").keys()
        j = i + 1
        while j < len(self.words) and j <= i + 6 and \
                PHRASE_GAP.fullmatch(self.masked[self.words[j - 1][1]:self.words[j][0]]):
            low = self.words[j][2].lower()
            if low in words("cues") and not after_cue and _verb_form(low):
                return j, True
            if low in stop or low in words("skippable") or self.inside[self.words[j][0]]:
                break
            j += 1
        return j, False

    def _cue_after_complement(self, j: int) -> bool:
        """Whether word ``j`` opens a short place or origin complement ("from the coast", "in
        the port") that a reporting verb follows. Without it the phrase before is no mention,
        and a later "he said" skips the unnamed speaker for someone named earlier."""
        if j >= len(self.words) or self.words[j][2].lower() not in _COMPLEMENT_OPENERS:
            return False
        for k in range(j + 1, min(j + 6, len(self.words))):
            if self.masked[self.words[k - 1][1]:self.words[k][0]] != " " or self.inside[self.words[k][0]]:
                return False
            low = self.words[k][2].lower()
            if low in words("cues"):
                return _verb_form(low)
            if low in union("subject_openers", "auxiliaries"):
                return False  # "could be blamed", "and they said": another verb phrase or clause
        return False

    def _after_inverted_cue(self, i: int) -> bool:
        """Whether word ``i`` follows a cue that follows a closing mark ('," said one staffer') or a
        comma ('… "casually" from the same mosque, said the bureau's director, X')."""
        if i == 0 or self.words[i - 1][2].lower() not in words("cues"):
            return False
        before_cue = self.masked[max(0, self.words[i - 1][0] - 4):self.words[i - 1][0]].rstrip()
        return self.masked[self.words[i - 1][1]:self.words[i][0]] == " " and before_cue[-1:] in (*CLOSING, ",")

    def _phrase(self, i: int, last: int) -> Mention | None:
        if not self.words[last][2].islower():
            return None  # "the Interior Ministry said": a name, found as a run
        start, end = self.words[i][0], self.words[last][1]
        titles = [w.lower() for _, _, w in self.words[i + 1:last + 1]]
        return Mention(start, end, self.text[start:end], "role", name="", titles=titles)


def _verb_form(cue: str) -> bool:
    """A reporting word that is surely a verb after a noun phrase ("call" may be a noun)."""
    return cue.endswith("ed") or cue in words("verb_cues")
