"""The documentation site (#36) in a real browser: Debian's headless Chromium opens the built index, a rendered
notebook with figures, the notebook with the explorer and the tables page from the files on disk, with no console
error and no request that leaves the machine (every request the browser makes is read from its network log).

Where chromium or chromedriver is absent the tests skip, except in CI (CI set), where .ci/run installs them."""

from __future__ import annotations

import io
import json
from urllib.parse import urlparse

import pytest
from test_browser import (
    ROOT,
    check_screenshot,
    check_styles,
    committed_explorers,
    console_errors,
    start_chromium,
    views,
)

from toolkit.analysis.schema import ARTICLE_SCHEMA, TABLE_SCHEMAS

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """Headless Chromium logging the console and every network request."""
    driver = start_chromium(tmp_path_factory.mktemp("chromium-site-profile"),
                            {"browser": "ALL", "performance": "ALL"})
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="module")
def site(docs_site):
    assert docs_site.returncode == 0, docs_site.output
    return docs_site.html


def requests_made(driver) -> list[tuple[str, str]]:
    """Every request the browser made since the last call (its performance log): (the page that made it, the
    address asked for)."""
    made = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            made.append((message["params"].get("documentURL", ""), message["params"]["request"]["url"]))
    return made


def leaves_the_machine(page: str, url: str) -> bool:
    """A request to the network, from anywhere; or, from a page of the site, any address but a file or inline
    data (the browser's own chrome:// pages load their own resources and are no page of the site)."""
    scheme = urlparse(url).scheme
    return scheme not in ("file", "data", "blob", "about", "chrome") or \
        (urlparse(page).scheme == "file" and scheme not in ("file", "data", "blob", "about"))


def open_page(driver, path) -> list[str]:
    """Open a built page, wait until it and everything it loads have finished; return what it requested."""
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get_log("browser")
    driver.get_log("performance")
    driver.get(path.as_uri())
    WebDriverWait(driver, 30).until(lambda d: d.execute_script("return document.readyState") == "complete")
    WebDriverWait(driver, 30).until(lambda d: d.execute_script(
        "return [...document.images].every(image => image.complete)"))
    made = requests_made(driver)
    assert any(page == path.as_uri() for page, _ in made), "the network log holds none of the page's requests"
    outside = [url for page, url in made if leaves_the_machine(page, url)]
    assert outside == [], f"{path.name}: requests that leave the machine: {outside}"
    assert console_errors(driver) == []
    return [url for page, url in made if page == path.as_uri()]


def test_the_index_opens_offline(browser, site):
    open_page(browser, site / "index.html")
    assert "newsroom-toolkit" in browser.title
    links = browser.execute_script("return [...document.querySelectorAll('a.reference.internal')]"
                                   ".map(a => a.getAttribute('href'))")
    for target in ("getting-started.html", "tables.html", "accuracy.html", "notebooks.html"):
        assert target in links
    for href in {link.split("#")[0] for link in links if link and not link.startswith("#")}:
        assert (site / href).is_file(), href


def test_a_rendered_notebook_shows_its_figures(browser, site):
    requested = open_page(browser, site / "notebooks" / "01_actors.html")
    sizes = browser.execute_script("return [...document.querySelectorAll('.cell_output img')]"
                                   ".map(image => [image.naturalWidth, image.naturalHeight])")
    assert len(sizes) >= 2 and all(width > 100 and height > 100 for width, height in sizes), sizes
    assert sum(url.endswith(".png") for url in requested) >= len(sizes)


def test_a_rendered_notebook_shows_the_explorer_with_its_marks(browser, site):
    """Notebook 05's explorers, as the site shows them, against the same HTML shown as a page of its own: the same
    text, marks and titles, every kind of mark styled, and painted on screen."""
    from selenium.webdriver.common.by import By

    saved = committed_explorers(ROOT / "notebooks" / "05_from_a_web_page.ipynb")
    assert saved
    plain = []
    for html in saved:
        browser.get("about:blank")
        browser.execute_script("document.body.innerHTML = arguments[0];", html)
        plain += views(browser)
    open_page(browser, site / "notebooks" / "05_from_a_web_page.html")
    elements = browser.find_elements(By.CSS_SELECTOR, ".cell_output .toolkit-explorer")
    assert len(elements) == len(saved)
    for element, page in zip(elements, plain, strict=True):
        browser.execute_script("arguments[0].scrollIntoView()", element)
        assert element.is_displayed()
        [view] = views(browser, element)
        assert view.text == page.text
        assert [(n.start, n.end, n.kinds, n.css.get("title")) for n in view.nodes] == \
               [(n.start, n.end, n.kinds, n.css.get("title")) for n in page.nodes]
        check_styles(view, wavy=True)
        check_screenshot(screenshot_of(browser, element.find_element(By.CSS_SELECTOR, ":scope > div:last-child")), view)


def screenshot_of(browser, element) -> bytes:
    """The element as painted: scrolled to the top of the window (2,400 pixels high: each explorer fits), then
    cut out of a screenshot of the window (an element's own screenshot can time out on a long page)."""
    from PIL import Image

    # at once: the theme scrolls smoothly, and a rectangle read during the scroll is stale
    browser.execute_script("arguments[0].scrollIntoView({block: 'start', behavior: 'instant'})", element)
    box = browser.execute_script("const r = arguments[0].getBoundingClientRect();"
                                 "return [r.left, r.top, r.right, r.bottom, window.devicePixelRatio];", element)
    *edges, ratio = box
    window = Image.open(io.BytesIO(browser.get_screenshot_as_png()))
    assert edges[3] * ratio <= window.height, "the explorer does not fit the window"
    cut = io.BytesIO()
    window.crop(tuple(round(edge * ratio) for edge in edges)).save(cut, format="PNG")
    return cut.getvalue()


def test_the_tables_page_shows_every_column(browser, site):
    from selenium.webdriver.common.by import By

    open_page(browser, site / "tables.html")
    tables = browser.find_elements(By.CSS_SELECTOR, "table.toolkit-columns")
    assert len(tables) == len(TABLE_SCHEMAS)  # quotes and statements share one; articles has its own
    rows = sum(len(table.find_elements(By.CSS_SELECTOR, "tbody tr")) for table in tables)
    drawn = [columns for name, columns in TABLE_SCHEMAS.items() if name != "statements"] + [ARTICLE_SCHEMA]
    assert rows == sum(len(columns) for columns in drawn)
    for table in tables:
        browser.execute_script("arguments[0].scrollIntoView()", table)
        assert table.is_displayed() and table.size["width"] > 400
