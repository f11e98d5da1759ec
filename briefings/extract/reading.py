"""The reading-order pass: each quote's attribution, and what a quote without one inherits.

For each quote in reading order (``attribute``):

1. A quote inside a relative clause with a verb of saying goes to the relative pronoun
   (``relative``); otherwise the cue of its sentence nearest the quote is chosen (a cue in a
   relative clause gives way to one in the main clause) and its subject found
   (``attribution.Attributor``; without a cue, ``uncued``); coordinated subjects make a joint speaker (``joint``).
2. With no cue, a quote ending in "?", "!" or "." may be attributed by the next sentence, a
   quote after a colon by the clause before it, a quote inside a sentence by its subject.
3. Otherwise the quote inherits the latest attribution, quoted or reported speech: the rule
   for multi-paragraph quotes and for quotes that continue a speaker's words.
4. The mention is resolved to a name (``resolve.Resolver``); with none, the speaker is None
   and ``Quote.reason`` says why.
"""

from __future__ import annotations

import re

from briefings.extract.article import Article
from briefings.extract.attribution import Attributor, Cue
from briefings.extract.confidence import weigh
from briefings.extract.cue_forms import reports_no_speech
from briefings.extract.joint import coordinated
from briefings.extract.lexicon import pairs, words
from briefings.extract.mention import Mention
from briefings.extract.phrases import after_inverted_cue
from briefings.extract.possessive import possessive_speaker
from briefings.extract.ranker import second_opinion
from briefings.extract.relative import relative_speaker
from briefings.extract.relay import is_news_outlet, quoted_author, relayed_subject, relays
from briefings.extract.resolve import Resolver
from briefings.extract.sentences import Sentence
from briefings.extract.spans import Quote
from briefings.extract.transcripts import in_question
from briefings.extract.uncued import (
    attribution_after,
    introduced_above,
    introduced_by_colon,
    later_clause_subject,
    sentence_subject,
    signed_below,
)

# patterns compiled once (pysbd fills the re module cache with its own)
_RELATIVE_BEFORE_CUE = re.compile(r"\b(who|which|that)\s+$")
_WHOM_BEFORE_CUE = re.compile(r"\bwhom\s+(?:he|she|they|we)\s+$")  # "Trump, whom he called"
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+$")
_NEXT_WORD = re.compile(r" ([a-z]+)\b")
_TAG_TITLES = frozenset({"spokesman", "spokeswoman", "spokesperson", "minister", "president", "envoy"})
_CLAUSE_BOUNDARY = re.compile(r";|,[\"”'’]*\s*(?:but|and|while|although|though)\s|"
                              r"\s(?:if|when|because|unless|until)\s")


