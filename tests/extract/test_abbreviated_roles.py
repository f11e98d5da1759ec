""""the PM said", "the FM told reporters": after "the", a title shortened to capitals is the
role phrase it stands for, resolved to the one titled so (``briefings.extract.abbreviated_roles``),
never the speaker "FM" or "PM" with a party of that name.

Sentences are invented for these tests (real places, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

QUOTE = '\n\n"The leaders of our countries will meet very soon," {} said.\n'


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param("Prime Minister Omar Saleem spoke in Lahore." + QUOTE.format("the PM"), "Omar Saleem",
                 id="the PM"),
    pytest.param("Foreign Minister Hina Rauf spoke in Islamabad." + QUOTE.format("the FM"), "Hina Rauf",
                 id="the FM"),
    pytest.param("External Affairs Minister Ravi Menon spoke in Delhi." + QUOTE.format("the EAM"), "Ravi Menon",
                 id="the EAM"),
])
def test_an_abbreviated_title_is_its_role(text: str, speaker: str) -> None:
    assert extract_quotes(text)[-1].speaker == speaker


def test_capitals_without_the_stay_as_they_were() -> None:
    text = 'Micronesia, or FM, said "we will join the treaty very soon."'
    assert extract_quotes(text)[-1].speaker == "Micronesia"


@pytest.mark.parametrize("phrase", ["the FM", "the Indian FM"])
def test_fm_written_before_a_name_is_not_the_foreign_minister(phrase: str) -> None:
    # Indian and Pakistani papers write "FM" for the finance minister too: where the article
    # writes "FM Asha Rao", "the FM" may be her, not the foreign minister (attack12 probe, 0.98)
    text = ("External Affairs Minister Ravi Menon spoke in Delhi. FM Asha Rao presented the budget."
            + QUOTE.format(phrase))
    assert extract_quotes(text)[-1].speaker != "Ravi Menon"
