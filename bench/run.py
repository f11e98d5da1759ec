"""Benchmarks of `briefings`, as ratios measured on the same machine in one run.

    python bench/run.py [--n 100] [--repeat 3] [--out docs/benchmarks.md] [--checkout DIR]

(``--checkout`` measures another version of briefings, from a checkout of it, run as
``python -m briefings`` with that folder on ``PYTHONPATH``.)

What it measures (every command is a fresh process, as a user or a scheduler runs it):

* cold single build of the seed briefing to PDF, against plain `weasyprint` on the same HTML
  with the same fonts (the packaged faces, given to it as a stylesheet: the HTML edition names
  no font files, and without them weasyprint sets the page in the system's DejaVu), against
  weasyprint with the system fonts, and against `pandoc --pdf-engine=weasyprint` on the same
  Markdown (medians of --repeat interleaved rounds);
* `briefings validate` of one briefing (wall time, and in-process time without start-up);
* start-up: `briefings --version`;
* a batch of N synthetic briefings (variants of the seed) on one core (one worker) and on all
  cores, against WeasyPrint laying out the same N pages in one process on one core, with the
  same fonts and the same PDF variant (the least a batch can cost per brief);
* a no-op rebuild of the same N (everything up to date);
* peak memory (VmHWM) of each worker process, in a parallel batch of up to 20 run apart from the
  timed ones (sampling /proc takes CPU from the workers);
* Ctrl-C in the middle of the batch: until the command exits, and until none of its
  processes is left.

It writes the method and the figures to --out and prints them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "us-turkey-caatsa-sanctions.yaml"
ARTICLE = ROOT / "seeds" / "000_e1ef2b7ba22a4b2b.txt"
STANCES = ["supports", "opposes", "mixed", "neutral", "unclear"]


def briefings_command(*args: str) -> list[str]:
    """The ``briefings`` script as a user runs it (its workers re-run the script, which
    ``python -m briefings`` would hide); ``-m`` where the script is not installed, or where
    another checkout is measured."""
    script = Path(sys.executable).parent / "briefings"
    if script.exists() and "BENCH_CHECKOUT" not in os.environ:
        return [str(script), *args]
    return [sys.executable, "-m", "briefings", *args]


def timed(command: list[str], cwd: Path, cores: set[int] | None = None) -> float:
    """Wall time of ``command``; on the given ``cores`` only, if given (the command and every
    process it starts)."""
    pin = (lambda: os.sched_setaffinity(0, cores)) if cores else None
    started = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, preexec_fn=pin)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"failed: {' '.join(command)}\n{result.stderr}")
    return elapsed


def median_of(repeat: int, command: list[str], cwd: Path, before=None) -> float:
    times = []
    for _ in range(repeat):
        if before:
            before()
        times.append(timed(command, cwd))
    return statistics.median(times)


#: plain weasyprint, its libraries found as briefings.render.engine finds them (written out
#: here, so that the baseline does not pay for importing briefings)
WEASYPRINT_VIA_LINKER = (
    "import ctypes.util, sys\n"
    "usual, ctypes.util.find_library = ctypes.util.find_library, lambda name: None\n"
    "import weasyprint.__main__\n"
    "ctypes.util.find_library = usual\n"
    "weasyprint.__main__.main(sys.argv[1:])\n")


#: WeasyPrint laying out every page given in one process, as its command does each one (a
#: font configuration per page, the packaged fonts as a stylesheet): argv is the fonts'
#: stylesheet, the PDF variant, then the pages
WEASYPRINT_LOOP = (
    "import sys, weasyprint\n"
    "from weasyprint.text.fonts import FontConfiguration\n"
    "fonts_css, variant, *pages = sys.argv[1:]\n"
    "for page in pages:\n"
    "    fonts = FontConfiguration()\n"
    "    css = weasyprint.CSS(filename=fonts_css, font_config=fonts)\n"
    "    weasyprint.HTML(filename=page).write_pdf(page + '.pdf', stylesheets=[css], font_config=fonts,\n"
    "                                            pdf_variant=variant, pdf_tags=True)\n")


def interleaved(commands: dict[str, list[str]], repeat: int, cwd: Path) -> dict[str, float]:
    """Median wall time of each command, run in rounds (one of each per round, after one
    untimed warm-up round), so that drifts in the machine's load hit all of them alike."""
    for command in commands.values():
        timed(command, cwd)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(repeat):
        for name, command in commands.items():
            times[name].append(timed(command, cwd))
    return {name: statistics.median(values) for name, values in times.items()}


