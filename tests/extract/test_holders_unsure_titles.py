"""A title whose body the text leaves unsure ("X, Dorn's spokesman," where Dorn is never named in
full: a person or a body?) kept the office-holder list out: the title's "may be a person or a
body" was the answer. The list is read after it now, as after no title at all; an opposition
title still keeps it out. The list here is invented (``holders.office_holders`` replaced)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.extract import extract_quotes

_LIST = {"mara velt": [("Norway", "presidential spokesman, 2014–2020")]}


@pytest.fixture(autouse=True)
def invented_list(holders_list: Callable[[dict], None]) -> None:
    holders_list(_LIST)


def test_an_unsure_principal_leaves_the_party_to_the_list() -> None:
    (quote,) = extract_quotes('"We expect our allies to respect our concerns," said Mara Velt, Dorn\'s spokesman.')
    assert (quote.speaker, quote.party) == ("Mara Velt", "Norway")
    assert "office-holder list" in (quote.party_evidence or "")


def test_an_opposition_title_still_keeps_the_list_out() -> None:
    (quote,) = extract_quotes('"We expect our allies to respect our concerns," said opposition spokesman Mara Velt.')
    assert quote.party is None
