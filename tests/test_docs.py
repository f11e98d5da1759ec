"""The documentation site builds with every link landing, and the README's links lead somewhere.

`mkdocs build --strict` fails on a page missing from the navigation, a link to a page or heading
that is gone, or a file the navigation names that does not exist: the reference cannot drift
from the files it points to without this test failing.
"""

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_the_site_builds_strictly(tmp_path: Path) -> None:
    site = tmp_path / "site"
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert (site / "index.html").is_file()
    assert (site / "commands" / "index.html").is_file()


def _relative_links(markdown: str) -> list[str]:
    targets = re.findall(r"\]\(([^)\s]+)\)", markdown)
    return [t.split("#")[0] for t in targets if not re.match(r"[a-z]+:|#", t)]


@pytest.mark.parametrize("name", ["README.md", "SECURITY.md"])
def test_top_level_links_point_at_files(name: str) -> None:
    text = (ROOT / name).read_text(encoding="utf-8")
    missing = [t for t in _relative_links(text) if not (ROOT / t).exists()]
    assert missing == []


def test_the_readme_stays_short() -> None:
    """The README keeps the two commands, a tour and links; the reference is in the site."""
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    assert len(lines) <= 120
    assert any("python3 -m venv .venv" in line and "briefings build" in line for line in lines)
