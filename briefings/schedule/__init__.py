"""Unattended runs of the loop (ingest → build → deliver, or a build where nothing is collected):
run a workspace's schedules in the foreground (APScheduler), or export them to cron, systemd or
GitHub Actions (whose runners start empty: :mod:`.github_state` carries the loop's state)."""
