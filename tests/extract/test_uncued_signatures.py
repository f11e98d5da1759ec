"""A paragraph that is only a quote, signed by the next paragraph's dash and name ("- Jane Roe.")
as fact-check columns and epigraphs set them, is that name's
(``briefings.extract.uncued.signed_below``). Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

_BEFORE = 'Tom Hale spoke first on Thursday, and his claims were checked.\n\n'

CASES = [
    pytest.param(_BEFORE + '"I will look into it. I do not know the status, but I will look into it."\n\n'
                 '- Jane Roe.\n\nRoe has been looking into it for a long time.', "Jane Roe", id="hyphen"),
    pytest.param(_BEFORE + '"Big firms pay zero taxes in this country."\n\n— Sen. Jane Roe (D-Vt.)\n\n'
                 'This is a complex issue.', "Jane Roe", id="em dash, title and party"),
    pytest.param(_BEFORE + '"Big firms pay zero taxes in this country."\n\n- Jane Roe, a senator from Vermont who '
                 'has run for president twice and lost both times.\n\nThis is a complex issue.', "Tom Hale",
                 id="a sentence after the dash is no signature"),
]


@pytest.mark.parametrize(("text", "speaker"), CASES)
def test_a_signed_quote(text: str, speaker: str) -> None:
    assert extract_quotes(text)[0].speaker == speaker
