"""The site's own Sphinx extension: pages generated from the code, and checks that fail the build (as warnings,
which ``sphinx-build -W`` turns into errors) when the documentation falls behind the code.

- ``{toolkit-table} NAME`` draws one result table's columns (name, type, meaning, example) from
  :mod:`toolkit.analysis.schema`, so the page says what the code declares;
- every table of the schema must be drawn somewhere in the site;
- every name of ``toolkit.__all__`` must be documented as ``toolkit.NAME``;
- every object the API pages document must have a docstring.
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import inspect
import pkgutil
import sys
from pathlib import Path

from docutils import nodes
from docutils.parsers.rst import Directive
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.util import logging

import toolkit
from toolkit.analysis.schema import ARTICLE_SCHEMA, COLUMN_TYPES, TABLE_SCHEMAS, Column

logger = logging.getLogger(__name__)

SCHEMAS: dict[str, tuple[Column, ...]] = {**TABLE_SCHEMAS, "articles": ARTICLE_SCHEMA}
CODE = Path(toolkit.__file__).resolve().parent
HEADER = ("column", "type", "meaning", "example")
WIDTHS = (16, 12, 52, 20)


def _cell(*children: nodes.Node) -> nodes.entry:
    return nodes.entry("", nodes.paragraph("", "", *children))


def _with_code(text: str) -> list[nodes.Node]:
    """Plain text, with the `backquoted` parts (column names, values, code) set as code."""
    return [nodes.literal("", part) if i % 2 else nodes.Text(part) for i, part in enumerate(text.split("`")) if part]


def _meaning(column: Column, only_in: list[str]) -> nodes.entry:
    entry = nodes.entry("", nodes.paragraph("", "", *_with_code(column.meaning)))
    if only_in:
        entry += nodes.paragraph("", "", nodes.Text("Only in "), nodes.literal("", ", ".join(only_in)), nodes.Text("."))
    if column.values:
        values = [nodes.Text("Values: ")]
        for i, value in enumerate(column.values):
            values += [nodes.Text(", ")] if i else []
            values.append(nodes.literal("", value))
        entry += nodes.paragraph("", "", *values)
    return entry


def _row(tables: list[str], column: Column) -> nodes.row:
    holders = [table for table in tables if column.name in (c.name for c in SCHEMAS[table])]
    ids = [nodes.make_id(f"column-{table}-{column.name}") for table in holders]
    cells = (_cell(nodes.target("", "", ids=ids), nodes.literal("", column.name)), _cell(nodes.Text(column.type)),
             _meaning(column, holders if len(holders) < len(tables) else []), _cell(nodes.literal("", column.example)))
    return nodes.row("", *cells)


class ToolkitTable(Directive):
    """``{toolkit-table} actors``: the columns of a result table, as the code declares them. Tables that share
    their columns are drawn as one (``{toolkit-table} quotes statements``): a column that only some of them have
    says which."""

    required_arguments = 1
    optional_arguments = 8
    has_content = False

    def run(self) -> list[nodes.Node]:
        names = self.arguments
        for name in names:
            if name not in SCHEMAS:
                raise self.error(f"no table {name!r} in toolkit.analysis.schema (tables: {', '.join(SCHEMAS)})")
        env = self.state.document.settings.env
        _drawn(env).setdefault(env.docname, set()).update(names)
        for source in CODE.rglob("*.py"):  # the schema and the modules its vocabularies come from
            env.note_dependency(str(source))
        columns: dict[str, Column] = {}  # every table's columns, once each, in the order they first come
        for name in names:
            for column in SCHEMAS[name]:
                columns.setdefault(column.name, column)
        group = nodes.tgroup(cols=len(HEADER))
        group += [nodes.colspec(colwidth=width) for width in WIDTHS]
        group += nodes.thead("", nodes.row("", *(_cell(nodes.Text(title)) for title in HEADER)))
        group += nodes.tbody("", *(_row(names, column) for column in columns.values()))
        table = nodes.table("", group, classes=["toolkit-columns"])
        table["ids"].append(nodes.make_id(f"columns-{'-'.join(names)}"))
        return [table]


def _drawn(env) -> dict[str, set[str]]:
    """Which tables each page draws (kept in the build environment, so an incremental build knows too)."""
    if not hasattr(env, "toolkit_tables_drawn"):
        env.toolkit_tables_drawn = {}
    return env.toolkit_tables_drawn


class ToolkitColumnTypes(Directive):
    """``{toolkit-column-types}``: every type a column can declare, with what its values are."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        items = nodes.bullet_list()
        for name, meaning in COLUMN_TYPES.items():
            items += nodes.list_item("", nodes.paragraph("", "", nodes.literal("", name), nodes.Text(f": {meaning}")))
        return [items]


