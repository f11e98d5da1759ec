"""``briefings serve`` in a real browser (Debian's chromium and chromium-driver, driven by
Selenium): the open page follows the file as it is edited, broken and fixed, with no one
touching the page. ``.ci/run`` installs both packages."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from serving import ServeProcess, make_workspace

CHROMIUM, DRIVER = shutil.which("chromium"), shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(not (CHROMIUM and DRIVER),
                                reason="needs Debian's chromium and chromium-driver (.ci/run installs them)")


@pytest.fixture
def browser() -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                     "--disable-gpu", "--window-size=1200,900", "--no-first-run",
                     "--disable-background-networking", "--disable-extensions"):
        options.add_argument(argument)
    driver = webdriver.Chrome(options=options, service=Service(executable_path=DRIVER))
    try:
        yield driver
    finally:
        driver.quit()


def wait_until(driver, condition, timeout: float = 15.0) -> float:
    from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
    from selenium.webdriver.support.ui import WebDriverWait

    started = time.perf_counter()
    WebDriverWait(driver, timeout, poll_frequency=0.02, ignored_exceptions=(
        NoSuchElementException, StaleElementReferenceException)).until(condition)
    return time.perf_counter() - started


def test_the_page_follows_the_file(tmp_path: Path, browser) -> None:
    from selenium.webdriver.common.by import By

    briefing = make_workspace(tmp_path)
    server = ServeProcess(tmp_path)
    try:
        browser.get(server.url)
        link = browser.find_element(By.CSS_SELECTOR, "a[href='/b/us-turkey-caatsa-sanctions/']")
        link.click()
        wait_until(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "main.briefing h1"))
        assert "US CAATSA sanctions" in browser.find_element(By.CSS_SELECTOR, "main.briefing h1").text
        wait_until(browser, lambda d: d.execute_script(  # the event stream is open
            "return window.briefingsServeEvents && window.briefingsServeEvents.readyState === 1"))
        good = briefing.read_text()

        # an edit: the new title appears by itself
        briefing.write_text(good.replace("title: US CAATSA sanctions",
                                         "title: Edited CAATSA sanctions", 1))
        seconds = wait_until(browser, lambda d: "Edited CAATSA sanctions" in d.find_element(
            By.CSS_SELECTOR, "body").text)
        print(f"edit shown in the browser after {seconds:.2f} s;", server.output())

        # an error: listed with its place and field
        broken = good.replace("short_name: CHP", "shortname: CHP", 1)
        line = next(i for i, row in enumerate(broken.splitlines(), 1) if "shortname: CHP" in row)
        briefing.write_text(broken)
        wait_until(browser, lambda d: d.find_elements(By.ID, "briefing-errors"))
        issues = browser.find_element(By.CSS_SELECTOR, "ol.issues").text
        assert f"{briefing.resolve()}:{line}:5" in issues
        assert "parties[3].shortname" in issues
        assert "unknown key 'shortname'; did you mean 'short_name'?" in issues
        assert not browser.find_elements(By.CSS_SELECTOR, "main.briefing")

        # fixed: the brief is back
        briefing.write_text(good)
        wait_until(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "main.briefing h1"))
        assert "US CAATSA sanctions" in browser.find_element(By.CSS_SELECTOR, "main.briefing h1").text
        assert not browser.find_elements(By.ID, "briefing-errors")
        logs = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
        assert logs == []  # no script errors, nothing blocked by the page's policy
    finally:
        assert server.stop() == 0
