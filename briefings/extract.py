"""Direct quotations and their speakers, found in news text by rules.

The steps, each a function below:

1. ``find_quote_spans``: classify every quotation mark as opening or closing from the characters
   around it, pair them, and split a quote that never closes at the next opening mark or at the
   end of its paragraph (news style for multi-paragraph quotes).
2. ``_Article``: mask the quoted words (names inside quotes never attribute anything), split the
   rest into sentences and find mentions: names (with titles stripped), organisations, pronouns
   and role phrases ("the minister", "another senior economic adviser").
3. ``_attribute``: find the reporting cue nearest each quote in its sentence ("said", "told",
   "according to", ...), then the cue's subject (skipping appositives, prepositional objects and
   possessives; inverted "said X" too); with no cue, the quote inherits the last speaker.
4. ``_resolve``: pronouns go to the most recent salient person (or organisation for "it"),
   roles to the named person whose title holds the same noun, surnames to the fullest name.

No model or download is involved; the rules describe English news prose, not particular
articles.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

MIN_WORDS = 3

OPENING_MARKS = {"“", "„", "«"}
CLOSING_MARKS = {"”", "»"}
STRAIGHT_MARKS = {'"'}
QUOTE_CLOSERS = ('"', "”", "'", "’")

# Reporting verbs in their common forms. A cue is matched as a whole word, case-insensitively.
_CUE_STEMS = (
    "say said says saying tell told tells telling add added adds adding argue argued argues arguing "
    "warn warned warns warning urge urged urges urging claim claimed claims claiming describe "
    "described describes describing call called calls calling accuse accused accuses accusing "
    "insist insisted insists insisting stress stressed stresses stressing explain explained "
    "explains explaining ask asked asks asking reply replied replies replying note noted notes "
    "noting suggest suggested suggests suggesting admit admitted admits admitting deny denied "
    "denies denying write wrote writes writing declare declared declares declaring announce "
    "announced announces announcing comment commented comments commenting "
    "predict predicted predicts predicting acknowledge acknowledged acknowledges concede "
    "conceded concedes complain complained complains complaining stated maintain "
    "maintained maintains observe observed observes remark remarked remarks respond responded "
    "responds recall recalled recalls vow vowed vows vowing pledge pledged pledges promise promised "
    "promises threaten threatened threatens threatening blast blasted blasts "
    "condemn condemned condemns criticise criticised criticises criticize criticized labelled "
    "branded dubbed termed clarified clarify clarifies confirm confirmed confirms demand demanded "
    "demands demanding tweeted posted added emphasised emphasized underlined expressed"
).split()
CUE_WORDS = set(_CUE_STEMS)
PARTICIPLE_CUES = {w for w in CUE_WORDS if w.endswith("ing")}

ABBREVIATED_TITLES = {"sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm",
                      "pres", "supt", "insp", "det", "amb", "atty", "dr", "mr", "mrs", "ms", "prof",
                      "st", "rev", "fr", "hon", "maj", "cpl", "pvt"}
THING_SPEAKERS = {"statement", "report", "communique", "communiqué", "letter", "memo",
                  "document", "study", "survey", "release", "announcement", "declaration",
                  "editorial", "notice", "filing", "complaint", "ruling", "judgment", "verdict",
                  "spokesman", "spokeswoman", "spokesperson", "website", "newspaper", "agency"}
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "mr.", "mrs.", "ms.", "dr."}
NOBLE = {"lord", "lady", "sir", "dame", "baroness", "baron"}
ROLE_NOUNS = {
    "minister", "ministers", "president", "secretary", "chancellor", "spokesman", "spokeswoman",
    "spokesperson", "chairman", "chairwoman", "chair", "adviser", "advisor", "leader", "official",
    "officials", "premier", "prime", "governor", "mayor", "ambassador", "envoy", "commissioner",
    "director", "chief", "head", "senator", "congressman", "congresswoman", "mp", "mep", "peer",
    "general", "admiral", "commander", "king", "queen", "prince", "sheikh", "judge", "analyst",
    "economist", "expert", "professor", "author", "campaigner", "boss", "executive", "founder",
    "diplomat", "ministry", "department", "government", "agency", "party", "chairperson",
    "deputy", "representative", "negotiator", "lawmaker", "legislator", "attorney", "prosecutor",
    "speaker", "whip", "secretary-general", "coach", "manager", "captain",
    "counterpart", "aide", "candidate", "foreign", "defence", "defense", "interior", "finance",
    "treasury", "state", "economy", "trade", "affairs", "shadow", "junior", "senior", "vice",
}
TITLE_ONLY = {"president", "minister", "secretary", "chancellor", "premier", "governor", "mayor",
              "ambassador", "senator", "general", "king", "queen", "prince", "judge", "state",
              "foreign", "defence", "defense", "interior", "finance", "treasury", "economy", "trade",
              "affairs", "home", "justice", "health", "commerce", "energy", "environment",
              "constitutional", "deputy", "vice", "prime", "chief", "shadow", "junior", "mp", "mep",
              "speaker", "leader", "secretary-general"}
ORG_WORDS = {
    "ministry", "party", "department", "treasury", "aid", "watch", "organisation", "organization",
    "bank", "council", "committee", "commission", "government", "union", "agency", "office",
    "association", "institute", "group", "corporation", "company", "inc", "ltd", "plc", "fund",
    "forum", "court", "parliament", "congress", "senate", "house", "assembly", "army", "police",
    "service", "authority", "federation", "league", "alliance", "coalition", "movement", "front",
    "times", "post", "news", "reuters", "presidency", "industries", "secretariat", "administration",
    "kremlin", "pentagon", "foundation", "trust", "society", "board", "network", "university",
    "club", "church", "force", "forces", "mission", "embassy", "cabinet", "policy", "programme",
    "studies", "center", "centre", "school", "college", "academy", "program", "initiative",
    "bureau", "tribunal", "exchange", "observatory", "corp", "co", "llc", "ag",
}
NOT_NAMES = {
    "the", "a", "an", "but", "and", "or", "however", "earlier", "later", "still", "on", "in", "at",
    "meanwhile", "yet", "so", "it", "he", "she", "they", "we", "i", "you", "this", "that", "these",
    "those", "his", "her", "their", "its", "our", "my", "if", "when", "while", "after", "before",
    "instead", "even", "not", "only", "also", "within", "many", "some", "one", "two", "there",
    "here", "what", "who", "why", "how", "as", "for", "from", "by", "with", "to", "of", "since",
    "although", "though", "because", "once", "until", "unlike", "like", "despite", "during",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "today", "yesterday", "tomorrow", "last", "next", "both", "all",
    "each", "every", "no", "any", "most", "more", "such", "now", "then", "asked", "speaking",
    "according", "separately", "recently", "nevertheless", "indeed", "overall", "again",
}
PREPOSITIONS = {"of", "to", "from", "for", "with", "about", "by", "against", "at", "in", "on",
                "over", "into", "under", "between", "among", "towards", "toward", "through",
                "than", "like", "upon", "via", "without", "behind", "beyond"}
SUBJECT_OPENERS = {"and", "but", "that", "after", "before", "when", "while", "as", "because",
                   "then", "though", "although", "since", "so", "yet", "earlier", "later",
                   "however", "meanwhile", "also", "still", "instead", "now", "which", "who"}
PERSON_PRONOUNS = {"he", "she"}
ORG_PRONOUNS = {"it", "they"}
# People a story quotes without naming them: never resolved to someone named elsewhere.
ANONYMOUS_NOUNS = {
    "protester", "protesters", "resident", "residents", "witness", "witnesses", "voter", "voters",
    "worker", "workers", "student", "students", "teacher", "doctor", "nurse", "activist",
    "activists", "source", "sources", "lawyer", "farmer", "shopkeeper", "man", "woman", "mother",
    "father", "survivor", "victim", "fan", "soldier", "passenger", "driver", "owner", "trader",
    "customer", "parent", "villager", "refugee", "migrant", "official", "officials", "diplomat",
    "diplomats", "insider", "observer", "observers",
}
SKIPPABLE = {"has", "have", "had", "is", "was", "were", "are", "will", "would", "also", "then",
             "later", "earlier", "repeatedly", "previously", "recently", "further", "again",
             "today", "yesterday", "last", "week", "this", "month", "year", "on", "monday",
             "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "been",
             "once", "publicly", "openly", "just", "already", "subsequently", "separately",
             "reportedly", "apparently", "did", "does", "not", "could", "may", "might", "should",
             "can", "tuesday,", "in", "a", "statement", "an", "interview", "night", "morning",
             "evening", "afternoon", "he", "she"}

_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ][\w'’-]*")


@dataclass
class Mention:
    """A reference to a possible speaker: a name, organisation, pronoun or role phrase."""

    start: int
    end: int
    surface: str
    kind: str  # "person", "org", "pronoun", "role"
    name: str = ""  # the name without titles, for persons and organisations
    titles: list[str] = field(default_factory=list)  # lower-case words of titles/appositives
    subject_like: bool = False
    possessive: bool = False
    after_preposition: bool = False
    object_like: bool = False  # right after a verb: "met Obama"
    gender: str = ""  # "m" or "f" when an honorific says so
    role: str = ""  # the title as written: "Turkish Defence Minister"
    titles_raw: list[str] = field(default_factory=list)


@dataclass
class Quote:
    """One direct quotation, as `briefings quotes` reports it."""

    quote: str
    start: int
    end: int
    speaker: str | None = None
    speaker_surface: str | None = None
    cue: str | None = None
    speaker_kind: str = ""  # "person", "org" or "document" (for drafting; not in the JSON)
    speaker_role: str = ""

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        return {k: data[k] for k in ("quote", "speaker", "speaker_surface", "cue", "start", "end")}


# --------------------------------------------------------------------------- quote spans


def _mark_role(text: str, i: int) -> str:
    """'open', 'close' or 'either' for the quotation mark at ``text[i]``."""
    char = text[i]
    if char in OPENING_MARKS:
        return "open"
    if char in CLOSING_MARKS:
        return "close"
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    space_before = before.isspace() or before in "([{—–-/"
    space_after = after.isspace() or after in ".,;:!?)]}—–-"
    if space_before and not space_after:
        return "open"
    if space_after and not space_before:
        return "close"
    if before in ".,;:!?" and not after.isspace():
        return "either"
    return "either"


def _uses_single_quotes(text: str) -> bool:
    """Some outlets quote with single marks ('We will,' she said) and keep double ones for
    quotes within quotes. Such a text has (almost) no double marks but opening single ones."""
    doubles = sum(text.count(mark) for mark in ('"', "“", "”"))
    openings = len(re.findall(r"(?:^|[\s(\[—–-])['‘](?=\w)", text, re.MULTILINE))
    return doubles < 2 and openings >= 1


def _single_mark_role(line: str, i: int) -> str | None:
    """Like _mark_role for single marks; None for an apostrophe (don't, Turkey's, '90s)."""
    before = line[i - 1] if i > 0 else " "
    after = line[i + 1] if i + 1 < len(line) else " "
    if before.isalnum() and after.isalnum():
        return None
    if line[i] == "‘":
        return "open"
    if (before.isspace() or before in "([{—–-") and not after.isspace():
        return None if after.isdigit() else "open"
    if not before.isspace() and (after.isspace() or after in ".,;:!?)]}—–-"):
        if before in "sS" and re.match(r"\s[a-z]", line[i + 1:i + 3]) and re.search(r"[\w.,!?]['’](?:[\s.,;:!?]|$)", line[i + 1:]):
            return None  # a plural possessive ("workers' rights") with a closing mark later
        return "close"
    return None


def find_quote_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges (start, end) of the text inside quotation marks.

    Double marks (straight or typographic) are quotation marks; single marks are only when the
    text quotes with them throughout. Paragraphs are lines. A quote still open at the next
    opening mark, or at the end of its paragraph, ends there (trailing space trimmed): the
    convention for quotes that run across paragraphs without a closing mark.
    """
    single = _uses_single_quotes(text)
    marks = {"'", "‘", "’"} if single else OPENING_MARKS | CLOSING_MARKS | STRAIGHT_MARKS
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        open_at: int | None = None
        for i, char in enumerate(line):
            if char not in marks:
                continue
            role = _single_mark_role(line, i) if single else _mark_role(line, i)
            if role is None:
                continue
            if open_at is None:
                if role != "close":
                    open_at = i + 1
            elif role == "open" and _real_opening(line, open_at, i):
                spans.append((offset + open_at, offset + _rstrip_at(line, open_at, i)))
                open_at = i + 1
            else:
                spans.append((offset + open_at, offset + i))
                open_at = None
        if open_at is not None:
            spans.append((offset + open_at, offset + _rstrip_at(line, open_at, len(line))))
        offset += len(line)
    return [(s, e) for s, e in spans if e > s]


def _real_opening(line: str, open_at: int, i: int) -> bool:
    """An opening-looking mark inside an open quote starts a new quote only after a sentence
    end (``Square. "There``); otherwise it is a closing mark preceded by a space."""
    before = line[open_at:i].rstrip()
    return bool(before) and before[-1] in ".!?…:;—–-"


def _rstrip_at(line: str, start: int, end: int) -> int:
    while end > start and line[end - 1].isspace():
        end -= 1
    return end


# --------------------------------------------------------------------------- the article


@dataclass
class _Sentence:
    start: int
    end: int


class _Article:
    """The text with quoted words masked, its sentences, paragraphs and mentions."""

    def __init__(self, text: str, spans: list[tuple[int, int]]):
        self.text = text
        chars = list(text)
        self.inside = bytearray(len(text))
        for start, end in spans:
            last = end - 1
            for k in range(start, end):
                self.inside[k] = 1
                if k == last and chars[k] in ".!?":
                    continue  # keep a final full stop so the sentence ends there
                if not chars[k].isspace():
                    chars[k] = "X"
        self.masked = "".join(chars)
        self.sentences = self._split_sentences()
        self.paragraph_starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
        self.mentions = self._find_mentions()

    def _split_sentences(self) -> list[_Sentence]:
        sentences = []
        start = 0
        boundary = re.compile(r"[.!?…]['\"”’]*\s+(?=['\"“‘(]?[A-Z0-9])|\n+")
        for match in boundary.finditer(self.masked):
            prev = self.masked[max(0, match.start() - 4):match.start() + 1]
            if re.search(r"\b(Mr|Mrs|Ms|Dr|St|Prof|Gen|Lt|Col|Sgt|Rep|Sen|Gov|No|Capt|Adm|Rev)\.$", prev) \
                    or re.search(r"(?:^|[\s(])(?:[A-Z]\.)+$", prev):
                continue  # an abbreviation or an initial, not the end of a sentence
            sentences.append(_Sentence(start, match.end()))
            start = match.end()
        if start < len(self.masked):
            sentences.append(_Sentence(start, len(self.masked)))
        return sentences

    def sentence_at(self, pos: int) -> _Sentence:
        for sentence in self.sentences:
            if sentence.start <= pos < sentence.end:
                return sentence
        return self.sentences[-1]

    def paragraph_of(self, pos: int) -> int:
        index = 0
        for i, start in enumerate(self.paragraph_starts):
            if start <= pos:
                index = i
        return index

    # -- mentions

    def _find_mentions(self) -> list[Mention]:
        mentions: list[Mention] = []
        words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(self.masked)]
        i = 0
        while i < len(words):
            start, end, word = words[i]
            lower = word.lower().rstrip(".")
            if self._inside_quote(start):
                i += 1
                continue
            if lower in ("the", "another", "a", "an", "his", "her", "its", "their", "our", "one"):
                mention = self._role_phrase(words, i)
                if mention:
                    mentions.append(mention)
                    i = next(k for k in range(i, len(words)) if words[k][1] >= mention.end) + 1
                    continue
            if lower in PERSON_PRONOUNS | ORG_PRONOUNS and word[0].isalpha():
                mentions.append(Mention(start, end, word, "pronoun"))
                i += 1
                continue
            if word[0].isupper() or lower in HONORIFICS:
                j = i
                run = []
                while j < len(words):
                    s, e, w = words[j]
                    gap = self.masked[words[j - 1][1]:s] if j > i else ""
                    if j > i and gap not in (" ", "-") and not (
                        gap == ". " and (len(run[-1][2]) == 1 or run[-1][2].lower() in ABBREVIATED_TITLES)
                    ):
                        break
                    if self._inside_quote(s):
                        break
                    joins_of = w.lower() == "of" and run and run[-1][2].lower() in TITLE_ONLY | ORG_WORDS
                    if w[0].isupper() or joins_of or (w.lower() in ("de", "van", "von", "bin", "al", "da", "del", "la", "le")
                                          and j + 1 < len(words) and words[j + 1][2][0].isupper()
                                          and self.masked[e:words[j + 1][0]] == " "):
                        run.append((s, e, w))
                        j += 1
                        if w.endswith(("'s", "’s")) and not self._org_follows(words, j):
                            break
                    else:
                        break
                if run:
                    mention = self._mention_from_run(run)
                    if mention:
                        mentions.append(mention)
                    i = j
                    continue
            i += 1
        for mention in mentions:
            self._position_facts(mention)
        return mentions

    def _org_follows(self, words: list[tuple[int, int, str]], j: int) -> bool:
        """After "Turkey's": do capitalised words ending in an organisation word follow?"""
        last = None
        while j < len(words) and words[j][2][0].isupper() and self.masked[words[j - 1][1]:words[j][0]] == " ":
            last = words[j][2].lower()
            j += 1
        return last in ORG_WORDS

    def _inside_quote(self, pos: int) -> bool:
        return bool(self.inside[pos])

    def _mention_from_run(self, run: list[tuple[int, int, str]]) -> Mention | None:
        while run and re.sub(r"['’]s$", "", run[0][2].lower().rstrip(".,")) in NOT_NAMES:
            run = run[1:]
        if not run:
            return None
        start, end = run[0][0], run[-1][1]
        surface = self.text[start:end]
        if len(surface.replace(".", "")) <= 1:
            return None  # an initial or a state abbreviation ("D-N.Y."), not a speaker
        possessive = surface.endswith(("'s", "’s"))
        core = re.sub(r"['’]s$", "", surface)
        tokens = core.split()
        lowered = [t.lower().rstrip(".") for t in tokens]
        honorific = lowered[0] in HONORIFICS or lowered[0] in {"dr", "prof"}
        if lowered[0] in ABBREVIATED_TITLES - HONORIFICS and len(tokens) > 1:
            lowered[0] = "president" if lowered[0] == "pres" else "minister"  # any title word
        gender = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "lord": "m", "sir": "m",
                  "lady": "f", "dame": "f", "baroness": "f"}.get(lowered[0], "")
        if honorific:
            tokens, lowered = tokens[1:], lowered[1:]
            if not tokens:
                return None
        has_title = any(t in TITLE_ONLY for t in lowered[:-1])
        if lowered[-1] in ORG_WORDS or (any(t in ORG_WORDS for t in lowered) and not has_title) or (
            len(tokens) == 1 and tokens[0].isupper() and len(tokens[0]) > 1
        ):
            name = re.sub(r"^(?:The)\s+", "", core)
            return Mention(start, end, surface, "org", name=name, possessive=possessive)
        # Split titles from the name: the name is the run after the last title word.
        cut = 0
        for k, low in enumerate(lowered):
            if low in TITLE_ONLY or low == "of" or (low in ROLE_NOUNS and len(tokens) - k - 1 >= 2):
                cut = k + 1
        name_tokens = tokens[cut:] if cut < len(tokens) else tokens[-1:]
        titles = [t.lower() for t in tokens[:cut]]
        if len(name_tokens) > 3:
            name_tokens = name_tokens[-3:]
        name = " ".join(name_tokens)
        kind = "person" if (honorific or cut or len(name_tokens) >= 2 or lowered[0] in NOBLE) else "name1"
        if cut and not honorific:  # the surface is the name, as in "Turkish Defence Minister Hulusi Akar"
            surface = name
        mention = Mention(start, end, surface, kind, name=name, titles=titles,
                          possessive=possessive, gender=gender, titles_raw=list(tokens[:cut]))
        if name_tokens and tokens[0].lower() in NOBLE and len(name_tokens) >= 1 and cut == 0:
            mention.name = " ".join(tokens[:3])
        return mention

    def _role_phrase(self, words: list[tuple[int, int, str]], i: int) -> Mention | None:
        """'the minister', 'The French president', 'another senior economic adviser'."""
        j = i + 1
        last_role = None
        while j < len(words) and j <= i + 5:
            s, e, w = words[j]
            gap = self.masked[words[j - 1][1]:s]
            if gap != " ":
                break
            low = w.lower()
            if low in ROLE_NOUNS or low in THING_SPEAKERS or low in ANONYMOUS_NOUNS or low in ORG_WORDS:
                last_role = j
                j += 1
                continue
            if w[0].isupper() and low not in NOT_NAMES:
                j += 1
                continue
            if re.fullmatch(r"[a-z]+(al|ic|ish|ese|an|ior|ive|ary|ist|ary)?", w) and low not in CUE_WORDS and low not in NOT_NAMES and low not in PREPOSITIONS and len(low) > 2:
                j += 1
                continue
            break
        if last_role is None:
            return None
        # the head noun must end the phrase
        end_index = last_role
        head = words[end_index][2].lower()
        if head in ("foreign", "defence", "defense", "state", "senior", "junior", "vice", "prime", "shadow", "affairs", "trade"):
            return None
        start = words[i][0]
        end = words[end_index][1]
        surface = self.text[start:end]
        if any(w[0].isupper() for _, _, w in words[i + 1:end_index + 1]) and head in ORG_WORDS:
            return None  # "the Foreign Ministry": a name, found as a run
        titles = [w.lower() for _, _, w in words[i + 1:end_index + 1]]
        return Mention(start, end, surface, "role", name="", titles=titles)

    def _position_facts(self, mention: Mention) -> None:
        before = self.masked[:mention.start]
        # extend backwards over title words: "Tory leader Michael Howard", "the US"
        k = len(before)
        crossed_role = False
        for _ in range(8):
            match = re.search(r"([A-Za-z'’-]+) +$", before[:k])
            if not match:
                break
            word = match.group(1)
            low = word.lower()
            if low in ROLE_NOUNS or low in ("the", "a", "an", "another") or (
                word[0].isupper() and low not in NOT_NAMES
            ):
                crossed_role = crossed_role or low in ROLE_NOUNS
                k = match.start()
                continue
            if crossed_role and word.islower() and low not in PREPOSITIONS | SUBJECT_OPENERS | CUE_WORDS:
                k = match.start()  # an adjective inside a title: "constitutional affairs minister"
                continue
            break
        prefix = before[:k].rstrip()
        if mention.kind in ("person", "name1"):
            title_words = self.text[k:mention.start].split() + mention.titles_raw
            while title_words and title_words[0].lower().strip(",") in NOT_NAMES | {"another"}:
                title_words = title_words[1:]
            mention.role = " ".join(title_words)
        previous_word = re.search(r"([A-Za-z'’]+)$", prefix)
        previous = previous_word.group(1).lower() if previous_word else ""
        if not prefix or prefix[-1] in ".!?:;\n(—–-\"“" or prefix[-1] == ",":
            mention.subject_like = True
        elif previous in SUBJECT_OPENERS:
            mention.subject_like = True
        if not mention.subject_like and prefix and prefix[-1].isalpha() and previous.islower() \
                and previous not in PREPOSITIONS and previous not in SUBJECT_OPENERS:
            mention.object_like = True
        if previous in PREPOSITIONS and prefix and prefix[-1].isalpha():
            mention.after_preposition = True
            mention.subject_like = False
        # an appositive mention ", X's head of Y," is not a subject when a name precedes it
        appositive = re.search(r"([A-Z][\w'’-]+)\s*,$", prefix)
        if appositive and appositive.group(1).lower() not in NOT_NAMES:
            mention.subject_like = False


