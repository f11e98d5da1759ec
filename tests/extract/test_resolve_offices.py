"""A capitalised office that no one in the article holds ("the Secretary-General urged", "the
President said") is no one the article names: not the person who spoke last
(``resolve.Resolver._untitled_role``). Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

FIRST = 'Chile\'s envoy, Rosa Vidal, rejected the charge. "These claims have no basis at all," she wrote. '


@pytest.mark.parametrize("later", [
    # gave Rosa Vidal (0.77)
    'A spokesman told reporters that the Secretary-General urged both sides to "keep to the path of peace."',
    'Later the President urged both sides to "keep to the path of peace."',
])
def test_an_office_no_one_holds_gives_no_speaker(later: str) -> None:
    quote = extract_quotes(FIRST + later)[-1]
    assert quote.speaker is None, quote.evidence


def test_the_holder_the_article_names_still_speaks() -> None:
    text = "President Ana Brito opened the session. " + FIRST + \
        'Later the President urged both sides to "keep to the path of peace."'
    assert extract_quotes(text)[-1].speaker == "Ana Brito"
