"""A role phrase followed by the body whose office it is ("the head of the Atomic Energy
Organization of Iran"), which no one the article names holds (``briefings.extract.resolve.
Resolver._untitled_role``): it is labelled as written with its body, never given to the
article's protagonist. The quote went to the spokesman quoted before (0.63).

Sentences are invented for these tests (real bodies and countries, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

BEFORE = '"We have always cooperated with the agency," spokesman Reza Tavani said. '

CASES = [
    pytest.param(BEFORE + 'Earlier, the head of the Atomic Energy Organization of Iran (AEOI) had warned that Tehran '
                 '"will respond proportionately" to any resolution.',
                 ("head of the Atomic Energy Organization of Iran", "Iran"), id="an office of a named body"),
    pytest.param(BEFORE + 'The chairman of the Arab League said the plan was "a recipe for more instability."',
                 ("chairman of the Arab League", "Arab League"), id="an organisation's office"),
    # someone the article names holds a title of that body: the office may be theirs, no label beside them
    pytest.param('"We are not finished with this cycle," Central Bank Governor Lena Varga said on Monday. '
                 'The head of the Central Bank told reporters that prices were "still rising too fast."',
                 (None, None), id="a named holder of the body's title"),
    pytest.param('"We are not finished with this cycle," bank spokeswoman Lena Varga said on Monday. '
                 'The head of the Central Bank told reporters that prices were "still rising too fast."',
                 ("head of the Central Bank", None), id="a title naming no body of the office"),
    # no body named after the role: the protagonist, as before
    pytest.param(BEFORE + 'The spokesman added that the report was "politically motivated."',
                 ("Reza Tavani", None), id="no body after the role"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_an_office_of_a_named_body_is_labelled_with_it(text: str, expected: tuple[str, str | None]) -> None:
    quote = extract_quotes(text)[-1]
    assert (quote.speaker, quote.party) == expected
