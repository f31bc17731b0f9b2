"""Run the stages on one article and gather the result tables: :func:`analyze` -> :class:`Analysis`.

The stages run in a visible order (:func:`analysis_of_doc`): extract (actors, statements, claims, the timeline)
→ link (:mod:`toolkit.link`) → the portrayal model → stance from portrayal → tables; :func:`analyses_of_docs` runs the
portrayal model once over many articles. Every table is a pandas
DataFrame with a fixed column order (:data:`toolkit.analysis.tables.TABLE_COLUMNS`); offsets (``start``,
``end``, ``*_start``, ``*_end``) index into ``article.text``.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any

import pandas as pd
from spacy.language import Language
from spacy.tokens import Doc

from ..actors import Actor, actor_network, cluster
from ..actors.judge import Judgement, judge, why_not_actors
from ..claims import Claim, claims_of, stated_positions
from ..errors import ArticleTooLongError
from ..io.articles import Article, parse_date
from ..io.roles import looks_like_an_article
from ..lang.spans import doc_text
from ..link import Links, PendingStances, link, pending_stances, portrayal_inputs
from ..pipeline import PipelineSource, load_pipeline, pipeline_source
from ..portrayal import Portrayal, portray, portrayal_model
from ..quotes import Quote, find_quotes
from ..timex.timeline import Event, build_timeline
from .scope import Scope
from .tables import (
    TABLES,
    actor_table,
    claim_table,
    empty_table,
    entity_table,
    locator,
    mention_table,
    portrayal_table,
    quote_table,
    statement_table,
    table_for_csv,
    table_records,
    timeline_table,
    timex_table,
)

__all__ = ["ARTICLE_COLUMNS", "Analysis", "Provenance", "analyses_of_docs", "analysis_of_doc", "analyze",
           "article_fields", "article_frame", "prepared_doc"]


@dataclass(frozen=True)
class Provenance:
    """What is needed to reproduce an analysis: the toolkit's version, the pipeline (name, version, source
    package, whether its checksums were verified), the anchor and where it came from (``"argument"``,
    ``"article"`` metadata, or ``"none"``), the SHA-256 of the article's text (UTF-8), and the portrayal
    model (name and version). Nothing in it changes from run to run on the same input: no time stamps, no
    paths."""

    toolkit: str
    pipeline: str
    pipeline_version: str | None
    pipeline_package: str | None
    pipeline_verified: bool
    anchor: str | None
    anchor_source: str
    text_sha256: str
    portrayal_model: str | None = None

    @classmethod
    def of(cls, article: Article, source: PipelineSource, anchor: date | None, anchor_source: str) -> Provenance:
        from .. import __version__

        meta = portrayal_model().nlp.meta
        return cls(__version__, source.name, source.version, source.package, source.verified,
                   None if anchor is None else anchor.isoformat(), anchor_source,
                   hashlib.sha256(article.text.encode("utf-8", "surrogatepass")).hexdigest(),
                   f"{meta['name']} {meta['version']}")

    def to_dict(self) -> dict[str, Any]:
        """The provenance as a dict of plain values: the ``provenance`` object of the JSON output."""
        return {f: getattr(self, f) for f in self.__dataclass_fields__}


@dataclass
class Analysis:
    """The result of :func:`analyze`: the article, the anchor date used, the parsed Doc, the tables, and the
    provenance of the result."""

    #: The article analysed.
    article: Article
    #: The date relative expressions were counted from (the ``anchor`` argument, else the article's
    #: ``published``), or None.
    anchor: date | None
    #: The spaCy ``Doc`` of the article's text, with the toolkit's extensions.
    doc: Doc
    #: Every table by name (the keys of :data:`toolkit.TABLE_COLUMNS`); also the attributes of the same names.
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    #: The actors as objects (names, mentions, references), for code that needs more than the tables.
    actor_list: list[Actor] = field(default_factory=list, repr=False)
    #: The quotes as objects; ``quote_list[i]`` is the row ``quote_id == i`` of ``quotes``, with its ``parts``.
    quote_list: list[Quote] = field(default_factory=list, repr=False)
    #: What could not be analysed, in words (an unpaired quotation mark, a text that is no article).
    problems: list[str] = field(default_factory=list)
    #: What it takes to reproduce the result (:class:`~toolkit.analysis.Provenance`).
    provenance: Provenance | None = None

    def network(self):
        """The actors' co-occurrence graph (networkx), see :func:`toolkit.actors.actor_network`."""
        return actor_network(self.actor_list)

    # One typed property per table (the columns of each: :data:`~toolkit.analysis.tables.TABLE_COLUMNS`).
    @property
    def entities(self) -> pd.DataFrame:
        """Every name mention (with its actor) and every date or time expression."""
        return self.tables["entities"]

    @property
    def actors(self) -> pd.DataFrame:
        """One row per actor: aliases, roles, affiliation, descriptors, mentions."""
        return self.tables["actors"]

    @property
    def mentions(self) -> pd.DataFrame:
        """Every mention linked to an actor: a name, a description or a pronoun."""
        return self.tables["mentions"]

    @property
    def quotes(self) -> pd.DataFrame:
        """One row per attribution of every type (speech, writing, thought, intention, evidence): speaker,
        actor, source kind, cue, content, and the evidence of the row (type, layout, cue entry, speaker link,
        why it is not a statement)."""
        return self.tables["quotes"]

    @property
    def statements(self) -> pd.DataFrame:
        """Who said what: the quotes that are statements (speech and writing that state something, from an
        actor or a document), each with its ``quote_id`` in :attr:`quotes`."""
        return self.tables["statements"]

    @property
    def claims(self) -> pd.DataFrame:
        """The position each attribution takes towards each actor it is about: stance, the reader that decided
        it, target and target actor (the columns: :data:`toolkit.analysis.schema.TABLE_SCHEMAS`)."""
        return self.tables["claims"]

    @property
    def timexes(self) -> pd.DataFrame:
        """Temporal expressions with their TIMEX3 values."""
        return self.tables["timexes"]

    @property
    def portrayals(self) -> pd.DataFrame:
        """How each sentence portrays each actor mentioned in it."""
        return self.tables["portrayals"]

    @property
    def timeline(self) -> pd.DataFrame:
        """Dated events in order."""
        return self.tables["timeline"]

    def article_record(self) -> dict[str, Any]:
        """The ``article`` object of the CLI's output."""
        metadata = self.article.metadata()  # every metadata field, the extra ones too
        return {key: metadata[key] for key in ("id", "path", "title", "published")} | \
            {"anchor": None if self.anchor is None else self.anchor.isoformat()} | \
            {key: value for key, value in metadata.items() if key not in ("id", "path", "title", "published")}

    def provenance_record(self) -> dict[str, Any] | None:
        """The ``provenance`` object of the JSON output (one CSV column of ``articles.csv``)."""
        return None if self.provenance is None else self.provenance.to_dict()

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: ``{"article": {...}, "entities": [row, ...], ...}``."""
        result: dict[str, Any] = {"article": self.article_record()}
        for name in TABLES:
            result[name] = table_records(self.tables[name])
        result["problems"] = list(self.problems)
        result["provenance"] = self.provenance_record()
        return result

    def to_json(self, indent: int | None = 2) -> str:
        """:meth:`to_dict` as JSON text: the object ``toolkit analyze FILE --format json`` prints."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_csv(self, directory: str | os.PathLike[str], excel: bool = False) -> list[Path]:
        """Write one CSV per table (lists as JSON arrays) and ``articles.csv`` (the article's metadata and its
        provenance) into ``directory``; return the paths written. ``excel=True`` writes them as a spreadsheet
        reads them: a byte-order mark, lists as text, the statements' sentences
        (:mod:`toolkit.analysis.spreadsheet`)."""
        out = Path(directory)
        out.mkdir(parents=True, exist_ok=True)
        if excel:
            from .spreadsheet import EXCEL_CSV_ENCODING, csv_for_excel, sheets_of

            frames = {name: csv_for_excel(frame) for name, frame in sheets_of(self).items()}
            encoding = EXCEL_CSV_ENCODING
        else:
            frames = {"articles": article_frame(self)} | \
                {name: table_for_csv(self.tables[name], self.article.id) for name in TABLES}
            encoding = "utf-8"
        written = []
        for name, frame in frames.items():
            written.append(out / f"{name}.csv")
            frame.to_csv(written[-1], index=False, encoding=encoding)
        return written

    def to_excel(self, path: str | os.PathLike[str]) -> Path:
        """Write every table to one ``.xlsx`` workbook, a sheet per table (``articles`` first), lists joined as
        text and the statements with their sentences (:mod:`toolkit.analysis.spreadsheet`); return the path.

        >>> analyze("“We will appeal,” Ann Lee said.").to_excel("appeal.xlsx")   # doctest: +SKIP
        PosixPath('appeal.xlsx')
        """
        from .spreadsheet import WorkbookWriter

        with WorkbookWriter(path) as book:
            book.add(self)
        return book.path


