"""The GitHub Actions export runs the whole loop (ingest → build → deliver) on runners that start
empty. The workflow is read back with ruamel and its steps are run here as a runner runs them:
a fresh clone of a local "origin" repository for every run, the cache's paths restored before
and saved after (matched as globs, as ``actions/cache`` matches them), the ``update`` command
line as ``shlex.split`` reads the step, with ``${{ secrets.NAME }}`` filled in, and the commit
step in a real ``bash`` against real ``git``. A feed and a webhook receiver on 127.0.0.1 stand in
for the world. Also: hostile names in the configuration are refused or quoted, never run."""

from __future__ import annotations

import glob
import hashlib
import hmac
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from briefings.cli.app import main
from briefings.load.toml import load_config
from briefings.review.decide import read_tree
from briefings.review.items import proposed
from briefings.schedule.export import export_github_actions
from briefings.schedule.github_state import BOT_NAME, CACHE_PREFIX, glob_literal
from briefings.schema.config import Config, Input, Schedule, Settings
from tests.analyst import write_placeholders
from tests.conftest import CASES, SEEDS
from tests.feedserver import FeedServer
from tests.mailservers import WebhookReceiver

BRIEFING = "seeds/us-turkey-caatsa-sanctions.yaml"
DUE = "steps.guard.outputs.run == 'true'"
SECRETS = {"BRIEFINGS_HOOK_SECRET": "hook-secret-for-the-test", "BRIEFINGS_SMTP_PASSWORD": "never-written"}
GIT_ENV = {"GIT_CONFIG_NOSYSTEM": "1", "GIT_AUTHOR_DATE": "2026-01-01T00:00:00Z",
           "GIT_COMMITTER_DATE": "2026-01-01T00:00:00Z"}

pytestmark = pytest.mark.skipif(shutil.which("git") is None or shutil.which("bash") is None,
                                reason="git and bash run the commit step")


def load_workflow(config: Config) -> dict[str, Any]:
    return YAML(typ="safe", pure=True).load(export_github_actions(config))


def evaluate(text: str, secrets: dict[str, str] | None = None) -> str:
    """GitHub's ``${{ }}`` for what the export writes: a secret by name, the ``${{`` escape."""
    def value(match: re.Match[str]) -> str:
        expression = match.group(1).strip()
        if expression == "'${{'":
            return "${{"
        name = re.fullmatch(r"secrets\.([A-Za-z_][A-Za-z0-9_]*)", expression)
        assert name is not None, f"unexpected expression in a step: {expression!r}"
        return (secrets or {}).get(name.group(1), "")  # GitHub writes "" for a missing secret

    return re.sub(r"\$\{\{(.*?)\}\}", value, text, flags=re.S)


def step(job: dict[str, Any], name: str) -> dict[str, Any]:
    return next(s for s in job["steps"] if s.get("name", "").startswith(name))


def write_config(root: Path, feed: str, hook: str, extra: str = "") -> None:
    (root / "briefings.toml").write_text(
        'formats = ["md"]\n'
        '[[schedules]]\nname = "morning"\ncron = "30 6 * * *"\ntimezone = "Europe/Berlin"\n'
        f'[[inputs]]\nbriefing = "{BRIEFING}"\nkeywords = ["sanctions"]\n'
        f'[[inputs.feeds]]\nurl = "{feed}"\nallow_http = true\n'
        f'[inputs.webhook]\nurl = "{hook}"\nallow_http = true\nsecret_env = "BRIEFINGS_HOOK_SECRET"\n{extra}',
        encoding="utf-8")


# --- the steps, read back ------------------------------------------------------------------


