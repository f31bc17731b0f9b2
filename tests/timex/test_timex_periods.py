"""toolkit.timex.periods: calendar units, their TIMEX3 values and the dates they cover; shifting, narrowing
by a mod, and the weekday or month a tense points at. Pure date arithmetic, no text."""

from __future__ import annotations

from datetime import date

from toolkit.timex import periods
from toolkit.timex.periods import Period


def test_months_weeks_and_quarters():
    assert periods.month_period(2024, 2) == Period("2024-02", "month", date(2024, 2, 1), date(2024, 2, 29))  # leap year
    # ISO weeks: 1 January 2021 (a Friday) is in week 53 of 2020
    assert periods.week_period(date(2021, 1, 1)) == Period("2020-W53", "week", date(2020, 12, 28), date(2021, 1, 3))
    assert periods.quarter_period(2023, 4) == Period("2023-Q4", "quarter", date(2023, 10, 1), date(2023, 12, 31))


def test_winter_runs_into_the_next_year_and_decades_and_centuries_are_named_by_their_digits():
    assert periods.season_period(2023, "WI") == Period("2023-WI", "season", date(2023, 12, 1), date(2024, 2, 29))
    assert periods.decade_period(1990) == Period("199", "decade", date(1990, 1, 1), date(1999, 12, 31))
    assert periods.century_period(21) == Period("20", "century", date(2000, 1, 1), date(2099, 12, 31))


def test_unit_period_and_shift():
    wednesday = date(2024, 3, 6)
    assert periods.unit_period(wednesday, "WE") == Period("2024-W10-WE", "weekend", date(2024, 3, 9), date(2024, 3, 10))
    assert periods.unit_period(wednesday, "Q").value == "2024-Q1"
    assert periods.shift(date(2024, 1, 31), 1, "M") == date(2024, 2, 29)  # the month's last day, not 2 March
    assert periods.shift(wednesday, -2, "W") == date(2024, 2, 21)


def test_narrow_to_the_first_middle_and_last_third():
    start, end = date(2024, 4, 1), date(2024, 4, 30)
    assert periods.narrow(start, end, "START") == (date(2024, 4, 1), date(2024, 4, 10))
    assert periods.narrow(start, end, "MID") == (date(2024, 4, 11), date(2024, 4, 20))
    assert periods.narrow(start, end, "END") == (date(2024, 4, 21), date(2024, 4, 30))
    assert periods.narrow(start, end, "ON_OR_AFTER") == (start, end)  # not a part of the interval


def test_the_weekday_a_tense_points_at():
    wednesday = date(2024, 3, 6)
    monday, friday = 0, 4
    assert periods.weekday_date(wednesday, monday, "past") == date(2024, 3, 4)
    assert periods.weekday_date(wednesday, monday, "future") == date(2024, 3, 11)
    assert periods.weekday_date(wednesday, friday, None) == date(2024, 3, 8)  # the nearest: two days on, five back
    assert periods.weekday_date(wednesday, 2, "past") == periods.weekday_date(wednesday, 2, "future") == wednesday


def test_the_year_of_a_month_named_without_one():
    march = date(2024, 3, 6)
    assert periods.month_year(march, 11, "past") == 2023
    assert periods.month_year(march, 11, "future") == 2024
    assert periods.month_year(march, 2, "future") == 2025
    assert periods.month_year(march, 5, None) == 2024  # two months on is nearer than ten months back
    assert periods.month_year(march, 12, None) == 2023
