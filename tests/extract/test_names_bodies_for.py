"""A body word before "for" keeps the run a body's name (``briefings.extract.names._is_organisation``):
"The Syrian Observatory for Human Rights said" gave the person `Human Rights` (0.98), read as
a title "Syrian Observatory for" and a name. A title before "for" still has a holder.
Sentences are invented for these tests (real bodies, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("subject", "speaker"), [
    ("The Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights"),
    ("The Centre for Peace Studies", "Centre for Peace Studies"),
    # a title before "for": its holder
    ("Commissioner for Human Rights Dunja Lind", "Dunja Lind"),
])
def test_a_body_named_with_for(subject: str, speaker: str) -> None:
    quote = extract_quotes(f'{subject} said at least nine people were "killed in the shelling of the town".')[0]
    assert quote.speaker == speaker
