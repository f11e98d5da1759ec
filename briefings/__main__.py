"""``python -m briefings``: the same as the ``briefings`` command.

``python -m`` puts the current folder first on the import path, and a build runs in a
workspace, whose folders are the user's: a folder there named like a module briefings imports
would run. So the current folder is taken off the path again, unless briefings itself was found
there (a checkout of its source). Its workers start without it either way
(:func:`briefings.building.pool.isolated_children`).
"""

import os
import sys
from pathlib import Path

if __name__ == "__main__" and sys.path and not sys.flags.safe_path:
    here = os.path.abspath(sys.path[0] or os.curdir)
    if Path(__file__).resolve().parent.parent != Path(here).resolve():
        del sys.path[0]

from briefings.cli.entry import run

if __name__ == "__main__":
    run()
