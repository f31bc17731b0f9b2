"""Which paragraphs feed which extractor: the story feeds every extractor, the headline the actors and dates
only, and bylines, captions, promos, related links, pull quotes and boilerplate nothing
(:data:`toolkit.io.roles.FEEDS`); nor does the wire dateline that opens a paragraph ("WASHINGTON (AP) — ",
"(Reuters) — ": role ``dateline``). Nothing is removed from the text; what is left out stays visible in the
``entities`` table, with its ``paragraph_role``."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import TypeVar

from ..actors.model import Actor
from ..io.articles import Article
from ..io.roles import FEEDS
from ..lang.datelines import DATELINE

__all__ = ["Scope"]

T = TypeVar("T")
#: An agency's name in brackets opening a paragraph: "(Reuters) — ", "(CNN)".
_AGENCY = re.compile(r"\([A-Z][A-Za-z .&]{1,30}\)(?: ?(?:—|–|--|-))? *")


class Scope:
    """The paragraph roles of one article, asked by offset."""

    def __init__(self, article: Article) -> None:
        self._starts = [p.start for p in article.paragraphs]
        self._paragraphs = article.paragraphs
        self._datelines = [p.start + (m.end() if (m := DATELINE.match(p.text) or _AGENCY.match(p.text)) else 0)
                           for p in article.paragraphs]

    def role_at(self, offset: int) -> str | None:
        """The role of the paragraph holding ``offset`` (None between paragraphs; ``dateline`` inside the
        dateline that opens it)."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i < 0 or offset >= self._paragraphs[i].end:
            return None
        return "dateline" if offset < self._datelines[i] else self._paragraphs[i].role

    def feeds(self, kind: str, offset: int) -> bool:
        """Whether the text at ``offset`` feeds ``kind`` (``actors``, ``statements`` or ``dates``)."""
        role = self.role_at(offset)
        return role is None or kind in FEEDS.get(role, frozenset())

    def actors(self, actors: list[Actor]) -> list[Actor]:
        """The actors with only their mentions in paragraphs that feed actors; an actor named nowhere else is
        left out."""
        kept = []
        for actor in actors:
            mentions = [m for m in actor.mentions if self.feeds("actors", m.start_char)]
            if mentions:
                references = [r for r in actor.references if self.feeds("actors", r.start_char)]
                kept.append(replace(actor, mentions=mentions, references=references))
        return kept

    def starting(self, kind: str, items: list[T], start: str) -> list[T]:
        """The items whose ``start`` attribute (an offset) lies in a paragraph that feeds ``kind``."""
        return [item for item in items if self.feeds(kind, getattr(item, start))]
