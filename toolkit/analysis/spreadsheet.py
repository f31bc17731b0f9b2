"""Tables a spreadsheet opens: a workbook (``.xlsx``) with one sheet per table, or CSVs that Excel reads right.

:meth:`Analysis.to_excel <toolkit.analysis.Analysis.to_excel>` and ``toolkit analyze … --format xlsx`` write one
sheet per table (``articles`` first, then :data:`~toolkit.analysis.tables.TABLES`), every row tagged with its
``article_id``. In a sheet (and in CSVs written with ``excel=True`` / ``--excel-csv``):

- a list is text, its items joined by ``"; "`` (``Ann Lee; the mayor``); an empty list or a missing value is an
  empty cell; a mapping is JSON;
- the ``statements`` sheet adds ``sentence_text``, the sentence (or sentences) each statement was found in, so a
  reader can check it without the article;
- characters a workbook cannot hold (control characters, lone surrogates, U+FFFE/U+FFFF) become U+FFFD;
- a text longer than a cell holds (32,767 characters) is cut, and says so at its end ("… [cut: N more
  characters]"): the full text stays in the DataFrames, the JSON and the Parquet output;
- text that a spreadsheet would run as a formula never is: in a workbook it is stored as text; in a CSV for
  Excel a text starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading apostrophe
  (Excel hides it; LibreOffice's CSV import shows it), the usual guard against formula injection;
- the ``articles`` sheet has the same columns for every article (:data:`~toolkit.analysis.core.ARTICLE_COLUMNS`:
  the fields an article does not share with all go into ``extra``, one JSON object).

CSVs for Excel carry a byte-order mark (``utf-8-sig``): without one, Excel on Windows reads UTF-8 as a legacy code
page and garbles curly quotes and accents. The DataFrames themselves never change.

>>> from toolkit import analyze
>>> result = analyze("“We will appeal,” Ann Lee said.", nlp="blank:en")
>>> list(sheets_of(result))[:3]
['articles', 'entities', 'actors']
>>> sheet_value(["Ann Lee", "the mayor"]), sheet_value([]), sheet_value(None)
('Ann Lee; the mayor', None, None)
"""

from __future__ import annotations

import bisect
import json
import math
import os
import re
from pathlib import Path
from typing import Any

import pandas as pd

from .core import ARTICLE_COLUMNS, Analysis, article_fields
from .tables import TABLES

__all__ = ["CELL_LIMIT", "EXCEL_CSV_ENCODING", "LIST_SEPARATOR", "SHEETS", "WorkbookWriter", "csv_for_excel",
           "sheet_value", "sheets_of", "table_for_sheet"]

#: The sheets of a workbook, in order.
SHEETS = ("articles", *TABLES)
#: The encoding of CSVs for Excel: UTF-8 with a byte-order mark.
EXCEL_CSV_ENCODING = "utf-8-sig"
#: What joins a list's items in a cell.
LIST_SEPARATOR = "; "
# The characters an .xlsx cell cannot hold (XML 1.0 forbids them): C0 controls but tab, line feed and return,
# lone surrogates (not even UTF-8), U+FFFE and U+FFFF.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
#: The most characters a spreadsheet cell holds (Excel's limit; LibreOffice reads no more either).
CELL_LIMIT = 32_767
# What makes a spreadsheet read a CSV cell as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def sheet_value(value: Any) -> Any:
    """One cell: lists joined by :data:`LIST_SEPARATOR`, empty lists and missing values None (an empty
    cell), mappings as JSON, text without the characters a workbook cannot hold; numbers, booleans and dates
    as they are."""
    if isinstance(value, list | tuple):
        return LIST_SEPARATOR.join(str(sheet_value(item)) for item in value) or None
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    if value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, str):
        value = _ILLEGAL.sub("\ufffd", value)
        if len(value) > CELL_LIMIT:
            cut = "… [cut: {} more characters]"
            kept = CELL_LIMIT - len(cut.format(len(value)))
            return value[:kept] + cut.format(len(value) - kept)
        return value
    if hasattr(value, "item") and not isinstance(value, pd.Timestamp):  # numpy scalars
        return value.item()
    return value