def _merge(app: Sphinx, env, docnames, other) -> None:  # parallel reads: keep every worker's record
    _drawn(env).update({name: _drawn(other)[name] for name in docnames if name in _drawn(other)})


def _purge(app: Sphinx, env, docname: str) -> None:  # a page read again draws its tables again
    _drawn(env).pop(docname, None)


def _check_consistency(app: Sphinx, env) -> None:
    drawn = set().union(*_drawn(env).values())
    for name in sorted(set(SCHEMAS) - drawn):
        logger.warning("the table %r of toolkit.analysis.schema is drawn on no page ({toolkit-table} %s)", name, name)
    documented = env.get_domain("py").objects
    for name in toolkit.__all__:
        if f"toolkit.{name}" not in documented:
            logger.warning("toolkit.%s is in toolkit.__all__ but documented nowhere in the API reference", name)


_MISSING = object()
_EXISTS = object()  # a module of the toolkit not imported here (``toolkit.__main__`` would run the command line)


def load_toolkit() -> None:
    """Import every module of the toolkit once, before any page is read (parallel readers then share them), but
    ``__main__``; one that needs an extra not installed (``daskrun`` without Dask) stays out."""
    for module in pkgutil.walk_packages(toolkit.__path__, "toolkit."):
        if not module.name.endswith("__main__"):
            with contextlib.suppress(ImportError):
                importlib.import_module(module.name)


def _lookup(dotted: str, *, modules_first: bool = False) -> object:
    """The object a dotted name of the toolkit names, or ``_MISSING`` where the code has no such name: attribute
    by attribute from the package (``toolkit.explore`` is the function the package exports), else from the
    longest loaded module the name starts with (``toolkit.explore.Explorer``); ``modules_first`` tries the
    modules first (``toolkit.explore`` the module). A module the toolkit has but did not load is ``_EXISTS``."""
    if dotted.split(".")[0] != "toolkit":
        return _MISSING
    ways = (_by_module, _by_attribute) if modules_first else (_by_attribute, _by_module)
    for way in ways:
        if (found := way(dotted.split("."))) is not _MISSING:
            return found
    try:
        return _EXISTS if importlib.util.find_spec(dotted) is not None else _MISSING
    except (ImportError, ValueError):
        return _MISSING


def _by_attribute(parts: list[str]) -> object:
    found: object = sys.modules["toolkit"]
    for part in parts[1:]:
        found = getattr(found, part, _MISSING)
        if found is _MISSING:
            return _MISSING
    return found


def _by_module(parts: list[str]) -> object:
    for cut in range(len(parts), 0, -1):
        found = sys.modules.get(".".join(parts[:cut]), _MISSING)
        for part in parts[cut:] if found is not _MISSING else ():
            found = getattr(found, part, _MISSING)
        if found is not _MISSING:
            return found
    return _MISSING


def _identity(found: object) -> int | None:
    """What tells two names of one function, class or module apart from two names of equal values: ``id`` of the
    object itself (of a method's function), for those only; ``0`` or ``"sm"`` may be many constants at once."""
    found = getattr(found, "__func__", found)
    if inspect.isfunction(found) or inspect.isclass(found) or inspect.ismodule(found):
        return id(found)
    return None


def _by_short_name(name: str) -> list[object]:
    """Functions and classes of that name, defined or imported by a loaded module of the toolkit (docstrings say
    ``load_article`` where the reader knows ``toolkit.load_article``)."""
    return [found for module_name, module in sorted(sys.modules.items())
            if module_name.split(".")[0] == "toolkit" and module is not None
            and (inspect.isfunction(found := getattr(module, name, None)) or inspect.isclass(found))]


_DOCUMENTED: dict[tuple[int, int], dict[int, str]] = {}


def _documented(env) -> dict[int, str]:
    """identity -> the name under which the API pages document that function, class or module; worked out once
    per build, when the first reference needs it (every page has been read by then)."""
    objects = env.get_domain("py").objects
    key_of_build = (id(env), len(objects))  # kept in this process only: identities mean nothing in the next
    if key_of_build in _DOCUMENTED:
        return _DOCUMENTED[key_of_build]
    names: dict[int, str] = {}
    for name, entry in sorted(objects.items(), key=lambda item: len(item[0])):
        key = _identity(_lookup(name, modules_first=entry.objtype == "module"))
        if key is not None:
            names.setdefault(key, name)
    _DOCUMENTED.clear()
    _DOCUMENTED[key_of_build] = names
    return names


