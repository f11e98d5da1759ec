""""Ukraine's top diplomat wrote": a country's "top diplomat" (or "official") after its foreign
minister is named stands for that minister, as "the top Ukrainian diplomat" already did
(``owners._holder_for``, ``backrefs.diplomat_of``). The phrase stayed a label beside the name the
article states (0.85). With no one of that country titled so, or two, it stays as before.

Sentences and people are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

QUOTE = '\n\n"A country that lent its territory cannot be a venue for peace," {} wrote on X.\n'


@pytest.mark.parametrize(("intro", "phrase", "speaker"), [
    ("Ukrainian Foreign Minister Petro Kovalenko dismissed the offer.", "Ukraine's top diplomat", "Petro Kovalenko"),
    ("Russian Foreign Minister Oleg Sirotin arrived in Ankara.", "Russia's top diplomat", "Oleg Sirotin"),
    ("Ukrainian Foreign Minister Petro Kovalenko dismissed the offer.", "the top Ukrainian diplomat",
     "Petro Kovalenko"),  # as before
    ("Polish Foreign Minister Jan Nowak dismissed the offer.", "Ukraine's top diplomat",
     None),  # no Ukrainian named: withheld, with Ukraine as party (owners._an_actors_officer)
])
def test_a_countrys_top_diplomat_is_its_minister(intro: str, phrase: str, speaker: str) -> None:
    assert extract_quotes(intro + QUOTE.format(phrase))[-1].speaker == speaker


def test_two_diplomats_of_the_country_name_no_one() -> None:
    text = ("Ukrainian Foreign Minister Petro Kovalenko and Ukraine's ambassador to Turkey, Ivan Melnyk,"
            " met in Ankara." + QUOTE.format("Ukraine's top diplomat"))
    assert extract_quotes(text)[-1].speaker not in ("Ivan Melnyk",)


@pytest.mark.parametrize("intro", [
    # a spokesperson or a deputy of the foreign ministry is no top diplomat (attack12 probe:
    # "Chinese foreign ministry spokesman X ... China's top diplomat said" gave X)
    "Ukrainian foreign ministry spokesman Heorhii Tkach dismissed the offer.",
    "Ukrainian Deputy Foreign Minister Heorhii Tkach dismissed the offer.",
])
def test_a_spokesman_is_no_top_diplomat(intro: str) -> None:
    assert extract_quotes(intro + QUOTE.format("Ukraine's top diplomat"))[-1].speaker != "Heorhii Tkach"
