"""A style of two words ("Tan Sri", "Datuk Seri") introduces a person as one word does
(``briefings.extract.titles.introduced_with_honorific``): Malaysian news names a person by the
given name after "Tan Sri Othman Hashim", and "Othman said" kept the speaker `Othman` where the
title was only in an apposition. Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize("style", ["Tan Sri", "Datuk Seri", "Datuk Patinggi"])
def test_the_given_name_after_a_two_word_style(style: str) -> None:
    text = (f"The minister said Valdonia's special envoy on Korva, {style} Rahim Yusof, would visit next month.\n\n"
            'Meanwhile, Rahim said he hoped to meet "as many of the parties as possible" during the visit.')
    assert extract_quotes(text)[-1].speaker == "Rahim Yusof"