# --------------------------------------------------------------------------- attribution


def _cues_in(article: _Article, sentence: _Sentence) -> list[tuple[int, int, str]]:
    cues = []
    segment = article.masked[sentence.start:sentence.end]
    for match in re.finditer(r"\b(according to|[A-Za-z]+)\b", segment, re.IGNORECASE):
        word = match.group(1).lower()
        if word == "according to" or word in CUE_WORDS:
            start = sentence.start + match.start()
            if article._inside_quote(start):
                continue
            surface = article.text[start:sentence.start + match.end()]
            if word in ("called", "call", "calls", "calling"):
                after = article.masked[sentence.start + match.end():sentence.start + match.end() + 4]
                if after.startswith(" on"):
                    surface += " on"
            cues.append((start, sentence.start + match.end(), surface))
    return cues


def _mentions_between(article: _Article, start: int, end: int) -> list[Mention]:
    return [m for m in article.mentions if start <= m.start and m.end <= end]


class _Resolver:
    """Keeps the entities seen so far and resolves surfaces to canonical speaker names."""

    def __init__(self, article: _Article):
        self.article = article
        self.persons = [m for m in article.mentions if m.kind == "person"]
        self.speakers: list[tuple[int, str, str]] = []  # (position, canonical, surface)
        self.resolved_pronouns: dict[int, str] = {}

    def profile(self, name: str, mention: Mention | None) -> tuple[str, str]:
        """("person" | "org" | "document", the longest role the article gives a person)."""
        roles = [m.role or " ".join(self._appositive_raw(m)) for m in self.persons
                 if self.full_name(m.name) == name]
        if roles:
            return "person", max(roles, key=len)
        if mention is not None and mention.kind == "role" and mention.titles and \
                mention.titles[-1] in THING_SPEAKERS:
            return "document", ""
        return "org", ""

    def _appositive_raw(self, person: Mention) -> list[str]:
        after = self.article.text[person.end:person.end + 90]
        match = re.match(r"\s*(?:,|-|–|—)\s*((?:the |a |an )?[^,\-–—.()]+?)\s*(?:,|-|–|—)", after)
        return match.group(1).split() if match and not self.article.inside[person.end] else []

    def full_name(self, name: str) -> str:
        """The fullest form of a person's name in the article (surname match)."""
        surname = name.split()[-1]
        best = name
        for person in self.persons:
            tokens = person.name.split()
            if tokens and tokens[-1] == surname and len(person.name) > len(best):
                best = person.name
        return best

    def is_person_name(self, mention: Mention) -> bool:
        if mention.kind == "person":
            return True
        if mention.kind == "name1":
            return any(p.name.split()[-1] == mention.name for p in self.persons)
        return False

    def canonical(self, mention: Mention, quote_pos: int) -> str | None:
        if mention.kind in ("person", "name1"):
            if self.is_person_name(mention):
                return self.full_name(mention.name)
            return mention.name  # a place or body written as one word: "Beijing", "Ankara"
        if mention.kind == "org":
            return mention.name
        if mention.kind == "pronoun":
            return self.pronoun(mention)
        if mention.kind == "role":
            return self.role(mention, quote_pos)
        return None

    def pronoun(self, mention: Mention) -> str | None:
        if mention.start in self.resolved_pronouns:
            return self.resolved_pronouns[mention.start]
        word = mention.surface.lower()
        wanted_person = word in PERSON_PRONOUNS
        result = None
        if not wanted_person:
            paragraph = self.article.paragraph_of(mention.start)
            for other in self.article.mentions:
                if other.kind == "org" and other.subject_like and not other.possessive and \
                        self.article.paragraph_of(other.start) == paragraph and other.start != mention.start:
                    result = other.name
                    break
        if result is None and wanted_person:
            # "X said ... . She added": a subject pronoun right after an attribution is its speaker
            result = self._speaker_of_previous_sentence(mention)
        if result is None:
            previous_speakers = {name for _, name, _ in self.speakers}
            for other in reversed([m for m in self.article.mentions if m.end <= mention.start]):
                if other.possessive:
                    continue
                if wanted_person:
                    if other.kind == "pronoun" and other.surface.lower() in PERSON_PRONOUNS:
                        resolved = self.pronoun(other)
                        if resolved:
                            result = resolved
                            break
                        continue
                    if other.kind == "role" and other.subject_like:
                        resolved = self.role(other, other.start)
                        if resolved:
                            result = resolved
                            break
                        continue
                    if not self.is_person_name(other):
                        continue
                    name = self.full_name(other.name)
                    if other.subject_like or name in previous_speakers:
                        result = name
                        break
                else:
                    if other.kind == "org" or (other.kind == "name1" and not self.is_person_name(other)):
                        if other.subject_like:
                            result = other.name
                            break
        self.resolved_pronouns[mention.start] = result  # type: ignore[assignment]
        return result

    def _speaker_of_previous_sentence(self, pronoun: Mention) -> str | None:
        if not pronoun.subject_like:
            return None
        sentences = self.article.sentences
        current = self.article.sentence_at(pronoun.start)
        index = sentences.index(current)
        if index == 0:
            return None
        previous = sentences[index - 1]
        if self.article.paragraph_of(previous.start) != self.article.paragraph_of(pronoun.start):
            return None
        persons = {self.full_name(p.name) for p in self.persons}
        for position, name, _ in reversed(self.speakers):
            if previous.start <= position < pronoun.start and name in persons:
                return name
        return None

    def role(self, mention: Mention, quote_pos: int) -> str | None:
        """A role phrase goes to the named person whose title shares its words."""
        head = mention.titles[-1] if mention.titles else ""
        if head in THING_SPEAKERS - {"spokesman", "spokeswoman", "spokesperson", "agency"}:
            # "a statement from the Justice Ministry": the ministry speaks through it
            after = self.article.masked[mention.end:mention.end + 80]
            source = re.match(r"\s+(?:from|by|of)\s+(?:the\s+)?", after)
            if source:
                named = [m for m in self.article.mentions
                         if m.start == mention.end + source.end() and m.kind in ("org", "person", "name1")]
                if named:
                    return self.canonical(named[0], quote_pos)
            return re.sub(r"^(?:the|a|an)\s+", "", mention.surface, flags=re.IGNORECASE)
        if head in ORG_WORDS:
            earlier = [m for m in self.article.mentions if m.end <= mention.start and m.kind == "org"]
            for other in reversed(earlier):
                if head in other.name.lower():
                    return other.name
            # "The agency said", right after a named body: that body; else the phrase itself
            index = self.article.sentences.index(self.article.sentence_at(mention.start))
            window_start = self.article.sentences[max(0, index - 1)].start
            recent = [m for m in earlier if m.start >= window_start]
            if recent:
                return recent[-1].name
            return re.sub(r"^(?:the|a|an)\s+", "", mention.surface, flags=re.IGNORECASE)
        best, best_score = None, 0.0
        for person in self.persons:
            titles = set(person.titles) | set(self._appositive_titles(person))
            if head not in titles and not (head == "adviser" and "advisor" in titles):
                continue
            score = 1.0 + len(set(mention.titles) & titles)
            distance = abs(person.start - mention.start)
            score -= distance / 100000
            if score > best_score:
                best, best_score = person, score
        if best:
            return self.full_name(best.name)
        if head in ANONYMOUS_NOUNS:  # "one protester": quoted without a name, and so reported
            return re.sub(r"^(?:the|a|an)\s+", "", mention.surface, flags=re.IGNORECASE)
        # no title matches: the article's current protagonist
        for position, name, _ in reversed(self.speakers):
            if position < mention.start:
                return name
        for other in reversed([m for m in self.article.mentions if m.end <= mention.start]):
            if other.kind == "person" and other.subject_like:
                return self.full_name(other.name)
        return None

    def _appositive_titles(self, person: Mention) -> list[str]:
        after = self.article.masked[person.end:person.end + 90]
        match = re.match(r"\s*(?:,|-|–|—)\s*((?:then |now |the |a |an |former )?[^,\-–—.]+?)\s*(?:,|-|–|—)", after)
        return match.group(1).lower().split() if match else []


