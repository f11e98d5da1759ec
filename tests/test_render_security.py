"""Issue 10, items 7–10, 12 and 13: untrusted text cannot change the layout, templates cannot
reach the machine, the HTML edition makes no request, PDF links stay on the web, and no input
within the size limits makes validation or rendering take long.

Each test builds a small workspace in tmp_path (or a copy of the seed), applies one hostile
change and checks the outcome the way a reader's software sees it: the PDF's text and link
annotations with pypdf, the HTML with an HTML parser.
"""

from __future__ import annotations

import shutil
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest

from briefings.building.run import Workspace, build
from briefings.errors import ValidationFailed
from briefings.validation.provenance import SourceText
from briefings.validation.run import validate_paths

from conftest import CASES

# --------------------------------------------------------------------------- 12: provenance


def test_quote_with_many_elisions_is_checked_quickly(seed_copy: Path) -> None:
    """Seven elided pieces of a common word used to backtrack for minutes (×10 per piece)."""
    text = seed_copy.read_text(encoding="utf-8")
    quote = "a valued ally and an important regional security partner"
    hostile = "the … the … the … the … the … the … the … the … qqq"
    seed_copy.write_text(text.replace(f"text: {quote}\n", f"text: {hostile}\n"), encoding="utf-8")
    started = time.perf_counter()
    with pytest.raises(ValidationFailed) as failure:
        validate_paths([seed_copy])
    assert time.perf_counter() - started < 5
    assert any("quote not found in source 'seed-article'" in str(i) for i in failure.value.issues)


def test_elided_pieces_are_matched_in_order_within_their_spans() -> None:
    """The matcher is complete: a later occurrence of a piece is tried when the first one
    leaves the next piece out of reach, and order and spans are kept."""
    near, far = "x " * 100, "y " * 150  # 200 and 300 characters; an elision skips up to 400
    source = SourceText(f"alpha beta {near} beta {far} gamma delta")
    assert source.find("alpha … beta … gamma") is not None  # only the second 'beta' reaches 'gamma'
    assert source.find("alpha … gamma") is None  # too far for one elision
    assert source.find("gamma … beta") is None  # out of order
    assert source.find("Alpha beta") is not None  # a capital changed by the analyst
    assert source.find("[A]lpha beta") is not None


# --------------------------------------------------------------------------- 8: templates


SECRET = "TOP-SECRET-a41c"


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    """A workspace with the minimal briefing, a templates/ folder and a secret outside it."""
    shutil.copytree(CASES / "valid", tmp_path / "ws" / "briefings")
    (tmp_path / "ws" / "templates").mkdir()
    (tmp_path / "secret.txt").write_text(SECRET)
    return tmp_path / "ws"


def _build(ws: Path, formats: tuple[str, ...] = ("md",)):
    return build([ws / "briefings" / "minimal.yaml"], Workspace.at(ws), formats=list(formats))


def _outputs(ws: Path) -> str:
    folder = ws / "output"
    files = [p for p in folder.rglob("*") if p.is_file()] if folder.exists() else []
    return "".join(p.read_bytes().decode("utf-8", "replace") for p in files)


@pytest.mark.parametrize("name", ["briefing.md.j2", "page.html.j2"])
def test_template_cannot_run_commands(name: str, ws: Path) -> None:
    marker = ws.parent / "ran"
    (ws / "templates" / name).write_text(
        "{{ cycler.__init__.__globals__.os.popen('touch %s').read() }}\n" % marker)
    report = _build(ws, ("md", "html"))
    reason = report.failed[str(ws / "briefings" / "minimal.yaml")]
    assert "refused by the template sandbox" in reason and name in reason, reason
    assert not marker.exists()


@pytest.mark.parametrize("link", ["evil.j2", "sub/etc/hostname"])
def test_template_include_cannot_follow_a_symlink_out(link: str, ws: Path) -> None:
    templates = ws / "templates"
    (templates / "evil.j2").symlink_to(ws.parent / "secret.txt")
    (templates / "sub").symlink_to("/")
    (templates / "briefing.md.j2").write_text('{%% include "%s" %%}\n# {{ briefing.title }}\n' % link)
    report = _build(ws)
    reason = report.failed[str(ws / "briefings" / "minimal.yaml")]
    assert f"refusing the template '{link}'" in reason, reason
    assert SECRET not in reason and SECRET not in _outputs(ws)


def test_template_include_inside_the_folder_still_works(ws: Path) -> None:
    (ws / "templates" / "part.j2").write_text("Our house note.\n")
    (ws / "templates" / "briefing.md.j2").write_text('{% include "part.j2" %}# {{ briefing.title }}\n')
    report = _build(ws)
    assert report.ok, report.failed
    assert (ws / "output" / "minimal.md").read_text() == "Our house note.\n# A minimal briefing\n"
