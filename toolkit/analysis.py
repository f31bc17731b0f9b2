"""Run the stages on one article and gather the result tables: :func:`analyze` -> :class:`Analysis`.

Every table is a pandas DataFrame with a fixed column order (:data:`TABLE_COLUMNS`); offsets (``start``,
``end``, ``*_start``, ``*_end``) index into ``article.text``. Extractors not built yet give empty tables with
their final columns, so code written against the tables keeps working as stages arrive.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
from spacy.language import Language
from spacy.tokens import Doc
from tqdm import tqdm

from .actors import Actor, actor_network, actor_of, cluster, target_actor
from .actors.references import mention_kind
from .articles import Article, parse_date
from .claims import Claim, claims_of, stated_positions
from .errors import ArticleTooLongError
from .lang.labels import NUMERIC_LABELS
from .pipeline import PipelineSource, load_pipeline, pipeline_source
from .quotes import Quote, antecedent, find_quotes
from .timeline import Event, build_timeline

#: The tables of an analysis and their columns, in order.
TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "entities": ("text", "label", "start", "end", "sentence", "paragraph", "actor"),
    "actors": ("actor", "type", "aliases", "roles", "affiliation", "descriptors", "mentions", "first_start"),
    "mentions": ("actor", "text", "start", "end", "kind", "sentence", "paragraph"),
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
    return make_table(name, [])


#: Offsets, indexes and counts: integer columns (nullable ``Int64`` when a value is missing).
INTEGER_COLUMNS = frozenset({"start", "end", "sentence", "paragraph", "mentions", "first_start", "order",
                             "speaker_start", "speaker_end", "cue_start", "cue_end", "content_start",
                             "content_end", "event_start", "event_end"})


def make_table(name: str, rows: list[dict[str, Any]]) -> pd.DataFrame:
    """A table with the columns of ``name`` in order: offsets and counts as integers, everything else kept
    as the Python objects the extractors made (``None`` stays ``None``, dates stay ``datetime.date``)."""
    columns = TABLE_COLUMNS[name]
    frame = pd.DataFrame({c: pd.Series([row.get(c) for row in rows], dtype=object) for c in columns})
    for column in columns:
        if column in INTEGER_COLUMNS:
            values = frame[column]
            frame[column] = values.astype("int64") if values.notna().all() else values.astype("Int64")
    return frame


def _jsonable(value: Any) -> Any:
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


def table_records(table: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows as JSON-ready dicts (dates as ISO strings, missing values as None)."""
    return [{column: _jsonable(value) for column, value in zip(table.columns, row, strict=True)}
            for row in table.itertuples(index=False, name=None)]


@dataclass(frozen=True)
class Provenance:
    """What is needed to reproduce an analysis: the toolkit's version, the pipeline (name, version, source
    package, whether its checksums were verified), the anchor and where it came from (``"argument"``,
    ``"article"`` metadata, or ``"none"``), and the SHA-256 of the article's text (UTF-8). Nothing in it
    changes from run to run on the same input: no time stamps, no paths."""

    toolkit: str
    pipeline: str
    pipeline_version: str | None
    pipeline_package: str | None
    pipeline_verified: bool
    anchor: str | None
    anchor_source: str
    text_sha256: str

    @classmethod
    def of(cls, article: Article, source: PipelineSource, anchor: date | None, anchor_source: str) -> Provenance:
        from . import __version__

        return cls(__version__, source.name, source.version, source.package, source.verified,
                   None if anchor is None else anchor.isoformat(), anchor_source,
                   hashlib.sha256(article.text.encode("utf-8", "surrogatepass")).hexdigest())

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


def table_for_csv(table: pd.DataFrame, article_id: str) -> pd.DataFrame:
    """A copy with an ``article_id`` first column and list cells written as JSON arrays."""
    frame = table.copy()
    for column in frame.columns:
        if frame[column].map(lambda v: isinstance(v, list | tuple)).any():
            frame[column] = frame[column].map(lambda v: json.dumps(list(v), ensure_ascii=False)
                                              if isinstance(v, list | tuple) else v)
    frame.insert(0, "article_id", article_id)
    return frame


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
    anchor_date = parse_date(anchor, name="anchor") if anchor is not None else article.published
    if len(article.text) > pipeline.max_length:
        raise ArticleTooLongError(
            f"article {article.id!r} has {len(article.text):,} characters, above the pipeline's max_length of "
            f"{pipeline.max_length:,}: split it, or raise nlp.max_length (the parser needs roughly 1 GB of "
            "memory per 100,000 words)")
    doc = pipeline.make_doc(article.text)
    doc._.anchor = anchor_date
    doc = pipeline(doc)
    anchor_source = "argument" if anchor is not None else "article" if article.published is not None else "none"
    return analysis_of_doc(article, doc, Provenance.of(article, pipeline_source(pipeline), anchor_date,
                                                       anchor_source))


