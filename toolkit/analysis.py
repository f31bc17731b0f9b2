"""Run the stages on one article and gather the result tables: :func:`analyze` -> :class:`Analysis`.

Every table is a pandas DataFrame with a fixed column order (:data:`TABLE_COLUMNS`); offsets (``start``,
``end``, ``*_start``, ``*_end``) index into ``article.text``. Extractors not built yet give empty tables with
their final columns, so code written against the tables keeps working as stages arrive.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
from spacy.language import Language
from spacy.tokens import Doc

from .articles import Article, parse_date
from .nlp import load_pipeline

#: The tables of an analysis and their columns, in order.
TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "entities": ("text", "label", "start", "end", "sentence", "paragraph", "actor"),
    "actors": ("actor", "type", "aliases", "roles", "affiliation", "descriptors", "mentions", "first_start"),
    "quotes": ("speaker", "speaker_start", "speaker_end", "actor", "cue", "cue_start", "cue_end", "content",
               "content_start", "content_end", "kind", "marks", "sentence", "paragraph"),
    "claims": ("actor", "predicate", "stance", "target", "target_actor", "text", "start", "end", "quote_id"),
    "timexes": ("text", "start", "end", "type", "value", "granularity", "mod", "start_date", "end_date",
                "anchor_dependent", "sentence", "paragraph"),
    "timeline": ("event", "event_start", "event_end", "actors", "timex", "value", "start_date", "end_date",
                 "certainty", "order", "paragraph"),
}
TABLES = tuple(TABLE_COLUMNS)


def empty_table(name: str) -> pd.DataFrame:
    """An empty table with the columns of ``name``."""
    return pd.DataFrame({column: pd.Series(dtype=object) for column in TABLE_COLUMNS[name]})


@dataclass
class Analysis:
    """The result of :func:`analyze`: the article, the anchor date used, the parsed Doc and the tables."""

    article: Article
    anchor: date | None
    doc: Doc
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)

    def __getattr__(self, name: str) -> pd.DataFrame:
        # analysis.entities, analysis.actors, ... read the tables.
        if name in TABLE_COLUMNS and "tables" in self.__dict__:
            return self.tables[name]
        raise AttributeError(name)

    def article_record(self) -> dict[str, Any]:
        """The ``article`` object of the CLI's output."""
        article = self.article
        return {
            "id": article.id,
            "path": None if article.path is None else str(article.path),
            "title": article.title,
            "published": None if article.published is None else article.published.isoformat(),
            "anchor": None if self.anchor is None else self.anchor.isoformat(),
            "n_chars": len(article.text),
        }

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: ``{"article": {...}, "entities": [row, ...], ...}``."""
        result: dict[str, Any] = {"article": self.article_record()}
        for name in TABLES:
            result[name] = json.loads(self.tables[name].to_json(orient="records", date_format="iso"))
        return result

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_csv(self, directory: str | os.PathLike[str]) -> list[Path]:
        """Write one CSV per table (lists as JSON arrays) into ``directory``; return the paths written."""
        out = Path(directory)
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for name in TABLES:
            path = out / f"{name}.csv"
            table_for_csv(self.tables[name], self.article.id).to_csv(path, index=False)
            written.append(path)
        return written


def table_for_csv(table: pd.DataFrame, article_id: str) -> pd.DataFrame:
    """A copy with an ``article_id`` first column and list cells written as JSON arrays."""
    frame = table.copy()
    for column in frame.columns:
        if frame[column].map(lambda v: isinstance(v, list | tuple)).any():
            frame[column] = frame[column].map(lambda v: json.dumps(list(v), ensure_ascii=False)
                                              if isinstance(v, list | tuple) else v)
    frame.insert(0, "article_id", article_id)
    return frame


def analyze(article: Article, *, anchor: date | str | None = None, nlp: Language | str | None = None) -> Analysis:
    """Parse ``article`` and build every table.

    The anchor date (for relative dates such as "on Monday") is ``anchor`` when given, else the article's
    ``published`` date, else ``None`` (nothing is invented: relative dates then stay relative).

    >>> from toolkit import Article, analyze
    >>> result = analyze(Article.from_text("Talks resumed."), nlp="blank:en")
    >>> list(result.entities.columns)
    ['text', 'label', 'start', 'end', 'sentence', 'paragraph', 'actor']
    """
    pipeline = nlp if isinstance(nlp, Language) else load_pipeline(nlp)
    anchor_date = parse_date(anchor, name="anchor") if anchor is not None else article.published
    doc = pipeline(article.text)
    tables = {name: empty_table(name) for name in TABLES}
    return Analysis(article=article, anchor=anchor_date, doc=doc, tables=tables)
