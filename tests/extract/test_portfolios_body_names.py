"""A capitalised run after "a spokesman for" that is a body's whole name keeps its opening
"International" (``briefings.extract.portfolios._a_body``): it is no portfolio before a holder's
name, and the body is whom the spokesman speaks for."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("body", "speaker"), [
    ("the International Atomic Energy Agency", "International Atomic Energy Agency"),
    ("the International Committee of the Red Cross", "International Committee of the Red Cross"),
    ("the International Organization for Migration", "International Organization for Migration"),
])
def test_a_spokesman_for_an_international_body(body: str, speaker: str) -> None:
    text = ("VIENNA (Reuters) - Inspectors returned to the site on Monday.\n\n"
            f'A spokesman for {body} said its staff were "continuing their work on the ground."\n')
    quote = extract_quotes(text)[0]
    assert quote.speaker == speaker
    assert quote.party == speaker


@pytest.mark.parametrize(("sentence", "speaker"), [
    ('Minister for International Development Jane Roe said aid was "on its way now."', "Jane Roe"),
    ('UN High Commissioner for Refugees Tom Grandi said the camps were "full beyond capacity."', "Tom Grandi"),
])
def test_a_portfolio_before_a_name_is_still_dropped(sentence: str, speaker: str) -> None:
    assert extract_quotes(f"LONDON - Aid was sent on Monday.\n\n{sentence}\n")[0].speaker == speaker
