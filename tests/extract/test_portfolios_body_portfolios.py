"""A title's body with a portfolio of its own before the holder's name: "Director-General of the
Department of ASEAN Affairs X Y said" made one body of the whole run, so the holder was no one
(``portfolios._body_portfolio``). Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("text", "speaker"), [
    ('"The text was agreed by all," Director-General of the Department of Political and Security Affairs '
     "Mara Velasco Cruz said.", "Mara Velasco Cruz"),
    ('"Both sides will meet again," Director of the Bureau of European Affairs Ilse Varga said.', "Ilse Varga"),
    # a body whose portfolio ends the run names no one after it
    ('"The text was agreed by all," the Department of Political and Security Affairs said.',
     "Department of Political and Security Affairs"),
])
def test_the_holder_after_a_body_and_its_portfolio(text: str, speaker: str) -> None:
    assert extract_quotes(text)[-1].speaker == speaker
