"""A title with a portfolio joined by "and" ("Minister of Trade and Industry") names nobody: the
holder is the person named after it (``title_runs._title_and_portfolio``,
``and_names._portfolio_and``). Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("text", "speaker"), [
    # read as the joint speaker "Minister of International Relations, Cooperation and X" (0.94)
    ('"The ruling is a step forward," Chile\'s Minister of International Relations and Cooperation, '
     'Rosa Ibarra Toledo, told reporters.', "Rosa Ibarra Toledo"),
    # read as the person "and Industry" (0.99)
    ('"We will keep the port open," Minister of Trade and Industry, Pedro Salas, said.', "Pedro Salas"),
])
def test_the_holder_named_after_the_title_speaks(text: str, speaker: str) -> None:
    assert extract_quotes(text)[0].speaker == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ('"Exports will rise this year," said the Ministry of Trade and Industry.', "Ministry of Trade and Industry"),
    # "and" between a body and another speaker still joins two speakers
    ('"We will not sign this text," the Ministry of Defence and Hamas said.', "Ministry of Defence and Hamas"),
])
def test_a_body_keeps_its_whole_name(text: str, speaker: str) -> None:
    assert extract_quotes(text)[0].speaker == speaker
