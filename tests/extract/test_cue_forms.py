"""Reporting words that report no speech, or whose "by" names a relay
(``briefings.extract.cue_forms``): a quote goes to the main clause's speaker, not to whoever
"would respond" or "announced" something inside it; "X was quoted as saying by Y" is X's.

Sentences are invented for these tests (real countries, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes
from briefings.extract.cue_forms import noun_after_participle, quoted_as, reports_no_speech

# text -> speaker of its one quote
CASES = [
    pytest.param("Deputy Minister Irina Volk said on Friday that the tariffs announced by Washington "
                 'last month were "a hostile and pointless move."', "Irina Volk",
                 id="a participle between a noun and 'by'"),
    pytest.param("Foreign Minister Kenta Oda told lawmakers that Tokyo would continue to respond "
                 '"firmly and without haste at every turn."', "Kenta Oda", id="a verb after 'to'"),
    pytest.param('Envoy Pavel Lenk told reporters that Moscow would respond "in kind and without '
                 'delay to every step."', "Pavel Lenk", id="a verb after a modal"),
    pytest.param('Minister Pavel Lenk spoke on Monday. "We have weathered far worse storms than this," '
                 "Lenk was quoted as saying by Interfax.", "Pavel Lenk", id="quoted as saying by a relay"),
    pytest.param('Minister Pavel Lenk spoke on Monday. "We have weathered far worse storms than this," '
                 "Lenk was quoted by Interfax as saying.", "Pavel Lenk", id="quoted by a relay as saying"),
    pytest.param('In a speech on Monday, Minister Pavel Lenk will say "our doors remain open to every '
                 'partner we have."', "Pavel Lenk", id="a sentence whose only cue is after a modal keeps it"),
]


@pytest.mark.parametrize(("text", "speaker"), CASES)
def test_the_quote_goes_to_the_speaker_of_the_main_clause(text: str, speaker: str) -> None:
    [quote] = extract_quotes(text)
    assert quote.speaker == speaker


# masked text, the cue word in it -> whether it reports no speech
FORMS = [
    ("the tariffs announced by Washington", "announced", True),
    ("Tokyo would continue to respond", "respond", True),
    ("Moscow would respond", "respond", True),
    ("the plan was announced by Washington", "announced", False),
    ("Will urged voters", "urged", False),
    ("she announced the plan", "announced", False),
]


@pytest.mark.parametrize(("masked", "word", "expected"), FORMS)
def test_forms_that_report_no_speech(masked: str, word: str, expected: bool) -> None:
    start = masked.index(word)
    assert reports_no_speech(masked, start, start + len(word)) is expected


def test_quoted_as_is_read_before_the_cue() -> None:
    masked = "Lenk was quoted as saying by Interfax"
    assert quoted_as(masked, masked.index("saying"))
    assert not quoted_as("Lenk was saying", len("Lenk was "))


# text -> speaker of its one quote: "rejected remarks by X as '...'" is the
# subject's judgement of X's words, never X's own
OBJECT_NOUNS = [
    pytest.param('Vietnam\'s Foreign Ministry on Friday rejected remarks by Defence Minister Arun Pal as '
                 '"provocative and utterly irresponsible".', "Vietnam's Foreign Ministry", id="rejected remarks by"),
    pytest.param('The Foreign Ministry in Hanoi condemned comments by President Tomas Ruiz as "dangerous and '
                 'misleading rhetoric" on Tuesday.', "Foreign Ministry", id="condemned comments by"),
    pytest.param('Minister Pavel Lenk denied claims by opposition leader Ana Sorin that "the ballots were '
                 'burned overnight."', "Ana Sorin", id="claims by X that: X's own words"),
]


@pytest.mark.parametrize(("text", "speaker"), OBJECT_NOUNS)
def test_a_noun_of_speech_after_a_verb_in_ed_names_no_speaker_by_its_by(text: str, speaker: str) -> None:
    [quote] = extract_quotes(text)
    assert quote.speaker == speaker


NOUN_FORMS = [
    ("Hanoi rejected remarks by the minister as \"crude\"", "remarks", True),
    ("Hanoi dismissed comments by Pal as “crude”", "comments", True),
    ("Hanoi dismissed comments by Pal that \"crude\"", "comments", False),
    ("the minister remarks by the way", "remarks", False),  # no "-ed" word before
    ("Hanoi rejected remarks as \"crude\"", "remarks", False),  # no "by": the old reading stays
    ("the man detained says by now", "says", False),  # not a noun of speech
]


@pytest.mark.parametrize(("masked", "word", "expected"), NOUN_FORMS)
def test_which_plural_nouns_of_speech_are_no_cue(masked: str, word: str, expected: bool) -> None:
    assert noun_after_participle(masked, masked.index(word), word) is expected
