"""What a reader's eye compares: actors by name, statements by their words, timexes by text in order; the
matching rules of :mod:`toolkit.evaluation.pages`, on plain items made from gold or from the tables."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

__all__ = ["CONTENT_MATCH", "CONTENT_RIGHT", "ActorCounts", "ActorItem", "StatementItem", "TimexItem", "content_f1",
           "key", "match_actors", "speaker_right", "statement_pairs", "timex_pairs", "words"]

_WORD = re.compile(r"\w+")
CONTENT_MATCH = 0.6     # share of the gold content's words a row must hold
CONTENT_RIGHT = 0.8     # words' F1 for a content to be right


def words(text: str) -> Counter[str]:
    """The words of a text, lower-cased, with their counts."""
    return Counter(word.lower() for word in _WORD.findall(text))


def key(name: str) -> str:
    """A name compared without case, spaces, a leading "the" and a final full stop ("Tempus Inc." is "Tempus
    Inc": the sentence's full stop may close the abbreviation)."""
    return " ".join(name.lower().split()).removeprefix("the ").rstrip(".")


@dataclass
class ActorItem:
    label: str
    names: set[str]
    acceptable: bool = False


@dataclass
class StatementItem:
    text: str
    words: Counter[str]
    actor: str | None               # the gold actor's name, or the row's actor
    names: set[str] | None          # the names that count for the actor (None: no actor)
    document: bool = False          # a document speaks (rows only)
    stance: dict[str, str] = field(default_factory=dict)   # actor label -> stance


@dataclass
class TimexItem:
    text: str
    value: str | None


@dataclass
class ActorCounts:
    gold: int = 0            # gold actors that are not acceptable
    rows: int = 0            # every row
    scored: int = 0          # rows that count for precision (not only naming an acceptable actor)
    matched: int = 0
    merges: int = 0
    splits: int = 0
    spurious: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)


def match_actors(gold: list[ActorItem], rows: list[ActorItem], name: str = "") -> ActorCounts:
    """One row per gold actor (see the module's docstring)."""
    counts = ActorCounts(gold=sum(not g.acceptable for g in gold), rows=len(rows))
    claimed: set[int] = set()
    for row in rows:
        hits = [i for i, g in enumerate(gold) if g.names & row.names]
        if hits and all(gold[i].acceptable for i in hits):
            continue
        counts.scored += 1
        hits = [i for i in hits if not gold[i].acceptable]
        if len(hits) > 1:
            counts.merges += 1
            counts.errors.append({"page": name, "merge": row.label, "gold": [gold[i].label for i in hits]})
        elif not hits:
            counts.spurious += 1
            counts.errors.append({"page": name, "spurious_actor": row.label})
        elif hits[0] in claimed:
            counts.splits += 1
            counts.errors.append({"page": name, "split": row.label, "gold": gold[hits[0]].label})
        else:
            claimed.add(hits[0])
            counts.matched += 1
    counts.errors += [{"page": name, "missed_actor": g.label} for i, g in enumerate(gold)
                      if not g.acceptable and i not in claimed]
    return counts


def _overlap(a: Counter[str], b: Counter[str]) -> int:
    return sum((a & b).values())


def content_f1(gold: Counter[str], found: Counter[str]) -> float:
    """The F1 of two bags of words."""
    shared = _overlap(gold, found)
    if not shared:
        return 0.0
    precision, recall = shared / sum(found.values()), shared / sum(gold.values())
    return 2 * precision * recall / (precision + recall)


def statement_pairs(gold: list[StatementItem], rows: list[StatementItem]) -> list[tuple[int, int]]:
    """One-to-one (gold, row) pairs whose row holds 60 % of the gold content's words, largest overlap first."""
    candidates = []
    for i, g in enumerate(gold):
        size = sum(g.words.values())
        for j, r in enumerate(rows):
            shared = _overlap(g.words, r.words)
            if size and shared >= CONTENT_MATCH * size:
                candidates.append((shared, -i, -j))
    used_gold, used_rows, pairs = set(), set(), []
    for _, i, j in sorted(candidates, reverse=True):
        if -i not in used_gold and -j not in used_rows:
            used_gold.add(-i)
            used_rows.add(-j)
            pairs.append((-i, -j))
    return sorted(pairs)


def speaker_right(gold: StatementItem, row: StatementItem) -> bool:
    if gold.names is None:
        return row.names is None or row.document
    return row.names is not None and bool(gold.names & row.names)


def timex_pairs(gold: list[TimexItem], rows: list[TimexItem]) -> list[tuple[int, int]]:
    """The k-th gold expression with the k-th row of the same text; then, in order, an expression that holds
    the other."""
    pairs: list[tuple[int, int]] = []
    seen: dict[str, list[int]] = {}
    for j, row in enumerate(rows):
        seen.setdefault(row.text.lower(), []).append(j)
    used: set[int] = set()
    left = []
    for i, g in enumerate(gold):
        same = [j for j in seen.get(g.text.lower(), []) if j not in used]
        if same:
            used.add(same[0])
            pairs.append((i, same[0]))
        else:
            left.append(i)
    for i in left:
        text = gold[i].text.lower()
        for j, row in enumerate(rows):
            other = row.text.lower()
            if j not in used and (text in other or other in text) and min(len(text), len(other)) >= 3:
                used.add(j)
                pairs.append((i, j))
                break
    return sorted(pairs)


