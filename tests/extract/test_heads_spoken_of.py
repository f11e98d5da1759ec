"""A role phrase no title matches goes to the article's latest speaker, unless that speaker's
sentence names the phrase's head other than in their own phrase (``heads.spoke_of``): "In the
assessment, X found nothing but lies, a ministry spokesman said. '...,' the assessment said"
gave the assessment's words to the spokesman, who spoke of it.

Sentences are invented for these tests."""

from __future__ import annotations

from briefings.extract import extract_quotes

ARTICLE = ("GENEVA - A panel of UN experts published a long-awaited assessment of the camps on Friday.\n\n"
           "In the assessment, Ruritania saw nothing but slander, a foreign ministry spokesman said later. "
           '"Grave abuses have taken place in the northern camps," the assessment said.\n\n'
           "Several governments welcomed the text.\n")


def test_the_speaker_who_spoke_of_it_is_not_its_voice() -> None:
    quote = next(q for q in extract_quotes(ARTICLE) if q.quote.startswith("Grave"))
    assert quote.speaker != "foreign ministry spokesman"


def test_a_speaker_who_did_not_speak_of_it_stays_the_protagonist() -> None:
    text = ('LONDON - Anna Berg, 52, spent a decade in the camps. "We were never told why," Berg said. '
            '"Nobody came to help us for years," the 52-year-old said.\n')
    assert extract_quotes(text)[-1].speaker == "Anna Berg"


def test_a_speaker_who_spoke_in_it_is_its_voice() -> None:
    text = ("NEW DELHI - A panel in Washington published its yearly review of press freedom on Tuesday.\n\n"
            "In its response to the review, India's foreign ministry said the panel was biased. "
            '"The panel keeps repeating the same errors," the response said.\n')
    assert extract_quotes(text)[-1].speaker == "India's foreign ministry"


def test_a_person_word_in_the_speakers_sentence_describes_them() -> None:
    text = ('LONDON - Tom Reed spent thirty years abroad. "We were never told why," Reed said of the '
            '52-year-old diplomat\'s first posting.\n\n"Nobody came to help us for years," the 52-year-old said.\n')
    assert extract_quotes(text)[-1].speaker == "Tom Reed"
