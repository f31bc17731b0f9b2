"""Temporal expressions: detection by rule patterns and normalisation to TIMEX3-style values.

Each expression gets a ``type`` (DATE, TIME, DURATION, SET), a ``value``, a ``granularity``, an optional
``mod`` and, when it can be placed on a calendar, the interval it covers (``start_date``..``end_date``).

Values follow TIMEX3: ``2018-12-03`` (day), ``2018-11`` (month), ``2018-W49`` (week), ``2018-Q4``
(quarter), ``2018-SU`` (season), ``2018`` (year), ``201`` (decade 2010s), ``20`` (century), ``2018-12-03TMO``
(part of day), ``2018-12-03T16:00`` (time), ``P3D`` / ``PT30M`` / ``PXY`` (durations, X = unspecified),
``PRESENT_REF`` / ``PAST_REF`` / ``FUTURE_REF``. Mods: ``START``, ``MID``, ``END`` ("early", "mid-",
"late", "the end of"), ``ON_OR_AFTER`` ("since 2006": the interval runs from 2006 to the anchor),
``ON_OR_BEFORE`` ("until 2008").

**The anchor.** Relative expressions ("on Monday", "late last month") need an anchor date: the article's
publication date or one the user passes. Weekdays and month names without a year are resolved with the
tense of their clause, as news is written: past -> the latest such day on or before the anchor; future or
planned -> the next one on or after it; present -> the nearest. **Without an anchor nothing is invented**:
absolute expressions are still normalised, relative ones keep a relative value and ``anchor_dependent`` is
True. The relative notation is:

- ``REF-1D``, ``REF+0M``, ``REF-1Y``, ``REF+1W``: the day/week/month/quarter/year N units from the anchor's
  (``REF+0Y`` = this year, ``REF-1M`` = last month);
- ``REF<MON`` / ``REF>TUE`` / ``REF~FRI``: the latest Monday on or before the anchor, the next Tuesday on or
  after it, the nearest Friday; ``XXXX-03`` / ``XXXX-06-10``: a month or day whose year is not stated;
- ``EVENT+P3D`` / ``EVENT-PXW``: a date relative to another event in the text ("three days after the
  letter", "weeks before the vote"); the timeline orders it after (before) that event.

>>> [(t.text, t.value) for t in find_timexes("The vote took place on Monday, three days after the letter.")]
[('Monday', 'REF<MON'), ('three days after', 'EVENT+P3D')]
>>> [(t.text, t.value, t.mod) for t in find_timexes("Talks failed late last month.", date(2018, 12, 4))]
[('late last month', '2018-11', 'END')]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from spacy.tokens import Doc, Span

from .lang import syntax
from .lang.calendar import MONTHS, WEEKDAYS
from .periods import (
    Period,
    Tense,
    century_period,
    day_period,
    decade_period,
    month_period,
    month_year,
    narrow,
    quarter_period,
    season_period,
    shift,
    unit_period,
    weekday_date,
    year_period,
)

WEEKDAY_CODES = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"]
NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "single": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a hundred": 100,
}
VAGUE_NUMBERS = (
    "several",
    "a few",
    "few",
    "many",
    "some",
    "a couple of",
    "couple of",
    "a number of",
    "dozens of",
    "hundreds of",
    "countless",
)
# Unit word -> (duration letter, is a time unit, calendar unit for REF notation)
UNITS = {
    "second": ("S", True, None),
    "minute": ("M", True, None),
    "hour": ("H", True, None),
    "day": ("D", False, "D"),
    "night": ("D", False, "D"),
    "week": ("W", False, "W"),
    "fortnight": ("W", False, None),
    "month": ("M", False, "M"),
    "quarter": ("Q", False, "Q"),
    "year": ("Y", False, "Y"),
    "decade": ("DE", False, None),
    "century": ("CE", False, None),
}
ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
HOLIDAYS = {
    "Christmas Eve": (12, 24),
    "Christmas Day": (12, 25),
    "Christmas": (12, 25),
    "New Year's Eve": (12, 31),
    "New Year's Day": (1, 1),
    "Halloween": (10, 31),
    "Valentine's Day": (2, 14),
}
MODIFIERS = {
    "early": "START",
    "the beginning of": "START",
    "the start of": "START",
    "mid": "MID",
    "mid-": "MID",
    "the middle of": "MID",
    "late": "END",
    "the end of": "END",
    "the close of": "END",
}
PRESENT_REF = ("at the moment", "at present", "currently", "nowadays", "presently", "these days", "now")
PAST_REF = ("more recently", "recently", "lately", "previously", "formerly", "in the past", "the past")
FUTURE_REF = ("in the near future", "in the future", "very soon", "soon", "the future")


# --------------------------------------------------------------------------------------------- patterns


def _alternatives(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


MONTH = rf"(?:{_alternatives(MONTHS)})\.?"
WEEKDAY = _alternatives(WEEKDAYS)
YEAR = r"(?:1[5-9]\d\d|20\d\d)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
NUMBER = rf"(?:\d+(?:\.\d+)?|{_alternatives(NUMBER_WORDS)}|{_alternatives(VAGUE_NUMBERS)})"
UNIT = _alternatives(UNITS)
MOD = rf"(?:{_alternatives(MODIFIERS)})"
REL = r"(?:this|last|next|past|previous|coming|current|following|upcoming|same)"
PART = _alternatives(PARTS_OF_DAY)
SEASON = _alternatives(SEASONS)
B = r"(?<![\w$€£¥-])"  # left word boundary that also refuses currency and hyphen-joined words
E = r"(?![\w-]|[.,]\d)"  # right boundary that refuses "2006-07" style continuations and "1,000"


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


def _date(period: Period, mod: str | None = None, anchor_dependent: bool = False, kind: str = "DATE") -> Normalised:
    start, end = narrow(period.start, period.end, mod)
    return Normalised(kind, period.value, period.granularity, mod, start, end, anchor_dependent)


def _relative(value: str, granularity: str | None, mod: str | None = None) -> Normalised:
    return Normalised("DATE", value, granularity, mod, None, None, True)


def _mod(text: str | None) -> str | None:
    return MODIFIERS.get(text.lower().strip()) if text else None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_number(text: str) -> int:
    return MONTHS[text.rstrip(".")]


def _day_number(text: str) -> int:
    return int(re.match(r"\d+", text).group())


# Absolute dates -----------------------------------------------------------------------------------------


def _full_date(match: re.Match[str], ctx: Context) -> Normalised | None:
    g = match.groupdict()
    d = _safe_date(
        int(g["year"]),
        _month_number(g["month"]) if not g["month"].isdigit() else int(g["month"]),
        _day_number(g["day"]),
    )
    return _date(day_period(d)) if d else None


def _month_day(match: re.Match[str], ctx: Context) -> Normalised | None:
    month, day = _month_number(match["month"]), _day_number(match["day"])
    if _safe_date(2000, month, day) is None:  # 2000 is a leap year: February 29 is valid here
        return None
    if ctx.anchor is None:
        return _relative(f"XXXX-{month:02d}-{day:02d}", "day")
    year = month_year(ctx.anchor, month, ctx.tense)
    if ctx.tense != "future" and month == ctx.anchor.month and day > ctx.anchor.day and ctx.tense == "past":
        year -= 1
    if ctx.tense == "future" and month == ctx.anchor.month and day < ctx.anchor.day:
        year += 1
    d = _safe_date(year, month, day)
    return _date(day_period(d), anchor_dependent=True) if d else None


def _month_year(match: re.Match[str], ctx: Context) -> Normalised:
    return _date(month_period(int(match["year"]), _month_number(match["month"])), _mod(match["mod"]))


def _month_alone(match: re.Match[str], ctx: Context) -> Normalised:
    month, mod, rel = _month_number(match["month"]), _mod(match["mod"]), (match["rel"] or "").lower()
    tense = {"last": "past", "next": "future", "this": ctx.tense, "": ctx.tense}.get(rel, ctx.tense)
    if ctx.anchor is None:
        return _relative(f"XXXX-{month:02d}", "month", mod)
    year = month_year(ctx.anchor, month, tense)
    if rel == "last" and month >= ctx.anchor.month:
        year = ctx.anchor.year - 1
    if rel == "next" and month <= ctx.anchor.month:
        year = ctx.anchor.year + 1
    return _date(month_period(year, month), mod, anchor_dependent=True)


# After a four-digit number, units and percentages always make it a quantity; a plural noun ("2000 soldiers")
# does too, unless a determiner or preposition before it shows a year used as a modifier ("the 2006 elections").
_QUANTITY_AFTER = re.compile(
    r" ?(?:%|percent\b|per cent\b|km\b|kg\b|miles\b|metres\b|meters\b|feet\b|tons\b|tonnes\b|dollars\b|"
    r"euros\b|pounds\b|people\b|persons\b|men\b|women\b|children\b)"
)
_PLURAL_AFTER = re.compile(r" (?!elections\b|polls\b|games\b|olympics\b)[a-z]+s\b")
_YEAR_DETERMINER = re.compile(
    r"(?:the|its|their|his|her|our|this|in|since|by|from|until|to|before|after|during|between|through) $",
    re.IGNORECASE,
)


def _plausible_year(match: re.Match[str]) -> bool:
    """Tell a year from a quantity by the words around the number."""
    after = match.string[match.end() : match.end() + 20]
    before = match.string[max(0, match.start() - 12) : match.start()]
    if _QUANTITY_AFTER.match(after):
        return False
    return not _PLURAL_AFTER.match(after) or bool(_YEAR_DETERMINER.search(before))


def _year(match: re.Match[str], ctx: Context) -> Normalised | None:
    if not _plausible_year(match):
        return None
    signal = (match["signal"] or "").lower()
    mod = _mod(match["mod"])
    period = year_period(int(match["year"]))
    if signal in ("since", "ever since"):
        end = ctx.anchor if ctx.anchor and ctx.anchor >= period.start else None
        return Normalised("DATE", period.value, "year", "ON_OR_AFTER", period.start, end, False)
    if signal in ("until", "till", "up to"):
        return Normalised("DATE", period.value, "year", "ON_OR_BEFORE", None, period.end, False)
    return _date(period, mod)


def _short_year(match: re.Match[str], ctx: Context) -> Normalised:
    two = int(match["yy"])
    pivot = (ctx.anchor.year if ctx.anchor else 2000) % 100
    century = (ctx.anchor.year // 100 if ctx.anchor else 20) - (1 if two > pivot else 0)
    return _date(year_period(century * 100 + two))


def _decade(match: re.Match[str], ctx: Context) -> Normalised:
    first = int(match["decade"]) if match["decade"] else 1900 + int(match["short"])
    return _date(decade_period(first), _mod(match["mod"]))


def _century(match: re.Match[str], ctx: Context) -> Normalised | None:
    word = match["ordinal"].lower()
    number = ORDINALS.get(word) or (int(word[:-2]) if re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)", word) else None)
    return _date(century_period(number), _mod(match["mod"])) if number else None


def _quarter(match: re.Match[str], ctx: Context) -> Normalised | None:
    groups = match.groupdict()
    word = (groups.get("ordinal") or "").lower()
    number = {"final": 4, "last": 4}.get(word) or ORDINALS.get(word) or (int(groups["q"]) if groups.get("q") else None)
    year_text, rel = match.groupdict().get("year"), (match.groupdict().get("rel") or "").lower()
    if not number or number > 4:
        return None
    if year_text:
        return _date(quarter_period(int(year_text), number))
    if ctx.anchor is None:
        return _relative(f"XXXX-Q{number}" if not rel else f"REF{_offset(rel):+d}Y-Q{number}", "quarter")
    year = ctx.anchor.year + _offset(rel) if rel else ctx.anchor.year
    if not rel and (word == "last" or quarter_period(year, number).start > ctx.anchor):
        # "the fourth quarter" in January, "the last quarter": the most recent one already begun
        if word == "last":
            return _date(unit_period(shift(ctx.anchor, -1, "Q"), "Q"), anchor_dependent=True)
        year -= 1
    return _date(quarter_period(year, number), anchor_dependent=True)


def _season(match: re.Match[str], ctx: Context) -> Normalised | None:
    code, rel = SEASONS[match["season"].lower()], (match["rel"] or "").lower()
    if match["year"]:
        return _date(season_period(int(match["year"]), code), _mod(match["mod"]))
    if ctx.anchor is None:
        return _relative(f"REF{_offset(rel):+d}Y-{code}", "season", _mod(match["mod"]))
    year = ctx.anchor.year + _offset(rel)
    return _date(season_period(year, code), _mod(match["mod"]), anchor_dependent=True)


def _holiday(match: re.Match[str], ctx: Context) -> Normalised:
    month, day = HOLIDAYS[match["holiday"]]
    if match["year"]:
        return _date(day_period(date(int(match["year"]), month, day)))
    if ctx.anchor is None:
        return _relative(f"XXXX-{month:02d}-{day:02d}", "day")
    year = month_year(ctx.anchor, month, ctx.tense)
    return _date(day_period(date(year, month, day)), anchor_dependent=True)


# Relative to the anchor ------------------------------------------------------------------------------


def _offset(rel: str) -> int:
    return {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1, "upcoming": 1}.get(
        rel.lower(), 0
    )


def _deictic_day(match: re.Match[str], ctx: Context) -> Normalised:
    word = match["word"].lower()
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word]
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


def _part_of_day(match: re.Match[str], ctx: Context) -> Normalised:
    rel, part = match["rel"].lower(), PARTS_OF_DAY[match["part"].lower()]
    offset = -1 if rel == "last" else 0
    if ctx.anchor is None:
        return Normalised("TIME", f"REF{offset:+d}DT{part}", "part_of_day", None, None, None, True)
    day = ctx.anchor + timedelta(days=offset)
    return Normalised("TIME", f"{day.isoformat()}T{part}", "part_of_day", None, day, day, True)


def _weekday(match: re.Match[str], ctx: Context) -> Normalised:
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


def _relative_unit(match: re.Match[str], ctx: Context) -> Normalised | None:
    rel, unit = match["rel"].lower(), match["unit"].lower()
    code = {"week": "W", "weekend": "WE", "month": "M", "quarter": "Q", "year": "Y", "day": "D"}.get(unit)
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


def _ago(match: re.Match[str], ctx: Context) -> Normalised | None:
    amount, unit = _amount(match["number"]), match["unit"].lower()
    _, _, code = UNITS[unit]
    if amount is None or code is None:
        return Normalised("DATE", "PAST_REF", None, None, None, None, False)
    if ctx.anchor is None:
        return _relative(f"REF-{_fmt(amount)}{code}", unit)
    moment = shift(ctx.anchor, -int(amount), code)
    return _date(unit_period(moment, code), anchor_dependent=True)


def _event_relative(match: re.Match[str], ctx: Context) -> Normalised:
    amount, unit = _amount(match["number"]) if match["number"] else None, match["unit"].lower()
    direction = (match["direction"] or match["late"]).lower()
    sign = "+" if direction in ("after", "later") else "-"
    value = f"EVENT{sign}{_duration_value(amount, unit)}"
    return Normalised("DATE", value, None, None, None, None, False)


def _reference(match: re.Match[str], ctx: Context) -> Normalised:
    text = match.group().lower()
    value = "PRESENT_REF" if text in PRESENT_REF else "PAST_REF" if text in PAST_REF else "FUTURE_REF"
    return Normalised("DATE", value, None, None, None, None, False)


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
    if unit == "decade":
        letter, amount = "Y", None if amount is None else amount * 10
    if unit == "century":
        letter, amount = "Y", None if amount is None else amount * 100
    return f"P{'T' if is_time else ''}{'X' if amount is None else _fmt(amount)}{letter}"


def _duration(match: re.Match[str], ctx: Context) -> Normalised | None:
    unit, number = match["unit"].lower(), match["number"].lower()
    if number in ("a", "an", "one", "single") and unit in ("second", "quarter"):
        return None  # "a second time", "a quarter of the vote"
    amount = _amount(number)
    return Normalised("DURATION", _duration_value(amount, unit.rstrip("s")), "duration")


def _vague_duration(match: re.Match[str], ctx: Context) -> Normalised:
    return Normalised("DURATION", _duration_value(None, match["unit"].lower().rstrip("s")), "duration")


SET_WORDS = {
    "daily": "day",
    "weekly": "week",
    "monthly": "month",
    "annual": "year",
    "annually": "year",
    "yearly": "year",
    "hourly": "hour",
}


def _set(match: re.Match[str], ctx: Context) -> Normalised:
    word = match.group().lower()
    unit = SET_WORDS.get(word) or word.split()[-1]
    return Normalised("SET", _duration_value(1, unit), "set")


def _clock(match: re.Match[str], ctx: Context) -> Normalised | None:
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


def _noon(match: re.Match[str], ctx: Context) -> Normalised:
    clock = "T12:00" if match.group().lower() == "noon" else "T24:00"
    if ctx.anchor is None:
        return Normalised("TIME", f"XXXX-XX-XX{clock}", "time", None, None, None, True)
    return Normalised("TIME", f"{ctx.anchor.isoformat()}{clock}", "time", None, ctx.anchor, ctx.anchor, True)


def _compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(B + pattern + E, flags)


IGNORE_CASE = re.IGNORECASE
MONTH_FULL = _alternatives(m for m in MONTHS if len(m) > 3 and m != "May")
EDGE = r"(?i:(?P<edge>earlier|later) (?:on |in )?)?"
RULES: tuple[Rule, ...] = (
    Rule("iso_date", _compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"), _full_date),
    Rule("month_day_year", _compile(rf"(?P<month>{MONTH}) (?P<day>{DAY}),? (?P<year>{YEAR})"), _full_date),
    Rule("day_month_year", _compile(rf"(?P<day>{DAY}) (?:of )?(?P<month>{MONTH}),? (?P<year>{YEAR})"), _full_date),
    Rule(
        "month_year",
        _compile(rf"(?:(?P<mod>(?i:{MOD}))[ -]?)?(?P<month>{MONTH}),? (?:of )?(?P<year>{YEAR})"),
        _month_year,
    ),
    Rule("month_day", _compile(rf"(?P<month>{MONTH}) (?P<day>{DAY})(?![:\d])"), _month_day),
    Rule("day_month", _compile(rf"(?P<day>{DAY}) (?:of )?(?P<month>{MONTH})"), _month_day),
    Rule(
        "month",
        _compile(
            rf"(?:(?P<mod>(?i:{MOD}))[ -]?)?(?:(?P<rel>last|next|this) )?"
            rf"(?P<month>{MONTH_FULL}|(?<=in |by |of |st |xt |is |te |ly |id |id-)May)"
        ),
        _month_alone,
    ),
    Rule("holiday", _compile(rf"(?P<holiday>{_alternatives(HOLIDAYS)})(?: (?P<year>{YEAR}))?"), _holiday),
    Rule(
        "season",
        _compile(
            rf"(?:(?P<mod>{MOD})[ -]?)?(?:(?:the )?(?P<rel>this|last|next|past|coming) )?"
            rf"(?P<season>{SEASON})(?: of)?(?: (?P<year>{YEAR}))?(?(rel)|(?(year)|(?!)))",
            IGNORE_CASE,
        ),
        _season,
    ),
    Rule(
        "quarter",
        _compile(
            rf"(?:the )?(?P<ordinal>first|second|third|fourth|final|last|1st|2nd|3rd|4th) "
            rf"(?:fiscal |financial )?quarter"
            rf"(?: of (?:(?P<year>{YEAR})|(?P<rel>this|last|next) year))?",
            IGNORE_CASE,
        ),
        _quarter,
    ),
    Rule("quarter_code", _compile(rf"Q(?P<q>[1-4]),? (?P<year>{YEAR})"), _quarter),
    Rule(
        "decade",
        _compile(
            rf"(?:the )?(?:(?P<mod>{MOD})[ -]?)?(?:(?P<decade>1[5-9]\d0|20\d0)s|'(?P<short>[0-9]0)s)", IGNORE_CASE
        ),
        _decade,
    ),
    Rule(
        "century", _compile(rf"(?:(?P<mod>{MOD})[ -]?(?:of )?)?the (?P<ordinal>[\w-]+) century", IGNORE_CASE), _century
    ),
    Rule(
        "year",
        _compile(
            rf"(?:(?P<signal>(?i:ever since|since|until|till|up to)) )?(?:(?P<mod>(?i:{MOD}))[ -]?)?"
            rf"(?P<year>{YEAR})"
        ),
        _year,
    ),
    Rule("short_year", _compile(r"(?<=in |of |ce )'(?P<yy>\d\d)"), _short_year),
    Rule(
        "deictic_day",
        _compile(rf"{EDGE}(?P<word>(?i:today|tonight|yesterday|tomorrow))(?: (?P<part>{PART}))?"),
        _deictic_day,
    ),
    Rule("part_of_day", _compile(rf"(?P<rel>this|last) (?P<part>{PART})", IGNORE_CASE), _part_of_day),
    Rule(
        "weekday",
        _compile(
            rf"{EDGE}(?:(?P<rel>(?i:last|next|this|coming|past)) )?(?P<weekday>{WEEKDAY})"
            rf"(?: (?P<part>{PART}))?(?!s\b)"
        ),
        _weekday,
    ),
    Rule(
        "relative_unit",
        _compile(
            rf"(?:(?P<edge>earlier|later) )?(?:(?P<mod>{MOD})[ -]?(?:of )?)?(?:the )?"
            r"(?P<rel>this|last|next|past|previous|coming|current|following|upcoming) "
            r"(?P<unit>week|weekend|month|quarter|year)",
            IGNORE_CASE,
        ),
        _relative_unit,
    ),
    Rule("ago", _compile(rf"(?P<number>{NUMBER}) (?P<unit>{UNIT})s? ago", IGNORE_CASE), _ago),
    Rule(
        "event_relative",
        _compile(
            rf"(?:(?P<number>{NUMBER}) )?(?P<unit>{UNIT})s? (?:(?P<direction>after|before)"
            r"(?= (?:the|a|an|his|her|its|their|this|that|[A-Z]))|(?P<late>later|earlier))",
            IGNORE_CASE,
        ),
        _event_relative,
    ),
    Rule("reference", _compile(rf"{_alternatives(PRESENT_REF + PAST_REF + FUTURE_REF)}", IGNORE_CASE), _reference),
    Rule(
        "duration",
        _compile(
            rf"(?:(?:the )?(?:past|last|next|first|coming|previous) )?(?P<number>{NUMBER})"
            rf"[ -](?P<unit>{UNIT})s?(?:[ -]long)?",
            IGNORE_CASE,
        ),
        _duration,
    ),
    Rule(
        "vague_duration",
        _compile(
            r"(?:(?<=for )|(?<=over )|(?<=in )|(?<=within ))(?:the )?"
            r"(?P<unit>minute|hour|day|week|month|year|decade)s",
            IGNORE_CASE,
        ),
        _vague_duration,
    ),
    Rule(
        "set",
        _compile(
            r"(?:every|each) (?:day|week|month|year)|daily|weekly|monthly|annual(?:ly)?|yearly|hourly", IGNORE_CASE
        ),
        _set,
    ),
    Rule(
        "clock_12h",
        _compile(
            r"(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))? ?"
            r"(?P<ampm>[ap]\.m\.|[ap]m\b|[AP]M\b)(?: (?P<zone>UTC|GMT))?"
        ),
        _clock,
    ),
    Rule("clock_24h", _compile(r"(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?: (?P<zone>UTC|GMT))?"), _clock),
    Rule("clock_military", _compile(r"(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d) (?P<zone>UTC|GMT)"), _clock),
    Rule("noon", _compile(r"noon|midnight", IGNORE_CASE), _noon),
)


# --------------------------------------------------------------------------------------------- finding

_FUTURE_CUES = re.compile(
    r"\b(?:will|'ll|shall|is to|are to|plans? to|planned|planning|scheduled|set to|due to|"
    r"expected to|going to|would|intends? to|aims? to|next|upcoming|coming)\b",
    re.IGNORECASE,
)
_PAST_CUES = re.compile(
    r"\b(?:\w+ed|was|were|had|did|said|told|met|made|came|took|went|gave|began|held|won|lost|"
    r"left|ago|last|earlier)\b",
    re.IGNORECASE,
)


def text_tense(sentence: str) -> Tense:
    """A rough tense of a sentence from words alone, for text without a parse."""
    if _FUTURE_CUES.search(sentence):
        return "future"
    if _PAST_CUES.search(sentence):
        return "past"
    return None


_CLAUSE_END = re.compile(r"[.;!?\n]")


def _sentence_around(text: str, start: int, end: int) -> str:
    """The clause-like stretch of text around a span: between the nearest . ; ! ? or line break."""
    left = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    right = _CLAUSE_END.search(text, end)
    return text[left : right.start() if right else len(text)]


def find_timexes(
    text: str, anchor: date | None = None, tense_of: Callable[[int, int], Tense] | None = None
) -> list[Timex]:
    """All temporal expressions of ``text``, normalised against ``anchor`` (or relative without one).

    ``tense_of(start, end)`` gives the tense of the clause an expression belongs to; by default a rough
    guess from the words of its sentence (the spaCy component passes the parse's tense instead).
    """
    tense_of = tense_of or (lambda s, e: text_tense(_sentence_around(text, s, e)))
    candidates = sorted(
        (
            (m.start(), m.end(), priority, rule, m)
            for priority, rule in enumerate(RULES)
            for m in rule.pattern.finditer(text)
            if m.end() > m.start()
        ),
        key=lambda c: (c[0] - c[1], c[2], c[0]),
    )
    taken: list[Timex] = []
    for start, end, _, rule, match in candidates:
        if any(start < t.end and t.start < end for t in taken):
            continue
        tense = tense_of(start, end)
        try:
            normalised = rule.normalise(match, Context(anchor, tense))
        except (OverflowError, ValueError):
            # the anchored date falls outside years 1-9999 ("yesterday" of 0001-01-01): keep the relative value
            normalised = rule.normalise(match, Context(None, tense))
        if normalised is None:
            continue
        taken.append(Timex(text=text[start:end], start=start, end=end, rule=rule.name, **vars(normalised)))
    return sorted(taken, key=lambda t: t.start)


# --------------------------------------------------------------------------------------------- spaCy


def span_tense(span: Span) -> Tense:
    """The tense of the clause a span belongs to, from the parse (or from its sentence's words without one)."""
    doc = span.doc
    if not doc.has_annotation("DEP") or not doc.has_annotation("TAG"):
        return text_tense(_sentence_around(doc.text, span.start_char, span.end_char))
    verb = syntax.governing_verb(span.root)
    return syntax.clause_tense(verb) if verb is not None else None


def doc_timexes(doc: Doc, anchor: date | None = None) -> list[Timex]:
    """The temporal expressions of a Doc, with tenses taken from its parse."""

    def tense_of(start: int, end: int) -> Tense:
        span = doc.char_span(start, end, alignment_mode="expand")
        return span_tense(span) if span is not None and len(span) else None

    return find_timexes(doc.text, anchor, tense_of)
