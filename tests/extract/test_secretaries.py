"""Whose secretary general a bare "Secretary General X" is (``briefings.extract.secretaries``):
it was always the United Nations', so a NATO secretary general in a story on a NATO meeting was
filed under the UN. People are invented; the bodies are real."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

_SAID = '"We will not be intimidated by threats,"'

CASES = [
    ("no other organisation named: the UN's", f"{_SAID} Secretary-General Anna Berg said.", "United Nations",
     "the UN's where the article names no other organisation"),
    ("the UN's Council named: the UN's", f"The Security Council met on Thursday.\n\n{_SAID} Secretary-General "
     "Anna Berg said.", "United Nations", "the UN's"),
    ("one other organisation named, not the UN", f"NATO defence ministers met on Thursday.\n\n{_SAID} Secretary "
     "General Anna Berg said.", "NATO", "the article names one organisation, NATO, and not the UN"),
    ("the UN and another named: no party", f"The UN and the Arab League met on Thursday.\n\n{_SAID} "
     "Secretary-General Anna Berg said.", None, "does not say whom Anna Berg speaks for"),
    ("a body in the title still decides", f"NATO defence ministers met on Thursday.\n\n{_SAID} UN Secretary-General "
     "Anna Berg said.", "United Nations", "UN Secretary-General"),
]


@pytest.mark.parametrize(("text", "party", "why"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_bare_secretary_general_is_read_from_the_bodies_the_article_names(text: str, party: str | None,
                                                                            why: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.party == party
    assert why in (quote.party_evidence or quote.party_reason or "")
