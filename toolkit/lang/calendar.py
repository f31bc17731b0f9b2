"""Month and weekday names with their numbers (English; abbreviations included), for the timex rules and for the
entity rules, which never take a day or a month for a name.

>>> MONTHS["Sept"], WEEKDAYS["Monday"], sorted(FULL_NAMES)[:3]
(9, 0, ['April', 'August', 'December'])
"""

from __future__ import annotations

#: Each month's full name first, then its abbreviations.
MONTH_NAMES = (
    ("January", "Jan"),
    ("February", "Feb"),
    ("March", "Mar"),
    ("April", "Apr"),
    ("May",),
    ("June", "Jun"),
    ("July", "Jul"),
    ("August", "Aug"),
    ("September", "Sept", "Sep"),
    ("October", "Oct"),
    ("November", "Nov"),
    ("December", "Dec"),
)
MONTHS = {name: i for i, names in enumerate(MONTH_NAMES, start=1) for name in names}
WEEKDAYS = {
    name: i for i, name in enumerate(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])
}
#: Full month and weekday names ("Wednesday", "March"): dates, never names.
FULL_NAMES = frozenset(WEEKDAYS) | frozenset(names[0] for names in MONTH_NAMES)
