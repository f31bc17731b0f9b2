"""One normaliser per rule: a regex match and its context (anchor, tense) to a TIMEX3 value and the dates it
covers. Here the calendar's own expressions (dates, months, years, quarters, seasons, named days) and the helpers
the others share; :mod:`~toolkit.timex.relative` holds those counted from the anchor, and
:mod:`~toolkit.timex.durations` durations, sets and clock times."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from dateutil.easter import easter

from ..lang.calendar import MONTHS, WEEKDAYS
from ..lang.lexicon import word_list, word_map
from .model import Context, Normalised
from .periods import (
    Period,
    century_period,
    day_period,
    decade_period,
    half_period,
    month_period,
    month_year,
    narrow,
    quarter_period,
    season_period,
    shift,
    unit_period,
    year_period,
)
from .words import (
    HOLIDAYS,
    MODIFIERS,
    NAMED_DAYS,
    ORDINALS,
    SEASONS,
)

__all__ = ["named_day_date", "normalise_century", "normalise_decade", "normalise_full_date", "normalise_holiday",
           "normalise_month_alone", "normalise_month_day", "normalise_month_day_values", "normalise_month_year",
           "normalise_named_day", "normalise_quarter", "normalise_season", "normalise_short_year",
           "normalise_weekday_date", "normalise_year"]



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


_OFFSETS = {word: int(value) for word, value in word_map("relative_offsets").items()}  # "last" -1, "next" 1


def _offset(rel: str) -> int:
    return _OFFSETS.get(rel.lower(), 0)


# Absolute dates -----------------------------------------------------------------------------------------


def normalise_full_date(match: re.Match[str], ctx: Context) -> Normalised | None:
    g = match.groupdict()
    d = _safe_date(
        int(g["year"]),
        _month_number(g["month"]) if not g["month"].isdigit() else int(g["month"]),
        _day_number(g["day"]),
    )
    return _date(day_period(d)) if d else None


def normalise_month_day(match: re.Match[str], ctx: Context) -> Normalised | None:
    return normalise_month_day_values(_month_number(match["month"]), _day_number(match["day"]), ctx)


def normalise_month_day_values(month: int, day: int, ctx: Context) -> Normalised | None:
    """A month and day without a year: in the year the tense and the anchor give."""
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


def normalise_weekday_date(match: re.Match[str], ctx: Context) -> Normalised | None:
    """"Saturday, May 18": with a year, that date; else the month and day in the year, nearest the anchor in
    the clause's tense, in which they fall on that weekday (a story from May read in November); else as the
    month and day alone."""
    month = _month_number(match["month"] or match["month2"])
    day = _day_number(match["day"] or match["day2"])
    if match["year"]:
        d = _safe_date(int(match["year"]), month, day)
        return _date(day_period(d)) if d else None
    if ctx.anchor is None or _safe_date(2000, month, day) is None:
        return normalise_month_day_values(month, day, ctx)
    weekday = WEEKDAYS[match["weekday"]]
    candidates = [d for year in range(ctx.anchor.year - 2, ctx.anchor.year + 3)
                  if (d := _safe_date(year, month, day)) is not None and d.weekday() == weekday]
    if ctx.tense == "past":
        candidates = [d for d in candidates if d <= ctx.anchor] or candidates
    elif ctx.tense == "future":
        candidates = [d for d in candidates if d >= ctx.anchor] or candidates
    if not candidates:
        return normalise_month_day_values(month, day, ctx)
    return _date(day_period(min(candidates, key=lambda d: abs((d - ctx.anchor).days))), anchor_dependent=True)


def normalise_month_year(match: re.Match[str], ctx: Context) -> Normalised:
    return _date(month_period(int(match["year"]), _month_number(match["month"])), _mod(match["mod"]))


_OF_YEAR = re.compile(r" of (?P<rel>last|next|this) year\b", re.IGNORECASE)


def normalise_month_alone(match: re.Match[str], ctx: Context) -> Normalised:
    month, mod = _month_number(match["month"]), _mod(match["mod"])
    of_year = _OF_YEAR.match(match.string, match.end())  # "October of next year": two expressions, one year
    of_year = of_year["rel"].lower() if of_year else ""
    if of_year and ctx.anchor is not None:
        return _date(month_period(ctx.anchor.year + _offset(of_year), month), mod, anchor_dependent=True)
    rel = (match["rel"] or "").lower()
    tense = {"last": "past", "next": "future", "this": ctx.tense, "": ctx.tense}.get(rel, ctx.tense)
    if ctx.anchor is None:
        return _relative(f"XXXX-{month:02d}", "month", mod)
    year = month_year(ctx.anchor, month, tense)
    if rel == "last" and month >= ctx.anchor.month:
        year = ctx.anchor.year - 1
    if rel == "next" and month <= ctx.anchor.month:
        year = ctx.anchor.year + 1
    return _date(month_period(year, month), mod, anchor_dependent=True)


def _words(words) -> str:
    """Whole words, any of them: "(?:km\\b|miles\\b|...)"."""
    return "(?:" + "|".join(rf"{re.escape(word)}\b" for word in sorted(words)) + ")"


# After a four-digit number, units and percentages always make it a quantity; a plural noun ("2000 soldiers")
# does too, unless a determiner or preposition before it shows a year used as a modifier ("the 2006 elections").
_QUANTITY_AFTER = re.compile(r" ?(?:%|" + _words(word_list("quantity_units")) + ")")
_PLURAL_AFTER = re.compile(r" (?!" + _words(word_list("plural_not_a_count")) + r")[a-z]+s\b")
_YEAR_DETERMINER = re.compile(_words(word_list("year_determiners")) + " $", re.IGNORECASE)


# A bare year follows a function word, a possessive or punctuation ("in 1917", "the 1917 revolution", "Smith's
# 2008 campaign", "(1917)"); after any other word it is part of a name or a count ("the film 1917", "flight 1917",
# "Euro 2024", "scored 2010 points").
_WORD_BEFORE = re.compile(r"([A-Za-z]+)(?:['’]s)?\s+$")
_YEAR_FOLLOWS = word_list("before_a_year")
_QUOTED = re.compile(r"[\"“‘']$")
_ADDRESS_AFTER = re.compile(r" (?:[A-Z][a-z]+ )+" + _words(w.title() for w in word_list("street_nouns")))
_CODE_BEFORE = re.compile(r"[A-Za-z][\w/]*/$")
_CLOSING_QUOTE = re.compile(r"[\"”’']")
# A lower-case participle, gerund or superlative before a year modifies it ("its planned 2024 launch", "the
# newest 2020 hopeful", "raising 2016 elections"), and "at least 2021"; a capitalised word names ("Euro 2024").
_MODIFIER_BEFORE = re.compile(r"[a-z]+(?:ed|ing|est)|least|most")
# ... followed by a word of the phrase it modifies, or the end of a clause ("at least 2021."); not "numbered 2000
# on Sunday", "expected 2000 at the march", "earning 2000 a month"
_NOUN_AFTER = re.compile(r"(?: (?!(?:at|in|on|by|to|out|of|a|an|the|and|or|for|from|with|per|each|more|than)\b)"
                         r"[A-Za-z][a-z-]*|[.;!?]|$)")


def _plausible_year(match: re.Match[str]) -> bool:
    """Tell a year from a quantity or a title by the words around the number."""
    after = match.string[match.end() : match.end() + 20]
    before = match.string[max(0, match.start() - 24) : match.start()]
    if _QUANTITY_AFTER.match(after) or _ADDRESS_AFTER.match(after) or _CODE_BEFORE.search(before):
        return False  # "2000 km", "1909 Jolinda Drive", "No. FHC/ABJ/03/2018"
    if not match["signal"] and not match["mod"]:
        word = _WORD_BEFORE.search(before)
        possessive = bool(word) and before.rstrip().endswith(("'s", "’s"))
        if word and not possessive and word.group(1).lower() not in _YEAR_FOLLOWS and \
                not (_MODIFIER_BEFORE.fullmatch(word.group(1)) and _NOUN_AFTER.match(after)):
            return False
        if _QUOTED.search(before) and _CLOSING_QUOTE.match(after):  # a title in quotation marks: the film "1917"
            return False
    return not _PLURAL_AFTER.match(after) or bool(_YEAR_DETERMINER.search(before))


def normalise_year(match: re.Match[str], ctx: Context) -> Normalised | None:
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


def normalise_short_year(match: re.Match[str], ctx: Context) -> Normalised:
    two = int(match["yy"])
    pivot = (ctx.anchor.year if ctx.anchor else 2000) % 100
    century = (ctx.anchor.year // 100 if ctx.anchor else 20) - (1 if two > pivot else 0)
    return _date(year_period(century * 100 + two))


def normalise_decade(match: re.Match[str], ctx: Context) -> Normalised:
    first = int(match["decade"]) if match["decade"] else 1900 + int(match["short"])
    return _date(decade_period(first), _mod(match["mod"]))


def normalise_century(match: re.Match[str], ctx: Context) -> Normalised | None:
    word = match["ordinal"].lower()
    number = ORDINALS.get(word) or (int(word[:-2]) if re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)", word) else None)
    return _date(century_period(number), _mod(match["mod"])) if number else None


def normalise_quarter(match: re.Match[str], ctx: Context) -> Normalised | None:
    groups = match.groupdict()
    word = (groups.get("ordinal") or "").lower()
    code = next((groups[g] for g in ("q", "q2", "q3", "q4") if groups.get(g)), None)
    number = {"final": 4, "last": 4}.get(word) or ORDINALS.get(word) or (int(code) if code else None)
    year_text, rel = match.groupdict().get("year"), (match.groupdict().get("rel") or "").lower()
    if groups.get("unit") == "half" or groups.get("hyphenated") == "half":
        half = _half(number if word not in ("final", "last") else 2, year_text, rel,
                     replace(ctx, tense="past") if groups.get("hyphenated") else ctx)  # "first-half profit"
        return half
    if not number or number > 4:
        return None
    if year_text:
        return _date(quarter_period(int(year_text), number))
    if ctx.anchor is None:
        return _relative(f"XXXX-Q{number}" if not rel else f"REF{_offset(rel):+d}Y-Q{number}", "quarter")
    if word == "last" and not rel:  # "the last quarter": the most recent one already begun
        return _date(unit_period(shift(ctx.anchor, -1, "Q"), "Q"), anchor_dependent=True)
    if rel:
        return _date(quarter_period(ctx.anchor.year + _offset(rel), number), anchor_dependent=True)
    # "fourth-quarter results": a report's quarter, the most recent one begun, whatever the clause's tense
    tense = "past" if groups.get("hyphenated") else ctx.tense
    return _date(quarter_period(_quarter_year(ctx.anchor, number, tense), number), anchor_dependent=True)


def _half(number: int | None, year_text: str | None, rel: str, ctx: Context) -> Normalised | None:
    """"the first half of next year" 2020-H1, "second-half results" (the year's, as a quarter's is)."""
    if number not in (1, 2):
        return None
    if year_text:
        return _date(half_period(int(year_text), number))
    if ctx.anchor is None:
        return _relative(f"XXXX-H{number}" if not rel else f"REF{_offset(rel):+d}Y-H{number}", "half")
    if rel:
        return _date(half_period(ctx.anchor.year + _offset(rel), number), anchor_dependent=True)
    # the year of the quarters it spans, as "the second quarter" said without a year
    return _date(half_period(_quarter_year(ctx.anchor, 2 * number - 1, ctx.tense), number), anchor_dependent=True)


def _quarter_year(anchor: date, number: int, tense: str | None) -> int:
    """The year of "the second quarter" said without one: in the future, the next such quarter (this one
    included); in the past, the most recent one already begun; otherwise the one nearest the anchor's."""
    current = (anchor.month + 2) // 3
    if tense == "future":
        return anchor.year if number >= current else anchor.year + 1
    if tense == "past":
        return anchor.year if number <= current else anchor.year - 1
    return anchor.year if abs(number - current) <= abs(number - current - 4) else anchor.year - 1


