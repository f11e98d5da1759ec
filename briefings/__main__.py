"""``python -m briefings`` and the ``briefings`` command.

For ``build``, the render server is started before anything else is imported, so that
WeasyPrint loads in it while this process parses options, reads and validates briefings.
"""

import sys


def main() -> None:
    arguments = sys.argv[1:]
    if arguments[:1] == ["build"] and "--help" not in arguments:
        from . import _prefork

        _prefork.start()
    from .cli import run

    run()


if __name__ == "__main__":
    main()
