"""A role phrase owned by a person ("Greek Prime Minister Kyriakos Dorn's government spokesman
said"), resolved to the owner's name, is that person's staff: the party is the title's actor
in the mention, or none; never a body called by the person's name (``party._office_of_someone``)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("subject", "party"), [
    ("Greek Prime Minister Kyriakos Dorn's government spokesman", "Greece"),
    ("Prime Minister Kyriakos Dorn's spokesman", None),
    ("Hamas's spokesman", "Hamas"),
    ("Israeli Prime Minister Benjamin Roe's office", "Israel"),
])
def test_a_persons_staff_is_no_body_of_their_name(subject: str, party: str | None) -> None:
    text = f'ATHENS - Talks went on.\n\n{subject} said Athens "will defend its sovereign rights."\n'
    assert extract_quotes(text)[0].party == party
