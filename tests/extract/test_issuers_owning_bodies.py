"""A document owned by a body's role phrase ("the embassy's statement") is that body's
(``briefings.extract.issuers._owning_body``): after "The Ostravan embassy said …", "'…,' the
embassy's statement said" went to the ministry that had protested (unsure, 0.14). Sentences are
invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

LEAD = ("The Valdonian foreign ministry on Monday summoned Ostravan Ambassador Tomas Brel to protest.\n\n"
        'The Ostravan embassy, however, said the ambassador had "lodged stern representations" in reply.\n\n')


@pytest.mark.parametrize("phrase", ["the embassy's statement", "the embassy's written statement"])
def test_the_owning_body_issued_it(phrase: str) -> None:
    text = LEAD + f'"Valdonia has repeatedly violated our sovereignty at sea," {phrase} said.'
    assert extract_quotes(text)[-1].speaker == "Ostravan embassy"


def test_no_body_named_before_gives_no_one() -> None:
    text = ("Tomas Brel spoke on Monday.\n\n"
            '"Valdonia has repeatedly violated our sovereignty at sea," the embassy\'s statement said.')
    assert extract_quotes(text)[-1].speaker != "Tomas Brel"