#: The columns of ``articles.csv`` and of a workbook's ``articles`` sheet, the same for every article: its
#: standard metadata fields and anchor, ``extra`` (the other fields it carries, such as a sidecar's own keys, as
#: one JSON object, so that articles with different fields stay in line) and its ``provenance`` (JSON).
ARTICLE_COLUMNS: tuple[str, ...] = ("id", "path", "title", "published", "anchor", *(
    key for key in Article.from_text("x", id="x").metadata() if key not in ("id", "path", "title", "published")),
    "extra", "provenance")


def article_fields(analysis: Analysis) -> dict[str, Any]:
    """The article's row of :data:`ARTICLE_COLUMNS`, values as they are (lists, dicts, None)."""
    record = analysis.article_record()
    fields = {key: record.get(key) for key in ARTICLE_COLUMNS[:-2]}
    extra = {key: value for key, value in record.items() if key not in fields}
    return {**fields, "extra": extra or None, "provenance": analysis.provenance_record()}


def article_frame(analysis: Analysis) -> pd.DataFrame:
    """One row of :data:`ARTICLE_COLUMNS`: the article's metadata (a list, such as ``authors``, as a JSON array;
    ``extra`` and ``provenance`` as JSON objects), as in ``articles.csv``."""
    row = {key: json.dumps(value, ensure_ascii=False, default=str) if isinstance(value, list | dict) else value
           for key, value in article_fields(analysis).items()}
    return pd.DataFrame([row], columns=list(ARTICLE_COLUMNS))



