"""The analysis layer: run the stages on one article (:mod:`~toolkit.analysis.core`: :func:`analyze`, the
:class:`Analysis` it returns), the result tables (:mod:`~toolkit.analysis.tables`: schemas and row builders),
aggregates (:mod:`~toolkit.analysis.aggregates`), corpus runs (:mod:`~toolkit.analysis.batch`,
:mod:`~toolkit.analysis.store`, :mod:`~toolkit.analysis.daskrun`) and brat export
(:mod:`~toolkit.analysis.export`)."""

from ..link import speaker_actor
from .aggregates import (
    DOCUMENT_SUFFIX,
    NARRATION,
    NO_SOURCE,
    portrayal_profile,
    source_profile,
    stance_matrix,
    timeline,
    timexes,
)
from .core import Analysis, Provenance, analysis_of_doc, analyze, article_frame, prepared_doc
from .tables import TABLE_COLUMNS, TABLES, make_table, table_for_csv

__all__ = [
    "DOCUMENT_SUFFIX",
    "NARRATION",
    "NO_SOURCE",
    "TABLES",
    "TABLE_COLUMNS",
    "Analysis",
    "Provenance",
    "analysis_of_doc",
    "analyze",
    "article_frame",
    "make_table",
    "portrayal_profile",
    "prepared_doc",
    "source_profile",
    "speaker_actor",
    "stance_matrix",
    "table_for_csv",
    "timeline",
    "timexes",
]