def analysis_of_doc(article: Article, doc: Doc, provenance: Provenance | None = None) -> Analysis:
    """Build every table from ``doc``, the toolkit pipeline's parse of ``article.text`` (fresh, or restored
    with ``Doc.from_bytes`` / ``DocBin``); the anchor is the one the Doc was parsed with."""
    if doc.text != article.text:
        raise ValueError("the Doc is not a parse of the article's text")
    anchor_date = doc._.anchor
    tables = {name: empty_table(name) for name in TABLES}
    actors = cluster(doc)
    tables["entities"] = entity_table(doc, article, actors)
    tables["actors"] = actor_table(actors)
    tables["mentions"] = mention_table(doc, article, actors)
    found = find_quotes(doc)
    tables["quotes"] = quote_table(doc, article, found.quotes, actors)
    claims = claims_of(doc, found.quotes) + stated_positions(doc, found.quotes)
    tables["claims"] = claim_table(doc, claims, found.quotes, actors)
    if doc._.timexes is not None:
        tables["timexes"] = timex_table(doc, article)
        tables["timeline"] = timeline_table(build_timeline(doc, doc._.timexes, anchor_date), article, actors)
    return Analysis(article=article, anchor=anchor_date, doc=doc, tables=tables, actor_list=actors,
                    quote_list=found.quotes, problems=found.problems, provenance=provenance)


def _locator(doc: Doc, article: Article):
    """offset -> (sentence index, paragraph index) for rows of the tables."""
    # Sentence numbers count sentences with words (a stray line break is no sentence).
    starts = [s.start_char for s in doc.sents if s.text.strip()] if doc.has_annotation("SENT_START") else []

    def locate(offset: int) -> tuple[int | None, int | None]:
        sentence = bisect.bisect_right(starts, offset) - 1 if starts else None
        paragraph = article.paragraph_at(offset)
        return sentence, None if paragraph is None else paragraph.index

    return locate


def entity_table(doc: Doc, article: Article, actors: list[Actor]) -> pd.DataFrame:
    """The ``entities`` table: every name mention (with its actor) and every date or time expression."""
    locate = _locator(doc, article)
    actor_of = {(m.start_char, m.end_char): a.name for a in actors for m in a.mentions}
    # Dates and times come from the timex stage (normalised); a pipeline's own DATE/TIME entities
    # (en_core_web_*) would list them twice. Its numbers (CARDINAL, MONEY, ...) are no names.
    rows = [{"text": e.text, "label": e.label_, "start": e.start_char, "end": e.end_char,
             "actor": actor_of.get((e.start_char, e.end_char))} for e in doc.ents if e.label_ not in NUMERIC_LABELS]
    rows += [{"text": t.text, "label": "TIME" if t.type == "TIME" else "DATE", "start": t.start, "end": t.end,
              "actor": None} for t in doc._.timexes or [] if t.type in ("DATE", "TIME")]
    for row in rows:
        row["sentence"], row["paragraph"] = locate(row["start"])
    return make_table("entities", sorted(rows, key=lambda r: (r["start"], r["end"])))


def actor_table(actors: list[Actor]) -> pd.DataFrame:
    """The ``actors`` table: one row per actor, in order of first mention."""
    rows = [{"actor": a.name, "type": a.type, "aliases": a.aliases, "roles": list(a.roles),
             "affiliation": a.affiliations[0] if a.affiliations else None, "descriptors": list(a.descriptors),
             "mentions": len(a.mentions) + len(a.references), "first_start": a.first_start} for a in actors]
    return make_table("actors", rows)


def mention_table(doc: Doc, article: Article, actors: list[Actor]) -> pd.DataFrame:
    """The ``mentions`` table: every mention linked to an actor, in text order, with its kind: ``name``,
    ``description`` ("the health minister", "the agency") or ``pronoun`` ("she", "his")."""
    locate = _locator(doc, article)
    rows = []
    for actor in actors:
        for span in [*actor.mentions, *actor.references]:
            sentence, paragraph = locate(span.start_char)
            rows.append({"actor": actor.name, "text": span.text, "start": span.start_char, "end": span.end_char,
                         "kind": mention_kind(span, actor), "sentence": sentence, "paragraph": paragraph})
    return make_table("mentions", sorted(rows, key=lambda r: (r["start"], r["end"])))


def quote_table(doc: Doc, article: Article, quotes: list[Quote], actors: list[Actor]) -> pd.DataFrame:
    """The ``quotes`` table: one row per attributed statement, with its speaker's actor."""
    locate = _locator(doc, article)
    rows = []
    for quote in quotes:
        speaker, cue = quote.speaker, quote.cue
        sentence, paragraph = locate(quote.content_start)
        rows.append({
            "speaker": None if speaker is None else speaker.text,
            "speaker_start": None if speaker is None else speaker.start_char,
            "speaker_end": None if speaker is None else speaker.end_char,
            "actor": speaker_actor(quote, actors),
            "cue": None if cue is None else cue.text,
            "cue_start": None if cue is None else cue.idx,
            "cue_end": None if cue is None else cue.idx + len(cue.text),
            "content": article.text[quote.content_start:quote.content_end],
            "content_start": quote.content_start, "content_end": quote.content_end,
            "kind": quote.kind, "marks": quote.marks, "sentence": sentence, "paragraph": paragraph})
    return make_table("quotes", rows)


