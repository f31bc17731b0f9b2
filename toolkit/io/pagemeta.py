"""The page's own title, authors and publication date, cleaned of what content systems add to them.

trafilatura reads a page's metadata from many places; what it returns still carries the site's habits. The
rules here choose and clean, from what the page itself declares:

- **title**: the page's one headline (``<h1>``) when it agrees with a declared title (og:title, ``<title>``,
  what trafilatura found: they share most of its words, so that a logo in an ``<h1>`` is not taken), else the
  declared title without the site name a content system appends (" - Site", "| Site"); a title that is only
  the site's name is no title.
- **authors**: people only, in the order given: "By", "Analysis by" and the like removed; a job title after a
  name ("ROBERT BURNS, AP National Security Writer") left out; several names split ("A and B"); agencies,
  staff credits and the site's own name dropped, and what follows them (the place the story was filed
  from: "By Ana Reyes, Gazette, Port Ellery"); names written in capitals given their ordinary case. The
  byline the page shows (an element whose class names a byline, opening with "By") first: content systems
  declare only the first of several authors, or the editor who posted the story; else what trafilatura
  found; else the people named as authors in the page's JSON-LD.
- **published**: the date the page declares as its publication (JSON-LD ``datePublished``, meta
  ``article:published_time``, ``itemprop="datePublished"``, then its ``<time>`` elements) over what
  trafilatura chose (which may be the date of a modification, of the address, or of a script), as the page's
  own local date: a date alone; a timestamp with its offset ("2019-11-20T06:01-05:00" is November 20); a UTC
  timestamp moved by the page's own offset, which the page shows where a ``<time>`` gives a UTC ``datetime``
  and the local clock in its text ("02:24 UTC" shown as "9:24 pm ET": five hours behind, so 02:24 UTC on the
  19th is the 18th). A UTC time whose local date cannot be told is used only between 10:00 and 14:00 (the
  same date in every zone within ten hours of UTC), or where nothing else was found. An impossible date
  ("0001-01-01") is no date.

>>> clean_authors("By MEG KINNARD and ERRIN HAINES, Associated Press")
['Meg Kinnard', 'Errin Haines']
>>> without_site_name("Sweden drops inquiry | Daily Example", "Daily Example")
'Sweden drops inquiry'
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from ..lang.lexicon import word_list

__all__ = ["clean_authors", "declared_published", "json_ld_authors", "page_offset", "page_title", "shown_byline",
           "without_site_name"]

_SEPARATORS = re.compile(r"\s+(?:[-|–—:]|::)\s+")
_WORD = re.compile(r"\w+")
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def _same_site(part: str, site: str | None) -> bool:
    """Whether a title's last part names the site ("Al Bawaba" for "Al-Bawaba", "BBC News" for "BBC")."""
    if not site:
        return False
    part_words, site_words = _words(part), _words(site.removeprefix("www."))
    return bool(part_words) and (part_words <= site_words or site_words <= part_words)


def without_site_name(title: str, site: str | None, others: Iterable[str] = ()) -> str:
    """The title without a site name appended after a separator: the site's name, or a tail whose removal
    leaves another title the page declares."""
    title = " ".join(title.split())
    others = {" ".join(o.split()).lower() for o in others}
    while cuts := list(_SEPARATORS.finditer(title)):
        head, tail = title[:cuts[-1].start()], title[cuts[-1].end():]
        if not (_same_site(tail, site) or head.lower() in others):
            break
        title = head
    return title


def page_title(tree, found: str | None, site: str | None) -> str | None:
    """The page's headline (see the module's docstring)."""
    declared = [" ".join(v.split()) for v in [
        *tree.xpath('//meta[@property="og:title"]/@content'), *tree.xpath('//meta[@name="twitter:title"]/@content'),
        *(t.text_content() for t in tree.iter("title"))] if v and v.strip()]
    headlines = list(dict.fromkeys(h for h in (" ".join(e.text_content().split()) for e in tree.iter("h1")) if h))
    if len(headlines) == 1 and not _same_site(headlines[0], site):
        words = _words(headlines[0])
        if not declared or any(len(words & _words(d)) >= 0.6 * len(words) for d in declared):
            return headlines[0]
    for title in [*declared, *([found] if found else [])]:
        title = without_site_name(title, site, declared)
        if title and not _same_site(title, site):
            return title
    return found


