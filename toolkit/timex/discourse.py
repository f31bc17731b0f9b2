"""Passes over all the expressions of a text, for what one expression alone cannot tell.

- A clock time next to a day ("3:15 PM yesterday", "Tuesday at 9 a.m.") is on that day, not the anchor's;
  one with no day next to it is on the last day the text named before it.
- "Two days earlier", "a week later", "the next day", "the same day", "the following year" count from the
  date the text has just given, not from the anchor, when such a date precedes them.
- A month or day without a year takes the one year its sentence names ("the 2016 campaign … a September 11
  commemoration").
- "Today" in a quotation is the story's last narrated day when that is the day before the anchor.
- The same month and day named twice in one article ("Feb. 9" ... "Feb. 9") is one date: the year nearest the
  anchor wins, whatever tense each mention's clause has.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from .model import Timex
from .periods import shift, unit_period
from .relative import relative_direction

__all__ = ["discourse_passes"]

_UNIT_CODES = {"D": "D", "W": "W", "M": "M", "Y": "Y"}
_GRANULARITY_RANK = {"time": 0, "day": 1, "week": 2, "month": 3, "quarter": 4, "season": 4, "half": 4, "year": 5}
_UNIT_GRANULARITY = {"D": "day", "W": "week", "M": "month", "Y": "year"}
_UNIT_FOR = {granularity: code for code, granularity in _UNIT_GRANULARITY.items()}
# Between a time and its day: nothing, "on", "at", "of" or a comma.
_TIME_DAY_GAP = re.compile(r"^\s*,?\s*(?:(?:on|at|of)\s+)?$", re.IGNORECASE)
_COUNTED = re.compile(r"^(?:EVENT(?P<sign>[+-]))?P(?P<amount>\d+)(?P<unit>[DWMY])$")
_FOLLOWING = re.compile(r"\b(?P<rel>following|previous|preceding)\s+(?P<unit>week|month|year)\b", re.IGNORECASE)
_DATE_RULES = ("month_day", "day_month")
_CLOCK_RULES = ("clock_12h", "clock_24h", "clock_military", "noon", "story_part_of_day")


def discourse_passes(timexes: list[Timex], text: str, anchor: date | None) -> list[Timex]:
    """The expressions (in text order) after the passes above."""
    timexes = _years_of_their_sentence(timexes, text)
    timexes = _counted_from_the_last_date(timexes, text)
    timexes = _times_on_their_day(timexes, text)
    timexes = _quoted_today_on_the_story_s_day(timexes, text, anchor)
    return _one_year_per_date(timexes, anchor)


def _quoted_today_on_the_story_s_day(timexes: list[Timex], text: str, anchor: date | None) -> list[Timex]:
    """"Today" in a quotation is the day it was said: the story's last narrated day when that is the day before
    the anchor ("The committee concluded its hearings on Tuesday. … “Today's hearing is over,” she said." in
    Wednesday's paper: Tuesday; a day further back is more often background, "won the final on Sunday"); else
    the anchor's."""
    if anchor is None:
        return timexes
    result = list(timexes)
    for i, timex in enumerate(result):
        if timex.rule != "deictic_day" or not timex.text.lower().startswith(("today", "tonight")) or \
                not _quoted(timex, text) or timex.start_date != anchor:
            continue
        story = next((t for t in reversed(result[:i]) if t.start_date is not None and t.start_date == t.end_date
                      and t.type in ("DATE", "TIME") and _narrates(t, text)), None)
        if story is None or (anchor - story.start_date).days != 1:  # the day before the paper: said yesterday
            continue
        day = story.start_date
        value = day.isoformat() + timex.value[len(anchor.isoformat()):]
        result[i] = replace(timex, value=value, start_date=day, end_date=day, anchor_from="expression",
                            anchor_start=story.start)
    return result


_SENTENCE_END = re.compile(r"[.!?]\s|\n")
_YEARLESS_RULES = ("month_day", "day_month", "month")


def _years_of_their_sentence(timexes: list[Timex], text: str) -> list[Timex]:
    """A month or a day named without a year takes the year its sentence names ("in the 2016 campaign … at a
    September 11 commemoration", "their 2020 session that starts in early January"), not the anchor's."""
    result = list(timexes)
    for i, timex in enumerate(result):
        if timex.rule not in _YEARLESS_RULES or timex.anchor_from != "publication" or timex.start_date is None:
            continue
        left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, timex.start)), default=0)
        right = _SENTENCE_END.search(text, timex.end)
        end = right.start() if right else len(text)
        years = [t for t in timexes if t.rule == "year" and t.mod is None and left <= t.start and t.end <= end]
        if len({t.value for t in years}) != 1 or int(years[0].value) == timex.start_date.year:
            continue
        year = int(years[0].value)
        try:
            start, finish = timex.start_date.replace(year=year), timex.end_date.replace(year=year)
        except ValueError:  # February 29
            continue
        value = timex.value.replace(f"{timex.start_date.year:04d}", f"{year:04d}", 1)
        result[i] = replace(timex, value=value, start_date=start, end_date=finish, anchor_from="expression",
                            anchor_start=years[0].start)
    return result


def _single_day(timex: Timex) -> bool:
    return timex.type == "DATE" and timex.granularity == "day" and timex.start_date is not None \
        and timex.start_date == timex.end_date


