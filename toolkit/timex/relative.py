"""Normalisers of expressions counted from the anchor: "yesterday", "last Monday", "next month", "two days
ago", "a week later", "the same day", "over the weekend", "now"."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from ..lang.calendar import WEEKDAYS
from ..lang.lexicon import word_list, word_map
from .durations import _amount, _duration_value, _fmt
from .model import Context, Normalised
from .normalise import _date, _mod, _offset, _relative
from .periods import (
    UNIT_GRANULARITY,
    day_period,
    shift,
    unit_period,
    weekday_date,
    weekend_period,
    year_period,
)
from .words import (
    PARTS_OF_DAY,
    PAST_REF,
    PRESENT_REF,
    UNITS,
    WEEKDAY_CODES,
)

__all__ = ["normalise_ago", "normalise_deictic_day", "normalise_event_relative", "normalise_next_day",
           "normalise_part_of_day", "normalise_reference", "normalise_relative_unit", "normalise_same_unit",
           "normalise_story_part_of_day", "normalise_weekday", "normalise_weekend", "relative_direction"]


# Relative to the anchor ------------------------------------------------------------------------------


_DEICTIC_DAYS = {word: int(value) for word, value in word_map("deictic_days").items()}  # "yesterday" -1
_CALENDAR_UNITS = word_map("calendar_units")  # "week" W, "weekend" WE
_EVENT_DIRECTIONS = word_map("event_directions")  # "later" after, "earlier" before


def normalise_deictic_day(match: re.Match[str], ctx: Context) -> Normalised:
    word = match["word"].lower()
    offset = _DEICTIC_DAYS[word]
    part = PARTS_OF_DAY.get((match["part"] or "").lower()) or ("NI" if word == "tonight" else None)
    if ctx.anchor is None:
        return Normalised(
            "TIME" if part else "DATE",
            f"REF{offset:+d}D" + (f"T{part}" if part else ""),
            "part_of_day" if part else "day",
            None,
            None,
            None,
            True,
        )
    day = ctx.anchor + timedelta(days=offset)
    if part:
        return Normalised("TIME", f"{day.isoformat()}T{part}", "part_of_day", None, day, day, True)
    return _date(day_period(day), anchor_dependent=True)


def normalise_part_of_day(match: re.Match[str], ctx: Context) -> Normalised:
    rel, part = match["rel"].lower(), PARTS_OF_DAY[match["part"].lower()]
    offset = -1 if rel == "last" else 0
    if ctx.anchor is None:
        return Normalised("TIME", f"REF{offset:+d}DT{part}", "part_of_day", None, None, None, True)
    day = ctx.anchor + timedelta(days=offset)
    return Normalised("TIME", f"{day.isoformat()}T{part}", "part_of_day", None, day, day, True)


def normalise_weekday(match: re.Match[str], ctx: Context) -> Normalised:
    weekday = WEEKDAYS[match["weekday"]]
    rel = (match["rel"] or "").lower()
    tense = {"last": "past", "past": "past", "next": "future", "coming": "future"}.get(rel, ctx.tense)
    part = PARTS_OF_DAY.get((match["part"] or "").lower())
    if ctx.anchor is None:
        arrow = {"past": "<", "future": ">"}.get(tense, "~")
        value = f"REF{arrow}{WEEKDAY_CODES[weekday]}" + (f"T{part}" if part else "")
        return Normalised("TIME" if part else "DATE", value, "part_of_day" if part else "day", None, None, None, True)
    day = weekday_date(ctx.anchor, weekday, tense)
    if rel == "last" and day == ctx.anchor:
        day -= timedelta(days=7)
    if rel == "next" and day == ctx.anchor:
        day += timedelta(days=7)
    if part:
        return Normalised("TIME", f"{day.isoformat()}T{part}", "part_of_day", None, day, day, True)
    return _date(day_period(day), anchor_dependent=True)


def normalise_relative_unit(match: re.Match[str], ctx: Context) -> Normalised | None:
    rel, unit = match["rel"].lower(), match["unit"].lower()
    code = _CALENDAR_UNITS.get(unit)
    if code is None or rel == "same":
        return None
    mod = _mod(match["mod"])
    offset = _offset(rel)
    if ctx.anchor is None:
        return _relative(f"REF{offset:+d}{code}", {"WE": "weekend", "D": "day"}.get(code, unit), mod)
    period = unit_period(shift(ctx.anchor, offset, code), code)
    normalised = _date(period, mod, anchor_dependent=True)
    edge = (match["edge"] or "").lower()
    if edge == "earlier" and offset == 0:  # "earlier this month": from the unit's start to the anchor
        return replace(normalised, end_date=min(ctx.anchor, normalised.end_date))
    if edge == "later" and offset == 0:
        return replace(normalised, start_date=max(ctx.anchor, normalised.start_date))
    return normalised


def normalise_ago(match: re.Match[str], ctx: Context) -> Normalised | None:
    amount, unit = _amount(match["number"]), match["unit"].lower()
    _, _, code = UNITS[unit]
    if amount is None or code is None:
        return Normalised("DATE", "PAST_REF", None, None, None, None, False)
    if ctx.anchor is None:  # the unit of the value, as with an anchor ("two nights ago" is days ago)
        return _relative(f"REF-{_fmt(amount)}{code}", UNIT_GRANULARITY.get(code, unit))
    moment = shift(ctx.anchor, -int(amount), code)
    return _date(unit_period(moment, code), anchor_dependent=True)


def normalise_event_relative(match: re.Match[str], ctx: Context) -> Normalised:
    """"three days after the vote", "weeks before it", "two days later": TimeML's reading, the length of time
    (a DURATION, ``P3D``) that separates the two; which way it points is in the words (see
    :func:`relative_direction`), and :mod:`toolkit.timex.discourse` turns "two days later" into a date when
    the text has just given one."""
    amount, unit = _amount(match["number"]) if match["number"] else None, match["unit"].lower()
    return Normalised("DURATION", _duration_value(amount, unit), None, None, None, None, False)


_TITLE_BEFORE = re.compile(r"\b(\w+) of (?:the )?$", re.IGNORECASE)
_TITLE_NOUNS = word_list("title_nouns")


def _the_story_s(match: re.Match[str]) -> bool:
    """"on the day", "of the year": the story's day or year; not a title ("player of the year", "Coach of the
    Year", "deal of the day") nor the idiom "at the end of the day"."""
    words = match[0].split()
    if words[-1][:1].isupper() and match[0][:1].islower():
        return False  # "Coach of the Year"
    before = match.string[max(0, match.start() - 40):match.start()]
    title = _TITLE_BEFORE.search(before)
    if title and title.group(1).lower() in _TITLE_NOUNS:
        return False
    return not (words[-1].lower() == "day" and before.lower().endswith("at the end of "))


