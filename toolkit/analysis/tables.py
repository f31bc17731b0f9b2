"""The result tables of an analysis: their columns (:data:`TABLE_COLUMNS`, declared with their types and
meanings in :mod:`toolkit.analysis.schema`), how rows become typed DataFrames
(:func:`make_table`), and one builder per table. The builders write down what the extractors found and what the
link stage decided (:mod:`toolkit.link`); they decide nothing and run no model.

Offsets (``start``, ``end``, ``*_start``, ``*_end``) index into ``article.text``; ``sentence`` and ``paragraph``
count from 0.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

import numpy as np
import pandas as pd
from spacy.tokens import Doc

from ..actors import Actor
from ..actors.references import mention_kind
from ..claims import Claim
from ..io.articles import Article
from ..lang.labels import NUMERIC_LABELS
from ..lang.spans import doc_text
from ..link import GroupKey, Links, PortrayalGroups, Source, StanceReading, Target
from ..portrayal import Portrayal
from ..quotes import Quote
from ..quotes.types import cue_entry
from ..timex.timeline import Event
from .schema import TABLE_COLUMNS

__all__ = ["INTEGER_COLUMNS", "TABLES", "TABLE_COLUMNS", "Locate", "actor_table", "claim_table", "empty_table",
           "entity_table", "locator", "make_table", "mention_table", "portrayal_table", "quote_table",
           "statement_table", "table_for_csv",
           "table_records", "timeline_table", "timex_table"]

#: offset -> (sentence index, paragraph index)
Locate = Callable[[int], tuple[int | None, int | None]]

TABLES = tuple(TABLE_COLUMNS)


def empty_table(name: str) -> pd.DataFrame:
    """An empty table with the columns of ``name``."""
    return make_table(name, [])


#: Offsets, indexes and counts: integer columns (nullable ``Int64`` when a value is missing).
INTEGER_COLUMNS = frozenset({"start", "end", "sentence", "paragraph", "mentions", "first_start", "order",
                             "speaker_start", "speaker_end", "cue_start", "cue_end", "content_start",
                             "content_end", "event_start", "event_end", "quote_id", "anchor_start"})


def make_table(name: str, rows: list[dict[str, Any]]) -> pd.DataFrame:
    """A table with the columns of ``name`` in order: offsets and counts as integers, everything else kept
    as the Python objects the extractors made (``None`` stays ``None``, dates stay ``datetime.date``)."""
    columns = TABLE_COLUMNS[name]
    data: dict[str, Any] = {}
    for column in columns:  # column by column: one typed array each is much faster than converting a frame
        values = [row.get(column) for row in rows]
        if column in INTEGER_COLUMNS:
            data[column] = np.array(values, dtype="int64") if None not in values else pd.array(values, dtype="Int64")
        else:
            data[column] = pd.Series(values, dtype=object)
    return pd.DataFrame(data, columns=list(columns))


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



def locator(doc: Doc, article: Article) -> Locate:
    """offset -> (sentence index, paragraph index) for rows of the tables; make it once per analysis and
    pass it to the table builders."""
    # Sentence numbers count sentences with words (a stray line break is no sentence).
    text = doc_text(doc)  # joined once per Doc: Span.text joins its tokens on every call
    starts = [s.start_char for s in doc.sents if text[s.start_char:s.end_char].strip()] \
        if doc.has_annotation("SENT_START") else []

    def locate(offset: int) -> tuple[int | None, int | None]:
        sentence = bisect.bisect_right(starts, offset) - 1 if starts else None
        paragraph = article.paragraph_at(offset)
        return sentence, None if paragraph is None else paragraph.index

    return locate


def entity_table(doc: Doc, article: Article, actors: list[Actor], locate: Locate | None = None,
                 role_at: Callable[[int], str | None] | None = None,
                 why: Mapping[tuple[int, int], str] | None = None) -> pd.DataFrame:
    """The ``entities`` table: every name mention (with its actor) and every date or time expression, with
    the role of its paragraph (``story``, ``title``, ``byline``, ...) and, for a name that is no actor's, the
    reason the actor stage gave (``why``: :func:`toolkit.actors.judge.why_not_actors`)."""
    locate = locate or locator(doc, article)
    role_at = role_at or (lambda offset: getattr(article.paragraph_at(offset), "role", None))
    actor_of = {(m.start_char, m.end_char): a.name for a in actors for m in a.mentions}
    why = why or {}
    # Dates and times come from the timex stage (normalised); a pipeline's own DATE/TIME entities
    # (en_core_web_*) would list them twice. Its numbers (CARDINAL, MONEY, ...) are no names.
    rows = [{"text": e.text, "label": e.label_, "start": e.start_char, "end": e.end_char,
             "actor": actor_of.get((e.start_char, e.end_char)), "why": why.get((e.start_char, e.end_char))}
            for e in doc.ents if e.label_ not in NUMERIC_LABELS]
    rows += [{"text": t.text, "label": "TIME" if t.type == "TIME" else "DATE", "start": t.start, "end": t.end,
              "actor": None, "why": None} for t in doc._.timexes or [] if t.type in ("DATE", "TIME")]
    for row in rows:
        row["sentence"], row["paragraph"] = locate(row["start"])
        row["paragraph_role"] = role_at(row["start"])
        if row["actor"] is not None:
            row["why"] = None
    return make_table("entities", sorted(rows, key=lambda r: (r["start"], r["end"])))


def actor_table(actors: list[Actor]) -> pd.DataFrame:
    """The ``actors`` table: one row per actor, in order of first mention."""
    rows = [{"actor": a.name, "type": a.type, "aliases": a.aliases, "roles": list(a.roles),
             "affiliation": a.affiliations[0] if a.affiliations else None, "descriptors": list(a.descriptors),
             "mentions": len(a.mentions) + len(a.references), "first_start": a.first_start, "acts": a.acts,
             "type_source": a.type_source, "gender": a.gender if a.type == "PERSON" else None,
             "gender_evidence": list(a.gender_evidence)} for a in actors]
    return make_table("actors", rows)


def mention_table(doc: Doc, article: Article, actors: list[Actor], locate: Locate | None = None) -> pd.DataFrame:
    """The ``mentions`` table: every mention linked to an actor, in text order, with its kind: ``name``,
    ``description`` ("the health minister", "the agency") or ``pronoun`` ("she", "his")."""
    locate = locate or locator(doc, article)
    rows = []
    for actor in actors:
        names = {(m.start, m.end) for m in actor.mentions}
        for span in [*actor.mentions, *actor.references]:
            sentence, paragraph = locate(span.start_char)
            rows.append({"actor": actor.name, "text": span.text, "start": span.start_char, "end": span.end_char,
                         "kind": mention_kind(span, actor, names), "sentence": sentence, "paragraph": paragraph})
    return make_table("mentions", sorted(rows, key=lambda r: (r["start"], r["end"])))


def quote_table(doc: Doc, article: Article, quotes: list[Quote], links: Links,
                locate: Locate | None = None) -> pd.DataFrame:
    """The ``quotes`` table: one row per attribution (``quote_id``, its position, counts from 0), with its source
    (:func:`toolkit.link.link`): the speaker's actor (``source_kind`` "actor") or the document that speaks
    ("document": "the resolution"); its ``attribution_type`` (speech, writing, thought, intention, evidence),
    the ``layout`` that found it, the cue's lexicon entry (``cue_entry``), how the speaker reached its source
    (``speaker_link``), and ``why_not_statement`` (None for a statement)."""
    locate = locate or locator(doc, article)
    rows = []
    for index, (quote, (source, kind), how, why) in enumerate(zip(quotes, links.sources, links.speaker_links,
                                                                  links.not_statements, strict=True)):
        speaker, cue = quote.speaker, quote.cue
        sentence, paragraph = locate(quote.content_start)
        rows.append({
            "speaker": None if speaker is None else speaker.text,
            "speaker_start": None if speaker is None else speaker.start_char,
            "speaker_end": None if speaker is None else speaker.end_char,
            "actor": source, "source_kind": kind,
            "cue": None if cue is None else cue.text,
            "cue_start": None if cue is None else cue.idx,
            "cue_end": None if cue is None else cue.idx + len(cue.text),
            "content": article.text[quote.content_start:quote.content_end],
            "content_start": quote.content_start, "content_end": quote.content_end,
            "kind": quote.kind, "marks": quote.marks, "sentence": sentence, "paragraph": paragraph,
            "attribution_type": quote.type, "layout": quote.layout, "cue_entry": cue_entry(quote),
            "speaker_link": how, "quote_id": index, "why_not_statement": why})
    return make_table("quotes", rows)


def statement_table(quotes: pd.DataFrame) -> pd.DataFrame:
    """The ``statements`` table: the rows of ``quotes`` that are statements (speech and writing that state
    something, from a source), with the same columns but ``why_not_statement``; ``quote_id`` is the row in
    ``quotes``."""
    kept = quotes[quotes["why_not_statement"].isna()].drop(columns="why_not_statement")
    return kept.reset_index(drop=True)[list(TABLE_COLUMNS["statements"])]


def claim_table(doc: Doc, claims: list[Claim], quotes: list[Quote], holders: list[Source],
                targets: list[list[Target]], stances: list[list[StanceReading]]) -> pd.DataFrame:
    """The ``claims`` table: one row per attribution (of any type) and actor it is about
    (:func:`toolkit.link.statement_targets`), with the stance towards that actor; an attribution about no actor
    keeps one row, with its stance word's target (or none), unless its only stance word is the reporting verb of an
    attribution nested in it. ``quote_id`` is the row of the attribution in the quotes table. ``holders``,
    ``targets`` and ``stances`` come from the link stage (:mod:`toolkit.link`), one per claim.

    ``stance_source`` says which reader decided (:mod:`toolkit.link.stance`): ``"speech_act"`` (the reporting
    verb takes a side: "accused X"), ``"lexicon"`` (a stance word or an evaluative word: "opposed X", "X is
    reckless"), ``"portrayal"`` (the portrayal model's reading of the statement towards the actor), or ``None``
    (no reader found a stance word: neutral; a word found in a context that takes no side keeps its reader).
    ``predicate`` is the word that decided; ``start``/``end`` cover it and the target's mention (a portrayal: the
    statement's content and the mention)."""
    rows = []
    text = doc_text(doc)  # spaCy joins the tokens again on every doc.text
    for claim, (holder, holder_kind), about, readings in zip(claims, holders, targets, stances, strict=True):
        quote = quotes[claim.quote_index] if claim.quote_index is not None else None
        common = {"actor": holder, "source_kind": holder_kind, "quote_id": claim.quote_index,
                  "attribution_type": None if quote is None else quote.type}
        for target, reading in zip(about, readings, strict=True):
            mention = reading.mention or target.mentions[0]
            pieces = [mention] + ([reading.word] if reading.word is not None else [])
            start, end = min(p.start_char for p in pieces), max(p.end_char for p in pieces)
            if reading.source == "portrayal" and quote is not None:
                start, end = min(start, quote.content_start), max(end, quote.content_end)
            rows.append({**common, "predicate": None if reading.word is None else reading.word.text,
                         "stance": reading.stance, "stance_source": reading.source, "target": mention.text,
                         "target_actor": target.actor.name, "text": text[start:end], "start": start, "end": end})
        if about and (claim.predicate is None or any(t.found_by == "stance_word" for t in about)):
            continue  # the statement's stance word applies to one of its actors, or it has none
        pieces = [p for p in (claim.predicate, claim.target) if p is not None]
        start = min(p.start_char for p in pieces) if pieces else quote.content_start
        end = max(p.end_char for p in pieces) if pieces else quote.content_end
        rows.append({**common, "predicate": None if claim.predicate is None else claim.predicate.text,
                     "stance": claim.stance, "stance_source": None if claim.predicate is None else
                     "speech_act" if claim.speech_act else "lexicon",
                     "target": None if claim.target is None else claim.target.text,
                     "target_actor": None, "text": text[start:end], "start": start, "end": end})
    return make_table("claims", rows)


def portrayal_table(doc: Doc, article: Article, groups: PortrayalGroups, portrayals: dict[GroupKey, Portrayal],
                    quotes: list[Quote], sources: list[Source], actors: list[Actor],
                    locate: Locate | None = None) -> pd.DataFrame:
    """The ``portrayals`` table: one row per actor mention, with the sentence's portrayal of that actor
    (``polarity`` negative/neutral/positive and its probability ``score``), whether the sentence holds an
    attributed statement (its content or its cue) and the actor it is attributed to (``speaker``). Personal
    pronouns no actor holds have rows too, with ``actor`` None."""
    locate = locate or locator(doc, article)
    names = {actor.name: {(m.start, m.end) for m in actor.mentions} for actor in actors}
    by_name = {actor.name: actor for actor in actors}
    touching = _quotes_by_sentence(groups, quotes)
    rows = []
    for key, spans in groups.mentions.items():
        (index, name, _), portrayal = key, portrayals[key]
        inside = touching.get(index, [])
        for span in spans:
            said = [i for i in inside if quotes[i].content_start <= span.start_char < quotes[i].content_end]
            speaker, kind = sources[(said or inside)[0]] if inside else (None, None)
            row_sentence, paragraph = locate(span.start_char)
            rows.append({"actor": name, "text": span.text, "start": span.start_char, "end": span.end_char,
                         "kind": "pronoun" if name is None else mention_kind(span, by_name[name], names[name]),
                         "polarity": portrayal.polarity, "score": portrayal.score, "statement": bool(inside),
                         "speaker": speaker, "source_kind": kind, "sentence": row_sentence, "paragraph": paragraph})
    return make_table("portrayals", sorted(rows, key=lambda r: (r["start"], r["end"], r["actor"] or "")))


def _quotes_by_sentence(groups: PortrayalGroups, quotes: list[Quote]) -> dict[int, list[int]]:
    """Sentence index -> the quotes (in order) that touch it (:func:`_touches`), each quote looked up among
    the sentences its content spans, not every sentence against every quote."""
    starts = [s.start_char for s in groups.sentences]
    touching: dict[int, list[int]] = {}
    for i, quote in enumerate(quotes):
        first = max(bisect.bisect_right(starts, quote.content_start) - 1, 0)
        last = bisect.bisect_left(starts, quote.content_end)
        cue = [bisect.bisect_right(starts, quote.cue.idx) - 1] if quote.cue is not None else []
        for index in sorted({*range(first, last), *cue}):
            sentence = groups.sentences[index] if 0 <= index < len(starts) else None
            if sentence is not None and _touches(quote, sentence.start_char, sentence.end_char):
                touching.setdefault(index, []).append(i)
    return touching


def _touches(quote: Quote, start: int, end: int) -> bool:
    """The statement's content overlaps ``start:end``, or its cue lies inside it."""
    cue_inside = quote.cue is not None and start <= quote.cue.idx < end
    return cue_inside or (quote.content_start < end and start < quote.content_end)


def timex_table(timexes: list, locate: Locate) -> pd.DataFrame:
    """The ``timexes`` table: one row per temporal expression (those of ``doc._.timexes`` in paragraphs that
    feed dates)."""
    rows = []
    for t in timexes:
        sentence, paragraph = locate(t.start)
        rows.append({"text": t.text, "start": t.start, "end": t.end, "type": t.type, "value": t.value,
                     "granularity": t.granularity, "mod": t.mod, "start_date": t.start_date,
                     "end_date": t.end_date, "anchor_dependent": t.anchor_dependent, "anchor_from": t.anchor_from,
                     "anchor_start": t.anchor_start, "sentence": sentence,
                     "paragraph": paragraph})
    return make_table("timexes", rows)


def timeline_table(events: list[Event], participants: list[list[str]], article: Article) -> pd.DataFrame:
    """The ``timeline`` table: one row per event, in timeline order (``order`` 0, 1, ...), with its
    participants as the link stage named them (:func:`toolkit.link.event_participants`)."""
    rows = []
    for order, (event, names) in enumerate(zip(events, participants, strict=True)):
        paragraph = article.paragraph_at(event.start)
        rows.append({"event": event.text, "event_start": event.start, "event_end": event.end,
                     "actors": names, "timex": event.timex.text if event.timex else None,
                     "value": event.timex.value if event.timex else None, "start_date": event.start_date,
                     "end_date": event.end_date, "certainty": event.certainty, "order": order,
                     "paragraph": None if paragraph is None else paragraph.index})
    return make_table("timeline", rows)

