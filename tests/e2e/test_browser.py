"""The article explorer checked in a real browser (#20): Debian's headless Chromium, driven by selenium through
the system's chromedriver (nothing is downloaded). The page for the sample article and for an article with
nested quotations and a long paragraph: the marks sit at the offsets of the tables, with their hover titles, the
CSS is applied, the visible text is the article's, no console error, and a screenshot that is not blank.
Arbitrary text never becomes markup in the browser. In JupyterLab, a notebook opened untrusted (as a committed
one is) still shows the explorer with its marks distinguishable after the sanitizer.

Where chromium or chromedriver is absent the tests skip, except in CI (CI set), where .ci/run installs them."""

from __future__ import annotations

import io
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterable
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from pandas import notna
from test_lab import stop_process_group

from toolkit import Article, analyze, explore, load_article
from toolkit.pipeline import load_pipeline
from toolkit.timex.reading import value_in_words

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data" / "articles" / "000_a0b5b4455e1f7479.txt"
NOTEBOOK_05 = ROOT / "notebooks" / "05_from_a_web_page.ipynb"
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--window-size=1280,2400", "--hide-scrollbars")

# Written for this test (no dataset's text): quotations nested in quotations, a long paragraph, a mixed quote, and
# prices (JupyterLab's MathJax reads "$45 a container to $" as a formula where no mark cuts the text between).
NESTED = (
    "Harbour workers in Port Ellery voted on Thursday to end a three-week strike after the port authority agreed "
    "to restore overtime pay, union officials said.\n\n"
    "“When the chairman stood up and told us, ‘There is no more money for overtime, not this year and not next "
    "year,’ we knew we had to stop the cranes,” said Dana Whitfield, the regional secretary of the dockers’ union. "
    "“Now he tells us, ‘We have found the money after all.’ Our members will want to know where it was hiding.”\n\n"
    "The dispute began on January 29, when the authority announced that the night-shift premium of $2.50 an hour "
    "would end in the spring, a change it said would save about $4 million a year. Within two days "
    "container traffic through the port had fallen by more than half, and shipping lines began diverting vessels "
    "to Southmere, forty miles along the coast, where the operator reported its busiest week since 2019 and "
    "raised its handling fee from $45 a container to $60. Local "
    "hauliers said they had laid off drivers, and a supermarket chain warned that fresh produce could run short in "
    "the region if the stoppage lasted into March. The authority’s board met in emergency session on Monday and, "
    "according to two people familiar with the discussion who asked not to be named because the talks were "
    "private, was told by its finance director that the savings from the change would be wiped out within a month "
    "by lost fees. Councillor Priya Raman, who chairs the town’s economic committee, said the episode had exposed "
    "“a management that treats the people who run the port as a line in a spreadsheet,” and called for an "
    "independent review of the decision.\n\n"
    "Martin Cole, the authority’s chief executive, said in a statement that the agreement “protects jobs and keeps "
    "Port Ellery competitive,” and that talks on a new contract would begin on March 3.")


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def need_browser() -> None:
    missing = [str(path) for path in (CHROMIUM, CHROMEDRIVER) if not path.is_file()]
    try:
        import selenium  # noqa: F401
    except ImportError:
        missing.append("the selenium package (the dev extra)")
    if missing:
        reason = f"needs Debian's chromium and chromium-driver; missing: {', '.join(missing)}"
        if in_ci():
            pytest.fail(f"{reason}. In CI, .ci/run should have installed them (apt-get install chromium "
                        "chromium-driver)", pytrace=False)
        pytest.skip(reason)


def start_chromium(profile: Path, logs: dict[str, str]):
    """Headless Chromium on the system's binaries, with a fresh profile and the given logs (``browser``: the
    console; ``performance``: every network request); Selenium Manager (which would download a browser or a
    driver) is made to fail if anything calls it."""
    need_browser()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.selenium_manager import SeleniumManager

    def refuse(*args, **kwargs):
        raise AssertionError("Selenium Manager was called: it would look for a browser or driver to download")

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (*FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", logs)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SE_OFFLINE", "true")
        patch.setattr(SeleniumManager, "binary_paths", refuse)
        return webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)


