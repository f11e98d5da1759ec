"""A role phrase that names a country or a body ("the EU envoy") never stands for a person
titled with another one ("China's envoy"), neither as the holder of its head noun nor as the
article's last speaker; and a person named after a preposition earlier in the phrase's own
sentence ("Responding to remarks by spokesperson X, the spokesperson said") is not what it
stands for (``briefings.extract.anaphors``, ``resolve``).

Sentences are invented for these tests (real countries and bodies, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

ENVOYS = ("U.S. special envoy Ken Doran said Washington wanted peace.\n\n"
          "The EU's special representative, Anna Strom, said Europe would stay.\n\n"
          "China's envoy Li Wen said Beijing supported the talks.\n\n"
          '"Dialogue is the only way out," the Chinese envoy said.\n\n')
SPOKESPERSONS = ('"Leaders visit the state from time to time," Foreign Ministry spokesperson Arun Bose said.\n\n'
                 "Responding to a question on the remarks by Chinese spokesperson Mao Qing, who had said Beijing "
                 '"never recognised" the state, the spokesperson said: "Objecting to such visits makes no sense."\n')


@pytest.mark.parametrize(("text", "not_speaker"), [
    pytest.param(ENVOYS + '"We are not going anywhere at all," the EU envoy said.\n', "Li Wen",
                 id="the EU envoy after China's envoy spoke"),
    pytest.param(ENVOYS + '"We are not going anywhere at all," the EU envoy said.\n', "Ken Doran",
                 id="the EU envoy is not the U.S. envoy"),
    pytest.param(SPOKESPERSONS, "Mao Qing", id="a spokesperson named aside in the sentence"),
])
def test_a_role_is_not_someone_of_another_actor(text: str, not_speaker: str) -> None:
    assert extract_quotes(text)[-1].speaker != not_speaker


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param(ENVOYS + '"We support the formula," the U.S. envoy said.\n', "Ken Doran", id="the U.S. envoy"),
    pytest.param(SPOKESPERSONS, "Arun Bose", id="the spokesperson named before"),
])
def test_a_role_of_the_same_actor_is_found(text: str, speaker: str) -> None:
    assert extract_quotes(text)[-1].speaker == speaker
