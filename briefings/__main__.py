"""``python -m briefings``: the same as the ``briefings`` command."""

from briefings.cli.entry import run

if __name__ == "__main__":
    run()
