"""Bodies and actors read from a title's words (``title_bodies.body_in_title``,
``title_bodies.actor_of_title``). The bodies are real or invented; the people invented."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes
from briefings.extract.title_bodies import actor_of_title, body_in_title


@pytest.mark.parametrize(("title", "body"), [
    ("senior Hamas official", "Hamas"),  # a modifier before the body
    ("a senior Hezbollah commander", "Hezbollah"),
    ("Hamas official", "Hamas"),
])
def test_a_body_before_a_role_noun_after_a_modifier(title: str, body: str) -> None:
    assert body_in_title(title) == body


@pytest.mark.parametrize("title", ["Chief Cabinet Secretary", "Deputy Chief Cabinet Secretary"])
def test_an_office_of_common_words_is_no_body(title: str) -> None:
    assert body_in_title(title) is None


@pytest.mark.parametrize(("title", "actor"), [
    ("the Secretary-General of the Arab League", "Arab League"),
    ("Secretary General of NATO", "NATO"),
    ("Russian ambassador to the UN", "Russia"),  # the leftmost actor still wins otherwise
    ("the UN Secretary-General", "United Nations"),
])
def test_an_office_named_by_title_words_yields_to_the_body_after_of(title: str, actor: str) -> None:
    found = actor_of_title(title)
    assert found is not None and found[0] == actor


def test_a_chief_cabinet_secretary_is_an_official_of_the_country_his_office_is_written_with() -> None:
    text = ("Japan lodged a protest with Japan's neighbour on Friday, and Japan's chief cabinet "
            "secretary said it would not accept the claim.\n\nTalks went on.\n\n\"We regret this decision deeply,\" Chief Cabinet Secretary "
            "Kenji Arato told reporters.")
    quotes = extract_quotes(text)  # written with Japan, never with Arato: unstated (dev-only route deleted)
    assert [(q.speaker, q.party) for q in quotes] == [("Kenji Arato", None)]
    assert "Japan" in (quotes[0].party_reason or "")


@pytest.mark.parametrize(("text", "party"), [
    ('"We regret this decision deeply," Arato said.', None),  # a surname or a body: unsaid
    ('Arato landed in Oslo. "We regret this decision deeply," Arato said.', None),
    ('The Velmora said it would appeal. "We regret this decision deeply," Velmora said.', "Velmora"),
    ('"We regret this decision deeply," VFRC said.', "VFRC"),  # an acronym is a body
    ('"We regret this decision deeply," Hamas said.', "Hamas"),  # a body the tables know
])
def test_one_unknown_word_is_a_party_only_where_the_article_shows_a_body(text: str, party: str | None) -> None:
    quotes = extract_quotes(text)
    assert len(quotes) == 1 and quotes[0].speaker is not None
    assert quotes[0].party == party
    assert party is not None or "person or a body" in (quotes[0].party_reason or "")


@pytest.mark.parametrize(("apposition", "party"), [
    ("a researcher with Human Rights Watch", "Human Rights Watch"),  # staff of a known body speak for it
    ("a spokesman for Doctors Without Borders", "Médecins Sans Frontières"),  # by the name it is filed under
    ("a researcher at Oslo University", "independent"),  # a researcher of no body the tables know
])
def test_staff_of_a_known_non_governmental_body_speak_for_it(apposition: str, party: str) -> None:
    quotes = extract_quotes(f'"We regret this decision deeply," said Lene Tarvik, {apposition}.')
    assert [(q.speaker, q.party) for q in quotes] == [("Lene Tarvik", party)]


@pytest.mark.parametrize(("opening", "party"), [
    ("Swedish Prime Minister Anna Lind met her Danish counterpart, Ole Berg, in Oslo.", "Denmark"),
    ("Anna Lind welcomed the French foreign minister, Ole Berg, to Stockholm.", "France"),
])
def test_a_title_set_off_by_a_comma_is_read_after_the_last_name_before_it(opening: str, party: str) -> None:
    quotes = extract_quotes(f'{opening}\n\n"We regret this decision deeply," Berg said.')
    assert [(q.speaker, q.party) for q in quotes] == [("Ole Berg", party)]


@pytest.mark.parametrize("apposition", [
    "45, a teacher from Tromso",  # an age before the apposition
    "a Norwegian refugee",  # a nationality does not make a citizen a government's voice
    "a protester",
])
def test_citizens_speak_for_themselves(apposition: str) -> None:
    quotes = extract_quotes(f'"We regret this decision deeply," said Lene Tarvik, {apposition}.')
    assert [(q.speaker, q.party) for q in quotes] == [("Lene Tarvik", "independent")]



@pytest.mark.parametrize(("phrase", "actors"), [
    ("director of the Carnegie Moscow Center", []),  # a capital inside a body's name is a place
    ("the London School of Economics", []),
    ("Kremlin Spokesman", ["Russia"]),  # a title word beside it is no name
    ("Moscow's envoy", ["Russia"]),
    ("the Foreign Ministry in Beijing", ["China"]),
])
def test_a_capital_inside_a_longer_name_is_no_government(phrase: str, actors: list[str]) -> None:
    from briefings.extract.actors import actors_in
    assert [actor for actor, _ in actors_in(phrase)] == actors


@pytest.mark.parametrize(("text", "party"), [
    # a portfolio before "Minister" is no body; the office written with a country but never with
    # him leaves the party unstated (the route that read it as his helped the development part only)
    ("Korea's neighbours met. South Korea said it would talk, and South Korea's unification minister "
     'named a date.\n\nTalks went on.\n\n"We regret this decision deeply," Unification Minister Lee Dongmin said.',
     None),
    # a national body followed by "of" is that country's, not the body's usual country
    ('"We regret this decision deeply," said Tariq Anwar, spokesman of the Foreign Office of Pakistan.',
     "Pakistan"),
    # "the bloc's", "the alliance's": the organisation named last before
    ('The European Union met on Monday.\n\n"We regret this decision deeply," said Lene Tarvik, '
     "the bloc's top diplomat.", "European Union"),
    ('NATO met on Monday.\n\n"We regret this decision deeply," said Lene Tarvik, the alliance\'s deputy '
     "secretary general.", "NATO"),
    # an organisation's body after another capitalised word is part of a longer name
    ('"We regret this decision deeply," National Security Council spokesman Tom Brandt said. The '
     "United States will reply.", None),  # not the UN's; whose, the text does not say
    # a title inside the name's mention makes it titled: the country after "of" counts
    ('"We regret this decision deeply," said Emir Khalid bin Saad Al Mansour of Qatar.', "Qatar"),
    # the office of a titled principal speaks for the principal's country
    ('"We regret this decision deeply," said Israeli Prime Minister Avi Dorot\'s office.', "Israel"),
])
def test_titles_read_at_their_cause(text: str, party: str | None) -> None:
    quotes = extract_quotes(text)
    assert len(quotes) == 1 and quotes[0].speaker is not None
    assert quotes[0].party == party


@pytest.mark.parametrize("apposition", ["head of Dorot's office", "an aide to Dorot"])
def test_staff_of_a_person_named_by_surname_speak_for_that_person(apposition: str) -> None:
    text = ('Israeli Prime Minister Avi Dorot spoke on Monday.\n\n"We regret this decision deeply," '
            f"said Lene Tarvik, {apposition}.")
    assert [q.party for q in extract_quotes(text)] == ["Israel"]


def test_staff_of_an_untitled_surname_have_no_party() -> None:
    quotes = extract_quotes('"We regret this decision deeply," said Lene Tarvik, head of Dorot\'s office.')
    assert quotes[0].party is None and "person or a body" in (quotes[0].party_reason or "")


@pytest.mark.parametrize(("phrase", "actor"), [
    ("Nato chief", "NATO"),  # an acronym written as a word, British house style
    ("Unesco", "United Nations"),
    ("Opec ministers", "OPEC"),
])
def test_an_acronym_written_as_a_word_is_the_organisation(phrase: str, actor: str) -> None:
    from briefings.extract.actors import actor_in
    found = actor_in(phrase)
    assert found is not None and found[0] == actor


def test_a_short_capitalised_word_is_never_taken_for_an_acronym() -> None:
    from briefings.extract.actors import actor_in
    assert actor_in("Who said it") is None


@pytest.mark.parametrize(("title", "actor"), [
    ("the ambassador to Russia", None),  # the host is not whom a diplomat speaks for
    ("ambassador to the United Nations", None),
    ("the envoy in Moscow", None),
    ("Norway's ambassador to Russia", "Norway"),
    ("the UN envoy to Syria", "United Nations"),
])
def test_a_diplomat_s_host_is_never_the_party(title: str, actor: str | None) -> None:
    found = actor_of_title(title)
    assert (found[0] if found else None) == actor
