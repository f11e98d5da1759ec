"""'The group said' after a body written as one word (``issuers.body_named``). Sentences are
invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

QUOTE = '"We will not lay down our arms before the elections," the group said.'


@pytest.mark.parametrize(("lead", "speaker"), [
    # a one-word body, no one's name, subject of the sentence before: the group it is
    ("Hezbollah said in a statement on Sunday that the talks were a trap.", "Hezbollah"),
    ("The Taliban rejected the offer within hours.", "Taliban"),
    # a country is a government, never "the group"; nothing else named: no speaker, not "group"
    ("Israel said on Sunday that the talks were a trap.", None),
    ("The talks were called off on Sunday.", None),
    # a person, or a body after a preposition, is not what "the group" stands for
    ("Karim Haddad, who leads the talks for Hezbollah, spoke on Sunday.", None),
    # two bodies share the verb: "the group" may be either
    ("Hamas and Islamic Jihad turned the offer down within hours.", None),
    ("The Taliban and Hezbollah both said the talks were a trap.", None),
    ("The African Union and ECOWAS called the talks a trap.", None),
])
def test_the_group_is_the_body_just_named(lead: str, speaker: str | None) -> None:
    (quote,) = extract_quotes(lead + "\n\n" + QUOTE)
    assert quote.speaker == speaker, quote.evidence
    if speaker is None:
        assert "'the group'" in (quote.reason or "")



MINISTRY = ('The minister spoke with her Danish counterpart on Friday, the foreign ministry said.\n\n'
            '"The two ministers agreed to meet again next month," the ministry said in a statement.')


@pytest.mark.parametrize("military", [
    # an acronym whose full name holds no "ministry"
    'The Joint Chiefs of Staff (JCS) said the missile flew 600 km. "We remain on alert," the JCS said.',
    'The Combined Forces Command (CFC) said the drill was over. "We remain on alert," the CFC said.',
])
def test_the_ministry_is_never_a_body_of_another_kind(military: str) -> None:
    """ "the ministry said in a statement" went to the military body quoted just before (0.87)."""
    quote = next(q for q in extract_quotes(military + "\n\n" + MINISTRY) if q.quote.startswith("The two"))
    assert quote.speaker == "foreign ministry", quote.evidence
