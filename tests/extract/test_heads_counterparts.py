"""A role phrase that names a country stands for the counterpart titled with that country when
no holder of its head noun is (``briefings.extract.heads.counterpart_of``): "Foreign Minister X
met his Sudanese counterpart Y ... 'the Sudanese minister said'" is Y, not X (it was X at 0.99).

Sentences are invented for these tests (real countries, invented people)."""

from __future__ import annotations

from briefings.extract import extract_quotes

MET = ("Speaking at a news conference with his Sudanese counterpart Omar Haddad in Ankara, Foreign "
       'Minister Kemal Aras said: "We are ready to help end this war."\n\n'
       '"The militia must answer for what it has done," the Sudanese minister said.\n')
TITLED = ("Sudanese Foreign Minister Omar Haddad met Foreign Minister Kemal Aras in Ankara.\n\n"
          '"The militia must answer for what it has done," the Sudanese minister said.\n')


def test_the_sudanese_minister_is_the_sudanese_counterpart() -> None:
    quotes = extract_quotes(MET)
    assert [q.speaker for q in quotes] == ["Kemal Aras", "Omar Haddad"]
    assert quotes[1].party == "Sudan"


def test_a_minister_titled_with_the_country_is_found_as_before() -> None:
    [quote] = extract_quotes(TITLED)
    assert quote.speaker == "Omar Haddad"
