"""Whose words a reported clause names: "X said Y urged Z to '…'" quotes Y, relayed by X.

Kept apart from ``attribution`` (which finds the subject of any cue) because these rules read
one shape of sentence only: a reporter's "said" whose clause names another speaker, or an
attribution set off inside someone else's clause. The foreign-dev convention (ANNOTATION_NOTES,
rule 9) gives relayed words to their author:

* a name or a definite role phrase right after "said" is the subject of the next cue, not the
  object of "said" ("Aides said Aydin told him", "X said the premier also called …");
  pronouns stay the reporter's account ("sources said he told"), as PolNeAR's annotators read it;
* the same across an adjunct set off by commas: "X said Bush, in a call from his ranch in
  Crawford, Texas, urged Y to '…'";
* "Bush pledged to work with India, McClellan said, and called the attack '…'": the verb after
  "and" goes on from the clause before the set-off attribution.
"""

from __future__ import annotations

import re

from briefings.extract.mention import Mention

# patterns compiled once (pysbd fills the re module cache with its own)
_SAID_BEFORE = re.compile(r"\b(?:said|says|say|added|adds)\s+$")  # verbs of saying that take a clause
# ", in a call from his ranch in Crawford, Texas, ": an adjunct set off by commas (one inside)
_SET_OFF_ADJUNCT = re.compile(r",\s*(?:in|during|at|on|after|before|from|with|by|speaking)\s[^,;:.!?\"“”()]*"
                              r"(?:,[^,;:.!?\"“”()]*)?,\s*(?:(?:also|then|later|[a-z]+ly)\s+)?")
# ", McClellan said, and": an attribution set off by commas, read from its comma to past "and"
_SET_OFF_BY_COMMA = re.compile(r",[^,;:\"“”]*\b(?:said|says|added|adds|noted|stressed)\s*,\s*and\b.*", re.DOTALL)


def named_after_said(masked: str, mention: Mention) -> bool:
    """ "Aides said Aydin told him that": a name (or "the premier") right after a verb of saying
    is no object of it but the subject of the next verb. (Not a pronoun: "sources said he told"
    is the sources' account, as PolNeAR's annotators read it.)"""
    return (mention.kind in ("person", "name1") or _definite_role(mention)) and \
        bool(_SAID_BEFORE.search(masked, max(0, mention.start - 24), mention.start))  # the words just before


def relayed_across_adjunct(masked: str, candidates: list[Mention], cue_start: int) -> Mention | None:
    """ "X said Bush, in a call from his ranch in Crawford, Texas, urged Y to '…'": a name right
    after "said", then an adjunct set off by commas that opens with a preposition, then the cue:
    the name is the cue's subject, not a place inside the adjunct nor X."""
    for mention in candidates:
        if named_after_said(masked, mention) and _SET_OFF_ADJUNCT.fullmatch(masked, mention.end, cue_start):
            return mention
    return None


def set_off_comma(masked: str, sentence_start: int, cue: tuple[int, int, str], subject: Mention | None) -> int | None:
    """Where an attribution set off by commas before "and" begins (", McClellan said, and"):
    the comma before its subject, when only the subject stands between that comma and the cue."""
    comma = masked.rfind(",", sentence_start, cue[0])
    if comma < 0 or subject is None or subject.start < comma or masked[subject.end:cue[0]].strip():
        return None
    return comma if _SET_OFF_BY_COMMA.fullmatch(masked, comma, cue[1] + 8) else None


def _definite_role(mention: Mention) -> bool:
    """ "the premier", "the president": one person a role phrase names, as a name does."""
    return mention.kind == "role" and mention.surface.split()[0].lower() == "the" and \
        not mention.surface.lower().endswith("s")
