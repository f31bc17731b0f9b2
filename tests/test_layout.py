"""The shape of the package (docs/development.md, "Layout"): no module over 450 lines, no import circle among the
toolkit's modules at import time, data flowing one way (extractors do not import the link stage, the analysis
or each other sideways), and every moved import path still working with a DeprecationWarning."""

from __future__ import annotations

import ast
import importlib
import warnings
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "toolkit"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in PACKAGE.rglob("*.py")}


def imports_at_load(name: str, path: Path) -> set[str]:
    """The toolkit modules ``name`` imports when it is loaded (imports inside functions are left out)."""
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            for alias in node.names:  # "from . import syntax" imports a module
                found.add(f"{target}.{alias.name}" if f"{target}.{alias.name}" in MODULES else target)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {t for t in found if t in MODULES and t != name}


GRAPH = {name: imports_at_load(name, path) for name, path in MODULES.items()}


def test_no_module_is_longer_than_450_lines():
    lengths = {name: len(path.read_text(encoding="utf-8").splitlines()) for name, path in MODULES.items()}
    long = {name: n for name, n in lengths.items() if n > 450}
    assert not long


def test_no_import_circle():
    state: dict[str, int] = {}
    circles = []

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(GRAPH[node]):
            if state.get(nxt) == 1:
                circles.append([*trail[trail.index(nxt):], nxt] if nxt in trail else [node, nxt])
            elif nxt not in state:
                visit(nxt, [*trail, nxt])
        state[node] = 2

    for name in sorted(GRAPH):
        if name not in state:
            visit(name, [name])
    assert not circles


def reaches(name: str) -> set[str]:
    seen, todo = set(), [name]
    while todo:
        for nxt in GRAPH[todo.pop()]:
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


@pytest.mark.parametrize(("layer", "never"), [
    ("toolkit.io", ("toolkit.pipeline", "toolkit.actors", "toolkit.quotes", "toolkit.link", "toolkit.analysis")),
    ("toolkit.quotes", ("toolkit.actors", "toolkit.link", "toolkit.analysis", "toolkit.claims")),
    ("toolkit.actors", ("toolkit.quotes", "toolkit.link", "toolkit.analysis", "toolkit.claims")),
    ("toolkit.timex", ("toolkit.actors", "toolkit.quotes", "toolkit.link", "toolkit.analysis")),
    ("toolkit.claims", ("toolkit.actors", "toolkit.link", "toolkit.analysis")),
    ("toolkit.link", ("toolkit.analysis",)),
])
def test_data_flows_one_way(layer, never):
    members = [name for name in MODULES if name == layer or name.startswith(layer + ".")]
    wrong = {m: sorted(t for t in reaches(m) if t.startswith(never)) for m in members}
    assert not {m: t for m, t in wrong.items() if t}


def test_tables_decide_nothing_and_run_no_model():
    # the row builders take the link stage's decisions; they name types, but call no linker and no model
    source = MODULES["toolkit.analysis.tables"].read_text(encoding="utf-8")
    assert not [call for call in ("portray(", "portrayal_model(", "actor_of(", "target_actor(", "statement_sources(",
                                  "link(") if call in source]


@pytest.mark.parametrize(("old", "new"), [("toolkit.store", "toolkit.analysis.store"),
                                          ("toolkit.resources", "toolkit.lang.lexicon"),
                                          ("toolkit.nlp", "toolkit.pipeline"),
                                          ("toolkit.articles", "toolkit.io.articles"),
                                          ("toolkit.actors.link", "toolkit.link.actors")])
def test_a_moved_path_warns_and_is_the_same_module(old, new):
    import sys

    sys.modules.pop(old, None)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        module = importlib.import_module(old)
    assert module is importlib.import_module(new)
    assert any(issubclass(w.category, DeprecationWarning) and new in str(w.message) for w in caught)
