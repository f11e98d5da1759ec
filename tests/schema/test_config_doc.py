"""docs/configuration.md against the configuration's models: its example loads as a real
``briefings.toml``, and it names every key the models have (in the example and in the tables),
so a key added to ``briefings/schema/config.py`` without a word in the documentation fails."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic import BaseModel

from briefings.load.toml import load_config
from briefings.schema.config import Email, Feed, Input, Schedule, Settings, Webhook
from tests.conftest import ROOT

DOC = ROOT / "docs" / "configuration.md"
MODELS: list[type[BaseModel]] = [Settings, Schedule, Input, Feed, Email, Webhook]


def example() -> str:
    blocks = re.findall(r"```toml\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    assert len(blocks) == 1
    return blocks[0]


def test_the_example_loads(tmp_path: Path) -> None:
    config = tmp_path / "briefings.toml"
    config.write_text(example(), encoding="utf-8")
    loaded = load_config(config, root=tmp_path)
    (source,) = loaded.settings.inputs
    assert [feed.allow_http for feed in source.feeds] == [False, True]
    assert source.email is not None and source.email.port == 587
    assert source.webhook is not None and source.webhook.allow_http is False


@pytest.mark.parametrize("model", MODELS, ids=[model.__name__ for model in MODELS])
def test_every_key_is_documented(model: type[BaseModel]) -> None:
    text, doc = example(), DOC.read_text(encoding="utf-8")
    for name in model.model_fields:
        written = re.search(rf"^(# )?{name} = ", text, re.M) or re.search(rf"^\[+inputs\.{name}\]+$", text, re.M) \
            or name in ("schedules", "inputs")
        assert written, f"{model.__name__}.{name} is not in the example of {DOC.name}"
        assert f"| `{name}` |" in doc, f"{model.__name__}.{name} has no row in {DOC.name}"
