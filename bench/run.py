"""Benchmarks of `briefings`, as ratios measured on the same machine in one run.

    python bench/run.py [--n 100] [--repeat 5] [--out docs/benchmarks.md] [--checkout DIR]
                        [--compare DIR] [--batch-only | --skip-batch]

(``--checkout`` measures another version of briefings, from a checkout of it, run as
``python -m briefings`` with that folder on ``PYTHONPATH``; ``--compare`` runs another version
in every round beside this one, as "before".)

What it measures (every command is a fresh process, as a user or a scheduler runs it):

* cold single build of the seed briefing to PDF, against plain `weasyprint` on the page the
  build lays out with the same fonts (the packaged faces, given to it as a stylesheet), against
  weasyprint with the system fonts, and against `pandoc --pdf-engine=weasyprint` on the same
  Markdown (medians of --cold-repeat interleaved rounds). The page is the HTML edition without
  the WOFF2 fonts it carries for browsers (:func:`page_laid_out`);
* `briefings validate` of one briefing (wall time, and in-process time without start-up);
* start-up: `briefings --version`;
* a batch of N synthetic briefings (variants of the seed) on one core (one worker) and on all
  cores, against WeasyPrint laying out the same N pages in one process on one core, with the
  same fonts and the same PDF variant, once with a font configuration per page (as its command
  does) and once with one for all pages (the least a batch can cost per brief);
* a no-op rebuild of the same N (everything up to date);
* peak memory (VmHWM) of each worker process, in a parallel batch of up to 20 run apart from the
  timed ones (sampling /proc takes CPU from the workers);
* Ctrl-C in the middle of the batch: until the command exits, and until none of its
  processes is left.

Every timed command is measured twice: its wall time, and the CPU time (user + system) of it
and every process it started (:func:`timed`). On a machine shared with other work, a command's
wall time is whatever share of the cores the others leave it, and that share moves from second
to second; the CPU time moves far less, so the CPU ratio is the load-robust proxy for the
one-core figures (on one core, wall time is CPU time plus waiting). It is not a proxy for
anything that runs in parallel: a cold build overlaps WeasyPrint's import with its own work,
and a speed-up on two cores is wall time or nothing. Ratios are medians of the rounds' ratios,
printed with their smallest and largest, and the load average is printed as each round
starts.

It writes the method and the figures to --out and prints them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
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


@dataclass(frozen=True)
class Timing:
    """One command's wall time, and the CPU time (user + system) of it and every process it
    started: the load-robust proxy of the two on a shared machine, where the wall time of a
    command is whatever share of the cores the others leave it."""

    wall: float
    cpu: float


def timed(command: list[str], cwd: Path, cores: set[int] | None = None) -> Timing:
    """``command``'s :class:`Timing`; on the given ``cores`` only, if given (the command and
    every process it starts). The CPU time is ``RUSAGE_CHILDREN``'s growth: every process of
    the command that was waited for (the build waits for its workers)."""
    pin = (lambda: os.sched_setaffinity(0, cores)) if cores else None
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, preexec_fn=pin)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise SystemExit(f"failed: {' '.join(command)}\n{result.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Timing(elapsed, cpu)


def load_average() -> float:
    """The one-minute load average (runnable processes, all cores together)."""
    return os.getloadavg()[0]


def spread(values: Sequence[float], digits: int = 2, unit: str = "") -> str:
    """``median (min–max)`` of ``values``."""
    return (f"{statistics.median(values):.{digits}f}{unit} "
            f"({min(values):.{digits}f}–{max(values):.{digits}f})")


def median_of(repeat: int, command: list[str], cwd: Path, before=None) -> float:
    times = []
    for _ in range(repeat):
        if before:
            before()
        times.append(timed(command, cwd).wall)
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

#: the same, with one font configuration for every page (WeasyPrint's own advice for a loop, and
#: what a build's worker now does for the packaged templates' pages): the strongest baseline
WEASYPRINT_LOOP_ONE_FONT_CONFIGURATION = WEASYPRINT_LOOP.replace(
    "for page in pages:\n    fonts = FontConfiguration()\n    css = weasyprint.CSS(filename=fonts_css, font_config=fonts)\n",
    "fonts = FontConfiguration()\ncss = weasyprint.CSS(filename=fonts_css, font_config=fonts)\nfor page in pages:\n")
assert WEASYPRINT_LOOP_ONE_FONT_CONFIGURATION != WEASYPRINT_LOOP


def interleaved(commands: dict[str, list[str]], repeat: int, cwd: Path) -> dict[str, list[Timing]]:
    """Every command's timings, run in rounds (one of each per round, after one untimed
    warm-up round), so that drifts in the machine's load hit all of them alike."""
    for command in commands.values():
        timed(command, cwd)
    times: dict[str, list[Timing]] = {name: [] for name in commands}
    for _ in range(repeat):
        for name, command in commands.items():
            times[name].append(timed(command, cwd))
    return times