def speaker_actor(quote: Quote, actors: list[Actor]) -> str | None:
    """The link step for a statement: its speaker's actor (a relative pronoun's through the noun phrase it
    stands for); a document speaks for itself."""
    speaker = quote.speaker
    if speaker is None:
        return None
    phrase = antecedent(speaker) or speaker  # "a resolution which condemns …": the resolution
    if quote.document:
        return phrase.text
    actor = actor_of(phrase, actors)
    return None if actor is None else actor.name


def claim_table(doc: Doc, claims: list[Claim], quotes: list[Quote], actors: list[Actor]) -> pd.DataFrame:
    """The ``claims`` table: one row per statement, its stance and its target; ``quote_id`` is the row of the
    statement in the quotes table, ``start``/``end`` cover the stance word and its target."""
    rows = []
    text = doc.text  # spaCy joins the tokens again on every access
    for claim in claims:
        quote = quotes[claim.quote_index] if claim.quote_index is not None else None
        pieces = [p for p in (claim.predicate, claim.target) if p is not None]
        start = min(p.start_char for p in pieces) if pieces else quote.content_start
        end = max(p.end_char for p in pieces) if pieces else quote.content_end
        about = target_actor(claim.target, actors) if claim.target is not None else None
        if quote is not None:
            holder = speaker_actor(quote, actors)
        else:
            holder_actor = target_actor(claim.holder, actors) if claim.holder is not None else None
            holder = holder_actor.name if holder_actor is not None else None
        rows.append({"actor": holder, "predicate": None if claim.predicate is None else claim.predicate.text,
                     "stance": claim.stance, "target": None if claim.target is None else claim.target.text,
                     "target_actor": None if about is None else about.name,
                     "text": text[start:end], "start": start, "end": end, "quote_id": claim.quote_index})
    return make_table("claims", rows)


def stance_matrix(source: Analysis | pd.DataFrame) -> pd.DataFrame:
    """Speaker × target net stance: +1 per supporting claim, -1 per opposing one (targets that are actors)."""
    table = source.tables["claims"] if isinstance(source, Analysis) else source
    rows = table[table["target_actor"].notna() & table["actor"].notna() & (table["stance"] != "neutral")]
    scores = rows.assign(score=rows["stance"].map({"support": 1, "oppose": -1}))
    if scores.empty:
        return pd.DataFrame()
    return scores.pivot_table(index="actor", columns="target_actor", values="score", aggfunc="sum", fill_value=0)


def timex_table(doc: Doc, article: Article) -> pd.DataFrame:
    """The ``timexes`` table: one row per temporal expression of ``doc._.timexes``."""
    locate = _locator(doc, article)
    rows = []
    for t in doc._.timexes:
        sentence, paragraph = locate(t.start)
        rows.append({"text": t.text, "start": t.start, "end": t.end, "type": t.type, "value": t.value,
                     "granularity": t.granularity, "mod": t.mod, "start_date": t.start_date,
                     "end_date": t.end_date, "anchor_dependent": t.anchor_dependent, "sentence": sentence,
                     "paragraph": paragraph})
    return make_table("timexes", rows)


def timeline_table(events: list[Event], article: Article, actors: list[Actor]) -> pd.DataFrame:
    """The ``timeline`` table: one row per event, in timeline order (``order`` 0, 1, ...); its participants
    linked to their actors' canonical names (a name no actor holds keeps its own text)."""
    rows = []
    for order, event in enumerate(events):
        paragraph = article.paragraph_at(event.start)
        names = [(actor.name if (actor := actor_of(span, actors)) else span.text) for span in event.participants]
        rows.append({"event": event.text, "event_start": event.start, "event_end": event.end,
                     "actors": list(dict.fromkeys(names)), "timex": event.timex.text if event.timex else None,
                     "value": event.timex.value if event.timex else None, "start_date": event.start_date,
                     "end_date": event.end_date, "certainty": event.certainty, "order": order,
                     "paragraph": None if paragraph is None else paragraph.index})
    return make_table("timeline", rows)


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


def analyze_corpus(corpus: Iterable[Article], *, anchor: date | str | None = None, nlp: Language | str | None = None,
                   progress: bool = True) -> Iterator[Analysis]:
    """Analyse many articles one at a time (a corpus is never held in memory), with a progress bar.

    >>> from toolkit import load_corpus                                  # doctest: +SKIP
    >>> actors = pd.concat(r.actors.assign(article=r.article.id)          # doctest: +SKIP
    ...                    for r in analyze_corpus(load_corpus("news/")))
    """
    pipeline = nlp if isinstance(nlp, Language) else load_pipeline(nlp)
    total = len(corpus) if hasattr(corpus, "__len__") else None
    for article in tqdm(corpus, total=total, unit="article", disable=not progress):
        yield analyze(article, anchor=anchor, nlp=pipeline)
