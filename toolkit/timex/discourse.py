"""Passes over all the expressions of a text, for what one expression alone cannot tell.

- A clock time next to a day ("3:15 PM yesterday", "Tuesday at 9 a.m.") is on that day, not the anchor's;
  one with no day next to it is on the last day the text named before it.
- "Two days earlier", "a week later", "the next day", "the same day", "the following year" count from the
  date the text has just given, not from the anchor, when such a date precedes them.
- A month or day without a year takes the one year its sentence names as a time frame ("In 2016, …", "in the
  2016 campaign … a September 11 commemoration"; not "Born in 1950, he died on May 3").
- "Today" in a quotation is the story's last narrated day when that is the day before the anchor.
- The same month and day named twice in one article ("Feb. 9" ... "Feb. 9") is one date: the year nearest the
  anchor wins, whatever tense each mention's clause has.
"""

from __future__ import annotations

import bisect
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
    """The expressions (in text order) after the passes above. Each pass goes once through the expressions
    (a long text with thousands of dates stays linear)."""
    story = _Story(text)
    timexes = _years_of_their_sentence(timexes, story)
    timexes = _counted_from_the_last_date(timexes, story)
    timexes = _times_on_their_day(timexes, story)
    timexes = _quoted_today_on_the_story_s_day(timexes, story, anchor)
    return _one_year_per_date(timexes, anchor)


class _Story:
    """The text with its quotation marks and sentence ends indexed once: is an offset inside a quotation, where
    does its sentence begin and end."""

    _MARKS = re.compile('["“”]')

    def __init__(self, text: str) -> None:
        self.text = text
        self._marks = [m.start() for m in self._MARKS.finditer(text)]
        self._ends = [m.end() for m in _SENTENCE_END.finditer(text)]

    def quoted(self, offset: int) -> bool:
        """Inside a quotation: an odd number of double quotation marks since the paragraph began."""
        paragraph = self.text.rfind("\n", 0, offset) + 1
        return (bisect.bisect_left(self._marks, offset) - bisect.bisect_left(self._marks, paragraph)) % 2 == 1

    def sentence(self, offset: int) -> tuple[int, int]:
        """The sentence around ``offset``: from the last sentence end before it to the next one."""
        k = bisect.bisect_right(self._ends, offset)
        return (self._ends[k - 1] if k else 0), (self._ends[k] if k < len(self._ends) else len(self.text))

    def narrates(self, timex: Timex) -> bool:
        """Does the date place the narration ("on July 25", "In 2016,", "Tuesday"), rather than name a thing
        ("the July 25 call", "Trump's 2016 campaign") or sit in a quotation? Only a narrating date is the
        story's time for what follows."""
        return not _MODIFIER_BEFORE.search(self.text[max(0, timex.start - 12):timex.start]) and \
            not self.quoted(timex.start)


