"""A measure word makes a candidate consequence only where the article states a measure in its
own voice: never inside a quotation (even one over several sentences), a clause describing
someone, a name, or the frame of a quotation. Sentences written for this test."""

from __future__ import annotations

import pytest

from briefings.drafting.consequences import Mentionable, infer, measure_sentences

NOT_MEASURES = [
    ("a clause describing a person", "Prime Minister Ana Ruiz, a firm backer of the sanctions, opened the summit "
     "in Lisbon on Tuesday."),
    ("a relative clause", "The Green Party, whose exit from the cabinet followed the embargo, still sits in "
     "parliament."),
    ("a name, not a measure", "After the meeting, Mr Ban said his visit next month would help the talks along."),
    ("the lead-in to a quotation", "Asked twice whether they would use their veto, the minister replied firmly:"),
    ("a parenthetical attribution", 'Norway, the envoy said, "agrees with us", raising the prospect of a joint '
     "veto."),
    ("a guess, not a measure", "Last week there was speculation that Ruritania hoped its neighbour would veto "
     "the plan."),
    ("the tail of a quotation", 'The ambassador said, adding that the "moment is near" for a resolution that '
     "carries the threat of sanctions."),
]


@pytest.mark.parametrize("sentence", [c[1] for c in NOT_MEASURES], ids=[c[0] for c in NOT_MEASURES])
def test_a_sentence_about_someone_is_not_a_consequence(sentence: str) -> None:
    assert measure_sentences([sentence]) == []


def test_a_quotation_over_several_sentences_is_no_consequence() -> None:
    paragraph = ('"Our duties are the lowest anywhere. By raising tariffs, they tax their own buyers. '
                 'Duties hurt everyone," the council wrote.')
    assert measure_sentences([paragraph]) == []


def test_a_quotation_closed_in_a_later_paragraph_is_no_consequence() -> None:
    paragraphs = ['"We regret the new tariffs and see no basis for them.',
                  'Higher tariffs only raise prices for families," the trade commissioner wrote.']
    assert measure_sentences(paragraphs) == []


STILL_MEASURES = [
    "Officials said the ban on exports would start in May.",
    "Sanctions imposed on Ruritania will be lifted in return for inspections, the envoys agreed.",
    "The Clinton administration announced its own, narrower sanctions on the new government.",
    "Ruritania said it would retaliate against the tariffs within a week.",
]


@pytest.mark.parametrize("sentence", STILL_MEASURES)
def test_a_measure_the_article_states_is_still_a_candidate(sentence: str) -> None:
    assert measure_sentences([sentence]) == [sentence]


def test_a_measure_after_a_describing_clause_is_still_inferred() -> None:
    parties = [Mentionable("ru", ("Ruritania",)), Mentionable("gr", ("Grand Fenwick",))]
    candidate = infer("Ruritania, which chairs the council this month, imposed sanctions on Grand Fenwick.", parties)
    assert (candidate.owner, candidate.role, candidate.affects) == ("ru", "imposes", ["gr"])