def _resolve(app: Sphinx, env, node, contnode):
    """A reference the Python domain could not resolve: to the name a function, class or module is documented
    under, when it is documented under another (``toolkit.analysis.Analysis`` is ``toolkit.Analysis``); to plain
    text when the toolkit has it but the API reference leaves it out (its machinery:
    ``toolkit.quotes.model.Quote``). A name the code does not have stays unresolved, and the build warns."""
    if node.get("refdomain") != "py":
        return None
    target = node["reftarget"].lstrip("~.")
    module, klass = node.get("py:module"), node.get("py:class")
    candidates = [target, *(f"{prefix}.{target}" for prefix in (module, module and klass and f"{module}.{klass}")
                            if prefix)]
    found = [obj for candidate in candidates
             if (obj := _lookup(candidate, modules_first=node["reftype"] == "mod")) is not _MISSING]
    documented = _documented(env)
    names = {documented[key] for obj in found if (key := _identity(obj)) in documented}
    if not found and "." not in target and node["reftype"] in ("data", "attr"):
        # a constant by its short name: the one documented constant of that name (values are no identity)
        names = {name for name in env.get_domain("py").objects if name.endswith(f".{target}")}
        found = [module for name, module in sys.modules.items() if name.split(".")[0] == "toolkit"
                 and hasattr(module, target)]
    elif not found and "." not in target and node["reftype"] != "meth":
        found = _by_short_name(target)
        names = {documented[key] for obj in found if (key := _identity(obj)) in documented}
    if len(names) == 1:
        return env.get_domain("py").resolve_xref(env, node["refdoc"], app.builder, node["reftype"], names.pop(),
                                                 node, contnode)
    return contnode if found else None


def _no_description(app: Sphinx, doctree: nodes.document) -> None:
    """Every documented Python object says something: its own description is not empty (autodoc leaves a field
    or an attribute without a ``#:`` comment blank, and calls no docstring event for it)."""
    for desc in doctree.findall(addnodes.desc):
        if desc.get("domain") != "py":
            continue
        content = next(iter(desc.findall(addnodes.desc_content)), None)
        own = [child for child in (content.children if content is not None else []) if not isinstance(
            child, addnodes.desc | addnodes.index)]
        if not any(child.astext().strip() for child in own):
            names = [name for signature in desc.children if isinstance(signature, addnodes.desc_signature)
                     for name in signature["ids"]]
            logger.warning("%s %s has no description", desc.get("objtype"), ", ".join(names) or "(unnamed)",
                           location=desc)


def _require_docstring(app: Sphinx, what: str, name: str, obj, options, lines: list[str]) -> None:
    # A constant without a "#:" comment would show its type's docstring (dict's, str's): that is no docstring.
    inherited = what in ("data", "attribute") and type(obj).__doc__ and \
        [line.strip() for line in lines if line.strip()] == \
        [line.strip() for line in type(obj).__doc__.splitlines() if line.strip()]
    if inherited or not any(line.strip() for line in lines):
        logger.warning("%s %s has no docstring", what, name)
        lines.clear()


# Formulas, should a page ever hold one, are shown as their source text: MathJax would be fetched from a CDN.
def _visit_math(self, node) -> None:
    self.body.append(f'<code class="math">{self.encode(node.astext())}</code>')
    raise nodes.SkipNode


def _visit_displaymath(self, node) -> None:
    self.body.append(f'<pre class="math">{self.encode(node.astext())}</pre>')
    raise nodes.SkipNode


def setup(app: Sphinx) -> dict:
    load_toolkit()
    app.add_directive("toolkit-table", ToolkitTable)
    app.add_directive("toolkit-column-types", ToolkitColumnTypes)
    app.add_html_math_renderer("source-text", (_visit_math, None), (_visit_displaymath, None))
    app.connect("env-purge-doc", _purge)
    app.connect("env-merge-info", _merge)
    app.connect("env-check-consistency", _check_consistency)
    app.connect("autodoc-process-docstring", _require_docstring)
    app.connect("missing-reference", _resolve)
    app.connect("doctree-read", _no_description)
    return {"version": toolkit.__version__, "parallel_read_safe": True, "parallel_write_safe": True}
