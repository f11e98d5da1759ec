""""and" inside a body's name ("Peace and Security Council", "Food and Agriculture
Organization") keeps the name whole; a list of speakers stays a list
(``and_names._body_and``, ``actors._place_in_a_name``). Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("text", "speaker", "party"), [
    # "Security Council" alone was the speaker, of the party United Nations (0.87)
    ("The African Union's Peace and Security Council met in Addis Ababa on Friday. "
     '"No coup will be accepted on this continent," the council said.', "Peace and Security Council", "African Union"),
    # the body's name before its council, with no possessive (round 10): "Security Council", UN, 0.87
    ("The African Union Peace and Security Council met in Addis Ababa on Friday. "
     '"No coup will be accepted on this continent," the council said.',
     "African Union Peace and Security Council", "African Union"),
    ('"The harvest will fall by a third this year," the Food and Agriculture Organization said.',
     "Food and Agriculture Organization", "United Nations"),
    # a listed body's name after "<word> and" is part of another body's name (``actors``)
    ('"The harvest will fall by a third this year," the Climate and Security Council said.',
     "Climate and Security Council", "Climate and Security Council"),
])
def test_and_inside_a_body_name(text: str, speaker: str, party: str) -> None:
    quote = extract_quotes(text)[-1]
    assert (quote.speaker, quote.party) == (speaker, party), quote.evidence


@pytest.mark.parametrize(("text", "joined"), [
    ('"We will not sign this text," Ambassador Ida Berg and Baltic News editor Sam Gork said.', "Berg and Baltic"),
    ('"We will not sign this text," Hamas and Islamic Jihad Council members said.', "Hamas and Islamic"),
    # read as one body, "Ida Berg and Nordic Press Council", without the portfolio word before "and"
    ('"We will not sign this text," said Ida Berg and Nordic Press Council members.', "Berg and Nordic"),
    # a person's name before a portfolio-like word is no body's: "Ida Berg Peace"
    ('"We will not sign this text," said Ida Berg Peace and Security Council members.', "Berg Peace and"),
])
def test_a_list_of_speakers_is_never_one_name(text: str, joined: str) -> None:
    assert joined not in (extract_quotes(text)[0].speaker or "")
