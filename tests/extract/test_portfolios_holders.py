"""The holder named after a title's body or portfolio:

* with particles in the name: "President of the European Commission Anna von der Brel said" made
  one body `Commission Anna von der Brel` (0.99, its own party), as the name's lower-case "von
  der" was read as no name (``portfolios._after_body``);
* after a portfolio that goes on past "and": "High Representative for Foreign Affairs and
  Security Policy Ana Brel said" gave `Security Policy Ana Brel` (0.98), as the run broke at
  "and" (``portfolios._PORTFOLIO_AND``).

Sentences are invented for these tests (real bodies, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

QUOTE = ' said the plan was "a historic step for Europe and for the world."'


@pytest.mark.parametrize(("title_and_name", "speaker"), [
    ("President of the European Commission Anna von der Brel", "Anna von der Brel"),
    ("Head of the European Council Piet van Oosten", "Piet van Oosten"),
    ("President of the European Commission Jan Brel", "Jan Brel"),  # as before
    ("High Representative for Foreign Affairs and Security Policy Ana Brel", "Ana Brel"),
    ("Minister of Trade and Industry Omar Sadiq", "Omar Sadiq"),
])
def test_the_holder_after_a_body_with_particles(title_and_name: str, speaker: str) -> None:
    assert extract_quotes("Talks ended.\n\n" + title_and_name + QUOTE)[-1].speaker == speaker
