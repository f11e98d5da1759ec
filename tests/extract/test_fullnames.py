"""Names to their fullest form (``briefings.extract.fullnames``): a headline's capitalised run
is no one's full name.

Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes
from briefings.extract.fullnames import in_headline

_HEADLINE = "Valdonia Rejects Brel's Offer On Fishing Quotas.\n\n"


def test_a_name_inside_a_headline_resolves_to_the_body_s_name() -> None:
    text = _HEADLINE + ("The government rejects any change. Fisheries minister Brel said on Monday: "
                        '"The quotas stay as they are this year."')
    assert [q.speaker for q in extract_quotes(text)] == ["Brel"]


def test_the_body_s_fuller_name_is_still_used() -> None:
    text = _HEADLINE + ("The government rejects any change, and fisheries minister Tomas Brel spoke in the port.\n\n"
                        '"The quotas stay as they are this year," Brel said.')
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Brel"]


def test_a_headline_that_holds_only_a_name_gives_the_full_name() -> None:
    text = "Tomas Brel: Quotas Will Stay\n\nThe minister spoke in the port.\n\n" \
        '"The quotas stay as they are this year," Brel said.'
    assert [q.speaker for q in extract_quotes(text)] == ["Tomas Brel"]


@pytest.mark.parametrize(("line", "expected"), [
    ("Valdonia Rejects Brel's Offer On Fishing Quotas.", True),
    ("Port Board Backs Ferry Plan", True),
    ("The minister said the port would reopen in May.", False),
    ("Tomas Brel", False),  # a byline or a name on its own is no headline
])
def test_what_a_headline_is(line: str, expected: bool) -> None:
    assert in_headline(line, 0) is expected


# -- a family name written first ("Zhao" → "Zhao Lan"): only for people introduced with a title


@pytest.mark.parametrize(("introduction", "full"), [
    ("Foreign Minister Kim Dae-sung", "Kim Dae-sung"),  # the title in the name's own run
    ("Chinese Foreign Ministry spokeswoman Zhao Lan", "Zhao Lan"),  # a lower-case role before it
    ("South Korea's unification minister, Park Ji-hoon,", "Park Ji-hoon"),  # set off by a comma
    ("Wang Bo, the city's deputy mayor,", "Wang Bo"),  # an apposition after it
])
def test_a_family_name_written_first_resolves_to_the_full_name_of_a_titled_person(introduction: str,
                                                                                  full: str) -> None:
    family = full.split()[0]
    text = (f'{introduction} said the talks "must resume without conditions."\n\n'
            f'"We will not stand by while the missiles fly," {family} told reporters.')
    assert [q.speaker for q in extract_quotes(text)] == [full, full]


def test_a_family_name_first_of_a_person_never_titled_stays_as_written() -> None:
    """An untitled capitalised run may be a headline's or a place's ("Gaza Talks"), so its first
    word is not read as a family name."""
    text = ('Zhao Lan said the talks "must resume without conditions."\n\n'
            '"We will not stand by while the missiles fly," Zhao told reporters.')
    assert [q.speaker for q in extract_quotes(text)] == ["Zhao Lan", "Zhao"]
