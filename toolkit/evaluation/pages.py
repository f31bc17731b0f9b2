"""Score the toolkit on saved news pages as a careful reader sees its tables (kind ``page`` of
``data/gold/realworld``; the gold is described in ``data/gold/realworld/PAGES.md``). Precision comes first: a
row a reader must throw away costs more than a row missed.

Each page is loaded from its saved HTML, as a user would load it, and analysed with the anchor the toolkit
extracts from the page (a wrong date shows up as wrong values). The gold points into the benchmark's
hand-extracted text, so rows are matched **by text**, never by offsets:

- **actors**, one to one by name (an actor's name or an alias, case and a leading "the" aside): a row that
  names two gold actors is a wrong *merge*, a second row for one gold actor a *split*, a row naming none is
  *spurious*; rows naming only an ``acceptable`` gold actor (a place named as a place, a publication) are left
  out of precision. Recall counts the actors that are not ``acceptable``.
- **statements**, one to one, the largest overlap first: a row matches a gold statement when at least 60 % of
  the gold content's words are in the row's content; the content is right when the words' F1 is at least 0.8;
  the speaker is right when the row's actor names the gold actor (a gold statement with no actor is right for a
  row with no actor or a document as source). *Fully right* (a statement, its speaker and its content) is a
  share of all rows.
- **timexes**, by text in order (the k-th "Monday" of the gold with the k-th of the rows; then an expression
  that holds the other, "around midnight" for "midnight", in order); value accuracy on calendar dates (the
  headline) and on every type.
- **stance**, over the statement–actor pairs of the matched statements: per side (support, oppose) its
  recall (the gold pairs taking that side whose claims give it) and precision (the claims taking that side
  towards an actor whose gold gives the same; a side towards an actor the gold does not list for that
  statement is wrong), and the accuracy over every gold pair (a neutral pair is right when no claim takes a
  side towards its actor).
- **not the story**: how many rows of each table fall inside the lines the gold marks as bylines, captions,
  promos, datelines, ... (located in the toolkit's text by their words).
- **the page**: title, authors and publication date right.

    python -m toolkit.evaluation.realworld data/gold/realworld --kind page [--split dev|heldout]
        [--pipeline sm|toolkit] [--errors]
"""

from __future__ import annotations

import json
import re
import tempfile
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..analysis import Analysis, analyze
from ..io.articles import Article, load_article
from . import Scores
from .matching import (
    CONTENT_RIGHT,
    ActorCounts,
    ActorItem,
    StatementItem,
    TimexItem,
    content_f1,
    key,
    match_actors,
    speaker_right,
    statement_pairs,
    timex_pairs,
    words,
)
from .pagegold import page_body, page_html, text_hash

__all__ = ["PageDocument", "Totals", "content_parts", "gold_actors", "gold_statements", "gold_timexes", "load_page",
           "read_pages", "score_page", "score_pages"]

_EXACT_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SIDES = ("support", "oppose")
STANCES = (*SIDES, "neutral")


@dataclass
class PageDocument:
    """One annotated page: its gold and the benchmark's text the gold points into."""

    name: str
    page_id: str
    split: str
    body: str
    gold: dict[str, Any]


