"""TIMEX3 values as a reader says them: ``2024-03-11TNI`` is "Monday night, 11 March 2024", ``PTXH`` "some
hours". For tooltips and captions; the tables keep the values (:mod:`toolkit.timex`).

>>> value_in_words("2024-03-11TNI")
'Monday night, 11 March 2024'
>>> value_in_words("PTXH", "DURATION"), value_in_words("P3D", "DURATION")
('some hours', '3 days')
>>> value_in_words("2018-Q3"), value_in_words("201"), value_in_words("PAST_REF")
('the third quarter of 2018', 'the 2010s', 'the past')
>>> value_in_words(None), value_in_words("2024-03-11T25:99", "TIME"), value_in_words("PTXH", "SET")
('', '2024-03-11T25:99', 'repeatedly, some hours apart')
"""

from __future__ import annotations

import re
from datetime import date

__all__ = ["value_in_words"]

_PARTS_OF_DAY = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth"}
_REFERENCES = {"PRESENT_REF": "the present", "PAST_REF": "the past", "FUTURE_REF": "the future"}
_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day", "H": "hour", "MIN": "minute", "S": "second",
          "Q": "quarter", "DE": "decade", "CE": "century"}

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T(?:(\d{2}):(\d{2})|([A-Z]{2})))?$")
_DURATION = re.compile(r"^P(T?)(\d+(?:\.\d+)?|X)(MIN|DE|CE|[YMWDHSQ])$")


def value_in_words(value: object, kind: str | None = "DATE") -> str:
    """``value`` (a TIMEX3 value of type ``kind``: DATE, TIME, DURATION or SET) in words; a value the
    function does not know comes back as it is, a missing one (None, NaN) as ""; it never raises."""
    if value is None or (isinstance(value, float) and value != value):  # None or NaN: no value
        return ""
    value, kind = str(value), str(kind or "DATE").upper()
    if kind == "DURATION" or (kind == "SET" and value.startswith("P")):
        words = _duration(value)
        if words is None:
            return value
        if kind == "SET":
            return "repeatedly, some " + words.split()[-1] + " apart" if words.startswith("some ") else \
                f"every {words.removeprefix('1 ')}"
        return words
    return _point(value) or value


def _point(value: str) -> str | None:
    if value in _REFERENCES:
        return _REFERENCES[value]
    if match := _DAY.match(value):
        year, month, day, hour, minute, part = match.groups()
        when = _calendar(date, int(year), int(month), int(day))
        if when is None or (hour is not None and not ((int(hour) < 24 and int(minute) < 60) or
                                                      (hour, minute) == ("24", "00"))):
            return None  # no such day, or no clock time: "T25:99" (T24:00 is the day's end, midnight)
        weekday, day_text = when.strftime("%A"), f"{when.day} {when.strftime('%B')} {when.year}"
        if part in _PARTS_OF_DAY:
            return f"{weekday} {_PARTS_OF_DAY[part]}, {day_text}"
        return f"{weekday}, {day_text}" + (f", {hour}:{minute}" if hour else "")
    if match := re.match(r"^XXXX-(\d{2})-(\d{2})$", value):  # a day of a year the text does not give
        when = _calendar(date, 2000, int(match[1]), int(match[2]))  # a leap year: 29 February exists
        return f"{when.day} {when.strftime('%B')}, year not stated" if when else None
    if match := re.match(r"^XXXX-WXX-([1-7])$", value):
        return f"every {date.fromisocalendar(2024, 1, int(match[1])).strftime('%A')}"
    if match := re.match(r"^(\d{4})-(\d{2})$", value):
        month = int(match[2])
        return f"{date(2000, month, 1).strftime('%B')} {match[1]}" if 1 <= month <= 12 else None
    if match := re.match(r"^(\d{4})-W(\d{2})$", value):
        monday = _calendar(date.fromisocalendar, int(match[1]), int(match[2]), 1)
        return f"the week of {monday.day} {monday.strftime('%B')} {monday.year}" if monday else None
    if match := re.match(r"^(\d{4})-Q([1-4])$", value):
        return f"the {_ORDINALS[int(match[2])]} quarter of {match[1]}"
    if match := re.match(r"^(\d{4})-H([12])$", value):
        return f"the {_ORDINALS[int(match[2])]} half of {match[1]}"
    if match := re.match(r"^(\d{4})-(SP|SU|FA|WI)$", value):
        return f"{_SEASONS[match[2]]} {match[1]}"
    if re.match(r"^\d{4}$", value):
        return value
    if re.match(r"^\d{3}$", value):
        return f"the {value}0s"
    if re.match(r"^\d{2}$", value):
        return f"the {value}00s"
    return None


def _calendar(make, *parts: int) -> date | None:
    """``make(*parts)``, or None where the calendar has no such day (30 February, week 60)."""
    try:
        return make(*parts)
    except ValueError:
        return None


def _duration(value: str) -> str | None:
    match = _DURATION.match(value)
    if match is None:
        return None
    _, amount, unit = match.groups()
    if unit == "M" and match[1] == "T":
        unit = "MIN"  # PT30M: minutes
    name = _UNITS[unit]
    if amount == "X":
        return f"some {name}s"
    number = float(amount)
    shown = str(int(number)) if number.is_integer() else amount
    return f"{shown} {name}" + ("" if number == 1 else "s")

