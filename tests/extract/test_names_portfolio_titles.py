"""A portfolio word right after a title's "of" or "for" is part of the title, not of the name
(``briefings.extract.names._title_cut``): "Chief of Staff Anna Berg said" gave the speaker
`Staff Anna Berg` (0.98); "Vice Minister of Housing and Urban-Rural Development Dong Wei" the
person `Housing`. Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("title_and_name", "speaker"), [
    ("Chief of Staff Anna Berg", "Anna Berg"),
    ("Minister for Housing Ida Lund", "Ida Lund"),
    ("Secretary of Defence Tom Rask", "Tom Rask"),
    # "and" between two portfolio words: "Vice Minister of Housing" was read as a person `Housing`
    ("Vice Minister of Housing and Urban-Rural Development Dong Wei", "Dong Wei"),
    # unchanged: a name with no portfolio, a name after a body's "of"
    ("Minister Ida Lund", "Ida Lund"),
    ("Deputy Speaker Ida Lund", "Ida Lund"),
])
def test_the_portfolio_stays_in_the_title(title_and_name: str, speaker: str) -> None:
    quote = extract_quotes(f'{title_and_name} said the cabinet would "not be rushed into a deal".')[0]
    assert quote.speaker == speaker
