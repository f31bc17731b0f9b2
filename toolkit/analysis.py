"""Run the stages on one article and gather the result tables: :func:`analyze` -> :class:`Analysis`.

Every table is a pandas DataFrame with a fixed column order (:data:`toolkit.tables.TABLE_COLUMNS`); offsets
(``start``, ``end``, ``*_start``, ``*_end``) index into ``article.text``. The tables are built in
:mod:`toolkit.tables`; this module runs the stages in order and holds the result.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
from spacy.language import Language
from spacy.tokens import Doc

from .actors import Actor, actor_network, cluster
from .articles import Article, parse_date
from .claims import claims_of, stated_positions
from .errors import ArticleTooLongError
from .pipeline import PipelineSource, load_pipeline, pipeline_source
from .portrayal import POLARITIES, portrayal_model
from .quotes import Quote, find_quotes
from .tables import (
    TABLE_COLUMNS,
    TABLES,
    ActorPortrayals,
    actor_table,
    claim_table,
    empty_table,
    entity_table,
    locator,
    make_table,
    mention_table,
    portrayal_table,
    quote_table,
    speaker_actor,
    statement_sources,
    table_for_csv,
    table_records,
    timeline_table,
    timex_table,
)
from .timeline import build_timeline

__all__ = [
    "DOCUMENT_SUFFIX",
    "NARRATION",
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
    "speaker_actor",
    "stance_matrix",
    "table_for_csv",
    "timeline",
    "timexes",
]


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
        from . import __version__

        meta = portrayal_model().nlp.meta
        return cls(__version__, source.name, source.version, source.package, source.verified,
                   None if anchor is None else anchor.isoformat(), anchor_source,
                   hashlib.sha256(article.text.encode("utf-8", "surrogatepass")).hexdigest(),
                   f"{meta['name']} {meta['version']}")

    def to_dict(self) -> dict[str, Any]:
        return {f: getattr(self, f) for f in self.__dataclass_fields__}


@dataclass
class Analysis:
    """The result of :func:`analyze`: the article, the anchor date used, the parsed Doc, the tables, and the
    provenance of the result."""

    article: Article
    anchor: date | None
    doc: Doc
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    actor_list: list[Actor] = field(default_factory=list, repr=False)
    quote_list: list[Quote] = field(default_factory=list, repr=False)
    problems: list[str] = field(default_factory=list)  # what could not be analysed (e.g. unbalanced quotes)
    provenance: Provenance | None = None

    def network(self):
        """The actors' co-occurrence graph (networkx), see :func:`toolkit.actors.actor_network`."""
        return actor_network(self.actor_list)

    def __getattr__(self, name: str) -> pd.DataFrame:
        # analysis.entities, analysis.actors, ... read the tables.
        if name in TABLE_COLUMNS and "tables" in self.__dict__:
            return self.tables[name]
        raise AttributeError(name)

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
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_csv(self, directory: str | os.PathLike[str]) -> list[Path]:
        """Write one CSV per table (lists as JSON arrays) and ``articles.csv`` (the article's metadata and its
        provenance) into ``directory``; return the paths written."""
        out = Path(directory)
        out.mkdir(parents=True, exist_ok=True)
        written = [out / "articles.csv"]
        article_frame(self).to_csv(written[0], index=False)
        for name in TABLES:
            path = out / f"{name}.csv"
            table_for_csv(self.tables[name], self.article.id).to_csv(path, index=False)
            written.append(path)
        return written


def article_frame(analysis: Analysis) -> pd.DataFrame:
    """One row: the article's metadata and its provenance (a JSON object), as in ``articles.csv``."""
    return pd.DataFrame([{**analysis.article_record(),
                          "provenance": json.dumps(analysis.provenance_record(), ensure_ascii=False)}])



