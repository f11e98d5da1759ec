"""A diplomat's host after "to" is part of the title before the holder's name
(``clause._links_a_title``, ``portfolios.without_portfolio``, ``title_runs.only_a_title``):
"Chinese Ambassador to Vietnam Xiong Bo-wen said" had no speaker, and the later "Xiong said"
stayed `Xiong` (0.87), the name having been read as "Vietnam Xiong Bo-wen"; "Iran's Ambassador
to the United Nations X" made a person `Ambassador` and filed X under the United Nations.
Sentences are invented for these tests (real countries, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

SAID = ' said the two sides could "manage their differences through consultation".'


@pytest.mark.parametrize(("title_and_name", "speaker", "party"), [
    ("Chinese Ambassador to Vietnam Luo Wenbo", "Luo Wenbo", "China"),
    ("Iran's Ambassador to the United Nations Amir Tabari", "Amir Tabari", "Iran"),
    ("Turkish Envoy to Syria Kemal Uysal", "Kemal Uysal", "Turkey"),
    ("US ambassador to the UN Jane Holt", "Jane Holt", "United States"),
])
def test_the_holder_after_a_host(title_and_name: str, speaker: str, party: str) -> None:
    quote = extract_quotes(title_and_name + SAID)[-1]
    assert (quote.speaker, quote.party) == (speaker, party)


def test_the_family_name_alone_after_a_host() -> None:
    text = ("Chinese Ambassador to Vietnam Luo Wenbo spoke at a reception in Hanoi. Later, Luo said the "
            'neighbours could "manage their differences through consultation".')
    assert extract_quotes(text)[-1].speaker == "Luo Wenbo"
