"""From a mention to a speaker: names to their fullest form, pronouns and role phrases to people.

* A name goes to the fullest form of it in the article ("Roe" → "Jane Roe", by surname).
* "he"/"she" right after an attribution in the same paragraph goes to that attribution's
  speaker; otherwise to the nearest earlier person who was a subject or already a speaker.
* "it"/"they" go to an organisation that was a subject in the same paragraph, else before.
* A role phrase goes to the person whose title shares its head noun ("the minister" → the
  person introduced as "Interior Minister X"); a document ("the report", "a statement from X")
  to its issuer; a spokesperson ("a spokesman for X") to X, else to the organisation just named;
  an organisation word ("the agency") to the organisation of that kind named before; an
  anonymous source ("one protester") stays as written.
"""

from __future__ import annotations

import re

from briefings.extract.abbreviated_roles import abbreviated_role
from briefings.extract.anaphors import (
    named_aside,
    nationality_noun,
    of_another_actor_than,
    person_of_nationality,
    rival_holders,
    subject_just_before,
)
from briefings.extract.appositions import apposed_holder, appositive_titles, appositive_words
from briefings.extract.article import Article
from briefings.extract.backrefs import namesakes, recent_family_name
from briefings.extract.documents import Introduction
from briefings.extract.fullnames import (
    family_name_first,
    fullest_names,
    headline_run,
    inner_names,
    may_abbreviate,
    name_key,
    names_used_like_organisations,
    opening_names,
    without_particles,
)
from briefings.extract.gender import Genders
from briefings.extract.heads import (
    SPOKESPERSON,
    as_written,
    counterpart_of,
    not_the_holder,
    of_another_actor,
    of_another_rank,
    plural_head,
    role_words,
    same_post_holders,
    spoke_of,
)
from briefings.extract.issuers import (
    body_named,
    document_as_written,
    document_issuer,
    spokesperson_body,
    stated_issuer,
    statement_giver,
)
from briefings.extract.joint import LEADERS, is_plural_role, joint_name
from briefings.extract.lexicon import pairs, words
from briefings.extract.mention import Mention
from briefings.extract.names import surname_of
from briefings.extract.nicknames import nicknames
from briefings.extract.orgnames import fullest_org_names
from briefings.extract.owners import owned_role
from briefings.extract.preposed import preposed_titles
from briefings.extract.pronouns import resolve_pronoun
from briefings.extract.shape import is_descriptor
from briefings.extract.titles import introduced_with_honorific, introduced_with_title
from briefings.extract.unnamed import unnamed_source

# patterns compiled once (pysbd fills the re module cache with its own)
_POSSESSIVE_PRONOUNS = {"his", "her", "their", "its", "our"}
_INDEFINITE = {"a", "an", "one", "another"}
_NEW_TO_THE_READER = {"a", "an", "one"}  # "another senior adviser" may be one the article names
_AGE = re.compile(r"\d+-year-old")
# a role's body named after it: "the head of the Atomic Energy Organization of Iran"
_OF_A_NAMED_BODY = re.compile(r" (?:of|at|for) (?:the )?[A-Z][\w'’.-]*(?: (?:of|for|and|the|[A-Z][\w'’.-]*))*")
# the capitalised run before a word, on its line, no possessive in it ("Trump's AIPAC" is no name)
_RUN_BEFORE = re.compile(r"(?<![\w'’-])((?:[A-Z][\w'’-]*(?<!['’]s)[ \t]+)+)\Z")
_OPENING_ARTICLE = re.compile(r"^(?:The|A|An) ")  # "A Commission spokesperson": no body "A Commission"
_TRAILING_LINKS = re.compile(r"(?: (?:of|for|and|the))+$")


