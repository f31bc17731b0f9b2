"""A claim's stance where it has no stance word: the portrayal of its target actor in its sentence."""

from __future__ import annotations

from ..actors.model import Actor
from ..claims import Claim
from ..portrayal import Portrayal
from .portrayal import GroupKey, PortrayalGroups

__all__ = ["STANCE_OF_POLARITY", "claim_stances"]

#: A claim's stance from the portrayal of its target, where the claim has no stance word.
STANCE_OF_POLARITY = {"negative": "oppose", "neutral": "neutral", "positive": "support"}


def claim_stances(claims: list[Claim], targets: list[Actor | None], groups: PortrayalGroups,
                  portrayals: dict[GroupKey, Portrayal]) -> list[tuple[str, str | None]]:
    """Each claim's ``(stance, stance_source)``: ``"lexicon"`` where a stance word gives it, ``"portrayal"``
    where there is none but the target is an actor portrayed in the claim's sentence, else ``None`` (the
    claim's own, neutral, stance)."""
    stances = []
    for claim, about in zip(claims, targets, strict=True):
        stance, source = claim.stance, "lexicon" if claim.predicate is not None else None
        if source is None and about is not None:
            portrayal = portrayals.get((groups.sentence_of(claim.target), about.name, ""))
            if portrayal is not None:
                stance, source = STANCE_OF_POLARITY[portrayal.polarity], "portrayal"
        stances.append((stance, source))
    return stances
