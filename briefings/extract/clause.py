"""Where a mention stands in its clause: subject, object, after a preposition; and which
capitalised words belong to a wire dateline or to a title's portfolio rather than to a name.

Attribution prefers a mention that is the subject of its clause ("Roe said"), and skips one
that follows a preposition ("talks with Roe") or a verb ("met Roe"); the words of a dateline
("WASHINGTON, Dec. 8 (UPI) --") name a place, a date and an agency, never a speaker. A name
between "a" and a common noun ("a Texas native who writes") qualifies the noun and is never a
subject (``may_be_subject``); a determiner phrase between a quote and its cue ('"...," the pitch
says') is the cue's subject, not a name before the quote (``phrase_after_quote``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefings.extract.actors import country_or_organisation
from briefings.extract.furniture import outside_spans
from briefings.extract.lexicon import union, words
from briefings.extract.shape import is_not_name

if TYPE_CHECKING:
    from briefings.extract.mention import Mention

# patterns compiled once (pysbd fills the re module cache with its own)
# a wire dateline that opens a paragraph: "PARIS, Dec. 8 (Reuters) --", "WASHINGTON (AP) —"
_FULL_DATELINE = re.compile(r"^[A-Z][A-Z.'’ -]*[A-Z.](?:, [A-Z][A-Za-z.]*)*(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?"
                            r"(?:, \d{4})? ?(?:\([^()\n]{1,40}\) ?)?(?:—|–|--|-)(?=\s)", re.MULTILINE)
# "ISLAMABAD: Pakistan's Foreign Office ...", "BEIJING, Dec 8:": South Asian and Gulf house style
_COLON_DATELINE = re.compile(r"^([A-Z][A-Z'’ -]*[A-Z])(?:, [A-Z][A-Za-z.]*(?: \d{1,2})?)?:(?=[ \t])", re.MULTILINE)
# a word is letters of any script: "Sinn Féin leader X" is a title, not "in" before a name
_WORD_BEFORE_SPACE = re.compile(r"((?:[A-Z]\.){2,}|(?:[^\W\d_]|['’-])+) +$")  # "U.S." too
_INITIALISM = re.compile(r"(?:[A-Z]\.){2,}")
_ALIAS_IN_BRACKETS = re.compile(r"[A-Z][\w'’.-]*\s*\($")  # "Popular Party (" before "PP)"
_ROLE_THEN_AND = re.compile(r"\b([A-Z][a-z]+) and $")  # "Crown Prince and " before a titled name
_LAST_WORD = re.compile(r"((?:[^\W\d_]|['’])+)$")
# "Servant of the People faction head X", "Leader of the Islamic Revolution X": the body after "of the"
# "Russia's state-run RIA Novosti": a possessive that opens its clause, then lower-case modifiers
_OPENING_POSSESSIVE = re.compile(r"(?:^|[.!?:;\n\"“”]\s*|,\s+)(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s"
                                 r"(?:\s+[a-z][a-z-]*){1,3}$")
_CAPITAL_NEXT = re.compile(r"\s*(?:the\s+)?[A-Z]")
_LISTED = r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*"
# a list begun after a preposition, up to a later item: "of Turkey, Sweden and " / "of Turkey, "
# (three items at least: "by the US, and Von der Leyen warns" is two clauses)
_LIST_AFTER_PREPOSITION = re.compile(r"\b(?:of|from|with|between|among|for|by)\s+" + _LISTED +
                                     r"(?:,\s+|(?:,\s+" + _LISTED + r")+,?\s+and\s+)$")
_LIST_GOES_ON = re.compile(r"(?:,\s+" + _LISTED + r")*,?\s+and\s+" + _LISTED)  # after a middle item
# after a quote: a determiner and a common noun open the cue's subject ('"...," the pitch says')
_DETERMINER_OPENS = re.compile(r"[\"”'’,\s]*(?:the|a|an|one|this|his|her|its|their)\s+[a-z]")
# "a Texas native who writes", "an Obama adviser": a name between "a" and a common noun
# qualifies that noun; it is never the subject
_ATTRIBUTIVE_NAME = re.compile(r"\b(?:a|an)\s+\Z")
_LOWER_AFTER = re.compile(r"\s+[a-z]")
# an appositive set off by commas, then a lower-case word (the verb): ", the governor, repeated",
# ", New Jersey's governor, repeated"; an appositive opens in lower case or with a possessive
# (", Trump went after Bush, calling" is a clause)
_APPOSED_THEN_VERB = re.compile(r",\s+(?:[a-z]|(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s\s)[^,;:\"“”()]{0,90},\s+[a-z]")
_WORD_REACH = 64  # no word is longer: a search anchored at the end reads only that far back
_NAME_COMMA_AT_END = re.compile(r"([A-Z][\w'’-]+)\s*,$")
_DETERMINER_OPENS_TITLE = re.compile(r"\s*(?:the|an?) ")  # "the sister of leader X"
# the agent of a passive verb ("The delegation was led by X", "is chaired by"): the clause's
# doer, so a "he" or "she" in the next sentence may stand for it as for a subject
_PASSIVE_AGENT = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|led|en|ld|wn)\s+by$")


def _a_place(capitals: str) -> bool:
    """ "ISLAMABAD", "NEW DELHI": a country or a capital the lexicon knows, never a name in a
    transcript's turn label ("TRUMP:", "TAPPER:")."""
    found = country_or_organisation(capitals.title())
    return found is not None and found[1] == "country"


