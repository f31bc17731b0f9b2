"""Scorers that measure the toolkit's extractors against gold annotations (project gold, corpora in ../shared)."""

from __future__ import annotations


def prf(matched: int, predicted: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts (0.0 where a count is zero).

    >>> prf(8, 10, 16)
    (0.8, 0.5, 0.6153846153846154)
    """
    precision = matched / predicted if predicted else 0.0
    recall = matched / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