def make_variants(folder: Path, n: int) -> None:
    """N briefings that differ from the seed in id, title and stances; one shared article."""
    folder.mkdir(parents=True)
    shutil.copy(ARTICLE, folder / ARTICLE.name)
    text = SEED.read_text(encoding="utf-8")
    for i in range(n):
        variant = text.replace("id: us-turkey-caatsa-sanctions", f"id: variant-{i:03d}", 1)
        variant = variant.replace("over the S-400\n", f"over the S-400 (variant {i})\n", 1)
        variant = variant.replace("stance: unclear", f"stance: {STANCES[i % len(STANCES)]}", 1)
        (folder / f"variant-{i:03d}.yaml").write_text(variant, encoding="utf-8")


class PeakMemory:
    """Samples VmHWM of every descendant of a process (Linux /proc) while it runs."""

    def __init__(self) -> None:
        self.peaks: dict[int, int] = {}
        self._stop = threading.Event()

    def _descendants(self, root: int) -> list[int]:
        parents: dict[int, int] = {}
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                    parents[int(entry.name)] = int(fields[1])
                except (OSError, IndexError, ValueError):
                    continue
        found, frontier = [], [root]
        while frontier:
            current = frontier.pop()
            children = [pid for pid, parent in parents.items() if parent == current]
            found += children
            frontier += children
        return found

    def watch(self, root: int) -> None:
        while not self._stop.is_set():
            for pid in self._descendants(root):
                try:
                    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                        if line.startswith("VmHWM:"):
                            self.peaks[pid] = max(self.peaks.get(pid, 0), int(line.split()[1]))
                except OSError:
                    continue
            time.sleep(0.2)

    def stop(self) -> None:
        self._stop.set()


