"""A role phrase with its workplace, set before a name ("An analyst at the Carnegie Endowment,
X, said"): the workplace is cut before the role's word is read, so the phrase is the person's
title and says whom they speak for."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("phrase", "party"), [
    ("An analyst at the Valdoran Policy Institute", "independent"),
    ("A researcher with the Institute of World Economics", "independent"),
    ("A senior official at the Indian embassy", "India"),
    ("A diplomat at Russia's mission to the UN", "Russia"),
    ("A lawyer with Human Rights Watch", "Human Rights Watch"),
])
def test_the_workplace_after_the_role_is_cut(phrase: str, party: str) -> None:
    text = f'Talks ended in Geneva.\n\n{phrase}, Ana Brel, said it was "a good first step for both".\n'
    found = extract_quotes(text)
    assert [(q.speaker, q.party) for q in found] == [("Ana Brel", party)]
