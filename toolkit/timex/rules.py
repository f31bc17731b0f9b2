"""The declarative rules table: each rule a name, a pattern and its normaliser, tried in order."""

from __future__ import annotations

import re

from ..lang.calendar import MONTHS
from .durations import (
    normalise_clock,
    normalise_duration,
    normalise_noon,
    normalise_set,
    normalise_sports_season,
    normalise_unit_long,
    normalise_vague_duration,
)
from .model import Rule
from .normalise import (
    normalise_century,
    normalise_decade,
    normalise_full_date,
    normalise_holiday,
    normalise_month_alone,
    normalise_month_day,
    normalise_month_year,
    normalise_named_day,
    normalise_quarter,
    normalise_season,
    normalise_short_year,
    normalise_weekday_date,
    normalise_year,
)
from .relative import (
    normalise_ago,
    normalise_deictic_day,
    normalise_event_relative,
    normalise_next_day,
    normalise_part_of_day,
    normalise_reference,
    normalise_relative_unit,
    normalise_same_unit,
    normalise_story_part_of_day,
    normalise_weekday,
    normalise_weekend,
)
from .words import (
    DAY,
    FUTURE_REF,
    HOLIDAYS,
    MOD,
    MONTH,
    NAMED_DAYS,
    NUMBER,
    PART,
    PAST_REF,
    PRESENT_REF,
    REPORT_NOUNS,
    SEASON,
    UNIT,
    WEEKDAY,
    YEAR,
    B,
    E,
    alternatives,
)

__all__ = ["EDGE", "IGNORE_CASE", "MONTH_FULL", "RULES"]


def _compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    # The group keeps the boundaries on every alternative: "now|soon" must not match inside "known".
    return re.compile(B + "(?:" + pattern + ")" + E, flags)


