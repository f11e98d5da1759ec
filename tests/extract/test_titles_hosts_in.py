"""A diplomat's host after "in" is cut before the title set off before a name is read
(``briefings.extract.titles._without_portfolio``): "Russia's ambassador in Ankara, X, said"
gave X no party, as the title's last word was read as "Ankara". Sentences are invented for
these tests (real countries, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("title", "party"), [
    ("Russia's ambassador in Ankara", "Russia"),
    ("Poland's envoy in Kyiv", "Poland"),
    ("Russia's ambassador to Turkey", "Russia"),
    ("The ambassador in Ankara", None),  # the host is no country the ambassador speaks for
])
def test_a_title_with_its_host_before_the_name(title: str, party: str | None) -> None:
    quote = extract_quotes(f'{title}, Pavel Orlov, said Moscow valued the "independent position on the war".')[-1]
    assert (quote.speaker, quote.party) == ("Pavel Orlov", party), quote.party_evidence