def parallel_with_memory(folder: Path, workspace: Path) -> tuple[float, list[int]]:
    command = briefings_command("build", str(folder), "--workspace", str(workspace),
                                "--format", "pdf", "--force", "--workers", "0")
    workspace.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=workspace, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    sampler = PeakMemory()
    thread = threading.Thread(target=sampler.watch, args=(process.pid,), daemon=True)
    thread.start()
    _, err = process.communicate()
    elapsed = time.perf_counter() - started
    sampler.stop()
    thread.join()
    if process.returncode != 0:
        raise SystemExit(err.decode())
    workers = sorted((kb // 1024 for kb in sampler.peaks.values() if kb > 60 * 1024), reverse=True)
    return elapsed, workers


def interrupt_latency(folder: Path, workspace: Path, repeat: int) -> tuple[float, float]:
    """Median seconds from Ctrl-C (SIGINT to the process group, as a terminal sends it) in the
    middle of a batch until the command has exited, and until no process of it is left."""
    import signal

    exits, gone = [], []
    for _ in range(repeat):
        process = subprocess.Popen(
            briefings_command("build", str(folder), "--workspace", str(workspace), "--format", "pdf",
                              "--force"),
            cwd=workspace.parent, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True)
        while len(_group(process.pid)) < 4:  # the build, its fork server and two workers
            time.sleep(0.02)
        time.sleep(0.5)
        sent = time.perf_counter()
        os.killpg(process.pid, signal.SIGINT)
        process.wait()
        exits.append(time.perf_counter() - sent)
        while _group(process.pid):
            time.sleep(0.01)
        gone.append(time.perf_counter() - sent)
    return statistics.median(exits), statistics.median(gone)


def _group(pgid: int) -> list[str]:
    listing = subprocess.run(["ps", "-o", "stat=", "-g", str(pgid)], capture_output=True, text=True)
    return [line for line in listing.stdout.split() if not line.startswith("Z")]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3, help="rounds of the batch benchmarks")
    parser.add_argument("--cold-repeat", type=int, default=9,
                        help="rounds of the cold single builds (short, and the noisiest figure)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks.md")
    parser.add_argument("--checkout", type=Path, help="measure the briefings of this checkout")
    parser.add_argument("--skip-batch", action="store_true", help="start-up and cold builds only")
    args = parser.parse_args(argv)
    if args.checkout:
        os.environ["BENCH_CHECKOUT"] = str(args.checkout.resolve())
        os.environ["PYTHONPATH"] = str(args.checkout.resolve())
    cores = len(os.sched_getaffinity(0))
    import signal

    if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:  # started as a shell's background job
        signal.signal(signal.SIGINT, signal.default_int_handler)  # the commands must see Ctrl-C
    figures: dict[str, str] = {}
    # as an installed package is: compiled once, not on every start (see "Bytecode" below)
    package = (args.checkout or ROOT) / "briefings"
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], check=True)

    with tempfile.TemporaryDirectory(prefix="briefings-bench-") as tmp:
        tmp = Path(tmp)
        single = tmp / "single"
        single.mkdir()
        shutil.copy(SEED, single / SEED.name)
        shutil.copy(ARTICLE, single / ARTICLE.name)
        subprocess.run(briefings_command("build", str(single / SEED.name), "--workspace", str(single),
                                         "--format", "md,html"), check=True, capture_output=True)
        html = single / "output" / "us-turkey-caatsa-sanctions.html"
        markdown = single / "output" / "us-turkey-caatsa-sanctions.md"

        def ours_with(variant: str) -> list[str]:
            return briefings_command("build", str(single / SEED.name), "--workspace", str(single),
                                     "--format", "pdf", "--force", "--pdf-variant", variant)

        from briefings.render.fontfaces import FONTS_DIR, font_face_css

        fonts = tmp / "fonts.css"  # the packaged faces, as file: URLs
        fonts.write_text(font_face_css(FONTS_DIR.as_uri() + "/"), encoding="utf-8")
        weasyprint = [sys.executable, "-m", "weasyprint", "--stylesheet", str(fonts)]
        commands = {
            "ours_plain": ours_with("untagged"),
            "weasy_plain": [*weasyprint, str(html), str(tmp / "w.pdf")],
            "ours": ours_with("pdf/ua-1"),
            "weasy": [*weasyprint, "--pdf-variant", "pdf/ua-1", str(html), str(tmp / "w.pdf")],
            "weasy_system": [sys.executable, "-m", "weasyprint", str(html), str(tmp / "w.pdf")],
            # weasyprint with its libraries found the way briefings finds them (by the dynamic
            # linker, briefings.render.engine): what is left is the cost of briefings itself
            "weasy_linker": [sys.executable, "-c", WEASYPRINT_VIA_LINKER, "--stylesheet", str(fonts),
                             str(html), str(tmp / "w.pdf")],
        }
        if shutil.which("pandoc"):
            os.environ["PATH"] = str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", "")
            commands["pandoc"] = ["pandoc", str(markdown), "--pdf-engine=weasyprint", "-o", str(tmp / "p.pdf")]
        medians = interleaved(commands, args.cold_repeat, single)
        ours_plain, weasy_plain, ours, weasy = (medians[k] for k in ("ours_plain", "weasy_plain", "ours", "weasy"))
        figures["cold build, untagged PDF (briefings build --pdf-variant untagged)"] = f"{ours_plain:.2f} s"
        figures["plain weasyprint on the same HTML, same fonts"] = f"{weasy_plain:.2f} s"
        figures["plain weasyprint on the same HTML, system fonts"] = f"{medians['weasy_system']:.2f} s"
        figures["ratio, untagged"] = f"{ours_plain / weasy_plain:.2f}×"
        linker = medians["weasy_linker"]
        figures["weasyprint, same HTML and fonts, libraries found by the linker"] = f"{linker:.2f} s"
        figures["ratio, untagged, against that"] = f"{ours_plain / linker:.2f}×"
        figures["cold build, tagged PDF/UA-1 (the default)"] = f"{ours:.2f} s"
        figures["weasyprint --pdf-variant pdf/ua-1 on the same HTML, same fonts"] = f"{weasy:.2f} s"
        figures["ratio, tagged"] = f"{ours / weasy:.2f}×"
        if "pandoc" in medians:
            pandoc = medians["pandoc"]
            figures["pandoc --pdf-engine=weasyprint on the same Markdown"] = f"{pandoc:.2f} s"
            figures["ratio briefings (untagged) / pandoc"] = f"{ours_plain / pandoc:.2f}×"
        else:
            figures["pandoc --pdf-engine=weasyprint"] = "not installed (apt-get install pandoc)"

        version = median_of(args.cold_repeat, briefings_command("--version"), single)
        figures["briefings --version, whole command"] = f"{version:.3f} s"
        validate_wall = median_of(args.cold_repeat, briefings_command("validate", str(single / SEED.name)),
                                  single)
        sys.path.insert(0, str(ROOT))
        from briefings.validation.run import validate_paths

        validate_paths([single / SEED.name])  # warm imports
        started = time.perf_counter()
        validate_paths([single / SEED.name])
        figures["validate, whole command"] = f"{validate_wall:.3f} s"
        figures["validate, in process (after imports)"] = f"{time.perf_counter() - started:.3f} s"

        if args.skip_batch:
            write_report(args.out, figures, cores, args)
            for key, value in figures.items():
                print(f"{key}: {value}")
            return 0
        batch = tmp / "batch"
        make_variants(batch, args.n)
        # the pages of the batch, for WeasyPrint alone
        timed(briefings_command("build", str(batch), "--workspace", str(tmp / "wh"), "--format", "html"), tmp)
        pages = sorted(str(page) for page in (tmp / "wh" / "output").glob("*.html"))
        weasy_loop = [sys.executable, "-c", WEASYPRINT_LOOP, str(fonts), "pdf/ua-1", *pages]
        # rounds of (WeasyPrint in one process on 1 core, ours on 1 core, ours on all cores),
        # so that drifts in the machine's speed hit all alike; ratios are medians of the
        # rounds' ratios. "1 core": the command pinned to one core with one worker, for the
        # build renders text itself beside its worker (a second core would otherwise take
        # that share); "1 worker" beside it, unpinned, for reference.
        loops, ones, manys, single_workers = [], [], [], []
        one_core = {min(os.sched_getaffinity(0))}
        for _ in range(args.repeat):
            loops.append(timed(weasy_loop, tmp, cores=one_core))
            ones.append(timed(briefings_command("build", str(batch), "--workspace", str(tmp / "w1"),
                                                "--format", "pdf", "--force", "--workers", "1"), tmp,
                              cores=one_core))
            manys.append(timed(briefings_command("build", str(batch), "--workspace", str(tmp / "wn"),
                                                 "--format", "pdf", "--force", "--workers", "0"), tmp))
            single_workers.append(timed(briefings_command(
                "build", str(batch), "--workspace", str(tmp / "w1"), "--format", "pdf", "--force",
                "--workers", "1"), tmp))
        one, many = statistics.median(ones), statistics.median(manys)
        speedup = statistics.median(a / b for a, b in zip(ones, manys, strict=True))
        per_brief = statistics.median(a / b for a, b in zip(ones, loops, strict=True))
        # memory in a run of its own: sampling /proc takes CPU from the workers being timed
        small = tmp / "small"
        make_variants(small, min(args.n, 20))
        _, memory = parallel_with_memory(small, tmp / "wm")
        figures[f"WeasyPrint alone, the {args.n} pages in one process, 1 core"] = (
            f"{statistics.median(loops):.1f} s")
        figures[f"{args.n} briefings, 1 core (1 worker)"] = f"{one:.1f} s"
        figures["batch per brief against WeasyPrint alone, 1 core (median of the rounds' ratios)"] = (
            f"{per_brief:.2f}×")
        figures[f"{args.n} briefings, {cores} cores ({cores} workers)"] = f"{many:.1f} s"
        figures["speed-up (median of the rounds' ratios)"] = f"{speedup:.2f}×"
        figures[f"{args.n} briefings, 1 worker on {cores} cores"] = (
            f"{statistics.median(single_workers):.1f} s")
        figures["rounds (WeasyPrint alone / 1 core / all cores, s)"] = ", ".join(
            f"{w:.1f}/{a:.1f}/{b:.1f}" for w, a, b in zip(loops, ones, manys, strict=True))
        figures["peak memory per worker (VmHWM)"] = (
            f"max {max(memory)} MiB, median {statistics.median(memory):.0f} MiB over {len(memory)} "
            "render processes" if memory else "n/a")
        stopped, all_gone = interrupt_latency(batch, tmp / "wi", args.repeat)
        figures["Ctrl-C during a batch → command exited"] = f"{stopped:.2f} s"
        figures["Ctrl-C during a batch → no process left"] = f"{all_gone:.2f} s"
        noop = median_of(args.repeat, briefings_command("build", str(batch), "--workspace", str(tmp / "wn"),
                                                        "--format", "pdf"), tmp)
        figures[f"no-op rebuild of {args.n}, whole command"] = f"{noop:.3f} s"
        from briefings.building.run import Workspace, build

        started = time.perf_counter()
        report = build([batch], Workspace.at(tmp / "wn"), formats=["pdf"])
        assert not report.built, "the no-op rebuild built something"
        figures[f"no-op rebuild of {args.n}, in process"] = f"{time.perf_counter() - started:.3f} s"

    write_report(args.out, figures, cores, args)
    for key, value in figures.items():
        print(f"{key}: {value}")
    return 0