def normalise_same_unit(match: re.Match[str], ctx: Context) -> Normalised:
    """"the same day", "the same month": the day (month, ...) of the date the text has just given (counted by
    :mod:`toolkit.timex.discourse`); unknown until then. "Shares fell 2 % on the day.": the story's day, the
    anchor's when the text has given none."""
    story = (match["story"] or match.groupdict().get("story2") or "").lower()
    if story and not _the_story_s(match):
        return None
    if story and ctx.anchor is not None:
        period = day_period(ctx.anchor) if story == "day" else year_period(ctx.anchor.year)
        return _date(period, anchor_dependent=True)
    unit = (match["unit"] or story).lower()
    return Normalised("DATE", "XXXX-XX-XX" if unit == "day" else "XXXX", unit, None, None, None, False)


def normalise_story_part_of_day(match: re.Match[str], ctx: Context) -> Normalised:
    """"In the morning, …", "later that evening", "overnight": a part of the story's day (the last day the
    text named, set by :mod:`toolkit.timex.discourse`; the anchor's until then)."""
    part = PARTS_OF_DAY[(match["part"] or "night").lower()]
    if ctx.anchor is None:
        return Normalised("TIME", f"XXXX-XX-XXT{part}", "part_of_day", None, None, None, True)
    return Normalised("TIME", f"{ctx.anchor.isoformat()}T{part}", "part_of_day", None, ctx.anchor, ctx.anchor, True)


def normalise_weekend(match: re.Match[str], ctx: Context) -> Normalised:
    """"over the weekend": the last one in the past tense, the next one in the future, this week's otherwise."""
    if ctx.anchor is None:
        return _relative("XXXX-WXX-WE", "weekend")
    offset = {"past": -1, "future": 0}.get(ctx.tense, 0) if match[0].lower().startswith("the") else 0
    if offset == -1 and ctx.anchor.weekday() >= 5:
        offset = 0  # said on the weekend itself
    return _date(weekend_period(shift(ctx.anchor, offset, "W")), anchor_dependent=True)


def relative_direction(text: str) -> str | None:
    """``"after"`` or ``"before"`` for an expression relative to an event ("three days after", "weeks
    earlier", "the next day"), else ``None``."""
    directions = {_EVENT_DIRECTIONS.get(word) for word in text.lower().split()}
    if "after" in directions:
        return "after"
    if "before" in directions:
        return "before"
    return None


def normalise_next_day(match: re.Match[str], ctx: Context) -> Normalised:
    """"the next day", "the day before": one day after or before the date the text has just given (counted
    by :mod:`toolkit.timex.discourse`; relative to an event until then)."""
    word = (match["rel"] or match["side"] or "").lower()
    sign = "+" if _EVENT_DIRECTIONS.get(word) == "after" else "-"
    return Normalised("DATE", f"EVENT{sign}P1D", "day", None, None, None, False)


def normalise_reference(match: re.Match[str], ctx: Context) -> Normalised:
    text = match.group().lower()
    value = "PRESENT_REF" if text in PRESENT_REF else "PAST_REF" if text in PAST_REF else "FUTURE_REF"
    return Normalised("DATE", value, None, None, None, None, False)