@pytest.fixture(scope="module")
def driver(tmp_path_factory):
    """One headless Chromium for the whole module."""
    browser = start_chromium(tmp_path_factory.mktemp("chromium-profile"), {"browser": "ALL"})
    try:
        yield browser
    finally:
        browser.quit()


def console_errors(driver) -> list[dict]:
    return [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


# What the browser shows: every child node of the explorer's text block, with the computed styles that matter.
NODES_JS = """
const roots = arguments[0] ? [arguments[0]] : [...document.querySelectorAll('.toolkit-explorer')];
return roots.map(root => {
  const block = root.lastElementChild;
  const nodes = [...block.childNodes].map(node => {
    if (node.nodeType !== Node.ELEMENT_NODE) return {text: node.textContent, tag: null};
    const css = getComputedStyle(node);
    return {text: node.textContent, tag: node.tagName.toLowerCase(), cls: node.getAttribute('class') || '',
            title: node.getAttribute('title'), attributes: [...node.attributes].map(a => a.name),
            children: node.children.length, weight: css.fontWeight, fontStyle: css.fontStyle,
            line: css.textDecorationLine, wave: css.textDecorationStyle, background: css.backgroundColor,
            outline: css.outlineStyle, border: css.borderBottomStyle, borderColour: css.borderBottomColor};
  });
  return {nodes: nodes, text: block.textContent, shown: block.innerText,
          whiteSpace: getComputedStyle(block).whiteSpace,
          tags: [...root.querySelectorAll('*')].map(e => e.tagName.toLowerCase())};
});
"""


@dataclass
class Node:
    start: int
    end: int
    text: str
    kinds: frozenset[str]
    css: dict


@dataclass
class View:
    """The explorer as the browser holds it: its nodes at their offsets (in code points, as in the tables)."""

    nodes: list[Node]
    text: str
    shown: str
    white_space: str
    tags: list[str]

    def positions(self, kind: str) -> set[int]:
        return {i for node in self.nodes if kind in node.kinds for i in range(node.start, node.end)}

    def at(self, offset: int) -> Node:
        return next(node for node in self.nodes if node.start <= offset < node.end)


def views(driver, root=None) -> list[View]:
    found = []
    for raw in driver.execute_script(NODES_JS, root):
        nodes, offset = [], 0
        for node in raw["nodes"]:
            assert node["tag"] in (None, "span"), node
            kinds = frozenset(c.removeprefix("toolkit-") for c in (node.get("cls") or "").split()
                              if c.startswith("toolkit-"))
            nodes.append(Node(offset, offset + len(node["text"]), node["text"], kinds, node))
            offset += len(node["text"])
        found.append(View(nodes, raw["text"], raw["shown"], raw["whiteSpace"], raw["tags"]))
    return found


def runs(positions: set[int], text: str) -> list[str]:
    """The text of each maximal run of consecutive positions."""
    out, start = [], None
    for i in range(len(text) + 1):
        if i in positions and start is None:
            start = i
        elif i not in positions and start is not None:
            out.append(text[start:i])
            start = None
    return out


def spans_of(rows: Iterable[tuple[object, object]]) -> set[int]:
    return {i for start, end in rows if notna(start) for i in range(int(start), int(end))}


def check_marks_against_tables(view: View, result) -> None:
    """Every kind of mark covers exactly the characters the tables name, and each carries its hover title."""
    text, quotes = result.article.text, result.statements
    expected = {
        "speaker": spans_of(zip(quotes["speaker_start"], quotes["speaker_end"], strict=True)),
        "cue": spans_of(zip(quotes["cue_start"], quotes["cue_end"], strict=True)),
        "content": spans_of(zip(quotes["content_start"], quotes["content_end"], strict=True)),
        "name": spans_of(zip(result.mentions["start"], result.mentions["end"], strict=True)),
        "date": spans_of((r.start, r.end) for r in result.timexes.itertuples() if r.value),
    }
    for kind, positions in expected.items():
        assert positions, f"the article should have {kind} marks to check"
        assert runs(view.positions(kind), text) == runs(positions, text), kind
    stances = {int(r.quote_id): r.stance for r in result.claims.itertuples()
               if notna(r.quote_id)}
    for row in quotes.itertuples():
        who = row.actor or row.speaker or "no speaker found"
        content_title = view.at(row.content_start).css["title"]
        said = f"said by {who}; stance: {stances.get(row.quote_id, 'neutral')}"
        assert said in content_title, (row.content, content_title)
        if notna(row.speaker_start):
            assert f"speaker: {who}" in view.at(int(row.speaker_start)).css["title"], row.speaker
        if notna(row.cue_start):
            assert f"cue of a statement by {who}" in view.at(int(row.cue_start)).css["title"], row.cue
    for row in result.mentions.itertuples():
        assert row.actor in view.at(row.start).css["title"], (row.text, row.actor)
    for row in result.timexes.itertuples():
        if row.value:  # the value in words, as the reader hovers it
            words = value_in_words(row.value, row.type)
            assert words in view.at(row.start).css["title"], (row.text, words)


def check_styles(view: View, *, wavy: bool | None = True) -> None:
    """The CSS is applied: each kind of mark shows, on exactly the nodes that carry it (``wavy=None``: the
    cue's underline may be plain)."""
    marked = [node for node in view.nodes if node.css["tag"]]
    assert marked
    for node in marked:
        css, kinds = node.css, node.kinds
        what = (node.text, sorted(kinds), css)
        assert set(css["attributes"]) <= {"class", "style", "title"} and css["children"] == 0, what
        assert (int(css["weight"]) >= 600) == ("speaker" in kinds), what
        assert (css["fontStyle"] == "italic") == ("content" in kinds), what
        assert ("underline" in css["line"]) == ("cue" in kinds), what
        if "cue" in kinds and wavy is not None:
            assert (css["wave"] == "wavy") == wavy, what
        assert (css["outline"] == "dashed") == ("date" in kinds), what
        assert (css["background"] not in ("rgba(0, 0, 0, 0)", "transparent")) == ("name" in kinds), what
        if "speaker" in kinds or "content" in kinds:
            assert css["border"] == "solid", what
    assert view.white_space == "pre-wrap"


def check_screenshot(png: bytes, view: View) -> set[tuple[int, ...]]:
    """Not blank: dark text on white, and the marks' colours really painted. Returns the names' colours."""
    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("RGB")
    colours = dict((rgb, count) for count, rgb in image.getcolors(maxcolors=1 << 24))
    total = image.width * image.height
    white = colours.get((255, 255, 255), 0)
    dark = sum(count for rgb, count in colours.items() if sum(rgb) < 200)
    assert white < 0.95 * total and dark > 0.005 * total, (white / total, dark / total)

    def rgb(css: str) -> tuple[int, ...]:
        return tuple(int(float(v)) for v in css[css.index("(") + 1:css.index(")")].split(",")[:3])

    backgrounds = {rgb(n.css["background"]) for n in view.nodes if n.css["tag"] and "name" in n.kinds}
    borders = {rgb(n.css["borderColour"]) for n in view.nodes if n.css["tag"] and n.css["border"] == "solid"}
    assert backgrounds | borders, "no coloured mark to look for"
    for colour in backgrounds | borders:
        assert colours.get(colour, 0) >= 20, f"{colour} is styled but not painted"
    return backgrounds


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()  # the default, as the command line and the notebook kernel use


@pytest.fixture(scope="module")
def sample_page(tmp_path_factory, nlp):
    """The sample article's page, written by the command line, and its analysis."""
    page = tmp_path_factory.mktemp("sample") / "page.html"
    done = subprocess.run([sys.executable, "-m", "toolkit", "explore", str(SAMPLE), "--anchor", "2018-12-04",
                           "--out", str(page)], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    result = analyze(load_article(SAMPLE), anchor="2018-12-04", nlp=nlp)
    assert page.read_text(encoding="utf-8") == explore(result).page()
    return page, result


@pytest.fixture(scope="module")
def nested_page(tmp_path_factory, nlp):
    result = analyze(Article.from_text(NESTED, id="harbour-strike", title="Dockers end strike"),
                     anchor="2024-02-15", nlp=nlp)
    page = tmp_path_factory.mktemp("nested") / "page.html"
    page.write_text(explore(result).page(), encoding="utf-8")
    return page, result


@pytest.mark.parametrize("which", ["sample_page", "nested_page"])
def test_the_explorer_page_in_chromium(driver, request, which):
    page, result = request.getfixturevalue(which)
    driver.get_log("browser")  # start from an empty log
    driver.get(page.as_uri())
    [view] = views(driver)
    assert view.text == result.article.text  # the DOM holds the article's text, escaping round-trips
    assert view.shown == result.article.text  # and so does what is rendered (innerText)
    body = driver.execute_script("return document.body.innerText")
    assert body.endswith(result.article.text) and body.startswith(result.article.title or result.article.id)
    assert set(view.tags) == {"div", "span"}
    check_marks_against_tables(view, result)
    check_styles(view)
    from selenium.webdriver.common.by import By

    block = driver.find_element(By.CSS_SELECTOR, ".toolkit-explorer > div:last-child")
    assert len(check_screenshot(block.screenshot_as_png, view)) >= 3  # several actors, several colours
    assert console_errors(driver) == []


# Arbitrary text, and text framed so that the analysis marks statements, names and dates around it; the hostile
# part inside the speaker ("said the <script>... spokesman") also reaches the marks' title attributes.
HOSTILE = st.text(st.one_of(st.sampled_from([*"<>&\"'/=;`“”‘’ \n\rabcimgnosrpt()!-", "\0"]),
                            st.characters(exclude_categories=("Cs",))), max_size=50)
FIXED = ["<script>alert(1)</script>", "</span></div><img src=x onerror=alert(1)>", '" onmouseover="alert(1)',
         "&lt;script&gt; &amp; &#60;b&#62;", "{{ 7*7 }} {% if %}", "<!-- -->", "]]><![CDATA[x", "<style>*{}</style>"]
PARTS = st.one_of(HOSTILE, st.sampled_from(FIXED))
TEXTS = st.one_of(
    PARTS,
    st.builds("{} “{},” said the {} spokesman on Monday. {}".format, PARTS, PARTS, PARTS, PARTS),
    st.builds("“{}” Maria Santos{} told reporters in {}.".format, PARTS,
              st.sampled_from(["", " <i>", " & Sons", "'s aide", ' "Jr."']), PARTS))


class Titles(HTMLParser):
    """The title attribute of each marked span, as Python's HTML parser reads it."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.titles: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "span" and "toolkit-" in (attrs.get("class") or ""):
            self.titles.append(attrs["title"])


def as_parsed(text: str) -> str:
    """The text as an HTML parser hands it to the DOM: line breaks normalised (CR LF and CR become LF) and
    U+0000 dropped (HTML's input preprocessing and tree construction; not markup, and not the explorer's)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\0", "")


@settings(max_examples=max(25, settings.default.max_examples // 40))  # 25 in the ci profile, 250 in deep
@given(text=TEXTS)
@example(text="“We will appeal,” said the <script>alert(1)</script> spokesman.")  # in the speaker's title
@example(text="O'Brien & Sons <Ltd> said on Friday that \"profits\" fell.")  # in the actor's title
def test_arbitrary_text_never_becomes_markup_in_the_browser(driver, nlp, text):
    text = text if text.strip() else f"{text}x"
    view = explore(analyze(Article.from_text(text), anchor="2024-03-06", nlp=nlp))
    if driver.current_url != "about:blank":
        driver.get("about:blank")
    driver.execute_script("document.body.innerHTML = arguments[0];", view.html)
    [shown] = views(driver)
    everything = driver.execute_script(
        "return [...document.body.querySelectorAll('*')].map(e => [e.tagName.toLowerCase(), "
        "[...e.attributes].map(a => a.name)])")
    assert {tag for tag, _ in everything} <= {"div", "span"}
    assert {name for _, names in everything for name in names} <= {"class", "style", "title"}
    assert driver.execute_script("return document.querySelectorAll('div').length") == 3  # the template's own
    assert shown.text == as_parsed(text)
    titles = [as_parsed(title) for title in Titles(view.html).titles]
    assert [node.css["title"] for node in shown.nodes if node.css["tag"]] == titles


# JupyterLab: a notebook opened untrusted (a committed notebook is) shows the explorer through the sanitizer.


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def explorer_notebook(path: Path) -> Path:
    """A notebook whose outputs are explore(result) for the sample and the nested article, executed and saved
    (as a committed notebook is)."""
    import nbclient
    import nbformat

    notebook = nbformat.v4.new_notebook()
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    notebook.cells = [nbformat.v4.new_markdown_cell("# The explorer"), nbformat.v4.new_code_cell(
        "from toolkit import Article, analyze, explore, load_article\n"
        f"explore(analyze(load_article({str(SAMPLE)!r}), anchor=\"2018-12-04\"))"), nbformat.v4.new_code_cell(
        f"explore(analyze(Article.from_text({NESTED!r}, id=\"harbour-strike\", title=\"Dockers end strike\"), "
        "anchor=\"2024-02-15\"))")]
    nbclient.NotebookClient(notebook, timeout=180, kernel_name="python3").execute()
    nbformat.write(notebook, path)
    return with_probe(path, path)


#: A last cell of mathematics: once Lab's MathJax has typeset it, it has gone over the outputs above it.
PROBE = r"$\sqrt{\mathrm{probe}}$"


def with_probe(source: Path, target: Path) -> Path:
    notebook = json.loads(source.read_text(encoding="utf-8"))
    notebook["cells"].append({"cell_type": "markdown", "metadata": {}, "source": [PROBE]})
    target.write_text(json.dumps(notebook), encoding="utf-8")
    return target


@dataclass
class Lab:
    url: str
    token: str
    folder: Path
    log: Path

    def open(self, driver, name: str) -> None:
        driver.get(f"{self.url}/lab/tree/{name}?reset&token={self.token}")


@pytest.fixture(scope="module")
def lab(driver, tmp_path_factory):
    """JupyterLab on a folder of notebooks in tmp, with fresh settings and no notebook signatures (so every
    notebook opens untrusted), every cell rendered (no windowing); stopped after the module."""
    if shutil.which("jupyter-lab", path=str(Path(sys.executable).parent)) is None:
        pytest.fail("jupyter-lab is missing beside the interpreter: install the dev extra")
    tmp = tmp_path_factory.mktemp("lab")
    folder = tmp / "notebooks"
    folder.mkdir()
    explorer_notebook(folder / "explorer.ipynb")
    if NOTEBOOK_05.is_file():
        with_probe(NOTEBOOK_05, folder / NOTEBOOK_05.name)
    settings_dir = tmp / "settings"
    (settings_dir / "@jupyterlab" / "notebook-extension").mkdir(parents=True)
    (settings_dir / "@jupyterlab" / "notebook-extension" / "tracker.jupyterlab-settings").write_text(
        json.dumps({"windowingMode": "none"}))
    env = {**os.environ, "JUPYTER_DATA_DIR": str(tmp / "data"), "JUPYTER_RUNTIME_DIR": str(tmp / "runtime"),
           "JUPYTER_CONFIG_DIR": str(tmp / "config"), "JUPYTERLAB_SETTINGS_DIR": str(settings_dir),
           "JUPYTERLAB_WORKSPACES_DIR": str(tmp / "workspaces")}
    port, token, log = free_port(), "browser-test-token", tmp / "lab.log"
    with log.open("wb") as stderr:
        server = subprocess.Popen(
            [str(Path(sys.executable).parent / "jupyter-lab"), "--no-browser", "--allow-root", "--ip=127.0.0.1",
             f"--port={port}", "--ServerApp.port_retries=0", f"--IdentityProvider.token={token}",
             f"--ServerApp.root_dir={folder}"],
            stdout=subprocess.DEVNULL, stderr=stderr, env=env, start_new_session=True)
    try:
        deadline = time.monotonic() + 90
        while True:
            assert server.poll() is None, log.read_text(errors="replace")[-3000:]
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/status?token={token}", timeout=5):
                    break
            except OSError:
                assert time.monotonic() < deadline, "JupyterLab did not answer within 90 s"
                time.sleep(0.3)
        yield Lab(f"http://127.0.0.1:{port}", token, folder, log)
    finally:
        stop_process_group(server)


def committed_explorers(notebook: Path) -> list[str]:
    """The explorer HTML of every output of the notebook, as saved in the file."""
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    return ["".join(html) if isinstance(html, list) else html
            for cell in cells for output in cell.get("outputs", [])
            if isinstance(html := output.get("data", {}).get("text/html"), str | list)
            and 'class="toolkit-explorer' in "".join(html)]


def looks(node: Node) -> tuple:
    """What distinguishes a mark on screen, its cue's wave aside (and a border's colour only where it has one)."""
    css = node.css
    if not css["tag"]:
        return ()
    return (css["weight"], css["fontStyle"], css["line"], css["background"], css["outline"], css["border"],
            css["borderColour"] if css["border"] != "none" else None)


def check_in_lab(driver, lab: Lab, name: str) -> list[View]:
    """Open the notebook in Lab, wait for its explorers, and compare each with the same HTML shown as a plain
    page: the same text, marks and titles, and every kind of mark still visibly distinct."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    expected = committed_explorers(lab.folder / name)
    assert expected, f"{name} has no explore(...) output"
    stale = [html for html in expected if "data-marks=" in html or "mathjax_ignore" not in html]
    if stale:
        pytest.fail(f"{name} holds {len(stale)} explorer output(s) of an older toolkit.explore (data-marks, no "
                    "mathjax_ignore), which JupyterLab's sanitizer and MathJax spoil: re-execute the notebook",
                    pytrace=False)
    plain = []
    for html in expected:
        driver.get("about:blank")
        driver.execute_script("document.body.innerHTML = arguments[0];", html)
        plain += views(driver)
    driver.get_log("browser")
    lab.open(driver, name)
    selector = ".jp-OutputArea-output .toolkit-explorer"
    WebDriverWait(driver, 90).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, selector)) == len(expected))
    WebDriverWait(driver, 60).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".jp-Cell:last-child mjx-container"))
    assert f"Notebook {name} is not trusted" in lab.log.read_text(errors="replace"), "the notebook should open " \
        "untrusted, as a committed notebook does"
    shown = []
    for element, page in zip(driver.find_elements(By.CSS_SELECTOR, selector), plain, strict=True):
        driver.execute_script("arguments[0].scrollIntoView()", element)
        assert element.is_displayed()
        [view] = views(driver, element)
        assert view.text == page.text and view.shown == page.shown
        assert [(n.start, n.end, n.kinds, n.css.get("title")) for n in view.nodes] == \
               [(n.start, n.end, n.kinds, n.css.get("title")) for n in page.nodes]
        check_styles(page, wavy=True)
        check_styles(view, wavy=None)  # the sanitizer keeps the cue's underline but (JupyterLab 4.6) not its wave
        assert [looks(n) for n in view.nodes] == [looks(n) for n in page.nodes]  # all but the cue's wave survives
        check_screenshot(element.find_element(By.CSS_SELECTOR, ":scope > div:last-child").screenshot_as_png, view)
        shown.append(view)
    assert console_errors(driver) == []
    return shown


def test_the_explorer_in_an_untrusted_notebook_in_jupyterlab(driver, lab, sample_page, nested_page):
    sample, nested = check_in_lab(driver, lab, "explorer.ipynb")
    check_marks_against_tables(sample, sample_page[1])
    check_marks_against_tables(nested, nested_page[1])


def test_notebook_05_shows_the_explorer_in_jupyterlab(driver, lab):
    if not NOTEBOOK_05.is_file():
        pytest.skip(f"{NOTEBOOK_05.relative_to(ROOT)} is not written yet")
    check_in_lab(driver, lab, NOTEBOOK_05.name)
