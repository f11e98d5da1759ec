"""Unattended rebuilds: run a workspace's schedules in the foreground (APScheduler), or export
them to cron, systemd or GitHub Actions."""