class _Last:
    """The latest attribution: what a quote without its own inherits; never one made in a
    transcript's question ("Q: … X said Manila would protest. A: '…'", ``transcripts``)."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.name: str | None = None
        self.mention: Mention | None = None

    def set(self, name: str | None, mention: Mention) -> None:
        if not in_question(self.article, mention.start):
            self.name, self.mention = name, mention


# a second reported clause, right before the quote
_COORDINATED_THAT = re.compile(r",?\s+(?:and|but)\s+(?:also\s+)?that\s+[\"“]?\Z")
_CLAUSE_END = re.compile(r"[.;:!?]")


def _main_cues(article: Article, sentence: Sentence, cues: list[Cue], quote: Quote) -> list[Cue]:
    """A cue in a relative clause ("a teacher who asked not to be named, told"; "of Trump, whom
    he called a 'con artist'" unless the quote is what the clause calls him), or one that
    reports no speech ("would respond", "announced by", ``cue_forms``), is not the
    attribution when the sentence has another."""
    main = [c for c in cues if not _RELATIVE_BEFORE_CUE.search(article.masked[sentence.start:c[0]])
            and not _whom_cue_elsewhere(article, c, quote)] or cues
    speech = [c for c in main if not reports_no_speech(article.masked, c[0], c[1])] or main
    return [c for c in speech if not _according_to_an_outlet(article, sentence, c)] or speech


def _according_to_an_outlet(article: Article, sentence: Sentence, cue: Cue) -> bool:
    """ "Iran's supreme leader said …, according to state media": the outlet relays the words
    of the sentence's other cue (it was the speaker, 0.96)."""
    if cue[2].lower() != "according to":
        return False
    after = article.mentions_between(cue[1], sentence.end)
    source = after[0] if after else after_inverted_cue(article.masked, article.text, cue[1], sentence.end)
    return source is not None and is_news_outlet(source)


def _whom_cue_elsewhere(article: Article, cue: Cue, quote: Quote) -> bool:
    """ "…, whom he called …": a cue of a "whom" clause that does not lead straight to the quote
    (it stands after the quote, or a colon or semicolon comes between)."""
    if not _WHOM_BEFORE_CUE.search(article.masked, max(0, cue[0] - 16), cue[0]):
        return False
    return cue[0] >= quote.start or any(c in article.masked[cue[1]:quote.start] for c in ":;")


def _governing_cue(article: Article, cues: list[Cue], nearest: Cue, quote: Quote) -> Cue:
    """ "X told AFP that Baku agreed with the plan, but that '…'": a quote opened by "and that"
    or "but that" is a second complement of the cue before the clause that holds the nearest
    cue ("agreed", whose subject Baku is reported, not quoted); else the nearest cue."""
    if nearest[1] > quote.start or not _COORDINATED_THAT.search(article.masked, nearest[1], quote.start):
        return nearest
    earlier = [c for c in cues if c[1] <= nearest[0] and not _CLAUSE_END.search(article.masked, c[1], nearest[0])]
    return earlier[-1] if earlier else nearest


def _first_person(mention: Mention) -> bool:
    return mention.kind == "pronoun" and pairs("pronouns").get(mention.surface.lower()) == "self"


def _addressee_cue(article: Article, cue: Cue) -> bool:
    """ "was asked", "were told": a passive cue whose subject heard the words, not said them."""
    return cue[2].lower() in ("asked", "told") and \
        _PASSIVE_BEFORE.search(article.masked[max(0, cue[0] - 12):cue[0]]) is not None


def _cue_distance(article: Article, cue: Cue, quote: Quote) -> int:
    """How far a cue is from a quote; a cue after the quote and past a clause boundary
    ('X said the plan was "...", but he also warned') counts as far."""
    if cue[0] >= quote.end:
        between = article.masked[quote.end - 1:cue[0]]  # from the quote's last character: its comma
        boundary = _CLAUSE_BOUNDARY.search(between)
        return cue[0] - quote.end + (10_000 if boundary else 0)
    return abs(cue[1] - quote.start + 1)


def _give(quote: Quote, name: str | None, mention: Mention, cue: str | None, resolver: Resolver) -> None:
    quote.speaker, quote.speaker_surface, quote.cue = name, mention.surface, cue
    quote.speaker_start, quote.speaker_end = mention.start, mention.end
    if name:
        quote.speaker_kind, quote.speaker_role = resolver.profile(name, mention)
        quote.joint = resolver.joint_members.get(name, ())
        if quote.speaker_kind == "document" and name.islower() and name in mention.surface:  # no issuer
            quote.speaker = None
            quote.reason = f"no speaker: {mention.surface!r} does not say who issued it"
    elif _first_person(mention):
        quote.reason = "first person: the article's writer"
    else:
        quote.reason = resolver.withheld.get(mention.start) or \
            f"no speaker: {mention.surface!r} could not be resolved to a name"


def _name_the_issuer(quote: Quote, mention: Mention, resolver: Resolver) -> None:
    """A document's words: the evidence says who the text says issued it, and how."""
    if mention.start in resolver.issued:
        quote.evidence += f"; {resolver.issued[mention.start]}"


def attribute(article: Article, quotes: list[Quote]) -> Resolver:
    """Give each quote its speaker, surface and cue, in reading order; the resolver that named
    them is returned for the steps after (parties).

    Reported speech between quotes ("Ms Roe said it was wrong ...") counts as an
    attribution too: a later quote without a cue inherits the latest speaker of either kind.
    """
    attributor = Attributor(article)
    resolver = attributor.resolver
    last = _Last(article)
    done = -1  # index of the last sentence whose attributions are recorded
    for quote in quotes:
        index = article.sentence_index(quote.start)
        for between in article.sentences[done + 1:index]:
            _record_reported_speech(attributor, between, last)
        sentence, cue, mention, route = _find_attribution(attributor, article.sentences[index], quote)
        relayed = mention is not None and _relays_only(article, sentence, mention, resolver)
        if mention is not None and not relayed:  # a relay ("..., ISNA reported"): the speaker is before
            _give_found(attributor, quote, sentence, (cue, mention, route), last)
        elif cue and _cue_without_speaker(article, quote, cue, relayed):
            pass  # its reason is set: no speaker rather than the one before
        elif relayed and (subject := _subject_relayed(article, sentence, mention, quote)):
            _give_found(attributor, quote, sentence, (None, subject, "sentence subject"), last)
        elif above := _subject_above(attributor, index, quote):
            above, name, opinion = second_opinion(attributor, quote, above, resolver.canonical(above, quote.start))
            _give(quote, name, above, None, resolver)
            weigh(quote, "sentence before", above, opinion=opinion)
            last.set(name, above)
        elif last.mention:
            inherited, name, opinion = second_opinion(attributor, quote, last.mention, last.name)
            _give(quote, name, inherited, None, resolver)
            weigh(quote, "inherited", inherited, inherited.start in resolver.sure_issuers, opinion)
            _name_the_issuer(quote, inherited, resolver)
        else:
            _no_speaker(quote, cue)
        done = max(done, article.sentence_index(sentence.start))
    _carry_back_continued(article.text, quotes)
    return resolver


_OPENING_MARKS = frozenset({'"', "“", "''", "‘", "«", "„"})


def _left_open(text: str, quote: Quote, following: Quote) -> bool:
    """Whether ``quote`` ends its paragraph with no closing mark and ``following`` opens the next
    one with the same opening mark as it ('"..."' then '“...”' is no continuation)."""
    gap = text[quote.end:following.start]
    opened = gap.strip()
    if "\n" not in gap or gap.split("\n")[0].strip() or opened not in _OPENING_MARKS:
        return False  # closed at its paragraph's end, or not the next paragraph
    return text[max(0, quote.start - len(opened)):quote.start] == opened


def _carry_back_continued(text: str, quotes: list[Quote]) -> None:
    """ '"The first point is ... (no closing mark)¶"The second is …," X said': news prose leaves a
    quote open at a paragraph's end when the next paragraph goes on with it, so a part with no
    cue of its own is the speaker's of the part that follows (the last part first, so that a
    quote of three paragraphs goes back to its first)."""
    carried: set[int] = set()
    for quote, following in reversed(list(zip(quotes, quotes[1:], strict=False))):
        if quote.cue is not None or not following.speaker or quote.speaker == following.speaker or \
                (following.cue is None and following.start not in carried):
            continue
        if not _left_open(text, quote, following):
            continue
        for field in ("speaker", "speaker_surface", "speaker_start", "speaker_end", "speaker_kind",
                      "speaker_role", "joint", "confidence"):
            setattr(quote, field, getattr(following, field))
        quote.reason = None
        quote.evidence = f"{following.evidence}; the quote goes on in the next paragraph, left open"
        carried.add(quote.start)


def _give_found(attributor: Attributor, quote: Quote, sentence: Sentence,
                found: tuple[Cue | None, Mention, str], last: _Last) -> None:
    """Give ``quote`` the speaker its own sentence names (after the ranker's review and a relay's
    "citing X as saying"), weigh it and record it for the quotes after."""
    resolver, (cue, mention, route) = attributor.resolver, found
    name = resolver.canonical(mention, quote.start)
    mention, name, opinion = second_opinion(attributor, quote, mention, name)
    relay, author = mention, quoted_author(attributor.article, sentence, mention)  # "citing X as saying"
    if author is not None:
        mention, name = author, _author_name(resolver, author, quote.start)
    _give(quote, name, mention, cue[2] if cue else None, resolver)
    weigh(quote, route, mention, mention.start in resolver.sure_issuers, opinion)
    _name_the_issuer(quote, mention, resolver)
    if author is not None:
        quote.evidence += f"; {relay.surface!r} quotes {author.surface!r} as saying"
    if name:
        resolver.speakers.append((quote.start, name, mention.surface))
    last.set(name, mention)


def _cue_without_speaker(article: Article, quote: Quote, cue: Cue, relayed: bool) -> bool:
    """A quote whose own cue gives no speaker stays without one, not the speaker before: '"...?"
    X was asked' (the asker is not named), or a cue whose subject is nothing the extractor reads
    ("The retired surgeon ..., saying '...'"). A relay's cue ("..., ISNA reported") gives way
    to the speaker before (False)."""
    if _addressee_cue(article, cue):
        quote.cue = cue[2]
        quote.reason = "no speaker: the quote was put to the subject, its asker is not named"
        return True
    if relayed:
        return False
    _no_speaker(quote, cue)
    return True


def _relays_only(article: Article, sentence: Sentence, mention: Mention, resolver: Resolver) -> bool:
    """Whether an outlet relays words whose speaker is named elsewhere ("..., ISNA reported"),
    not in its own sentence as the one it quotes ("IRNA quoted X as saying": X's)."""
    return relays(article, sentence, mention, resolver.speakers) and quoted_author(article, sentence, mention) is None


def _subject_relayed(article: Article, sentence: Sentence, relay: Mention | None, quote: Quote) -> Mention | None:
    """The person an outlet's sentence has as its subject before the quote ("The Crown Prince
    affirmed that '…', according to SPA"): theirs, not the speaker before (the quote went to
    the agency named a paragraph earlier, 0.99)."""
    subject = relayed_subject(article, sentence, relay) if relay else None
    return subject if subject is not None and subject.start < quote.start else None


def _author_name(resolver: Resolver, author: Mention, position: int) -> str | None:
    """Whom a relay quotes "as saying"; "quoted him as saying" is not resolved: no speaker."""
    return None if author.kind == "pronoun" else resolver.canonical(author, position)


def _no_speaker(quote: Quote, cue: Cue | None) -> None:
    """Why a quote has no speaker: its cue's subject is nothing the extractor can name ("UN
    High Commissioner for Refugees X said"), or no cue reaches it and no speaker came before."""
    if cue:
        quote.cue = cue[2]
        quote.reason = f"no speaker: the subject of {cue[2]!r} is no name, role or body the extractor reads"
    else:
        quote.reason = "no speaker: no reporting cue reaches this quote and none came before"


def _subject_above(attributor: Attributor, index: int, quote: Quote) -> Mention | None:
    """ "Roe touted her record. '...'": a quote that is a sentence of its own, after a sentence
    of the same paragraph with no reporting verb, belongs to that sentence's opening subject."""
    article = attributor.article
    sentence = article.sentences[index]
    if index == 0 or article.masked[sentence.start:quote.start].strip(" \"“'‘"):
        return None
    previous = article.sentences[index - 1]
    same_paragraph = article.paragraph_of(previous.start) == article.paragraph_of(sentence.start)
    if attributor.cues(previous) or not (same_paragraph or _opens_paragraph(article, sentence)):
        return None
    first = next(iter(article.mentions_between(previous.start, previous.end)), None)
    if first is None or article.masked[previous.start:first.start].strip() or \
            first.kind not in ("person", "name1") or first.possessive:
        return None
    verb = _NEXT_WORD.match(article.masked, first.end, previous.end)
    if verb is None or verb.group(1) in words("prepositions"):
        return None  # "Pause.", "Often, ...": no subject and verb
    return first


def _opens_paragraph(article: Article, sentence: Sentence) -> bool:
    """Whether the sentence is the whole of a paragraph ("X praised Y." then '"..."')."""
    line_start = article.masked.rfind("\n", 0, sentence.start) + 1
    line_end = article.masked.find("\n", sentence.end)
    line_end = len(article.masked) if line_end < 0 else line_end
    return not article.masked[line_start:sentence.start].strip() and \
        not article.masked[sentence.end:line_end].strip()


def _record_reported_speech(attributor: Attributor, sentence: Sentence, last: _Last) -> None:
    for cue in attributor.cues(sentence):
        mention = attributor.speaker_for_cue(sentence, cue)
        mention = (coordinated(attributor.article, mention) or mention) if mention else None  # "X and Y said"
        if mention and not relays(attributor.article, sentence, mention, attributor.resolver.speakers):
            name = attributor.resolver.canonical(mention, cue[0])
            if name:
                attributor.resolver.speakers.append((cue[0], name, mention.surface))
                last.set(name, mention)


def _cue_attribution(attributor: Attributor, sentence: Sentence, cue: Cue,
                     quote: Quote) -> tuple[Sentence, Cue | None, Mention | None, str]:
    """The cue's subject; the subject of a clause joined after the cue ("X said ..., and the union
    dismissed it as '...'"), or no one when that subject is not read; a colon's subject when the
    cue has none ("Asked whether ..., Mr. Smith shot back: '...'")."""
    later = later_clause_subject(attributor, cue, quote)
    if isinstance(later, Mention):
        return sentence, None, later, "sentence subject"
    if later is False:
        return sentence, cue, None, "cue"
    mention = attributor.speaker_for_cue(sentence, cue) or attributor.bare_subject(sentence, cue, quote)
    colon = None if mention else introduced_by_colon(attributor, sentence, quote)
    if colon:
        return sentence, None, colon, "colon"
    joint = coordinated(attributor.article, mention) if mention else None
    return sentence, cue, joint or mention, "cue"


def _find_attribution(attributor: Attributor, sentence: Sentence,
                      quote: Quote) -> tuple[Sentence, Cue | None, Mention | None, str]:
    """The sentence that attributes ``quote``, its cue, the cue's subject (any may be None) and
    the route that found them (``confidence.ROUTES``)."""
    structural = _structural_attribution(attributor, sentence, quote)
    if structural:
        return structural
    sentence, cue, colon = _choose_cue(attributor, sentence, quote)
    if colon:  # 'X lobbies for a higher wage: "..." He says ...': the colon's subject
        return sentence, None, colon, "colon"
    if cue and _addressee_cue(attributor.article, cue):
        return sentence, cue, attributor.passive_agent(cue[1], sentence.end), "passive agent"
    if cue:
        return _cue_attribution(attributor, sentence, cue, quote)
    colon = introduced_by_colon(attributor, sentence, quote)
    if colon:
        return sentence, None, colon, "colon"
    tag = _verbless_tag(attributor.article, sentence, quote) or signed_below(attributor, quote)
    if tag:
        return sentence, None, tag, "verbless tag"
    return sentence, None, sentence_subject(attributor, sentence, quote) or \
        introduced_above(attributor, sentence, quote), "sentence subject"


def _verbless_tag(article: Article, sentence: Sentence, quote: Quote) -> Mention | None:
    """ '"...," Kremlin spokesperson Dmitry Peskov.': a sentence that is a quote and a name."""
    if article.masked[sentence.start:quote.start].strip(" \"“'‘«„"):
        return None
    after = article.mentions_between(quote.end, sentence.end)
    if len(after) != 1 or after[0].kind not in ("person", "org"):
        return None
    lead = article.masked[quote.end:after[0].start].strip(" \"”'’»")
    comma = lead.startswith(",") or quote.quote.rstrip().endswith(",")
    if not comma or article.masked[after[0].end:sentence.end].strip() not in (".", ""):
        return None
    titles = lead.lstrip(",").split()
    return after[0] if all(w.lower() in _TAG_TITLES or w[:1].isupper() for w in titles) else None


def _structural_attribution(attributor: Attributor, sentence: Sentence,
                            quote: Quote) -> tuple[Sentence, Cue | None, Mention | None, str] | None:
    """A quote after a possessive and a noun of speech, or inside a relative clause."""
    article = attributor.article
    possessor = possessive_speaker(article, sentence, quote.start)
    if possessor and not any(c[0] < possessor.start for c in attributor.cues(sentence)):
        return sentence, None, possessor, "possessive"  # "her remark that '...'", not "X said in his statement:"
    relative = relative_speaker(article, sentence, quote.start)
    if relative:
        inside = [c for c in attributor.cues(sentence) if relative.end <= c[0] < quote.start]
        return sentence, inside[-1] if inside else None, relative, "relative"
    return None


def _choose_cue(attributor: Attributor, sentence: Sentence,
                quote: Quote) -> tuple[Sentence, Cue | None, Mention | None]:
    """The cue of the quote's sentence nearest the quote; with none, for a quote that ends a
    sentence, a colon's subject or the cue of the sentence after (its sentence returned)."""
    article = attributor.article
    cues = _main_cues(article, sentence, attributor.cues(sentence), quote)
    if cues:
        nearest = min(cues, key=lambda c: _cue_distance(article, c, quote))
        return sentence, _governing_cue(article, cues, nearest, quote), None
    if article.text[quote.end - 1:quote.end] not in ("?", "!", "."):
        return sentence, None, None
    colon = introduced_by_colon(attributor, sentence, quote)
    if colon:
        return sentence, None, colon
    following = attribution_after(attributor, sentence, strict=quote.quote.endswith("."))
    if following:
        return following[0], following[1], None
    return sentence, None, None
