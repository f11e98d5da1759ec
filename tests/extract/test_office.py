"""An official whose title names no country: the article's other uses of the same office say
whose office it is (``briefings.extract.office``).

The articles are invented for these tests (real countries, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes
from briefings.extract.article import Article
from briefings.extract.office import office_of, phrase_written_at, title_words_before

UNHELD_OFFICE = (
    "Vote on grain corridor delayed\n\n"
    "Peru asked for the vote, and Peru's allies backed it. Peru now fears a delay. Chile's "
    "ambassador to the UN said on Monday that the vote would be delayed.\n\nThe vote was due on Friday.\n\n"
    '"The vote will come this week, whatever happens," Ambassador Tomas Vell told reporters.\n'
)

BODY_IN_TITLE = (
    "Norway and Sweden end fishing talks\n\n"
    "Norway and Sweden ended two days of fishing talks in Oslo on Friday. The Norwegian Foreign "
    "Ministry said the talks were useful, and Sweden said the same.\n\n"
    'Foreign Ministry Spokesperson Lena Odd said the talks "went better than anyone expected this '
    'time".\n'
)

HELD_ELSEWHERE = (
    "Chile and Peru sign a water deal\n\n"
    "Chile and Peru signed a water deal at the border on Tuesday. Peru will send water south in "
    "dry years, and Chile will pay for the new canal. Peru and Chile have argued over the river "
    "for decades, and Peru called the deal fair. The deal was first drafted by Peruvian President "
    "Carla Soto last year.\n\n"
    '"This canal will outlast all of us," President Ivan Dorn said at the signing.\n'
)

TWO_UNHELD = (
    "Envoys meet in Geneva\n\n"
    "Chile's ambassador to the UN and Peru's ambassador to the UN met in Geneva on Monday.\n\n"
    '"We agreed to meet again next month," Ambassador Tomas Vell told reporters.\n'
)


def _only_quote(text: str) -> tuple[str | None, str | None, str | None]:
    (quote,) = extract_quotes(text)
    return quote.speaker, quote.party, quote.party_reason


def test_the_same_office_written_with_a_country_but_not_with_the_speaker_is_no_party() -> None:
    """Read as the speaker's because no one else named held it, it helped the development part
    only (docs/extraction.md, "Round 5: dev-only rules deleted"); the reason names the country."""
    speaker, party, reason = _only_quote(UNHELD_OFFICE)
    assert (speaker, party) == ("Tomas Vell", None) and "Chile" in (reason or "")


def test_the_body_a_title_names_written_with_a_country_elsewhere_is_no_party() -> None:
    speaker, party, reason = _only_quote(BODY_IN_TITLE)
    assert (speaker, party) == ("Lena Odd", None) and "Norway" in (reason or "")


def test_a_country_left_over_once_another_holds_the_office_is_no_party() -> None:
    """Peru's president is named, so Ivan Dorn is likely Chile's: an elimination over the
    countries the article names, which was a coin flip on the foreign-dev corpus (office.py)."""
    speaker, party, reason = _only_quote(HELD_ELSEWHERE)
    assert (speaker, party) == ("Ivan Dorn", None) and "Ivan Dorn" in (reason or "")


def test_the_office_named_for_two_countries_leaves_the_party_unstated() -> None:
    speaker, party, reason = _only_quote(TWO_UNHELD)
    assert speaker == "Tomas Vell" and party is None
    assert "Chile" in (reason or "") and "Peru" in (reason or "")


def test_an_office_is_its_title_without_country_or_organisation() -> None:
    assert office_of("Russian Deputy Foreign Minister") == ["deputy", "foreign", "minister"]
    assert office_of("Japan's U.N. ambassador") == ["ambassador"]
    assert office_of("Foreign Ministry Spokesperson") == ["foreign", "ministry", "spokesperson"]


def test_a_title_is_read_back_no_further_than_the_sentence_before() -> None:
    text = "The talks ended in Peru. President Ivan Dorn"
    assert title_words_before(text, text.index("Ivan"))[0] == "President"
    text = "the U.S. ambassador Tomas Vell"
    assert title_words_before(text, text.index("Tomas")) == ("U.S. ambassador", text.index("U.S."))


def test_a_royal_head_of_state_of_no_named_country_has_no_party() -> None:
    text = ("Jordan opens a new port\n\nJordan opened a new port at Aqaba on Monday, and Jordan's "
            "shippers welcomed it.\n\n"
            '"This port will feed the whole region," Crown Prince Faisal Omar said at the opening.\n')
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.party) == ("Faisal Omar", None)
    assert "Faisal Omar" in (quote.party_reason or "")


def test_an_office_followed_by_a_name_in_commas_is_held_by_that_name() -> None:
    text = ("Chile and Peru sign a water deal\n\n"
            "Chile and Peru signed a water deal on Tuesday. Peru will send water south, and Chile will pay "
            "for the canal. Peru called the deal fair, and Peru's farmers agreed. The deal was drafted by "
            "the Peruvian president, Carla Soto, last year.\n\n"
            '"This canal will outlast all of us," President Ivan Dorn said at the signing.\n')
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.party) == ("Ivan Dorn", None)  # Carla Soto holds Peru's
    assert "Ivan Dorn" in (quote.party_reason or "")



OFFICE_OF_A_COUNTRY = (
    "Talks on the grain corridor{place}\n\n"
    "Chile asked for the vote, and Chile's allies backed it. {office} said on Monday that the "
    "vote would be delayed.\n\nThe vote was due on Friday.\n\n"  # further than round 12's office just before
    '"The vote will come this week, whatever happens," President Tomas Vell told reporters.\n'
)


@pytest.mark.parametrize("place", ["", " in İstanbul, İzmir and İzmit"])  # "İ" is two letters in lower case
def test_an_office_is_found_where_the_article_writes_it_in_any_case(place: str) -> None:
    for office in ("Chile's president", "The Chilean PRESIDENT"):
        (quote,) = extract_quotes(OFFICE_OF_A_COUNTRY.format(place=place, office=office))
        assert (quote.speaker, quote.party) == ("Tomas Vell", None)
        assert "names that office of Chile" in (quote.party_reason or ""), office


@pytest.mark.parametrize("office", ["Chile's vice-president", "Chile's vicepresident"])
def test_an_office_inside_a_longer_word_is_not_that_office(office: str) -> None:
    (quote,) = extract_quotes(OFFICE_OF_A_COUNTRY.format(place="", office=office))
    assert (quote.speaker, quote.party) == ("Tomas Vell", None)
    assert "Chile" not in (quote.party_reason or "")


@pytest.mark.parametrize("text", [
    "Chile's President and the PRESIDENT of Peru met the vice-president and the vicepresident.",
    "İstanbul, İzmir and İzmit: Chile's President and the PRESIDENT of Peru met the vice-president.",
])
def test_where_an_office_is_written_is_found_in_any_case_as_whole_words(text: str) -> None:
    """"İ" is two letters in lower case: the places found are the article's own."""
    found = [text[m.start():m.end()] for m in phrase_written_at(Article(text, []), ["president"])]
    assert found == ["President", "PRESIDENT"]
