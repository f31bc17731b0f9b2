"""Notebook tables a reader can scan: text left-aligned, empty lists and missing values blank.

A display style only: :func:`readable_tables` tells IPython to draw every DataFrame's HTML with
:func:`readable_html`; the DataFrames are unchanged, and so is their plain-text form (what nbval compares
and what ``print`` shows). A table longer than ``display.max_rows`` keeps pandas' own truncated HTML.

>>> import pandas as pd
>>> frame = pd.DataFrame({"actor": ["Ann Lee"], "aliases": [[]], "roles": [["mayor", "chair"]], "mentions": [3]})
>>> html = readable_html(frame)
>>> "text-align: left" in html, "[]" in html, "mayor; chair" in html
(True, False, True)
"""

from __future__ import annotations

import hashlib

import pandas as pd

__all__ = ["readable_html", "readable_tables"]


def _cell(value: object) -> str:
    """A cell as a reader wants it: a list as its items joined by "; " (an empty one blank), a missing value
    blank."""
    if isinstance(value, list | tuple):
        return "; ".join(_cell(item) for item in value)
    try:
        if pd.isna(value):
            return ""
    except (TypeError, ValueError):  # an array-like value: not missing
        pass
    return str(value) if not isinstance(value, float) else f"{value:g}"


def readable_html(frame: pd.DataFrame) -> str:
    """``frame`` as HTML with its text columns (and headers) left-aligned and blank cells where a list is
    empty or a value missing; pandas' own HTML when the table is longer than ``display.max_rows`` or the
    style cannot apply (duplicate labels)."""
    max_rows = pd.get_option("display.max_rows")
    if (max_rows is not None and len(frame) > max_rows) or not (frame.index.is_unique and frame.columns.is_unique):
        return frame._repr_html_()
    text = [c for c in frame.columns if not pd.api.types.is_numeric_dtype(frame[c])
            and not pd.api.types.is_bool_dtype(frame[c])]
    styler = frame.style.format(_cell, subset=text).format(_cell, subset=[c for c in frame.columns if c not in text],
                                                           na_rep="")
    # ids from the content: the same table the same HTML (nbval compares it), two tables never share a style
    styler = styler.set_uuid(hashlib.sha1(repr(frame).encode("utf-8")).hexdigest()[:10]).set_table_styles(
        [{"selector": "th", "props": [("text-align", "left")]}], overwrite=True)
    if text:
        styler = styler.set_properties(subset=text, **{"text-align": "left"})
    return styler.to_html()


def readable_tables(enable: bool = True) -> None:
    """Draw every DataFrame of this notebook with :func:`readable_html` (``enable=False``: pandas' own
    again). Outside IPython it does nothing.

    >>> readable_tables()   # doctest: +SKIP
    """
    try:
        from IPython import get_ipython
    except ImportError:
        return
    shell = get_ipython()
    if shell is None:
        return
    formatter = shell.display_formatter.formatters["text/html"]
    if enable:
        formatter.for_type(pd.DataFrame, readable_html)
    else:
        formatter.type_printers.pop(pd.DataFrame, None)