def test_the_job_runs_update_with_state_commit_and_secrets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    write_config(tmp_path, "https://news.example.org/feed.xml", "https://hooks.example.org/x",
                 '[inputs.email]\nhost = "smtp.example.org"\nsender = "a@example.org"\n'
                 'recipients = ["b@example.org"]\nusername = "a"\npassword_env = "BRIEFINGS_SMTP_PASSWORD"\n')
    for name, value in SECRETS.items():
        monkeypatch.setenv(name, value)
    text = export_github_actions(load_config(tmp_path / "briefings.toml"))
    assert all(value not in text for value in SECRETS.values())  # names only, never a value
    workflow = YAML(typ="safe", pure=True).load(text)
    assert workflow["permissions"] == {"contents": "read"}
    assert workflow["concurrency"] == {"group": "briefings", "cancel-in-progress": False}
    job = workflow["jobs"]["build-morning"]
    assert job["permissions"] == {"contents": "write"}  # this job only, for its commit step
    names = [s.get("name") or s.get("uses") or s["run"] for s in job["steps"]]
    assert names == ["Is the run due in Europe/Berlin?", "actions/checkout@v4", "actions/setup-python@v5",
                     names[3], "pip install .", "Restore the state of earlier runs", "Run update",
                     "Commit the material proposed for review", "actions/upload-artifact@v4",
                     "Save the state for the next run"]
    assert job["steps"][1]["with"] == {"ref": "${{ github.ref }}"}  # the branch now, with earlier pushes
    run = step(job, "Run update")
    assert shlex.split(run["run"]) == ["briefings", "update", "--config", "briefings.toml"]
    assert run["env"] == {"BRIEFINGS_HOOK_SECRET": "${{ secrets.BRIEFINGS_HOOK_SECRET }}", "BRIEFINGS_SMTP_PASSWORD": "${{ secrets.BRIEFINGS_SMTP_PASSWORD }}"}
    assert text.count("secrets.") == 2  # no other step sees a credential
    restore, save = step(job, "Restore the state"), step(job, "Save the state")
    assert restore["uses"] == "actions/cache/restore@v4" and save["uses"] == "actions/cache/save@v4"
    assert restore["with"]["path"].splitlines() == save["with"]["path"].splitlines() == [".briefings/", "output/"]
    key = "briefings-state-${{ github.run_id }}-${{ github.run_attempt }}-morning"
    assert restore["with"]["key"] == save["with"]["key"] == key
    assert restore["with"]["restore-keys"] == CACHE_PREFIX and key.startswith(CACHE_PREFIX)
    assert restore["if"] == DUE and run["if"] == DUE
    # saved and committed whatever the update did: what was sent or ingested is remembered
    assert save["if"] == step(job, "Commit")["if"] == f"always() && {DUE}"


def test_jobs_of_one_workspace_run_one_after_the_other(tmp_path: Path) -> None:
    schedules = [Schedule(name=n, cron="0 7 * * *") for n in ("a", "b", "c")]
    workflow = load_workflow(Config(Settings(schedules=schedules), tmp_path, None))
    jobs = workflow["jobs"]
    assert "needs" not in jobs["build-a"]
    assert (jobs["build-b"]["needs"], jobs["build-c"]["needs"]) == ("build-a", "build-b")
    assert jobs["build-b"]["if"] == "${{ !cancelled() }}"  # after a failed job too
    keys = {step(job, "Save the state")["with"]["key"] for job in jobs.values()}
    assert len(keys) == 3  # a key of its own per job: a second save under one key would fail
    # no [[inputs]]: a build, with its editions carried over, and nothing to commit
    assert shlex.split(step(jobs["build-a"], "Run build")["run"]) == ["briefings", "build"]
    assert "permissions" not in jobs["build-a"]
    assert not [s for s in jobs["build-a"]["steps"] if s.get("name", "").startswith("Commit")]


# --- hostile names -------------------------------------------------------------------------


