"""How long `briefings serve` takes from saving the seed briefing to showing the change.

    python bench/serve.py [--repeat 10] [--browser] [--screenshot docs/serve.png]

Starts `briefings serve` on a free port of 127.0.0.1 in a temporary copy of the seed
workspace, then for each repetition changes the title in the YAML and measures:

* server: from the write to the first HTTP response of the page that carries the new title
  (the file watcher, validation and rendering; polled every 10 ms);
* browser (with --browser; Debian's chromium driven by Selenium): from the write to the new
  title in the open page, which reloads by itself (adds the event, the reload and the layout).

The target is 0.5 s for the seed. --screenshot saves the preview of the seed as shown in the
browser (used in the README).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from serving import ServeProcess, make_workspace  # noqa: E402

PAGE = "/b/us-turkey-caatsa-sanctions/"


def edit(briefing: Path, original: str, number: int) -> str:
    title = f"Edit {number} of the CAATSA brief"
    briefing.write_text(original.replace("title: US CAATSA sanctions", f"title: {title}", 1))
    return title


def server_latency(server: ServeProcess, briefing: Path, original: str, repeat: int) -> list[float]:
    times = []
    for number in range(repeat):
        time.sleep(0.3)
        started = time.perf_counter()
        title = edit(briefing, original, number)
        while title not in server.get(PAGE)[1]:
            time.sleep(0.01)
        times.append(time.perf_counter() - started)
    return times


def open_browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                     "--disable-gpu", "--window-size=1200,900", "--hide-scrollbars"):
        options.add_argument(argument)
    return webdriver.Chrome(options=options, service=Service(shutil.which("chromedriver")))


def browser_latency(driver, server: ServeProcess, briefing: Path, original: str,
                    repeat: int) -> list[float]:
    from selenium.webdriver.common.by import By

    driver.get(server.url.rstrip("/") + PAGE)
    times = []
    for number in range(repeat):
        while not driver.execute_script("return window.briefingsServeEvents && "
                                        "window.briefingsServeEvents.readyState === 1"):
            time.sleep(0.01)
        time.sleep(0.3)
        started = time.perf_counter()
        title = edit(briefing, original, 100 + number)
        while True:
            try:
                if title in driver.find_element(By.CSS_SELECTOR, "main.briefing h1").text:
                    break
            except Exception:  # the page is reloading
                pass
            time.sleep(0.01)
        times.append(time.perf_counter() - started)
    return times


def describe(name: str, times: list[float]) -> str:
    return (f"{name}: median {statistics.median(times):.3f} s, max {max(times):.3f} s "
            f"over {len(times)} saves")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--browser", action="store_true")
    parser.add_argument("--screenshot", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        briefing = make_workspace(Path(folder))
        original = briefing.read_text()
        server = ServeProcess(Path(folder))
        try:
            print(describe("server", server_latency(server, briefing, original, args.repeat)))
            if args.browser or args.screenshot:
                driver = open_browser()
                try:
                    if args.browser:
                        print(describe("browser", browser_latency(driver, server, briefing,
                                                                  original, args.repeat)))
                    if args.screenshot:
                        briefing.write_text(original)
                        time.sleep(1)
                        driver.get(server.url.rstrip("/") + PAGE)
                        time.sleep(1)
                        driver.save_screenshot(str(args.screenshot))
                finally:
                    driver.quit()
        finally:
            server.stop()


if __name__ == "__main__":
    main()