def analyze(article: Article | str, *, anchor: date | str | None = None,
            nlp: Language | str | None = None) -> Analysis:
    """Parse ``article`` (an :class:`Article`, or plain text) and build every table.

    The anchor date (for relative dates such as "on Monday") is ``anchor`` when given, else the article's
    ``published`` date, else ``None`` (nothing is invented: relative dates then stay relative).

    >>> from toolkit import Article, analyze
    >>> result = analyze(Article.from_text("Talks resumed."), nlp="blank:en")
    >>> list(result.entities.columns)
    ['text', 'label', 'start', 'end', 'sentence', 'paragraph', 'paragraph_role', 'actor', 'why']
    >>> analyze("Talks resumed.", nlp="blank:en").article.text
    'Talks resumed.'
    """
    if isinstance(article, str):
        article = Article.from_text(article)
    elif not isinstance(article, Article):
        raise TypeError(f"analyze() takes an Article or a str, not {type(article).__name__}: "
                        "use toolkit.load_article(path) to read a file")
    pipeline = nlp if isinstance(nlp, Language) else load_pipeline(nlp)
    doc, anchor_source = prepared_doc(article, anchor, pipeline)
    doc = pipeline(doc)
    return analysis_of_doc(article, doc, Provenance.of(article, pipeline_source(pipeline), doc._.anchor,
                                                       anchor_source))


def prepared_doc(article: Article, anchor: date | str | None, pipeline: Language) -> tuple[Doc, str]:
    """The article's unparsed Doc with its anchor set (``anchor``, else the article's ``published`` date),
    and where the anchor came from; an :class:`~toolkit.errors.ArticleTooLongError` for a text longer than
    the pipeline's ``max_length``."""
    anchor_date = parse_date(anchor, name="anchor") if anchor is not None else article.published
    if len(article.text) > pipeline.max_length:
        raise ArticleTooLongError(
            f"article {article.id!r} has {len(article.text):,} characters, above the pipeline's max_length of "
            f"{pipeline.max_length:,}: split it, or raise nlp.max_length (the parser needs roughly 1 GB of "
            "memory per 100,000 words)")
    doc = pipeline.make_doc(article.text)
    doc._.anchor = anchor_date
    anchor_source = "argument" if anchor is not None else "article" if article.published is not None else "none"
    return doc, anchor_source


def analysis_of_doc(article: Article, doc: Doc, provenance: Provenance | None = None) -> Analysis:
    """Build every table from ``doc``, the toolkit pipeline's parse of ``article.text`` (fresh, or restored
    with ``Doc.from_bytes`` / ``DocBin``); the anchor is the one the Doc was parsed with."""
    linked = linked_analysis(article, doc, provenance)
    if isinstance(linked, Analysis):
        return linked
    return finished_analysis(linked, _portrayals(linked))


def analyses_of_docs(items: Sequence[tuple[Article, Doc, Provenance | None]]) -> list[Analysis | Exception]:
    """:func:`analysis_of_doc` on each (article, Doc, provenance), with the portrayal model run once over the
    targets of them all (one call costs less than one per article); an article whose extractors fail gives
    its exception in its place."""
    linked: list[_Linked | Analysis | Exception] = []
    for article, doc, provenance in items:
        try:
            linked.append(linked_analysis(article, doc, provenance))
        except Exception as err:  # an extractor failed on this article: its error, the others go on
            linked.append(err)
    inputs = [text for one in linked if isinstance(one, _Linked) for text in one.portrayal_inputs]
    try:
        readings: Iterator[Portrayal] | None = iter(portray(inputs) if inputs else [])
    except Exception:  # the model failed on the batch: read article by article, so only the culprit fails
        readings = None
    results: list[Analysis | Exception] = []
    for one in linked:
        if isinstance(one, _Linked):
            try:
                mine = list(itertools.islice(readings, len(one.portrayal_inputs))) if readings is not None \
                    else _portrayals(one)
                one = finished_analysis(one, mine)
            except Exception as err:
                one = err
        results.append(one)
    return results


