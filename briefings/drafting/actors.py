"""Who a quote's speaker speaks for: an actor, never the outlet that relays the words.

Parties in a draft are actors: a country's government by its common short name ("Turkey"), an
international organisation, another organisation by its name, or "independent" voices. People
sit under the party they speak for, with their role. The extractor's own ``party`` (with its
evidence) is used when it gives one; otherwise the affiliation the article states is read here
("Turkish Defence Minister Hulusi Akar" → Turkey, from the ministry of defence). A ministry is
kept only as a hint: it becomes the party when the analyst's briefing already has that ministry
as one (see :meth:`briefings.drafting.known.KnownPeople.ministry`), the government otherwise.

A quote without a speaker, below the extractor's confidence threshold, or credited to a news
outlet goes under review with the reason, never under a guessed party. A quote whose party the
extractor left null, with its reason, is never given one here either (no role is read): its
speaker stands as an entry of their own and the quote is marked REVIEW with that reason, so the
analyst files it, and a briefing that already knows the speaker takes it when drafts are merged.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from briefings.drafting.clutter import is_outlet
from briefings.extract import Quote, lexicon
from briefings.extract import confidence as grading
from briefings.extract.actors import demonym_table, seat_table

_DEPARTMENTS = {
    "defence", "defense", "foreign", "interior", "finance", "economy", "trade", "health",
    "justice", "energy", "environment", "home", "education", "transport", "agriculture",
    "treasury", "commerce", "labour", "labor", "culture", "communications", "industry",
}
_POLITICAL = {
    "conservative": "Conservative Party", "tory": "Conservative Party", "labour": "Labour Party",
    "liberal": "Liberal Democrats", "lib": "Liberal Democrats", "republican": "Republican Party",
    "democrat": "Democratic Party", "democratic": "Democratic Party", "green": "Green Party",
}
_HEADS_OF_GOVERNMENT = {"president", "prime", "premier", "chancellor"}




PartyGuess = tuple[str, str, str]  # (party name, short name, kind)


def infer_party(quote: Quote) -> PartyGuess:
    """The party a quote's speaker speaks for, from the affiliation the article states; a
    person whose affiliation is not stated stands as their own party (for the analyst to
    regroup), rather than one invented from a title alone."""
    speaker = quote.speaker or "Unattributed"
    if quote.speaker_kind != "person":
        return _party_of_non_person(quote, speaker)
    return _party_from_role(quote.speaker_role) or (speaker, speaker.split()[-1], "person")


def _party_of_non_person(quote: Quote, speaker: str) -> PartyGuess:
    """A joint statement, a document or an organisation speaks for itself: it has no role
    to read an affiliation from, so its party is the speaker as named."""
    if quote.speaker_kind == "joint":  # one statement, one entry: never split between members
        surnames = " and ".join(name.split()[-1] for name in quote.joint)
        return speaker, surnames if len(surnames) <= 24 else _short(speaker), "other"
    if quote.speaker_kind == "document":
        return "Unattributed statements", "Statements", "other"
    return speaker, _short(speaker), _organisation_kind(speaker)


def _party_from_role(role: str) -> PartyGuess | None:
    """The party a person's stated role names, by the first rule that recognises it; None when
    no rule does, or when the first that does says the person speaks only for themself (a
    shadow minister of no named party)."""
    words = [re.sub(r"['’]s$", "", w.strip(",")).lower() for w in role.split()]
    nationality = _nationality(role)
    for rule in (_opposition_party, _ministry, _political_party, _government, _organisation_before_title,
                 _stated_organisation):
        guess = rule(role, words, nationality)
        if guess is not None:
            return guess if guess[0] else None
    return None


def _nationality(role: str) -> str:
    """The first capitalised adjective of a country in ``role`` ("Turkish", "French") or an
    acronym ("US"), so a ministry or a head of government can be tied to its state. A party's
    word can look like one ("Republican"), so the words of parties and departments never are."""
    return next((w for w in role.split() if w[:1].isupper() and _looks_national(w)), "")


def _looks_national(word: str) -> bool:
    """``word`` is shaped like a nationality and is not a department's or a party's word."""
    lowered = word.lower()
    if lowered in _DEPARTMENTS or lowered in _POLITICAL:
        return False
    return word.endswith(("ish", "ian", "ese", "an", "ch")) or word.isupper()


def _opposition_party(role: str, words: list[str], nationality: str) -> PartyGuess | None:
    """A shadow minister speaks for their party, never for the ministry they shadow."""
    if "shadow" not in words and "opposition" not in words:
        return None
    return _political_party(role, words, nationality) or ("", "", "")


def _ministry(role: str, words: list[str], nationality: str) -> PartyGuess | None:
    """"Turkish Defence Minister X" → the Turkish Defence Ministry (a country must be named)."""
    department = next((w for w in words if w in _DEPARTMENTS), "")
    if not nationality:
        return None
    if "state" in words and "secretary" in words:
        name = f"{nationality} State Department"
        return name, name.replace(" Department", " Dept."), "ministry"
    if department and ({"minister", "ministry", "secretary"} & set(words)):
        dept = department.capitalize()
        name = f"{nationality} {dept} Ministry"
        return name, f"{nationality} {dept[:3]}. Min." if len(name) > 24 else name, "ministry"
    return None


def _political_party(role: str, words: list[str], nationality: str) -> PartyGuess | None:
    for word in words:
        if word in _POLITICAL:
            name = _POLITICAL[word]
            return name, _short(name), "political party"
    return None


def _government(role: str, words: list[str], nationality: str) -> PartyGuess | None:
    if _HEADS_OF_GOVERNMENT & set(words) and nationality in countries():
        return countries()[nationality], nationality, "state"
    return None


def _organisation_before_title(role: str, words: list[str], nationality: str) -> PartyGuess | None:
    """"European Commission President", "Amnesty International's Americas director": the
    capitalised run that ends in an organisation word, before a title, is the organisation."""
    tokens = [re.sub(r"['’]s$", "", t.strip(",")) for t in role.split()]
    org_words, titles = lexicon.words("org_words"), lexicon.union("title_words", "title_modifiers", "role_nouns")
    tokens = tokens[1:] if tokens[:1] in (["the"], ["The"]) else tokens
    run_end = next((i for i, t in enumerate(tokens) if not (t[:1].isupper() or t in ("of", "for", "and"))), len(tokens))
    ends = [i for i in range(run_end) if tokens[i].lower() in org_words
            or (i == 0 and len(tokens[0]) > 1 and tokens[0].isupper() and tokens[0] not in countries())]
    if not ends or not any(t.lower() in titles for t in tokens[ends[-1] + 1:]):
        return None
    name = " ".join(tokens[:ends[-1] + 1])
    return name, _short(name), _organisation_kind(name)


def _stated_organisation(role: str, words: list[str], nationality: str) -> PartyGuess | None:
    """"X, a senior fellow at the Center for Y" → the Center for Y; "Acme's chief" → Acme.
    ("of" is not enough: "Secretary of State" names an office, not an organisation.)"""
    stated = (re.search(r"\b(?:at|from|with)\s+(?:the\s+)?([A-Z][\w'’&.-]*(?:\s+(?:for|of|and|on|the|"
                        r"[A-Z][\w'’&.-]*))*)", role)
              or re.match(r"([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)['’]s\s+\w+", role))
    if stated is None:
        return None
    name = stated.group(1).strip()
    if name.lower() in _POLITICAL or name.lower() in _DEPARTMENTS:
        return None
    return name, _short(name), "organisation"




def _organisation_kind(speaker: str) -> str:
    """The party kind of a speaker that is not a person, from the words of its name."""
    lowered = speaker.lower()
    if "ministry" in lowered or "department" in lowered:
        return "ministry"
    if "party" in lowered:
        return "political party"
    if any(w in lowered for w in ("agency", "presidency", "office", "treasury", "commission")):
        return "agency"
    if len(speaker.split()) == 1 and not speaker.isupper():
        return "state"  # a capital or country standing for its government: "Moscow"
    return "organisation"


def _short(name: str) -> str:
    if len(name) <= 24:
        return name
    initials = "".join(word[0] for word in name.split() if word[:1].isupper())
    return initials if len(initials) >= 2 else name[:24]


@dataclass(frozen=True)
class Actor:
    """The party a quote is filed under; ``review`` says why it is under review instead, and
    ``department`` is the ministry the speaker speaks from: ("Turkey|Turkish", "defence")."""

    name: str
    short_name: str
    kind: str
    department: tuple[str, str] | None = None
    review: str | None = None
    speaker_stands: bool = False  # filed under the speaker, under review for its party only


UNDER_REVIEW = ("Unattributed quotes", "Unattributed", "other")


def actor_of(quote: Quote) -> Actor:
    """The actor ``quote``'s speaker speaks for, or an :class:`Actor` under review."""
    reason = _review_reason(quote)
    if reason is not None:
        return _under_review(quote, reason)
    department = _department(quote)
    stated = getattr(quote, "party", None)
    if isinstance(stated, str) and stated.strip():
        return _named(stated.strip(), department)
    unstated = getattr(quote, "party_reason", None)
    if unstated:  # the extractor read the text and it does not say: never a guess of ours
        return _standing_alone(quote, unstated)
    name, short_name, kind = infer_party(quote)
    country = seats().get(name) or _possessor(name) or (name if name in set(countries().values()) else None)
    if country is None and kind in ("ministry", "state"):
        country = _country_in(name)
    if country is not None:
        return _named(country, department)
    if kind == "ministry" and department is None and re.match(r"[A-Z][a-z]+(?:ian|ese|ish|an|i)\s", name):
        government = f"{name.split()[0]} government"  # a country the tables do not know
        return Actor(government, _short(government), "state", (f"{name.split()[0]}", _department_word(name)))
    return Actor(name, short_name, "organisation" if kind == "state" else kind, department)