def _speaker_for_cue(article: _Article, resolver: _Resolver, sentence: _Sentence,
                     cue: tuple[int, int, str], cues: list[tuple[int, int, str]],
                     quote_pos: int) -> Mention | None:
    cue_start, cue_end, surface = cue
    word = surface.lower()
    # inverted: '," said Joaquin Almunia' or ', said Junya Tanase of ...'
    before = article.masked[sentence.start:cue_start].rstrip()
    after_mentions = [m for m in _mentions_between(article, cue_end, sentence.end)]
    if word == "according to":
        return after_mentions[0] if after_mentions else None
    if (before.endswith((",", *QUOTE_CLOSERS)) or not before) and word not in PARTICIPLE_CUES:
        inverted = _inverted_subject(article, cue_end, sentence.end)
        if inverted and (inverted.kind != "pronoun" or before.endswith(QUOTE_CLOSERS)):
            return inverted
    # relative clause: 'welcomed by Beijing, which described ...'
    relative = re.search(r"([^,]*),\s*(which|who)\s*$", before)
    if relative:
        clause_end = sentence.start + relative.end(1)
        named = [m for m in _mentions_between(article, sentence.start, clause_end) if not m.possessive]
        if named and not article.masked[named[-1].end:clause_end].strip():
            return named[-1]
    # coordinated or participle cue: 'and warned that', ', saying'
    prefix_words = before.lower().split()
    if word in PARTICIPLE_CUES or (prefix_words and prefix_words[-1] == "and"):
        earlier = [c for c in cues if c[1] <= cue_start]
        if earlier:
            return _speaker_for_cue(article, resolver, sentence, earlier[-1], cues, quote_pos)
    # normal order: the subject before the cue
    candidates = [m for m in _mentions_between(article, sentence.start, cue_start)
                  if not m.possessive and not m.after_preposition]
    # an appositive right after a name ("Chuck Schumer, D-N.Y.,") does not replace the name
    # (nor does a role after any speaker: "one protester, a teacher,"); a name after a role
    # ("the minister, Karl Weber,") is the fuller answer and stays
    candidates = [m for k, m in enumerate(candidates)
                  if not (k and re.fullmatch(r"\s*,\s*", article.masked[candidates[k - 1].end:m.start])
                          and (candidates[k - 1].kind in ("person", "name1") or m.kind == "role"))]
    for mention in reversed(candidates):
        gap = article.masked[mention.end:cue_start]
        if mention.subject_like or (_only_skippable(gap) and not mention.object_like):
            return mention
    if candidates:
        return candidates[-1]
    if word in PARTICIPLE_CUES or before.endswith(","):
        earlier = [c for c in cues if c[1] <= cue_start]
        if earlier:
            return _speaker_for_cue(article, resolver, sentence, earlier[-1], cues, quote_pos)
    return None