@pytest.mark.parametrize(("line", "message"), [
    ('password_env = "X }} ${{ github.token"', "password_env"),
    ('password_env = "A-B"', "password_env"),
    ('password_env = "1ABC"', "password_env"),
    ('password = "hunter2"', "'password' is a credential"),
])
def test_credential_names_that_could_inject_are_refused_with_their_line(
        line: str, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_config(tmp_path, "https://n.example.org/f.xml", "https://h.example.org/x",
                 f'[inputs.email]\nhost = "s.example.org"\nsender = "a@example.org"\n'
                 f'recipients = ["b@example.org"]\n{line}\n')
    assert main(["schedule", "export", "--github-actions", "--config", str(tmp_path / "briefings.toml")]) == 1
    captured = capsys.readouterr()
    assert "briefings.toml:" in captured.err and message in captured.err
    assert "Traceback" not in captured.err and captured.out == ""


@pytest.mark.parametrize(("setting", "message"), [
    # refused when the configuration is loaded: credentials come only from BRIEFINGS_* variables
    ('secret_env = "GITHUB_TOKEN"', "only from environment variables named BRIEFINGS_*"),
    ('secret_env = "PATH"', "only from environment variables named BRIEFINGS_*"),
    ('secret_env = "LD_PRELOAD"', "only from environment variables named BRIEFINGS_*"),
    ('secret_env = "bash_env"', "only from environment variables named BRIEFINGS_*"),
    ('secret_file = "hook"', "a GitHub runner has no such file"),
])
def test_credentials_a_workflow_cannot_carry_are_refused(setting: str, message: str, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "briefings.toml").write_text(
        '[[schedules]]\nname = "a"\ncron = "0 7 * * *"\n'
        f'[[inputs]]\nbriefing = "{BRIEFING}"\n'
        f'[inputs.webhook]\nurl = "https://h.example.org/x"\n{setting}\n', encoding="utf-8")
    assert main(["schedule", "export", "--github-actions", "--config", str(tmp_path / "briefings.toml")]) == 1
    captured = capsys.readouterr()
    assert message in captured.err and "inputs" in captured.err
    assert BRIEFING in captured.err or "briefings.toml:8:1: inputs[0].webhook" in captured.err  # the input, or its line
    assert "Traceback" not in captured.err and captured.out == ""


@pytest.mark.parametrize("name", ["out[1]", "*", "#comment", "!negated", "~", " lead", "back\\slash", "q?",
                                  "out %h $(touch pwned) `id` '\"${{ github.token }}"])
def test_cache_paths_match_only_the_folder_named(name: str, tmp_path: Path) -> None:
    """Each pattern matches its folder and no decoy, under the glob rules ``@actions/glob``
    shares with Python's glob (``[x]`` is the character x)."""
    for folder in (name, "out1", "outx", "a", "lead", "negated", "comment", "backxslash", "qq", "home"):
        (tmp_path / folder).mkdir(exist_ok=True)
    pattern = glob_literal(name, folder=True)
    if pattern.startswith("./"):
        assert name[:1] in "#!~ "  # a comment, a negation, the home folder, a trimmed blank
    found = glob.glob(pattern, root_dir=tmp_path)
    assert [os.path.normpath(f) for f in found] == [os.path.normpath(name)]
    assert not list(tmp_path.rglob("pwned"))


def test_control_characters_in_a_briefing_path_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="control character U[+]000A"):  # now refused by the model itself
        Input(briefing="seeds/x.yaml\nrun: touch pwned")


# --- the commit step, in bash and git ------------------------------------------------------


def git(cwd: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **GIT_ENV, "HOME": str(cwd.parent)}
    return subprocess.run(["git", "-c", "user.name=analyst", "-c", "user.email=analyst@example.org", *args],
                          cwd=cwd, env=env, capture_output=True, text=True, check=check)


def origin_with(tmp_path: Path, files: dict[str, str]) -> Path:
    """A bare "origin" repository on branch main holding ``files``."""
    origin, seed = tmp_path / "origin.git", tmp_path / "seeding"
    seed.mkdir()
    for name, text in files.items():
        (seed / name).parent.mkdir(parents=True, exist_ok=True)
        (seed / name).write_text(text, encoding="utf-8")
    git(tmp_path, "init", "--quiet", "--bare", "-b", "main", str(origin))
    git(seed, "init", "--quiet", "-b", "main")
    git(seed, "add", "--all")
    git(seed, "commit", "--quiet", "-m", "workspace")
    git(seed, "push", "--quiet", str(origin), "main")
    return origin


def fresh_clone(origin: Path, where: Path) -> Path:
    shutil.rmtree(where, ignore_errors=True)
    git(origin.parent, "clone", "--quiet", "-b", "main", str(origin), str(where))
    return where


def run_commit_step(job: dict[str, Any], checkout: Path, run_id: int) -> subprocess.CompletedProcess[str]:
    """As GitHub runs a ``run:`` step: ``bash --noprofile --norc -eo pipefail`` with its env."""
    script = evaluate(step(job, "Commit")["run"])
    env = {**os.environ, **GIT_ENV, "HOME": str(checkout.parent), "GITHUB_REF_NAME": "main",
           "GITHUB_RUN_ID": str(run_id), "GITHUB_RUN_ATTEMPT": "1"}
    return subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script],
                          cwd=checkout, env=env, capture_output=True, text=True)


HOSTILE_BRIEFING = "desk $(touch pwned) 'q' `id`/brief *[1].yaml"


def hostile_job(tmp_path: Path) -> dict[str, Any]:
    config = Config(Settings(schedules=[Schedule(name="a", cron="0 7 * * *")],
                             inputs=[Input(briefing=HOSTILE_BRIEFING)]), tmp_path, None)
    return load_workflow(config)["jobs"]["build-a"]


