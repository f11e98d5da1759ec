"""Short phrases that stand for someone named before (``briefings.extract.anaphors``).

* "the minister said" after two ministers named alike goes to the later one, as before: the
  abstention this module first gave it cost a right speaker of the foreign-dev report part and
  was deleted (docs/extraction.md, "Round 8, all together").
* "The Iranian said" went to the article's last speaker (0.94) and "The Italian said" to the
  speaker `Italian` (0.89, party Italy); "the Turk said" to `Turk`. Now the one person the
  article introduces with that nationality, or no one.

Sentences are invented for these tests (real countries, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

TWO_MINISTERS = ("Interior Minister Ola Brandt of Norway met Danish Interior Minister Kaj Holm in Oslo on "
                 "Friday. ")


@pytest.mark.parametrize(("text", "speaker", "reason"), [
    # abstaining here cost a right speaker of the foreign-dev report part: the charter deleted it
    pytest.param(TWO_MINISTERS + '"We will share the names of the suspects," the minister said.',
                 "Kaj Holm", None, id="two ministers titled alike: the nearer, as before"),
    pytest.param(TWO_MINISTERS + '"We will share the names of the suspects," the Danish minister said.',
                 "Kaj Holm", None, id="a country in the phrase picks one"),
    pytest.param("Interior Minister Ola Brandt met the police chief, Pia Lind, on Friday. "
                 '"We will share the names of the suspects," the minister said.',
                 "Ola Brandt", None, id="one minister: that minister"),
])
def test_a_role_two_people_hold(text: str, speaker: str | None, reason: str | None) -> None:
    quote = extract_quotes(text)[-1]
    assert quote.speaker == speaker
    if reason:
        assert reason in (quote.reason or "")


@pytest.mark.parametrize(("text", "speaker", "party"), [
    pytest.param("Iranian chess player Kian Rostami was held at the airport in Baku on Sunday. Officials released "
                 'Mira Jensen, a Danish tourist, the same day. The Iranian said the guards had been "polite but '
                 'very slow with everyone".', "Kian Rostami", "independent", id="an adjective used as a noun"),
    pytest.param("Italy's Economy Minister Paolo Ferri met Ines Vaz, Portugal's finance minister, in Lisbon. "
                 'The Italian said the rules were "written for the big economies only".',
                 "Paolo Ferri", "Italy", id="a country's possessive before the title"),
    pytest.param("Turkish trader Emre Sezer and a Greek captain, Nikos Vlachos, were fined on Monday. "
                 '"We lost a whole season of work," the Turk said.', "Emre Sezer", "independent",
                 id="a nationality noun"),
])
def test_a_nationality_standing_for_a_person(text: str, speaker: str, party: str | None) -> None:
    quote = extract_quotes(text)[-1]
    assert (quote.speaker, quote.party) == (speaker, party)


@pytest.mark.parametrize("text", [
    pytest.param('Officials in Baku released two detainees. "We were kept for nine hours," the Iranian said.',
                 id="no one introduced as Iranian"),
    pytest.param("Iranian wrestler Kian Rostami and Iranian coach Arash Kamali were held in Baku. "
                 '"We were kept for nine hours," the Iranian said.', id="two Iranians"),
    pytest.param('A ferry was stopped at the border. "We were kept for nine hours," the Turk said.',
                 id="no one introduced as a Turk"),
])
def test_a_nationality_no_one_or_two_fit(text: str) -> None:
    quote = extract_quotes(text)[-1]
    assert quote.speaker is None and quote.party is None
    assert (quote.reason or "").startswith("no speaker:")


def test_a_nationality_in_a_title_set_off_before_the_name() -> None:
    text = ("Russia's ambassador in Ankara, Pavel Orlov, met Turkish officials on Monday. The Russian said the "
            'pressure was "a sign of desperation in the West".')
    assert extract_quotes(text)[-1].speaker == "Pavel Orlov"


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param('Slovene MEP Ivo Kranjc said the talks were "going nowhere fast". EU envoy Lea Mets also weighed '
                 'in. Speaking after the meeting, the former Estonian premier said reforms were "the only way in".',
                 None, id="another person is the subject just before: no speaker"),
    pytest.param('Slovene MEP Ivo Kranjc said the talks were "going nowhere fast". Kranjc then left for '
                 'Ljubljana. Speaking after the meeting, the veteran politician said reforms were "the only way in".',
                 "Ivo Kranjc", id="the last speaker is that subject: the last speaker"),
])
def test_an_untitled_role_after_another_subject(text: str, speaker: str | None) -> None:
    quote = extract_quotes(text)[-1]
    assert quote.speaker == speaker
    if speaker is None:
        assert "may be Lea Mets or Ivo Kranjc" in (quote.reason or "")