def _portrayals(linked: _Linked) -> list[Portrayal]:
    """The portrayal model's readings of one article's targets, in :attr:`_Linked.portrayal_inputs` order."""
    return portray(linked.portrayal_inputs) if linked.portrayal_inputs else []


@dataclass
class _Linked:
    """One article's analysis up to the portrayal model: what the tables need, and what the model must read
    (the portrayal groups' inputs, then the stance targets no word decided)."""

    article: Article
    doc: Doc
    provenance: Provenance | None
    scope: Scope
    judged: Judgement
    quotes: list[Quote]
    problems: list[str]
    claims: list[Claim]
    timexes: list | None
    events: list[Event]
    links: Links
    stances: PendingStances

    @cached_property
    def portrayal_inputs(self) -> list[tuple[str, list[tuple[int, int]]]]:
        return portrayal_inputs(self.links.portrayal) + self.stances.inputs


def linked_analysis(article: Article, doc: Doc, provenance: Provenance | None = None) -> _Linked | Analysis:
    """Extract and link (the stages before the portrayal model); a text that is not an article gives its
    empty :class:`Analysis` at once."""
    if doc_text(doc) != article.text:
        raise ValueError("the Doc is not a parse of the article's text")
    if not looks_like_an_article(article.paragraphs):  # link labels, menus, boilerplate: never analysed as one
        return Analysis(article=article, anchor=doc._.anchor, doc=doc,
                        tables={name: empty_table(name) for name in TABLES}, provenance=provenance,
                        problems=["not an article: its main text holds no story prose (link labels, menu "
                                  "items or boilerplate), so no table was made"])
    # extract, from the paragraphs that feed each extractor (the story; the headline for actors and dates)
    scope = Scope(article, doc)
    found = find_quotes(doc)
    quotes = scope.statements(found.quotes)
    # the actors a reader would list, each with its evidence; the other names keep the reason they are not
    judged = judge(scope.actors(cluster(doc)), doc, speakers=[q.speaker for q in quotes if q.speaker is not None])
    claims = claims_of(doc, quotes) + stated_positions(doc, quotes)
    timexes = scope.starting("dates", doc._.timexes, "start") if doc._.timexes is not None else None
    events = scope.starting("dates", build_timeline(doc, timexes, doc._.anchor), "start") if timexes is not None \
        else []
    # link: every span to its actor, every statement to its source, the portrayal groups; the stances the
    # words decide
    links = link(doc, judged.actors, quotes, claims, events)
    return _Linked(article, doc, provenance, scope, judged, quotes, found.problems, claims, timexes, events, links,
                   pending_stances(doc, quotes, claims, links.claim_targets))


def finished_analysis(linked: _Linked, portrayals: list[Portrayal]) -> Analysis:
    """The tables, once the portrayal model has read ``linked.portrayal_inputs`` (``portrayals``, in order)."""
    doc, article, quotes, links, actors = linked.doc, linked.article, linked.quotes, linked.links, linked.judged.actors
    groups = len(links.portrayal.mentions)
    portrayed = dict(zip(links.portrayal.mentions, portrayals[:groups], strict=True))
    stances = linked.stances.decided(portrayals[groups:])
    locate = locator(doc, article)
    tables: dict[str, pd.DataFrame] = {
        "entities": entity_table(doc, article, actors, locate, linked.scope.role_at,
                                 why_not_actors(doc, actors, linked.judged.left_out, linked.scope.role_at)),
        "actors": actor_table(actors),
        "mentions": mention_table(doc, article, actors, locate),
        "quotes": quote_table(doc, article, quotes, links, locate),
        "portrayals": portrayal_table(doc, article, links.portrayal, portrayed, quotes, links.sources,
                                      actors, locate),
        "claims": claim_table(doc, linked.claims, quotes, links.claim_holders, links.claim_targets, stances),
    }
    tables["statements"] = statement_table(tables["quotes"])
    if linked.timexes is not None:
        tables["timexes"] = timex_table(linked.timexes, locate)
        tables["timeline"] = timeline_table(linked.events, links.participants, article)
    tables = {name: tables[name] if name in tables else empty_table(name) for name in TABLES}  # in table order
    return Analysis(article=article, anchor=doc._.anchor, doc=doc, tables=tables, actor_list=actors,
                    quote_list=quotes, problems=linked.problems, provenance=linked.provenance)
