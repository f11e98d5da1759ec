"""Fixtures of the extraction tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.extract import holders

Table = dict[str, list[tuple[str, str]]]


@pytest.fixture
def holders_list(monkeypatch: pytest.MonkeyPatch) -> Callable[[Table], None]:
    """Replace the office-holder list with an invented one (``holders_list(table)``), so that a
    test of the list's reading does not rest on the shipped data."""
    def use(table: Table) -> None:
        monkeypatch.setattr(holders, "office_holders", lambda: table)
    return use
