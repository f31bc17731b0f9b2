"""The corpus analysis on a Dask cluster: partitions of articles analysed on the workers with
:func:`toolkit.analyze_corpus` (each worker process loads the pipeline once, as every process does through
:func:`toolkit.load_pipeline`'s cache), their tables gathered into one DataFrame per table.

Needs the ``dask`` extra (``pip install 'newsroom-toolkit[dask]'``: ``dask[distributed]``). Point it at a
cluster with a ``distributed.Client`` (``Client("tcp://scheduler:8786")``; the toolkit must be installed on
every worker); without one, Dask's default scheduler runs it in this process.

>>> from dask.distributed import Client, LocalCluster                      # doctest: +SKIP
>>> client = Client(LocalCluster(n_workers=2, threads_per_worker=1))       # doctest: +SKIP
>>> tables = analyze_with_dask(load_corpus("news/"), client=client)        # doctest: +SKIP
>>> tables["quotes"].groupby("source")["actor"].value_counts()             # doctest: +SKIP
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import date
from typing import Any

import pandas as pd

from ..io.articles import Article
from .batch import analyze_corpus
from .store import ERROR_SCHEMA, ParquetStore, analysis_records, table_schema
from .tables import TABLES

__all__ = ["analyze_with_dask"]


def _analyze_partition(articles: list[Article], anchor: date | str | None, pipeline: str | None,
                       batch_size: int) -> list[dict[str, Any]]:
    """Runs on a worker: every table's records for each article of the partition, and the errors."""
    run = analyze_corpus(articles, anchor=anchor, nlp=pipeline, progress=False, batch_size=batch_size)
    results: list[dict[str, Any]] = [{"records": analysis_records(analysis)} for analysis in run]
    results += [{"error": {"source": e.source, "error": e.error, "message": e.message}} for e in run.errors]
    return results


def analyze_with_dask(corpus: Iterable[Article], *, anchor: date | str | None = None, pipeline: str | None = None,
                      client: Any = None, npartitions: int | None = None, batch_size: int = 8,
                      out: str | os.PathLike[str] | None = None) -> dict[str, pd.DataFrame]:
    """Every table of the corpus analysis, computed on Dask workers, in corpus order: ``{"quotes": ...,
    ..., "articles": ..., "errors": ...}``, each row carrying ``article_id``, ``source``, ``published`` and
    ``title`` as in the Parquet output of :func:`toolkit.analyze_corpus`.

    ``pipeline`` is a pipeline's name or path (each worker loads it); ``client`` a ``distributed.Client``
    (default: the current one, else Dask's local scheduler); ``npartitions`` defaults to twice the workers.
    With ``out=DIR`` the tables are also written there in the layout of :mod:`toolkit.analysis.store`.
    """
    import dask.bag as db

    articles = list(corpus)
    workers = len(client.scheduler_info()["workers"]) if client is not None else 1
    parts = max(1, min(len(articles), npartitions or 2 * workers))
    bag = db.from_sequence(articles, npartitions=parts)
    computed = bag.map_partitions(_analyze_partition, anchor, pipeline, batch_size)
    results = client.compute(computed).result() if client is not None else computed.compute()
    records: dict[str, list[dict[str, Any]]] = {name: [] for name in (*TABLES, "articles")}
    errors = []
    for result in results:
        if "error" in result:
            errors.append(result["error"])
            continue
        for name, rows in result["records"].items():
            records[name].extend(rows)
    if out is not None:
        _write(records, errors, out)
    tables = {name: pd.DataFrame(rows, columns=table_schema(name).names) for name, rows in records.items()}
    tables["errors"] = pd.DataFrame(errors, columns=ERROR_SCHEMA.names)
    return tables


def _write(records: dict[str, list[dict[str, Any]]], errors: list[dict[str, str]],
           out: str | os.PathLike[str]) -> None:
    store = ParquetStore(out, resume=False, flush_every=len(records["articles"]) + 1)
    store.add_records(records)
    for error in errors:
        store.add_error(error["source"], error["error"], error["message"])
    store.close()
