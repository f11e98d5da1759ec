"""A clause joined by ", and" after the cue, with a subject and a past verb of its own before the
quote, is not the cue's: "Boos rained down when Tramp mentioned her, and at one point the crowd
reprised the chant '...'" gives no speaker rather than Tramp; ", and the agency 'will review
it'" (no verb of its own) continues the reported speech (``uncued.later_clause_subject``).

Sentences are invented for these tests."""

from __future__ import annotations

from briefings.extract import extract_quotes


def test_a_later_clause_with_an_unread_subject_withholds_the_speaker() -> None:
    text = ('Boos rained down when Tramp mentioned the former secretary of state, and at one point the '
            'crowd loudly reprised the chant "Lock her up! Lock her up!" that rang through the arena.')
    (quote,) = extract_quotes(text)
    assert quote.speaker is None


def test_a_coordinated_reported_clause_stays_the_cue_s() -> None:
    text = ('Gov. Ann Ford said the audit found no fraud, and the agency "will review every contract '
            'signed since 2019."')
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Ann Ford"