def ratios(ours: Sequence[Timing], theirs: Sequence[Timing], what: str = "wall") -> list[float]:
    """Each round's ratio of ``ours`` to ``theirs``, of wall or of CPU time."""
    return [getattr(a, what) / getattr(b, what) for a, b in zip(ours, theirs, strict=True)]


_EMBEDDED_FONTS = re.compile(r'<style id="briefings-fonts">.*?</style>\n?', re.DOTALL)


def page_laid_out(edition: Path, out: Path) -> Path:
    """The HTML edition ``edition`` without the fonts it carries for browsers: the page a
    worker lays out (which loads the same faces as TrueType, by name). WeasyPrint given the
    edition itself would decode its six WOFF2 fonts for every page, seconds of work that no
    build does, and a baseline slowed so would flatter the build."""
    page, found = _EMBEDDED_FONTS.subn("", edition.read_text(encoding="utf-8"))
    if found != 1:
        raise SystemExit(f"{edition}: no embedded fonts found to take out (has the edition changed?)")
    out.write_text(page, encoding="utf-8")
    return out


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
    parser.add_argument("--repeat", type=int, default=5, help="rounds of the batch benchmarks")
    parser.add_argument("--cold-repeat", type=int, default=9,
                        help="rounds of the cold single builds (short, and the noisiest figure)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks.md")
    parser.add_argument("--checkout", type=Path, help="measure the briefings of this checkout")
    parser.add_argument("--compare", type=Path,
                        help="also run the briefings of this checkout in every round, as 'before'")
    parser.add_argument("--skip-batch", action="store_true", help="start-up and cold builds only")
    parser.add_argument("--batch-only", action="store_true",
                        help="the batch rounds only (no cold builds, start-up, memory, Ctrl-C, no-op)")
    args = parser.parse_args(argv)
    if args.checkout:
        os.environ["BENCH_CHECKOUT"] = str(args.checkout.resolve())
        os.environ["PYTHONPATH"] = str(args.checkout.resolve())
    cores = len(os.sched_getaffinity(0))
    import signal

    if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:  # started as a shell's background job
        signal.signal(signal.SIGINT, signal.default_int_handler)  # the commands must see Ctrl-C
    figures: dict[str, str] = {"load average as the run started": f"{load_average():.1f}"}
    # as an installed package is: compiled once, not on every start (see "Bytecode" below)
    for package in {(args.checkout or ROOT) / "briefings", *([args.compare / "briefings"] if args.compare else [])}:
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], check=True)

    with tempfile.TemporaryDirectory(prefix="briefings-bench-") as tmp:
        tmp = Path(tmp)
        from briefings.render.fontfaces import FONTS_DIR, font_face_css

        fonts = tmp / "fonts.css"  # the packaged faces, as file: URLs
        fonts.write_text(font_face_css(FONTS_DIR.as_uri() + "/"), encoding="utf-8")
        if not args.batch_only:
            cold_builds(tmp, fonts, args, figures)
            start_up(tmp / "single", args, figures)
        if not args.skip_batch:
            batch = tmp / "batch"
            make_variants(batch, args.n)
            batch_rounds(batch, tmp, fonts, args, figures)
            if not args.batch_only:
                batch_extras(batch, tmp, args, figures)
    figures["load average as the run ended"] = f"{load_average():.1f}"
    write_report(args.out, figures, cores, args)
    for key, value in figures.items():
        print(f"{key}: {value}")
    return 0


