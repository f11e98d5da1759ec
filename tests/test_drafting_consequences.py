"""Candidate consequences: who imposes a measure and on whom, where a sentence says so plainly;
nothing guessed where it does not. The sentences are written for this test in several house
styles (capitals for governments, passive voice, possessives)."""

from __future__ import annotations

import pytest

from briefings.drafting.consequences import Mentionable, infer, measure_sentences

PARTIES = [
    Mentionable("us", ("United States", "Washington", "US Treasury")),
    Mentionable("tr", ("Turkey", "Ankara", "Turkish Defence Ministry")),
    Mentionable("eu", ("European Union", "Brussels")),
    Mentionable("ru", ("Russia", "Moscow", "Kremlin")),
]

CASES = [
    ("agent, measure, target", "Washington imposed sanctions on Ankara over the missile purchase.",
     ("us", "imposes", ["tr"])),
    ("several targets", "The European Union approved an asset freeze against Russia and Turkey on Friday.",
     ("eu", "imposes", ["ru", "tr"])),
    ("the agent suffers it", "Turkey faces sanctions under a 2017 law on arms purchases.",
     ("tr", "faces", [])),
    ("passive, no agent", "Sanctions against Russia were tightened again on Monday, officials said.",
     ("ru", "faces", [])),
    ("threat without a target", "Moscow warned of swift retaliation if the plan goes ahead.",
     ("ru", "imposes", [])),
    ("nobody named", "New tariffs of 25 percent take effect at midnight on steel imports.",
     (None, "imposes", [])),
    ("a measure only inside a quotation: nothing inferred",
     'The Kremlin said the talks were "not about sanctions at all" this time.', (None, "imposes", [])),
]


@pytest.mark.parametrize(("sentence", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_who_imposes_what_on_whom(sentence: str, expected: tuple[str | None, str, list[str]]) -> None:
    candidate = infer(sentence, PARTIES)
    assert (candidate.owner, candidate.role, candidate.affects) == expected


def test_measure_sentences_stay_within_paragraphs_and_skip_quoted_measures() -> None:
    paragraphs = ["Headline About Sanctions Ahead", "Officials said the ban on exports would start in May.",
                  'He called it "a ban on common sense" and left.']
    assert measure_sentences(paragraphs) == ["Officials said the ban on exports would start in May."]
