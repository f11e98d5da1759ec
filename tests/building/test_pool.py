"""The process layer: interruption, termination, no process left behind, and failures that
name their cause once (a missing Pango, missing fonts, a bug of ours)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS

from briefings.building.pool import Budgets, RenderPool
from briefings.cli.app import EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_TERMINATED, main

SEED_ID = "us-turkey-caatsa-sanctions"


@pytest.fixture
def many_briefings(tmp_path: Path) -> Path:
    """A workspace with six copies of the seed: long enough to interrupt mid-render."""
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    text = (seeds / f"{SEED_ID}.yaml").read_text()
    for number in range(5):
        (seeds / f"copy-{number}.yaml").write_text(text.replace(f"id: {SEED_ID}", f"id: copy-{number}", 1))
    return tmp_path


def _start_build(workspace: Path, *extra: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "briefings", "build", "--force", *extra], cwd=workspace,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)


def _group(pgid: int) -> list[str]:
    """The live (not zombie) processes of a process group."""
    listing = subprocess.run(["ps", "-o", "pid=,stat=,args=", "-g", str(pgid)],
                             capture_output=True, text=True).stdout
    return [line for line in listing.splitlines() if not line.split()[1].startswith("Z")]


def _wait_for_workers(process: subprocess.Popen[str], count: int = 3, limit: float = 60) -> None:
    """Until the build has its fork server and workers running (rendering has begun)."""
    deadline = time.monotonic() + limit
    while len(_group(process.pid)) < count + 1:
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the build never started its workers"
        time.sleep(0.05)
    time.sleep(0.5)


def _assert_group_gone(pgid: int) -> None:
    """Called as the command has returned: every process it started has ended by then."""
    assert _group(pgid) == [], "left running"


@pytest.mark.parametrize(("sig", "code", "word"), [
    # after its clean-up, the command ends by SIGINT, as Python does (a shell shows 130)
    (signal.SIGINT, -signal.SIGINT, "interrupted"),
    (signal.SIGTERM, EXIT_TERMINATED, "terminated"),
])
def test_a_stopped_build_exits_at_once_and_leaves_no_process(
        many_briefings: Path, sig: signal.Signals, code: int, word: str) -> None:
    process = _start_build(many_briefings)
    _wait_for_workers(process)
    if sig is signal.SIGINT:
        os.killpg(process.pid, sig)  # as a terminal's Ctrl-C does: the whole group
    else:
        process.send_signal(sig)  # as a service manager does: the main process
    sent = time.monotonic()
    _, err = process.communicate(timeout=30)
    # the timing is the behaviour here, but not its speed (bench/ measures that; the target is 1 s):
    # left alone, these six briefings take about 20 s to build on a loaded 2-core machine, so a stop
    # that let the build run on would overrun this bound
    took = time.monotonic() - sent
    assert took < 8, f"took {took:.1f} s to stop (exit {process.returncode}):\n{err}"
    assert process.returncode == code, err
    assert err.count(word) == 1 and "Traceback" not in err
    _assert_group_gone(process.pid)


def test_a_finished_build_leaves_no_process(tmp_path: Path) -> None:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    process = _start_build(tmp_path, "--format", "pdf")
    _, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    _assert_group_gone(process.pid)


def test_a_rebuild_with_nothing_to_do_leaves_no_process(tmp_path: Path) -> None:
    """``build`` starts the workers' server before it knows whether anything needs a PDF;
    when nothing does, the server is stopped unused."""
    shutil.copytree(SEEDS, tmp_path / "seeds")
    first = _start_build(tmp_path, "--format", "pdf")
    assert first.wait(timeout=120) == 0
    again = subprocess.Popen(
        [sys.executable, "-m", "briefings", "build", "--format", "pdf"], cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True, start_new_session=True)
    _, err = again.communicate(timeout=120)
    assert again.returncode == 0 and "nothing to build" in err, err
    _assert_group_gone(again.pid)


SITE_WITHOUT_PANGO = '''
import importlib.abc, sys
class NoPango(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name == "weasyprint":
            raise OSError("cannot load library 'libpango-1.0-0': libpango-1.0-0: cannot open "
                          "shared object file: No such file or directory")
        return None
sys.meta_path.insert(0, NoPango())
'''


def test_a_missing_pango_is_named_once_with_what_to_install(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(SITE_WITHOUT_PANGO)
    shutil.copytree(SEEDS, tmp_path / "seeds")
    process = subprocess.run(
        [sys.executable, "-m", "briefings", "build", "--format", "md,pdf"], cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": f"{site}{os.pathsep}{ROOT}"},
        capture_output=True, text=True, timeout=120)
    assert process.returncode == 1, process.stderr
    assert process.stderr.count("needs the Pango text library") == 1, process.stderr
    assert "apt-get install libpango-1.0-0" in process.stderr
    assert "Traceback" not in process.stderr and "internal error" not in process.stderr
    assert not (tmp_path / "output" / f"{SEED_ID}.pdf").exists()


# --------------------------------------------------------------------------- the pool itself


def _crash_printing_a_font_error(_: object) -> None:
    print("Fontconfig error: Cannot load default config file: No such file: (null)",
          file=sys.stderr, flush=True)
    os.kill(os.getpid(), signal.SIGSEGV)


def _crash_silently(_: object) -> None:
    os.kill(os.getpid(), signal.SIGSEGV)


def _a_bug(_: object) -> None:
    raise KeyError("a bug of ours")


def test_a_worker_killed_by_missing_fonts_names_the_fonts() -> None:
    with RenderPool(Budgets(1, time_budget=60)) as pool:
        outcome = pool.submit(_crash_printing_a_font_error, None, "brief.yaml (brief)").result()
    assert outcome.value is None and outcome.failure is not None
    message = outcome.failure.message
    assert message.startswith("brief.yaml (brief): the render process was killed by SIGSEGV")
    assert "no usable fonts" in message and "fonts-dejavu-core" in message
    assert not outcome.failure.internal


def test_a_worker_that_dies_without_a_word_is_our_bug() -> None:
    with RenderPool(Budgets(1, time_budget=60)) as pool:
        outcome = pool.submit(_crash_silently, None, "b").result()
    assert outcome.failure is not None and outcome.failure.internal
    assert "killed by SIGSEGV" in outcome.failure.message


def test_a_dead_workers_message_quotes_nothing_written_before_its_task() -> None:
    """The workers' log outlives a task (a worker that served an earlier task may have left its
    words there); a task's failure quotes only what was written after the task was sent."""
    with RenderPool(Budgets(1, time_budget=60)) as pool:
        with open(pool.log_path, "a") as log:
            log.write("FileNotFoundError: the last words of an earlier worker\n")
        outcome = pool.submit(_crash_silently, None, "b").result()
    assert outcome.failure is not None and outcome.failure.internal
    assert "earlier worker" not in outcome.failure.message


