"""A source set off by a dash before a colon ("… are problematic - Pew Research: '…'") introduces
the quote after the colon, before the subject of the clause (``briefings.extract.uncued
.introduced_by_colon``). Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize("dash", ["-", "—", "--"])
def test_the_dashed_source_introduces_the_quote(dash: str) -> None:
    text = (f'Estimates of turnout are particularly shaky {dash} Gallup Institute: "All the samples include more '
            'engaged voters than the census shows."')
    assert extract_quotes(text)[0].speaker == "Gallup Institute"
