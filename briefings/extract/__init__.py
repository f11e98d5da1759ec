"""Direct quotations and their speakers, found in news text by rules.

How a quote gets its speaker
----------------------------
1. ``spans``: every quotation mark is classed as opening or closing from the characters around
   it; marks are paired within a paragraph, and a quote that never closes ends at the next
   opening mark or at the paragraph's end (multi-paragraph quotes). Quotes of fewer than three
   words, and titles in capitals, are not reported speech.
2. ``article``: the quoted words are masked (a name inside a quote never attributes it), the
   rest is split into sentences by pysbd (``sentences``: it knows "U.S.", "Sen.", "D-Mo.").
3. ``mentions``: candidate speakers (``mention``) are found — names (``names``: titles, party
   labels and nationalities split off), organisations (kept whole), subject pronouns, role
   phrases and groups without a determiner ("officials said", ``groups``) — and each passes
   the speaker-shape rule (``shape``): no lone adjective, adverb, sentence-opening common word,
   gerund, state code or fragment of a name is ever a candidate, nor a phrase cut before its
   noun ("The great majority of") or a word of a wire dateline ("PARIS, Dec. 8 (UPI) --").
   ``clause`` notes where each stands in its clause (subject, object, after a preposition).
4. ``reading`` and ``attribution``: the reporting cue nearest the quote in its sentence is
   found, then its subject (inverted, "according to", relative, participle and ordinary order;
   a plain noun phrase, ``phrases``, where no name is: "said the 52-year-old"; clauses with
   a subject of their own: "what Roe called", "with the guild calling it"). A quote in a
   relative clause goes to its "who" (``relative``), one after "her remark that" to its
   possessor (``possessive``); "X and Y said" is one joint speaker (``joint``). A quote with
   no cue takes the attribution of the next sentence ('"Why?" she asked.'), of a clause before
   a colon, of the sentence before it when that sentence's subject opens it ("Roe touted her
   record. '...'"), or else the latest attribution before it, quoted or reported (``uncued``).
   A quote left open at its paragraph's end, which the next paragraph goes on with, is the
   speaker's of that next part (``reading``).
5. ``resolve``: pronouns go to the speaker of the sentence before or the nearest earlier
   subject, skipping a person the article shows to be of the other gender (``gender``: from
   honorifics and the article's own "his"/"her", no list of first names); role phrases to
   the person holding that title; a document or a spokesperson to the body that issued it
   (``documents``: the issuer a sentence states where the article brings the document in,
   "the council adopted a resolution", "a report published by X"; two stated, no speaker);
   surnames to the fullest name in any case (``fullnames``: "Al-Vasseri", a transcript's
   "VELD:"; not a headline's "Understated Roe" or "Valdonia Rejects Brel"); a role phrase
   followed by a name in commas ("the spokesman, Tomas Brel,") to that name; a plural role
   ("the three ministers") stays a label; "Valdonia's ambassador" goes to the one person
   titled so whose title names no other country; a body new to the reader ("a watchdog
   group") to the one the next sentences name (``issuers``); an unnamed source met again ("the
   official") keeps the fuller phrase that brought it in (``unnamed``). A document that does not say
   who issued it, and a role after "his"/"her" that no title matches, give no speaker
   rather than the word or the possessor.
6. When nothing is found the speaker is ``None`` and ``Quote.reason`` says why: no guess.
   News outlets that relay a person's words are never their speaker, nor is whoever quotes or
   cites a person "as saying" (``relay``); bodies go to
   the fullest name the article gives them (``orgnames``).
7. ``confidence``: every quote gets a confidence from the route that chose its mention and the
   kind of mention, and ``evidence`` naming both; below the threshold the speaker is withheld
   ("unsure: ...").
8. ``party``: whom the speaker speaks for — a government by its short English name, an
   international organisation, another body, "independent" — from the titles and names the
   article gives (``titles``: before the name, in appositions, at later mentions;
   ``affiliations``: "on behalf of", "X of the Y ministry", "who heads"; ``labels``: bodies,
   groups and labels; ``actors``: pycountry and data tables; ``office``: the country of an office
   or a government body the text gives without one), or None with ``party_reason``.

``ranker`` (between steps 4 and 5): a linear model shipped as data scores every candidate
mention near the quote, the rules' choice among them, and its best candidate is the one the
quote goes to; ``evidence`` says when it chose over the rules' mention (docs/extraction.md,
Round 4).

Wire copy (docs/extraction.md, Round 6): a cue that reports no speech ("would respond",
"announced by") gives way to another (``cue_forms``); "the diplomat said" after a titled
speaker, and a family name alone ("Kim said"), go to the person just quoted (``backrefs``);
"He" may be a Chinese family name (``family_he``); a title's portfolio is no part of its
holder's name (``portfolios``); "Its spokesman" is the body named just before (``its_titles``).

Official sources (docs/extraction.md, Round 7): runs that are only titles ("Official
Spokesperson", "Minister of Trade and Industry") name nobody (``title_runs``); "and" may be
inside a name ("Peace and Security Council", ``and_names``); "a ministry spokesperson" and
"Spokesperson X" are staff of the body just named (``its_titles``); "the ministers" stand for
the governments listed with them (``plural_roles``).

The word lists are data files in ``lexicon/``, each with a comment on what it is for. The two
models (``confidence_model.json``, ``ranker_model.json``) are weights read with plain Python; no
download or network is involved, and every step is linear in the length of the article.
``evaluate`` scores the rules against gold quotes; ``polnear`` converts the PolNeAR corpus
into gold rows.
"""

from __future__ import annotations

from briefings.extract.article import Article
from briefings.extract.mention import Mention
from briefings.extract.party import assign_parties
from briefings.extract.reading import attribute
from briefings.extract.shape import shape_problem
from briefings.extract.spans import MIN_WORDS, Quote, find_quote_spans, is_reported_speech
from briefings.extract.tied_parties import assign_label_parties, assign_tied_parties
from briefings.paragraphs import unwrapped

__all__ = ["MIN_WORDS", "Mention", "Quote", "extract_quotes", "find_quote_spans", "shape_problem"]


def extract_quotes(text: str, min_words: int = MIN_WORDS) -> list[Quote]:
    """Every direct quotation of at least ``min_words`` words in ``text``, with its speaker."""
    spans = find_quote_spans(text)
    quotes = [Quote(text[s:e], s, e) for s, e in spans]  # verbatim, hard wraps and all
    article = Article(unwrapped(text), spans)  # a wrapped sentence read as one line
    kept = [q for q in quotes if is_reported_speech(q.quote, min_words)]
    resolver = attribute(article, kept)
    assign_parties(article, resolver, kept)
    assign_tied_parties(article, resolver, kept)
    assign_label_parties(article, resolver, kept)
    return kept
