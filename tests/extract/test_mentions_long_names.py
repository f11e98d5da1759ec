"""A name after a title keeps up to four words besides its particles
(``briefings.extract.mentions._name_words``): Portuguese, Spanish and Arabic names often have
four ("President Luiz Inacio Lula da Silva"), and the first was dropped; a run with no title
before it keeps three, as capitalised runs with no title may run on.

Sentences are invented for these tests (real countries, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param('Brazilian President Luiz Carlos Teles da Rocha said the region "does not need more '
                 'confusion."', "Luiz Carlos Teles da Rocha", id="four words and a particle"),
    pytest.param('Colombian Foreign Minister Luis Alberto Murillo de la Vega said the offer was "a door '
                 'left open for everyone."', "Luis Alberto Murillo de la Vega", id="four words and two particles"),
    pytest.param('Foreign Minister Ana Lima said the offer was "a door left open for everyone."', "Ana Lima",
                 id="two words"),
])
def test_a_titled_name_keeps_its_four_words(text: str, speaker: str) -> None:
    [quote] = extract_quotes(text)
    assert quote.speaker == speaker