def _inverted_subject(article: _Article, cue_end: int, limit: int) -> Mention | None:
    """The subject after an inverted cue: '," said WTO spokesman Keith Rockwell.'"""
    clause = re.match(r"[^,;:!?\"“”(]*", article.masked[cue_end:limit])
    clause_end = cue_end + (clause.end() if clause else 0)
    mentions = _mentions_between(article, cue_end, clause_end)
    if not mentions:
        return None
    gap = article.masked[cue_end:mentions[0].start].strip().lower()
    if gap and not all(w in ROLE_NOUNS or w in ("the", "a", "an") for w in gap.split()):
        return None
    # the person named at the end of a title phrase, else the first mention
    chosen = mentions[0]
    for mention in mentions:
        between = article.masked[mentions[0].start:mention.start]
        if mention.kind in ("person", "name1", "role", "pronoun") and not re.search(r"\b(of|from|at|for|in)\b", between):
            chosen = mention
            break
    # the subject must end the clause, perhaps with a place: 'said X of Y in Z,'
    tail = article.masked[chosen.end:clause_end].strip().rstrip(".").lower()
    if tail and not re.fullmatch(r"(?:(?:of|from|at|in|with)\b.*)", tail):
        return None
    return chosen


def _only_skippable(gap: str) -> bool:
    cleaned = re.sub(r"[,\s]+", " ", gap).strip().lower()
    if not cleaned:
        return True
    return all(w.strip(",") in SKIPPABLE or w.isdigit() for w in cleaned.split())


