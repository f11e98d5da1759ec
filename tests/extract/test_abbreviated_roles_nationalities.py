"""More titles shortened to capitals after "the" (``briefings.extract.abbreviated_roles``):

* "the Armenian FM added": a nationality before the abbreviation made a person named
  `Armenian FM`, so the quote went to that label, not to the foreign minister named before;
* Kenyan press writes "the CS" (cabinet secretary) and "the PS" (principal secretary): the
  capitals were a body `CS` or `PS` (0.99).

Sentences are invented for these tests (real places, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

QUOTE = '\n\n"The leaders of our countries will meet very soon," {} said.\n'


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param("Foreign Minister of Armenia Aram Vardanyan met his Lithuanian counterpart Jonas Petraitis."
                 + QUOTE.format("the Armenian FM"), "Aram Vardanyan", id="the Armenian FM"),
    pytest.param("Interior Cabinet Secretary Peter Otieno spoke in Nairobi." + QUOTE.format("the CS"),
                 "Peter Otieno", id="the CS"),
    pytest.param("Foreign Affairs Principal Secretary Grace Wanjiru spoke in Nairobi." + QUOTE.format("the PS"),
                 "Grace Wanjiru", id="the PS"),
])
def test_an_abbreviated_title_is_its_role(text: str, speaker: str) -> None:
    assert extract_quotes(text)[-1].speaker == speaker
