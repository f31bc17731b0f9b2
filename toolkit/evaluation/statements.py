"""Score attributed statements against your own reading: which the machine found (precision, recall) and
whether it named the right actor as their source.

A found statement matches a gold one when their contents overlap by at least half of the gold content and at
least 30 % of the found content, one to one, the largest overlaps first; the same rule scores the real-world
dev set (:mod:`toolkit.evaluation.realworld`).

>>> import pandas as pd
>>> gold = pd.DataFrame({"content_start": [0, 50], "content_end": [40, 90], "actor": ["Ana Reyes", "Tom Ek"]})
>>> found = pd.DataFrame({"content_start": [2, 50, 100], "content_end": [40, 90, 120],
...                       "actor": ["Ana Reyes", "Ana Reyes", "Tom Ek"]})
>>> scores = score_statements(gold, found)
>>> scores["statements"].precision, scores["statements"].recall, scores["speaker_actor"].accuracy
(0.6666666666666666, 1.0, 0.5)
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from . import Scores

__all__ = ["Span", "overlap", "pairs", "score_statements", "statement_match"]

Span = tuple[int, int]


def overlap(a: Span, b: Span) -> int:
    """Characters two ranges share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def pairs(gold: list[Span], predicted: list[Span], accept: Callable[[Span, Span], bool]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index) that ``accept``, the largest overlaps first."""
    candidates = sorted(((overlap(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(predicted)
                         if accept(g, p)), reverse=True)
    used_gold, used_predicted, found = set(), set(), []
    for _, i, j in candidates:
        if i not in used_gold and j not in used_predicted:
            used_gold.add(i)
            used_predicted.add(j)
            found.append((i, j))
    return found


def statement_match(gold: Span, predicted: Span) -> bool:
    """The contents overlap by half of the gold content and 30 % of the predicted one."""
    covered = overlap(gold, predicted)
    return covered >= 0.5 * (gold[1] - gold[0]) and covered >= 0.3 * (predicted[1] - predicted[0])


def score_statements(gold: pd.DataFrame, found: pd.DataFrame) -> dict[str, Scores]:
    """``statements``: gold against found statements (``content_start``, ``content_end``); ``speaker_actor``:
    of the matched pairs whose gold names an actor, those where the found ``actor`` is the same. Each
    :class:`~toolkit.evaluation.Scores` lists its errors (missed, spurious, wrong actor)."""
    gold_spans = list(zip(gold["content_start"], gold["content_end"], strict=True))
    found_spans = list(zip(found["content_start"], found["content_end"], strict=True))
    statements = Scores(gold=len(gold_spans), system=len(found_spans))
    linked = Scores(detail="actor_accuracy")
    matched = pairs(gold_spans, found_spans, statement_match)
    for i, j in matched:
        statements.matched += 1
        expected, actor = gold["actor"].iloc[i], found["actor"].iloc[j]
        if pd.isna(expected):
            continue
        linked.matched += 1
        right = not pd.isna(actor) and actor == expected  # pd.NA compares to NA, not False
        linked.correct += right
        if not right:
            linked.errors.append({"content": _content(gold, i), "gold": expected, "found": actor})
    statements.errors += [{"missed": _content(gold, i)} for i in range(len(gold_spans)) if i not in
                          {i for i, _ in matched}]
    statements.errors += [{"spurious": _content(found, j)} for j in range(len(found_spans)) if j not in
                          {j for _, j in matched}]
    return {"statements": statements, "speaker_actor": linked}


def _content(table: pd.DataFrame, row: int) -> str | None:
    return table["content"].iloc[row] if "content" in table else None
