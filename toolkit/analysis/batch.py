"""Many articles at once: :func:`analyze_corpus` streams a corpus through ``nlp.pipe`` (in batches, on one or
more processes), runs every extractor on each parsed Doc, and yields one :class:`~toolkit.analysis.Analysis`
per article; with ``out=DIR`` it also writes every table to Parquet as it goes (:mod:`toolkit.analysis.store`) and
resumes an interrupted run where it stopped. A bad article is recorded and skipped; it never stops the run.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import EmptyCorpusError
from ..io.articles import Article, parse_date
from ..io.corpus import Corpus, CorpusItem
from ..pipeline import load_pipeline, pipeline_source
from .core import Analysis, Provenance, analyses_of_docs, prepared_doc

__all__ = ["MEMORY_PER_PROCESS", "CorpusAnalysis", "CorpusError", "analyze_corpus", "auto_processes"]


@dataclass(frozen=True)
class CorpusError:
    """An article that could not be analysed: where it comes from, the error's type and its message."""

    source: str
    error: str
    message: str

    def __str__(self) -> str:
        return self.message if self.message.startswith(self.source) else f"{self.source}: {self.message}"


@dataclass
class _Entry:
    index: int
    article: Article
    doc: Doc
    anchor_source: str


class CorpusAnalysis:
    """The iterator :func:`analyze_corpus` returns: iterate it for the analyses (it runs once); afterwards
    :attr:`errors` lists the articles that could not be analysed and :attr:`skipped` counts those a resumed
    run had already finished. Leaving a loop early, call :meth:`close` (or use it in a ``with`` block) so
    that the finished articles are written."""

    def __init__(self, corpus: Iterable[Article] | Corpus, *, anchor: date | str | None, nlp: Language | str | None,
                 progress: bool | None, n_process: int, batch_size: int, out: str | os.PathLike[str] | None,
                 resume: bool, on_error: Callable[[CorpusError], None] | None = None) -> None:
        self.corpus = corpus
        self.anchor = parse_date(anchor, name="anchor") if isinstance(anchor, str) else anchor
        self.nlp = nlp if isinstance(nlp, Language) else load_pipeline(nlp)
        self.progress, self.n_process, self.batch_size = progress, n_process, batch_size
        self.store = None
        if out is not None:
            from .store import ParquetStore  # pyarrow's Parquet writer, only when writing

            self.store = ParquetStore(out, resume=resume, flush_every=max(batch_size, 16))
        #: The articles that could not be analysed, each with the reason (filled as the run goes).
        self.errors: list[CorpusError] = []
        self.on_error = on_error
        #: How many articles a resumed run found already finished in ``out`` and did not analyse again.
        self.skipped = 0
        self._generator: Iterator[Analysis] | None = None

    def __iter__(self) -> CorpusAnalysis:
        return self

    def __next__(self) -> Analysis:
        if self._generator is None:
            self._generator = self._run()
        return next(self._generator)

    def close(self) -> None:
        """Stop the run early; what is finished is written (with ``out``). An interruption (Ctrl-C) inside
        the loop does the same."""
        if self._generator is not None:
            self._generator.close()
        elif self.store is not None:
            self.store.close()

    def __enter__(self) -> CorpusAnalysis:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _run(self) -> Iterator[Analysis]:
        from tqdm.auto import tqdm  # here, not at import: in a notebook it looks for ipywidgets

        total = len(self.corpus) if hasattr(self.corpus, "__len__") else None
        bar = tqdm(total=total, unit="article", disable=None if self.progress is None else not self.progress)
        source = pipeline_source(self.nlp)
        try:
            for chunk in _chunks(self._parsed(self._entries(bar)), max(self.batch_size, 1)):
                ready = [(entry, *_with_provenance(entry, doc, source)) for entry, doc in chunk]
                analyses = iter(analyses_of_docs([(entry.article, doc, provenance)
                                                  for entry, doc, provenance in ready if provenance is not None]))
                for entry, doc, provenance in ready:  # in corpus order, a parse's or an extractor's failure recorded
                    bar.update(1)
                    analysis = next(analyses) if provenance is not None else doc
                    if isinstance(analysis, Exception):
                        self._record(entry.article.path or entry.article.id, analysis)
                        continue
                    if self.store is not None:
                        self.store.add(analysis)
                    yield analysis
        finally:
            bar.close()
            if self.store is not None:
                self.store.close()

    def _record(self, where: object, error: Exception) -> None:
        self.errors.append(CorpusError(str(where), type(error).__name__, str(error)))
        if self.on_error is not None:
            self.on_error(self.errors[-1])
        if self.store is not None:
            self.store.add_error(str(where), error)

    def _items(self) -> Iterator[CorpusItem]:
        if isinstance(self.corpus, Corpus):  # load_corpus already refused a corpus of no file
            yield from self.corpus.items()
            return
        empty = True
        for article in self.corpus:
            empty = False
            yield CorpusItem(article.id, article)
        if empty:  # a run over nothing is an error, never an empty result a reader would believe
            raise EmptyCorpusError("the corpus holds no article")

    def _entries(self, bar) -> Iterator[_Entry]:
        """The articles to parse, with their Docs; load errors, over-long texts and finished articles aside."""
        for index, item in enumerate(self._items()):
            if item.error is not None:
                bar.update(1)
                self._record(item.source, item.error)
                continue
            if self.store is not None and item.article.id in self.store.done:
                bar.update(1)
                self.skipped += 1
                continue
            try:
                doc, anchor_source = prepared_doc(item.article, self.anchor, self.nlp)
            except Exception as err:
                bar.update(1)
                self._record(item.source, err)
                continue
            yield _Entry(index, item.article, doc, anchor_source)

    def _parsed(self, entries: Iterator[_Entry]) -> Iterator[tuple[_Entry, Doc | Exception]]:
        """Each entry with its parsed Doc, in order, through ``nlp.pipe``. When a component fails inside a
        batch, the batch's articles are parsed again one by one (the failing one yields its error) and the
        stream goes on with a new ``nlp.pipe``."""
        pending: dict[int, _Entry] = {}
        corpus_failed: list[Exception] = []

        def feed() -> Iterator[tuple[Doc, int]]:
            try:
                for entry in entries:
                    pending[entry.index] = entry
                    yield entry.doc, entry.index
            except Exception as err:  # the corpus itself failed: not a parse to retry article by article
                corpus_failed.append(err)
                raise

        while True:
            try:
                for doc, index in self.nlp.pipe(feed(), as_tuples=True, batch_size=self.batch_size,
                                                n_process=self.n_process):
                    yield pending.pop(index), doc
                return
            except Exception:
                for index in sorted(pending):
                    yield self._one_by_one(pending.pop(index))
                if corpus_failed:  # the articles read before the failure are analysed, then the failure raised
                    raise corpus_failed[0] from None

    def _one_by_one(self, entry: _Entry) -> tuple[_Entry, Doc | Exception]:
        doc, _ = prepared_doc(entry.article, self.anchor, self.nlp)
        try:
            return entry, self.nlp(doc)
        except Exception as err:
            return entry, err