def outside_datelines(mentions: list[Mention], masked: str) -> list[Mention]:
    """The mentions that are not part of a wire dateline ("Dec" and "UPI" in "WASHINGTON,
    Dec. 8 (UPI) --"): a dateline names a place, a date and an agency, never a speaker."""
    return outside_spans(mentions, sorted([m.span() for m in _FULL_DATELINE.finditer(masked)] +
                                          [m.span() for m in _COLON_DATELINE.finditer(masked) if _a_place(m.group(1))]))


_TITLE_LINKS = frozenset({"of", "for"})
# "The President of France", "the government of Jan Brel": the mention is the object of "of"
_OF_RIGHT_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")
# "Head of", "Member for"; "Committee on" before a holder whose run held the portfolio
_TITLE_THEN_LINK = re.compile(r"\b([A-Z][a-z]+) (of|for|on)$")
# a lower-case word next, or after an adjunct set off by commas (", in turn, noted")
_VERB_NEXT = re.compile(r" [a-z]|, [a-z][^,.;:\"“”]{0,30}, [a-z]")
# "at the U.S. Embassy": the initialism's stop after a preposition and "the" ends no sentence (the
# body after it was read as a subject and spoke for "An official at …", 0.97)
_AFTER_THE_INITIALISM = re.compile(r"\b(?:at|in|from|with) the (?:[A-Z]\.){2,} $")
_ACCREDITED = frozenset({"ambassador", "envoy"})  # "… to Vietnam"
_MANDATES = frozenset({"rapporteur", "expert", "envoy", "representative", "adviser", "advisor"})  # "… on Myanmar"


def _links_a_title(low: str, after: str, before: str) -> bool:
    """ "of" or "for" before a capitalised word, or before "the" and one: a body's name or a
    portfolio ("Leader of the Islamic Revolution X"). "on" only after the title of a UN mandate
    ("Special Rapporteur on Torture X", "Independent Expert on Haiti X"): read after any role
    noun it made a foreign-dev report quote's abstention a wrong name."""
    if low in ("on", "to"):  # "to" a diplomat's host: "Chinese Ambassador to Vietnam X said"
        last = _LAST_WORD.search(before.rstrip())
        heads = _MANDATES if low == "on" else _ACCREDITED
        return last is not None and last.group(1).lower() in heads and _CAPITAL_NEXT.match(after) is not None
    return low in _TITLE_LINKS and _CAPITAL_NEXT.match(after) is not None


def _initialism_start(at: int, k: int, end: int) -> int:
    """ "U.S. special envoy X": the country opens the title (at ``at``); "to the U.N. X", right
    before the name, leaves no title at all."""
    return at if k < end else k


def _title_start(before: str) -> tuple[int, bool]:
    """How far back title words reach before a mention ("Tory leader X", "the US"): twelve words
    at the most, for a title may hold another's ("Bangladesh's interim government chief adviser
    Y's press secretary X said", eleven words: with eight, "Y's press secretary" was the subject
    and the speaker, a label, and X no subject)."""
    k = len(before)
    crossed_role = False
    for _ in range(12):
        match = _WORD_BEFORE_SPACE.search(before, max(0, k - _WORD_REACH), k)
        if not match:
            break
        word = match.group(1)
        low = word.lower()
        if _INITIALISM.fullmatch(word):
            k = _initialism_start(match.start(), k, len(before))
            break
        if low in words("role_nouns") or low in ("the", "a", "an", "another") or (
                word[0].isupper() and not is_not_name(word)):
            crossed_role = crossed_role or low in words("role_nouns")
            k = match.start()
            continue
        if crossed_role and word.islower() and low not in (
                union("prepositions", "subject_openers", "cues")):
            k = match.start()  # an adjective inside a title: "constitutional affairs minister"
            continue
        if _links_a_title(low, before[match.end():], before[:match.start()]) and \
                (crossed_role or _after_role_noun(before[:match.start()])):
            k = match.start()  # inside a body's name: "Ministry of External Affairs spokesperson X";
            continue  # a portfolio: "High Commissioner for Human Rights X", "Leader of the Islamic Revolution X"
        break
    return k, crossed_role


