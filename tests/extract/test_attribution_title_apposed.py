"""An office of one word after "the", then its holder between commas: "The Tánaiste, Jane Roe,
said" is Jane Roe's, as "the company's chief, Jane Roe, said" is. The office's word was read as
a speaker of its own ("Tánaiste", 0.89), a name the article names no one by. Sentences invented
for the test."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

# text -> speaker of its one quote
CASES = [
    pytest.param('The Tánaiste, Jane Roe, said the plan was "clear and consistent" in every way.', "Jane Roe",
                 id="a title of one country"),
    pytest.param('The Taoiseach, Jane Roe, said the plan was "clear and consistent" in every way.', "Jane Roe",
                 id="a title taken for a person"),
    pytest.param('The Chancellor, Jane Roe, said the plan was "clear and consistent" in every way.', "Jane Roe",
                 id="a role phrase, as before"),
    pytest.param('Jane Roe, the Tánaiste, said the plan was "clear and consistent" in every way.', "Jane Roe",
                 id="the name first, as before"),
]


@pytest.mark.parametrize(("text", "speaker"), CASES)
def test_the_holder_named_after_the_office_is_the_speaker(text: str, speaker: str) -> None:
    [quote] = extract_quotes(text)
    assert quote.speaker == speaker
