"""Scheduled rebuilds in the foreground: list a workspace's schedules and run them.

``run`` uses APScheduler in the foreground: cron triggers in each schedule's time zone, missed
runs coalesced into one, never two instances of a schedule at once, a grace time for runs the
machine was too busy (or asleep) to start on time, one log line per run to the console and a
log file. A failing build is logged and the scheduler carries on; SIGTERM or Ctrl-C stop it
after the run in progress.
"""

from __future__ import annotations

import datetime as dt
import logging
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from apscheduler.schedulers.background import BackgroundScheduler

from briefings.errors import BriefingError
from briefings.schedule.trigger import ScheduleTrigger
from briefings.schema.config import Config, Schedule
from briefings.schema.cron import parse

LOGGER = logging.getLogger("briefings.schedule")


def _trigger(schedule: Schedule) -> Any:
    return ScheduleTrigger(parse(schedule.cron), ZoneInfo(schedule.timezone), schedule.cron)


def next_runs(schedule: Schedule, now: dt.datetime, count: int = 3) -> list[dt.datetime]:
    """The next ``count`` run times at or after ``now`` (an aware datetime), in the schedule's
    zone: the same code ``schedule run``'s trigger uses."""
    if now.tzinfo is None:
        raise ValueError("now must carry a time zone")
    spec, zone = parse(schedule.cron), ZoneInfo(schedule.timezone)
    times: list[dt.datetime] = []
    current = now
    for _ in range(count):
        fire = spec.next_after(current, zone)
        if fire is None:
            break
        times.append(fire)
        current = fire + dt.timedelta(microseconds=1)
    return times


def loop_step(config: Config) -> str:
    """The command a scheduled run executes: with ``[[inputs]]`` configured, the
    developing-story loop (``update``: ingest → build → deliver), else a ``build``."""
    return "update" if config.settings.inputs else "build"


def build_command(config: Config, schedule: Schedule) -> list[str]:
    """The command a scheduled run executes (see :func:`loop_step`), with this Python, so
    cron's bare PATH does not matter."""
    command = [sys.executable, "-P", "-m", "briefings", loop_step(config)]  # -P: nothing from the workspace
    if config.path is not None:
        command += ["--config", str(config.path.resolve())]
    if schedule.force:
        command.append("--force")
    command += [str((config.root / pattern).resolve()) for pattern in schedule.briefings]
    return command


def run_schedule_once(config: Config, schedule: Schedule,
                      runner: Callable[[Config, Schedule], int] | None = None) -> int:
    """One scheduled run, logged; returns the build's exit code and never raises."""
    runner = runner or _run_build
    LOGGER.info("schedule %s: build started", schedule.name)
    try:
        code = runner(config, schedule)
    except Exception as error:  # keep the scheduler alive whatever the build did
        LOGGER.error("schedule %s: build crashed: %s: %s", schedule.name, type(error).__name__, error)
        return 3
    if code == 0:
        LOGGER.info("schedule %s: build finished", schedule.name)
    else:
        LOGGER.error("schedule %s: build failed with exit code %s", schedule.name, code)
    return code


def _run_build(config: Config, schedule: Schedule) -> int:
    """Run the build in a child process, so a crash or leak in it cannot harm the scheduler."""
    command = build_command(config, schedule)
    result = subprocess.run(command, cwd=config.root, capture_output=True, text=True)
    for line in (result.stderr or "").splitlines():
        LOGGER.info("schedule %s: %s", schedule.name, line)
    return result.returncode


def setup_logging(log_file: Path) -> None:
    log_file.parent.mkdir(parents=True, exist_ok=True)
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(message)s")
    for handler in (logging.StreamHandler(sys.stderr), logging.FileHandler(log_file, encoding="utf-8")):
        handler.setFormatter(formatter)
        LOGGER.addHandler(handler)
    LOGGER.setLevel(logging.INFO)


def add_jobs(scheduler: Any, config: Config,
             runner: Callable[[Config, Schedule], int] | None = None) -> None:
    """Register each schedule of ``config`` with an APScheduler scheduler, logging its next run."""
    for schedule in config.settings.schedules:
        scheduler.add_job(
            run_schedule_once, _trigger(schedule), args=(config, schedule, runner),
            id=schedule.name, name=schedule.name, coalesce=True, max_instances=1,
            misfire_grace_time=schedule.misfire_grace_seconds, replace_existing=True,
        )
        LOGGER.info("schedule %s: %s (%s), next run %s", schedule.name, schedule.cron,
                    schedule.timezone, next_runs(schedule, dt.datetime.now(dt.UTC), 1)[0])


def run_forever(config: Config, runner: Callable[[Config, Schedule], int] | None = None,
                scheduler: Any = None) -> None:
    """Run every schedule of ``config`` until SIGTERM or Ctrl-C.

    The stop signals are caught before anything is logged or started, so a signal that arrives
    at any moment (even while the jobs are being registered) stops the scheduler cleanly: the
    handler only sets an event, and the main thread, which owns the scheduler, shuts it down.
    """
    schedules = config.settings.schedules
    if not schedules:
        raise BriefingError(f"{config.path or 'the workspace'}: no [[schedules]] defined")
    stop_requested = threading.Event()
    received: list[str] = []

    def request_stop(signum: int, _frame: object) -> None:
        received.append(signal.Signals(signum).name)
        stop_requested.set()

    previous = {sig: signal.signal(sig, request_stop) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        scheduler = scheduler or BackgroundScheduler()
        add_jobs(scheduler, config, runner)
        scheduler.start()
        while not stop_requested.wait(timeout=1.0):
            pass
        LOGGER.info("received %s; stopping after the run in progress", received[0])
        if scheduler.running:
            scheduler.shutdown(wait=True)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    LOGGER.info("stopped")
