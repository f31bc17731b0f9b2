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
- ``EVENT+P1D`` / ``EVENT-P1D``: "the next day" / "the day before" when no date precedes it.

"Three days after the letter", "weeks before the vote" are, as in TimeML, the DURATION between the two
(``P3D``, ``PXW``); the timeline orders the event after (before) the other one. "Two days later" after a date
the text has just given is that date plus two days.

The package: :mod:`~toolkit.timex.words` (word lists and regex pieces), :mod:`~toolkit.timex.model` (what
an expression means), :mod:`~toolkit.timex.normalise`, :mod:`~toolkit.timex.relative` and
:mod:`~toolkit.timex.durations` (one normaliser per rule), :mod:`~toolkit.timex.rules` (the declarative rules
table), :mod:`~toolkit.timex.finding` (the scan, with tense from words or a parse) and
:mod:`~toolkit.timex.discourse` (what the story's own dates decide).

>>> from datetime import date
>>> [(t.text, t.value) for t in find_timexes("The vote took place on Monday, three days after the letter.")]
[('Monday', 'REF<MON'), ('three days after', 'P3D')]
>>> [(t.text, t.value, t.mod) for t in find_timexes("Talks failed late last month.", date(2018, 12, 4))]
[('late last month', '2018-11', 'END')]
"""

from .finding import doc_timexes, find_timexes, span_tense, text_tense
from .model import Context, Normalised, Rule, Timex
from .rules import RULES

__all__ = ["RULES", "Context", "Normalised", "Rule", "Timex", "doc_timexes", "find_timexes", "span_tense", "text_tense"]
