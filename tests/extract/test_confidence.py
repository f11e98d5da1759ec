"""The calibrated speaker confidence: a probability from the shipped model, a speaker withheld
below its threshold with a reason, and features that tell sure cases from unsure ones.

Sentences are invented for these tests."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from importlib.resources import files

import pytest
from conftest import ROOT

from briefings.extract import confidence, extract_quotes


def _only(text: str):
    (quote,) = extract_quotes(text)
    return quote


def test_the_model_is_data_with_a_threshold_between_zero_and_one() -> None:
    data = json.loads(files("briefings.extract").joinpath("confidence_model.json").read_text(encoding="utf-8"))
    assert 0 < data["threshold"] < 1 and data["weights"]
    assert confidence.THRESHOLD == data["threshold"]


def test_a_named_speaker_beside_the_quote_is_sure() -> None:
    quote = _only('"The harbour will reopen in May," Mayor Lena Voss said on Tuesday.')
    assert quote.speaker == "Lena Voss" and quote.confidence >= 0.9


def test_a_role_resolved_to_the_holder_of_that_title_is_surer_than_one_that_is_not() -> None:
    matching = extract_quotes("Fisheries Minister Tomas Brel opened the port on Monday. Later the minister "
                              'said the quotas were "fair to every fleet in the bay."')[-1]
    other = extract_quotes("Tomas Brel opened the port on Monday. Later the minister "
                           'said the quotas were "fair to every fleet in the bay."')[-1]
    assert matching.confidence > other.confidence


def test_a_statement_whose_issuer_is_only_inferred_is_withheld_with_a_reason() -> None:
    quotes = extract_quotes('Ana Rell chairs the port board. "We are ready," she said on Monday.\n\n'
                            'The statement added that the port "will stay open all winter."')
    last = quotes[-1]
    assert last.speaker is None and last.reason and last.confidence < confidence.THRESHOLD


def _features(text: str) -> list[dict[str, float]]:
    """The confidence features of every quote of ``text`` that was weighed."""
    seen: list[dict[str, float]] = []
    confidence.OBSERVERS.append(lambda quote, found: seen.append(found))
    try:
        extract_quotes(text)
    finally:
        confidence.OBSERVERS.clear()
    return seen


def training_help(script: str) -> str | None:
    """``tools/<script> --help``; None without scikit-learn, once the script has said how to get
    it (a failed test when it does not answer as it should)."""
    done = subprocess.run([sys.executable, str(ROOT / "tools" / script), "--help"], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    if importlib.util.find_spec("sklearn") is None:
        assert done.returncode == 1 and "pip install -e '.[train]'" in done.stderr
        return None
    assert done.returncode == 0
    return done.stdout


def test_features_name_the_route_and_the_kind_of_mention() -> None:
    seen = _features('"We will wait," said Ana Rell, the port director.')
    assert seen and seen[0]["route=cue"] == 1.0 and seen[0]["kind=person"] == 1.0


def test_every_weight_of_the_model_is_a_fact_the_features_compute() -> None:
    """A weight left behind by a removed fact would be read as evidence nobody computes."""
    seen = _features('"We will wait," said Ana Rell, the port director.')
    named = {k for k in seen[0] if "=" not in k} | {"ranker disputes", "ranker margin"}
    routes = {f"route={route}" for route in confidence.ROUTES}
    weights = set(confidence.model()["weights"])  # type: ignore[arg-type]
    assert {w for w in weights if "=" not in w} <= named
    assert {w for w in weights if w.startswith("route=")} <= routes


def test_the_training_script_can_leave_a_feature_out() -> None:
    offered = training_help("train_confidence.py")
    if offered is None:
        pytest.skip("scikit-learn is not installed: the script's options cannot be listed")
    assert "--without" in offered and "--write" in offered
