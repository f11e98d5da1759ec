"""Start-up of the `briefings` command, and what each import kept inside a function saves.

    python bench/startup.py [--rounds 12] [label=PACKAGE_DIR ...]
    python bench/startup.py --imports [--rounds 7] [PACKAGE_DIR]

The first form times fresh processes of the installed ``briefings`` script: ``--version``,
``--help``, ``validate`` and a cold ``build`` of the seed briefing (a new output folder each
time) and a no-op rebuild (everything up to date), in interleaved rounds (one run of each
command of each version per round, the versions' order alternating), so that the machine's
drifts hit every version alike; it prints the minimum and the median of each. A version is
a folder holding a ``briefings`` package and the ``templates`` folder beside it (``git
archive COMMIT briefings templates | tar -x -C DIR``), put first on ``PYTHONPATH``; without
one, the checkout this script is in.

The second form measures, for each import kept inside a function (issue 23.3), the time to
import its modules in a fresh process after the modules its caller has loaded anyway (the
minimum over the rounds), beside the time of those modules themselves: what the import
inside a function keeps out of the command that does not need it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "us-turkey-caatsa-sanctions.yaml"
SCRIPT = Path(sys.executable).with_name("briefings")
COMMANDS = ("--version", "--help", "validate", "cold build", "no-op rebuild")

VALIDATE = "briefings.cli.app briefings.cli.build briefings.api briefings.validation.run"
BUILD = f"{VALIDATE} briefings.building.run"
#: (what is kept out of what, the modules loaded anyway, the modules the import loads)
KEPT = [
    ("entry → the CLI (a worker re-running the script)", "briefings.cli.entry", "briefings.cli.app"),
    ("options → the configuration's models (--version)", "briefings.cli.app", "briefings.load.toml"),
    ("progress → rich's bar (validate)", VALIDATE, "rich.markup rich.progress rich.text"),
    ("cli.build → the JSON report (validate)", VALIDATE, "briefings.cli.report"),
    ("api → the build stage (validate)", VALIDATE, "briefings.building.run"),
    ("api → the extractor (validate)", VALIDATE, "briefings.extract"),
    ("api → drafting (validate)", VALIDATE, "briefings.drafting.infer briefings.drafting.merge"),
    ("jobs → the text renderer (validate)", VALIDATE,
     "briefings.render.markdown briefings.render.page briefings.render.templates"),
    ("layout → WeasyPrint (the build's own process)", BUILD, "briefings.render.engine briefings.render.pdf"),
    ("edition → tinyhtml5 (validate)", VALIDATE, "tinyhtml5"),
    ("pool → pebble and multiprocessing's tracker (a no-op rebuild)", BUILD,
     "pebble multiprocessing.resource_tracker concurrent.futures.process"),
    ("article → trafilatura (the ingest process; its worker loads it)", "briefings.ingest.run", "trafilatura"),
]
PROBE = """import importlib, time
started = time.perf_counter()
for name in {base!r}.split(): importlib.import_module(name)
loaded = time.perf_counter()
for name in {extra!r}.split(): importlib.import_module(name)
print(loaded - started, time.perf_counter() - loaded)"""


def _environment(package_dir: str) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": package_dir} if package_dir else dict(os.environ)


def _timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=tempfile.gettempdir(), capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stderr[-2000:]}")
    return time.perf_counter() - started


def commands(rounds: int, versions: list[tuple[str, str]]) -> None:
    times: dict[tuple[str, str], list[float]] = {}
    with tempfile.TemporaryDirectory() as scratch:
        up_to_date = {label: Path(scratch) / f"noop-{label}" for label, _ in versions}
        for label, package_dir in versions:
            _timed([str(SCRIPT), "build", str(SEED), "-o", str(up_to_date[label])], _environment(package_dir))
        for number in range(rounds):
            for label, package_dir in versions if number % 2 == 0 else versions[::-1]:
                env = _environment(package_dir)
                with tempfile.TemporaryDirectory() as cold:
                    runs = {"--version": ["--version"], "--help": ["--help"], "validate": ["validate", str(SEED)],
                            "cold build": ["build", str(SEED), "-o", cold],
                            "no-op rebuild": ["build", str(SEED), "-o", str(up_to_date[label])]}
                    for name, args in runs.items():
                        times.setdefault((name, label), []).append(_timed([str(SCRIPT), *args], env))
            print(f"round {number + 1} of {rounds}, load {os.getloadavg()[0]:.1f}", file=sys.stderr)
    print("| command | version | min | median | runs |\n|---|---|---|---|---|")
    for name in COMMANDS:
        for label, _ in versions:
            found = times[(name, label)]
            print(f"| {name} | {label} | {min(found):.3f} s | {statistics.median(found):.3f} s | {len(found)} |")


def kept_imports(rounds: int, package_dir: str) -> None:
    print("| import kept inside a function (what it stays out of) | it costs | the caller's own imports | share |")
    print("|---|---|---|---|")
    for label, base, extra in KEPT:
        bases, extras = [], []
        for _ in range(rounds):
            out = subprocess.run([sys.executable, "-c", PROBE.format(base=base, extra=extra)], check=True,
                                 capture_output=True, text=True, cwd=tempfile.gettempdir(),
                                 env=_environment(package_dir or str(ROOT))).stdout.split()
            bases.append(float(out[0]))
            extras.append(float(out[1]))
        print(f"| {label} | {1e3 * min(extras):.0f} ms | {1e3 * min(bases):.0f} ms | "
              f"{100 * min(extras) / min(bases):.0f} % |", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("versions", nargs="*", help="label=PACKAGE_DIR (default: this checkout)")
    parser.add_argument("--rounds", type=int, default=12)
    parser.add_argument("--imports", action="store_true", help="what each import kept inside a function saves")
    args = parser.parse_args()
    versions: list[tuple[str, str]] = []
    for spec in args.versions:
        label, _, folder = spec.partition("=")
        versions.append((label, folder or label))
    if args.imports:
        kept_imports(args.rounds, versions[0][1] if versions else "")
    else:
        commands(args.rounds, versions or [("this checkout", "")])


if __name__ == "__main__":
    main()