def compared(command: list[str], checkout: Path) -> list[str]:
    """``command`` (a ``briefings`` command) run from another checkout of briefings."""
    script = briefings_command()
    return ["env", f"PYTHONPATH={checkout.resolve()}", sys.executable, "-m", "briefings",
            *command[len(script):]]


def cold_builds(tmp: Path, fonts: Path, args: argparse.Namespace, figures: dict[str, str]) -> None:
    """One brief to PDF, against plain weasyprint on the page the build lays out."""
    single = tmp / "single"
    single.mkdir()
    shutil.copy(SEED, single / SEED.name)
    shutil.copy(ARTICLE, single / ARTICLE.name)
    subprocess.run(briefings_command("build", str(single / SEED.name), "--workspace", str(single),
                                     "--format", "md,html"), check=True, capture_output=True)
    html = page_laid_out(single / "output" / "us-turkey-caatsa-sanctions.html", tmp / "page.html")
    markdown = single / "output" / "us-turkey-caatsa-sanctions.md"

    def ours_with(variant: str) -> list[str]:
        return briefings_command("build", str(single / SEED.name), "--workspace", str(single),
                                 "--format", "pdf", "--force", "--pdf-variant", variant)

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
    if args.compare:
        commands["before"] = compared(ours_with("pdf/ua-1"), args.compare)
    if shutil.which("pandoc"):
        os.environ["PATH"] = str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", "")
        commands["pandoc"] = ["pandoc", str(markdown), "--pdf-engine=weasyprint", "-o", str(tmp / "p.pdf")]
    runs = interleaved(commands, args.cold_repeat, single)
    wall = {name: statistics.median(t.wall for t in timings) for name, timings in runs.items()}
    figures["cold build, untagged PDF (briefings build --pdf-variant untagged)"] = f"{wall['ours_plain']:.2f} s"
    figures["plain weasyprint on the same page, same fonts"] = f"{wall['weasy_plain']:.2f} s"
    figures["plain weasyprint on the same page, system fonts"] = f"{wall['weasy_system']:.2f} s"
    figures["ratio, untagged (wall; median of the rounds' ratios, min–max)"] = (
        spread(ratios(runs["ours_plain"], runs["weasy_plain"]), unit="×"))
    figures["weasyprint, same page and fonts, libraries found by the linker"] = f"{wall['weasy_linker']:.2f} s"
    figures["ratio, untagged, against that (wall)"] = spread(ratios(runs["ours_plain"], runs["weasy_linker"]),
                                                             unit="×")
    figures["cold build, tagged PDF/UA-1 (the default)"] = f"{wall['ours']:.2f} s"
    figures["weasyprint --pdf-variant pdf/ua-1 on the same page, same fonts"] = f"{wall['weasy']:.2f} s"
    figures["ratio, tagged (wall)"] = spread(ratios(runs["ours"], runs["weasy"]), unit="×")
    figures["ratio, tagged (CPU time)"] = spread(ratios(runs["ours"], runs["weasy"], "cpu"), unit="×")
    figures["CPU time, tagged: ours / weasyprint (medians)"] = (
        f"{statistics.median(t.cpu for t in runs['ours']):.2f} s / "
        f"{statistics.median(t.cpu for t in runs['weasy']):.2f} s")
    if args.compare:
        figures["before (--compare), tagged: ratio (wall)"] = spread(ratios(runs["before"], runs["weasy"]), unit="×")
        figures["before (--compare), tagged: ratio (CPU time)"] = spread(
            ratios(runs["before"], runs["weasy"], "cpu"), unit="×")
    if "pandoc" in runs:
        figures["pandoc --pdf-engine=weasyprint on the same Markdown"] = f"{wall['pandoc']:.2f} s"
        figures["ratio briefings (untagged) / pandoc"] = f"{wall['ours_plain'] / wall['pandoc']:.2f}×"
    else:
        figures["pandoc --pdf-engine=weasyprint"] = "not installed (apt-get install pandoc)"