def _chunks(items: Iterator, size: int) -> Iterator[list]:
    """``items`` in lists of ``size`` (the last may be shorter): the parsed articles whose portrayal targets the
    model reads in one call. When ``items`` fails, what came before is still handed on, then the error raised."""
    chunk: list = []
    try:
        for item in items:
            chunk.append(item)
            if len(chunk) == size:
                yield chunk
                chunk = []
    except Exception:
        if chunk:
            yield chunk
        raise
    if chunk:
        yield chunk


def _with_provenance(entry: _Entry, doc: Doc | Exception, source) -> tuple[Doc | Exception, Provenance | None]:
    """A parsed Doc with its analysis's provenance; a failed parse, or a provenance that cannot be made, as
    the article's error (recorded, never the end of the run)."""
    if isinstance(doc, Exception):
        return doc, None
    try:
        return doc, Provenance.of(entry.article, source, doc._.anchor, entry.anchor_source)
    except Exception as err:
        return err, None


def analyze_corpus(corpus: Iterable[Article] | Corpus, *, anchor: date | str | None = None,
                   nlp: Language | str | None = None, progress: bool | None = True, n_process: int = 1,
                   batch_size: int = 8, out: str | os.PathLike[str] | None = None, resume: bool = True,
                   on_error: Callable[[CorpusError], None] | None = None) -> CorpusAnalysis:
    """Analyse a corpus as a stream: one :class:`~toolkit.analysis.Analysis` per article, in corpus order.

    - Articles go through ``nlp.pipe`` in batches of ``batch_size`` on ``n_process`` processes (each loads
      the pipeline once); the extractors run in this process. A corpus is never held in memory.
    - ``out=DIR`` also writes every table to Parquet as it goes, one dataset per table with the article's id,
      source, published date and title on every row (:mod:`toolkit.analysis.store`; read back with
      :func:`toolkit.analysis.store.read_table`). With ``resume=True`` (the default) the articles already in ``DIR``
      are skipped, so an interrupted run picks up where it stopped; ``resume=False`` starts ``DIR`` afresh.
    - An article that cannot be loaded or analysed is recorded (``.errors``, and ``DIR/errors.parquet``;
      ``on_error`` is called with each as it happens) and skipped.
    - A progress bar (tqdm: a widget in notebooks, text in the terminal) unless ``progress=False``
      (``None``: only on a terminal).

    >>> from toolkit import analyze_corpus, load_corpus                                   # doctest: +SKIP
    >>> run = analyze_corpus(load_corpus("news/"), out="news_tables", n_process=2)       # doctest: +SKIP
    >>> quotes = pd.concat(r.quotes.assign(article=r.article.id) for r in run)           # doctest: +SKIP
    >>> run.errors                                                                        # doctest: +SKIP
    []
    """
    return CorpusAnalysis(corpus, anchor=anchor, nlp=nlp, progress=progress, n_process=n_process,
                          batch_size=batch_size, out=out, resume=resume, on_error=on_error)


#: Memory one parsing process needs (a pipeline, its batch and the portrayal model), for :func:`auto_processes`.
MEMORY_PER_PROCESS = 1_000_000_000


def auto_processes(memory_per_process: int = MEMORY_PER_PROCESS) -> int:
    """How many processes ``n_process="auto"`` uses: the cores this process may run on, at most one per
    :data:`MEMORY_PER_PROCESS` bytes of the memory available now (``/proc/meminfo``'s MemAvailable, where the
    system has one), and at least one.

    >>> auto_processes() >= 1
    True
    """
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cores, _available_memory() // memory_per_process or 1))


def _available_memory() -> int:
    """Bytes of memory available to new processes (MemAvailable), or a large number where unknown."""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 1 << 62
