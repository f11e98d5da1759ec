"""Honorifics and styles of foreign news before a name ("Sheikh", "Ayatollah", "Tan Sri", "Datuk
Seri", "Daw", "U", "Alhaji", "Cardinal") are dropped from it, as titles are, and a later mention
with the style goes to the full name (``names.honorifics_opening``, ``lexicon/honorifics.txt``):
"Sheikh Tamir said" gave the speaker `Sheikh Tamir`, "Foreign Minister Datuk Seri X Y" gave
`Datuk Seri X Y`. A style that is also a given name ("Sultan", "Emir", "U", "Pak") is kept where
it is one (``lexicon/styles_also_names.txt``). Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes
from briefings.extract.names import build_name_mention


@pytest.mark.parametrize(("text", "speaker"), [
    ("Kuwait's Emir Sheikh Nawaf bin Jaber al-Sabir opened the session. "
     '"We want calm in the whole region," Sheikh Nawaf said.', "Nawaf bin Jaber al-Sabir"),
    ("Grand Ayatollah Hossein Rahimi-Fard spoke in Qom on Friday. "
     '"The people deserve justice now," Ayatollah Rahimi-Fard said.', "Hossein Rahimi-Fard"),
    ('"Our ports will stay open to all," Deputy Minister Datuk Seri Halim Yusof said.', "Halim Yusof"),
    ('"The budget is fair to every state," Tan Sri Rafidah Osman said.', "Rafidah Osman"),
    ('"The election was a sham from the start," Daw Aye Nyein Thu said.', "Aye Nyein Thu"),
    ('"We will keep talking to both sides," U Kyaw Soe Lin, a retired diplomat, said.', "Kyaw Soe Lin"),
    ('"The farmers need help before the rains," Alhaji Sani Ibrahim Dogo said.', "Sani Ibrahim Dogo"),
    ("Cardinal Pietro Lanza arrived in Kyiv on Monday. "
     '"The Holy See wants a just peace," Cardinal Lanza said.', "Pietro Lanza"),
    ("Oman's Sultan Qabil bin Faris received the envoy. "
     '"Our door is open to every neighbour," Sultan Qabil said.', "Qabil bin Faris"),
    ('"Fishing boats come here every single night," Pak Warsito said.', "Warsito"),
])
def test_a_style_is_no_part_of_the_name(text: str, speaker: str) -> None:
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    # a style that is also a given name: before a family name, and with a stop, it is the name
    ('"The talks must deliver a result," Sultan Al Mansouri, the conference president, said.',
     "Sultan Al Mansouri"),
    ('"The embassy will stay open," U. Grant Harlow said.', "U. Grant Harlow"),
    ('"Our country wants peace with everyone," Pak Chol-min said.', "Pak Chol-min"),
])
def test_a_given_name_that_is_also_a_style(text: str, speaker: str) -> None:
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize(("surface", "name", "gender"), [
    ("Sheikha Maha", "Maha", "f"),
    ("Daw Aye Nyein", "Aye Nyein", "f"),
    ("U. Grant Harlow", "U. Grant Harlow", ""),
    ("Mr.", "Mr.", "m"),
])
def test_the_mention_of_a_styled_name(surface: str, name: str, gender: str) -> None:
    mention = build_name_mention(0, len(surface), surface)
    assert mention is not None
    assert (mention.name, mention.gender) == (name, gender)


@pytest.mark.parametrize(("text", "speaker"), [
    ('"The region needs calm," H.E. Moussa Faki said.', "Moussa Faki"),
    ('"Prices have doubled since March," Mallam Sani Dikko said.', "Sani Dikko"),
    ('"We will vote against it," Rt. Hon. Anna Berg said.', "Anna Berg"),
])
def test_styles_of_west_african_and_commonwealth_press(text: str, speaker: str) -> None:
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ('"The government has lost its mandate," Maulana Fazal Karimi said.', "Fazal Karimi"),
    ('"Our youth should not be used as fuel," Begum Nusrat Saleem said.', "Nusrat Saleem"),
    ('"There is no reason to keep an ambassador there," MK Avi Rosental said.', "Avi Rosental"),
])
def test_styles_and_member_titles_of_south_asian_and_israeli_press(text: str, speaker: str) -> None:
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize(("text", "speaker", "role"), [
    ("Cardinal Pietro Lanza arrived in Kyiv on Monday.\n\nThe visit was not announced.\n\n"
     '"The Holy See wants a just peace," the cardinal said.', "Pietro Lanza", "Cardinal"),
    ("Qatar's Emir Sheikh Nawaf bin Jaber opened the forum.\n\nLeaders came from across the region.\n\n"
     '"We want calm in the whole region," the emir said.', "Nawaf bin Jaber", "Qatar's Emir Sheikh"),
])
def test_a_style_that_is_a_role_stays_the_persons_role(text: str, speaker: str, role: str) -> None:
    """The style is dropped from the name, not from the person's titles: "the cardinal" is the
    person styled "Cardinal" (without it the phrase reached him only as the protagonist)."""
    quote = extract_quotes(text)[-1]
    assert (quote.speaker, quote.speaker_role) == (speaker, role)