def _first_office_start(before: str, k: int) -> int:
    """Where the first of two offices joined by "and" starts, before a name whose run holds the
    second ("Crown Prince and Prime Minister X", "Deputy Prime Minister and Foreign Minister X"):
    the title as written holds both, so "the Crown Prince" later matches it; else ``k``."""
    joined = _ROLE_THEN_AND.search(before, max(0, k - _WORD_REACH), k)
    if joined is None or joined.group(1).lower() not in words("role_nouns"):
        return k
    start, _ = _title_start(before[:joined.end(1) + 1])
    return start


def _role_as_written(title_words: list[str]) -> str:
    """A person's title as the text writes it, without opening words that are no title."""
    while title_words and (is_not_name(title_words[0].strip(",")) or title_words[0].lower() == "another"):
        title_words = title_words[1:]
    return " ".join(title_words)


def _last_word(text: str) -> re.Match[str] | None:
    """The word that ends ``text`` (read from its last characters only: linear in the article)."""
    return _LAST_WORD.search(text, max(0, len(text) - _WORD_REACH))


def _after_role_noun(before: str) -> bool:
    """Whether ``before`` ends with a role noun ("High Commissioner" of "… for Refugees X")."""
    last = _last_word(before.rstrip())
    return last is not None and last.group(1).lower() in words("role_nouns")


# "spokesman for Kenyan President", "aide to the Prime Minister": a role, "for"/"to", an office
_SERVES = re.compile(r"\b([a-z-]+)\s+(?:for|to)\s+(?:the\s+)?((?:[A-Z][\w'’.-]*\s*)+)$")
_HEAD_OFFICES = frozenset({"president", "prime", "premier", "king", "queen", "chancellor", "emir",
                           "sultan", "governor", "mayor", "minister", "secretary", "leader", "pope"})


def position_facts(masked: str, text: str, mention: Mention) -> None:
    """Set where a mention stands in its clause: subject, object, after a preposition."""
    window = max(0, mention.start - 240)
    before = masked[window:mention.start]
    k, _ = _title_start(before)
    prefix = before[:k].rstrip()
    _set_role(text, window, before, k, mention)
    previous_word = _last_word(prefix)
    previous = previous_word.group(1).lower() if previous_word else ""
    if _after_an_initialism(before, mention):
        mention.after_preposition = True  # "an official at the U.S. Embassy": no sentence's end
    elif _opens_a_clause(prefix, previous) or _opens_a_line(before[:k]):
        mention.subject_like = True
    after_word = bool(prefix) and prefix[-1].isalpha()
    _mark_turn_label(masked, mention)
    if not mention.subject_like and after_word and previous.islower() and \
            previous not in union("prepositions", "subject_openers"):
        mention.object_like = True
    if previous in words("prepositions") and after_word:
        _after_a_preposition(prefix, masked, mention)
    elif _in_a_listed_object(prefix, masked, mention):
        mention.after_preposition, mention.subject_like = True, False  # "ministers of A, B and C said"
    if _set_off(prefix, masked, mention, before[k:]):
        mention.subject_like = False
    _mark_after_of(before, mention)


def _set_role(text: str, window: int, before: str, k: int, mention: Mention) -> None:
    """A person's title as written before the name (``k``: where the title run starts)."""
    if mention.kind in ("person", "name1"):
        opening = _first_office_start(before, k) if mention.titles else k  # "Crown Prince and Prime Minister X"
        mention.role = _role_as_written(text[window + opening:mention.start].split() + mention.titles_raw)