def table_for_sheet(table: pd.DataFrame, article_id: str) -> pd.DataFrame:
    """A copy of ``table`` with an ``article_id`` first column and every cell as :func:`sheet_value` writes
    it (object dtype: numbers stay numbers)."""
    frame = table.astype(object).map(sheet_value) if len(table) else table.astype(object)
    frame.insert(0, "article_id", article_id)
    return frame


def sheets_of(analysis: Analysis) -> dict[str, pd.DataFrame]:
    """Every sheet of one analysis, in :data:`SHEETS` order (see the module's docstring)."""
    fields = article_fields(analysis)
    sheets = {"articles": pd.DataFrame([{key: sheet_value(value) for key, value in fields.items()}],
                                       columns=list(ARTICLE_COLUMNS), dtype=object)}
    for name in TABLES:
        table = analysis.tables[name]
        if name == "statements":
            table = _with_sentences(table, analysis)
        sheets[name] = table_for_sheet(table, analysis.article.id)
    return sheets


def _with_sentences(statements: pd.DataFrame, analysis: Analysis) -> pd.DataFrame:
    """``statements`` with ``sentence_text`` after ``sentence``: the text of the sentences its speaker, cue and
    content span."""
    text = analysis.article.text
    sentences = [(s.start_char, s.end_char) for s in analysis.doc.sents] \
        if analysis.doc.has_annotation("SENT_START") else [(0, len(text))]
    starts = [start for start, _ in sentences]

    def sentence_text(row: pd.Series) -> str:
        offsets = [int(row[c]) for c in ("speaker_start", "speaker_end", "cue_start", "cue_end", "content_start",
                                         "content_end") if pd.notna(row[c])]
        first = sentences[max(bisect.bisect_right(starts, min(offsets)) - 1, 0)][0]
        last = sentences[max(bisect.bisect_left(starts, max(offsets)) - 1, 0)][1]
        return text[first:max(last, first)].strip()

    result = statements.copy()
    result.insert(result.columns.get_loc("sentence") + 1, "sentence_text",
                  [sentence_text(row) for _, row in statements.iterrows()] if len(statements) else [])
    return result


class WorkbookWriter:
    """One ``.xlsx`` workbook filled analysis by analysis, a sheet per table (openpyxl's write-only mode:
    rows go to a temporary file as they come, so a corpus is never held in memory). Use it as a context
    manager, or call :meth:`close` to save.

    >>> with WorkbookWriter("tables.xlsx") as book:   # doctest: +SKIP
    ...     for analysis in analyze_corpus(load_corpus("news/")):
    ...         book.add(analysis)
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        from openpyxl import Workbook  # only when writing a workbook

        self.path = Path(path)
        self._book = Workbook(write_only=True)
        self._sheets = {name: self._book.create_sheet(name) for name in SHEETS}
        self._headed: set[str] = set()

    def add(self, analysis: Analysis) -> None:
        """Append one article's rows to every sheet (each tagged with the article's ``article_id``)."""
        for name, frame in sheets_of(analysis).items():
            sheet = self._sheets[name]
            if name not in self._headed:
                sheet.append(list(frame.columns))
                self._headed.add(name)
            for row in frame.itertuples(index=False, name=None):
                sheet.append([self._text(sheet, value) for value in row])

    @staticmethod
    def _text(sheet, value):
        """A text openpyxl would store as a formula ("=…") stored as text instead."""
        if isinstance(value, str) and value.startswith("="):
            from openpyxl.cell import WriteOnlyCell

            cell = WriteOnlyCell(sheet, value=value)
            cell.data_type = "s"
            return cell
        return value

    def close(self) -> Path:
        """Save the workbook; the path written."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._book.save(self.path)
        return self.path

    def __enter__(self) -> WorkbookWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def csv_for_excel(frame: pd.DataFrame) -> pd.DataFrame:
    """A sheet-shaped ``frame`` (:func:`sheets_of`) for a CSV that a spreadsheet opens: a text starting with
    ``=``, ``+``, ``-``, ``@``, a tab or a return gets a leading apostrophe, so that it is never run as a
    formula."""
    return frame.map(lambda v: "'" + v if isinstance(v, str) and v.startswith(_FORMULA_START) else v)
