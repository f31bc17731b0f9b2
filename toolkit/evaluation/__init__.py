"""Scorers that measure the toolkit's extractors against gold annotations (project gold, corpora in ../shared).

Every scorer counts with one :class:`Scores`: gold items, system items, matched pairs and, of those, the ones
whose detail (a speaker, a value) is right too.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from ..errors import NothingToScoreError, ToolkitError

__all__ = ["Scores", "prf", "require_documents", "run_scorer"]

T = TypeVar("T")


def require_documents(documents: Sequence[T], where: str | Path, what: str = "gold documents") -> Sequence[T]:
    """``documents``, unless there are none: then :class:`~toolkit.errors.NothingToScoreError`, naming
    ``where`` they were looked for (a score over nothing is an error, never a row of zeros).

    >>> require_documents([], "corpora/polnear_dev")
    Traceback (most recent call last):
    ...
    toolkit.errors.NothingToScoreError: nothing to score: no gold documents in corpora/polnear_dev (it does not exist)
    """
    if not documents:
        missing = " (it does not exist)" if not Path(where).exists() else ""
        raise NothingToScoreError(f"nothing to score: no {what} in {where}{missing}")
    return documents


def run_scorer(main: Callable[[], int | None]) -> int:
    """A scorer's command line: ``main()``'s exit status, or status 2 with the message on stderr when the
    toolkit refuses (nothing to score, a file it cannot read) or a gold file is missing."""
    try:
        return main() or 0
    except (ToolkitError, FileNotFoundError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2


def prf(matched: int, predicted: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts (0.0 where a count is zero).

    >>> prf(8, 10, 16)
    (0.8, 0.5, 0.6153846153846154)
    """
    precision = matched / predicted if predicted else 0.0
    recall = matched / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


@dataclass
class Scores:
    """Counts of one system against gold and the ratios that follow from them.

    >>> scores = Scores(gold=16, system=10, matched=8, correct=6, detail="value_accuracy")
    >>> round(scores.f1, 3), scores.summary()["value_accuracy"]
    (0.615, 0.75)
    >>> (scores + Scores(gold=4)).recall
    0.4
    """

    #: How many gold items there are.
    gold: int = 0
    #: How many items the system gave.
    system: int = 0
    #: How many system items match a gold item (each matched once).
    matched: int = 0
    #: How many matched pairs are right in their detail too (the speaker, the value).
    correct: int = 0
    #: The system's mistakes, one dict each, for a report.
    errors: list[dict[str, Any]] = field(default_factory=list, compare=False, repr=False)
    #: The name the summary gives the share of matched pairs whose detail is right (``correct / matched``).
    detail: str | None = field(default=None, compare=False)

    @property
    def precision(self) -> float:
        """Matched / system: the share of the system's items that match a gold one (0 where there are none)."""
        return prf(self.matched, self.system, self.gold)[0]

    @property
    def recall(self) -> float:
        """Matched / gold: the share of the gold items the system found (0 where there are none)."""
        return prf(self.matched, self.system, self.gold)[1]

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall (0 where there is nothing to divide)."""
        return prf(self.matched, self.system, self.gold)[2]

    @property
    def accuracy(self) -> float:
        """The share of matched pairs whose detail is right."""
        return self.correct / self.matched if self.matched else 0.0

    def __add__(self, other: Scores) -> Scores:
        return Scores(self.gold + other.gold, self.system + other.system, self.matched + other.matched,
                      self.correct + other.correct, self.errors + other.errors, self.detail or other.detail)

    def summary(self) -> dict[str, float | int]:
        """Counts and ratios (rounded), and the detail's accuracy under its name."""
        result: dict[str, float | int] = {
            "gold": self.gold, "system": self.system, "matched": self.matched, "precision": round(self.precision, 4),
            "recall": round(self.recall, 4), "f1": round(self.f1, 4)}
        if self.detail is not None:
            result[self.detail] = round(self.accuracy, 4)
        return result
