"""A headline's capitalised run holds no titled person (``Resolver._titled_person``,
``anaphors.rival_holders``): under "Court Jails Activist Over Protest Posts", "the activist told
the court" went to the run `Over Protest Posts` (0.98). Sentences are invented for these
tests."""

from __future__ import annotations

from briefings.extract import extract_quotes

ARTICLE = ("Court Jails Activist Over Protest Posts\n\n"
           "A court in the capital jailed civic activist Ilya Marek on Monday for posts about the fuel "
           "protests.\n\n"
           '"I am not afraid of them," the activist told the court before the verdict.\n')


def test_a_role_goes_to_the_person_titled_in_the_body() -> None:
    quote = extract_quotes(ARTICLE)[-1]
    assert quote.speaker == "Ilya Marek"
