"""How the ``briefings`` command's process ends (briefings.cli.entry): with the command's exit
code, every exit handler run, every temporary file removed and all its output delivered."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS
from pypdf import PdfReader

SEED_ID = "us-turkey-caatsa-sanctions"
ARTICLE = next(SEEDS.glob("*.txt"))
COMMAND = [sys.executable, "-m", "briefings"]
#: the same command after something else registered an exit handler (coverage does): it runs
WITH_AN_EARLIER_HANDLER = [sys.executable, "-c", (
    "import atexit, os, sys\n"
    "atexit.register(lambda: open(os.environ['HANDLER_MARK'], 'w').write('ran'))\n"
    "sys.argv = ['briefings', *sys.argv[1:]]\n"
    "from briefings.cli.entry import run\n"
    "run()\n")]


def _run(command: list[str], *args: str, cwd: Path, env: dict[str, str] | None = None
         ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*command, *args], cwd=cwd, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})})


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    return tmp_path


def test_a_pdf_build_leaves_no_temporary_file_and_a_whole_pdf(workspace: Path) -> None:
    temporary = workspace / "tmp"
    temporary.mkdir()
    done = _run(COMMAND, "build", f"seeds/{SEED_ID}.yaml", "--format", "pdf", cwd=workspace,
                env={"TMPDIR": str(temporary)})
    assert done.returncode == 0, done.stderr
    assert "1 built" in done.stderr
    assert list(temporary.iterdir()) == []
    reader = PdfReader(workspace / "output" / f"{SEED_ID}.pdf")
    assert len(reader.pages) >= 3 and "S-400" in reader.pages[0].extract_text()


def test_output_through_a_pipe_arrives_whole_with_or_without_an_earlier_handler(
        workspace: Path, tmp_path: Path) -> None:
    """More output than a pipe's buffer, so some is still in Python's buffer at the end."""
    article = workspace / "long.txt"
    article.write_text("\n\n".join([ARTICLE.read_text(encoding="utf-8")] * 40), encoding="utf-8")
    quick = _run(COMMAND, "quotes", str(article), cwd=workspace)
    usual = _run(WITH_AN_EARLIER_HANDLER, "quotes", str(article), cwd=workspace,
                 env={"HANDLER_MARK": str(tmp_path / "mark")})
    assert quick.returncode == usual.returncode == 0, quick.stderr + usual.stderr
    assert len(quick.stdout) > 65536
    assert quick.stdout == usual.stdout
    assert all(json.loads(line)["quote"] for line in quick.stdout.splitlines())


def test_an_exit_handler_registered_before_the_command_still_runs(workspace: Path,
                                                                  tmp_path: Path) -> None:
    mark = tmp_path / "mark"
    done = _run(WITH_AN_EARLIER_HANDLER, "validate", f"seeds/{SEED_ID}.yaml", cwd=workspace,
                env={"HANDLER_MARK": str(mark)})
    assert done.returncode == 0, done.stderr
    assert mark.read_text() == "ran"


def test_an_exception_raised_after_the_command_keeps_its_exit_status(workspace: Path) -> None:
    """A script that runs the command, catches its SystemExit and then fails ends with the
    failure's status (1), not the command's (0)."""
    script = ("import sys\n"
              "sys.argv = ['briefings', 'validate', 'seeds/us-turkey-caatsa-sanctions.yaml']\n"
              "from briefings.cli.entry import run\n"
              "try:\n"
              "    run()\n"
              "except SystemExit:\n"
              "    pass\n"
              "raise RuntimeError('the script failed after the command')\n")
    done = _run([sys.executable, "-c", script], cwd=workspace)
    assert done.returncode == 1, done.stderr
    assert "RuntimeError: the script failed after the command" in done.stderr


@pytest.mark.parametrize(("args", "code", "said"), [
    (["validate", f"seeds/{SEED_ID}.yaml"], 0, "1 briefing(s) valid"),
    (["validate", "seeds/missing.yaml"], 1, "missing.yaml"),
    (["build", "--format", "nonsense"], 2, "Invalid value for --format"),
])
def test_the_process_exits_with_the_commands_code_and_message(workspace: Path, args: list[str],
                                                              code: int, said: str) -> None:
    done = _run(COMMAND, *args, cwd=workspace)
    assert done.returncode == code, done.stderr
    assert said in done.stdout + done.stderr


#: the command, telling on stderr each render pool it starts, and sending itself ``SIGNAL`` (if
#: set) as the CLI starts loading: after the workers a build starts early
COUNTING_POOLS = [sys.executable, "-c", (
    "import importlib.abc, os, signal, sys\n"
    "import briefings.building.pool as pool\n"
    "started = pool.RenderPool.__init__\n"
    "def told(self, *args, **kwargs):\n"
    "    print('a pool started', file=sys.stderr)\n"
    "    started(self, *args, **kwargs)\n"
    "pool.RenderPool.__init__ = told\n"
    "class Signal(importlib.abc.MetaPathFinder):\n"
    "    def find_spec(self, name, path, target=None):\n"
    "        if name == 'briefings.cli.app' and os.environ.get('SIGNAL'):\n"
    "            os.kill(os.getpid(), int(os.environ['SIGNAL']))\n"
    "        return None\n"
    "sys.meta_path.insert(0, Signal())\n"
    "sys.argv = ['briefings', *sys.argv[1:]]\n"
    "from briefings.cli.entry import run\n"
    "run()\n")]


@dataclass(frozen=True)
class _Ended:
    returncode: int
    stderr: str
    left: list[str]  # processes of the command's session still running as it returned


def _run_counting(*args: str, cwd: Path, env: dict[str, str] | None = None) -> _Ended:
    process = subprocess.Popen([*COUNTING_POOLS, *args], cwd=cwd, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, start_new_session=True,
                               env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})})
    _, err = process.communicate(timeout=120)
    listing = subprocess.run(["ps", "-o", "stat=", "-s", str(process.pid)], capture_output=True,
                             text=True).stdout.split()
    return _Ended(process.returncode, err, [stat for stat in listing if not stat.startswith("Z")])


def test_a_build_that_will_lay_out_a_pdf_starts_one_pool_as_it_begins_and_uses_it(
        workspace: Path) -> None:
    """The pool started before the CLI loads (briefings.cli.early) is the build's: one pool,
    the PDF built; a rebuild with nothing to do starts none."""
    done = _run_counting("build", f"seeds/{SEED_ID}.yaml", "--format", "pdf", cwd=workspace)
    assert done.returncode == 0, done.stderr
    assert done.stderr.count("a pool started") == 1 and "1 built" in done.stderr
    assert done.left == []
    again = _run_counting("build", f"seeds/{SEED_ID}.yaml", "--format", "pdf", cwd=workspace)
    assert again.returncode == 0, again.stderr
    assert "a pool started" not in again.stderr and "nothing to build" in again.stderr


def test_an_invalid_briefing_whose_build_started_workers_early_fails_cleanly(workspace: Path) -> None:
    seed = workspace / "seeds" / f"{SEED_ID}.yaml"
    seed.write_text(seed.read_text(encoding="utf-8").replace("as_of: 2020-12-16", "as_of: soon", 1),
                    encoding="utf-8")
    done = _run_counting("build", str(seed), "--force", cwd=workspace)
    assert done.returncode == 1, done.stderr
    assert done.stderr.count("a pool started") == 1 and "as_of" in done.stderr
    assert "Traceback" not in done.stderr and "nothing was written" in done.stderr
    assert not (workspace / "output" / f"{SEED_ID}.pdf").exists()
    assert done.left == []


@pytest.mark.parametrize(("sig", "code", "word"), [
    (signal.SIGINT, -signal.SIGINT, "interrupted"),  # a shell shows 130
    (signal.SIGTERM, 143, "terminated"),
])
def test_a_signal_while_the_command_starts_after_its_workers_stops_them(
        workspace: Path, sig: signal.Signals, code: int, word: str) -> None:
    done = _run_counting("build", f"seeds/{SEED_ID}.yaml", "--force", cwd=workspace,
                         env={"SIGNAL": str(int(sig))})
    assert done.returncode == code, done.stderr
    assert done.stderr.count("a pool started") == 1
    assert done.stderr.count(word) == 1 and "Traceback" not in done.stderr
    assert not (workspace / "output").exists()
    assert done.left == []