def read_pages(folder: str | Path, split: str, shared: Path, subfolder: str = "gold") -> list[PageDocument]:
    """The annotated pages of ``split`` (``dev``, ``heldout`` or ``all``) in ``folder/subfolder``."""
    pages = []
    for path in sorted((Path(folder) / subfolder).glob("page_*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if split != "all" and gold["split"] != split:
            continue
        page_id = gold["source"]["file"]
        pages.append(PageDocument(path.stem, page_id, gold["split"], page_body(shared, page_id), gold))
    return pages


def load_page(shared: Path, page_id: str) -> Article:
    """The saved page loaded from its HTML, as a user would load it."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{page_id}.html"
        path.write_bytes(page_html(shared, page_id))
        return load_article(path)


def _span_text(body: str, span: dict[str, Any] | list[int]) -> str:
    start, end = span["span"] if isinstance(span, dict) else span
    return body[start:end]


def content_parts(content: list) -> list:
    """A statement's content as a list of parts (an older gold gives one ``[start, end]``)."""
    return [content] if content and isinstance(content[0], int) else content


# ---- items from the gold and from the tables -----------------------------------------------------------

def gold_actors(gold: dict[str, Any]) -> list[ActorItem]:
    return [ActorItem(a["actor"], {key(n) for n in [a["actor"], *a["aliases"]]}, a.get("acceptable", False))
            for a in gold["actors"]]


def gold_statements(gold: dict[str, Any], body: str) -> list[StatementItem]:
    names = {a.label: a.names for a in gold_actors(gold)}
    items = []
    for statement in gold["statements"]:
        text = " … ".join(_span_text(body, part) for part in content_parts(statement["content"]))
        actor = statement["actor"]
        items.append(StatementItem(text, words(text), actor, names.get(actor) if actor else None,
                                   stance=dict(statement.get("stance") or {})))
    return items


def gold_timexes(gold: dict[str, Any], body: str) -> list[TimexItem]:
    return [TimexItem(" ".join(_span_text(body, t).split()), t["value"]) for t in gold["timexes"]]


def row_actors(result: Analysis) -> list[ActorItem]:
    return [ActorItem(row.actor, {key(n) for n in [row.actor, *row.aliases]})
            for row in result.actors.itertuples()]


def row_statements(result: Analysis) -> list[StatementItem]:
    claims = result.claims
    items = []
    for row in result.statements.itertuples():
        actor = row.actor if isinstance(row.actor, str) else None
        stance = {c.target_actor: c.stance for c in claims[claims["quote_id"] == row.quote_id].itertuples()
                  if isinstance(c.target_actor, str)}
        items.append(StatementItem(row.content, words(row.content), actor, {key(actor)} if actor else None,
                                   document=row.source_kind == "document", stance=stance))
    return items


def row_timexes(result: Analysis) -> list[TimexItem]:
    return [TimexItem(" ".join(row.text.split()), row.value) for row in result.timexes.itertuples()]



# ---- one page ---------------------------------------------------------------------------------------------

def _located(lines: Iterable[str], text: str) -> list[tuple[int, int]]:
    """Where lines of the gold's text stand in the toolkit's text (their first occurrence; a line not found
    whole is looked up by its first 60 characters)."""
    ranges = []
    for line in lines:
        line = line.strip()
        start = text.find(line)
        if start < 0 and len(line) > 60:
            start = text.find(line[:60])
        if start >= 0 and line:
            ranges.append((start, start + len(line)))
    return ranges


def non_story_rows(page: PageDocument, result: Analysis) -> dict[str, int]:
    """Rows of each table inside the lines that are not the story."""
    lines = page.gold.get("non_story", [])
    ranges = _located((_span_text(page.body, s) for s in lines), result.article.text)

    def inside(offset: int) -> bool:
        return any(start <= offset < end for start, end in ranges)

    mentions = result.mentions
    actors_inside = [name for name, group in mentions.groupby("actor") if all(map(inside, group["start"]))]
    return {"lines": len(lines), "located": len(ranges),
            "quotes": int(sum(map(inside, result.statements["content_start"]))),
            "mentions": int(sum(map(inside, mentions["start"]))),
            "actors": len(actors_inside),
            "timexes": int(sum(map(inside, result.timexes["start"])))}


def non_story_errors(page: PageDocument, result: Analysis) -> list[dict[str, Any]]:
    """Each row inside a line that is not the story, named (the errors behind :func:`non_story_rows`)."""
    ranges = _located((_span_text(page.body, s) for s in page.gold.get("non_story", [])), result.article.text)

    def inside(offset: int) -> bool:
        return any(start <= offset < end for start, end in ranges)

    text = result.article.text
    rows = [("quote", r.content_start, r.content_end) for r in result.statements.itertuples()]
    rows += [("mention", r.start, r.end) for r in result.mentions.itertuples()]
    rows += [("timex", r.start, r.end) for r in result.timexes.itertuples()]
    return [{"page": page.name, "non_story_row": table, "text": text[start:end][:80]}
            for table, start, end in rows if inside(start)]




def page_metadata(page: PageDocument, article: Article) -> dict[str, bool]:
    """Title, authors and publication date right (a text of the project, with no page, has none to score)."""
    gold = page.gold
    if "title_sha" not in gold:
        return {}
    return {"title": bool(article.title) and text_hash(article.title) == gold["title_sha"],
            "authors": {key(n) for n in article.authors} == {key(n) for n in gold["authors"]},
            "published": (article.published.isoformat() if article.published else None) == gold["published"]}


def metadata_errors(page: PageDocument, article: Article, right: dict[str, bool]) -> list[dict[str, Any]]:
    """Each metadata miss with what the toolkit found (the gold title is kept as a hash only)."""
    found = {"title": article.title, "authors": list(article.authors),
             "published": article.published.isoformat() if article.published else None}
    gold = {"title": None, "authors": page.gold.get("authors"), "published": page.gold.get("published")}
    return [{"page": page.name, "metadata": field_name, "gold": gold[field_name], "found": found[field_name]}
            for field_name, ok in right.items() if not ok]


def score_page(page: PageDocument, result: Analysis) -> dict[str, Any]:
    """Every count of one page (see the module's docstring), with the errors behind them."""
    name, errors = page.name, []
    actors = match_actors(gold_actors(page.gold), row_actors(result), name)
    gold_s, rows_s = gold_statements(page.gold, page.body), row_statements(result)
    statements = Scores(gold=len(gold_s), system=len(rows_s), detail="speaker_actor_accuracy")
    content_right = fully_right = 0
    stance = Counter()
    pairs = statement_pairs(gold_s, rows_s)
    for i, j in pairs:
        g, r = gold_s[i], rows_s[j]
        statements.matched += 1
        speaker_ok = speaker_right(g, r)
        statements.correct += speaker_ok
        content_ok = content_f1(g.words, r.words) >= CONTENT_RIGHT
        content_right += content_ok
        fully_right += speaker_ok and content_ok
        if not speaker_ok:
            errors.append({"page": name, "wrong_speaker": g.text[:80], "gold": g.actor, "found": r.actor})
        if not content_ok:
            errors.append({"page": name, "content": r.text[:80], "gold_content": g.text[:80]})
        stance.update(_stance_counts(page, g, r, errors))
    matched_gold, matched_rows = {i for i, _ in pairs}, {j for _, j in pairs}
    errors += [{"page": name, "missed_statement": g.text[:100], "actor": g.actor}
               for i, g in enumerate(gold_s) if i not in matched_gold]
    errors += [{"page": name, "spurious_statement": r.text[:100], "actor": r.actor}
               for j, r in enumerate(rows_s) if j not in matched_rows]

    gold_t, rows_t = gold_timexes(page.gold, page.body), row_timexes(result)
    timexes = Scores(gold=len(gold_t), system=len(rows_t), detail="value_accuracy")
    dates = Scores(detail="value_accuracy")
    pairs = timex_pairs(gold_t, rows_t)
    paired_gold, paired_rows = {i for i, _ in pairs}, {j for _, j in pairs}
    errors += [{"page": name, "missed_timex": g.text, "gold": g.value} for i, g in enumerate(gold_t)
               if i not in paired_gold]
    errors += [{"page": name, "spurious_timex": r.text, "found": r.value} for j, r in enumerate(rows_t)
               if j not in paired_rows]
    for i, j in pairs:
        g, r = gold_t[i], rows_t[j]
        right = r.value == g.value if g.value is not None else not _EXACT_DATE.match(r.value or "")
        timexes.matched += 1
        timexes.correct += right
        if g.value is not None and _EXACT_DATE.match(g.value):
            dates.matched += 1
            dates.correct += right
        if not right:
            errors.append({"page": name, "timex": g.text, "gold": g.value, "found": r.value})
    metadata = page_metadata(page, result.article)
    errors += metadata_errors(page, result.article, metadata) + non_story_errors(page, result)
    return {"actors": actors, "statements": statements, "content_right": content_right,
            "fully_right": fully_right, "timexes": timexes, "dates": dates, "stance": stance,
            "non_story": non_story_rows(page, result), "metadata": metadata,
            "errors": errors + actors.errors}


def _stance_counts(page: PageDocument, g: StatementItem, r: StatementItem, errors: list[dict]) -> Counter:
    """The stance counts of one matched statement: per gold pair, right or not (a neutral pair is right when
    no claim takes a side towards its actor); per side the claims take, right or not (a side towards an actor
    the gold does not list for this statement is wrong: the statement is not about it)."""
    counts: Counter = Counter()
    for target, side in g.stance.items():
        found = next((s for t, s in r.stance.items() if key(t) in gold_names(page, target)), None)
        counts[(side, "pairs")] += 1
        counts[(side, "right")] += found == side or (side == "neutral" and found not in SIDES)
        if side in SIDES and found != side:
            errors.append({"page": page.name, "stance": g.text[:60], "target": target, "gold": side,
                           "found": found})
    for target, side in r.stance.items():
        if side not in SIDES:
            continue
        gold = next((s for t, s in g.stance.items() if key(target) in gold_names(page, t)), None)
        counts[(side, "taken")] += 1
        counts[(side, "taken_right")] += gold == side
        if gold != side:
            errors.append({"page": page.name, "wrong_stance": g.text[:60], "target": target, "gold": gold,
                           "found": side})
    return counts


def gold_names(page: PageDocument, label: str) -> set[str]:
    for actor in gold_actors(page.gold):
        if actor.label == label:
            return actor.names
    return {key(label)}


# ---- every page -------------------------------------------------------------------------------------------

def _ratio(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


@dataclass
class Totals:
    """Counts summed over documents, and the report they give."""

    actors: ActorCounts = field(default_factory=ActorCounts)
    statements: Scores = field(default_factory=lambda: Scores(detail="speaker_actor_accuracy"))
    timexes: Scores = field(default_factory=lambda: Scores(detail="value_accuracy"))
    dates: Scores = field(default_factory=lambda: Scores(detail="value_accuracy"))
    content_right: int = 0
    fully_right: int = 0
    stance: Counter = field(default_factory=Counter)
    non_story: Counter = field(default_factory=Counter)
    metadata: Counter = field(default_factory=Counter)
    documents: int = 0
    pages: int = 0

    def add(self, scores: dict[str, Any]) -> None:
        for name in ("gold", "rows", "scored", "matched", "merges", "splits", "spurious"):
            setattr(self.actors, name, getattr(self.actors, name) + getattr(scores["actors"], name))
        self.statements += scores["statements"]
        self.timexes += scores["timexes"]
        self.dates += scores["dates"]
        self.content_right += scores["content_right"]
        self.fully_right += scores["fully_right"]
        self.stance.update(scores["stance"])
        self.non_story.update(scores["non_story"])
        self.metadata.update({k: int(v) for k, v in scores["metadata"].items()})
        self.documents += 1
        self.pages += bool(scores["metadata"])

    def report(self) -> dict[str, Any]:
        actors, statements, timexes = self.actors, self.statements, self.timexes
        precision, recall = _ratio(actors.matched, actors.scored), _ratio(actors.matched, actors.gold)
        sides = sum(self.stance[(s, "pairs")] for s in SIDES)
        report = {
            "actors": {"gold": actors.gold, "rows": actors.rows, "rows_scored": actors.scored,
                       "matched": actors.matched, "precision": precision, "recall": recall,
                       "f1": round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0,
                       "merges": actors.merges, "splits": actors.splits, "spurious": actors.spurious},
            "statements": {**{k: v for k, v in statements.summary().items() if k != "speaker_actor_accuracy"},
                           "speaker_actor": round(statements.accuracy, 4),
                           "content_right": _ratio(self.content_right, statements.matched),
                           "fully_right": self.fully_right,
                           "fully_right_share_of_rows": _ratio(self.fully_right, statements.system)},
            "timexes": {**{k: v for k, v in timexes.summary().items() if k != "value_accuracy"},
                        "value_accuracy_dates": round(self.dates.accuracy, 4), "dates_matched": self.dates.matched,
                        "value_accuracy_all": round(timexes.accuracy, 4)},
            "stance": {"pairs_taking_a_side": sides,
                       "right": _ratio(sum(self.stance[(s, "right")] for s in SIDES), sides),
                       **{f"{s}_{measure}": value for s in SIDES for measure, value in (
                           ("precision", _ratio(self.stance[(s, "taken_right")], self.stance[(s, "taken")])),
                           ("recall", _ratio(self.stance[(s, "right")], self.stance[(s, "pairs")])),
                           ("taken", self.stance[(s, "taken")]))},
                       "neutral_recall": _ratio(self.stance["neutral", "right"], self.stance["neutral", "pairs"]),
                       "pairs": sum(self.stance[(s, "pairs")] for s in STANCES),
                       "accuracy": _ratio(sum(self.stance[(s, "right")] for s in STANCES),
                                          sum(self.stance[(s, "pairs")] for s in STANCES))},
            "non_story": dict(self.non_story),
        }
        if self.pages:
            report["metadata"] = {k: _ratio(self.metadata[k], self.pages) for k in ("title", "authors", "published")}
        return report


def score_pages(pages: list[PageDocument], nlp, shared: Path) -> dict[str, Any]:
    """The report over ``pages``: every figure of the module's docstring, and the errors (``"errors"``)."""
    totals, errors = Totals(), []
    for page in pages:
        scores = score_page(page, analyze(load_page(shared, page.page_id), nlp=nlp))
        totals.add(scores)
        errors += scores["errors"]
    return {**totals.report(), "errors": errors}
