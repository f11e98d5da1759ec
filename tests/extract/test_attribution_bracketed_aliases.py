"""An acronym in brackets stands where its name stands (``Attributor._no_subject_like``):
"rejected a deadline from the Economic Community of West African States (ECOWAS), saying the
country would '…'" gave the words to ECOWAS (0.97), the body whose deadline was rejected. The
name is after "from", so the alias is no subject either, and the participle has none the
extractor reads. Sentences are invented for these tests (real bodies)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("text", "speaker"), [
    ("Mali's military rulers on Friday rejected a new deadline from the Southern African Development "
     'Community (SADC) to hold elections, saying the country would "never bow to outside pressure".', None),
    ("The rebels turned down an offer from the Intergovernmental Authority on Development (IGAD), saying "
     'the talks were "a trap set by our enemies".', "rebels"),
    # the name as subject keeps its words
    ("The Southern African Development Community (SADC) on Friday rejected the plan, saying the junta had "
     '"no right to set any terms".', "Southern African Development Community"),
])
def test_an_alias_after_a_preposition_is_no_subject(text: str, speaker: str | None) -> None:
    assert extract_quotes(text)[-1].speaker == speaker
