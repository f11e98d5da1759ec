"""Candidate speaker mentions, and the rule for what may be a speaker at all.

A mention is a name (a run of capitalised words, titles and descriptors split off), an
organisation (a run ending in, or holding, an organisation word; an acronym), a subject pronoun
or a role phrase ("the minister", "another senior economic adviser", "the report").

The speaker-shape rule (``shape_problem``) keeps out what the capitalised-run rule would
otherwise take for a name: a lone descriptor ("Democratic", "Russian"), an adverb or other
common word that only opens a sentence, a compound adjective ("Kremlin-backed"), a gerund, a
state or party-state code ("Mo.", "D-Mo."), an initial or a fragment of a name ("S. Republican").
"""

from __future__ import annotations

import re

from briefings.extract.actor_groups import actor_before_staff
from briefings.extract.actors import is_region
from briefings.extract.and_names import and_continues_name
from briefings.extract.clause import outside_datelines, position_facts
from briefings.extract.country_runs import formal_name_goes_on
from briefings.extract.epithets import CLOSING, PHRASE_GAP, Epithets
from briefings.extract.family_he import family_name_he, name_shape_problem
from briefings.extract.groups import bare_group, group_heads
from briefings.extract.lexicon import pairs, union, words
from briefings.extract.mention import Mention
from briefings.extract.names import build_name_mention, personal_initials, title_ends_as_surname
from briefings.extract.portfolios import without_portfolio
from briefings.extract.shape import (
    DETERMINERS,
    hyphened_particle,
    is_demonym,
    is_descriptor,
    is_not_name,
    lower_vocabulary,
    nationality_word,
    phrase_problem,
)
from briefings.extract.title_runs import only_a_title

# patterns compiled once (pysbd fills the re module cache with its own)
_DATELINE_END = re.compile(r"\s*(?:[,(—–-]|$)")
_POSSESSIVE_END = re.compile(r"['’]s$")
_NEXT_WORD = re.compile(r"\s*([\w,]+)")
_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he) \Z")

# a word; a dotted initialism ("U.S.", "U.N.") is one word, so that "a senior U.S. official"
# stays one role phrase and "the U.N. envoy" no name "U"; a word opens with any letter, so that
# "Łukasz", "Şahin" and "Ćirić" are capitalised names, not "ukasz" after a stray "Ł"
INITIALISM = re.compile(r"(?:[A-Z]\.){2,}")
WORD = re.compile(INITIALISM.pattern + r"|[^\W\d_][\w'’-]*")
_CONTRACTED = re.compile(r"['’](?:s|d|ll|re|ve|m)$", re.IGNORECASE)
_NATIONALITY = re.compile(r"[A-Z][a-z]+(?:ian|ese|ish)")  # "Valdonian", "Fenwickese", "Danish"
_COORDINATED_NATIONALITY = re.compile(r"\b([A-Z][a-z]+),?\s+and\s+$")  # "Palestinian and "
_LISTED_NATIONALITY = re.compile(r"\b([A-Z][a-z]+)(?:,|,?\s+and)?\s+$")  # "Egyptian, "
_ADJECTIVE_LIKE = re.compile(r"[a-z]+(al|ic|ish|ese|an|ior|ive|ary|ist)?")
_COMPOUND_MODIFIER = re.compile(r"[a-z]+(?:-[a-z]+)+")  # "year-old", "long-time", "hard-line"

_OPENING = ('"', "“", "'", "‘")  # quotation marks that open a quote


def _rank_before_title(run: list[tuple[int, int, str]]) -> bool:
    """ "Under Secretary of State X": a rank that is also a preposition, before "Secretary" (not
    "Under President X, the agency ...": no office is called so)."""
    return len(run) > 1 and run[0][2] == "Under" and run[1][2].lower() in ("secretary", "secretaries")