def _times_on_their_day(timexes: list[Timex], text: str) -> list[Timex]:
    """A clock time is on the day next to it; else on the last day the narration has named before it (the
    story's day: "The polls closed on Sunday. ... Counting began at 22:30"; not a day inside a quotation,
    unless the time is quoted too); else on the anchor's."""
    result = list(timexes)
    for i, timex in enumerate(result):
        if timex.rule not in _CLOCK_RULES or not timex.anchor_dependent or "T" not in timex.value:
            continue
        neighbours = [result[j] for j in (i - 1, i + 1) if 0 <= j < len(result)]
        adjacent = next((day for day in neighbours if _single_day(day) and _TIME_DAY_GAP.match(
            text[timex.end:day.start] if day.start >= timex.end else text[day.end:timex.start])), None)
        day = adjacent or next((t for t in reversed(result[:i]) if _single_day(t) and
                                (_narrates(t, text) or _quoted(timex, text))), None)
        if day is not None:
            clock = timex.value[timex.value.index("T"):]
            result[i] = replace(timex, value=f"{day.start_date.isoformat()}{clock}", start_date=day.start_date,
                                end_date=day.start_date, anchor_dependent=day.anchor_dependent,
                                anchor_from="expression", anchor_start=day.start)
    return result


def _counted_from_the_last_date(timexes: list[Timex], text: str) -> list[Timex]:
    result: list[Timex] = []
    for timex in timexes:
        reference = next((t for t in reversed(result) if _is_reference(t) and _narrates(t, text)), None)
        counted = _count_from(timex, reference) if reference is not None else None
        result.append(counted or timex)
    return result


# Before a date that only modifies a noun ("the July 25 call", "Trump's 2016 campaign", "a 2018 report").
_MODIFIER_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|his|her|their|our|this|that)|['’]s)\s+$", re.IGNORECASE)


def _narrates(timex: Timex, text: str) -> bool:
    """Does the date place the narration ("on July 25", "In 2016,", "Tuesday"), rather than name a thing
    ("the July 25 call", "Trump's 2016 campaign")? Only a narrating date is the story's time for what follows."""
    return not _MODIFIER_BEFORE.search(text[max(0, timex.start - 12):timex.start]) and not _quoted(timex, text)


def _quoted(timex: Timex, text: str) -> bool:
    """Inside a quotation (an odd number of double quotation marks since its paragraph began): a speaker's
    time, not the narration's."""
    paragraph = text.rfind("\n", 0, timex.start) + 1
    return sum(text.count(mark, paragraph, timex.start) for mark in ('"', "“", "”")) % 2 == 1


def _is_reference(timex: Timex) -> bool:
    """A date the story can go on from; not a comparison's ("up from 6 % a year earlier", "a year ago")."""
    return timex.type == "DATE" and timex.start_date is not None and timex.granularity in _GRANULARITY_RANK \
        and timex.mod is None and timex.rule not in ("ago", "event_relative")


def _count_from(timex: Timex, reference: Timex) -> Timex | None:
    """``timex`` counted from ``reference`` when it is "N units earlier/later" or "the following unit"."""
    counted = _COUNTED.match(timex.value) if timex.rule in ("event_relative", "next_day") else None
    if counted and (timex.rule == "next_day" or timex.text.lower().endswith(("earlier", "later"))):
        code = _UNIT_CODES[counted["unit"]]
        amount = int(counted["amount"]) * (1 if relative_direction(timex.text) == "after" else -1)
    elif timex.rule == "same_unit" and timex.granularity in _UNIT_FOR:
        code, amount = _UNIT_FOR[timex.granularity], 0
    elif timex.rule == "relative_unit" and (following := _FOLLOWING.search(timex.text)):
        code = following["unit"][0].upper()
        amount = 1 if following["rel"].lower() == "following" else -1
    else:
        return None
    granularity = _UNIT_GRANULARITY[code]
    if _GRANULARITY_RANK[granularity] < _GRANULARITY_RANK[reference.granularity]:
        return None  # "two days later" after "in 2019": no day to count from
    # "a week later" than a day is a day; "a month later" than a day is the month
    period_code = "D" if code == "W" and reference.granularity == "day" else code
    period = unit_period(shift(reference.start_date, amount, code), period_code)
    return replace(timex, type="DATE", value=period.value, granularity=period.granularity, start_date=period.start,
                   end_date=period.end, anchor_dependent=reference.anchor_dependent, anchor_from="expression",
                   anchor_start=reference.start)


def _one_year_per_date(timexes: list[Timex], anchor: date | None) -> list[Timex]:
    if anchor is None:
        return timexes
    chosen: dict[tuple[int, int], date] = {}
    for timex in timexes:
        if timex.rule in _DATE_RULES and _single_day(timex):
            day = timex.start_date
            key = (day.month, day.day)
            if key not in chosen or abs((day - anchor).days) < abs((chosen[key] - anchor).days):
                chosen[key] = day
    result = []
    for timex in timexes:
        day = timex.start_date
        if timex.rule in _DATE_RULES and _single_day(timex) and chosen[(day.month, day.day)] != day:
            best = chosen[(day.month, day.day)]
            timex = replace(timex, value=best.isoformat(), start_date=best, end_date=best)
        result.append(timex)
    return result