def normalise_season(match: re.Match[str], ctx: Context) -> Normalised | None:
    code, rel = SEASONS[match["season"].lower()], (match["rel"] or "").lower()
    if match["year"]:
        return _date(season_period(int(match["year"]), code), _mod(match["mod"]))
    if ctx.anchor is None:
        return _relative(f"REF{_offset(rel):+d}Y-{code}", "season", _mod(match["mod"]))
    # "last spring" in November is this year's, over by then; in April it is the year before's
    year = ctx.anchor.year
    if _offset(rel) < 0:
        year -= 1 if season_period(year, code).end >= ctx.anchor else 0
    elif _offset(rel) > 0:
        year += 1 if season_period(year, code).start <= ctx.anchor else 0
    return _date(season_period(year, code), _mod(match["mod"]), anchor_dependent=True)


def normalise_holiday(match: re.Match[str], ctx: Context) -> Normalised:
    month, day = HOLIDAYS[match["holiday"]]
    if match["year"]:
        return _date(day_period(date(int(match["year"]), month, day)))
    if ctx.anchor is None:
        return _relative(f"XXXX-{month:02d}-{day:02d}", "day")
    year = month_year(ctx.anchor, month, ctx.tense)
    return _date(day_period(date(year, month, day)), anchor_dependent=True)


