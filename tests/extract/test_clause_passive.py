"""The agent of a passive verb is its clause's doer (``clause.position_facts``): a "he" or
"she" in the next sentence may stand for it. Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

EARLIER = 'Deputy Minister Pavel Orlov was cautious. "It is far too early to celebrate," Orlov said.\n\n'


# "she" went to Pavel Orlov, the last subject the article had named (0.95)
@pytest.mark.parametrize(("passive", "speaker"), [
    ("The Chilean delegation was headed by Foreign Minister Ana Ruiz.", "Ana Ruiz"),
    ("The visiting team was led by Ana Ruiz, the foreign minister.", "Ana Ruiz"),
    ("The talks are chaired by Ana Ruiz.", "Ana Ruiz"),
])
def test_she_after_a_passive_is_its_agent(passive: str, speaker: str) -> None:
    text = EARLIER + passive + ' She called the outcome "a modest but real gain for everyone."'
    quote = next(q for q in extract_quotes(text) if q.quote.startswith("a modest"))
    assert quote.speaker == speaker, quote.evidence
