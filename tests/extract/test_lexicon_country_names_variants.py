"""Country names and demonyms as news writes them, beside the forms pycountry knows: "East
Timor" and "Timorese" are Timor-Leste, "Cote d'Ivoire" without its circumflex, "Swaziland"
Eswatini by its old name."""

from __future__ import annotations

import pytest

from briefings.extract.actors import actors_in


@pytest.mark.parametrize(("written", "country"), [
    ("East Timor", "Timor-Leste"),
    ("Timorese", "Timor-Leste"),
    ("East Timorese", "Timor-Leste"),
    ("Cote d'Ivoire", "Côte d'Ivoire"),
    ("Swaziland", "Eswatini"),
])
def test_variants_name_their_country(written: str, country: str) -> None:
    assert actors_in(written)[:1] == [(country, "country")]
