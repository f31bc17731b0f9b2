"""Calendar periods for temporal normalisation: the unit a date falls in, shifted by N units, narrowed by a
mod, and the weekday or month a tense points at. Pure date arithmetic (dateutil for months and quarters).

>>> november = month_period(2018, 11)
>>> november.value, narrow(november.start, november.end, "END")
('2018-11', (datetime.date(2018, 11, 21), datetime.date(2018, 11, 30)))
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

__all__ = ["SEASON_MONTHS", "UNIT_GRANULARITY", "Period", "Tense", "century_period", "day_period", "decade_period",
           "half_period",
           "month_period", "month_year", "narrow", "quarter_period", "season_period", "shift", "unit_period",
           "week_period", "weekday_date", "weekend_period", "year_period"]

Tense = str | None  # "past", "present", "future" or None (unknown)
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


@dataclass(frozen=True)
class Period:
    """A calendar unit: its TIMEX3 value, granularity and the dates it covers."""

    value: str
    granularity: str
    start: date
    end: date


def day_period(d: date) -> Period:
    return Period(d.isoformat(), "day", d, d)


def month_period(year: int, month: int) -> Period:
    last = calendar.monthrange(year, month)[1]
    return Period(f"{year:04d}-{month:02d}", "month", date(year, month, 1), date(year, month, last))


def year_period(year: int) -> Period:
    return Period(f"{year:04d}", "year", date(year, 1, 1), date(year, 12, 31))


def week_period(d: date) -> Period:
    iso_year, week, _ = d.isocalendar()
    monday = d - timedelta(days=d.weekday())
    return Period(f"{iso_year:04d}-W{week:02d}", "week", monday, monday + timedelta(days=6))


def weekend_period(d: date) -> Period:
    week = week_period(d)
    return Period(f"{week.value}-WE", "weekend", week.start + timedelta(days=5), week.end)


def quarter_period(year: int, quarter: int) -> Period:
    first = date(year, 3 * quarter - 2, 1)
    return Period(f"{year:04d}-Q{quarter}", "quarter", first, first + relativedelta(months=3, days=-1))


def half_period(year: int, half: int) -> Period:
    first = date(year, 6 * half - 5, 1)
    return Period(f"{year:04d}-H{half}", "half", first, first + relativedelta(months=6, days=-1))


def season_period(year: int, code: str) -> Period:
    first_month, last_month = SEASON_MONTHS[code]
    end_year = year + 1 if code == "WI" else year
    start = date(year, first_month, 1)
    end = date(end_year, last_month, calendar.monthrange(end_year, last_month)[1])
    return Period(f"{year:04d}-{code}", "season", start, end)


def decade_period(first_year: int) -> Period:
    return Period(f"{first_year // 10:03d}", "decade", date(first_year, 1, 1), date(first_year + 9, 12, 31))


def century_period(number: int) -> Period:
    first = (number - 1) * 100
    return Period(f"{number - 1:02d}", "century", date(max(first, 1), 1, 1), date(first + 99, 12, 31))


#: The granularity of each calendar unit code, as its period has it (:func:`unit_period`).
UNIT_GRANULARITY = {"D": "day", "W": "week", "WE": "weekend", "M": "month", "Q": "quarter", "Y": "year"}


def unit_period(d: date, unit: str) -> Period:
    """The calendar unit (D, W, WE, M, Q, Y) containing ``d``."""
    return {
        "D": day_period,
        "W": week_period,
        "WE": weekend_period,
        "M": lambda x: month_period(x.year, x.month),
        "Q": lambda x: quarter_period(x.year, (x.month + 2) // 3),
        "Y": lambda x: year_period(x.year),
    }[unit](d)


def shift(d: date, amount: int, unit: str) -> date:
    step = {
        "D": relativedelta(days=1),
        "W": relativedelta(weeks=1),
        "WE": relativedelta(weeks=1),
        "M": relativedelta(months=1),
        "Q": relativedelta(months=3),
        "Y": relativedelta(years=1),
    }[unit]
    return d + step * amount


def narrow(start: date, end: date, mod: str | None) -> tuple[date, date]:
    """The part of an interval a mod points at: START/MID/END = first/middle/last third."""
    if mod not in ("START", "MID", "END"):
        return start, end
    days = (end - start).days + 1
    third = max(days // 3, 1)
    if mod == "START":
        return start, start + timedelta(days=third - 1)
    if mod == "END":
        return end - timedelta(days=days - 2 * third - 1), end
    return start + timedelta(days=third), end - timedelta(days=days - 2 * third)


def weekday_date(anchor: date, weekday: int, tense: Tense) -> date:
    """The weekday meant in a clause of this tense: past -> on or before the anchor; future -> on or after;
    otherwise the nearest one."""
    back = anchor - timedelta(days=(anchor.weekday() - weekday) % 7)
    ahead = anchor + timedelta(days=(weekday - anchor.weekday()) % 7)
    if tense == "past":
        return back
    if tense == "future":
        return ahead
    return back if (anchor - back) <= (ahead - anchor) else ahead


def month_year(anchor: date, month: int, tense: Tense) -> int:
    """The year of a month named without one: past -> latest on or before the anchor's month; future -> next."""
    if tense == "future":
        return anchor.year if month >= anchor.month else anchor.year + 1
    if tense == "past" or month <= anchor.month:
        return anchor.year if month <= anchor.month else anchor.year - 1
    # present/unknown and a later month: the nearer of last year's and this year's
    return anchor.year if month - anchor.month <= 6 else anchor.year - 1
