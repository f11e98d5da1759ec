"""An office's country after "of" is read in the office's own sentence: "Secretary of State X."
ending a paragraph, and a nationality opening the next, is no "Secretary of <country>"."""

from __future__ import annotations

from briefings.extract import extract_quotes

TEXT = ("The talks were hosted by Secretary of State Karl Dorn.\n\n"
        "Armenian Foreign Minister Aram Sarkis spent several hours at the ministry.\n\n"
        '"Peace is within reach," Dorn said at the opening of the talks.\n')


def test_a_country_in_the_next_paragraph_is_not_the_office_s() -> None:
    found = extract_quotes(TEXT)
    assert [q.speaker for q in found] == ["Karl Dorn"]
    assert found[0].party != "Armenia"


def test_a_country_right_after_of_still_names_the_office() -> None:
    text = ("Karl Dorn, the foreign minister of Armenia, arrived on Monday.\n\n"
            '"Peace is within reach," Foreign Minister Karl Dorn said.\n')
    assert [q.party for q in extract_quotes(text)] == ["Armenia"]
