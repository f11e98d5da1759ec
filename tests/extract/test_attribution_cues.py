"""Which words are reporting cues (``attribution.Attributor.cues``). Sentences are invented."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("text", "speaker"), [
    # "maintain" with an object reports nothing: "Israel" (its subject) was the speaker (0.86)
    ("The office said in a statement that Dana Levi had told the envoy that Israel would maintain "
     'security control "for the foreseeable future."', "Dana Levi"),
    ("Dana Levi told the envoy that Spain would maintain its forces in the region "
     '"for as long as it takes."', "Dana Levi"),
    # before "that", a colon, a comma or the quote it still reports
    ('Dana Levi maintained: "We did nothing wrong at any point."', "Dana Levi"),
    ('Dana Levi maintained that the army had "done nothing wrong at any point."', "Dana Levi"),
    ('"We did nothing wrong at any point," Dana Levi maintained.', "Dana Levi"),
])
def test_maintain_reports_only_a_clause(text: str, speaker: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.speaker == speaker, quote.evidence


@pytest.mark.parametrize(("text", "speaker"), [
    # the name after "said" was taken for its object, and the sentence's subject spoke (0.97)
    ('The presidency said Kemal Aydin told his guest that "Ankara is ready to host the talks."', "Kemal Aydin"),
    ('Aides said Aydin told his guest that "Ankara is ready to host the talks."', "Aydin"),
    # an object after another verb is still no subject
    ('The presidency thanked Kemal Aydin and told him that "Ankara is ready to host the talks."', "presidency"),
])
def test_a_name_after_said_is_the_subject_of_the_next_cue(text: str, speaker: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.speaker == speaker, quote.evidence