class Resolver:
    """Keeps the entities seen so far and resolves mentions to canonical speaker names."""

    def __init__(self, article: Article):
        self.article = article
        self.persons = [m for m in article.mentions if m.kind == "person"]
        self.speakers: list[tuple[int, str, str]] = []  # (position, canonical, surface)
        self.resolved_pronouns: dict[int, str | None] = {}
        self.joint_members: dict[str, tuple[str, ...]] = {}  # joint speaker -> its members
        self.sure_issuers: set[int] = set()  # documents whose issuer the text names after them
        self.introductions: dict[int, Introduction] | None = None  # documents with a stated issuer
        self.issued: dict[int, str] = {}  # a document's mention -> the words that state its issuer
        self.withheld: dict[int, str] = {}  # a document's mention -> why it has no speaker
        self.rivals: dict[int, tuple[str, ...]] = {}  # a mention withheld -> whom it may stand for
        self.genders = Genders(article)
        self._org_names = fullest_org_names([m for m in article.mentions if m.kind == "org"], article.text)
        self._shortened: dict[str, str | None] = {}  # body word → the one full name (body_shortened_to)
        self.person_names = {name_key(surname_of(person.name)) for person in self.persons}
        self._headline = {p.start for p in self.persons if headline_run(article, p)}
        self._fullest = fullest_names([p for p in self.persons if p.start not in self._headline])
        self.person_names |= set(self._fullest)  # "Ansari", the surname of "Majed al-Ansari" too
        self._family_first: dict[str, str] = {}
        titled = {self.full_name(p.name) for p in self.persons  # "Professor Park Won-sik ... Park said"
                  if introduced_with_title(article, p) or introduced_with_honorific(p)}
        # a one-word name that opens or sits inside one titled person's name: "Li", "Lula"
        self._family_first = {**inner_names(self._fullest, titled), **family_name_first(self._fullest, titled),
                              **opening_names(self._fullest, titled), **nicknames(article, self.persons)}
        self.organisation_like = names_used_like_organisations(article)
        self._by_name: dict[str, list[Mention]] | None = None
        self._by_surname: dict[str, list[Mention]] | None = None
        self._roles: dict[str, list[str]] = {}
        self._by_title: dict[str, list[Mention]] = {}
        self._people_and_titles: list[tuple[Mention, set[str]]] | None = None
        self._preposed = preposed_titles(article, self.persons)  # "the ambassador to Lithuania, X,"
        for person in self.persons:
            for title in self.title_words(person):
                self._by_title.setdefault(title, []).append(person)

    # -- names

    def full_name(self, name: str) -> str:
        """The fullest form of a person's name in the article (surname match; for a one-word
        name that is no one's surname, the one full name it opens: "Li" → "Li Wanfen", as
        family names come first in Chinese, Korean and Hungarian usage)."""
        fullest = self._fullest.get(name_key(surname_of(name)), name)
        if fullest == name:  # "Li", "Lula", "de la Fuente", "Kham Phoui": the full name they open or hold
            fullest = self._family_first.get(without_particles(name).casefold(), name)
        return fullest if len(fullest) > len(name) and may_abbreviate(name, fullest) else name

    def org_name(self, name: str) -> str:
        """The fullest form of an organisation's name in the article ("Commission" → "European
        Commission", an acronym → the full name given before it in brackets)."""
        return self._org_names.get(name, name)

    def body_shortened_to(self, word: str) -> str | None:
        """The one body the article names in full with ``word`` as its last word ("Commission
        spokesperson X" after "the European Commission"), else None: any capitalised run of one
        line that ends in the word, as written outside quotes."""
        if word not in self._shortened:  # read once per word: the word is searched, then read back
            masked = self.article.masked
            runs = (_RUN_BEFORE.search(masked, max(0, m.start() - 80), m.start())
                    for m in re.finditer(rf"\b{re.escape(word)}\b", masked))
            fuller = {_OPENING_ARTICLE.sub("", f"{run.group(1)}{word}") for run in runs if run} - {word}
            self._shortened[word] = next(iter(fuller)) if len(fuller) == 1 else None  # "The Commission": none
        return self._shortened[word]

    def is_person_name(self, mention: Mention) -> bool:
        if mention.kind == "person":
            return mention.name not in self.organisation_like
        if mention.kind == "org":  # "VELD:" in a transcript is Anna Veld; "BLM" stays a body
            return " " not in mention.name and name_key(mention.name) in self.person_names and \
                surname_of(self.full_name(mention.name)) != mention.name
        return mention.kind == "name1" and (name_key(mention.name) in self.person_names  # "Al-Vasseri"
                                            or mention.name.casefold() in self._family_first)  # "Li"

    def canonical(self, mention: Mention, quote_pos: int) -> str | None:
        if (abbreviated := abbreviated_role(self.article, mention)) is not None:
            return self.role(abbreviated, quote_pos)  # "the FM said": the foreign minister
        if mention.kind in ("person", "name1"):
            return self._person(mention)
        if mention.kind == "org":
            return self.full_name(mention.name) if self.is_person_name(mention) else self.org_name(mention.name)
        if mention.kind == "relative" and mention.antecedent:
            return self.canonical(mention.antecedent, quote_pos)
        if mention.kind == "pronoun":
            return self.pronoun(mention)
        if mention.kind == "role":
            return self.role(mention, quote_pos)
        if mention.kind == "phrase":
            return self.phrase(mention)
        if mention.kind == "joint":
            return self._joint(self.members(mention, quote_pos))
        return None

    def _person(self, mention: Mention) -> str | None:
        """A person's or one-word name's canonical name (the fullest form; a family name that
        several people share goes to the one just quoted, the one its honorific fits, or no one)."""
        if mention.start in self._headline:  # "Valdonia Rejects Brel": the body's "Tomas Brel"
            return self._fullest.get(name_key(surname_of(mention.name)), mention.name)
        full = self.full_name(mention.name) if self.is_person_name(mention) else ""
        if " " in full:
            return full
        found = recent_family_name(self, mention)  # "Kim" of two Kims: the one who spoke just before
        if found is None and (shared := namesakes(self, mention)):
            found, self.withheld[mention.start] = shared  # "Lee" of two Lees: "Ms Lee", or no one
            return found
        return found or full or mention.name  # "Hanoi"

    def _joint(self, names: list[str]) -> str | None:
        """The joint speaker of ``names``, remembered with its members."""
        if len(names) < 2:
            return names[0] if names else None
        name = joint_name(names)
        self.joint_members[name] = tuple(names)
        return name

    def members(self, mention: Mention, quote_pos: int) -> list[str]:
        """The names behind a joint speaker ("X and Y", "the two ministers"), in order."""
        found: list[str | None]
        if mention.kind == "joint":
            found = [self.canonical(m, quote_pos) for m in mention.members]
        elif is_plural_role(mention):
            found = list(self._titled_people(mention.titles[-1], mention.start))
        else:
            return []
        return list(dict.fromkeys(name for name in found if name))

    def _titled_people(self, plural: str, before: int) -> list[str]:
        """The last two people introduced with the title ``plural`` names ("ministers")."""
        singular = plural[:-3] + "y" if plural.endswith("ies") else plural[:-1]
        titles = LEADERS if singular == "leader" else (singular,)  # "the two leaders": a president, a king
        people = sorted((p for t in titles for p in self._by_title.get(t, []) if p.start < before),
                        key=lambda p: p.start)
        names = list(dict.fromkeys(self.full_name(p.name) for p in reversed(people)))[:2]
        return names[::-1] if len(names) == 2 else []

    def phrase(self, mention: Mention) -> str | None:
        """A plain noun phrase ("the 52-year-old", "federal prosecutors"): the person whose title
        holds its head noun, else the phrase as written."""
        head = mention.titles[-1] if mention.titles else ""
        country = nationality_noun(mention)
        if country:  # "The Iranian said": the one person introduced as Iranian, or no one
            person, self.withheld[mention.start] = person_of_nationality(self, mention, country)
            return person
        titled = self._titled_person(mention, head)
        if titled:
            return titled
        if mention.titles[0] == "the" and len(mention.titles) == 2 and (
                is_descriptor(head) or _AGE.fullmatch(head)):
            found = self._protagonist_unless_another(mention)  # "the 52-year-old", "the Socialist"
            return found if found or mention.start in self.withheld else as_written(mention)
        return as_written(mention)

    def profile(self, name: str, mention: Mention | None) -> tuple[str, str]:
        """("person" | "org" | "document", the longest role the article gives a person); a
        document whose issuer the text states is that issuer's ("org")."""
        if name in self.joint_members:
            return "joint", ""
        if name not in self._roles:
            self._roles[name] = [m.role or " ".join(appositive_words(self.article, m))
                                 for m in self._people().get(name, [])]
        roles = self._roles[name]
        if roles:
            return "person", max(roles, key=len)
        if mention is not None and mention.kind == "role" and mention.titles and \
                mention.titles[-1] in words("documents") - SPOKESPERSON and \
                mention.start not in self.sure_issuers:
            return "document", ""  # its issuer inferred, not stated: drafting files it apart
        return "org", ""

    def people_named(self, name: str) -> list[Mention]:
        """Every person mention whose fullest name is ``name``, in reading order."""
        return self._people().get(name, [])

    def surnames_for(self, name: str) -> list[Mention]:
        """Every one-word mention ("name1") that stands for the person ``name``: written as the
        name, or a person's name whose fullest form it is (built once, when first asked)."""
        if self._by_surname is None:
            self._by_surname = {}
            for mention in self.article.mentions:
                if mention.kind != "name1":
                    continue
                self._by_surname.setdefault(mention.name, []).append(mention)
                full = self.full_name(mention.name) if self.is_person_name(mention) else mention.name
                if full != mention.name:
                    self._by_surname.setdefault(full, []).append(mention)
        return self._by_surname.get(name, [])

    def in_headline(self, person: Mention) -> bool:
        """Whether a person mention is a headline's run ("Court Jails Activist Over Posts")."""
        return person.start in self._headline

    def titled(self, head: str) -> list[Mention]:
        """The person mentions whose title holds the word ``head`` ("ambassador")."""
        return self._by_title.get(head, [])

    def appositive_words(self, person: Mention) -> list[str]:
        """The apposition after a person's name, as written ("X, the EU's envoy,")."""
        return appositive_words(self.article, person)

    def _people(self) -> dict[str, list[Mention]]:
        """The person mentions of the article by fullest name (built once, when first asked)."""
        if self._by_name is None:
            self._by_name = {}
            for person in self.persons:
                self._by_name.setdefault(self.full_name(person.name), []).append(person)
        return self._by_name

    def title_words(self, person: Mention) -> set[str]:
        """A person's title words: before the name, in an apposition after it, or a role phrase before."""
        return set(role_words(person)) | self._set_off_titles(person)

    def _set_off_titles(self, person: Mention) -> set[str]:
        """The title words of an apposition after the name, or of a role phrase before it."""
        return set(appositive_titles(self.article, person)) | self._preposed.get(person.start, set())

    # -- pronouns

    def pronoun(self, mention: Mention) -> str | None:
        """Whom a pronoun stands for (``pronouns.resolve_pronoun``), read once per mention."""
        if mention.start not in self.resolved_pronouns:
            self.resolved_pronouns[mention.start] = resolve_pronoun(self, mention)
        return self.resolved_pronouns[mention.start]

    # -- role phrases

    def role(self, mention: Mention, quote_pos: int) -> str | None:
        """A role phrase goes to the named person, organisation or issuer it stands for."""
        head = mention.titles[-1] if mention.titles else ""
        named = self._people_named(mention, quote_pos)
        if named is not None:
            return named
        if mention.antecedent is not None:
            return owned_role(self, mention, head, quote_pos)
        if head in SPOKESPERSON:
            return self._titled_person(mention, head) or spokesperson_body(self, mention)
        if head in words("documents"):
            issued = document_issuer(self, mention, quote_pos)
            if issued is None:
                issued = stated_issuer(self, mention, quote_pos)
            if issued is not None:
                return issued or None  # "": two issuers, or an outlet (``withheld`` says why)
            return statement_giver(self, mention, head) or document_as_written(self, mention)
        if head in words("org_words"):
            return body_named(self, mention, head)
        if mention.surface.split()[0].lower() in _NEW_TO_THE_READER:
            return unnamed_source(self, mention)  # "a senior Israeli official": someone new, no one titled so
        rivals = rival_holders(self, mention, head)
        if rivals:
            return self._one_of(mention, rivals)
        return self._titled_person(mention, head) or self._untitled_role(mention, head)

    def _one_of(self, mention: Mention, holders: list[str]) -> str | None:
        """The one holder a role phrase stands for ("the minister" after "Prime Minister A" and
        "Economy Minister B": B); of two, no one (either may be meant), and the reason names both."""
        if len(holders) == 1:
            return holders[0]
        self.withheld[mention.start] = f"no speaker: {mention.surface!r} may be {' or '.join(holders)}"
        self.rivals[mention.start] = tuple(holders)
        return None

    def _people_named(self, mention: Mention, quote_pos: int) -> str | None:
        """Whom the text names for a role phrase, before any title is matched: the person set
        off after it ("the spokesman, Tomas Brel,"), the people a plural role stands for ("the
        two ministers"), or a group's label ("protesters chanted": never one person titled so)."""
        holder = apposed_holder(self.article, mention)
        if holder is not None:
            return self.full_name(holder.name)
        if is_plural_role(mention):
            names = self.members(mention, quote_pos)
            if names:
                return self._joint(names)
        return as_written(mention) if mention.bare_group else None

    def _untitled_role(self, mention: Mention, head: str) -> str | None:
        """A role phrase no title in the article matches: an anonymous source or a group as
        written, no one after a possessive pronoun, an office of a body the text names as
        written with that body (no one named holds it), else the article's current protagonist."""
        if head in words("anonymous") or mention.surface.split()[0].lower() in _INDEFINITE:
            return unnamed_source(self, mention)  # "one protester", as reported; "the diplomat", the minister
        if mention.surface.split()[0].lower() in _POSSESSIVE_PRONOUNS:
            return None  # "her deputy": someone else than the protagonist she refers to
        if plural_head(mention):
            return as_written(mention)  # "the three foreign ministers": a label, never one of them
        office = _OF_A_NAMED_BODY.match(self.article.masked, mention.end)
        if office:  # "the head of the Atomic Energy Organization of Iran": an office no one named holds
            return self._office_of_a_body(mention, _TRAILING_LINKS.sub("", office.group()))
        if mention.surface.split()[-1] in pairs("metonyms"):
            return as_written(mention)  # "the Taoiseach", no holder named: the office of one country
        if mention.surface.split()[-1][:1].isupper():
            return None  # "the Secretary-General urged", no holder named: an office, not whoever spoke last
        return self._protagonist_unless_another(mention)

    def _protagonist_unless_another(self, mention: Mention) -> str | None:
        """The article's protagonist, unless the sentence before has another person as its
        subject (``anaphors.subject_just_before``): then no one, and the reason names both."""
        protagonist = self._protagonist(mention)
        other = subject_just_before(self, mention, protagonist)
        if other:
            self.withheld[mention.start] = f"no speaker: {mention.surface!r} may be {other} or {protagonist}"
            self.rivals[mention.start] = (other, protagonist) if protagonist else ()
            return None
        if protagonist and of_another_actor_than(self, mention, protagonist):
            return None  # "the EU envoy said" after China's envoy spoke
        return protagonist

    def _office_of_a_body(self, mention: Mention, body: str) -> str | None:
        """The role phrase labelled with its body, unless someone the article names holds a title
        of that body ("Federal Reserve Chair X ... the head of the Federal Reserve told"): the
        office may be theirs or a colleague's, so no speaker rather than a label beside the holder."""
        body_words = {w.lower() for w in body.split() if w[:1].isupper()}
        if any(body_words <= titles for _, titles in self.people_titles()):
            return None
        return as_written(mention) + body

    def _titled_person(self, mention: Mention, head: str) -> str | None:
        """The person whose title or appositive holds the phrase's head noun (most words shared, then nearest).
        Not for "a spokesperson" ("a No 10 spokesperson said"): never the one the article names elsewhere."""
        if head in SPOKESPERSON and mention.surface.split()[0].lower() in ("a", "an"):
            return None
        candidates = same_post_holders(head, self._by_title)  # "the spokesman": a "press secretary" too
        counterpart = counterpart_of(mention, candidates, self.people_titles)
        if counterpart is not None:
            return self.full_name(counterpart.name)  # "his Sudanese counterpart X ... the Sudanese minister"
        best, best_score = None, 0.0
        for person in candidates:
            titles = set(person.titles) | self._set_off_titles(person)
            if not self._may_hold(mention, person, titles):
                continue
            score = 1.0 + len(set(mention.titles) & titles) - abs(person.start - mention.start) / 1e7 \
                + (10.0 if person.start < mention.start else 0.0)  # named later: only if no one before
            if score > best_score:
                best, best_score = person, score
        return self.full_name(best.name) if best else None

    def _may_hold(self, mention: Mention, person: Mention, titles: set[str]) -> bool:
        """Whether a person titled so may be the one a role phrase stands for: not of another
        actor or rank, not a headline's run ("Court Jails Activist Over Posts" names no activist),
        not named aside; and once someone is named, "the spokesman" is one named before it, never
        one named later (another side's)."""
        backward = mention.surface.lower().startswith("the ") and self.persons[0].start < mention.start
        held = titles | self.title_words(person)
        return not (of_another_actor(mention, held) or of_another_rank(mention, held)
                    or not_the_holder(self.article, mention, person, held) or person.start in self._headline
                    or person.start > mention.start and backward or named_aside(self.article, person, mention))

    def people_titles(self) -> list[tuple[Mention, set[str]]]:
        """Each person with their title words (``heads.counterpart_of``), read once."""
        if self._people_and_titles is None:
            self._people_and_titles = [(p, self.title_words(p)) for p in self.persons]
        return self._people_and_titles

    def _protagonist(self, mention: Mention) -> str | None:
        """No title matches: the article's current protagonist (never a headline's run: "Daily
        Press Briefing by the Spokesperson" names no one who speaks)."""
        for position, name, surface in reversed(self.speakers):
            if position < mention.start:  # "In the assessment, X found ..., a spokesman said": not the assessment
                return None if spoke_of(mention, self.article, position, surface) else name
        for other in reversed(self.article.mentions_before(mention.start)):
            if other.kind == "person" and other.subject_like and other.start not in self._headline:
                return self.full_name(other.name)
        return None