def _name_case(name: str) -> str:
    return " ".join(w.capitalize() if w.isupper() and len(w) > 1 else w for w in name.split()) \
        if name.isupper() else name


def _without_agency(part: str) -> str:
    """A name with the agency written after it left out ("JILL LAWLESS Associated Press")."""
    for agency in sorted(word_list("news_agencies"), key=len, reverse=True):
        if part.lower().endswith(" " + agency) and len(part) > len(agency) + 1:
            return part[:-len(agency) - 1].strip()
    return part


def _is_person(part: str, site: str | None) -> bool:
    words = part.lower().split()
    if not 2 <= len(words) <= 4 or part.lower() in word_list("news_agencies") or _same_site(part, site):
        return False
    if any(w.strip(".,") in word_list("byline_roles") for w in words):
        return False
    return all(w[:1].isupper() or w[:1] in "'’" or w.lower() in {"de", "van", "von", "da", "del", "la", "le"}
               for w in part.split()) and not re.search(r"[@/:\d]", part)


def clean_authors(value: str | None, site: str | None = None) -> list[str]:
    """The people a byline names (see the module's docstring)."""
    openers = sorted(word_list("byline_openers"), key=len, reverse=True)
    names: list[str] = []
    for chunk in re.split(r"[;\n]|\s+\|\s+", value or ""):
        chunk = chunk.strip()
        for opener in openers:
            if chunk.lower().startswith(opener + " "):
                chunk = chunk[len(opener) + 1:].strip()
                break
        for part in re.split(r",|\s+and\s+|\s+&\s+", chunk):
            part = " ".join(part.split())
            if part.lower() in word_list("news_agencies") or _same_site(part, site):
                return names  # what follows the outlet is where the story was filed ("…, Gazette, Port Ellery")
            part = _name_case(_without_agency(part))
            if _is_person(part, site) and part.lower() not in {n.lower() for n in names}:
                names.append(part)
    return names


_AFTER_THE_NAMES = ("about ", "follow", "email", "contact", "more from", "more by")


def shown_byline(tree, site: str | None) -> list[str]:
    """The people named by the first byline the page shows (an element whose class names a byline and whose
    text opens with "By" or the like): what a reader sees over what the content system declares, which may
    keep only the first of several authors or add an editor."""
    openers = word_list("byline_openers")
    for element in tree.xpath('//*[contains(translate(@class, "BYLINE", "byline"), "byline")]'):
        # Its pieces kept apart ("By DANICA KIRKA and JILL LAWLESS" | "Associated Press"): content systems put
        # the name, the outlet and the date in elements of their own, with no space between them.
        pieces = [" ".join(piece.split()) for piece in element.itertext() if piece.strip()]
        # an author box or links after the names ("About Ana Reyes", "Follow", "Email") end the byline
        ends = [i for i, piece in enumerate(pieces) if piece.lower().startswith(_AFTER_THE_NAMES)]
        text = " | ".join(pieces[:ends[0]] if ends else pieces)
        if len(text) < 200 and any(text.lower().startswith(opener + " ") for opener in openers):
            return clean_authors(text, site)
    return []


def _json_ld(tree) -> list[dict[str, Any]]:
    found = []
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        try:
            data = json.loads(script)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                found.append(item)
                stack.extend(v for k, v in item.items() if k == "@graph")
    return found


def json_ld_authors(tree, site: str | None) -> list[str]:
    """The people named as authors in the page's JSON-LD (organisations left out)."""
    names: list[str] = []
    for item in _json_ld(tree):
        authors = item.get("author")
        for author in authors if isinstance(authors, list) else [authors]:
            if isinstance(author, dict) and "person" in str(author.get("@type", "")).lower():
                names += clean_authors(str(author.get("name") or ""), site)
    return list(dict.fromkeys(names))


_STAMP = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*"
                    r"(Z|UTC|GMT|[+-]\d{2}:?\d{2})?)?", re.IGNORECASE)
_CLOCK = re.compile(r"\b(\d{1,2}):(\d{2})\s*(?:([ap])\.?\s?m\b\.?)?", re.IGNORECASE)
#: A UTC time between these hours falls on the same date in every zone within ten hours of UTC.
_SAME_DATE_HOURS = range(10, 14)


