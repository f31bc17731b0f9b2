"""What a temporal expression means (``Normalised``), the expression itself (``Timex``), and a rule with its
context."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from .periods import (
    Tense,
)

__all__ = ["Context", "Normalised", "Rule", "Timex"]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    normalise: Callable[[re.Match[str], Context], Normalised | None]


@dataclass(frozen=True)
class Context:
    anchor: date | None
    tense: Tense


@dataclass(frozen=True)
class Normalised:
    """What an expression means: TIMEX3 type and value, granularity, mod, and the dates it covers."""

    type: str
    value: str
    granularity: str | None = None
    mod: str | None = None
    start_date: date | None = None
    end_date: date | None = None
    anchor_dependent: bool = False


@dataclass(frozen=True, kw_only=True)
class Timex(Normalised):
    """One temporal expression and its meaning: ``text == source[start:end]``."""

    text: str
    start: int
    end: int
    rule: str = ""
    #: which reference a relative value was counted from: ``publication`` (the article's date),
    #: ``expression`` (a date the text gave before it: ``anchor_start`` is its offset) or ``none`` (an absolute
    #: value, or no anchor at all)
    anchor_from: str = "none"
    anchor_start: int | None = None
