""""she" never stands for a person whose quotes the article gave through "he" (and the other
way round) where nothing else tells their gender (``briefings.extract.pronouns``): after a male
minister's '"…," he said', "She said" is not the minister but the woman named before, or no one.

Sentences are invented for these tests (real bodies, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

OPENING = ("Dr. Amina Oduya, the WHO's incident manager for Chad, said thousands of cases had been found.\n\n"
           'Health Minister Idriss Kabir told state television the figure was "simply exaggerated."\n\n'
           '"We have the outbreak under control in most regions," he said.\n\n')


@pytest.mark.parametrize(("text", "not_speaker"), [
    pytest.param(OPENING + 'She said the teams had seen "overwhelmed clinics and no water at all."\n',
                 "Idriss Kabir", id="she after a man's he said"),
    pytest.param(OPENING + '"Our numbers come from our own hospitals," Kabir said.\n\nAsked about his remarks, '
                 'she replied: "Our data come from partners on the ground."\n',
                 "Idriss Kabir", id="she after the man spoke again by name"),
])
def test_she_is_not_a_man_the_article_quoted_as_he(text: str, not_speaker: str) -> None:
    assert extract_quotes(text)[-1].speaker != not_speaker


def test_he_still_follows_his_own_quotes() -> None:
    text = OPENING + '"Our hospitals count every case," he added.\n'
    assert extract_quotes(text)[-1].speaker == "Idriss Kabir"
