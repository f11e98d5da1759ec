"""A group named by a plural role noun with no determiner (``briefings.extract.groups``), and
the role phrases around it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes
from briefings.extract.groups import is_group

LEAD = "The talks ended on Friday. "
QUOTE = ' the plan "could yet turn the region into a theatre of war."'

CASES = [
    ("a group after 'but' is the subject, not the body before it",
     "The ministry was silent, but officials said", "officials", None),
    ("a capitalised modifier that opens the sentence is part of the group",
     "Senior officials said", "Senior officials", None),
    ("a group at the start of a sentence is no one-word name; analysts speak for themselves",
     "Analysts said", "Analysts", "independent"),
    ("officials placed in a seat of government are its officials, in any case",
     "Officials in Tehran said", "Officials", "Iran"),
]


@pytest.mark.parametrize(("subject", "speaker", "party"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_group_without_a_determiner_is_the_speaker(subject: str, speaker: str, party: str | None) -> None:
    (quote,) = extract_quotes(LEAD + subject + QUOTE)
    assert (quote.speaker, quote.party) == (speaker, party)


@pytest.mark.parametrize("text", [
    LEAD + "The minister met officials and said" + QUOTE,  # the object of "met" is no subject
    LEAD + 'One such memo requires staffers to promise "never to speak to the press about it."',
])
def test_a_group_after_a_verb_is_its_object_not_a_speaker(text: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.speaker not in ("officials", "staffers", "minister met officials", "One such memo requires")


def test_a_group_is_no_single_person_titled_so() -> None:
    """"protesters said" had gone to the one person titled "a leader of the protesters"."""
    text = ("Karl Berg, a leader of the protesters, was arrested on Friday. The talks failed, and "
            'protesters said the deal was "a betrayal of every worker here."')
    (quote,) = extract_quotes(text)
    assert quote.speaker == "protesters"


@pytest.mark.parametrize(("label", "group"), [
    ("officials", True), ("Witnesses", True), ("ministers", True),
    ("boss", False), ("affairs", False), ("Tehran", False),
])
def test_a_group_is_a_plural_role_noun(label: str, group: bool) -> None:
    assert is_group(label) is group