def start_up(single: Path, args: argparse.Namespace, figures: dict[str, str]) -> None:
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


def batch_rounds(batch: Path, tmp: Path, fonts: Path, args: argparse.Namespace,
                 figures: dict[str, str]) -> None:
    """Rounds of (WeasyPrint alone in one process on 1 core, ours on 1 core, ours on all cores,
    and the same for --compare), so that drifts in the machine's speed hit all alike; ratios
    are medians of the rounds' ratios. "1 core": the command pinned to one core with one
    worker, for the build renders text itself beside its worker (a second core would
    otherwise take that share)."""
    timed(briefings_command("build", str(batch), "--workspace", str(tmp / "wh"), "--format", "html"), tmp)
    (tmp / "pages").mkdir()
    pages = [str(page_laid_out(page, tmp / "pages" / page.name))
             for page in sorted((tmp / "wh" / "output").glob("*.html"))]
    weasy_loop = [sys.executable, "-c", WEASYPRINT_LOOP, str(fonts), "pdf/ua-1", *pages]
    weasy_loop_shared = [sys.executable, "-c", WEASYPRINT_LOOP_ONE_FONT_CONFIGURATION, str(fonts),
                         "pdf/ua-1", *pages]
    one_core = {min(os.sched_getaffinity(0))}

    def build(workers: str, version: str = "") -> list[str]:
        return briefings_command("build", str(batch), "--workspace", str(tmp / f"w{version}{workers}"),
                                 "--format", "pdf", "--force", "--workers", workers)

    commands = {"loop": (weasy_loop, one_core), "loop_shared": (weasy_loop_shared, one_core),
                "one": (build("1"), one_core), "all": (build("0"), None)}
    if args.compare:
        commands |= {"before_one": (compared(build("1", "before"), args.compare), one_core),
                     "before_all": (compared(build("0", "before"), args.compare), None)}
    runs: dict[str, list[Timing]] = {name: [] for name in commands}
    loads = []
    for _ in range(args.repeat):
        loads.append(load_average())
        for name, (command, cores) in commands.items():
            runs[name].append(timed(command, tmp, cores=cores))
    cores = len(os.sched_getaffinity(0))
    n = args.n
    figures["load average as each batch round started"] = ", ".join(f"{load:.1f}" for load in loads)
    figures[f"WeasyPrint alone, the {n} pages in one process, 1 core: wall / CPU (medians)"] = (
        f"{statistics.median(t.wall for t in runs['loop']):.1f} s / "
        f"{statistics.median(t.cpu for t in runs['loop']):.1f} s")
    for prefix, key in (("", "one"), ("before (--compare): ", "before_one")):
        if key in runs:
            figures[f"{prefix}{n} briefings, 1 core (1 worker): wall / CPU (medians)"] = (
                f"{statistics.median(t.wall for t in runs[key]):.1f} s / "
                f"{statistics.median(t.cpu for t in runs[key]):.1f} s")
            figures[f"{prefix}batch per brief against WeasyPrint alone, 1 core, wall"] = (
                spread(ratios(runs[key], runs["loop"]), unit="×"))
            figures[f"{prefix}batch per brief against WeasyPrint alone, 1 core, CPU time"] = (
                spread(ratios(runs[key], runs["loop"], "cpu"), unit="×"))
            figures[f"{prefix}batch per brief against WeasyPrint alone with one font "
                    f"configuration, 1 core, wall / CPU time"] = (
                f"{spread(ratios(runs[key], runs['loop_shared']), unit='×')} / "
                f"{spread(ratios(runs[key], runs['loop_shared'], 'cpu'), unit='×')}")
    for prefix, one, many in (("", "one", "all"), ("before (--compare): ", "before_one", "before_all")):
        if many in runs:
            figures[f"{prefix}{n} briefings, {cores} cores ({cores} workers), wall"] = (
                f"{statistics.median(t.wall for t in runs[many]):.1f} s")
            figures[f"{prefix}speed-up on {cores} cores (wall)"] = spread(ratios(runs[one], runs[many]), unit="×")
    figures["WeasyPrint alone, one font configuration, 1 core: wall / CPU (medians)"] = (
        f"{statistics.median(t.wall for t in runs['loop_shared']):.1f} s / "
        f"{statistics.median(t.cpu for t in runs['loop_shared']):.1f} s")
    figures["rounds (WeasyPrint alone / with one font configuration / 1 core / all cores, wall s)"] = (
        ", ".join(f"{w.wall:.1f}/{s.wall:.1f}/{a.wall:.1f}/{b.wall:.1f}" for w, s, a, b in zip(
            runs["loop"], runs["loop_shared"], runs["one"], runs["all"], strict=True)))


