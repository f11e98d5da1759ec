"""Review in the browser, end to end: ingest two articles from a feed on 127.0.0.1, open the
briefing in ``briefings serve`` (Debian's chromium, driven by Selenium) and, from the keyboard,
accept one item, reject one and give one quote another speaker; then the YAML, the rebuilt
preview and ``briefings review``'s listing all say so. Screenshots at 390 and 1280 px are kept
in the test's folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from feedserver import FeedServer
from serving import ServeProcess

from briefings.review.decide import read_tree
from briefings.review.items import fingerprint, items, proposed
from tests.conftest import ROOT, SEEDS
from tests.schedule.test_cycle import CAVUSOGLU, STOLTENBERG, feed_with_two_articles
from tests.serve.test_preview_browser import CHROMIUM, DRIVER, browser, wait_until  # noqa: F401 - a fixture

pytestmark = pytest.mark.skipif(not (CHROMIUM and DRIVER),
                                reason="needs Debian's chromium and chromium-driver (.ci/run installs them)")
BRIEFING = "seeds/us-turkey-caatsa-sanctions.yaml"
PAGE = "b/us-turkey-caatsa-sanctions/"
EMBARGO = "Analysts expect the European Union to consider an arms embargo on Turkey in the coming months."


def briefings(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "briefings", *args], cwd=root, capture_output=True,
                          text=True, timeout=300, env={**os.environ, "PYTHONPATH": str(ROOT)})


def ingested(root: Path) -> Path:
    """A workspace whose briefing holds what ingest proposed from two articles of a local feed."""
    shutil.copytree(SEEDS, root / "seeds")
    with FeedServer() as feeds:
        feed_with_two_articles(feeds)
        (root / "briefings.toml").write_text(
            f'[[inputs]]\nbriefing = "{BRIEFING}"\nkeywords = ["sanctions"]\n'
            f'[[inputs.feeds]]\nurl = "{feeds.base}/feed.xml"\nallow_http = true\n', encoding="utf-8")
        done = briefings(root, "ingest")
    assert done.returncode == 0 and "2 new article(s)" in done.stderr, done.stderr
    return root / BRIEFING


def review_id(briefing: Path, words: str) -> str:
    """The review id `briefings review` prints for the proposed item that says ``words``."""
    return next(item.fingerprint[:8] for item in proposed(read_tree(briefing)) if item.summary == words)


def press(driver, button) -> None:
    """Press a button as a keyboard user does: focus it, then Enter."""
    from selenium.webdriver.common.keys import Keys

    driver.execute_script("arguments[0].focus()", button)
    assert driver.switch_to.active_element == button
    button.send_keys(Keys.ENTER)


def card(driver, item_id: str):
    from selenium.webdriver.common.by import By

    return driver.find_element(By.CSS_SELECTOR, f"[data-item='{item_id}']")


def gone(item_id: str):
    from selenium.webdriver.common.by import By

    return lambda d: (not d.find_elements(By.CSS_SELECTOR, f"[data-item='{item_id}']")
                      and d.find_elements(By.ID, "review"))


def test_review_in_the_browser(tmp_path: Path, browser) -> None:  # noqa: F811 - the fixture
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import Select

    briefing = ingested(tmp_path)
    accept, reject, edit = (review_id(briefing, words) for words in (STOLTENBERG, EMBARGO, CAVUSOGLU))
    edited = fingerprint("quote", {"text": CAVUSOGLU, "speaker": "tr-foreign-ministry"})[:8]  # its id after
    pending = {item.fingerprint[:8] for item in proposed(read_tree(briefing))}
    assert {accept, reject, edit} <= pending
    server = ServeProcess(tmp_path)
    try:
        for width in (390, 1280):
            browser.set_window_size(width, 900)
            browser.get(server.url + PAGE)
            wait_until(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "[data-item]"))
            browser.save_screenshot(str(tmp_path / f"review-{width}.png"))
            browser.execute_script("arguments[0].scrollIntoView()", card(browser, edit))
            browser.save_screenshot(str(tmp_path / f"item-{width}.png"))
            overflow = browser.execute_script(
                "return document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, f"the page is {overflow} px wider than a {width} px window"
        shown = {e.get_attribute("data-item") for e in browser.find_elements(By.CSS_SELECTOR, "[data-item]")}
        assert shown == pending  # every proposed item, by the id `briefings review` prints
        assert "Proposed quote" in card(browser, accept).text

        # the keyboard reaches every control of an item, in order
        buttons = card(browser, edit).find_elements(By.CSS_SELECTOR, "button, select")
        assert [b.text if b.tag_name == "button" else "select" for b in buttons] == [
            "Accept", "Reject", "select", "Edit speaker/party"]
        browser.execute_script("arguments[0].focus()", buttons[0])
        for following in buttons[1:]:
            browser.switch_to.active_element.send_keys(Keys.TAB)
            assert browser.switch_to.active_element == following

        # the passage, one click away, marked in the archived article
        card(browser, accept).find_element(By.PARTIAL_LINK_TEXT, "Show the passage").click()
        marked = wait_until(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "mark#passage"))
        assert marked is not None and STOLTENBERG in browser.find_element(By.ID, "passage").text
        browser.back()

        wait_until(browser, lambda d: card(d, accept))
        press(browser, card(browser, accept).find_element(By.XPATH, ".//button[.='Accept']"))
        wait_until(browser, gone(accept))
        press(browser, card(browser, reject).find_element(By.XPATH, ".//button[.='Reject']"))
        wait_until(browser, gone(reject))
        wait_until(browser, lambda d: card(d, edit))
        Select(card(browser, edit).find_element(By.TAG_NAME, "select")).select_by_value(
            "tr-foreign-ministry/tr-foreign-ministry")
        press(browser, card(browser, edit).find_element(By.XPATH, ".//button[.='Edit speaker/party']"))
        wait_until(browser, lambda d: "Turkish Ministry of Foreign Affairs" in card(d, edited).text)

        # the YAML
        tree = read_tree(briefing)
        left = {item.fingerprint[:8]: item for item in proposed(tree)}
        assert accept not in left and reject not in left and edited in left
        assert any(i.fingerprint.startswith(accept) and not i.proposed for i in items(tree))
        assert any(rejected.startswith(reject) for rejected in tree["rejected"])
        assert left[edited].party["id"] == "tr-foreign-ministry"
        assert left[edited].node["speaker"] == "tr-foreign-ministry"
        assert briefing.read_text(encoding="utf-8").startswith("# The seed briefing")  # comments kept

        # the rebuilt preview: the accepted quote in the brief, no longer marked proposed
        body = browser.find_element(By.CSS_SELECTOR, "main.briefing")
        outside_cards = browser.execute_script(
            "var m = document.querySelector('main.briefing').cloneNode(true);"
            "m.querySelectorAll('.proposed-item, #review').forEach(function (e) { e.remove(); });"
            "return m.textContent;")
        assert STOLTENBERG in outside_cards and EMBARGO not in body.text
        logs = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
        assert logs == []

        # `briefings review` lists what is left, the edited quote under its new party
        listing = briefings(tmp_path, "review", BRIEFING)
        assert listing.returncode == 0, listing.stderr
        assert f"{accept}  " not in listing.stdout and f"{reject}  " not in listing.stdout
        assert f"{edited}  quote (Turkish Ministry of Foreign Affairs): {CAVUSOGLU}" in listing.stdout
        assert f"{len(left)} proposed item(s)" in listing.stdout
        assert len(left) == len(pending) - 3  # the accepted quote's new party was accepted with it
    finally:
        assert server.stop() == 0


def test_a_choice_survives_a_change_on_disk(tmp_path: Path, browser) -> None:  # noqa: F811
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select
    from serving import make_workspace

    from tests.review.test_decide import NEW_QUOTE, propose

    briefing = make_workspace(tmp_path)
    propose(briefing)
    item = fingerprint("quote", {"text": NEW_QUOTE, "speaker": "tr-foreign-ministry"})[:8]
    choice = "tr-defence-ministry/hulusi-akar"
    moved_id = fingerprint("quote", {"text": NEW_QUOTE, "speaker": "hulusi-akar"})[:8]
    server = ServeProcess(tmp_path)
    try:
        browser.get(server.url + PAGE)
        wait_until(browser, lambda d: card(d, item) and d.execute_script(
            "return window.briefingsServeEvents && window.briefingsServeEvents.readyState === 1"))
        Select(card(browser, item).find_element(By.TAG_NAME, "select")).select_by_value(choice)
        briefing.write_text(briefing.read_text(encoding="utf-8") + "# edited by hand\n", encoding="utf-8")
        wait_until(browser, lambda d: d.find_elements(By.ID, "briefings-stale"))  # said, not reloaded
        assert Select(card(browser, item).find_element(By.TAG_NAME, "select")).first_selected_option \
            .get_attribute("value") == choice
        before = briefing.read_bytes()
        press(browser, card(browser, item).find_element(By.XPATH, ".//button[.='Edit speaker/party']"))
        wait_until(browser, lambda d: "Nothing was written" in d.find_element(By.TAG_NAME, "h1").text)
        assert "changed on disk" in browser.find_element(By.CSS_SELECTOR, "[role=alert]").text
        assert briefing.read_bytes() == before
        again = Select(card(browser, item).find_element(By.TAG_NAME, "select"))
        assert again.first_selected_option.get_attribute("value") == choice  # kept
        press(browser, card(browser, item).find_element(By.XPATH, ".//button[.='Edit speaker/party']"))
        wait_until(browser, lambda d: "Hulusi Akar" in card(d, moved_id).text)  # sent again: done
        moved = next(i for i in proposed(read_tree(briefing)) if i.fingerprint.startswith(moved_id))
        assert moved.node["speaker"] == "hulusi-akar"
    finally:
        assert server.stop() == 0