class MentionFinder(Epithets):
    """Finds the mentions of a masked text (quoted words replaced by X)."""

    def __init__(self, text: str, masked: str, inside: bytearray):
        self.text, self.masked, self.inside = text, masked, inside
        self.vocabulary = lower_vocabulary(masked)
        self.words = [(m.start(), m.end(), m.group()) for m in WORD.finditer(masked)]
        self.group_heads = group_heads(self.words)

    def find(self) -> list[Mention]:
        mentions: list[Mention] = []
        i = 0
        while i < len(self.words):
            mention, i = self._mention_at(i)
            if mention is not None:
                mentions.append(mention)
        mentions = outside_datelines(mentions, self.masked)
        for mention in mentions:
            position_facts(self.masked, self.text, mention)
        # "met officials and said", "requires staffers to promise": a group is only a subject
        return [m for m in mentions if not (m.bare_group and (m.object_like or m.after_preposition))]

    def _mention_at(self, i: int) -> tuple[Mention | None, int]:
        """The mention starting at word ``i`` (or None) and the index of the next word to read."""
        start, end, word = self.words[i]
        lower = word.lower().rstrip(".")
        if self.inside[start]:
            return None, i + 1
        if lower in DETERMINERS:
            phrase = self._determined_phrase(i)
            if phrase[0]:
                return phrase
        pronoun = _CONTRACTED.sub("", word)
        if pronoun.lower() in pairs("pronouns") and not family_name_he(self.masked, start, pronoun):  # "he's"
            return Mention(start, start + len(pronoun), pronoun, "pronoun"), i + 1
        if word.isupper() and len(word) > 2 and self._dateline(start, end):
            return None, i + 1
        group = self._nationality_group(i)
        if group is not None:
            return group, i + len(group.titles) + 1
        group = self._bare_group(i)
        if group is not None:
            return group, i + len(group.titles)
        if word[0].isupper() or lower in words("honorifics") or self._particle_opens_name(i):
            return self._name_at(i)
        return None, i + 1

    def _determined_phrase(self, i: int) -> tuple[Mention | None, int]:
        """A role phrase or epithet opened by a determiner ("the minister", "one staffer")."""
        mention = self._role_phrase(i) or self._epithet(i)
        if mention is None:
            return None, i + 1
        j = i
        while j < len(self.words) and self.words[j][1] < mention.end:
            j += 1
        return mention, j + 1

    def _name_at(self, i: int) -> tuple[Mention | None, int]:
        """A name, organisation or owned phrase ("Roe's campaign") opening at word ``i``."""
        run, j = self._capitalised_run(i)
        if not run:
            return None, i + 1
        mention = self._mention_from_run(run)
        if mention and mention.possessive:
            return self._possessive_phrase(mention, j)
        if mention and self._modifies_title(j, mention):
            return None, j  # "Roe strategist Tom Reddy": part of the title
        return mention, j

    def _nationality_group(self, i: int) -> Mention | None:
        """ "Valdonian officials said", "Republican lawmakers": a nationality or party label
        before a plural role noun is a group, not a name."""
        word = self.words[i][2]
        if not (is_descriptor(word) or is_demonym(word) or _NATIONALITY.fullmatch(word) or
                actor_before_staff(self.words, i, self.masked)):
            return None
        group = self._role_phrase(i)
        if group is None or not group.titles[-1].endswith("s"):
            return None
        group.start = self._nationalities_before(group.start)  # "Egyptian, Qatari and Israeli officials"
        group.surface = self.text[group.start:group.end]
        return group

    def _nationalities_before(self, start: int) -> int:
        """Where a list of nationalities that ends at ``start`` opens ("Palestinian and "):
        the group is all of them, never the last one's alone."""
        link = _COORDINATED_NATIONALITY
        while (other := link.search(self.masked, max(0, start - 40), start)) and \
                (is_demonym(other.group(1)) or is_descriptor(other.group(1))):
            start, link = other.start(), _LISTED_NATIONALITY
        return start

    def _bare_group(self, i: int) -> Mention | None:
        """ "officials said", "Senior officials said" (:mod:`briefings.extract.groups`)."""
        found = bare_group(self.words, i, self.masked, self._modifier, self._opens_sentence(self.words[i][0])) \
            if any(self.group_heads[i:i + 3]) else None
        return Mention(found[0], found[1], self.text[found[0]:found[1]], "role", titles=found[2],
                       bare_group=True) if found else None

    def _particle_opens_name(self, i: int) -> bool:
        """ "de Blasio", "dos Santos", "de la Fuente": name particles right before a capitalised word."""
        word = self.words[i][2]
        if hyphened_particle(word):
            return True  # "al-Vasseri said"
        return word in words("name_particles") and self._particles_lead_to_name(i)  # "de la Fuente said"

    def _modifies_title(self, j: int, mention: Mention) -> bool:
        """Whether lower-case title words and then a name follow word ``j`` (the mention before
        them is then part of the title)."""
        k = j
        while k < len(self.words) and k < j + 3 and self.words[k][2].islower() and \
                self.masked[self.words[k - 1][1]:self.words[k][0]] == " " and \
                self.words[k][2] not in words("cues"):  # "Perry said his fellow Texan": no title
            k += 1
        if k == j or k >= len(self.words) or self.masked[self.words[k - 1][1]:self.words[k][0]] != " ":
            return False
        following = self.words[k][2]
        if not following[:1].isupper() or is_not_name(following):
            return False
        if self.words[k - 1][2] in words("role_nouns"):
            return True  # "Roe strategist Tom Reddy"
        # "Lebanese caretaker Prime Minister X": a nationality, a modifier, a capitalised title
        return k == j + 1 and is_demonym(mention.name) and following.lower() in words("title_words") and \
            self.words[j][2] not in union("prepositions", "cues", "skippable", "subject_openers")

    def _dateline(self, start: int, end: int) -> bool:
        """ "WASHINGTON —", "PARIS (Reuters) -": a place in capitals opening a paragraph."""
        return (start == 0 or self.masked[start - 1] == "\n") and \
            _DATELINE_END.match(self.masked[end:end + 3]) is not None

    def _possessive_phrase(self, owner: Mention, j: int) -> tuple[Mention, int]:
        """ "Roe's campaign said", "the group's lawyer told": the phrase, owned by ``owner``,
        when lower-case words lead from the possessive to a reporting verb; an auxiliary may
        stand before the verb ("Israel's prime minister has said": the phrase was lost)."""
        k, head, reach = j, None, j + 3
        heads = union("role_nouns", "org_words", "documents", "anonymous")
        while k < len(self.words) and k <= reach and self.words[k][2].islower() and \
                self.masked[self.words[k - 1][1]:self.words[k][0]] == " ":
            if self.words[k][2] in words("cues") and k > j:
                head = head if head is not None and self.words[k - 1][2] in words("auxiliaries") else k - 1
                break
            reach += self.words[k][2] in ("has", "have", "had")
            if self.words[k][2] in heads:
                head = k
            k += 1
        if head is None or phrase_problem(self.words[head][2]):
            return owner, j  # also "Roe's claims were [echoed]": no noun before the verb
        end = self.words[head][1]
        titles = [w for _, _, w in self.words[j:head + 1]]
        return Mention(owner.start, end, self.text[owner.start:end], "role", titles=titles,
                       antecedent=owner), head + 1

    def _joins_run(self, j: int, run: list[tuple[int, int, str]]) -> bool:
        """Whether word ``j`` continues the capitalised run ``run``."""
        _, e, w = self.words[j]
        low = w.lower()
        if run and (low in words("calendar") and w != "May" or self._opens_group(j)):
            return False  # "New Hampshire Monday": a day ends a name; so does a group that starts
        if w[0].isupper() or hyphened_particle(w):
            return True
        return bool(run) and self._lower_word_joins(j, run, low) or \
            low in words("name_particles") and self._particles_lead_to_name(j)

    def _lower_word_joins(self, j: int, run: list[tuple[int, int, str]], low: str) -> bool:
        """A word in lower case inside a body's name or a title: "Fenwick council", "Brasov
        police" (not after a possessive); "of" or "for" after a title or body word; "the" in
        "the Council of the European Union"."""
        if low in words("lower_org_words"):
            return not run[-1][2].endswith(("'s", "’s"))
        if low in ("of", "for"):  # not after a family name that is a title: "Rep. Steve King of Iowa"
            return run[-1][2].lower() in union("title_words", "org_words") and not title_ends_as_surname(
                [w for _, _, w in run]) or formal_name_goes_on(self.words, j, run)
        if low == "and":
            return and_continues_name(self.words, self.masked, j, run)
        return low == "the" and (self._body_of_the(j, run) or formal_name_goes_on(self.words, j, run))

    def _body_of_the(self, j: int, run: list[tuple[int, int, str]]) -> bool:
        """ "Council of [the] European Union": "the" after a body's "of", with a capital next,
        continues the body's name (not after a title: "President of the United States X")."""
        return len(run) >= 2 and run[-1][2] == "of" and run[-2][2].lower() in words("org_words") and \
            j + 1 < len(self.words) and self.words[j + 1][2][:1].isupper() and \
            self.masked[self.words[j][1]:self.words[j + 1][0]] == " "

    def _opens_group(self, j: int) -> bool:
        """ "In Cairo Egyptian officials said": a nationality before a plural role noun in lower
        case opens a group, so no name "Cairo Egyptian" runs on over it."""
        w = self.words[j][2]
        return j + 1 < len(self.words) and bool(self.group_heads[j + 1]) and self.words[j + 1][2].islower() and \
            (is_demonym(w) or is_descriptor(w))

    def _particles_lead_to_name(self, j: int) -> bool:
        """ "von der Leyen", "de la Rua": particles, one space apart, then a capitalised word."""
        k = j
        while k + 1 < len(self.words) and self.masked[self.words[k][1]:self.words[k + 1][0]] == " ":
            following = self.words[k + 1][2]
            if following[0].isupper():
                return True
            if following not in words("name_particles"):
                return False
            k += 1
        return False

    def _capitalised_run(self, i: int) -> tuple[list[tuple[int, int, str]], int]:
        run: list[tuple[int, int, str]] = []
        j = i
        while j < len(self.words):
            s, e, w = self.words[j]
            if j > i:
                gap = self.masked[self.words[j - 1][1]:s]
                initial = gap == ". " and (len(run[-1][2]) == 1
                                          or run[-1][2].lower() in words("abbreviated_titles"))
                if gap not in (" ", "-") and not initial or w.lower() in pairs("pronouns"):
                    break  # a pronoun never continues a name: "in the U.S. He said"
            if self.inside[s] or not self._joins_run(j, run):
                break
            run.append((s, e, w))
            j += 1
            if w.endswith(("'s", "’s")) and not self._org_follows(j):
                break
        return run, (j if run else i + 1)

    def _org_follows(self, j: int) -> bool:
        """After "Turkey's": do capitalised words ending in an organisation word follow?"""
        last = None
        while j < len(self.words) and self.words[j][2][0].isupper() and \
                self.masked[self.words[j - 1][1]:self.words[j][0]] == " ":
            last = self.words[j][2].lower()
            j += 1
        return last in words("org_words")

    def _trimmed(self, run: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """The run without opening words that are no name (an initialism before other words is
        a modifier: "the U.S. Republican Party", "the U.N. Wang Guangya", unless it is someone's
        initials: "A.K. Antony", never after "the", or a body word alone follows: "the U.S.
        Embassy" was the one-word "Embassy", of no country) and trailing
        particles, "of" or "for" ("the United Nations Security Council for adoption")."""
        while run and (is_not_name(run[0][2]) and not family_name_he(self.masked, run[0][0], run[0][2])
                       and not _rank_before_title(run) or
                       self._inside_abbreviation(run[0]) or len(run) > 1 and INITIALISM.fullmatch(run[0][2])
                       and not (personal_initials([w for _, _, w in run]) and not self._after_article(run[0][0]))
                       and not (len(run) == 2 and run[1][2].lower() in words("org_words"))):  # "the U.S. Embassy"
            run = run[1:]
        while run and run[-1][2].lower() in words("name_particles") | {"of", "for"}:
            run = run[:-1]
        return run

    def _mention_from_run(self, run: list[tuple[int, int, str]]) -> Mention | None:
        run = without_portfolio(self.masked, self._trimmed(run))  # "for Refugees X", "of Parliament X": X
        if not run:
            return None
        start, end = run[0][0], run[-1][1]
        if run[-1][2].lower() in ("jr", "sr") and self.masked[end:end + 1] == ".":
            end += 1  # "Gilberto Teodoro Jr.": the name as the article writes it
        if self._in_quotation_marks(start, end):
            return None  # '“Equal Justice Under Law”': a title or slogan, not a speaker
        surface = self.text[start:end]
        core = _POSSESSIVE_END.sub("", surface)
        if len(run) == 1 and self.masked[end:end + 1] == "." and \
                core.lower() in words("state_abbreviations"):
            return None  # "R-Tex.", "Springfield, Ill."
        following = _NEXT_WORD.match(self.masked[end:end + 40])
        next_word = following.group(1) if following else ""
        if len(run) == 1 and nationality_word(core, self.masked[end:end + 60],
                                              after_article=self._after_article(start)):
            return None  # "An Eritrean exile", "the Turk", "Georgian wrestler X": no name ("Cuban said" is one)
        if is_region(core):
            return None  # "for East and Southern Africa, X,": a place, never a speaker
        if only_a_title(self.masked, run, core, next_word) or name_shape_problem(
                self.masked, start, core, opens_sentence=self._opens_sentence(start),
                vocabulary=self.vocabulary, next_word=next_word):
            return None
        return build_name_mention(start, end, surface)

    def _in_quotation_marks(self, start: int, end: int) -> bool:
        """Whether the words are all that stands between a pair of quotation marks."""
        before = self.masked[max(0, start - 1):start]
        after = self.masked[end:end + 3].lstrip(".,;:!?")
        return before in _OPENING and after[:1] in CLOSING

    def _after_article(self, start: int) -> bool:
        """Whether "the" or "a" stands right before ``start`` ("the P.A. X Y": no one's initials)."""
        return _ARTICLE_BEFORE.search(self.masked, max(0, start - 5), start) is not None

    def _inside_abbreviation(self, word: tuple[int, int, str]) -> bool:
        """The "S" of "U.S.": a single letter right after a letter and a full stop."""
        start, _, text = word
        return len(text) == 1 and start >= 2 and self.masked[start - 1] == "." and \
            self.masked[start - 2].isalpha()

    def _opens_sentence(self, start: int) -> bool:
        before = self.masked[max(0, start - 3):start].rstrip(" \"“‘'")
        return not before or before[-1] in ".!?:\n—–(\"“"

    def _role_phrase(self, i: int) -> Mention | None:
        """'the minister', 'The French president', 'another senior economic adviser'."""
        last_role = self._role_phrase_head(i)
        if last_role is None:
            return None
        head = self.words[last_role][2].lower()
        if head in words("title_modifiers"):
            return None  # a modifier, not the head: "the foreign [policy]"
        start, end = self.words[i][0], self.words[last_role][1]
        phrase = self.words[i + 1:last_role + 1]
        if any(w[0].isupper() and not is_demonym(w) for _, _, w in phrase) and head in words("org_words"):
            return None  # "the Foreign Ministry": a name, found as a run; "the Iraqi government" is none
        titles = [w.lower() for _, _, w in phrase]
        return Mention(start, end, self.text[start:end], "role", name="", titles=titles)

    def _role_phrase_head(self, i: int) -> int | None:
        """The index of the last role noun in the phrase that starts at determiner ``i``."""
        heads = union("role_nouns", "documents", "anonymous", "org_words")
        j, last_role = i + 1, None
        while j < len(self.words) and j <= i + 5:
            s, _, w = self.words[j]
            if not PHRASE_GAP.fullmatch(self.masked[self.words[j - 1][1]:s]):
                break
            low = w.lower()
            if low in heads or j == i + 1 and low in words("determined_roles"):  # "the Amir", not "the UN Amir X"
                last_role = j
            elif not (w[0].isupper() and not is_not_name(w)) and not self._rank_at(j) and (
                    self._head_at(last_role) or not self._modifier(low, w)):
                break  # modifiers come before the head: "the minister [met] officials" ends at "minister"
            j += 1
        return last_role

    def _rank_at(self, j: int) -> bool:
        """ "the under secretary": a rank that is also a preposition, before "secretary"."""
        return _rank_before_title([(0, 0, self.words[j][2].capitalize())] + self.words[j + 1:j + 2])

    def _head_at(self, last_role: int | None) -> bool:
        """A role noun so far that no modifier may follow: "a senior security official" goes on."""
        return last_role is not None and self.words[last_role][2].lower() not in words("title_modifiers")

    @staticmethod
    def _modifier(low: str, word: str) -> bool:
        if _COMPOUND_MODIFIER.fullmatch(word):
            return True
        return bool(_ADJECTIVE_LIKE.fullmatch(word)) and len(low) > 2 and low not in (
            union("cues", "not_names", "prepositions"))
