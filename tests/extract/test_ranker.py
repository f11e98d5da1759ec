"""The speaker ranker: candidates and their named features, the shipped weights, the ranker's
preference for the subject of a reporting verb, and its opinion shown in the evidence (chosen
over the rules' mention, or a rival that has a disputed speaker withheld).

Sentences are invented for these tests."""

from __future__ import annotations

import json
import math
from importlib.resources import files

import pytest

from briefings.extract import confidence, extract_quotes, ranker
from briefings.extract.article import Article
from briefings.extract.attribution import Attributor
from briefings.extract.mention import Mention
from briefings.extract.spans import Quote, find_quote_spans

from .test_confidence import training_help
from .test_resolve import CASES

PLAIN = '"The quotas are fair to every fleet," Ana Rell said after she met Tomas Brel in Valdon.'


def _candidates(text: str) -> list[tuple[Mention, dict[str, float]]]:
    """The ranker's candidates and features for the last quote of ``text``."""
    seen: list[list[tuple[Mention, dict[str, float]]]] = []
    ranker.OBSERVERS.append(lambda quote, scored: seen.append(scored))
    try:
        extract_quotes(text)
    finally:
        ranker.OBSERVERS.clear()
    return seen[-1]


@pytest.fixture
def weights(monkeypatch):
    """Replace the ranker's weights for one test: ``weights({"object-like": 5.0})``."""
    def use(found: dict[str, float]) -> None:
        monkeypatch.setattr(ranker, "model", lambda: {"weights": found})
    return use


def test_every_candidate_has_the_named_facts() -> None:
    scored = _candidates(PLAIN)
    surfaces = {m.surface for m, _ in scored}
    assert {"Ana Rell", "Tomas Brel", "Valdon"} <= surfaces
    for _, found in scored:
        assert {"log distance", "after quote", "rules' choice", "subject of a cue", "titled",
                "sentence before", "sentence after", "latest speaker"} <= set(found)
        assert sum(v for k, v in found.items() if k.startswith("kind=")) == 1.0
    chosen = [m.surface for m, found in scored if found["rules' choice"]]
    assert chosen == ["Ana Rell"]


def test_the_shipped_model_is_small_data_over_the_facts_the_ranker_computes() -> None:
    data = json.loads(files("briefings.extract").joinpath("ranker_model.json").read_text(encoding="utf-8"))
    assert data["weights"] and all(math.isfinite(v) for v in data["weights"].values())
    computed = {k for _, found in _candidates(PLAIN) for k in found}
    assert {k for k in data["weights"] if not k.startswith("kind=")} <= computed
    assert ranker.model() == data


def test_without_the_rules_choice_the_ranker_still_prefers_the_subject_of_the_reporting_verb() -> None:
    scored = _candidates(PLAIN)
    own = [(ranker.score({**found, "rules' choice": 0.0}), m.surface) for m, found in scored]
    assert max(own)[1] == "Ana Rell"


def test_a_speaker_the_ranker_chooses_over_the_rules_says_so(monkeypatch, weights) -> None:
    monkeypatch.setattr(ranker, "MODE", "choose")
    weights({"after preposition": 5.0})  # a perverse ranker: the mention after "to" wins
    (quote,) = extract_quotes('"The port stays open," Ana Rell said on a visit to Tomas Brel.')
    assert quote.speaker == "Tomas Brel"
    assert "chosen by the ranker over the rules' 'Ana Rell'" in quote.evidence


def test_with_the_ranker_off_the_rules_choose(monkeypatch, weights) -> None:
    monkeypatch.setattr(ranker, "MODE", "off")
    weights({"after preposition": 5.0})
    (quote,) = extract_quotes('"The port stays open," Ana Rell said on a visit to Tomas Brel.')
    assert quote.speaker == "Ana Rell" and "ranker" not in quote.evidence


def test_a_disputed_speaker_is_withheld_with_the_rival_named(monkeypatch, weights) -> None:
    monkeypatch.setattr(ranker, "MODE", "dispute")
    weights({"after preposition": 5.0})  # the ranker prefers the person Ana Rell visited
    doubting = {**confidence.model(), "weights": {**confidence.model()["weights"], "ranker disputes": -20.0}}
    monkeypatch.setattr(confidence, "model", lambda: doubting)
    (quote,) = extract_quotes('"The quotas are fair," Ana Rell said on a visit to Tomas Brel.')
    assert quote.speaker is None
    assert "unsure: 'Ana Rell'" in quote.reason and "the ranker prefers 'Tomas Brel'" in quote.reason
    assert "the ranker prefers 'Tomas Brel'" in quote.evidence


def test_an_undisputed_speaker_keeps_its_name_in_dispute_mode(monkeypatch) -> None:
    monkeypatch.setattr(ranker, "MODE", "dispute")
    (quote,) = extract_quotes(PLAIN)
    assert quote.speaker == "Ana Rell" and "ranker" not in quote.evidence


def test_naming_a_rival_quietly_leaves_the_resolver_as_it_was() -> None:
    text = 'Ana Rell chairs the board. She met Tomas Brel. "We agreed on the quotas," he said.'
    spans = find_quote_spans(text)
    attributor = Attributor(Article(text, spans))
    pronoun = next(m for m in attributor.article.mentions if m.surface == "She")
    assert ranker.quiet_name(attributor, pronoun, spans[0][0]) == "Ana Rell"
    assert attributor.resolver.resolved_pronouns == {}


def test_candidates_always_hold_the_rules_choice() -> None:
    text = "Ana Rell spoke first. " + "Then came a long list of items on the agenda. " * 3 + \
        '"We will wait for the vote," the fleet owners said in Valdon, Brel and Orsk.'
    spans = find_quote_spans(text)
    attributor = Attributor(Article(text, spans))
    far = attributor.article.mentions[0]
    quote = Quote(text[spans[0][0]:spans[0][1]], *spans[0])
    assert far in ranker.candidates(attributor, quote, far)


def test_the_training_script_answers_help() -> None:
    """With scikit-learn it lists its options; without, it says how to get it (checked inside)."""
    offered = training_help("train_ranker.py")
    assert offered is None or "--write" in offered


@pytest.mark.parametrize(("scenario", "text"), [c[:2] for c in CASES], ids=[c[0] for c in CASES])
def test_where_the_ranker_changes_a_speaker_the_evidence_says_so(scenario, text, monkeypatch) -> None:
    chosen = extract_quotes(text)
    monkeypatch.setattr(ranker, "MODE", "off")
    for by_ranker, by_rules in zip(chosen, extract_quotes(text), strict=True):
        if (by_ranker.speaker_start, by_ranker.speaker) != (by_rules.speaker_start, by_rules.speaker):
            assert f"chosen by the ranker over the rules' {by_rules.speaker_surface!r}" in by_ranker.evidence


def test_the_members_of_a_joint_speaker_are_not_its_rivals() -> None:
    text = ('"We have agreed to open the port in May," Ana Rell and Tomas Brel said in a joint statement. '
            '"The fleets will share the quotas."')
    spans = find_quote_spans(text)
    attributor = Attributor(Article(text, spans))
    start = text.index("Ana Rell")
    joint = Mention(start, start + len("Ana Rell and Tomas Brel"), "Ana Rell and Tomas Brel", "joint")
    quote = Quote(text[spans[1][0]:spans[1][1]], *spans[1])
    assert {m.surface for m in ranker.candidates(attributor, quote, joint)} & {"Ana Rell", "Tomas Brel"} == set()
