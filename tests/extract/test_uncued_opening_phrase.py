"""A quote in a sentence with no reporting verb belongs to the sentence's subject: a
determiner phrase that opens the sentence comes before a name of a later clause ("The radioman
pointed out that Thompson was '...'" is the radioman's, never Thompson's), but not before an
appositive name, nor as the subject of a copula (``uncued._opening_phrase_before``).

Sentences are invented for these tests."""

from __future__ import annotations

from briefings.extract import extract_quotes


def speaker_of(text: str) -> str | None:
    (quote,) = extract_quotes(text)
    return quote.speaker


def test_an_opening_phrase_before_a_later_clause_name_is_the_subject() -> None:
    text = ('Glenn Ames hosts a radio show in Dallas. The radioman pointed out that Thompson was once an '
            'advocate of many policies Ames has fought, including "big government, bailouts and '
            'executive orders."')
    (quote,) = extract_quotes(text)
    assert "'The radioman'" in quote.evidence and quote.speaker != "Thompson"


def test_a_name_apposed_to_the_opening_phrase_is_the_subject() -> None:
    assert speaker_of('The group\'s leader, Jane Roe, rated the plan "a betrayal of every promise made '
                      'to us."') == "Jane Roe"


def test_the_subject_of_a_copula_says_nothing() -> None:
    text = ('The place is the townhome my husband and I bought for her, thinking it would be an '
            'affordable "group home for one person alone."')
    assert speaker_of(text) is None or "place" not in speaker_of(text)
