"""Fork the render server as the very first thing a ``briefings build`` does.

This module imports nothing but ``os`` so that the fork happens a few milliseconds after the
interpreter starts: WeasyPrint's import in the server then overlaps with everything the build
does before it needs a PDF laid out. :func:`briefings.workers.warm_up` adopts the server.
"""

import os

handles = None  # (owner pid, server pid, jobs fd, results fd) once started


def start() -> None:
    global handles
    if not hasattr(os, "fork") or handles is not None:
        return
    jobs_read, jobs_write = os.pipe()
    results_read, results_write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the server: never returns into the caller's code
        os.close(jobs_write)
        os.close(results_read)
        code = 0
        try:
            from .workers import serve

            serve(jobs_read, results_write)
        except BaseException:  # noqa: BLE001
            code = 1
        finally:
            os._exit(code)
    os.close(jobs_read)
    os.close(results_write)
    handles = (os.getpid(), pid, jobs_write, results_read)