def _attribute(article: _Article, quotes: list[Quote]) -> None:
    """Give each quote its speaker, surface and cue, in reading order.

    Reported speech between quotes ("Mr Straw said it was wrong ...") counts as an
    attribution too: a later quote without a cue inherits the latest speaker of either kind.
    """
    resolver = _Resolver(article)
    last: tuple[str, str] | None = None  # (speaker, surface) of the latest attribution
    last_pos = -1
    for quote in quotes:
        sentence = article.sentence_at(quote.start)
        cues = _cues_in(article, sentence)
        # record the attributions of reported speech between the last quote and this one
        for other in article.sentences:
            if last_pos <= other.start and other.end <= sentence.start:
                for cue in _cues_in(article, other):
                    mention = _speaker_for_cue(article, resolver, other, cue, _cues_in(article, other), cue[0])
                    if mention:
                        name = resolver.canonical(mention, cue[0])
                        if name:
                            resolver.speakers.append((cue[0], name, mention.surface))
                            last = (name, mention.surface)
        cue = None
        # a cue in a relative clause ("a teacher who asked not to be named, told") is not the
        # attribution when the sentence has another
        main_cues = [c for c in cues if not re.search(r"\b(who|which|that)\s+$", article.masked[sentence.start:c[0]])]
        cues = main_cues or cues
        if cues:
            cue = min(cues, key=lambda c: min(abs(c[0] - quote.end), abs(c[1] - quote.start + 1)))
        elif article.text[quote.end - 1:quote.end] in ("?", "!"):
            # '"Why now?" asked Smith.': the attribution is the next sentence's opening
            sentence, cues, cue = _attribution_after(article, sentence)
        mention = _speaker_for_cue(article, resolver, sentence, cue, cues, quote.start) if cue else None
        if mention is None and not cues:
            mention = _introduced_by_colon(article, sentence, quote)
        name = resolver.canonical(mention, quote.start) if mention else None
        if name and mention:
            quote.speaker_kind, quote.speaker_role = resolver.profile(name, mention)
            quote.speaker, quote.speaker_surface, quote.cue = name, mention.surface, cue[2] if cue else None
            resolver.speakers.append((quote.start, name, mention.surface))
            last = (name, mention.surface)
        elif last:
            quote.speaker, quote.speaker_surface = last
            quote.cue = None
            quote.speaker_kind, quote.speaker_role = resolver.profile(last[0], None)
        last_pos = sentence.end


