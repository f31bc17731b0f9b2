"""The timex rules' words and regex pieces: numbers, units, ordinals, parts of day, seasons, holidays and
modifiers, read from the lists of ``resources/word_values.csv`` and ``word_lists.csv``, and the patterns built
from them."""

from __future__ import annotations

import re

from ..lang.calendar import MONTHS, WEEKDAYS
from ..lang.lexicon import word_list, word_map

__all__ = [
    "DAY",
    "FUTURE_REF",
    "HOLIDAYS",
    "MOD",
    "MODIFIERS",
    "MONTH",
    "NAMED_DAYS",
    "NUMBER",
    "NUMBER_WORDS",
    "ORDINALS",
    "PART",
    "PARTS_OF_DAY",
    "PAST_REF",
    "PRESENT_REF",
    "REL",
    "REPORT_NOUNS",
    "SEASON",
    "SEASONS",
    "UNIT",
    "UNITS",
    "VAGUE_NUMBERS",
    "WEEKDAY",
    "WEEKDAY_CODES",
    "YEAR",
    "B",
    "E",
    "alternatives",
]

WEEKDAY_CODES = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"]  # TIMEX3's, Monday first
NUMBER_WORDS = {word: int(value) for word, value in word_map("number_words").items()}
VAGUE_NUMBERS = tuple(sorted(word_list("vague_numbers")))  # "several", "a few", "dozens of": no number
_CLOCK_UNITS = word_list("clock_units")
_CALENDAR_UNITS = word_map("calendar_units")
# Unit word -> (duration letter, is a time unit, calendar unit for REF notation)
UNITS = {unit: (letter, unit in _CLOCK_UNITS, _CALENDAR_UNITS.get(unit))
         for unit, letter in word_map("time_units").items()}
ORDINALS = {word: int(value) for word, value in word_map("ordinals").items()}
PARTS_OF_DAY = dict(word_map("parts_of_day"))
SEASONS = dict(word_map("seasons"))
HOLIDAYS = {name: (int(day[:2]), int(day[3:])) for name, day in word_map("holidays").items()}  # (month, day)
#: Days named for an event whose date a rule gives ("Black Friday": the day after the fourth Thursday of
#: November): the rule's code (``normalise.named_day_date``)
NAMED_DAYS = dict(word_map("named_days"))
#: Nouns of a company's or an economy's reporting ("results", "revenue"): a hyphenated quarter before one is a
#: calendar quarter ("third-quarter results"), not a game's ("a third-quarter touchdown")
REPORT_NOUNS = "(?:" + "|".join(sorted(word_list("report_nouns"), key=len, reverse=True)) + r")\b"
MODIFIERS = dict(word_map("modifiers"))
_REFERENCES = word_map("time_references")
PRESENT_REF = tuple(word for word, value in _REFERENCES.items() if value == "PRESENT_REF")
PAST_REF = tuple(word for word, value in _REFERENCES.items() if value == "PAST_REF")
FUTURE_REF = tuple(word for word, value in _REFERENCES.items() if value == "FUTURE_REF")


# --------------------------------------------------------------------------------------------- patterns


def alternatives(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# A full month name never takes a dot ("on 3 March." ends a sentence); an abbreviation may ("Sept.", "Oct").
_FULL_MONTHS = [name for name in MONTHS if len(name) > 4 or name in ("June", "July", "May")]
MONTH = rf"(?:{alternatives(_FULL_MONTHS)}|(?:{alternatives(set(MONTHS) - set(_FULL_MONTHS))})\.?)"
WEEKDAY = alternatives(WEEKDAYS)
YEAR = r"(?:1[5-9]\d\d|20\d\d)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
NUMBER = rf"(?:\d+(?:\.\d+)?|{alternatives(NUMBER_WORDS)}|{alternatives(VAGUE_NUMBERS)})"
UNIT = alternatives(UNITS)
MOD = rf"(?:{alternatives(MODIFIERS)})"
REL = r"(?:this|last|next|past|previous|coming|current|following|upcoming|same)"
PART = alternatives(PARTS_OF_DAY)
SEASON = alternatives(SEASONS)
B = r"(?<![\w$€£¥-])"  # left word boundary that also refuses currency and hyphen-joined words
E = r"(?![\w-]|[.,]\d)"  # right boundary that refuses "2006-07" style continuations and "1,000"
