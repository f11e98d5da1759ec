"""``python -m briefings``: the same as the ``briefings`` command."""

from .cli import run

run()
