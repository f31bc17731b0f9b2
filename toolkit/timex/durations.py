"""Normalisers of durations ("three years", "decades"), sets ("every week", "annual") and clock times ("6:38
p.m.", "noon")."""

from __future__ import annotations

import re

from ..lang.lexicon import word_map
from .model import Context, Normalised
from .normalise import _mod
from .words import (
    NUMBER_WORDS,
    UNITS,
)

__all__ = ["SET_WORDS", "normalise_clock", "normalise_duration", "normalise_noon", "normalise_set",
           "normalise_sports_season", "normalise_unit_long", "normalise_vague_duration"]


# Durations, sets, times -------------------------------------------------------------------------------


def _amount(text: str) -> float | None:
    text = text.lower().strip()
    if text in NUMBER_WORDS:
        return NUMBER_WORDS[text]
    try:
        return float(text)
    except ValueError:
        return None  # vague: several, a few, ...


def _fmt(amount: float) -> str:
    return str(int(amount)) if float(amount).is_integer() else str(amount)


def _duration_value(amount: float | None, unit: str) -> str:
    letter, is_time, _ = UNITS[unit]
    if unit == "fortnight":
        amount = None if amount is None else amount * 2
    if unit == "decade":  # "two decades" P20Y, "decades" PXDE (TIMEX3 has a decade unit only for a vague amount)
        letter, amount = ("DE", None) if amount is None else ("Y", amount * 10)
    if unit == "century":
        letter, amount = ("CE", None) if amount is None else ("Y", amount * 100)
    return f"P{'T' if is_time else ''}{'X' if amount is None else _fmt(amount)}{letter}"


def normalise_duration(match: re.Match[str], ctx: Context) -> Normalised | None:
    unit, number = match["unit"].lower(), match["number"].lower()
    if number in ("a", "an", "one", "single") and unit in ("second", "quarter"):
        return None  # "a second time", "a quarter of the vote"
    amount = _amount(number)
    return Normalised("DURATION", _duration_value(amount, unit.rstrip("s")), "duration")


def normalise_vague_duration(match: re.Match[str], ctx: Context) -> Normalised:
    groups = match.groupdict()
    unit = groups.get("unit") or groups.get("unit2") or groups.get("unit3") or ""
    return Normalised("DURATION", _duration_value(None, unit.lower().rstrip("s")), "duration")


SET_WORDS = dict(word_map("set_words"))  # "daily" -> day


def normalise_unit_long(match: re.Match[str], ctx: Context) -> Normalised:
    """"an hourlong debate", "a weeklong strike", "full-year guidance": one unit."""
    unit = (match["unit"] or "year").lower()
    return Normalised("DURATION", _duration_value(1, unit), "duration")


def normalise_sports_season(match: re.Match[str], ctx: Context) -> Normalised:
    """"this season", "early last season": a team's or a league's season, whose dates the text rarely gives
    (its year is unknown: ``XXXX``)."""
    return Normalised("DATE", "XXXX", None, _mod(match["mod"]), None, None, False)


def normalise_set(match: re.Match[str], ctx: Context) -> Normalised:
    word = match.group().lower()
    unit = SET_WORDS.get(word) or word.split()[-1]
    return Normalised("SET", _duration_value(1, unit), "set")


def normalise_clock(match: re.Match[str], ctx: Context) -> Normalised | None:
    groups = match.groupdict()
    hour, minute = int(groups["hour"]), int(groups.get("minute") or 0)
    meridiem = (groups.get("ampm") or "").lower().replace(".", "").replace(" ", "")
    if meridiem == "pm" and hour < 12:
        hour += 12
    if meridiem == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    zone = "Z" if (groups.get("zone") or "").upper() in ("UTC", "GMT") else ""
    clock = f"T{hour:02d}:{minute:02d}{zone}"
    if ctx.anchor is None:
        return Normalised("TIME", f"XXXX-XX-XX{clock}", "time", None, None, None, True)
    return Normalised("TIME", f"{ctx.anchor.isoformat()}{clock}", "time", None, ctx.anchor, ctx.anchor, True)


def normalise_noon(match: re.Match[str], ctx: Context) -> Normalised:
    clock = "T12:00" if match.group().lower() == "noon" else "T24:00"
    if ctx.anchor is None:
        return Normalised("TIME", f"XXXX-XX-XX{clock}", "time", None, None, None, True)
    return Normalised("TIME", f"{ctx.anchor.isoformat()}{clock}", "time", None, ctx.anchor, ctx.anchor, True)