IGNORE_CASE = re.IGNORECASE
MONTH_FULL = alternatives(m for m in MONTHS if len(m) > 3 and m != "May")
EDGE = r"(?i:(?P<edge>earlier|later) (?:on |in )?)?"
RULES: tuple[Rule, ...] = (
    Rule("iso_date", _compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"), normalise_full_date),
    Rule("month_day_year", _compile(rf"(?P<month>{MONTH}) (?P<day>{DAY}),? (?P<year>{YEAR})"), normalise_full_date),
    Rule("day_month_year", _compile(rf"(?P<day>{DAY}) (?:of )?(?P<month>{MONTH}),? (?P<year>{YEAR})"),
         normalise_full_date),
    Rule(
        "month_year",
        _compile(rf"(?:(?P<mod>(?i:{MOD}))[ -]?)?(?P<month>{MONTH}),? (?:of )?(?P<year>{YEAR})"),
        normalise_month_year,
    ),
    Rule("weekday_month_day", _compile(rf"(?P<weekday>{WEEKDAY}),? (?:(?P<month>{MONTH}) (?P<day>{DAY})(?![:\d])|"
                                       rf"(?P<day2>{DAY}) (?:of )?(?P<month2>{MONTH}))(?:,? (?P<year>{YEAR}))?"),
         normalise_weekday_date),
    Rule("month_day", _compile(rf"(?P<month>{MONTH}) (?P<day>{DAY})(?![:\d])"), normalise_month_day),
    Rule("day_month", _compile(rf"(?P<day>{DAY}) (?:of )?(?P<month>{MONTH})"), normalise_month_day),
    Rule(
        "month",
        _compile(
            rf"(?:(?P<mod>(?i:{MOD}))[ -]?)?(?:(?P<rel>last|next|this) )?"
            rf"(?P<month>{MONTH_FULL}|(?<=in |by |of |st |xt |is |te |ly |id |id-)May)"
        ),
        normalise_month_alone,
    ),
    Rule("holiday", _compile(rf"(?P<holiday>{alternatives(HOLIDAYS)})(?: (?P<year>{YEAR}))?"), normalise_holiday),
    Rule("named_day", _compile(rf"(?P<named>{alternatives(NAMED_DAYS)})(?: (?P<year>{YEAR}))?"), normalise_named_day),
    Rule(
        "season",
        _compile(
            rf"(?:(?P<mod>{MOD})[ -]?)?(?:(?:the )?(?P<rel>this|last|next|past|coming) )?"
            rf"(?P<season>{SEASON})(?: of)?(?: (?P<year>{YEAR}))?(?(rel)|(?(year)|(?!)))",
            IGNORE_CASE,
        ),
        normalise_season,
    ),
    Rule(
        "quarter",
        _compile(
            rf"(?:the )?(?P<ordinal>first|second|third|fourth|final|last|1st|2nd|3rd|4th)"
            rf"(?: (?:fiscal |financial )?(?P<unit>quarter|half)(?= of (?:the )?(?:{YEAR}|this year|last year|next "
            rf"year|(?:fiscal |financial )?year))| (?:fiscal |financial )?quarter|"
            rf"-(?P<hyphenated>quarter|half)(?= (?:[a-z]+ )?{REPORT_NOUNS}))"
            rf"(?: of (?:(?P<year>{YEAR})|(?:the )?(?P<rel>this|last|next) year))?",
            IGNORE_CASE,
        ),
        normalise_quarter,
    ),
    # "in Q3", "Q3 2018", "Q3 results"; not "the Audi Q3"
    Rule("quarter_code", _compile(rf"Q(?P<q>[1-4]),? (?P<year>{YEAR})|(?<=in |by |of )Q(?P<q2>[1-4])|"
                                  rf"(?:(?<=for )|(?<=during ))Q(?P<q3>[1-4])|Q(?P<q4>[1-4])(?= {REPORT_NOUNS})"),
         normalise_quarter),
    Rule(
        "decade",
        _compile(
            rf"(?:the )?(?:(?P<mod>{MOD})[ -]?)?(?:(?P<decade>1[5-9]\d0|20\d0)s|'(?P<short>[0-9]0)s)", IGNORE_CASE
        ),
        normalise_decade,
    ),
    Rule(
        "century", _compile(rf"(?:(?P<mod>{MOD})[ -]?(?:of )?)?the (?P<ordinal>[\w-]+) century", IGNORE_CASE),
        normalise_century,
    ),
    Rule(
        "year",
        _compile(
            rf"(?:(?P<signal>(?i:ever since|since|until|till|up to)) )?(?:(?P<mod>(?i:{MOD}))[ -]?)?"
            rf"(?P<year>{YEAR})"
        ),
        normalise_year,
    ),
    Rule("short_year", _compile(r"(?<=in |of |ce )'(?P<yy>\d\d)"), normalise_short_year),
    Rule(
        "deictic_day",
        _compile(rf"{EDGE}(?P<word>(?i:today|tonight|yesterday|tomorrow))(?: (?P<part>{PART}))?"),
        normalise_deictic_day,
    ),
    Rule("part_of_day", _compile(rf"(?P<rel>this|last) (?P<part>{PART})", IGNORE_CASE), normalise_part_of_day),
    Rule(
        "weekday",
        _compile(
            rf"{EDGE}(?:(?P<rel>(?i:last|next|this|coming|past)) )?(?P<weekday>{WEEKDAY})"
            rf"(?: (?P<part>{PART}))?(?!s\b)"
        ),
        normalise_weekday,
    ),
    Rule(
        "relative_unit",
        _compile(
            rf"(?:(?P<edge>earlier|later) )?(?:(?P<mod>{MOD})[ -]?(?:of )?)?(?:the )?"
            r"(?P<rel>this|last|next|past|previous|coming|current|following|upcoming) "
            r"(?P<unit>week|weekend|month|quarter|year)",
            IGNORE_CASE,
        ),
        normalise_relative_unit,
    ),
    Rule("ago", _compile(rf"(?P<number>{NUMBER}) (?P<unit>{UNIT})s? ago", IGNORE_CASE), normalise_ago),
    Rule(
        "event_relative",
        _compile(
            rf"(?<!last )(?<!next )(?<!this )(?<!that )"  # "last year after his physical": "last year"
            rf"(?:(?P<number>{NUMBER}) )?(?P<unit>{UNIT})s? (?:(?P<direction>after|before)"
            r"(?= (?:the|a|an|his|her|its|their|this|that|[A-Z]))|(?P<late>later|earlier)(?! than))",
            IGNORE_CASE,
        ),
        normalise_event_relative,
    ),
    Rule(
        "same_unit",
        _compile(
            r"the same (?P<unit>day|week|month|year)|(?<=on )the (?P<story>day)(?=[.,;])|"
            r"(?:(?<=in )|(?<=for )|(?<=of )|(?<=during )|(?<=throughout )|(?<=end )|(?<=ended )|(?<=ending )|"
            r"(?<=finish )|(?<=finished )|(?<=finishing )|(?<=close )|(?<=closed )|(?<=closing ))"
            r"the (?:entire |whole )?(?P<story2>day|year)"
            r"(?![ -](?:before|after|of|when|that|which|where|in|on|he|she|they|it|we|I|you|ahead|to|is|was|will|"
            r"shift|job|care|trip|rate|pass|off|out)\b)"
            r"(?! (?-i:[A-Z]))",  # "the end of the day Saturday": the day is Saturday's
            IGNORE_CASE,
        ),
        normalise_same_unit,
    ),
    Rule(
        "story_part_of_day",
        _compile(r"(?:(?<=in )the|that) (?P<part>morning|afternoon|evening|night)", IGNORE_CASE),
        normalise_story_part_of_day,
    ),
    Rule("weekend", _compile(r"(?<=over )the weekend|(?<=on )the weekend|(?<=at )the weekend|this weekend",
                             IGNORE_CASE), normalise_weekend),
    Rule(
        "next_day",
        _compile(r"the (?:(?P<rel>next|following|previous|preceding) day|day (?P<side>before|after)(?! \w))",
                 IGNORE_CASE),
        normalise_next_day,
    ),
    Rule("reference", _compile(rf"(?<!as )(?:{alternatives(PRESENT_REF + PAST_REF + FUTURE_REF)})"
                               rf"(?! as\b| after\b| before\b)", IGNORE_CASE),
         normalise_reference),
    Rule(
        "duration",
        _compile(
            rf"(?:(?:the )?(?:past|last|next|first|coming|previous) )?(?P<number>{NUMBER})"
            rf"[ -](?:(?:straight|consecutive|successive|full|whole|long) )?(?P<unit>{UNIT})s?(?:[ -]long)?",
            IGNORE_CASE,
        ),
        normalise_duration,
    ),
    Rule(
        "vague_amount",
        _compile(
            r"(?:(?:the )?(?:coming|recent|past|next|last) (?:few )?|(?:several|many|multiple|a few|few) (?:more )?|"
            r"a matter of )(?P<unit>minute|hour|day|week|month|year|decade)s(?:-long)?",
            IGNORE_CASE,
        ),
        normalise_vague_duration,
    ),
    Rule(
        "vague_duration",
        _compile(
            r"(?:(?<=for )|(?<=over )|(?<=in )|(?<=within )|(?<=after )|(?<=amid )|(?<=following ))(?:the )?"
            r"(?P<unit>minute|hour|day|week|month|year|decade)s|"
            r"(?P<unit2>week|month|year|decade)s-long|"
            r"(?<!the )(?<!these )(?<!those )(?<!\d )(?P<unit3>week|month|year|decade)s"
            r"(?= of (?!the\b|a\b|an\b|age\b|\d))",
            IGNORE_CASE,
        ),
        normalise_vague_duration,
    ),
    Rule("unit_long", _compile(r"(?P<unit>hour|day|week|month|year)-?long|full-year", IGNORE_CASE),
         normalise_unit_long),
    Rule("sports_season", _compile(r"(?:(?P<mod>early|late|mid) )?(?:this|last|next|the current|the previous) season",
                                   IGNORE_CASE), normalise_sports_season),
    Rule(
        "set",
        _compile(
            r"(?:every|each) (?:day|week|month|year)|daily|weekly|monthly|annual(?:ly)?|yearly|hourly", IGNORE_CASE
        ),
        normalise_set,
    ),
    Rule(
        "clock_12h",
        _compile(
            r"(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))? ?"
            r"(?P<ampm>[ap]\.m\.|[ap]m\b|[AP]M\b)(?: (?P<zone>UTC|GMT))?"
        ),
        normalise_clock,
    ),
    Rule("clock_24h", _compile(r"(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?: (?P<zone>UTC|GMT))?"),
         normalise_clock),
    Rule("clock_military", _compile(r"(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d) (?P<zone>UTC|GMT)"), normalise_clock),
    Rule("noon", _compile(r"noon|midnight", IGNORE_CASE), normalise_noon),
)
