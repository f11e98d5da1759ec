"""Unnamed sources met again (``unnamed``): "the official" keeps the fuller phrase that brought
it in; "the diplomat" right after a named speaker is no one rather than the bare word.
Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

QUOTE = '\n\n"The plan will not survive the winter, whatever anyone says," the {head} told reporters.'


@pytest.mark.parametrize(("lead", "head", "speaker", "party"), [
    # "the official" was the speaker "official", with no party (0.80)
    ("A senior Israeli official on Sunday rejected the plan.", "official", "senior Israeli official", "Israel"),
    ("A Western diplomat in Nairobi described the talks as stalled.", "diplomat", "Western diplomat", None),
    # nothing fuller before: as written, as before
    ("The talks stalled on Sunday.", "official", "official", None),
    # a phrase of another head noun is not the one introduced
    ("A senior Israeli minister on Sunday rejected the plan.", "official", "official", None),
    # two fuller phrases just before: either may be meant (it was the last, 0.87)
    ("A senior Israeli official rejected the plan. A Palestinian official welcomed it.", "official", None, None),
    ("A Chinese diplomat called it fair, and a Japanese diplomat called it late.", "diplomat", None, None),
    # the same phrase twice is one source
    ("A senior Israeli official rejected the plan. A senior Israeli official later said so again.",
     "official", "senior Israeli official", "Israel"),
])
def test_the_official_is_the_one_introduced(lead: str, head: str, speaker: str, party: str | None) -> None:
    (quote,) = extract_quotes(lead + QUOTE.format(head=head))
    assert (quote.speaker, quote.party) == (speaker, party), quote.evidence


@pytest.mark.parametrize(("lead", "speaker"), [
    # "the diplomat" was the speaker "diplomat" (0.80) where the minister had just spoken: the
    # titled speaker just before (``backrefs``)
    ('Deputy Foreign Minister Ivan Petrov told reporters that Moscow "keeps every channel open."',
     "Ivan Petrov"),
    # a named speaker the article gives no title: they, or someone unnamed? No speaker, and why
    ('Ivan Petrov, 54, told reporters that Moscow "keeps every channel open."', None),
    # introduced as a diplomat: that label
    ('A Western diplomat told reporters that Moscow "keeps every channel open."', "Western diplomat"),
    # nobody spoke just before: as written, as before
    ("The talks resumed on Monday.", "diplomat"),
])
def test_the_diplomat_after_a_named_speaker(lead: str, speaker: str | None) -> None:
    text = lead + '\n\n"We talk to Damascus, to the opposition and to the Kurds," the diplomat said.'
    quote = extract_quotes(text)[-1]
    assert quote.speaker == speaker, quote.evidence
    if speaker is None:
        assert quote.reason == ("no speaker: 'the diplomat' may be Ivan Petrov, who spoke just before, "
                                "or someone the article does not name")
