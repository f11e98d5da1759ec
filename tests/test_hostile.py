"""Hostile input and faults: a table of attacks and accidents, each with the outcome it must get.

Every row builds its own small workspace from tests/cases/valid/ (a minimal briefing, its
article and a secret file outside the workspace), applies one hostile change, runs the tool
and checks the outcome: the error text naming file and field, the refused URL, the old output
left as it was, and never the secret's bytes in any output.
"""

from __future__ import annotations

import errno
import inspect
import os
import re
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import CASES

from briefings.building.run import Workspace, build
from briefings.cli.app import EXIT_USER_ERROR, main
from briefings.errors import BriefingError, OutputProblem, ValidationFailed
from briefings.validation.run import validate_paths

SECRET = b"TOP-SECRET-5f1e0c"


@dataclass
class Bed:
    """A workspace for one hostile case."""

    root: Path

    @property
    def briefing(self) -> Path:
        return self.root / "ws" / "briefings" / "minimal.yaml"

    @property
    def workspace(self) -> Path:
        return self.root / "ws"

    @property
    def secret(self) -> Path:
        return self.root / "secret.txt"

    def edit(self, old: str, new: str) -> None:
        text = self.briefing.read_text(encoding="utf-8")
        assert old in text, old
        self.briefing.write_text(text.replace(old, new, 1), encoding="utf-8")

    def quote(self, words: str) -> None:
        """Make ``words`` the party's quote (and put it in the article, so it is verbatim)."""
        (self.briefing.parent / "article.txt").write_text(f'Person A said: "{words}"\n', encoding="utf-8")
        escaped = words.replace("'", "''")
        self.edit("text: We will never accept this measure", f"text: '{escaped}'")

    def prose(self, markdown: str) -> None:
        escaped = markdown.replace("'", "''")
        self.edit("background: Some background.", f"background: '{escaped}'")

    def template(self, name: str, text: str) -> None:
        folder = self.workspace / "templates"
        folder.mkdir(exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")

    def build(self, formats=("md", "pdf"), **options):
        return build([self.briefing], Workspace.at(self.workspace), formats=list(formats), **options)

    def outputs(self) -> list[Path]:
        folder = self.workspace / "output"
        return [p for p in folder.rglob("*") if p.is_file()] if folder.exists() else []


@pytest.fixture
def bed(tmp_path: Path) -> Bed:
    shutil.copytree(CASES / "valid", tmp_path / "ws" / "briefings")
    (tmp_path / "ws" / "assets").mkdir()
    (tmp_path / "secret.txt").write_bytes(SECRET)
    return Bed(tmp_path)


# --------------------------------------------------------------------------- expectations


def refused_validation(*fragments: str) -> Callable[[Bed], None]:
    """Validation fails (quickly) with every fragment in one message; nothing is written."""

    def check(bed: Bed) -> None:
        with pytest.raises(ValidationFailed) as failure:
            bed.build()
        messages = [str(issue) for issue in failure.value.issues]
        assert any(str(bed.briefing) in m and all(f in m for f in fragments) for m in messages), messages
        assert not [p for p in bed.outputs() if p.suffix in (".md", ".pdf")]

    return check


def refused_render(*fragments: str) -> Callable[[Bed], None]:
    """The build reports this briefing as failed with the fragments; no output for it."""

    def check(bed: Bed) -> None:
        report = bed.build()
        reason = report.failed.get(str(bed.briefing), "")
        assert all(f in reason for f in fragments), reason
        assert not (bed.workspace / "output" / "minimal.pdf").exists()

    return check


def rendered_inert(*visible: str) -> Callable[[Bed], None]:
    """The build succeeds; the given text shows literally; no active content in the HTML."""

    def check(bed: Bed) -> None:
        report = bed.build(formats=("md", "html"))
        assert report.ok, report.failed
        html = (bed.workspace / "output" / "minimal.html").read_text()
        body = html.split("<body>", 1)[1]
        # our own figures are data: images; only what came from the briefing is checked
        body = re.sub(r'<figure class="visual".*?</figure>', "", body, flags=re.S)
        for fragment in visible:
            assert fragment in body, fragment
        lowered = body.lower()
        for tag in ("<script", "<iframe", "<object", "<form", "<embed", "<link", "<style", "<svg"):
            assert tag not in lowered, tag
        assert " onerror=" not in lowered and " onclick=" not in lowered
        assert 'href="javascript:' not in lowered and 'src="data:' not in lowered

    return check


def edition_follows_policy(*kept: str) -> Callable[[Bed], None]:
    """The build succeeds; the PDF links only to ``kept`` (the web and e-mail addresses the
    template wrote) and the HTML edition starts with its policy and keeps no other link."""

    def check(bed: Bed) -> None:
        from pypdf import PdfReader

        from briefings.render.edition import CSP

        report = bed.build(formats=("pdf", "html"))
        assert report.ok, report.failed
        uris = sorted(str(action["/URI"]) for page in PdfReader(bed.workspace / "output" / "minimal.pdf").pages
                      for annotation in page.get("/Annots") or []
                      if (action := annotation.get_object().get("/A")) is not None and "/URI" in action)
        assert uris == sorted(kept), uris
        html = (bed.workspace / "output" / "minimal.html").read_text()
        assert html.index(CSP) < html.index("<body>")
        hrefs = re.findall(r'href="([^"#][^"]*)"', html.split("<body>", 1)[1])
        assert sorted(set(hrefs)) == sorted(kept), hrefs
        assert "http-equiv=\"refresh\"" not in html.lower()

    return check


def loads_as_text(field: str, value: str) -> Callable[[Bed], None]:
    def check(bed: Bed) -> None:
        (loaded,), _ = validate_paths([bed.briefing])
        assert getattr(loaded.briefing.parties[0], field) == value

    return check


# --------------------------------------------------------------------------- the table


def _deep_flow(bed: Bed) -> None:
    bed.edit("key_points: [Party A opposes the measure.]", "key_points: " + "[" * 5000 + "]" * 5000)


def _alias_bomb(bed: Bed) -> None:
    lines = ['lol: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, 9):
        previous = chr(ord("a") + level - 1)
        lines.append(f"l{level}: &{chr(ord('a') + level)} [" + ", ".join([f"*{previous}"] * 9) + "]")
    bed.briefing.write_text("\n".join(lines) + "\n" + bed.briefing.read_text())


def _oversized(bed: Bed) -> None:
    bed.prose("x" * 300_000)


def _many_errors(bed: Bed) -> None:
    bed.briefing.write_text(bed.briefing.read_text() + "".join(f"extra{i}: 1\n" for i in range(3000)))


def _svg_asset(bed: Bed) -> None:
    (bed.workspace / "assets" / "chart.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        f'width="10" height="10"><image xlink:href="file://{bed.secret}" width="10" height="10"/></svg>')
    bed.template("page.html.j2", '{% extends "default:page.html.j2" %}{% block body %}'
                  '<img src="assets/chart.svg">{{ super() }}{% endblock %}')


def _symlinked_source(bed: Bed) -> None:
    link = bed.briefing.parent / "linked.txt"
    link.symlink_to(bed.secret)
    bed.edit("text: article.txt", "text: linked.txt")


def _fifo_briefing(bed: Bed) -> None:
    bed.briefing.unlink()
    os.mkfifo(bed.briefing)


def _briefing_linked_out(bed: Bed, monkeypatch: pytest.MonkeyPatch) -> None:
    """A valid briefing outside the workspace, linked in: following the link would build it."""
    outside = bed.root / "elsewhere"
    shutil.copytree(bed.briefing.parent, outside)
    bed.briefing.unlink()
    bed.briefing.symlink_to(outside / "minimal.yaml")
    monkeypatch.chdir(bed.workspace)


def _disk_full(bed: Bed, monkeypatch: pytest.MonkeyPatch) -> None:
    bed.build()
    before = (bed.workspace / "output" / "minimal.pdf").read_bytes()
    bed.edit("Some outlook.", "A new outlook.")

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(OutputProblem, match="cannot write: no space left on the device"):
        bed.build()
    assert (bed.workspace / "output" / "minimal.pdf").read_bytes() == before
    assert not [p for p in bed.outputs() if p.name.startswith(".briefings-tmp-")]
    assert not [p for p in bed.outputs() if p.stat().st_size == 0 and p.suffix in (".md", ".pdf")]


def _read_only(bed: Bed, monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    def read_only(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    with pytest.raises(OutputProblem, match="output.*permission denied \\(read-only or not writable\\)"):
        bed.build()


def _new_with(bad_id: str) -> Callable[[Bed], None]:
    def run(bed: Bed) -> None:
        assert main(["new", bad_id, "--dir", str(bed.workspace / "new")]) == EXIT_USER_ERROR
        assert not (bed.workspace / "new").exists()

    return run


def _source_add_with(bad_id: str) -> Callable[[Bed], None]:
    def run(bed: Bed) -> None:
        before = bed.briefing.read_text()
        with pytest.raises(BriefingError, match="not a valid source id"):
            from briefings.drafting.sources import add_source

            add_source(bed.briefing.parent / "article.txt", bed.briefing, source_id=bad_id)
        assert bed.briefing.read_text() == before

    return run


def _endless_template(bed: Bed) -> None:
    # (20,000 '[' in prose used to be the slow input here; it now renders at once:
    # tests/render/test_templates_security.py)
    bed.template("page.html.j2", "{% for i in range(100000) %}{% for j in range(100000) %}"
                                 "{% endfor %}{% endfor %}")
    report = bed.build(formats=("md", "html"), time_budget=3)  # test_hostile's timeout bounds the run
    assert "took longer than the time budget of 3 s and was stopped" in report.failed[str(bed.briefing)]
    assert "minimal.yaml (minimal)" in report.failed[str(bed.briefing)]


def _nested_quotes(bed: Bed) -> None:
    bed.prose("> " * 5000 + "deep")
    report = bed.build(formats=("md", "html"))
    if report.ok:  # rendered: the text is there, inert
        assert "deep" in (bed.workspace / "output" / "minimal.html").read_text()
    else:  # or refused cleanly, naming the briefing and why
        assert "minimal.yaml (minimal): the document is nested too deeply to render" \
            in report.failed[str(bed.briefing)], report.failed


def _memory_hog(bed: Bed) -> None:
    """A template that doubles a string 30 times (1 GiB): the budget stops it, and nothing else
    does (the same build without the hog fits in the budget)."""
    assert bed.build(formats=("md",), memory_budget=300).ok
    bed.template("briefing.md.j2", '{% set ns = namespace(s="x") %}{% for _ in range(30) %}'
                                   "{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s | length }}")
    report = bed.build(formats=("md",), memory_budget=300, time_budget=60)
    assert report.failed.get(str(bed.briefing)) == \
        f"{bed.briefing} (minimal): rendering ran out of memory (budget 300 MiB)", report.failed


HOSTILE: list[tuple[str, Callable[..., None], Callable[[Bed], None] | None]] = [
    # YAML limits
    ("alias bomb", _alias_bomb, refused_validation("1:6", "anchors and aliases")),
    ("plain anchor", lambda b: b.edit("title: A minimal briefing", "title: &t A minimal briefing"),
     refused_validation("anchors and aliases")),
    ("python object tag", lambda b: b.edit("title: A minimal briefing", "title: !!python/object/apply:os.system [ls]"),
     refused_validation("custom YAML tags are not allowed")),
    ("local tag", lambda b: b.edit("title: A minimal briefing", "title: !secret A minimal briefing"),
     refused_validation("custom YAML tags are not allowed (!secret)")),
    ("file over the size limit", _oversized, refused_validation("1:1", "the limit is 262,144")),
    ("deep nesting", _deep_flow, refused_validation("nesting deeper than 40 levels")),
    ("duplicate key inside a party", lambda b: b.edit("    short_name: A\n", "    short_name: A\n    short_name: B\n"),
     refused_validation(":25:", "duplicate key 'short_name'")),
    ("3,000 unknown keys: the report is capped", _many_errors, refused_validation("more errors not shown")),
    ("YAML 1.1 NO stays text", lambda b: b.edit("short_name: A", "short_name: NO"), loads_as_text("short_name", "NO")),
    ("YAML 1.1 sexagesimal stays text", lambda b: b.edit("short_name: A", "short_name: 12:30:00"),
     loads_as_text("short_name", "12:30:00")),
    ("version-like number where text is expected", lambda b: b.edit("short_name: A", "short_name: 1.10"),
     refused_validation("parties[0].short_name", "valid string (got 1.1)")),
    ("leading-zero number where text is expected", lambda b: b.edit("short_name: A", "short_name: 012345"),
     refused_validation("parties[0].short_name", "valid string (got 12345)")),
    ("boolean where text is expected", lambda b: b.edit("short_name: A", "short_name: true"),
     refused_validation("parties[0].short_name", "valid string")),
    ("control character", lambda b: b.edit("name: Party A", 'name: "Party\\x1b[31mA"'),
     refused_validation("parties[0].name", "control character U+001B")),
    ("lone surrogate", lambda b: b.edit("name: Party A", 'name: "Party \\ud800A"'),
     refused_validation("parties[0].name", "unicode")),
    # a marking reads as written
    ("zero-width space in the marking", lambda b: b.edit("marking:", 'marking: "TOP\\u200bSECRET" #'),
     refused_validation("marking", "invisible character U+200B")),
    ("TAG characters in the marking", lambda b: b.edit("marking:", 'marking: "SECRET\\U000E0041\\U000E0042" #'),
     refused_validation("marking", "invisible character U+E0041")),
    ("a Cyrillic letter in a Latin word of the marking", lambda b: b.edit("marking:", 'marking: "\u0422OP SECRET" #'),
     refused_validation("marking", "mixes scripts (CYRILLIC, LATIN)")),
    # text is data
    ("template syntax in a quote", lambda b: b.quote("{{ 7 * 7 }} and {% include 'x' %} stay"),
     rendered_inert("{{ 7 * 7 }} and {% include ‘x’ %} stay")),  # quotes typeset, nothing run
    ("script in a quote", lambda b: b.quote("<script>alert(1)</script> is what they wrote"),
     rendered_inert("&lt;script&gt;alert(1)&lt;/script&gt; is what they wrote")),
    ("markdown in a quote", lambda b: b.quote("**not bold** [not a link](https://x.org) # no heading"),
     rendered_inert("**not bold** [not a link](https://x.org) # no heading")),
    ("script in prose", lambda b: b.prose("Before <script>alert(1)</script> after"), rendered_inert("Before", "after")),
    ("javascript link in prose", lambda b: b.prose("[click](javascript:alert(1)) here"), rendered_inert("click")),
    ("data link in prose", lambda b: b.prose("[x](data:text/html;base64,PHNjcmlwdD4=) stays inert"),
     rendered_inert("stays inert")),
    ("iframe, object, form, style in prose",
     lambda b: b.prose('<iframe src="https://x.org"></iframe><object data="x"></object><form><input></form>'
                       "<style>body{display:none}</style>text stays"), rendered_inert("text stays")),
    ("event handler in prose", lambda b: b.prose('<a href="https://x.org" onclick="alert(1)">ok</a> fine'),
     rendered_inert("ok", "fine")),
    ("remote image in prose", lambda b: b.prose('<img src="https://x.org/a.png"> ok'),
     refused_render("https://x.org/a.png", "URLs are never fetched")),
    # confined resources
    ("image with .. in prose", lambda b: b.prose("![x](../../secret.txt)"),
     refused_render("secret.txt", "outside the allowed asset folders")),
    ("absolute file path in prose", lambda b: b.prose(f"![x]({'/etc/passwd'})"),
     refused_render("/etc/passwd", "outside the allowed asset folders")),
    ("font-face from a file URL", lambda b: b.template("briefing.css",
     '{% include "default:briefing.css" %}\n@font-face { font-family: X; src: url(file:///etc/passwd); }\n'
     "body { font-family: X; }"), refused_render("file:///etc/passwd")),
    ("SVG asset pointing outside", _svg_asset, refused_render("secret.txt", "outside the allowed asset folders")),
    ("oversized data URI", lambda b: b.template("page.html.j2", '{% extends "default:page.html.j2" %}'
     '{% block body %}<img src="data:image/png;base64,' + "A" * 3_000_000 + '">{{ super() }}{% endblock %}'),
     refused_render("data: URI too large")),
    # links and requests a template writes (point 5 of issue 20; Chromium: tests/render/test_edition.py)
    ("file, share and script links from a template", lambda b: b.template("page.html.j2",
     '{% extends "default:page.html.j2" %}{% block body %}<a href="file:///etc/passwd">f</a>'
     '<a href="smb://host/share">s</a><a href="javascript:alert(1)">j</a>'
     '<a href="https://example.org/kept">k</a>{{ super() }}{% endblock %}'),
     edition_follows_policy("https://example.org/kept")),
    ("meta refresh from a template", lambda b: b.template("page.html.j2",
     '{% extends "default:page.html.j2" %}{% block body %}<meta http-equiv="refresh" content="0; '
     'https://example.org/away"><a href="mailto:desk@example.org">m</a>'
     "{{ super() }}{% endblock %}"), edition_follows_policy("mailto:desk@example.org")),
    # paths and ids
    ("briefing id with ..", lambda b: b.edit("id: minimal", "id: ../escape"), refused_validation("id: not a valid id")),
    ("briefing id a device name", lambda b: b.edit("id: minimal", "id: con"), refused_validation("reserved device name")),
    ("source text with ..", lambda b: b.edit("text: article.txt", "text: ../../secret.txt"),
     refused_validation("sources[0].text", "leaves the briefing's folder")),
    ("absolute source text", lambda b: b.edit("text: article.txt", "text: /etc/passwd"),
     refused_validation("sources[0].text", "is absolute")),
    ("briefing file that is a FIFO", _fifo_briefing,
     refused_validation("is a FIFO (named pipe), not a regular file; it is not read")),
    ("briefing file linked out of the workspace", _briefing_linked_out,
     refused_validation("leads out of the workspace", "through a symbolic link")),
    ("source text symlinked outside", _symlinked_source, refused_validation("sources[0].text", "outside the briefing's folder")),
    ("new with a path for an id", _new_with("../../evil"), None),
    ("new with a NUL", _new_with("a\x00b"), None),
    ("source add with a device name", _source_add_with("nul"), None),
    # resource limits
    ("template that never ends, over the time budget", _endless_template, None),
    ("thousands of nested block quotes", _nested_quotes, None),
    ("a template that allocates a gigabyte", _memory_hog, None),
    ("a template asking for a huge range", lambda b: b.template("briefing.md.j2", "{{ range(10**8)|list }}"),
     refused_render("briefing.md.j2:1", "OverflowError: Range too big")),
    # faults
    ("disk full while writing", _disk_full, None),
    ("read-only output folder", _read_only, None),
]


# a guard against a hang, not a speed test (bench/ has those): the endless template and the
# alias bomb would run for hours unbounded
@pytest.mark.timeout(120)
@pytest.mark.parametrize(("scenario", "attack", "expect"), HOSTILE, ids=[row[0] for row in HOSTILE])
def test_hostile(scenario: str, attack: Callable[..., None], expect: Callable[[Bed], None] | None,
                 bed: Bed, monkeypatch: pytest.MonkeyPatch) -> None:
    if attack.__code__.co_argcount == 2:
        attack(bed, monkeypatch)
    else:
        attack(bed)
    if expect is not None:
        expect(bed)
    for output in bed.outputs():
        assert SECRET not in output.read_bytes(), output


def test_the_table_is_large_enough_and_every_check_in_it_can_fail(bed: Bed) -> None:
    """Each row's expectation must fail on a workspace nobody attacked (else it guards
    nothing), and each row without one must check its outcome itself."""
    assert len(HOSTILE) >= 30
    assert len({scenario for scenario, _, _ in HOSTILE}) == len(HOSTILE)
    vacuous = []
    for scenario, attack, expect in HOSTILE:
        if expect is None:
            source = inspect.getsource(attack)
            if "assert" not in source and "pytest.raises" not in source:
                vacuous.append(scenario)
            continue
        try:
            expect(bed)
        except (AssertionError, pytest.fail.Exception):
            continue
        vacuous.append(scenario)
    assert vacuous == [], f"these rows pass without their attack: {vacuous}"


def test_builds_killed_at_random_moments_never_leave_a_truncated_output(bed: Bed) -> None:
    """Kill `briefings build --force` (and its render processes) at random moments, 8 times:
    the outputs are always exactly the previous, complete files."""
    import random
    import signal
    import subprocess
    import sys

    from conftest import ROOT

    assert bed.build().ok
    output = bed.workspace / "output"
    reference = {name: (output / name).read_bytes() for name in ("minimal.md", "minimal.pdf")}
    chance = random.Random(20201216)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for _ in range(8):
        process = subprocess.Popen(
            [sys.executable, "-m", "briefings", "build", str(bed.briefing), "--workspace",
             str(bed.workspace), "--force"],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        time.sleep(chance.uniform(0.05, 1.6))
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        process.wait(timeout=30)
        for name, content in reference.items():
            assert (output / name).read_bytes() == content, name
    report = bed.build(force=True)
    assert report.ok
    assert not [p for p in output.rglob("*") if p.name.startswith(".briefings-tmp-")]
