"""Word lists and regex pieces of the timex rules: numbers, units, ordinals, parts of day, seasons, holidays,
modifiers, and the patterns built from them."""

from __future__ import annotations

import re

from ..lang.calendar import MONTHS, WEEKDAYS

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
