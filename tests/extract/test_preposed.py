"""A role phrase set before a name, with its host between, gives the name its title
(``briefings.extract.preposed``): "Russia's ambassador to Lithuania, X, said" makes a later
"the ambassador said" X's, never the article's last speaker nor a person titled so later.

Sentences are invented for these tests (real countries and bodies, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes
from briefings.extract.article import Article
from briefings.extract.preposed import preposed_titles

AMBASSADOR = ('"We see a steady increase in forces," General Tom Waller told reporters in Riga.\n\n'
              "Russia's ambassador to Latvia, Oleg Markin, dismissed the remarks.\n\n"
              '"Nobody here threatens anyone at all," the ambassador said.\n')
UN_ENVOY = ("The UN envoy for the Middle East peace process, Arne Dahl, briefed the Security Council.\n\n"
            '"Civilians are paying a terrible price," the UN envoy said.\n\n'
            "U.S. envoy Mark Pryor, who was also in Cairo, said talks would go on.\n")
SPOKESMAN = ('"What we received does not meet our conditions," Foreign Minister Eva Lind said.\n\n'
             "Her spokesman, Jan Borg, later added that the talks would go on.\n\n"
             '"The minister knows what is needed on both sides," the spokesman said.\n')


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param(AMBASSADOR, "Oleg Markin", id="the ambassador to a host, then the name"),
    pytest.param(UN_ENVOY, "Arne Dahl", id="the UN envoy for a portfolio, then the name"),
    pytest.param(SPOKESMAN, "Jan Borg", id="her spokesman, then the name"),
])
def test_a_role_set_before_a_name_is_its_title(text: str, speaker: str) -> None:
    assert extract_quotes(text)[-1 if text is not UN_ENVOY else 0].speaker == speaker


@pytest.mark.parametrize(("sentence", "titles"), [
    pytest.param("Russia's ambassador to Latvia, Oleg Markin, said so.", ["russia", "ambassador"], id="host, then name"),
    pytest.param("The ambassador to Latvia, Oleg Markin, said so.", ["ambassador"], id="no owner"),
    pytest.param("The ambassador to Latvia met Oleg Markin, who said so.", [], id="a verb between"),
    pytest.param("The ambassadors to Latvia, Oleg Markin and Ivo Rand, said so.", [], id="a plural role"),
    pytest.param("The ministry in Riga, Oleg Markin said, was closed.", [], id="a body"),
])
def test_only_a_role_and_its_host_before_the_name(sentence: str, titles: list[str]) -> None:
    article = Article(sentence, [])
    persons = [m for m in article.mentions if m.kind == "person"]
    found = preposed_titles(article, persons)
    assert sorted(w for p in persons for w in found.get(p.start, set())) == sorted(titles)


def test_the_owner_of_the_role_names_its_country() -> None:
    text = ("Russia's deputy ambassador, Dmitry Orlov, backed Bamako.\n\n"
            '"Western colonial reflexes die very hard," the Russian diplomat said.\n')
    assert extract_quotes(text)[-1].speaker == "Dmitry Orlov"