def _serves_the_holder(role: str) -> bool:
    """ "a spokesman for Kenyan President X said", "an aide to Prime Minister Y told": the name
    holds the office after "for"/"to", and the role before it is someone else's, who speaks
    (the quote went to the president, 0.99). "Minister for Foreign Affairs X" and "Special
    Envoy for Syria Y" name a portfolio or a place after "for", no office: their holder speaks."""
    match = _SERVES.search(role)
    return match is not None and match.group(1).lower() in words("role_nouns") and \
        bool(set(match.group(2).lower().split()) & _HEAD_OFFICES)


def _mark_after_of(before: str, mention: Mention) -> None:
    """ "The Emir of Qatar said", "The Minister of Foreign Affairs of Kuwait said" (the run read
    as a person titled "of"): the title's country is the object of "of", no subject; nor is the
    holder an agent serves ("a spokesman for President X said")."""
    if mention.kind == "person" and _serves_the_holder(mention.role):
        mention.after_preposition, mention.subject_like = True, False
        return
    if _holder_in_titled_run(mention):
        return  # "Head of the Office of the President of Ukraine X Y said": the run's title is X Y's
    if _OF_RIGHT_BEFORE.search(before) or mention.titles[:1] == ["of"]:
        mention.after_preposition, mention.subject_like = True, False


def _holder_in_titled_run(mention: Mention) -> bool:
    """A person whose own run opens with a title that holds a title word or role noun ("Office of
    the President of Ukraine X Y" after "Head of the"): the "of" before the run links the title,
    not the person, to what precedes (the holder was read as its object and the quote went
    unattributed)."""
    return mention.kind == "person" and bool(mention.titles_raw) and mention.titles[:1] != ["of"] and \
        bool(union("title_words", "role_nouns") & set(mention.titles))


def _mark_turn_label(masked: str, mention: Mention) -> None:
    """A transcript's turn label ("¶Mao Ning: …", after a headline) is a subject, not an object."""
    if turn_label(masked, mention):
        mention.subject_like = True


def turn_label(masked: str, mention: Mention) -> bool:
    """ "¶Mao Ning: China firmly opposes …": a person's name that opens a paragraph, right before
    a colon, labels a transcript's turn (a subject; and a person, though written in full each time)."""
    before = masked[max(0, mention.start - 8):mention.start].rstrip(" \t")
    return mention.kind == "person" and masked[mention.end:mention.end + 1] == ":" and \
        (before.endswith("\n") or not before)


def _in_a_listed_object(prefix: str, masked: str, mention: Mention) -> bool:
    """ "The ministers of Turkey, Sweden and Finland said": a later item of a list whose first
    item follows a preposition is that preposition's object too, not the cue's subject (the
    quote went to "Finland"). The list must have three items and close with "and" and a name,
    so "With Turkey, Sweden said" and "by the US, and X warns" keep their subjects."""
    tail = prefix[max(0, len(prefix) - 160):] + " "
    if _LIST_AFTER_PREPOSITION.search(tail) is None:
        return False
    return tail.rstrip().endswith(" and") or _LIST_GOES_ON.match(masked, mention.end) is not None


def _after_an_initialism(before: str, mention: Mention) -> bool:
    """A body right after "at the U.S.": the initialism modifies it, its stop ends no sentence."""
    return mention.kind == "org" and _AFTER_THE_INITIALISM.search(before) is not None


def _opens_a_line(before: str) -> bool:
    """ "Oli meets Xi, signs BRI deal\n\nPrime Minister KP Sharma Oli met ...": a mention that
    opens a line opens its clause, though the line before (a headline, "Advertisement", a byline)
    ends in no stop: the lede's subject was read as none, and a role phrase after it then stood
    for no one ("the junta boss said", unsure)."""
    return before.rstrip(" \t").endswith("\n")


def _opens_a_clause(prefix: str, previous: str) -> bool:
    """Whether a mention after ``prefix`` (whose last word is ``previous``) opens its clause: the
    name a clause-opening possessive owns counts ("Egypt's state-affiliated Al-Qahera TV quoted")."""
    return not prefix or prefix[-1] in ".!?:;\n(—–-\"“”'’," or previous in words("subject_openers") or \
        _OPENING_POSSESSIVE.search(prefix[-120:]) is not None


def _after_a_preposition(prefix: str, masked: str, mention: Mention) -> None:
    """A mention after a preposition is no subject, unless it is a passive's agent or the holder
    named after a title's portfolio ("Head of Communications Sara Blunt said")."""
    mention.after_preposition = True
    mention.subject_like = _passive_agent(prefix, mention)
    if _holder_after_portfolio(prefix, masked, mention):
        mention.after_preposition, mention.subject_like = False, True


