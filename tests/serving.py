"""A ``briefings serve`` process for tests: started on a free port of 127.0.0.1 in a workspace
in tmp_path, its URL read from what it prints, stopped with Ctrl-C (SIGINT)."""

from __future__ import annotations

import http.client
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

from conftest import ROOT, SEED_BRIEFING, SEEDS


def make_workspace(root: Path) -> Path:
    """A workspace with the seed briefing and its source; returns the briefing's path."""
    shutil.copytree(SEEDS, root / "seeds")
    (root / "templates").mkdir()
    return root / "seeds" / SEED_BRIEFING.name


class ServeProcess:
    """``briefings -v serve --port 0`` in ``root``; ``.url``, ``.get()``, ``.stop()``."""

    def __init__(self, root: Path, *args: str):
        self.lines: list[str] = []
        self.process = subprocess.Popen(
            [sys.executable, "-m", "briefings", "-v", "serve", "--port", "0", *args],
            cwd=root, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT), "PYTHONFAULTHANDLER": "1"})
        self._ready = threading.Event()
        self.url = ""
        threading.Thread(target=self._read, daemon=True).start()
        if not self._ready.wait(60):
            self.process.kill()
            raise AssertionError("serve did not start:\n" + "".join(self.lines))
        parts = urlsplit(self.url)
        self.host, self.port = parts.hostname or "", parts.port or 0

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.lines.append(line)
            found = re.search(r"on (http://\S+/) \(Ctrl-C", line)
            if found:
                self.url = found.group(1)
                self._ready.set()

    def get(self, path: str, method: str = "GET", body: bytes | None = None,
            timeout: float = 30) -> tuple[int, str]:
        """Status and body of a raw request (the path is sent exactly as given)."""
        connection = http.client.HTTPConnection(self.host, self.port, timeout=timeout)
        try:
            connection.putrequest(method, path, skip_accept_encoding=True)
            if body is not None:
                connection.putheader("Content-Length", str(len(body)))
            connection.endheaders(body)
            response = connection.getresponse()
            return response.status, response.read().decode("utf-8", "replace")
        finally:
            connection.close()

    def wait_for(self, path: str, predicate, timeout: float = 60.0) -> tuple[float, str]:
        """Poll ``path`` until ``predicate(body)``; the seconds it took, and the body.

        The timeout is generous on purpose: it bounds a rebuild, it does not time one. 10 s was
        too short on a machine at load 10 (one run of twenty failed four tests that way)."""
        start = time.perf_counter()
        while True:
            status, body = self.get(path)
            if status == 200 and predicate(body):
                return time.perf_counter() - start, body
            if time.perf_counter() - start > timeout:
                raise AssertionError(f"{path} never matched; last body:\n{body[-2000:]}")
            time.sleep(0.02)

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
        try:
            return self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            # a serve that does not stop: SIGABRT makes faulthandler print every thread's stack
            self.process.send_signal(signal.SIGABRT)
            time.sleep(2)
            raise AssertionError("serve did not stop within 30 s of Ctrl-C; its threads:\n"
                                 + self.output()[-6000:]) from None
        finally:
            if self.process.poll() is None:
                self.process.kill()

    def output(self) -> str:
        return "".join(self.lines)
