"""The documentation site (#36): built from ``docs/`` with warnings as errors, offline; every name of
``toolkit.__all__`` and every column of every table on it with its meaning; the README's measured tables included
(one copy); the notebooks rendered from their committed outputs; nothing fetched from outside; and a build with a
broken link, a reference to nothing, an undocumented public name, an undrawn table, a missing docstring or a
notebook that cannot be read fails."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from docutils.nodes import make_id

import toolkit
from toolkit.analysis.schema import ARTICLE_SCHEMA, TABLE_SCHEMAS

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def css_addresses(css: str) -> list[str]:
    """Every address a piece of CSS loads: ``url(…)``, ``@import "…"`` and ``image-set("…")`` (any case)."""
    return (re.findall(r"url\(\s*['\"]?([^'\")\s]+)", css, re.I) + re.findall(r"@import\s+['\"]([^'\"]+)", css, re.I)
            + re.findall(r"image-set\(\s*['\"]([^'\"]+)", css, re.I))


def script_addresses(code: str) -> list[str]:
    """Addresses a script loads by itself: a ``src``/``href`` it sets, an ``import`` or a ``fetch`` of a full URL."""
    return re.findall(r"""(?:\b(?:src|href)\s*=\s*|\bimport\s*\(?\s*|\bfetch\s*\(\s*)['"`]((?:[a-z]+:)?//[^'"`]+)""",
                      code, re.I)


def outside(address: str) -> bool:
    """An address that leaves the site: any scheme but data, or a protocol-relative ``//host/…``."""
    return bool(re.match(r"^([a-zA-Z][\w+.-]*:|//)", address)) and not address.startswith(("data:", "#"))


class Page(HTMLParser):
    """What a built page holds: ids, the text under each id'd element, and every address it loads."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.loads: list[str] = []  # scripts, style sheets, images, frames, fonts declared inline
        self.text_parts: list[str] = []
        self.images = 0
        self.inside: str | None = None  # a style or script element, whose text is code
        self.feed(html)
        self.text = re.sub(r"\s+", " ", "".join(self.text_parts))

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag in ("style", "script"):
            self.inside = tag
        for name in ("src", "data", "poster", "background"):  # what an element loads by itself
            if attrs.get(name):
                self.loads.append(attrs[name])
        if tag in ("image", "use", "feimage"):  # SVG
            self.loads += [attrs[name] for name in ("href", "xlink:href") if attrs.get(name)]
        if tag == "meta" and (attrs.get("http-equiv") or "").lower() == "refresh":
            self.loads += re.findall(r"url\s*=\s*['\"]?([^'\"\s;]+)", attrs.get("content") or "", re.I)
        for name in ("srcset", "imagesrcset"):
            self.loads += [each.split()[0] for each in (attrs.get(name) or "").split(",") if each.split()]
        if tag == "link" and attrs.get("href") and set((attrs.get("rel") or "").split()) - {"canonical", "next",
                                                                                           "prev", "index", "search"}:
            self.loads.append(attrs["href"])  # style sheets, icons, preloads; not the links between pages
        self.loads += css_addresses(attrs.get("style") or "")
        if tag == "img":
            self.images += 1

    def handle_endtag(self, tag):
        if tag == self.inside:
            self.inside = None

    def handle_data(self, data):
        self.text_parts.append(data)
        if self.inside == "style":
            self.loads += css_addresses(data)
        elif self.inside == "script":
            self.loads += script_addresses(data)


def page(site, name: str) -> Page:
    return Page((site.html / name).read_text(encoding="utf-8"))


def built(docs_site):
    assert docs_site.returncode == 0, docs_site.output
    return docs_site


def test_the_site_builds_with_no_warning(docs_site):
    assert docs_site.returncode == 0 and "WARNING" not in docs_site.output and "ERROR" not in docs_site.output, \
        docs_site.output
    for name in ("index.html", "getting-started.html", "tables.html", "accuracy.html", "api/index.html",
                 "guide/corpora.html", "guide/web-pages.html", "guide/pipelines.html", "guide/hostile-input.html"):
        assert (docs_site.html / name).is_file(), name


def test_every_public_name_is_on_the_api_page_with_its_meaning(docs_site):
    api = page(built(docs_site), "api/toolkit.html")
    html = (docs_site.html / "api" / "toolkit.html").read_text(encoding="utf-8")
    for name in toolkit.__all__:
        assert f"toolkit.{name}" in api.ids, name
        # the description's own first paragraph, right after the signature (not a member's further down)
        described = re.search(rf'id="toolkit\.{re.escape(name)}".*?</dt>\s*<dd>\s*<p>(.*?)</p>', html, re.S)
        assert described and re.sub(r"<[^>]+>|\s", "", described.group(1)), f"toolkit.{name} has no description"


def test_every_column_of_every_table_is_explained(docs_site):
    tables = page(built(docs_site), "tables.html")
    for table, columns in {**TABLE_SCHEMAS, "articles": ARTICLE_SCHEMA}.items():
        for column in columns:
            assert make_id(f"column-{table}-{column.name}") in tables.ids, (table, column.name)
            assert re.sub(r"\s+", " ", column.meaning.replace("`", "")) in tables.text, (table, column.name)
            assert column.example in tables.text, (table, column.name)


def readme_block(name: str) -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert readme.count(f"<!-- {name}:start -->") == 1 and readme.count(f"<!-- {name}:end -->") == 1, name
    return readme.split(f"<!-- {name}:start -->")[1].split(f"<!-- {name}:end -->")[0]


def table_rows(text: str) -> list[str]:
    """Every table row of a text, its cells' whitespace normalised: a copy is found however it is padded."""
    return ["|" + "|".join(re.sub(r"\s+", " ", cell).strip() for cell in line.strip().strip("|").split("|")) + "|"
            for line in text.splitlines() if line.strip().startswith("|")]


def first_cells(markdown_table: str) -> list[str]:
    rows = [line for line in markdown_table.splitlines() if line.startswith("|") and not line.startswith("|---")]
    return [re.sub(r"\s+", " ", re.sub(r"[`*]", "", row.split("|")[1])).strip() for row in rows]


def test_the_measured_tables_are_the_readmes(docs_site):
    """One copy: the accuracy page includes the README's quality, speed and memory tables (no page holds a copy of
    any of their rows) and shows every row, and the getting-started page its set-up commands."""
    accuracy = page(built(docs_site), "accuracy.html")
    sources = {path: "\n".join(table_rows(path.read_text(encoding="utf-8"))) for path in (ROOT / "docs").rglob("*")
               if path.suffix in (".md", ".rst") and "notebooks" not in path.parts and "_build" not in path.parts}
    accuracy_source = (ROOT / "docs" / "accuracy.md").read_text(encoding="utf-8")
    for block in ("quality-table", "speed-table", "memory-table"):
        assert f":start-after: <!-- {block}:start -->" in accuracy_source, block
        rows = [row for row in table_rows(readme_block(block)) if re.search(r"\w", row)]
        for path, text in sources.items():
            assert not any(row in text for row in rows), (block, path.name)
        cells = first_cells(readme_block(block))
        assert len(cells) >= 3, block
        for cell in cells:
            assert cell in accuracy.text, (block, cell)
    start = page(docs_site, "getting-started.html")
    for command in re.findall(r"```bash\n(.*?)\n```", readme_block("setup"), re.S):
        assert re.sub(r"\s+", " ", command) in start.text


def saved_outputs(notebook: Path) -> tuple[int, int]:
    """(images, explorer outputs) among a notebook's committed outputs."""
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    outputs = [output.get("data", {}) for cell in cells for output in cell.get("outputs", [])]
    return (sum("image/png" in data or "image/svg+xml" in data for data in outputs),
            sum("toolkit-explorer" in "".join(data.get("text/html", "")) for data in outputs))


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[path.stem for path in NOTEBOOKS])
def test_every_notebook_is_rendered_with_its_figures_and_explorers(docs_site, notebook):
    rendered = (built(docs_site).html / "notebooks" / f"{notebook.stem}.html").read_text(encoding="utf-8")
    images, explorers = saved_outputs(notebook)
    assert Page(rendered).images >= images
    assert len(re.findall(r'class="toolkit-explorer[ "]', rendered)) >= explorers
    assert 'class="cell_output' in rendered


def test_nothing_is_loaded_from_outside_the_site(docs_site):
    site = built(docs_site).html
    loads = {path: Page(path.read_text(encoding="utf-8")).loads for path in site.rglob("*.html")}
    assert sum(map(len, loads.values())) > 100  # the pages' own scripts, style sheets and images were seen
    for path, addresses in loads.items():
        assert [address for address in addresses if outside(address)] == [], path.relative_to(site)
    for path in [*site.rglob("*.css"), *site.rglob("*.js")]:
        text = path.read_text(encoding="utf-8", errors="replace")
        addresses = css_addresses(text) if path.suffix == ".css" else script_addresses(text)
        assert [address for address in addresses if outside(address)] == [], path.relative_to(site)


@pytest.mark.parametrize("html", [
    '<style>@import url("https://fonts.example.org/a.css");</style>',
    '<div style="background: url(//cdn.example.org/x.png)">',
    '<img srcset="https://cdn.example.org/a.png 2x">', '<object data="https://cdn.example.org/a.svg"></object>',
    '<link rel="stylesheet" href="https://cdn.example.org/a.css">', '<script src="//cdn.example.org/a.js"></script>',
    '<svg><image href="https://cdn.example.org/a.png"/></svg>', '<svg><use xlink:href="https://cdn.example.org/s.svg#a"/></svg>',
    '<script>const s = document.createElement("script"); s.src = "https://cdn.example.org/a.js";</script>',
    '<script type="module">import "https://cdn.example.org/m.js";</script>', '<style>@IMPORT "https://cdn.example.org/a.css";</style>',
    "<div style=\"background-image: image-set('https://cdn.example.org/a.png' 1x)\">",
    '<meta http-equiv="refresh" content="0; url=https://example.org/">'])
def test_the_outside_check_sees_every_way_a_page_loads(html):
    assert any(outside(address) for address in Page(html).loads), html
    assert not any(outside(address) for address in Page('<a href="https://example.org/">a link</a>').loads)


FAULTS = {
    # a broken link between pages, and a cross-reference to nothing; beside them, references that are right:
    # modules not documented (one that runs the command line when imported), the exported function of a module's
    # name, a constant by its short name
    "index.md": ("\n- **Writing code?**",
                 "\n- [a page that is gone](gone.md), {func}`toolkit.no_such_function`\n- {mod}`toolkit.__main__`, "
                 "{mod}`toolkit.cli`, {func}`toolkit.explore.explore`, {data}`NARRATION`\n- **Writing code?**"),
    # a public name left out of the API reference
    "api/toolkit.rst": (".. autofunction:: parse_date\n", ""),
    # a table no page draws
    "tables.md": ("```{toolkit-table} timeline\n```\n", ""),
    # a documented function without a docstring, and a field of a documented class without a comment
    "api/errors.rst": (":show-inheritance:\n", ":show-inheritance:\n\n.. autofunction:: undocumented_module.bare\n"
                                            ".. autoclass:: undocumented_module.Thing\n   :members:\n"),
}


def site_copy(folder: Path, notebooks: Path) -> Path:
    """The site's sources copied into ``folder``, with the README and the given notebooks beside them, as in the
    checkout."""
    pytest.importorskip("sphinx", reason="the documentation site needs Sphinx (the dev or docs extra)")
    shutil.copytree(ROOT / "docs", folder / "docs", ignore=shutil.ignore_patterns("_build", "notebooks"))
    shutil.copytree(notebooks, folder / "notebooks")
    shutil.copy(ROOT / "README.md", folder / "README.md")
    return folder / "docs"


def build_copy(docs: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "sphinx", "-W", "--keep-going", "-q", "-b", "html", str(docs),
                           str(docs.parent / "html")], capture_output=True, text=True, timeout=600,
                          env={**os.environ, "PYTHONPATH": str(docs.parent)})