def test_the_commit_step_commits_exactly_the_briefing_and_its_sources(tmp_path: Path) -> None:
    folder = HOSTILE_BRIEFING.rsplit("/", 1)[0]
    origin = origin_with(tmp_path, {HOSTILE_BRIEFING: "title: one\n", f"{folder}/brief x1.yaml": "decoy\n",
                                    ".gitignore": "output/\n"})
    job = hostile_job(tmp_path)
    checkout = fresh_clone(origin, tmp_path / "runner")
    result = run_commit_step(job, checkout, 1)
    assert result.returncode == 0, result.stderr
    assert "No new material to commit." in result.stdout  # nothing changed: no commit
    assert git(origin, "rev-list", "--count", "main").stdout.strip() == "1"
    # what an ingest changes, and what it leaves alone
    (checkout / HOSTILE_BRIEFING).write_text("title: one\nproposed: yes\n", encoding="utf-8")
    (checkout / folder / "sources").mkdir()
    (checkout / folder / "sources" / "new-article.txt").write_text("text\n", encoding="utf-8")
    (checkout / folder / "brief x1.yaml").write_text("changed by someone else\n", encoding="utf-8")
    (checkout / ".briefings").mkdir()
    (checkout / ".briefings" / "state.json").write_text("{}", encoding="utf-8")
    result = run_commit_step(job, checkout, 2)
    assert result.returncode == 0, result.stderr
    log = git(origin, "log", "-1", "--format=%an <%ae>|%s", "--name-only", "main").stdout.split("\n")
    assert log[0] == f"{BOT_NAME} <41898282+github-actions[bot]@users.noreply.github.com>|" \
                     "briefings: new material proposed for review"
    assert sorted(line for line in log[1:] if line) == sorted(
        [HOSTILE_BRIEFING, f"{folder}/sources/new-article.txt"])
    assert not list(tmp_path.rglob("pwned"))


def test_a_push_that_loses_a_race_is_rebased_or_kept_on_a_branch(tmp_path: Path) -> None:
    origin = origin_with(tmp_path, {HOSTILE_BRIEFING: "title: one\nbluf: old\n", "README": "x\n"})
    job = hostile_job(tmp_path)
    checkout = fresh_clone(origin, tmp_path / "runner")
    human = fresh_clone(origin, tmp_path / "human")
    (human / "README").write_text("edited meanwhile\n", encoding="utf-8")
    git(human, "commit", "--quiet", "-am", "an analyst's edit")
    git(human, "push", "--quiet", "origin", "main")
    (checkout / HOSTILE_BRIEFING).write_text("title: one\nbluf: old\nproposed: yes\n", encoding="utf-8")
    result = run_commit_step(job, checkout, 3)
    assert result.returncode == 0, result.stderr  # rebased on the analyst's edit, pushed
    subjects = git(origin, "log", "--format=%s", "main").stdout.splitlines()
    assert subjects == ["briefings: new material proposed for review", "an analyst's edit", "workspace"]

    # an edit of the same lines cannot be rebased: the material goes to a branch of its own
    git(human, "pull", "--quiet", "--rebase", "origin", "main")
    (human / HOSTILE_BRIEFING).write_text("title: two\nbluf: new\n", encoding="utf-8")
    git(human, "commit", "--quiet", "-am", "the analyst rewrites the bottom line")
    git(human, "push", "--quiet", "origin", "main")
    (checkout / HOSTILE_BRIEFING).write_text("title: one\nbluf: old\nproposed: again\n", encoding="utf-8")
    result = run_commit_step(job, checkout, 4)
    assert result.returncode == 1
    assert "::error::the new material could not be pushed to main; it is on the branch briefings/ingest-4-1" \
        in result.stdout
    kept = git(origin, "show", f"briefings/ingest-4-1:{HOSTILE_BRIEFING}").stdout
    assert kept == "title: one\nbluf: old\nproposed: again\n"
    assert git(origin, "show", f"main:{HOSTILE_BRIEFING}").stdout == "title: two\nbluf: new\n"


# --- end to end: three runs on fresh runners -----------------------------------------------


def run_job(job: dict[str, Any], origin: Path, runner: Path, cache: Path, run_id: int) -> dict[str, Any]:
    """One job on a fresh runner: clone, restore the cache, update, commit, save the cache."""
    checkout = fresh_clone(origin, runner)
    paths = step(job, "Restore the state")["with"]["path"].splitlines()
    assert paths == step(job, "Save the state")["with"]["path"].splitlines()
    for pattern in paths:
        for found in glob.glob(pattern, root_dir=cache):
            shutil.copytree(cache / found, checkout / found, dirs_exist_ok=True)
    run = step(job, "Run update")
    words = shlex.split(evaluate(run["run"]))
    assert words[:2] == ["briefings", "update"]
    env = {**os.environ, **{name: evaluate(value, SECRETS) for name, value in run["env"].items()}}
    update = subprocess.run([sys.executable, "-m", "briefings", *words[1:]], cwd=checkout, env=env,
                            capture_output=True, text=True, timeout=300)
    committed = run_commit_step(job, checkout, run_id)
    shutil.rmtree(cache, ignore_errors=True)  # the next run restores this run's save
    cache.mkdir()
    for pattern in paths:
        for found in glob.glob(pattern, root_dir=checkout):
            shutil.copytree(checkout / found, cache / found)
    return {"update": update, "commit": committed}


