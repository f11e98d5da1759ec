"""An office is found elsewhere in the article only by words that end in its head
(``briefings.extract.office._phrases``): "foreign" of "Foreign Minister X" is no office, so
"Egyptian Foreign Ministry spokesman Y" does not make X's party a question about Egypt.
Sentences are invented for these tests (real countries, invented people)."""

from __future__ import annotations

from briefings.extract import extract_quotes


def test_a_modifier_of_the_title_is_no_office_of_another_country() -> None:
    text = ('Foreign Minister Hamad Al Nuaimi said the mediators were "making progress, but slowly." '
            'Egyptian Foreign Ministry spokesman Ahmed Zaki wrote that Cairo "will continue its efforts."')
    first, second = extract_quotes(text)
    assert (first.speaker, first.party) == ("Hamad Al Nuaimi", None)
    assert "Egypt" not in (first.party_reason or "")
    assert (second.speaker, second.party) == ("Ahmed Zaki", "Egypt")


def test_the_same_office_with_a_country_elsewhere_is_still_read() -> None:
    text = ('The Egyptian foreign minister is expected in Doha next week. Foreign Minister Hamad Al Nuaimi said the '
            'mediators were "making progress, but slowly."')
    [quote] = extract_quotes(text)
    assert quote.party is None
    assert "Egypt" in (quote.party_reason or "")