def _introduced_by_colon(article: _Article, sentence: _Sentence, quote: Quote) -> Mention | None:
    """'Senator Jane Roe was blunt: "..."': the subject of the clause before the colon."""
    before = article.masked[sentence.start:quote.start - 1].rstrip()
    if not before.endswith(":"):
        return None
    subjects = [m for m in _mentions_between(article, sentence.start, quote.start)
                if m.subject_like and not m.possessive and m.kind in ("person", "name1", "org", "role", "pronoun")]
    return subjects[0] if subjects else None


def _attribution_after(article: _Article, sentence: _Sentence):
    """A sentence right after a quote that opens with an attribution ("Smith said ...")."""
    index = article.sentences.index(sentence)
    if index + 1 >= len(article.sentences):
        return sentence, [], None
    following = article.sentences[index + 1]
    opening = article.masked[following.start:following.end]
    if opening.lstrip()[:1] in ('"', "“") or article.paragraph_of(following.start) != article.paragraph_of(sentence.start):
        return sentence, [], None
    cues = _cues_in(article, following)
    if not cues:
        return sentence, [], None
    lead = article.masked[following.start:cues[0][0]].strip()
    first = next(iter(_mentions_between(article, following.start, cues[0][0])), None)
    starts_with_speaker = first is not None and article.masked[following.start:first.start].strip() == ""
    if not lead or (starts_with_speaker and len(lead) <= 120):
        return following, cues, cues[0]
    return sentence, [], None


def extract_quotes(text: str, min_words: int = MIN_WORDS) -> list[Quote]:
    """Every direct quotation of at least ``min_words`` words in ``text``, with its speaker."""
    spans = find_quote_spans(text)
    quotes = [Quote(text[s:e], s, e) for s, e in spans]
    article = _Article(text, spans)
    kept = [q for q in quotes if _is_reported_speech(q.quote, min_words)]
    _attribute(article, kept)
    return kept


def _is_reported_speech(quote: str, min_words: int) -> bool:
    words = re.findall(r"[\w'’-]+", quote)
    if len(words) < min_words:
        return False
    # A title ("Rags To Riches To Rags") is not speech: every word capitalised.
    if all(w[0].isupper() for w in words) and len(words) <= 8:
        return False
    return True
