"""A news agency that quotes a role phrase with its host "as saying" ("KCNA quoted a spokesperson
for North Korea's Foreign Ministry as saying") relays the words of that role: the speaker is
the body the host names, or the role as a label, never the agency; and a spokesperson is never a news
agency's."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

RELAYED = ("SEOUL - The North denounced the drills.\n\n"
           "The Korean Central News Agency (KCNA) quoted a spokesperson for {host} as saying that the "
           'drills "are pushing the situation to the brink of explosion."\n\n'
           '"We will take the most overwhelming countermeasures," the spokesperson said.\n')


@pytest.mark.parametrize(("host", "speaker"), [
    ("North Korea's Foreign Ministry", "North Korea's Foreign Ministry"),
    ("the North's foreign ministry", "spokesperson"),  # a label: the host names no body
])
def test_the_agency_relays_the_role_it_quotes(host: str, speaker: str) -> None:
    found = extract_quotes(RELAYED.format(host=host))
    assert [q.speaker for q in found] == [speaker, speaker]