def _leave_temporary_files(crash: bool) -> str:
    import tempfile

    folder = tempfile.mkdtemp(prefix="weasyprint-")  # as WeasyPrint does for its fonts
    Path(folder, "font").write_bytes(b"x" * 1000)
    if crash:
        os.kill(os.getpid(), signal.SIGKILL)
    return folder


@pytest.mark.parametrize("crash", [False, True])
def test_a_tasks_temporary_files_are_removed_however_it_ends(tmp_path: Path, monkeypatch,
                                                             crash: bool) -> None:
    """A worker ends by os._exit, so no finaliser removes what a library left: every PDF
    used to leave 1.9 MB of fonts in the temporary folder."""
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with RenderPool(Budgets(1, time_budget=60)) as pool:
        outcome = pool.submit(_leave_temporary_files, crash, "b").result()
        left = [path.name for path in Path(pool._task_files).iterdir()]
        # the task's files removed as it ends; the pool's log and fonts folder kept
        assert sorted(left) == ["fonts", "workers.log"]
    assert (outcome.failure is not None) == crash
    if not crash:
        assert outcome.value is not None and outcome.value.startswith(str(tmp_path))
    # (multiprocessing's own pymp-* folder, if the server started here, goes at exit)
    assert [path.name for path in tmp_path.iterdir() if not path.name.startswith("pymp-")] == []


def test_an_exception_in_a_worker_keeps_its_traceback() -> None:
    with RenderPool(Budgets(1, time_budget=60)) as pool:
        outcome = pool.submit(_a_bug, None, "b").result()
    assert outcome.failure is not None and outcome.failure.internal
    assert "KeyError" in outcome.failure.message
    assert "_a_bug" in outcome.failure.traceback and "raise KeyError" in outcome.failure.traceback


