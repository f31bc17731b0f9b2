"""The result tables of an analysis: their columns (:data:`TABLE_COLUMNS`), how rows become typed DataFrames
(:func:`make_table`), and one builder per table, from the extractors' results and the actors (the link step:
every speaker, target and participant span turned into an actor's name).

Offsets (``start``, ``end``, ``*_start``, ``*_end``) index into ``article.text``; ``sentence`` and ``paragraph``
count from 0.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

import numpy as np
import pandas as pd
from spacy.tokens import Doc, Span

from .actors import Actor, actor_of, target_actor
from .actors.references import PERSONAL_PRONOUNS, mention_kind
from .articles import Article
from .claims import Claim
from .lang.labels import NUMERIC_LABELS, PORTRAYED_LABELS
from .portrayal import Portrayal, PortrayalModel, model_input, portray
from .quotes import DOCUMENT_NOUNS, Quote, antecedent, document_labels
from .timeline import Event

#: offset -> (sentence index, paragraph index)
Locate = Callable[[int], tuple[int | None, int | None]]
#: A statement's source and its kind: (actor name, "actor"), (label, "document") or (None, None).
Source = tuple[str | None, str | None]

#: The tables of an analysis and their columns, in order.
TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "entities": ("text", "label", "start", "end", "sentence", "paragraph", "actor"),
    "actors": ("actor", "type", "aliases", "roles", "affiliation", "descriptors", "mentions", "first_start"),
    "mentions": ("actor", "text", "start", "end", "kind", "sentence", "paragraph"),
    "quotes": ("speaker", "speaker_start", "speaker_end", "actor", "source_kind", "cue", "cue_start", "cue_end",
               "content", "content_start", "content_end", "kind", "marks", "sentence", "paragraph"),
    "claims": ("actor", "source_kind", "predicate", "stance", "stance_source", "target", "target_actor", "text",
               "start", "end", "quote_id"),
    "timexes": ("text", "start", "end", "type", "value", "granularity", "mod", "start_date", "end_date",
                "anchor_dependent", "sentence", "paragraph"),
    "portrayals": ("actor", "text", "start", "end", "kind", "polarity", "score", "statement", "speaker",
                   "source_kind", "sentence", "paragraph"),
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
    text = doc.text  # joined once: Span.text joins its tokens on every call
    starts = [s.start_char for s in doc.sents if text[s.start_char:s.end_char].strip()] \
        if doc.has_annotation("SENT_START") else []

    def locate(offset: int) -> tuple[int | None, int | None]:
        sentence = bisect.bisect_right(starts, offset) - 1 if starts else None
        paragraph = article.paragraph_at(offset)
        return sentence, None if paragraph is None else paragraph.index

    return locate


def entity_table(doc: Doc, article: Article, actors: list[Actor], locate: Locate | None = None) -> pd.DataFrame:
    """The ``entities`` table: every name mention (with its actor) and every date or time expression."""
    locate = locate or locator(doc, article)
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


def mention_table(doc: Doc, article: Article, actors: list[Actor], locate: Locate | None = None) -> pd.DataFrame:
    """The ``mentions`` table: every mention linked to an actor, in text order, with its kind: ``name``,
    ``description`` ("the health minister", "the agency") or ``pronoun`` ("she", "his")."""
    locate = locate or locator(doc, article)
    rows = []
    for actor in actors:
        for span in [*actor.mentions, *actor.references]:
            sentence, paragraph = locate(span.start_char)
            rows.append({"actor": actor.name, "text": span.text, "start": span.start_char, "end": span.end_char,
                         "kind": mention_kind(span, actor), "sentence": sentence, "paragraph": paragraph})
    return make_table("mentions", sorted(rows, key=lambda r: (r["start"], r["end"])))


def quote_table(doc: Doc, article: Article, quotes: list[Quote], actors: list[Actor],
                locate: Locate | None = None, sources: list[Source] | None = None) -> pd.DataFrame:
    """The ``quotes`` table: one row per attributed statement, with its source: the speaker's actor
    (``source_kind`` "actor") or the document that speaks ("document": "the resolution")."""
    locate = locate or locator(doc, article)
    rows = []
    sources = sources if sources is not None else statement_sources(quotes, actors)
    for quote, (source, kind) in zip(quotes, sources, strict=True):
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
            "kind": quote.kind, "marks": quote.marks, "sentence": sentence, "paragraph": paragraph})
    return make_table("quotes", rows)


def speaker_actor(quote: Quote, actors: list[Actor], document: str | None = None) -> str | None:
    """The link step for a statement: its speaker's actor (a relative pronoun's through the noun phrase it
    stands for); a document speaks for itself, under its label ``document`` (see :func:`statement_sources`)."""
    speaker = quote.speaker
    if speaker is None:
        return None
    phrase = antecedent(speaker) or speaker  # "a resolution which condemns …": the resolution
    if quote.document or document is not None:
        return document or phrase.text
    actor = actor_of(phrase, actors)
    return None if actor is None else actor.name


def statement_sources(quotes: list[Quote], actors: list[Actor]) -> list[Source]:
    """Each statement's source and its kind: ``(actor name, "actor")``, ``(label, "document")`` for a
    document (one label per text: :func:`toolkit.quotes.document_labels`), or ``(None, None)``.

    A document speaks where the quotation is its wording, and where the speaker is a document noun that no
    actor holds ("the report says …")."""
    documents = [q.speaker if q.speaker is not None and (q.document or _is_document(q.speaker, actors)) else None
                 for q in quotes]
    labels = document_labels(documents)
    sources = []
    for quote, label in zip(quotes, labels, strict=True):
        source = speaker_actor(quote, actors, label)
        sources.append((source, None if source is None else "document" if label is not None else "actor"))
    return sources


def _is_document(speaker: Span, actors: list[Actor]) -> bool:
    """A document noun heads the speaker, and no actor's mention holds that noun ("the Paris Agreement": Paris
    only modifies it)."""
    phrase = antecedent(speaker) or speaker
    root = phrase.root
    if root.lemma_.lower() not in DOCUMENT_NOUNS:
        return False
    actor = actor_of(phrase, actors)
    return actor is None or not any(m.start <= root.i < m.end for m in [*actor.mentions, *actor.references])


#: A claim's stance from the portrayal of its target, where the claim has no stance word.
_STANCE_OF_POLARITY = {"negative": "oppose", "neutral": "neutral", "positive": "support"}


def claim_table(doc: Doc, claims: list[Claim], quotes: list[Quote], actors: list[Actor],
                portrayals: ActorPortrayals | None = None, sources: list[Source] | None = None) -> pd.DataFrame:
    """The ``claims`` table: one row per statement, its stance and its target; ``quote_id`` is the row of the
    statement in the quotes table, ``start``/``end`` cover the stance word and its target.

    ``stance_source`` says where the stance comes from: ``"lexicon"`` (a stance word), ``"portrayal"`` (no
    stance word, but the target is an actor: the sentence's portrayal of it gives the stance), or ``None``
    (neither: a neutral claim)."""
    rows = []
    text = doc.text  # spaCy joins the tokens again on every access
    sources = sources if sources is not None else statement_sources(quotes, actors)
    for claim in claims:
        quote = quotes[claim.quote_index] if claim.quote_index is not None else None
        pieces = [p for p in (claim.predicate, claim.target) if p is not None]
        start = min(p.start_char for p in pieces) if pieces else quote.content_start
        end = max(p.end_char for p in pieces) if pieces else quote.content_end
        about = target_actor(claim.target, actors) if claim.target is not None else None
        if quote is not None:
            holder, holder_kind = sources[claim.quote_index]
        else:
            holder_actor = target_actor(claim.holder, actors) if claim.holder is not None else None
            holder = holder_actor.name if holder_actor is not None else None
            holder_kind = None if holder is None else "actor"
        stance, source = claim.stance, "lexicon" if claim.predicate is not None else None
        portrayal = portrayals.of(about.name, claim.target) if source is None and about and portrayals else None
        if portrayal is not None:
            stance, source = _STANCE_OF_POLARITY[portrayal.polarity], "portrayal"
        rows.append({"actor": holder, "source_kind": holder_kind,
                     "predicate": None if claim.predicate is None else claim.predicate.text,
                     "stance": stance, "stance_source": source,
                     "target": None if claim.target is None else claim.target.text,
                     "target_actor": None if about is None else about.name,
                     "text": text[start:end], "start": start, "end": end, "quote_id": claim.quote_index})
    return make_table("claims", rows)


class ActorPortrayals:
    """The link step for portrayal: the mentions of every actor that can be portrayed (people, organisations,
    groups, countries and cities: :data:`~toolkit.lang.labels.PORTRAYED_LABELS`) grouped by sentence, each
    group read once by the portrayal model (:mod:`toolkit.portrayal`) with all of them marked.

    A personal pronoun no actor holds ("He" opening an article's excerpt) is still a person's mention: those of
    one sentence and one sex form a group of their own, with no actor."""

    def __init__(self, doc: Doc, actors: list[Actor], model: PortrayalModel | None = None) -> None:
        self.sentences = [s for s in doc.sents] if doc.has_annotation("SENT_START") else [doc[:]]
        self._starts = [s.start for s in self.sentences]
        groups: dict[tuple[int, str | None, str], list[Span]] = {}
        held: set[int] = set()
        for actor in actors:
            for span in [*actor.mentions, *actor.references]:
                held.update(range(span.start, span.end))
                if actor.type in PORTRAYED_LABELS:
                    groups.setdefault((self.sentence_of(span), actor.name, ""), []).append(span)
        for i in _indexes_of(doc, PERSONAL_PRONOUNS):
            token = doc[i]
            if i not in held and token.pos_ != "PROPN":
                span = doc[i:i + 1]
                groups.setdefault((self.sentence_of(span), None, PERSONAL_PRONOUNS[token.lower_]), []).append(span)
        #: (sentence index, actor name or None, the sex of unheld pronouns or "") -> mentions in text order
        self.mentions = {key: sorted(spans, key=lambda s: s.start) for key, spans in sorted(
            groups.items(), key=lambda item: min(s.start for s in item[1]))}
        targets = [model_input(self.sentences[index], spans) for (index, _, _), spans in self.mentions.items()]
        self.portrayals = dict(zip(self.mentions, portray(targets, model), strict=True))

    def sentence_of(self, span: Span) -> int:
        return bisect.bisect_right(self._starts, span.start) - 1

    def of(self, actor: str, span: Span) -> Portrayal | None:
        """The portrayal of ``actor`` in the sentence of ``span``, if the actor is mentioned there."""
        return self.portrayals.get((self.sentence_of(span), actor, ""))


def _indexes_of(doc: Doc, words: Iterable[str]) -> list[int]:
    """Indexes of the tokens whose lowercase form is one of ``words``, read from the Doc's arrays (no Token
    objects made for the others)."""
    keys = np.array([doc.vocab.strings[word] for word in words], dtype="uint64")
    return np.flatnonzero(np.isin(doc.to_array("LOWER"), keys)).tolist()


def portrayal_table(doc: Doc, article: Article, portrayals: ActorPortrayals, quotes: list[Quote],
                    actors: list[Actor], locate: Locate | None = None,
                    sources: list[Source] | None = None) -> pd.DataFrame:
    """The ``portrayals`` table: one row per actor mention, with the sentence's portrayal of that actor
    (``polarity`` negative/neutral/positive and its probability ``score``), whether the sentence holds an
    attributed statement (its content or its cue) and the actor it is attributed to (``speaker``). Personal
    pronouns no actor holds have rows too, with ``actor`` None."""
    locate = locate or locator(doc, article)
    speakers = sources if sources is not None else statement_sources(quotes, actors)
    by_name = {actor.name: actor for actor in actors}
    rows = []
    for key, spans in portrayals.mentions.items():
        (index, name, _), portrayal = key, portrayals.portrayals[key]
        sentence = portrayals.sentences[index]
        inside = [i for i, q in enumerate(quotes) if _touches(q, sentence.start_char, sentence.end_char)]
        for span in spans:
            said = [i for i in inside if quotes[i].content_start <= span.start_char < quotes[i].content_end]
            speaker, kind = speakers[(said or inside)[0]] if inside else (None, None)
            row_sentence, paragraph = locate(span.start_char)
            rows.append({"actor": name, "text": span.text, "start": span.start_char, "end": span.end_char,
                         "kind": "pronoun" if name is None else mention_kind(span, by_name[name]),
                         "polarity": portrayal.polarity, "score": portrayal.score, "statement": bool(inside),
                         "speaker": speaker, "source_kind": kind, "sentence": row_sentence, "paragraph": paragraph})
    return make_table("portrayals", sorted(rows, key=lambda r: (r["start"], r["end"], r["actor"] or "")))


def _touches(quote: Quote, start: int, end: int) -> bool:
    """The statement's content overlaps ``start:end``, or its cue lies inside it."""
    cue_inside = quote.cue is not None and start <= quote.cue.idx < end
    return cue_inside or (quote.content_start < end and start < quote.content_end)


def timex_table(doc: Doc, article: Article, locate: Locate | None = None) -> pd.DataFrame:
    """The ``timexes`` table: one row per temporal expression of ``doc._.timexes``."""
    locate = locate or locator(doc, article)
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

