"""Aggregates over an analysis: who takes which stance towards whom (:func:`stance_matrix`), how each actor is
portrayed (:func:`portrayal_profile`), who gets quoted (:func:`source_profile`), and the dates and timeline of an
analysis, an article or a text."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import pandas as pd
from spacy.language import Language

from ..io.articles import Article
from ..portrayal import POLARITIES
from ..quotes.types import STATEMENT_TYPES
from .core import Analysis, analyze

__all__ = ["DOCUMENT_SUFFIX", "NARRATION", "NO_SOURCE", "portrayal_profile", "source_profile", "stance_matrix",
           "timeline", "timexes"]


#: The row of the stance matrix for what an article says in its own voice (no attributed statement).
NARRATION = "(narration)"
#: The source of an attribution the toolkit could not link to an actor or a document, in :func:`source_profile`.
NO_SOURCE = "(no source)"
#: Marks a row of the stance matrix whose source is a document ("the resolution (document)"), not a speaker.
DOCUMENT_SUFFIX = " (document)"


def stance_matrix(source: Analysis | pd.DataFrame, by: str = "claims",
                  types: Iterable[str] | None = STATEMENT_TYPES, confidence: bool = False) -> pd.DataFrame:
    """Speaker × actor net stance.

    - ``by="claims"``: +1 per supporting claim, -1 per opposing one, towards targets that are actors (the
      ``claims`` table; a claim's stance may come from its target's portrayal, see ``stance_source``).
    - ``by="portrayals"``: +1 per sentence that portrays the actor positively, -1 per negative one; the row
      is the actor a statement in that sentence is attributed to, else :data:`NARRATION` (the ``portrayals``
      table; each actor counts once per sentence, and not in the sentences of its own statements).

    ``types``: the attribution types whose claims count (``by="claims"``); by default statements (speech and
    writing) and positions taken outside any attribution, ``None`` for every type (beliefs, intentions and
    evidence too). ``confidence=True`` (with ``by="portrayals"``): instead of the net count, the portrayal
    model's mean probability for the readings counted in each cell (NaN where none), so a ±1 read at 0.51 is not
    taken for one read at 0.99.

    Rows are ordered: speakers, then documents that take a position (marked with :data:`DOCUMENT_SUFFIX`: a
    resolution is a source, not a speaker), then the narration.
    """
    if by not in ("claims", "portrayals"):
        raise ValueError(f"by must be 'claims' or 'portrayals', not {by!r}")
    if confidence and by != "portrayals":
        raise ValueError("confidence=True needs by='portrayals': claims keep no model probability")
    table = source.tables[by] if isinstance(source, Analysis) else source
    if by == "claims":
        rows = table[table["target_actor"].notna() & table["actor"].notna() & (table["stance"] != "neutral")]
        if types is not None and "attribution_type" in rows:
            rows = rows[rows["attribution_type"].isin(list(types)) | rows["attribution_type"].isna()]
        scores = rows.assign(score=rows["stance"].map({"support": 1, "oppose": -1}))
        index, columns = "actor", "target_actor"
    else:
        rows = table[(table["polarity"] != "neutral") & table["actor"].notna() & (table["actor"] != table["speaker"])]
        rows = rows.drop_duplicates(["sentence", "actor"])
        scores = rows.assign(probability=rows["score"], score=rows["polarity"].map({"positive": 1, "negative": -1}),
                             voice=rows["speaker"].where(rows["speaker"].notna(), NARRATION))
        index, columns = "voice", "actor"
    if scores.empty:
        return pd.DataFrame()
    if "source_kind" in scores:  # a document is a source of its own kind, not a speaker: "the resolution (document)"
        documents = scores["source_kind"] == "document"
        scores = scores.assign(**{index: scores[index].where(~documents, scores[index] + DOCUMENT_SUFFIX)})
    if confidence:
        matrix = scores.pivot_table(index=index, columns=columns, values="probability", aggfunc="mean")
    else:
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


def source_profile(source: Analysis | pd.DataFrame, actors: pd.DataFrame | None = None,
                   types: Iterable[str] | None = STATEMENT_TYPES, by: str | None = None) -> pd.DataFrame:
    """Who gets quoted: the attributions of ``types`` (statements, speech and writing, by default; ``None`` for
    every type) counted by source (``actor``: the actor, or the document that speaks), its source kind, the attribution
    type and, for people, the gender the text states (``unknown`` is an answer: the toolkit never guesses from
    names), with each row's share of all counted attributions (within each ``by`` group: "source" for an
    outlet in a corpus run). A speaker the text names that no actor holds ("the minister said") is counted by
    its words, with source kind ``unlinked`` and gender ``unknown``; attributions with no speaker at all are
    counted under ``(no source)``.

    ``source`` is an analysis, or a ``quotes`` table (then pass the ``actors`` table for the gender; in a corpus
    run both carry ``article_id``, and the actors are matched within their article).

    >>> from toolkit import analyze                                                   # doctest: +SKIP
    >>> source_profile(analyze(text)).columns.tolist()                                # doctest: +SKIP
    ['actor', 'source_kind', 'attribution_type', 'gender', 'count', 'share']
    """
    if isinstance(source, Analysis):
        quotes, actors = source.quotes, source.actors
    else:
        quotes = source
    if types is not None:
        quotes = quotes[quotes["attribution_type"].isin(list(types))]
    if "why_not_statement" in quotes:  # speech that is no statement (a noun phrase, a nested report) never counts
        quotes = quotes[quotes["why_not_statement"].isna() | ~quotes["attribution_type"].isin(STATEMENT_TYPES)]
    keys = ["article_id", "actor"] if "article_id" in quotes and actors is not None and "article_id" in actors \
        else ["actor"]
    genders = actors[[*keys, "gender"]].drop_duplicates(keys) if actors is not None else None
    rows = quotes.merge(genders, on=keys, how="left") if genders is not None else quotes.assign(gender=None)
    # a speaker the text names but no actor holds ("the minister said") keeps its words, marked "unlinked"
    unlinked = rows["actor"].isna() & rows["speaker"].notna()
    rows = rows.assign(actor=rows["actor"].where(~unlinked, rows["speaker"].str.lower()).fillna(NO_SOURCE),
                       source_kind=rows["source_kind"].where(~unlinked, "unlinked").fillna("none"),
                       gender=rows["gender"].where(~unlinked, "unknown").fillna("not a person"))
    group = [*([by] if by else []), "actor", "source_kind", "attribution_type", "gender"]
    counts = rows.groupby(group, dropna=False).size().rename("count").reset_index()
    totals = counts.groupby(by)["count"].transform("sum") if by else counts["count"].sum()
    counts["share"] = (counts["count"] / totals).round(3)
    order = [by, "count"] if by else ["count"]
    return counts.sort_values([*order, "actor"], ascending=[*([True] if by else []), False, True]) \
        .reset_index(drop=True)


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
