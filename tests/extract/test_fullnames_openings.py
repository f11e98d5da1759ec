"""A name of two words or more that opens one titled person's longer name goes to it
(``fullnames.opening_names``): a Lao official "Kham Phoui Sisavath" is "Kham Phoui" after, and
"Sheikh Mohammed bin Zayed" is the "Mohammed bin Zayed Al Nahyan" named before; a name that two
people's names open, one followed by a suffix only and one whose last word is another person's
surname are left alone. Sentences are invented
for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes
from briefings.extract.fullnames import opening_names


@pytest.mark.parametrize(("text", "speaker"), [
    ("Deputy Foreign Minister Sone Vilay Phommachak met the envoys. "
     '"All members agreed on the text," Sone Vilay said.', "Sone Vilay Phommachak"),
    ("Hamdan bin Rashid Al Falasi, the UAE economy minister, spoke in Dubai. "
     '"We will fund the new port," Sheikh Hamdan bin Rashid said.', "Hamdan bin Rashid Al Falasi"),
])
def test_a_name_that_opens_a_fuller_one(text: str, speaker: str) -> None:
    assert extract_quotes(text)[-1].speaker == speaker


def test_openings_of_titled_names() -> None:
    fullest = {"phommachak": "Sone Vilay Phommachak", "hale": "Tom Hale Jr", "lund": "Anna Berg Lund",
               "berg": "Lars Berg", "rossi": "Sone Vilay Rossi"}
    titled = set(fullest.values())
    openings = opening_names(fullest, titled)
    assert "sone vilay" not in openings  # two people's names open with it
    assert "tom hale" not in openings  # the rest is a suffix only
    assert "anna berg" not in openings  # "Berg" is another person's surname
    # "Anna Berg" written alone may be hers: a given name and the first of two surnames
    assert opening_names({"lund": "Anna Berg Lund", "berg": "Anna Berg"}, {"Anna Berg Lund"}) == \
        {"anna berg": "Anna Berg Lund"}
    assert opening_names({"lund": "Anna Berg Lund"}, set()) == {}  # no title: no opening
