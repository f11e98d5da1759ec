"""Lines of page furniture name no speaker (``briefings.extract.furniture``), and a mention that
opens a line opens its clause though the line before ends in no stop
(``briefings.extract.clause._opens_a_line``). Web copy keeps menus, "Skip to content" and
"Advertisement" lines: "Home" became a person and the speaker of the quotes after it, and a
lede after a headline or an "Advertisement" line had no subject, so "the junta boss said"
stood for no one. Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

LEDE = ("Valdonia's army chief General Tomas Brel has offered talks with armed groups, "
        "in a speech broadcast on state television on Friday.\n\n")
QUOTE = '"The door to peace is open to all who want it," the junta boss said.'


@pytest.mark.parametrize("before", [
    "Advertisement\n\n",
    "Skip to content\nHome | World | Asia | Opinion\n date 2024-05-03 \nJunta chief offers talks\n\nAdvertisement\n\n",
    "Home > World > Asia\n\nJunta chief offers talks\n\n",
    "",
])
def test_the_lede_after_furniture(before: str) -> None:
    (quote,) = extract_quotes(before + LEDE + "Advertisement\n\n" + QUOTE)
    assert quote.speaker == "Tomas Brel", quote.reason


@pytest.mark.parametrize(("line", "pronoun"), [
    ("Home | World | Asia | Opinion", "he"),
    ("Home | World | Asia | Opinion", "it"),
    ("Also Read | Valdonia Rejects Talks", "it"),
    ("Related: Valdonian Leader Speaks", "it"),
])
def test_no_speaker_on_a_furniture_line(line: str, pronoun: str) -> None:
    text = (f"{line}\n\n"
            f'"We will not be moved by threats of any kind," {pronoun} said.')
    (quote,) = extract_quotes(text)
    assert quote.speaker is None


def test_a_sentence_about_an_advertisement_keeps_its_names() -> None:
    text = ('Advertisement boss Anna Kovic said the campaign was "a success by every measure."')
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Anna Kovic"


def test_an_advertisement_line_is_no_sentence_before_a_quote() -> None:
    text = ("Park Min-ji, the sister of Valdonian leader Park Tae-ho, on Tuesday denounced the drills.\n\n"
            "Advertisement\n\n"
            '"They are staging a dangerous rehearsal for invasion," Park said in a statement.')
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Park Min-ji", quote.reason
