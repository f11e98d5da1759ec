"""A capitalised "Government" ending a body's name is the name's own, as "Party" is
(``briefings.extract.title_bodies._NAME_ENDS``): "a spokesperson for the National Unity
Government" was filed under `National Unity`, and "Kurdistan Regional Government spokesman"
under `Kurdistan Regional`. Sentences are invented for these tests (real bodies, invented
people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("text", "party"), [
    ('Min Zaw, a spokesperson for the National Unity Government, said it was "a good first step for us".',
     "National Unity Government"),
    ('Kurdistan Regional Government spokesman Aram Salih said Erbil wanted "no part in this war".',
     "Kurdistan Regional Government"),
    # unchanged: a government named with its country is that country's
    ('Syrian Government spokesman Ali Haddad said it was "a clear act of aggression".', "Syria"),
    ('Green Party leader Ana Holm said it was "a clear act of aggression".', "Green Party"),
])
def test_a_body_named_government(text: str, party: str) -> None:
    assert extract_quotes(text)[-1].party == party
