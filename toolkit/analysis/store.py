"""A corpus analysis on disk: one Parquet dataset per table, written as it goes, resumable.

Layout of ``out/``:

- ``<table>/part-<flush>.parquet`` for every table of :data:`~toolkit.analysis.tables.TABLE_COLUMNS`, each row
  prefixed with the article's ``article_id``, ``source``, ``published`` and ``title``;
- ``articles/part-<flush>.parquet``: one row per finished article (its metadata, anchor and provenance);
- ``errors.parquet``: one row per article that could not be analysed (``source``, ``error``, ``message``).

Every flush writes its part of each table first and its ``articles`` part last, each through a temporary
file renamed into place. An article is finished when its ``articles`` row is on disk; a flush cut short by an
interruption leaves table parts without an ``articles`` part, which the next run deletes before resuming.
Read a table back with :func:`read_table` (or ``pandas.read_parquet(out / "quotes")``).
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import MixedVersionsError
from .tables import INTEGER_COLUMNS, TABLE_COLUMNS, TABLES

__all__ = ["ARTICLE_KEYS", "ERROR_SCHEMA", "ParquetStore", "analysis_records", "article_prefix", "frame_records",
           "read_table", "table_schema"]

#: The metadata every row of every table carries.
ARTICLE_KEYS = ("article_id", "source", "published", "title")
_LISTS = frozenset({"aliases", "roles", "descriptors", "actors", "gender_evidence"})
_DATES = frozenset({"start_date", "end_date", "published"})
_FLAGS = frozenset({"statement", "anchor_dependent", "acts"})
_ARTICLE_FIELDS = (("path", pa.string()), ("url", pa.string()), ("author", pa.string()),
                   ("authors", pa.list_(pa.string())),
                   ("language", pa.string()), ("n_chars", pa.int64()), ("anchor", pa.date32()),
                   ("metadata", pa.string()), ("provenance", pa.string()))
ERROR_SCHEMA = pa.schema([("source", pa.string()), ("error", pa.string()), ("message", pa.string())])


def _type(column: str) -> pa.DataType:
    if column in INTEGER_COLUMNS or column == "quote_id":
        return pa.int64()
    if column in _LISTS:
        return pa.list_(pa.string())
    if column in _DATES:
        return pa.date32()
    if column in _FLAGS:
        return pa.bool_()
    return pa.float64() if column == "score" else pa.string()


def table_schema(name: str) -> pa.Schema:
    """The Arrow schema of table ``name`` on disk (``"articles"`` included), fixed so that every part of a
    dataset agrees whatever values its articles happened to have."""
    keys = [(key, _type(key)) for key in ARTICLE_KEYS]
    if name == "articles":
        return pa.schema(keys + list(_ARTICLE_FIELDS))
    return pa.schema(keys + [(column, _type(column)) for column in TABLE_COLUMNS[name]])


def _plain(value: Any) -> Any:
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, tuple):
        return list(value)
    return value.item() if hasattr(value, "item") and not isinstance(value, list | str) else value


def frame_records(frame: pd.DataFrame, prefix: dict[str, Any]) -> list[dict[str, Any]]:
    """The rows of ``frame`` as plain dicts (missing values as None), each starting with ``prefix``."""
    columns = list(frame.columns)
    return [{**prefix, **{c: _plain(v) for c, v in zip(columns, row, strict=True)}}
            for row in frame.itertuples(index=False, name=None)]


def article_prefix(article) -> dict[str, Any]:
    return {"article_id": article.id, "source": article.source, "published": article.published,
            "title": article.title}


def analysis_records(analysis) -> dict[str, list[dict[str, Any]]]:
    """Every table of one analysis as plain records tagged with the article, plus its ``articles`` row."""
    prefix = article_prefix(analysis.article)
    metadata = analysis.article.metadata()
    records = {name: frame_records(analysis.tables[name], prefix) for name in TABLES}
    records["articles"] = [{**prefix, "path": metadata["path"], "url": metadata["url"],
                            "author": metadata["author"], "authors": metadata["authors"],
                            "language": metadata["language"],
                            "n_chars": metadata["n_chars"], "anchor": analysis.anchor,
                            "metadata": json.dumps(metadata, ensure_ascii=False, default=str),
                            "provenance": json.dumps(analysis.provenance_record(), ensure_ascii=False)}]
    return records


class ParquetStore:
    """Collects analyses and writes them every ``flush_every`` articles (see the module docstring).

    With ``resume=True`` the articles already in ``out`` are :attr:`done` and the errors already recorded
    are kept (an article that now succeeds leaves the error list); with ``resume=False`` the previous
    output of the store is deleted first.
    """

    def __init__(self, out: str | os.PathLike[str], resume: bool = True, flush_every: int = 64) -> None:
        self.out = Path(out)
        self.flush_every = flush_every
        if not resume:
            self._clear()
        self.out.mkdir(parents=True, exist_ok=True)
        self._drop_unfinished_flushes()
        self._check_version()
        self.done: set[str] = set(read_table(self.out, "articles")["article_id"]) if self._parts("articles") else set()
        errors_path = self.out / "errors.parquet"
        self.errors: dict[str, dict[str, str]] = {}
        if errors_path.exists():
            self.errors = {row["source"]: row for row in pq.read_table(errors_path).to_pylist()}
        self._flush = max((int(p.stem.split("-")[1]) for p in self._parts("articles")), default=-1) + 1
        self._buffer: dict[str, list[dict[str, Any]]] = {name: [] for name in (*TABLES, "articles")}
        self._pending = 0

    def _check_version(self) -> None:
        """Refuse to add to tables that another version of the toolkit wrote (their columns and meaning may
        differ): a resumed run never mixes rows of two versions silently."""
        from .. import __version__

        parts = self._parts("articles")
        if not parts:
            return
        column = pq.read_table(parts[0], columns=["provenance"]).column("provenance").to_pylist()
        versions = {json.loads(value).get("toolkit") for value in column[:1] if value}
        if versions and versions != {__version__}:
            raise MixedVersionsError(f"{self.out} holds tables of toolkit {versions.pop()}, not {__version__}: "
                                     "write to a new folder, or pass resume=False (--restart) to replace them")

    def add(self, analysis) -> None:
        """Buffer one analysis (written at the next flush); a former error of the article is forgotten."""
        for key in (analysis.article.id, str(analysis.article.path) if analysis.article.path else None):
            self.errors.pop(key, None)
        self.add_records(analysis_records(analysis))

    def add_records(self, records: dict[str, list[dict[str, Any]]]) -> None:
        """Buffer the records of :func:`analysis_records` (of one article or more)."""
        for name, rows in records.items():
            self._buffer[name].extend(rows)
        self.done.update(row["article_id"] for row in records["articles"])
        self._pending += len(records["articles"])
        if self._pending >= self.flush_every:
            self.flush()

    def add_error(self, source: str, error: BaseException | str, message: str | None = None) -> None:
        """Record an article that could not be analysed: an exception, or an error's name and message."""
        name = error if isinstance(error, str) else type(error).__name__
        self.errors[source] = {"source": source, "error": name, "message": str(error) if message is None else message}

    def flush(self) -> None:
        """Write the buffered articles (tables first, ``articles`` last) and the error list."""
        if self._pending:
            for name in (*TABLES, "articles"):
                table = pa.Table.from_pylist(self._buffer[name], schema=table_schema(name))
                self._write(table, self.out / name / f"part-{self._flush:06d}.parquet")
                self._buffer[name].clear()
            self._flush += 1
            self._pending = 0
        errors = pa.Table.from_pylist(sorted(self.errors.values(), key=lambda e: e["source"]), schema=ERROR_SCHEMA)
        self._write(errors, self.out / "errors.parquet")

    def close(self) -> None:
        self.flush()

    @staticmethod
    def _write(table: pa.Table, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".partial")
        pq.write_table(table, partial)
        os.replace(partial, path)  # a part is either whole or absent

    def _parts(self, name: str) -> list[Path]:
        return sorted((self.out / name).glob("part-*.parquet"))

    def _drop_unfinished_flushes(self) -> None:
        finished = {p.name for p in self._parts("articles")}
        for name in TABLES:
            for part in self._parts(name):
                if part.name not in finished:
                    part.unlink()
        for partial in self.out.glob("**/*.partial"):
            partial.unlink()

    def _clear(self) -> None:
        for name in (*TABLES, "articles"):
            shutil.rmtree(self.out / name, ignore_errors=True)
        (self.out / "errors.parquet").unlink(missing_ok=True)


def read_table(out: str | os.PathLike[str], name: str) -> pd.DataFrame:
    """Table ``name`` (or ``"articles"``, or ``"errors"``) of a corpus analysis written to ``out``.

    >>> read_table("corpus_out", "quotes").groupby("source")["actor"].value_counts()  # doctest: +SKIP
    """
    out = Path(out)
    if name == "errors":
        path = out / "errors.parquet"
        return pq.read_table(path).to_pandas() if path.exists() else ERROR_SCHEMA.empty_table().to_pandas()
    parts = sorted((out / name).glob("part-*.parquet"))
    schema = table_schema(name)
    if not parts:
        return schema.empty_table().to_pandas()
    table = pa.concat_tables(pq.read_table(part, schema=schema) for part in parts)
    frame = table.to_pandas(types_mapper={pa.int64(): pd.Int64Dtype()}.get)  # offsets stay integers, None as <NA>
    for column in frame.columns.intersection(sorted(_LISTS)):  # lists as in the in-memory tables
        frame[column] = frame[column].map(lambda v: None if v is None else list(v))
    return frame
