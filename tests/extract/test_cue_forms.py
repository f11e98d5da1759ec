"""Reporting words that report no speech, or whose "by" names a relay
(``briefings.extract.cue_forms``): a quote goes to the main clause's speaker, not to whoever
"would respond" or "announced" something inside it; "X was quoted as saying by Y" is X's.

Sentences are invented for these tests (real countries, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes
from briefings.extract.cue_forms import quoted_as, reports_no_speech

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