def _under_review(quote: Quote, reason: str) -> Actor:
    """A quote whose speaker needs an analyst: under its stated party when only the speaker's
    name is missing ("the foreign ministry said", party Niger: filed under Niger, the speaker to
    be named), else with the unattributed quotes."""
    stated = getattr(quote, "party", None)
    if isinstance(stated, str) and stated.strip() and reason == _not_a_name(quote):
        return dataclasses.replace(_named(stated.strip(), _department(quote)), review=reason)
    return Actor(*UNDER_REVIEW, review=reason)


def _standing_alone(quote: Quote, unstated: str) -> Actor:
    """The speaker as an entry of their own, under review: a person, a joint statement of its
    members, or a body by its name, never a state ("Akar said": no state called Akar)."""
    speaker = str(quote.speaker)
    if quote.speaker_kind == "person":
        name, short_name, kind = speaker, speaker.split()[-1], "person"
    else:
        name, short_name, kind = _party_of_non_person(quote, speaker)
    return Actor(name, short_name, "other" if kind == "state" else kind, speaker_stands=True,
                 review=f"whom {speaker} speaks for is not stated: {unstated}.")


def _department_word(name: str) -> str:
    return next((w.lower() for w in name.split() if w.lower() in _DEPARTMENTS), "")


def _review_reason(quote: Quote) -> str | None:
    if not quote.speaker:
        return str(getattr(quote, "speaker_reason", None) or quote.reason or "no speaker found")
    confidence, threshold = getattr(quote, "confidence", None), _threshold()
    if isinstance(confidence, float | int) and threshold is not None and confidence < threshold:
        evidence = getattr(quote, "evidence", "") or "no evidence given"
        return f"unsure who said it (confidence {confidence:.2f}; {evidence})"
    if is_outlet(quote.speaker):
        return f"'{quote.speaker}' relays these words; who said them?"
    if quote.speaker_kind == "document":
        return f"'{quote.speaker}' names no one who issued it"
    return _not_a_name(quote)


