"""Schedules: next run times from an injected clock, runs that fail, the exports, config errors."""

from __future__ import annotations

import datetime as dt
import logging
import os
import signal
import subprocess
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from conftest import ROOT

from briefings.errors import ValidationFailed
from briefings.load.toml import load_config
from briefings.schedule.export import export_cron, export_github_actions, export_systemd
from briefings.schedule.run import LOGGER, build_command, next_runs, run_schedule_once
from briefings.schema.config import Schedule


def test_next_runs_skip_the_weekend_and_follow_the_zone() -> None:
    schedule = Schedule(name="morning", cron="30 6 * * mon-fri", timezone="Europe/London")
    friday_noon = dt.datetime(2026, 11, 27, 12, 0, tzinfo=dt.UTC)
    runs = next_runs(schedule, friday_noon, 3)
    london = ZoneInfo("Europe/London")
    assert [r.astimezone(london).strftime("%a %d %H:%M") for r in runs] == [
        "Mon 30 06:30", "Tue 01 06:30", "Wed 02 06:30"]


def test_next_runs_across_a_daylight_saving_change() -> None:
    schedule = Schedule(name="morning", cron="0 7 * * *", timezone="America/New_York")
    before_change = dt.datetime(2026, 11, 1, 0, 0, tzinfo=dt.UTC)  # EDT → EST that day
    runs = next_runs(schedule, before_change, 2)
    assert [r.astimezone(dt.UTC).hour for r in runs] == [12, 12]  # 07:00 EST
    assert all(r.astimezone(ZoneInfo("America/New_York")).hour == 7 for r in runs)


def test_next_runs_need_an_aware_clock() -> None:
    with pytest.raises(ValueError):
        next_runs(Schedule(name="x", cron="0 7 * * *"), dt.datetime(2026, 1, 1), 1)


def test_a_failing_or_crashing_build_is_logged_and_does_not_raise(caplog: pytest.LogCaptureFixture) -> None:
    config = load_config(ROOT / "briefings.toml")
    schedule = config.settings.schedules[0]
    with caplog.at_level(logging.INFO, logger=LOGGER.name):
        assert run_schedule_once(config, schedule, runner=lambda c, s: 1) == 1
        assert run_schedule_once(config, schedule, runner=lambda c, s: 1 / 0) == 3
        assert run_schedule_once(config, schedule, runner=lambda c, s: 0) == 0
    messages = [r.getMessage() for r in caplog.records]
    assert "schedule weekday-morning: build failed with exit code 1" in messages
    assert any("build crashed: ZeroDivisionError" in m for m in messages)
    assert "schedule weekday-morning: build finished" in messages


def test_the_scheduler_registers_each_schedule_as_configured() -> None:
    from apscheduler.schedulers.background import BackgroundScheduler

    from briefings.schedule import run as module

    config = load_config(ROOT / "briefings.toml")
    scheduler = BackgroundScheduler()
    module.add_jobs(scheduler, config, runner=lambda c, s: 0)
    (job,) = scheduler.get_jobs()
    assert job.id == "weekday-morning"
    assert job.coalesce is True and job.max_instances == 1
    assert job.misfire_grace_time == 3600
    assert str(job.trigger.timezone) == "Europe/London"


def test_schedule_run_stops_cleanly_on_sigterm(tmp_path: Path) -> None:
    (tmp_path / "briefings.toml").write_text(
        'briefings = []\nlog_file = "sched.log"\n[[schedules]]\nname = "nightly"\ncron = "0 3 * * *"\n')
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, "-m", "briefings", "schedule", "run"], cwd=tmp_path,
                               env=env, stderr=subprocess.PIPE, text=True)
    first = process.stderr.readline()
    assert "schedule nightly: 0 3 * * * (UTC), next run" in first
    process.send_signal(signal.SIGTERM)
    _, rest = process.communicate(timeout=30)
    assert process.returncode == 0, rest
    assert "received SIGTERM" in rest
    assert "Traceback" not in rest
    assert "next run" in (tmp_path / "sched.log").read_text()


def test_repository_config_builds_seeds_on_weekday_mornings() -> None:
    config = load_config(ROOT / "briefings.toml")
    assert config.briefing_files() == [ROOT / "seeds" / "us-turkey-caatsa-sanctions.yaml"]
    (schedule,) = config.settings.schedules
    assert (schedule.cron, schedule.timezone) == ("30 6 * * mon-fri", "Europe/London")


def test_export_cron() -> None:
    config = load_config(ROOT / "briefings.toml")
    text = export_cron(config)
    assert "CRON_TZ=Europe/London" in text
    line = next(row for row in text.splitlines() if row.startswith("30 6 * * mon-fri "))
    assert "-m briefings build --config" in line and str(ROOT / "briefings.toml") in line


def test_export_systemd(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("getpass.getuser", lambda: "analyst")  # as the workspace's owner
    monkeypatch.setattr("os.geteuid", lambda: 1000)
    text = export_systemd(load_config(ROOT / "briefings.toml"))
    assert "User=analyst" in text
    assert "OnCalendar=Mon..Fri *-*-* 6:30:00 Europe/London" in text
    assert "Persistent=true" in text and "Type=oneshot" in text
    assert "ExecStart=" + " ".join(build_command(load_config(ROOT / "briefings.toml"),
                                                 load_config(ROOT / "briefings.toml").settings.schedules[0])) in text


def test_export_github_actions_converts_to_utc() -> None:
    text = export_github_actions(load_config(ROOT / "briefings.toml"))
    london_offset = dt.datetime.now(ZoneInfo("Europe/London")).utcoffset()
    hour = (6 - int(london_offset.total_seconds() // 3600)) % 24
    assert f'- cron: "30 {hour} * * mon-fri"' in text
    assert "briefings build" in text and "workflow_dispatch" in text


BAD_CONFIGS = [
    ("unknown key", 'briefings = ["seeds/*.yaml"]\noutptu = "out"\n', 2, "outptu: unknown key 'outptu'"),
    ("bad cron", '[[schedules]]\nname = "a"\ncron = "30 25 * * *"\n', 3, "schedules[0].cron: not a valid cron expression"),
    ("cron with four fields", '[[schedules]]\nname = "a"\ncron = "30 6 * *"\n', 3, "schedules[0].cron: a cron expression has five fields"),
    ("unknown zone", '[[schedules]]\nname = "a"\ncron = "0 6 * * *"\n\n[[schedules]]\nname = "b"\ncron = "0 6 * * *"\ntimezone = "Mars/Olympus"\n', 8, "schedules[1].timezone: unknown time zone 'Mars/Olympus'"),
    ("bad format", 'formats = ["pdf", "docx"]\n', 1, "formats[1]: Input should be 'md', 'pdf' or 'html'"),
    ("invalid TOML", 'output = "out\n', 1, "invalid TOML"),
]


@pytest.mark.parametrize(("scenario", "text", "line", "message"), BAD_CONFIGS, ids=[b[0] for b in BAD_CONFIGS])
def test_bad_config_is_reported_with_line(scenario: str, text: str, line: int, message: str, tmp_path: Path) -> None:
    path = tmp_path / "briefings.toml"
    path.write_text(text)
    with pytest.raises(ValidationFailed) as failure:
        load_config(path)
    rendered = [str(issue) for issue in failure.value.issues]
    assert any(r.startswith(f"{path}:{line}:") and message in r for r in rendered), rendered


def test_pyproject_tool_section_is_a_config(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.briefings]\noutput = "site"\n')
    config = load_config(root=tmp_path)
    assert config.settings.output == "site" and config.path == tmp_path / "pyproject.toml"