def signed_bodies(hook: WebhookReceiver) -> list[dict[str, Any]]:
    bodies = []
    for headers, body in hook.received:
        expected = "sha256=" + hmac.new(SECRETS["BRIEFINGS_HOOK_SECRET"].encode(), body, hashlib.sha256).hexdigest()
        assert headers["X-Briefings-Signature"] == expected  # signed with the secret the step mapped
        bodies.append(json.loads(body))
    return bodies


def test_three_scheduled_runs_on_fresh_runners(tmp_path: Path) -> None:
    with FeedServer() as feeds, WebhookReceiver() as hook:
        feed = (CASES / "feeds" / "feed.xml").read_text(encoding="utf-8")
        feeds.feed_items = "".join("  <item>" + item for item in feed.split("  <item>")[1:]
                                   if "/news/nato<" in item or "/news/ankara<" in item)
        shutil.copytree(SEEDS, tmp_path / "workspace" / "seeds")
        write_config(tmp_path / "workspace", f"{feeds.base}/feed.xml", hook.url)
        files = {str(p.relative_to(tmp_path / "workspace")): p.read_text(encoding="utf-8")
                 for p in (tmp_path / "workspace").rglob("*") if p.is_file()}
        origin = origin_with(tmp_path, {**files, ".gitignore": "output/\n.briefings/\n"})
        job = load_workflow(load_config(tmp_path / "workspace" / "briefings.toml"))["jobs"]["build-morning"]
        runner, cache = tmp_path / "runner" / "work", tmp_path / "cache"
        cache.mkdir()

        # run 1: two articles ingested and committed for review; the first edition delivered
        done = run_job(job, origin, runner, cache, 1)
        assert done["update"].returncode == 0, done["update"].stderr
        assert "update: 2 new article(s)" in done["update"].stderr
        assert done["commit"].returncode == 0, done["commit"].stderr
        changed = git(origin, "show", "--format=%an", "--name-only", "main").stdout.split()
        assert changed[0] == BOT_NAME and BRIEFING in changed
        assert sum(1 for name in changed if name.startswith("seeds/sources/")) == 2
        assert len(signed_bodies(hook)) == 1
        assert sorted(os.listdir(cache)) == [".briefings", "output"]

        # the analyst accepts one proposed quote, in a clone of their own
        analyst = fresh_clone(origin, tmp_path / "analyst")
        quote = next(item for item in proposed(read_tree(analyst / BRIEFING)) if item.kind == "quote")
        env = {**os.environ, **GIT_ENV}
        subprocess.run([sys.executable, "-m", "briefings", "review", "us-turkey-caatsa-sanctions", "--accept",
                        quote.fingerprint[:8]], cwd=analyst, env=env, check=True, capture_output=True)
        write_placeholders(analyst / BRIEFING)  # an edition with a REVIEW placeholder left is held
        git(analyst, "commit", "--quiet", "-am", "accept a quote")
        git(analyst, "push", "--quiet", "origin", "main")

        # run 2, on a new runner: the feed asked conditionally (304), nothing ingested twice or
        # committed; the new edition with the accepted quote delivered once
        feeds.requests.clear()
        done = run_job(job, origin, runner, cache, 2)
        assert done["update"].returncode == 0, done["update"].stderr
        assert "update: 0 new article(s), 0 proposed item(s), 1 new edition(s), 1 message(s) sent" \
            in done["update"].stderr
        assert feeds.paths() == ["/feed.xml"] and feeds.requests[0][1].get("If-None-Match")
        assert "No new material to commit." in done["commit"].stdout
        assert git(origin, "log", "-1", "--format=%s", "main").stdout.strip() == "accept a quote"
        bodies = signed_bodies(hook)
        assert len(bodies) == 2 and bodies[1]["delivery"] != bodies[0]["delivery"]
        assert any(quote.summary[:40] in line for line in bodies[1]["changes"])

        # run 3: no news, nothing sent, nothing committed
        done = run_job(job, origin, runner, cache, 3)
        assert done["update"].returncode == 0, done["update"].stderr
        assert "0 new edition(s), 0 message(s) sent" in done["update"].stderr
        assert len(hook.received) == 2
        assert git(origin, "rev-list", "--count", "main").stdout.strip() == "3"
