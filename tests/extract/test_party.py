"""Parties (whom a speaker speaks for), names on international news, relaying outlets, and the
confidence each quote carries. Every sentence here is written for the test; the people are
invented, the countries and organisations real (a party is a real actor)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes
from briefings.extract.actors import actor_in, short_country_name


def _only(text: str):
    quotes = extract_quotes(text)
    assert len(quotes) == 1, [q.quote for q in quotes]
    return quotes[0]


@pytest.mark.parametrize(("phrase", "actor"), [
    ("Russian Deputy Foreign Minister", "Russia"),  # demonym table
    ("Chinese Foreign Ministry spokeswoman", "China"),
    ("South Korean President", "South Korea"),  # a two-word demonym
    ("Russian Federation", "Russia"),  # pycountry's formal name, shortened
    ("Republic of Korea", "South Korea"),
    ("Türkiye's envoy", "Turkey"),  # alias table, possessive
    ("the Kremlin", "Russia"),  # seat of government
    ("Brussels", "European Union"),
    ("UN Secretary-General", "United Nations"),  # organisations table
    ("EU foreign policy chief", "European Union"),
    ("Russian ambassador to the UN", "Russia"),  # the leftmost actor wins
])
def test_actor_in_a_phrase(phrase: str, actor: str) -> None:
    found = actor_in(phrase)
    assert found is not None and found[0] == actor


@pytest.mark.parametrize("phrase", ["IN", "It said", "the city council", "a senior official"])
def test_no_actor_in_a_phrase(phrase: str) -> None:
    assert actor_in(phrase) is None  # ISO codes and common words are never countries


def test_every_demonym_names_a_country_pycountry_or_the_alias_table_knows() -> None:
    from briefings.extract.actors import _table, country_or_organisation
    for demonym, country in _table("demonyms").items():
        assert country_or_organisation(country) is not None or short_country_name(country), demonym


@pytest.mark.parametrize(("text", "speaker", "party"), [
    ('Russian Deputy Foreign Minister Pavel Orlik said: "We will not accept these terms at all."',
     "Pavel Orlik", "Russia"),
    ('"The talks went well for both sides," said UN envoy Marta Quellen.', "Marta Quellen", "United Nations"),
    ('"The sanctions will hurt farmers first," said political analyst Jon Farrowby.',
     "Jon Farrowby", "independent"),
    ('"This is a matter for the courts now," Pakistan\'s foreign minister, Amir Dastani, said.',
     "Amir Dastani", "Pakistan"),
    ('"We expect a reply within the week," Pakistani officials said.', None, "Pakistan"),
    ('"We will study the proposal with care," the Kremlin said.', "Kremlin", "Russia"),
    ('"The report will be published in full," Amnesty International said.',
     "Amnesty International", "Amnesty International"),
])
def test_party_from_what_the_text_states(text: str, speaker: str | None, party: str) -> None:
    quote = _only(text)
    if speaker:
        assert quote.speaker == speaker
    assert quote.party == party, (quote.speaker, quote.party_reason)


def test_a_title_on_the_line_before_is_not_the_speakers() -> None:
    text = ("Russia Moves Troops To The Border\n"
            'European Commission President Anna Velmar said: "We are watching this very closely."')
    assert _only(text).party == "European Union"


def test_an_official_whose_country_is_not_named_gets_no_party_from_the_article_s_topic() -> None:
    text = ("Japan will send aid to the region, and Japan's navy is ready, officials in Japan said.\n"
            'Foreign Minister Kenji Arakawa said: "We will help as soon as we can."')
    assert _only(text).party is None
    assert "Kenji Arakawa" in (_only(text).party_reason or "")


def test_a_person_with_no_stated_affiliation_gets_no_party_and_a_reason() -> None:
    quote = _only('"I saw the whole thing from my window," said Tomas Brelling.')
    assert quote.party is None and "does not say whom" in (quote.party_reason or "")


def test_one_party_per_speaker_in_an_article() -> None:
    text = ('Chinese Foreign Ministry spokeswoman Li Wanfen said: "We oppose the move firmly."\n'
            'Wanfen added: "The other side should think again before it acts."')
    assert [q.party for q in extract_quotes(text)] == ["China", "China"]


def test_a_family_name_written_first_resolves_to_the_full_name() -> None:
    text = ('Foreign Minister Kim Dae-sung arrived on Monday.\n'
            '"We will not give up on talks," Kim said.')
    assert _only(text).speaker == "Kim Dae-sung"


# -- names on international news


def test_a_particle_name_resolves_to_its_full_form() -> None:
    text = ('Commission President Anna von der Brelle arrived on Monday.\n'
            '"We have done all we could," Von der Brelle said.')
    assert _only(text).speaker == "Anna von der Brelle"


def test_a_surname_with_its_particle_written_more_often_still_gets_the_full_name() -> None:
    text = ('"We will not sign it," said the French Foreign Minister, Mr Paul de Castelnau.\n'
            'Mr de Castelnau arrived late. "There is no hurry at all," Mr de Castelnau said.\n'
            'Mr de Castelnau left early.')
    assert {q.speaker for q in extract_quotes(text)} == {"Paul de Castelnau"}


def test_minister_for_a_portfolio_is_a_title() -> None:
    text = 'Minister for Foreign Affairs Sean Doyle said "we condemn this attack in full".'
    assert _only(text).speaker == "Sean Doyle"


def test_he_never_stands_for_a_report() -> None:
    text = ("Foreign Minister Omar Haddad spoke on Sunday, pointing out that a United Nations report "
            "indicated heavy damage.\n"
            'He warned that "any new offensive will have dire results".')
    assert _only(text).speaker == "Omar Haddad"


def test_a_body_resolves_to_the_full_name_the_article_gave_it() -> None:
    text = ("The European Commission met on Friday.\n"
            '"The tariffs are a step in the wrong direction," the Commission said.')
    assert _only(text).speaker == "European Commission"


def test_an_acronym_resolves_to_the_full_name_given_in_brackets() -> None:
    text = ("The Economic Community of West African States (ECOWAS) met in Abuja.\n"
            '"The borders will stay open for now," ECOWAS said.')
    quote = _only(text)
    assert quote.speaker == "Economic Community of West African States"
    assert quote.party == "ECOWAS"


# -- relaying outlets


@pytest.mark.parametrize("text", [
    'Hamas spokesman Yusuf Karam said on Friday that Egypt must act. He urged Egypt "to stop the '
    'crossings now", according to state-run MENA.',
    'Hamas spokesman Yusuf Karam said on Friday that Egypt must act. "We will not stop the talks," '
    "ISNA reported.",
])
def test_a_news_outlet_is_never_the_speaker_of_words_it_relays(text: str) -> None:
    assert _only(text).speaker == "Yusuf Karam"


# -- confidence and evidence


def test_every_quote_carries_confidence_evidence_and_party_in_its_dict() -> None:
    quote = _only('"We will answer in kind," Russian Foreign Minister Ivan Petrakov said.')
    data = quote.as_dict()
    assert data["confidence"] >= 0.9 and data["evidence"].startswith("cue")
    assert "Ivan Petrakov" in data["evidence"] and data["party"] == "Russia"
    assert data["speaker_reason"] is None and data["party_reason"] is None


def test_a_statement_whose_issuer_is_only_inferred_is_left_unsure() -> None:
    text = ('UN envoy Susan Brel said adoption of the statement would send a clear message.\n'
            'The statement "calls for calm on both sides of the border".')
    quote = extract_quotes(text)[0]
    assert quote.speaker is None and quote.confidence < 0.5
    assert (quote.speaker_reason or "").startswith("unsure")


def test_a_statement_its_speakers_said_they_issued_is_theirs() -> None:
    text = ('"We will meet again in May," Foreign Minister Ivan Petrakov said in a statement.\n'
            '"Both sides will review the rules," the statement added.')
    assert [q.speaker for q in extract_quotes(text)] == ["Ivan Petrakov", "Ivan Petrakov"]


def test_an_outlets_own_words_stay_its_own() -> None:
    text = 'The Harbour Times wrote in an editorial: "The port deal is a bad bargain for the city."'
    assert _only(text).speaker == "Harbour Times"


def test_a_longer_form_with_a_headline_word_is_not_the_full_name() -> None:
    text = ("Talks With Tomas Brelling End\n"
            'Tomas Brelling said: "We will meet again next month."\n'
            '"Nothing is settled," Brelling said.')
    assert {q.speaker for q in extract_quotes(text)} == {"Tomas Brelling"}


def test_a_surname_spelled_without_its_accents_is_the_same_person() -> None:
    text = ('EU envoy Miroslav Dvořák arrived on Monday.\n'
            '"The date is set for both sides," Dvorak said.')
    assert _only(text).speaker == "Miroslav Dvořák"


def test_a_resolution_is_a_document_not_a_speaker() -> None:
    quote = _only('The resolution "calls for an immediate end to the fighting".')
    assert quote.speaker is None and "resolution" in (quote.reason or "")


def test_a_quote_tagged_with_a_name_and_no_verb_goes_to_that_name() -> None:
    text = ('Prime Minister Anna Veld spoke first. "These are signs of a provocation against our '
            'country," Kremlin spokesperson Pavel Orlik.')
    quote = extract_quotes(text)[0]
    assert quote.speaker == "Pavel Orlik" and quote.evidence.startswith("verbless tag")
    assert quote.party == "Russia"


def test_a_title_of_one_country_names_its_government() -> None:
    quote = _only('In a statement, Taoiseach Ciaran Dowd said "we stand with our partners in this".')
    assert quote.speaker == "Ciaran Dowd" and quote.party == "Ireland"


def test_a_named_body_is_not_the_organisation_named_before() -> None:
    text = ('The EU agreed on Monday to lift the measures.\n'
            'The Harlow administration said it would keep "a reduced diplomatic level" for now.')
    assert _only(text).speaker == "Harlow administration"


def test_a_body_named_after_a_person_speaks_for_that_persons_party() -> None:
    text = ('French President Luc Armand met the envoys on Monday.\n'
            '"The measures can now be lifted," Mr. Armand\'s government said.')
    quote = _only(text)
    assert quote.party == "France", (quote.speaker, quote.party_reason)


def test_a_title_with_its_portfolio_set_off_by_a_comma() -> None:
    text = ('"The date is set for both sides," EU Special Envoy for the Danube talks, Marek Holub, '
            "said on Monday.")
    quote = _only(text)
    assert quote.speaker == "Marek Holub" and quote.party == "European Union"


@pytest.mark.parametrize(("text", "speaker", "party"), [
    ('"We will veto any such text," said Ana Ruiz, the U.S. ambassador to the UN, on Monday.',
     "Ana Ruiz", "United States"),  # the apposition after the name
    ('Hamas spokesman Yusuf Karam said on Friday: "We will not stop the talks at all."',
     "Yusuf Karam", "Hamas"),  # a body before the role noun that no table knows
])
def test_party_from_an_apposition_or_a_body_in_the_title(text: str, speaker: str, party: str) -> None:
    quote = _only(text)
    assert (quote.speaker, quote.party) == (speaker, party)


@pytest.mark.parametrize("demonym", ["Pakistani", "Greek", "Dutch", "Kenyan", "Iraqi", "Thai", "Swiss",
                                     "Saudi", "Emirati", "Afghan", "Filipino", "Czech"])
def test_nationality_then_officials_is_a_group_never_the_adjective(demonym: str) -> None:
    """Only adjectives ending -ian/-ese/-ish were known to open a group before the demonym table."""
    quote = _only(f'"We expect a reply within the week," {demonym} officials said on Monday.')
    assert quote.speaker == f"{demonym} officials"
    assert quote.party is not None and quote.party not in ("independent", demonym)


def test_an_analyst_of_any_nationality_speaks_for_themselves() -> None:
    quote = _only('"The talks failed because nobody listened," a Dutch analyst told reporters.')
    assert quote.party == "independent"