_SENTENCE_END = re.compile(r"[.!?]\s|\n")
# Before a date that only modifies a noun ("the July 25 call", "Trump's 2016 campaign", "a 2018 report").
_MODIFIER_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|his|her|their|our|this|that)|['’]s)\s+$", re.IGNORECASE)
# A year that frames its sentence as a time: "In 2016,", "in the 2016 campaign", "ahead of their 2020 session";
# not one of a participle's ("Born in 1950,", "founded in 1998,") nor a noun's alone ("The 2008 crisis").
_FRAME_BEFORE = re.compile(r"\b(?:in|during|throughout|of|since|by)\s+(?:(?:the|its|his|her|their|our)\s+)?$",
                           re.IGNORECASE)
_PARTICIPLE_BEFORE = re.compile(r"\b(?:born|\w+ed)\s+(?:in|during|since)\s+$", re.IGNORECASE)
_YEARLESS_RULES = ("month_day", "day_month", "month")


def _frames_the_sentence(year: Timex, story: _Story) -> bool:
    before = story.text[max(0, year.start - 40):year.start]
    return bool(_FRAME_BEFORE.search(before)) and not _PARTICIPLE_BEFORE.search(before) and \
        not story.quoted(year.start)


def _years_of_their_sentence(timexes: list[Timex], story: _Story) -> list[Timex]:
    """A month or a day named without a year takes the year its sentence gives as a time frame, when it gives
    one ("In 2016, … on September 11", "in the 2016 campaign … at a September 11 commemoration", "their 2020
    session that starts in early January"), not the anchor's."""
    years: dict[tuple[int, int], list[Timex]] = {}
    for timex in timexes:
        if timex.rule == "year" and timex.mod is None and _frames_the_sentence(timex, story):
            years.setdefault(story.sentence(timex.start), []).append(timex)
    result = list(timexes)
    for i, timex in enumerate(result):
        if timex.rule not in _YEARLESS_RULES or timex.anchor_from != "publication" or timex.start_date is None:
            continue
        framing = years.get(story.sentence(timex.start), [])
        if len({t.value for t in framing}) != 1 or framing[0].start > timex.start or \
                int(framing[0].value) == timex.start_date.year:
            continue
        year = int(framing[0].value)
        try:
            start, finish = timex.start_date.replace(year=year), timex.end_date.replace(year=year)
        except ValueError:  # February 29
            continue
        value = timex.value.replace(f"{timex.start_date.year:04d}", f"{year:04d}", 1)
        result[i] = replace(timex, value=value, start_date=start, end_date=finish, anchor_from="expression",
                            anchor_start=framing[0].start)
    return result


def _single_day(timex: Timex) -> bool:
    return timex.type == "DATE" and timex.granularity == "day" and timex.start_date is not None \
        and timex.start_date == timex.end_date


def _times_on_their_day(timexes: list[Timex], story: _Story) -> list[Timex]:
    """A clock time is on the day next to it; else on the last day the narration has named before it (the
    story's day: "The polls closed on Sunday. ... Counting began at 22:30"; not a day inside a quotation,
    unless the time is quoted too); else on the anchor's."""
    result = list(timexes)
    last_narrated: Timex | None = None
    last_any: Timex | None = None
    for i, timex in enumerate(result):
        if timex.rule in _CLOCK_RULES and timex.anchor_dependent and "T" in timex.value:
            neighbours = [result[j] for j in (i - 1, i + 1) if 0 <= j < len(result)]
            adjacent = next((day for day in neighbours if _single_day(day) and _TIME_DAY_GAP.match(
                story.text[timex.end:day.start] if day.start >= timex.end else story.text[day.end:timex.start])),
                None)
            day = adjacent or (last_any if story.quoted(timex.start) else last_narrated)
            if day is not None:
                clock = timex.value[timex.value.index("T"):]
                result[i] = replace(timex, value=f"{day.start_date.isoformat()}{clock}", start_date=day.start_date,
                                    end_date=day.start_date, anchor_dependent=day.anchor_dependent,
                                    anchor_from="expression", anchor_start=day.start)
        if _single_day(timex):
            last_any = timex
            if story.narrates(timex):
                last_narrated = timex
    return result


def _counted_from_the_last_date(timexes: list[Timex], story: _Story) -> list[Timex]:
    result: list[Timex] = []
    reference: Timex | None = None
    for timex in timexes:
        counted = _count_from(timex, reference) if reference is not None else None
        result.append(counted or timex)
        if _is_reference(result[-1]) and story.narrates(result[-1]):
            reference = result[-1]
    return result


def _quoted_today_on_the_story_s_day(timexes: list[Timex], story: _Story, anchor: date | None) -> list[Timex]:
    """"Today" in a quotation is the day it was said: the story's last narrated day when that is the day before
    the anchor ("The committee concluded its hearings on Tuesday. … “Today's hearing is over,” she said." in
    Wednesday's paper: Tuesday; a day further back is more often background, "won the final on Sunday"); else
    the anchor's."""
    if anchor is None:
        return timexes
    result = list(timexes)
    last_narrated: Timex | None = None
    for i, timex in enumerate(result):
        if timex.rule == "deictic_day" and timex.text.lower().startswith(("today", "tonight")) and \
                story.quoted(timex.start) and timex.start_date == anchor and last_narrated is not None and \
                (anchor - last_narrated.start_date).days == 1:  # the day before the paper: said yesterday
            day = last_narrated.start_date
            value = day.isoformat() + timex.value[len(anchor.isoformat()):]
            result[i] = replace(timex, value=value, start_date=day, end_date=day, anchor_from="expression",
                                anchor_start=last_narrated.start)
        elif timex.start_date is not None and timex.start_date == timex.end_date and \
                timex.type in ("DATE", "TIME") and story.narrates(timex):
            last_narrated = timex
    return result


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
    """The same month and day named twice is one date, the year nearest the anchor; a date whose year the text
    gave (``anchor_from == "expression"``) keeps it and gives it to no other."""
    if anchor is None:
        return timexes

    def counted_from_anchor(timex: Timex) -> bool:
        return timex.rule in _DATE_RULES and _single_day(timex) and timex.anchor_from == "publication"

    chosen: dict[tuple[int, int], date] = {}
    for timex in timexes:
        if counted_from_anchor(timex):
            day = timex.start_date
            key = (day.month, day.day)
            if key not in chosen or abs((day - anchor).days) < abs((chosen[key] - anchor).days):
                chosen[key] = day
    result = []
    for timex in timexes:
        day = timex.start_date
        if counted_from_anchor(timex) and chosen[(day.month, day.day)] != day:
            best = chosen[(day.month, day.day)]
            timex = replace(timex, value=best.isoformat(), start_date=best, end_date=best)
        result.append(timex)
    return result