def test_a_notebook_that_cannot_be_read_fails_the_build(tmp_path):
    notebooks = tmp_path / "project_notebooks"
    notebooks.mkdir()
    (notebooks / "00_getting_started.ipynb").write_text('{"cells": [', encoding="utf-8")  # cut short
    build = build_copy(site_copy(tmp_path / "site", notebooks))
    assert build.returncode != 0 and "00_getting_started" in build.stdout + build.stderr


def test_a_broken_site_fails_the_build(tmp_path):
    """Each fault alone is a warning the build (warnings as errors) reports; all of them in one build."""
    docs = site_copy(tmp_path, ROOT / "notebooks")
    for name, (old, new) in FAULTS.items():
        text = (docs / name).read_text(encoding="utf-8")
        assert old in text, (name, old)
        (docs / name).write_text(text.replace(old, new), encoding="utf-8")
    (tmp_path / "undocumented_module.py").write_text(
        "import dataclasses\n\n\ndef bare():\n    return 1\n\n\n@dataclasses.dataclass\nclass Thing:\n"
        '    """A thing."""\n\n    size: int = 0\n', encoding="utf-8")
    build = build_copy(docs)
    assert build.returncode != 0
    for fine in ("toolkit.__main__", "toolkit.cli", "toolkit.explore.explore", "NARRATION"):
        assert fine not in build.stdout + build.stderr, fine
    index = (docs.parent / "html" / "index.html").read_text(encoding="utf-8")
    assert 'href="api/toolkit.html#toolkit.explore"' in index
    assert 'href="api/analysis.html#toolkit.analysis.aggregates.NARRATION"' in index
    for expected in ("gone.md", "toolkit.no_such_function", "toolkit.parse_date is in toolkit.__all__",
                     "'timeline' of toolkit.analysis.schema is drawn on no page", "undocumented_module.bare has no "
                     "docstring", "undocumented_module.Thing.size has no description"):
        assert expected in build.stdout + build.stderr, (expected, build.stderr[-3000:])