def test_a_bug_while_rendering_exits_3_with_the_traceback(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from briefings.building import jobs

    shutil.copytree(SEEDS, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    # the bug: the text stage is given something it cannot render (the workers import the
    # real module, so the fault is put into the job's data, not into the code)
    real_job = jobs.Job

    def broken_job(*args: object, **kwargs: object) -> jobs.Job:
        job = real_job(*args, **kwargs)
        object.__setattr__(job, "changes", 5)  # not a sequence: render_markdown raises TypeError
        return job

    monkeypatch.setattr("briefings.building.run.Job", broken_job)
    code = main(["build", "--format", "md"])
    err = capsys.readouterr().err
    assert code == EXIT_INTERNAL, err
    assert "internal error" in err and "Traceback" in err


def _own_templates(workspace: Path) -> None:
    """A template of the workspace's own (a stylesheet addition): its briefs' text is then
    rendered in the workers, inside the budgets."""
    (workspace / "templates").mkdir(exist_ok=True)
    (workspace / "templates" / "briefing.css").write_text(
        '{% include "default:briefing.css" %}\nh1 { letter-spacing: 0.01em; }\n')


def test_workers_do_not_load_the_cli_when_they_rerun_the_main_script(many_briefings: Path) -> None:
    """A worker runs the main script again before its task; the ``briefings`` script pip
    writes imports only the small entry module, so a worker does not start the CLI again."""
    _own_templates(many_briefings)
    marks = many_briefings / "marks.txt"
    script = many_briefings / "briefings_script.py"  # as pip writes the console script
    script.write_text(
        "import os, pathlib, sys\n"
        "from briefings.cli.entry import run\n"
        "with pathlib.Path(os.environ['MARKS']).open('a') as marks:  # each run leaves a mark\n"
        "    marks.write(str('briefings.cli.app' in sys.modules) + '\\n')\n"
        "if __name__ == '__main__':\n"
        "    sys.exit(run())\n")
    done = subprocess.run(
        [sys.executable, str(script), "build", "--format", "md", "--workers", "1"],
        cwd=many_briefings, env={**os.environ, "PYTHONPATH": str(ROOT), "MARKS": str(marks)},
        capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "6 built" in done.stderr
    # the command itself, then its one worker, which served all six briefings; neither loaded
    # the CLI
    assert marks.read_text().split() == ["False"] * 2


def test_a_script_without_an_entry_point_guard_fails_at_once_saying_why(tmp_path: Path) -> None:
    """Without ``if __name__ == "__main__":`` each worker runs the script again as it starts;
    its build used to wait for ever on the lock the parent holds."""
    shutil.copytree(SEEDS, tmp_path / "seeds")
    _own_templates(tmp_path)  # so that the text is rendered in workers
    script = tmp_path / "unguarded.py"
    script.write_text("import briefings\n"
                      "report = briefings.build(['seeds'], output='out', formats=['md'])\n"
                      "print(report.failed)\n")
    done = subprocess.run([sys.executable, str(script)], cwd=tmp_path, capture_output=True,
                          text=True, timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr  # the script's own build reports the failure
    assert 'needs `if __name__ == "__main__":`' in done.stdout, done.stdout + done.stderr
    assert not (tmp_path / "out" / f"{SEED_ID}.md").exists()


def _entry_ending(code: int) -> str:
    """A script that runs the command's entry point with a CLI that returns ``code``."""
    return ("import sys\n"
            "import briefings.cli.app as app\n"
            f"app.main = lambda argv=None: {code}\n"
            "sys.argv = ['briefings', 'validate']\n"
            "from briefings.cli.entry import run\n"
            "run()\n")


@pytest.mark.parametrize("code", [0, 1, EXIT_TERMINATED])
def test_the_command_exits_with_the_code_its_cli_returns(code: int) -> None:
    done = subprocess.run([sys.executable, "-c", _entry_ending(code)], capture_output=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60)
    assert done.returncode == code


def test_an_interrupted_command_ends_by_sigint_which_a_shell_reports_as_130(tmp_path: Path) -> None:
    """Ctrl-C: the CLI cleans up and returns 130; the process then ends by SIGINT, as Python
    ends a program it interrupts, so a shell running it in a loop stops too."""
    script = tmp_path / "interrupted.py"
    script.write_text(_entry_ending(EXIT_INTERRUPTED))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, str(script)], capture_output=True, env=env, timeout=60)
    assert done.returncode == -signal.SIGINT
    shell = subprocess.run(["bash", "-c", f'"{sys.executable}" "{script}"; echo "status $?"'],
                           capture_output=True, text=True, env=env, timeout=60)
    assert shell.stdout.split() == ["status", "130"]
