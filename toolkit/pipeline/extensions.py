"""The toolkit's Doc extension attributes, registered in one place.

- ``doc._.anchor``: the date relative expressions are resolved against (``None``: keep them relative).
- ``doc._.timexes``: temporal expressions found by the ``toolkit_timexes`` component (``None`` before it ran).
- ``doc._.portrayals``: the optional ``toolkit_portrayal`` component's reading of each name (a list of dicts:
  ``start``, ``end``, ``text``, ``label``, ``polarity``, ``score``).

All are stored as plain data (ISO dates, dicts) in ``doc.user_data``, so that an analysed Doc round-trips
through ``Doc.to_bytes`` and ``DocBin``; the getters give back ``datetime.date`` and
:class:`~toolkit.timex.Timex` objects.

>>> import spacy
>>> from datetime import date
>>> doc = spacy.blank("en")("On Monday.")
>>> doc._.anchor = date(2018, 12, 3)
>>> doc._.toolkit_anchor
'2018-12-03'
>>> Doc(doc.vocab).from_bytes(doc.to_bytes())._.anchor
datetime.date(2018, 12, 3)
"""

from __future__ import annotations

import dataclasses
from collections import OrderedDict
from datetime import date, datetime
from typing import Any

from spacy.tokens import Doc

#: The plain-data attributes behind the typed ones (what ``Doc.to_bytes`` stores).
_STORED = ("toolkit_anchor", "toolkit_timexes", "portrayals")
_DATE_FIELDS = ("start_date", "end_date")


def register() -> None:
    """Register the extensions (idempotent)."""
    for name in _STORED:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    if not Doc.has_extension("anchor"):
        Doc.set_extension("anchor", getter=_get_anchor, setter=_set_anchor)
    if not Doc.has_extension("timexes"):
        Doc.set_extension("timexes", getter=_get_timexes, setter=_set_timexes)


def _get_anchor(doc: Doc) -> date | None:
    stored = doc._.toolkit_anchor
    return None if stored is None else date.fromisoformat(stored)


def _set_anchor(doc: Doc, value: date | None) -> None:
    if value is not None and not isinstance(value, date):
        raise TypeError(f"doc._.anchor takes a datetime.date or None, not {type(value).__name__}")
    if isinstance(value, datetime):
        value = value.date()
    doc._.toolkit_anchor = None if value is None else value.isoformat()


def _set_timexes(doc: Doc, timexes: list | None) -> None:
    doc._.toolkit_timexes = None if timexes is None else [_timex_data(t) for t in timexes]


def _timex_data(timex: Any) -> dict[str, Any]:
    data = {f.name: getattr(timex, f.name) for f in dataclasses.fields(timex)}
    for name in _DATE_FIELDS:
        if data[name] is not None:
            data[name] = data[name].isoformat()
    return data


# The Timex objects rebuilt for the last few Docs: the extractors read doc._.timexes many times per Doc.
_rebuilt: OrderedDict[int, tuple[list, list]] = OrderedDict()
_REBUILT_SIZE = 8


def _get_timexes(doc: Doc) -> list | None:
    stored = doc._.toolkit_timexes
    if stored is None:
        return None
    cached = _rebuilt.get(id(stored))
    if cached is not None and cached[0] is stored:
        return cached[1]
    from ..timex import Timex  # the timex module is an extractor: the pipeline imports it, not the reverse

    timexes = [Timex(**{k: date.fromisoformat(v) if k in _DATE_FIELDS and v is not None else v
                        for k, v in data.items()}) for data in stored]
    _rebuilt[id(stored)] = (stored, timexes)
    while len(_rebuilt) > _REBUILT_SIZE:
        _rebuilt.popitem(last=False)
    return timexes


register()
