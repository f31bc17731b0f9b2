"""Sphinx configuration of the toolkit's documentation site (built offline: ``sphinx-build -W docs DIR``).

Pages are Markdown (MyST) and reStructuredText; the notebooks are rendered from their committed outputs by
MyST-NB and never executed here; the tables page and the API reference are generated from the code
(``_ext/toolkit_docs.py``). Nothing is fetched: no intersphinx, no CDN script, no web font.
"""

import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "_ext"))


def mirror_notebooks(source: Path, target: Path) -> None:
    """The project's notebooks, copied into the site's sources as they are committed (``docs/notebooks/`` is not
    in git). A copy, not a link: links between notebooks are resolved inside the site's folder."""
    if target.is_symlink() or target.resolve().parent != HERE:
        raise RuntimeError(f"{target} must be a folder of the site's own, not a link: it is rewritten at each build")
    target.mkdir(exist_ok=True)
    wanted = {path.name: path for path in source.glob("*.ipynb")}
    for stale in target.glob("*.ipynb"):  # a notebook deleted or renamed in the project
        if stale.name not in wanted:
            stale.unlink()
    for name, path in wanted.items():
        copy = target / name
        if copy.is_symlink():  # never write through a link to somewhere else
            copy.unlink()
        if not copy.is_file() or copy.read_bytes() != path.read_bytes():
            shutil.copyfile(path, copy)


mirror_notebooks(HERE.parent / "notebooks", HERE / "notebooks")

import toolkit  # noqa: E402

project = "newsroom-toolkit"
author = "the newsroom-toolkit authors"
copyright = "the newsroom-toolkit authors; code MIT, the toolkit's own pipeline CC BY-SA 4.0"
release = version = toolkit.__version__

extensions = [
    "myst_nb",               # Markdown pages and notebooks (from their saved outputs)
    "sphinx.ext.autodoc",    # the API reference from docstrings
    "toolkit_docs",          # the tables page from toolkit.analysis.schema; checks of the public names
]

# Notebooks are shown as committed (nbval in the test suite re-executes and compares them): never run here.
nb_execution_mode = "off"
nb_merge_streams = True
nb_ipywidgets_js: dict = {}  # a notebook saved with widget state would otherwise load require.js from a CDN
myst_heading_anchors = 3
myst_enable_extensions = ["colon_fence", "deflist"]
source_suffix = {".md": "myst-nb", ".ipynb": "myst-nb", ".rst": "restructuredtext"}

exclude_patterns = ["_build", "**/.ipynb_checkpoints", "_ext"]

# Every cross-reference must resolve: a broken one is a warning, and the test build treats warnings as errors.
# Names of other projects (pandas, spaCy, the standard library) are not linked: nothing is fetched.
nitpicky = True
nitpick_ignore_regex = [
    (r"py:.*", r"(pd|pandas|np|numpy|spacy|networkx|nx|matplotlib|plt|pyarrow|pa|dask|distributed|openpyxl"
               r"|datetime|pathlib|os|collections|typing|re|json|io|enum|dataclasses)(\..*)?"),
    (r"py:.*", r"(Path|PathLike|Doc|Span|Token|Language|DataFrame|Series|Figure|Axes|Graph|Iterable|Iterator"
               r"|Sequence|Mapping|Callable|Any|Literal|date|datetime|Client|TextIO|Self)"),
    (r"py:class", r"(str|int|float|bool|bytes|dict|list|tuple|set|frozenset|None|object|type|Exception"
                  r"|UserWarning|ValueError|OSError|FileNotFoundError|UnicodeError|Warning)"),
    (r"py:class", r"(dict|list|tuple|set)\[.*"),  # pieces of a generic annotation Sphinx splits at its commas
]

autodoc_typehints = "signature"
autodoc_member_order = "bysource"
add_module_names = False
# A documented class shows every public member, with or without a docstring, so that a missing one is a warning
# (docs/_ext/toolkit_docs.py) rather than a member silently left out.
autodoc_default_options = {"undoc-members": True}

smartquotes = False  # text shown as written: a quoted cue, a column's example value
html_theme = "furo"
html_title = f"newsroom-toolkit {version}"
html_static_path = ["_static"]
html_css_files = ["toolkit.css"]
html_show_sourcelink = False
html_copy_source = False
# No MathJax (its script would come from a CDN): formulas, should a page hold one, are shown as their source.
html_math_renderer = "source-text"
