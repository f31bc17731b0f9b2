"""The page's own title, authors and publication date, cleaned of what content systems add to them.

trafilatura reads a page's metadata from many places; what it returns still carries the site's habits. The
rules here choose and clean, from what the page itself declares:

- **title**: the page's one headline (``<h1>``) when it agrees with a declared title (og:title, ``<title>``,
  what trafilatura found: they share most of its words, so that a logo in an ``<h1>`` is not taken), else the
  declared title without the site name a content system appends (" - Site", "| Site"); a title that is only
  the site's name is no title.
- **authors**: people only, in the order given: "By", "Analysis by" and the like removed; a job title after a
  name ("ROBERT BURNS, AP National Security Writer") left out; several names split ("A and B"); agencies,
  staff credits and the site's own name dropped; names written in capitals given their ordinary case. Where
  trafilatura finds none, the people named as authors in the page's JSON-LD.
- **published**: the date the page declares as its publication (JSON-LD ``datePublished``, meta
  ``article:published_time``, ``itemprop="datePublished"``) over what trafilatura chose (which may be the date
  of a modification or of the address), when it gives the page's own local date: a date alone, or a timestamp
  with its offset ("2019-11-20T06:01-05:00" is November 20). A UTC timestamp ("...T02:07Z"), or a time whose
  zone is not said, may fall on the day after the local date: it is used only where trafilatura found none.
  An impossible date ("0001-01-01") is no date.

>>> clean_authors("By MEG KINNARD and ERRIN HAINES, Associated Press")
['Meg Kinnard', 'Errin Haines']
>>> without_site_name("Sweden drops inquiry | Daily Example", "Daily Example")
'Sweden drops inquiry'
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

from ..lang.lexicon import word_list

__all__ = ["clean_authors", "declared_published", "json_ld_authors", "page_title", "without_site_name"]

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
            part = _name_case(_without_agency(" ".join(part.split())))
            if _is_person(part, site) and part.lower() not in {n.lower() for n in names}:
                names.append(part)
    return names


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


_LOCAL_OFFSET = re.compile(r"[+-](?!00:?00$)\d{2}:?\d{2}$")  # an offset other than UTC's
_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d")


def declared_published(tree, found: str | None = None) -> str | None:
    """The publication date (``YYYY-MM-DD``): the one the page declares when its timestamp gives the page's
    own local date (a date alone, or a time with its offset); a UTC timestamp's date only where nothing else
    was found, since the local date may be the day before (see the module's docstring)."""
    values = [str(item.get("datePublished")) for item in _json_ld(tree) if item.get("datePublished")]
    values += tree.xpath('//meta[@property="article:published_time"]/@content')
    values += tree.xpath('//meta[@itemprop="datePublished"]/@content')
    values += tree.xpath('//*[@itemprop="datePublished"]/@datetime')
    utc = None
    for value in (v.strip() for v in values):
        match = _DATE.match(value)
        if not match or int(match.group(1)) < 1990:  # "0001-01-01": a content system's empty date
            continue
        if _TIME.match(value) and not _LOCAL_OFFSET.search(value):  # UTC, or a time whose zone is not said
            utc = utc or "-".join(match.groups())
            continue
        return "-".join(match.groups())
    return found or utc