def batch_extras(batch: Path, tmp: Path, args: argparse.Namespace, figures: dict[str, str]) -> None:
    """Memory, Ctrl-C and the no-op rebuild, each in runs of their own."""
    # memory in a run of its own: sampling /proc takes CPU from the workers being timed
    small = tmp / "small"
    make_variants(small, min(args.n, 20))
    _, memory = parallel_with_memory(small, tmp / "wm")
    figures["peak memory per worker (VmHWM)"] = (
        f"max {max(memory)} MiB, median {statistics.median(memory):.0f} MiB over {len(memory)} "
        "render processes" if memory else "n/a")
    stopped, all_gone = interrupt_latency(batch, tmp / "wi", args.repeat)
    figures["Ctrl-C during a batch → command exited"] = f"{stopped:.2f} s"
    figures["Ctrl-C during a batch → no process left"] = f"{all_gone:.2f} s"
    noop = median_of(args.repeat, briefings_command("build", str(batch), "--workspace", str(tmp / "w0"),
                                                    "--format", "pdf"), tmp)
    figures[f"no-op rebuild of {args.n}, whole command"] = f"{noop:.3f} s"
    from briefings.building.run import Workspace, build

    started = time.perf_counter()
    report = build([batch], Workspace.at(tmp / "w0"), formats=["pdf"])
    assert not report.built, "the no-op rebuild built something"
    figures[f"no-op rebuild of {args.n}, in process"] = f"{time.perf_counter() - started:.3f} s"


READING = """## Reading the figures

- **Cold build.** The command starts its render worker (a `pebble` pool's, forked from a fork
  server) as it begins, when its command line shows a build that will lay out a PDF
  (`briefings.cli.early`; the benchmark's cold builds name their brief and pass `--force`), and
  the server imports WeasyPrint, its native libraries found by the dynamic linker, while the command loads its CLI,
  models and templates, validates and renders the brief's text. On two free cores the import
  overlaps the command's own work; on one core, or a busy machine, it does not, and the CPU
  ratio shows what the build adds in all: its own start, validation, the text, a second
  interpreter, and the page and the PDF crossing between processes.
- **The baselines lay out the page the build lays out**: the HTML edition without the WOFF2
  fonts it carries for browsers. WeasyPrint decodes every WOFF2 font a page names, in Python,
  about 0.4 s each on this machine; given the edition itself, the baseline would spend
  seconds on six fonts that no build decodes.
- **pandoc** converts the Markdown with its own HTML and stylesheet, so it lays out a simpler
  page than ours; the ratio compares the tools, not the same document.
- **Batch.** Layout dominates. A worker serves many briefs and keeps WeasyPrint loaded; the
  build validates every brief and renders the texts itself (from the packaged templates,
  compiled once), beside its worker on the same core in the one-core run.
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
        "Targets (issue 22.14): batch per brief ≤ 1.15× WeasyPrint alone on one core; ≥ 1.9× speed-up on",
        "two cores; cold build ≤ 1.1× plain weasyprint. (Issue 9: no-op rebuild of 100 ≤ 0.5 s;",
        "peak memory ≤ 150 MiB per worker.)",
        "",
        READING,
    ]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