def _not_a_name(quote: Quote) -> str | None:
    if quote.speaker and not _is_name(quote.speaker):
        return f"'{quote.speaker}' is a description or a title, not a name"
    return None


def _is_name(speaker: str) -> bool:
    """A name has a capitalised word that is not only a title or an honorific ("Minister",
    "Ms" and "the envoy" are not names)."""
    titles = lexicon.union("title_words", "honorifics", "title_modifiers")
    return any(w[:1].isupper() and w.lower().strip(".,") not in titles for w in speaker.split())


def _named(party: str, department: tuple[str, str] | None) -> Actor:
    """An actor the extractor named: a country (kind state), "independent", or an organisation."""
    if party.lower() == "independent":
        return Actor("Independent", "Independent", "other")
    kind = "state" if party in set(countries().values()) else "organisation"
    return Actor(party, _short(party), kind, department)


def _department(quote: Quote) -> tuple[str, str] | None:
    """(country forms, department) when the role or the speaker names a ministry of a country."""
    text = f"{quote.speaker_role or ''} {quote.speaker or ''}"
    words = {re.sub(r"[\'’]s$", "", w.strip(",.")).lower() for w in text.split()}
    department = next((w for w in sorted(words) if w in _DEPARTMENTS), "")
    if not department and {"state", "secretary"} <= words:
        department = "state"
    adjective = next((w for w in re.findall(r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?", text)
                      if w in countries()), "")
    adjective = adjective or next((w for w in text.split() if w in countries()), "")
    if not department or not adjective:
        return None
    return f"{countries()[adjective]}|{adjective}", department


def _country_in(name: str) -> str | None:
    """The country a name's adjective or abbreviation names ("Turkish Defence Ministry")."""
    table = countries()
    two = re.findall(r"(?=(\b[A-Z][\w.]*\s+[A-Z][\w.]*))", name)
    for candidate in (*two, *name.split()):
        if candidate in table:
            return table[candidate]
    return None


def _possessor(name: str) -> str | None:
    """The country in "North Korea's ambassador" (a country's official speaks for it)."""
    found = re.match(r"(?:the\s+)?(.+?)['’]s\s", name)
    return found.group(1) if found and found.group(1) in set(countries().values()) else None


def seats() -> dict[str, str]:
    """A capital or seat of government → the actor news means by it (the extractor's table)."""
    return seat_table()


def countries() -> dict[str, str]:
    """Adjective or abbreviation → the country's common English short name (the extractor's
    table, so the rule lives in one place)."""
    return demonym_table()


def _threshold() -> float | None:
    """The extractor's confidence threshold, when the extractor grades its speakers."""
    value = getattr(grading, "THRESHOLD", None)
    return float(value) if isinstance(value, float | int) else None
