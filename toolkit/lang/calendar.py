"""Month and weekday names with their numbers (English; abbreviations included; the lists ``months`` and
``weekdays`` of ``resources/word_values.csv``), for the timex rules and for the entity rules, which never take a
day or a month for a name.

>>> MONTHS["Sept"], WEEKDAYS["Monday"], sorted(FULL_NAMES)[:3]
(9, 0, ['April', 'August', 'December'])
"""

from __future__ import annotations

from .lexicon import word_map

__all__ = ["FULL_NAMES", "MONTHS", "MONTH_NAMES", "WEEKDAYS"]

#: Month names and abbreviations -> the month's number (1-12).
MONTHS = {name: int(number) for name, number in word_map("months").items()}
#: Weekday names -> the weekday's number (Monday 0).
WEEKDAYS = {name: int(number) for name, number in word_map("weekdays").items()}
#: Each month's full name first (the longest of its names), then its abbreviations.
MONTH_NAMES = tuple(tuple(sorted((name for name, n in MONTHS.items() if n == month), key=len, reverse=True))
                    for month in range(1, 13))
#: Full month and weekday names ("Wednesday", "March"): dates, never names.
FULL_NAMES = frozenset(WEEKDAYS) | frozenset(names[0] for names in MONTH_NAMES)
