"""An organisation's name before lower-case words and a body word names that body
(``heads.named_body``): "The UN human rights office said in a report …" gave the speaker `UN`
(0.79 for "the report said"), the organisation named in the headline; it is the office as
written. So does a country before them ("the Egyptian foreign ministry": not the Qatari
ministry's spokesman quoted before, round 11).

Sentences are invented for these tests (real bodies, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes
from briefings.extract.heads import named_body
from briefings.extract.mention import Mention


@pytest.mark.parametrize(("surface", "named"), [
    ("The UN human rights office", True),
    ("the Clinton administration", True),
    ("the Norway foreign ministry", True),  # a country's body, never another's ministry named before
    ("the human rights office", False),
])
def test_a_body_named_by_an_organisation_before_its_words(surface: str, named: bool) -> None:
    assert named_body(Mention(0, len(surface), surface, "role", titles=surface.lower().split()[1:])) is named


def test_the_report_of_the_office_is_the_offices() -> None:
    text = ("UN rights office criticises crackdown\n\nGENEVA - The UN human rights office said in a report "
            'published on Wednesday that police had used "excessive force."\n\nThe report said the '
            'authorities had "failed to protect civilians on the streets."')
    assert extract_quotes(text)[-1].speaker == "UN human rights office"