def named_day_date(code: str, year: int) -> date:
    """The date of a day named for an event, by its rule: ``THANKSGIVING`` (the fourth Thursday of November),
    ``BLACK_FRIDAY`` and ``CYBER_MONDAY`` (one and four days after it), ``EASTER`` and ``GOOD_FRIDAY`` (Western
    Easter, two days before), ``EASTER_MONDAY``."""
    if code in ("EASTER", "GOOD_FRIDAY", "EASTER_MONDAY"):
        sunday = easter(year)
        return sunday + timedelta(days={"EASTER": 0, "GOOD_FRIDAY": -2, "EASTER_MONDAY": 1}[code])
    first = date(year, 11, 1)
    thanksgiving = first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    return thanksgiving + timedelta(days={"THANKSGIVING": 0, "BLACK_FRIDAY": 1, "CYBER_MONDAY": 4}[code])


def normalise_named_day(match: re.Match[str], ctx: Context) -> Normalised | None:
    """"Black Friday", "Good Friday 2019": the event's day by its rule, in the year given, else the nearest one
    in the clause's tense (the last one in the past, the next one in the future)."""
    code = NAMED_DAYS[match["named"]]
    if match["year"]:
        return _date(day_period(named_day_date(code, int(match["year"]))))
    if ctx.anchor is None:
        return None  # no year to place it in: the name alone
    days = [named_day_date(code, ctx.anchor.year + offset) for offset in (-1, 0, 1)]
    if ctx.tense == "past":
        day = max(d for d in days if d <= ctx.anchor)
    elif ctx.tense == "future":
        day = min(d for d in days if d >= ctx.anchor)
    else:
        day = min(days, key=lambda d: abs((d - ctx.anchor).days))
    return _date(day_period(day), anchor_dependent=True)