READING = """## Reading the figures

- **Cold build.** The `briefings` command starts multiprocessing's fork server before it loads
  anything else when the command is a build that may make PDFs; the server imports WeasyPrint
  while the build reads, validates and renders the brief's text from the packaged templates.
  The layout alone runs in a fresh worker forked from that server (pebble, one task per
  process). The server imports WeasyPrint with its native libraries found by the dynamic
  linker, skipping the `ctypes.util.find_library` lookups (each runs `ldconfig`, `gcc` and
  `ld`) that plain `weasyprint` makes for the names it tries and does not find; the third
  baseline, weasyprint imported the same way, shows what briefings itself costs: the
  server's own start, one fork, the page and the PDF crossing between processes, and writing
  the build state. The command's process ends without the interpreter's teardown once its
  exit handlers have run.
- **pandoc** converts the Markdown with its own HTML and stylesheet, so it lays out a simpler
  page than ours; the ratio compares the tools, not the same document.
- **Batch.** Layout dominates; each layout runs in its own short-lived process, so memory does
  not accumulate.
- **No-op rebuild.** Unchanged briefs are recognised from file hashes recorded in
  `output/.briefings/manifest.json`, without parsing YAML, importing the renderer or
  starting a worker.
- **Bytecode.** The package is compiled (`compileall`) before timing, as `pip install` does
  for an installed package; with `PYTHONDONTWRITEBYTECODE` set and an editable install, every
  command would otherwise compile its modules from source each time (about 0.4 s).
"""


def write_report(path: Path, figures: dict[str, str], cores: int, args: argparse.Namespace) -> None:
    lines = [
        "# Benchmarks",
        "",
        "Made by `python bench/run.py` (see its docstring for the method). Every figure is the",
        f"wall time of fresh processes on one machine in one run; medians of {args.repeat} runs",
        "where repeated. Ratios matter more than seconds: they compare tools on the same machine.",
        "",
        f"- date: {dt.date.today().isoformat()}",
        f"- machine: {platform.machine()}, {cores} cores, Python {platform.python_version()}",
        f"- synthetic batch: {args.n} variants of the seed briefing (ids, titles and stances differ)",
        "",
        "| measure | figure |",
        "|---|---|",
        *(f"| {key} | {value} |" for key, value in figures.items()),
        "",
        "Targets (issue 9): cold build ≤ 1.05× plain weasyprint; no-op rebuild of 100 ≤ 0.5 s;",
        "100 briefings on 2 cores ≥ 1.8× faster than on 1; peak memory ≤ 150 MiB per worker.",
        "",
        READING,
    ]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