@dataclass(frozen=True)
class _Stamp:
    """A declared date or time: its calendar date, its clock time, and its offset from UTC as written
    (``None`` when the zone is not said)."""

    day: date
    clock: timedelta | None = None
    offset: timedelta | None = None

    @classmethod
    def parse(cls, value: str) -> _Stamp | None:
        match = _STAMP.match(value.strip())
        if not match or int(match.group(1)) < 1990:  # "0001-01-01": a content system's empty date
            return None
        year, month, day_, hour, minute, zone = match.groups()
        try:
            day = date(int(year), int(month), int(day_))
        except ValueError:
            return None
        if hour is None:
            return cls(day)
        offset = None
        if zone:
            zone = zone.upper().replace(":", "")
            sign = -1 if zone.startswith("-") else 1
            offset = timedelta(0) if zone in ("Z", "UTC", "GMT") else \
                sign * timedelta(hours=int(zone[1:3]), minutes=int(zone[3:5]))
        return cls(day, timedelta(hours=int(hour), minutes=int(minute)), offset)

    def local_date(self, page_offset: timedelta | None) -> date | None:
        """The date where the page is: a date alone, a time with its own local offset, or a UTC time moved by the
        page's offset; ``None`` when it cannot be told."""
        if self.clock is None or (self.offset is not None and self.offset != timedelta(0)):
            return self.day
        if self.offset is not None and page_offset is not None:
            return (datetime.combine(self.day, datetime.min.time()) + self.clock + page_offset).date()
        return None


def page_offset(tree) -> timedelta | None:
    """The page's own offset from UTC, as the page shows it: a ``<time>`` whose ``datetime`` carries a local
    offset, or whose ``datetime`` is in UTC while its text shows the clock time where the page is ("02:24 UTC"
    shown as "9:24 pm ET" is five hours behind)."""
    for element in tree.xpath("//time[@datetime]"):
        stamp = _Stamp.parse(element.get("datetime") or "")
        if stamp is None or stamp.clock is None or stamp.offset is None:
            continue
        if stamp.offset != timedelta(0):
            return stamp.offset
        text = " ".join(element.text_content().split())
        shown = None if _STAMP.match(text) else _CLOCK.search(text)  # a clock, not the timestamp written out
        if shown and int(shown.group(1)) < 24 and int(shown.group(2)) < 60:
            hour, minute, half = int(shown.group(1)), int(shown.group(2)), (shown.group(3) or "").lower()
            if half:
                hour = hour % 12 + (12 if half == "p" else 0)
            difference = (timedelta(hours=hour, minutes=minute) - stamp.clock) % timedelta(days=1)
            return difference - timedelta(days=1) if difference > timedelta(hours=14) else difference
    return None


def declared_published(tree, found: str | None = None) -> str | None:
    """The publication date (``YYYY-MM-DD``) as the page's own local date (see the module's docstring): the
    first date the page declares (JSON-LD, meta, ``itemprop``, then its ``<time>`` elements) whose local date can
    be told; else what trafilatura found; else a UTC time's date."""
    values = [str(item.get("datePublished")) for item in _json_ld(tree) if item.get("datePublished")]
    values += tree.xpath('//meta[@property="article:published_time"]/@content')
    values += tree.xpath('//meta[@itemprop="datePublished"]/@content')
    values += tree.xpath('//*[@itemprop="datePublished"]/@datetime')
    declared = [stamp for stamp in map(_Stamp.parse, values) if stamp is not None]
    shown = [stamp for stamp in map(_Stamp.parse, tree.xpath("//time/@datetime")) if stamp is not None]
    offset = page_offset(tree)
    for stamp in declared + shown:
        if (day := stamp.local_date(offset)) is not None:
            return day.isoformat()
    # A UTC time in the middle of the day, when every nearby zone shares its date; a <time> only on a page
    # that declares nothing (the others may be the times of related stories).
    for stamp in declared or shown:
        if stamp.offset == timedelta(0) and stamp.clock is not None and \
                stamp.clock // timedelta(hours=1) in _SAME_DATE_HOURS:
            return stamp.day.isoformat()
    return found or (declared[0].day.isoformat() if declared else None)
