"""The HTML edition in a real browser (Debian's chromium and chromium-driver, driven by
Selenium): on a 390 px phone no text is smaller than 11 CSS px and nothing scrolls sideways;
figures whose labels would shrink below that give way to their tables; the consequences table
becomes one card per row; and the packaged fonts are the ones the browser uses, with no
request made. The seed is built once; the browser reads the file."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM, DRIVER = shutil.which("chromium"), shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(not (CHROMIUM and DRIVER),
                                reason="needs Debian's chromium and chromium-driver (.ci/run installs them)")

MIN_TEXT_PX = 11
SEED_ID = "us-turkey-caatsa-sanctions"

#: Every element with text of its own (or a ::before label): its computed font size.
TEXT_SIZES = """
const found = [];
for (const element of document.body.querySelectorAll('*')) {
  const style = getComputedStyle(element);
  if (style.display === 'none' || style.visibility === 'hidden' || element.closest('thead')) continue;
  const own = [...element.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
  if (own && element.getClientRects().length)
    found.push([element.tagName + '.' + element.className, parseFloat(style.fontSize),
                element.textContent.trim().slice(0, 40)]);
  const label = getComputedStyle(element, '::before');
  if (label.content && label.content !== 'none' && label.content !== 'normal' && label.content !== '""')
    found.push([element.tagName + '::before', parseFloat(label.fontSize), label.content]);
}
return found;
"""

#: Every element wider than its box (a table that scrolls), and the page's own width.
OVERFLOW = """
const wide = [...document.querySelectorAll('body *')].filter(
  e => e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 1  /* not visually hidden */
       && getComputedStyle(e).overflowX !== 'visible')
  .map(e => e.tagName + '.' + e.className);
return [document.documentElement.scrollWidth, document.documentElement.clientWidth, wide];
"""

#: Each figure image: shown or not, its rendered width, its intrinsic width and the smallest
#: font size its SVG asks for.
FIGURES = """
return [...document.querySelectorAll('figure.visual img')].map(img => [
  getComputedStyle(img.closest('figure')).display !== 'none', img.getBoundingClientRect().width,
  img.naturalWidth,
  Math.min(...[...atob(img.src.split(',')[1]).matchAll(/font-size="([0-9.]+)"/g)].map(m => +m[1]))]);
"""


@pytest.fixture(scope="module")
def edition(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from conftest import SEEDS

    import briefings
    from briefings.building.workspace import Workspace

    root = tmp_path_factory.mktemp("phone")
    shutil.copytree(SEEDS, root / "seeds")
    report = briefings.build([root / "seeds"], workspace=Workspace.at(root), formats=["html"])
    assert report.ok, report.failed
    return root / "output" / f"{SEED_ID}.html"


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--no-first-run", "--disable-background-networking", "--disable-extensions",
                     "--hide-scrollbars"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=DRIVER))
    try:
        yield driver
    finally:
        driver.quit()


def _open(driver, page: Path, width: int) -> None:
    """The page in a viewport exactly ``width`` CSS px wide."""
    driver.set_window_size(width, 900)
    driver.get(page.as_uri())
    inner = driver.execute_script("return window.innerWidth")
    if inner != width:
        driver.set_window_size(2 * width - inner, 900)
        driver.get(page.as_uri())
    assert driver.execute_script("return window.innerWidth") == width
    driver.execute_script("return document.fonts.ready")


@pytest.mark.parametrize("width", [390, 1280])
def test_no_text_is_smaller_than_11_px(edition: Path, browser, width: int) -> None:
    _open(browser, edition, width)
    sizes = browser.execute_script(TEXT_SIZES)
    assert len(sizes) > 100  # the page's text was found
    small = [entry for entry in sizes if entry[1] < MIN_TEXT_PX]
    assert small == []


@pytest.mark.parametrize("width", [390, 1280])
def test_nothing_scrolls_sideways(edition: Path, browser, width: int) -> None:
    _open(browser, edition, width)
    page_width, viewport, wide = browser.execute_script(OVERFLOW)
    assert page_width <= viewport and wide == []


@pytest.mark.parametrize("width", [390, 700, 801, 1280])
def test_every_figure_shown_is_drawn_at_a_readable_size(edition: Path, browser, width: int) -> None:
    """A figure drawn smaller than its own size shrinks its labels: one shown must draw its
    smallest label at 11 px or more, or give way to its table."""
    _open(browser, edition, width)
    figures = browser.execute_script(FIGURES)
    assert len(figures) == 3
    for shown, drawn, natural, smallest in figures:
        assert not shown or drawn / natural * smallest >= MIN_TEXT_PX
    if width < 800:  # each replaced by its table, which is there
        assert not any(shown for shown, *_ in figures)
        for table in ("stances", "consequences", "timeline"):
            assert browser.execute_script(
                f"return document.querySelector('div.{table} table').getClientRects().length") > 0


def test_on_a_phone_each_consequence_is_a_card_with_its_labels(edition: Path, browser) -> None:
    _open(browser, edition, 390)
    cards = browser.execute_script("""
      return [...document.querySelectorAll('div.consequences tbody tr')].map(row => [
        getComputedStyle(row).display, row.getBoundingClientRect().width,
        [...row.cells].map(cell => getComputedStyle(cell, '::before').content)]);""")
    assert len(cards) == 9
    for display, width, labels in cards:
        assert display == "block" and width <= 390
        assert labels == ['"#"', '"Party"', '"Consequence"', '"Affects"', '"Likelihood"', '"Impact"',
                          '"Timeframe"']


def test_the_packaged_fonts_are_used_and_nothing_is_fetched(edition: Path, browser) -> None:
    _open(browser, edition, 1280)
    loaded = browser.execute_script("""
      return [...document.fonts].filter(f => f.status === 'loaded').map(f => f.family + ' ' + f.weight + ' ' + f.style);""")
    assert {"Source Serif 4 400 normal", "Source Sans 3 700 normal"} <= {n.replace('"', '') for n in loaded}
    serif = browser.execute_script("return document.fonts.check('16px \"Source Serif 4\"')")
    assert serif
    requests = [entry["message"] for entry in browser.get_log("performance")
                if '"Network.requestWillBeSent"' in entry["message"]]
    assert all('"url":"file://' in message or '"url":"data:' in message for message in requests)