def _holder_after_portfolio(prefix: str, masked: str, mention: Mention) -> bool:
    """ "Head of Communications Sara Blunt said", "Member for Bristol West Tom Price said": a
    capitalised title, "of"/"for", then the run a verb follows. The run is the portfolio the lists
    do not know with the holder's name; read as the object of a preposition, the quote went to
    the speaker before (0.97). Not "the MP for Fenwick, Anna Kovic, said" (a comma follows)."""
    link = _TITLE_THEN_LINK.search(prefix, max(0, len(prefix) - _WORD_REACH))
    if link is None or _VERB_NEXT.match(masked, mention.end) is None:
        return False
    if link.group(2) != "on":
        return link.group(1).lower() in words("role_nouns")
    # "Chairman of the Duma Committee on International Affairs X Y called": a person whose run
    # opened with the committee's portfolio
    return mention.kind == "person" and bool(mention.titles) and \
        link.group(1).lower() in union("role_nouns", "org_words")


def _passive_agent(prefix: str, mention: Mention) -> bool:
    """ "The delegation was led by X": a person after a passive's "by" is its clause's doer."""
    return mention.kind == "person" and _PASSIVE_AGENT.search(prefix) is not None


def _set_off(prefix: str, masked: str, mention: Mention, title: str) -> bool:
    """Whether a mention is set off from its clause: apposed to a name, alone in brackets, after
    a body's acronym in brackets ("the leader of the Popular Party (PP) said": PP names the
    party, not the subject), or a person inside a name's appositive (``_in_an_appositive``)."""
    return _apposed_to_a_name(prefix, mention) or _in_brackets(prefix, masked, mention) or \
        _ALIAS_IN_BRACKETS.search(prefix) is not None or _in_an_appositive(prefix, title, mention)


def _in_an_appositive(prefix: str, title: str, mention: Mention) -> bool:
    """ "Park Min-ji, the sister of Valdonian leader Park Tae-ho, denounced …": a person named at
    the end of a phrase that opens with "the" or "a" after a name and a comma is inside that
    name's appositive, no subject (then "Park said" went to Park Tae-ho, 0.97)."""
    return mention.kind == "person" and _DETERMINER_OPENS_TITLE.match(title) is not None and \
        _after_a_name_and_comma(prefix)


def _in_brackets(prefix: str, masked: str, mention: Mention) -> bool:
    """ "the Malvinas (Falkland) Islands", "the Joint Chiefs of Staff (JCS)": a name alone in
    brackets is another name for what stands before it, never a clause's subject."""
    return prefix.endswith("(") and masked.startswith(")", mention.end)


def _apposed_to_a_name(prefix: str, mention: Mention) -> bool:
    """An appositive role or body (", Oxfam's head of policy,") is not a subject after a name."""
    return mention.kind in ("role", "org") and _after_a_name_and_comma(prefix)


def _after_a_name_and_comma(prefix: str) -> bool:
    appositive = _NAME_COMMA_AT_END.search(prefix)
    return appositive is not None and not is_not_name(appositive.group(1))


def phrase_after_quote(inside: bytearray, masked: str, start: int, cue_start: int) -> int | None:
    """'Echo Point is raising money: "Publish the book," the pitch on Kickstarter says': where
    the words between the last quote before the cue and the cue begin, when they open with a
    determiner and a common noun; no name before the quote is then the cue's subject."""
    last = inside.rfind(1, start, cue_start)
    if last < 0 or not _DETERMINER_OPENS.match(masked, last + 1, cue_start):
        return None
    return last + 1


def may_be_subject(masked: str, mention: Mention) -> bool:
    """Neither a possessive, nor after a preposition, nor a name that qualifies a noun."""
    return not (mention.possessive or mention.after_preposition or _attributive(masked, mention))


def _attributive(masked: str, mention: Mention) -> bool:
    """ "a Texas native who writes", "an Obama adviser said": the name qualifies the noun."""
    return bool(_ATTRIBUTIVE_NAME.search(masked, max(0, mention.start - 4), mention.start)) and \
        _LOWER_AFTER.match(masked, mention.end) is not None


def opens_apposed(masked: str, clause_start: int, mention: Mention) -> bool:
    """ "Christie, New Jersey's governor, repeated claims that Rubio recites ...": a mention that
    opens its clause, set off by an appositive that a verb follows, is the clause's subject."""
    return not masked[clause_start:mention.start].strip(" \"“'‘") and \
        _APPOSED_THEN_VERB.match(masked, mention.end) is not None
