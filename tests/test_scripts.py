"""The measuring scripts beside the package (``bench/``, ``tools/``) still start.

They are run by hand, so a module they import can move without any test noticing (a merge moved
``fold`` out of ``briefings.drafting.known`` and ``bench/draft_edits.py`` stopped at its import).
Each must at least answer ``--help``.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest
from conftest import ROOT

SCRIPTS = sorted([*ROOT.glob("bench/*.py"), *ROOT.glob("tools/*.py")])
#: scripts that need the optional ``[train]`` extra (``pip install -e '.[train]'``)
NEEDS_TRAIN_EXTRA = {"train_confidence.py", "train_ranker.py"}


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_script_answers_help(script):
    done = subprocess.run([sys.executable, str(script), "--help"], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    if script.name in NEEDS_TRAIN_EXTRA and importlib.util.find_spec("sklearn") is None:
        # without the extra it says what to install, in one line, instead of a traceback
        assert done.returncode == 1 and "pip install -e '.[train]'" in done.stderr, done.stderr[-2000:]
        assert "Traceback" not in done.stderr
        return
    assert done.returncode == 0, done.stderr[-2000:]
    assert "usage" in done.stdout.lower()
