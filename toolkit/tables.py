"""The result tables of an analysis: their columns (:data:`TABLE_COLUMNS`), how rows become typed DataFrames
(:func:`make_table`), and one builder per table, from the extractors' results and the actors (the link step:
every speaker, target and participant span turned into an actor's name).

Offsets (``start``, ``end``, ``*_start``, ``*_end``) index into ``article.text``; ``sentence`` and ``paragraph``
count from 0.
"""

from __future__ import annotations

import bisect
import json
from datetime import date
from typing import Any

import pandas as pd
from spacy.tokens import Doc

from .actors import Actor, actor_of, target_actor
from .actors.references import mention_kind
from .articles import Article
from .claims import Claim
from .lang.labels import NUMERIC_LABELS
from .quotes import Quote, antecedent
from .timeline import Event

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



def table_for_csv(table: pd.DataFrame, article_id: str) -> pd.DataFrame:
    """A copy with an ``article_id`` first column and list cells written as JSON arrays."""
    frame = table.copy()
    for column in frame.columns:
        if frame[column].map(lambda v: isinstance(v, list | tuple)).any():
            frame[column] = frame[column].map(lambda v: json.dumps(list(v), ensure_ascii=False)
                                              if isinstance(v, list | tuple) else v)
    frame.insert(0, "article_id", article_id)
    return frame



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

