"""Quotes without a reporting cue of their own (``briefings.extract.uncued``): the clause before a
colon, the paragraph above ending in a colon, the sentence's subject, the sentence after.

Sentences are invented for these tests."""

from __future__ import annotations

from briefings.extract import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_the_subject_before_a_colon_speaks() -> None:
    assert _speakers('Senator Ilse Varga was blunt: "The pier will not survive another storm."') == \
        ["Ilse Varga"]


def test_a_paragraph_after_one_ending_in_a_colon_belongs_to_its_subject() -> None:
    text = ("The Valdonian Port Authority released the following statement:\n\n"
            '"Every ferry will keep its timetable through the winter months."')
    assert _speakers(text) == ["Valdonian Port Authority"]


def test_a_quote_inside_a_sentence_without_a_cue_belongs_to_its_subject() -> None:
    text = 'Mayor Ilse Varga praised the new ferry as "the best thing to happen to this town."'
    assert _speakers(text) == ["Ilse Varga"]


def test_a_question_is_tagged_by_the_sentence_after_it() -> None:
    text = 'Ilse Varga spoke to the crews on Monday. "Who will pay for the new pier?" Tomas Brel asked.'
    assert _speakers(text) == ["Tomas Brel"]
