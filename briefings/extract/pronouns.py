"""Whom a pronoun stands for: "he" or "she" for the speaker of the sentence before or the nearest
person of that gender the text makes plain, "it" or "they" for a body, "I" or "we" for no one
(the writer's words are reported as such, never guessed).

Functions of the :class:`~briefings.extract.resolve.Resolver` they read (its speakers so far, its
names and genders), kept apart from the resolver's other jobs (names, role phrases).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefings.extract.documents import document_head
from briefings.extract.fullnames import name_key
from briefings.extract.gender import noun_gender, pronoun_gender
from briefings.extract.heads import impersonal_head, plural_head
from briefings.extract.lexicon import pairs, words
from briefings.extract.mention import Mention
from briefings.extract.names import surname_of
from briefings.extract.phrases import main_clause_start

_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")  # the verb right after a subject

if TYPE_CHECKING:
    from briefings.extract.resolve import Resolver
    from briefings.extract.sentences import Sentence



def resolve_pronoun(resolver: Resolver, mention: Mention) -> str | None:
    """The name a pronoun mention stands for, or None."""
    kind = pairs("pronouns").get(mention.name or mention.surface.lower())  # "his": "he"
    if kind == "person":
        return _speaker_of_own_sentence(resolver, mention) or _speaker_of_previous_sentence(resolver, mention) or \
            _person_before(resolver, mention)
    if kind == "self":
        return turn_speaker(resolver, mention)  # the writer, reported as such; in a transcript, the turn's
    return _group_for(resolver, mention)


def turn_speaker(resolver: Resolver, pronoun: Mention) -> str | None:
    """ "Mao Ning: China opposes this. We urge the US side to '…'": in a transcript's turn, a
    paragraph that opens with a person's name and a colon, "I" and "we" are that person; anywhere
    else they are the writer (None)."""
    article = resolver.article
    start = article.layout.paragraph_starts[article.paragraph_of(pronoun.start)]
    opening = article.mentions_between(start, pronoun.start)[:1]
    if not opening or opening[0].kind != "person" or article.text[start:opening[0].start].strip() or \
            article.masked[opening[0].end:opening[0].end + 1] != ":":
        return None
    return resolver.canonical(opening[0], pronoun.start)


def _group_for(resolver: Resolver, mention: Mention) -> str | None:
    """The document just quoted (``_document_just_quoted``), else an organisation subject in
    the pronoun's paragraph (or a body's role phrase before it there), else the nearest one before;
    a body by the fullest name the article gives it, as when it is named ("the DFA said it had
    '…'" gave `DFA` where "the DFA said" gives `Department of Foreign Affairs`)."""
    document = _document_just_quoted(resolver, mention)
    if document is not None:
        return _for_document(resolver, mention, document)
    in_paragraph = _group_in_paragraph(resolver, mention)
    if in_paragraph is not None:
        return in_paragraph or None
    for other in reversed(resolver.article.mentions_before(mention.start)):
        if (_is_group(resolver, other) or (other.kind == "name1" and not resolver.is_person_name(other))) \
                and other.subject_like and not other.possessive:
            return resolver.org_name(other.name)
    return None


def _group_in_paragraph(resolver: Resolver, mention: Mention) -> str | None:
    """An organisation subject in the pronoun's paragraph, or a body's role phrase before it there
    (``_body_phrase``; "" when that phrase stands for no one), else None."""
    article = resolver.article
    paragraph = article.paragraph_of(mention.start)
    starts = article.layout.paragraph_starts
    end = starts[paragraph + 1] if paragraph + 1 < len(starts) else len(article.text)
    for other in article.mentions_between(starts[paragraph], end):
        if _is_group(resolver, other) and other.subject_like and not other.possessive and \
                other.start != mention.start:
            return resolver.org_name(other.name)
        if other.start < mention.start and _body_phrase(other):
            return resolver.role(other, other.start) or ""
    return None


def _body_phrase(mention: Mention) -> bool:
    """ "China's embassy in Manila responded with a statement. It said, '…'": a subject role
    phrase whose head is a body ("the embassy", "the ministry"), before "it" in its paragraph, is
    what "it" stands for, as a body's name is; "it" was the country named before (Philippines,
    0.93). Only in the paragraph: a paragraph that opens with "It added" after "the company wrote"
    stays as it was (one PolNeAR dev quote, a message's words the quote before was given to,
    went from unsure to wrong when the paragraph before counted too)."""
    return mention.kind == "role" and mention.subject_like and not mention.possessive and \
        bool(mention.titles) and mention.titles[-1] in words("org_words")


def _document_just_quoted(resolver: Resolver, pronoun: Mention) -> Mention | None:
    """ "'…,' the statement said. ¶ '…,' it added": a subject "it" whose nearest subject before,
    in its sentence or the one before, is a document ("the statement", "the report") stands for
    that document, not for a body named inside its words or before it. People are skipped: "it"
    never stands for them."""
    article = resolver.article
    index = article.sentence_index(pronoun.start)
    if not pronoun.subject_like or pronoun.surface.lower() != "it" or index == 0:
        return None
    for other in reversed(article.mentions_between(article.sentences[index - 1].start, pronoun.start)):
        if other.possessive or not other.subject_like or _is_person(resolver, other):
            continue
        return other if document_head(other) else None
    return None


def _is_person(resolver: Resolver, mention: Mention) -> bool:
    if mention.kind == "pronoun":
        return pairs("pronouns").get(mention.surface.lower()) in ("person", "self")
    return mention.kind == "person" or (mention.kind == "name1" and resolver.is_person_name(mention))


def _for_document(resolver: Resolver, pronoun: Mention, document: Mention) -> str | None:
    """The issuer of the document "it" stands for, or no one when the text states none (the
    reason says so)."""
    issuer = resolver.role(document, document.start)
    if issuer and not (issuer.islower() and issuer in document.surface):
        return issuer
    resolver.withheld[pronoun.start] = (f"no speaker: {pronoun.surface!r} stands for {document.surface!r}, "
                                        "which does not say who issued it")
    return None


def _is_group(resolver: Resolver, mention: Mention) -> bool:
    return mention.kind == "org" or mention.name in resolver.organisation_like


def _other_gender(resolver: Resolver, name: str, pronoun: Mention) -> bool:
    """Whether the article makes plain that ``name`` is not what "he" or "she" stands for: by
    its own signs (``gender.Genders``), else by the pronouns that earlier quotes were given to
    the person ('"…," he said' after "Health Minister X told television": "she" is not X)."""
    wanted = pronoun_gender(pronoun.surface)
    known = (resolver.genders.of(name) or _attributed_gender(resolver, name)) if name else ""
    return bool(wanted and known and known != wanted)


def _attributed_gender(resolver: Resolver, name: str) -> str:
    """ "m" or "f" where every quote given to ``name`` through "he" or "she" so far had one of
    them, else "". Read from the resolver's speakers once each, as they are added."""
    state = resolver.article.memo.setdefault(("attributed genders",), {"done": 0, "genders": {}})
    for _, speaker, surface in resolver.speakers[state["done"]:]:
        gender = pronoun_gender(surface)
        if gender:
            state["genders"].setdefault(speaker, set()).add(gender)
    state["done"] = len(resolver.speakers)
    found = state["genders"].get(name, set())
    return next(iter(found)) if len(found) == 1 else ""


def _same_gender(resolver: Resolver, name: str, pronoun: Mention) -> bool:
    return resolver.genders.of(name) == pronoun_gender(pronoun.surface)


def _person_before(resolver: Resolver, mention: Mention) -> str | None:
    """The nearest earlier person who was a subject or a speaker (through pronouns too), of
    the pronoun's gender when the article makes that plain."""
    previous_speakers = {name for _, name, _ in resolver.speakers}
    wanted = pronoun_gender(mention.surface)
    skipped = False
    for other in reversed(resolver.article.mentions_before(mention.start)):
        if other.possessive or (wanted and wanted != (pronoun_gender(other.surface) or noun_gender(other) or wanted)):
            continue  # "his", or "she" (or "the woman") when "he" is wanted
        resolved = _as_person(resolver, other, previous_speakers)
        if resolved and _other_gender(resolver, resolved, mention):
            skipped = True  # then only a person the article shows to be of that gender
        elif resolved and (not skipped or _same_gender(resolver, resolved, mention)):
            return resolved
    return None


def _as_person(resolver: Resolver, other: Mention, previous_speakers: set[str]) -> str | None:
    """The person an earlier mention names, if "he" or "she" may stand for it."""
    if other.kind == "pronoun" and pairs("pronouns").get(other.surface.lower()) == "person":
        return resolver.pronoun(other)
    if other.kind == "role":
        if other.subject_like and not plural_head(other) and not impersonal_head(other):
            return resolver.role(other, other.start)  # "he" is never "Valdonian officials"
        return None
    if resolver.is_person_name(other):
        name = resolver.full_name(other.name)
        return name if other.subject_like or name in previous_speakers else None
    return None


def _before_a_quote_paragraph(resolver: Resolver, pronoun: Mention) -> Sentence | None:
    """ "X later told reporters she had spoken to Y. ¶ '…,' she said" (or "¶ She said: '…'"): a
    paragraph that opens with a quote or with the pronoun goes on from the sentence before it,
    the last of the paragraph before, as a sentence inside a paragraph does."""
    article = resolver.article
    index = article.sentence_index(pronoun.start)
    sentence = article.sentences[index]
    written = article.text[sentence.start:sentence.end]
    opening = sentence.start + len(written) - len(written.lstrip())
    if index == 0 or not (opening == pronoun.start or article.inside_quote(min(opening + 1, sentence.end - 1))):
        return None
    return article.sentences[index - 1]


def _speaker_of_own_sentence(resolver: Resolver, pronoun: Mention) -> str | None:
    """ "Tyler said that voters can be confident that Cruz has '...,' he said": a subject
    pronoun after the subject and reporting verb that open its sentence's main clause is that
    subject, not the nearest person named inside the reported clause."""
    article = resolver.article
    sentence = article.sentence_at(pronoun.start)
    main = main_clause_start(article.masked, sentence.start, pronoun.start)
    first = next((m for m in article.mentions_between(main, pronoun.start) if not m.after_preposition), None)
    opening = article.masked[main:first.start] if first is not None else ""
    if not pronoun.subject_like or first is None or not first.subject_like or first.possessive or \
            len(opening.split()) > 3 or any(c in opening.strip(" ,") for c in ",;:("):
        return None  # "Cruz spokesman Rick Tyler said": title words may open it
    verb = _NEXT_WORD.match(article.masked, first.end)
    if verb is None or verb.group(1) not in words("cues"):
        return None
    name = _as_person(resolver, first, set())
    return None if name is None or _other_gender(resolver, name, pronoun) else name


def _speaker_of_previous_sentence(resolver: Resolver, pronoun: Mention) -> str | None:
    """ "X said ... . She added": a subject pronoun right after an attribution is its speaker."""
    if not pronoun.subject_like:
        return None
    previous = resolver.article.sentence_before_in_paragraph(pronoun.start) or _before_a_quote_paragraph(
        resolver, pronoun)
    if previous is None:
        return None
    for position, name, _ in reversed(resolver.speakers):
        if position < previous.start:
            break
        if position < pronoun.start and name_key(surname_of(name)) in resolver.person_names and \
                not _other_gender(resolver, name, pronoun):
            return name
    return None
