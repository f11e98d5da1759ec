"""What an analyst does by hand in the end-to-end tests: write each REVIEW placeholder left in a
briefing (an edition holding one is built as a draft and not delivered)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from briefings.drafting.infer import dump
from briefings.review.decide import read_tree


def write_placeholders(path: Path, sentence: str = "Written by the analyst after reading the article.") -> int:
    """Replace every text value starting with REVIEW by ``sentence``; how many were replaced."""
    tree = read_tree(path)
    count = 0

    def fill(node: Any) -> None:
        nonlocal count
        pairs = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else []
        for key, value in list(pairs):
            if isinstance(value, str) and value.startswith("REVIEW"):
                node[key] = sentence
                count += 1
            else:
                fill(value)

    fill(tree)
    path.write_bytes(dump(tree))
    return count
