"""Names with particles, as foreign news writes them, go to the fullest form the article gives:
"de la Fuente said" gave `la Fuente` (a run could not open with two particles) and then stayed
short of "Juan Ramón de la Fuente Hernández" (the first of two surnames, written with its
particles; ``fullnames.without_particles``, ``fullnames.inner_names``); "d'Alessandro" was no
name at all (``shape.hyphened_particle``); "bint" and "Abu" were no particles
(``lexicon/name_particles.txt``); an untitled person of two given names and two surnames was not
called by the first surname (``fullnames.inner_names``). Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes
from briefings.extract.fullnames import without_particles


@pytest.mark.parametrize(("text", "speaker"), [
    ("Mexico's foreign minister Ana Luisa de la Vega Ortiz met her counterpart. "
     '"We want a dialogue without conditions," de la Vega said.', "Ana Luisa de la Vega Ortiz"),
    ("Italy's Marco d'Ascanio, the minister for European affairs, spoke in Rome. "
     '"We need more time to decide," d\'Ascanio said.', "Marco d'Ascanio"),
    ("Hamas official Khaled Abu Marwan al-Sufi spoke in Doha. "
     '"We are reading the offer carefully," Abu Marwan said.', "Khaled Abu Marwan al-Sufi"),
    ("Sheikha Noor bint Rashid al-Kaabi, the minister of state, arrived in Cairo. "
     '"This pact is long overdue," Sheikha Noor said.', "Noor bint Rashid al-Kaabi"),
    # untitled, with two given names and two surnames: the first surname is the name used
    ("María Fernanda Castillo Peña, who runs a shelter in Cúcuta, spoke first. "
     '"Every day more families come," Castillo said.', "María Fernanda Castillo Peña"),
    ("Ana Paz de Sousa Neto runs a clinic in Beira. "
     '"The rains came too early," Paz de Sousa said.', "Ana Paz de Sousa Neto"),
    # a surname with particles that no fuller name holds stays as written, particles and all
    ('"We will not wait any longer," van der Sloot said.', "van der Sloot"),
    ('"We will not wait any longer," de la Rocha said.', "de la Rocha"),
])
def test_a_name_with_particles(text: str, speaker: str) -> None:
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize(("name", "bare"), [
    ("de la Vega", "Vega"),
    ("Abu Marwan", "Marwan"),
    ("van der Sloot", "Sloot"),
    ("de", "de"),
    ("Anna Berg", "Anna Berg"),
])
def test_without_particles(name: str, bare: str) -> None:
    assert without_particles(name) == bare