def analyze(article: Article | str, *, anchor: date | str | None = None,
            nlp: Language | str | None = None) -> Analysis:
    """Parse ``article`` (an :class:`Article`, or plain text) and build every table.

    The anchor date (for relative dates such as "on Monday") is ``anchor`` when given, else the article's
    ``published`` date, else ``None`` (nothing is invented: relative dates then stay relative).

    >>> from toolkit import Article, analyze
    >>> result = analyze(Article.from_text("Talks resumed."), nlp="blank:en")
    >>> list(result.entities.columns)
    ['text', 'label', 'start', 'end', 'sentence', 'paragraph', 'actor']
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
    if doc.text != article.text:
        raise ValueError("the Doc is not a parse of the article's text")
    anchor_date = doc._.anchor
    tables: dict[str, pd.DataFrame] = {}
    locate = locator(doc, article)
    actors = cluster(doc)
    tables["entities"] = entity_table(doc, article, actors, locate)
    tables["actors"] = actor_table(actors)
    tables["mentions"] = mention_table(doc, article, actors, locate)
    found = find_quotes(doc)
    sources = statement_sources(found.quotes, actors)  # one link step for the three tables that name sources
    tables["quotes"] = quote_table(doc, article, found.quotes, actors, locate, sources)
    portrayals = ActorPortrayals(doc, actors)
    tables["portrayals"] = portrayal_table(doc, article, portrayals, found.quotes, actors, locate, sources)
    claims = claims_of(doc, found.quotes) + stated_positions(doc, found.quotes)
    tables["claims"] = claim_table(doc, claims, found.quotes, actors, portrayals, sources)
    if doc._.timexes is not None:
        tables["timexes"] = timex_table(doc, article, locate)
        tables["timeline"] = timeline_table(build_timeline(doc, doc._.timexes, anchor_date), article, actors)
    tables = {name: tables[name] if name in tables else empty_table(name) for name in TABLES}  # in table order
    return Analysis(article=article, anchor=anchor_date, doc=doc, tables=tables, actor_list=actors,
                    quote_list=found.quotes, problems=found.problems, provenance=provenance)



#: The row of the stance matrix for what an article says in its own voice (no attributed statement).
NARRATION = "(narration)"
#: Marks a row of the stance matrix whose source is a document ("the resolution (document)"), not a speaker.
DOCUMENT_SUFFIX = " (document)"


def stance_matrix(source: Analysis | pd.DataFrame, by: str = "claims") -> pd.DataFrame:
    """Speaker × actor net stance.

    - ``by="claims"``: +1 per supporting claim, -1 per opposing one, towards targets that are actors (the
      ``claims`` table; a claim's stance may come from its target's portrayal, see ``stance_source``).
    - ``by="portrayals"``: +1 per sentence that portrays the actor positively, -1 per negative one; the row
      is the actor a statement in that sentence is attributed to, else :data:`NARRATION` (the ``portrayals``
      table; each actor counts once per sentence, and not in the sentences of its own statements).

    Rows are ordered: speakers, then documents that take a position (marked with :data:`DOCUMENT_SUFFIX`: a
    resolution is a source, not a speaker), then the narration.
    """
    if by not in ("claims", "portrayals"):
        raise ValueError(f"by must be 'claims' or 'portrayals', not {by!r}")
    table = source.tables[by] if isinstance(source, Analysis) else source
    if by == "claims":
        rows = table[table["target_actor"].notna() & table["actor"].notna() & (table["stance"] != "neutral")]
        scores = rows.assign(score=rows["stance"].map({"support": 1, "oppose": -1}))
        index, columns = "actor", "target_actor"
    else:
        rows = table[(table["polarity"] != "neutral") & table["actor"].notna() & (table["actor"] != table["speaker"])]
        rows = rows.drop_duplicates(["sentence", "actor"])
        scores = rows.assign(score=rows["polarity"].map({"positive": 1, "negative": -1}),
                             voice=rows["speaker"].where(rows["speaker"].notna(), NARRATION))
        index, columns = "voice", "actor"
    if scores.empty:
        return pd.DataFrame()
    if "source_kind" in scores:  # a document is a source of its own kind, not a speaker: "the resolution (document)"
        documents = scores["source_kind"] == "document"
        scores = scores.assign(**{index: scores[index].where(~documents, scores[index] + DOCUMENT_SUFFIX)})
    matrix = scores.pivot_table(index=index, columns=columns, values="score", aggfunc="sum", fill_value=0)
    kind_order = [(name == NARRATION, name.endswith(DOCUMENT_SUFFIX), name) for name in matrix.index]
    matrix = matrix.iloc[sorted(range(len(matrix)), key=kind_order.__getitem__)]  # people, documents, narration
    return matrix.rename_axis(index="speaker" if by == "portrayals" else "actor")


def portrayal_profile(source: Analysis | pd.DataFrame) -> pd.DataFrame:
    """How each actor is portrayed: per actor, its mentions and how many of them (and which share) sit in a
    sentence that portrays it negatively, neutrally or positively; most-mentioned actors first.

    >>> from toolkit import analyze                                                   # doctest: +SKIP
    >>> portrayal_profile(analyze(text)).columns.tolist()                             # doctest: +SKIP
    ['actor', 'mentions', 'negative', 'neutral', 'positive', 'share_negative', 'share_neutral', 'share_positive']
    """
    table = source.tables["portrayals"] if isinstance(source, Analysis) else source
    counts = pd.crosstab(table["actor"], table["polarity"]).reindex(columns=list(POLARITIES), fill_value=0)
    profile = counts.assign(mentions=counts.sum(axis=1)).reset_index()
    for polarity in POLARITIES:
        profile[f"share_{polarity}"] = (profile[polarity] / profile["mentions"]).round(3)
    columns = ["actor", "mentions", *POLARITIES, *(f"share_{p}" for p in POLARITIES)]
    first = table.groupby("actor")["start"].min()
    profile = profile.assign(first=profile["actor"].map(first)).sort_values(["mentions", "first"],
                                                                            ascending=[False, True])
    return profile[columns].reset_index(drop=True).rename_axis(columns=None)


def _analysis_of(source: Analysis | Article | str, anchor: date | str | None, nlp: Language | str | None) -> Analysis:
    if isinstance(source, Analysis):
        return source
    article = source if isinstance(source, Article) else Article.from_text(source)
    return analyze(article, anchor=anchor, nlp=nlp)


def timexes(source: Analysis | Article | str, *, anchor: date | str | None = None,
            nlp: Language | str | None = None) -> pd.DataFrame:
    """The temporal expressions of an analysis, an article or a text, normalised against ``anchor``.

    >>> timexes("Talks broke down late last month.", anchor="2018-12-04", nlp="blank:en")[["text", "value", "mod"]]
                  text    value  mod
    0  late last month  2018-11  END
    """
    return _analysis_of(source, anchor, nlp).tables["timexes"]


def timeline(source: Analysis | Article | str, *, anchor: date | str | None = None,
             nlp: Language | str | None = None) -> pd.DataFrame:
    """The ordered events of an analysis, an article or a text (see :mod:`toolkit.timeline`)."""
    return _analysis_of(source, anchor, nlp).tables["timeline"]
