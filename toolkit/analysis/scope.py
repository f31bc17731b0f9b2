"""Which paragraphs feed which extractor: the story feeds every extractor, the headline the actors and dates
only, and bylines, captions, promos, related links, pull quotes and boilerplate nothing
(:data:`toolkit.io.roles.FEEDS`). Inside a story paragraph, two pieces feed nothing either:

- the **dateline** that opens a paragraph ("WASHINGTON (AP) — ", "(Reuters) — ", "(CNN)"), and, in the first
  story paragraph, a place the parser reads as one before a dash ("Indianapolis – ") or, written in capitals
  or with its region, before a colon ("NEW DELHI: ", "Washington, DC, United States: "; not "Politifact: "):
  role ``dateline``;
- an agency's credit that closes a paragraph after its last sentence ("... into the US. PTI"): role
  ``byline``.

Nothing is removed from the text; what is left out stays visible in the ``entities`` table, with its
``paragraph_role``."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

from ..actors.model import Actor
from ..io.articles import Article
from ..io.roles import FEEDS
from ..lang.datelines import DATELINE
from ..lang.lexicon import word_list

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..quotes.model import Quote

__all__ = ["Scope"]

T = TypeVar("T")
#: An agency's name in brackets opening a paragraph: "(Reuters) — ", "(CNN)".
_AGENCY = re.compile(r"\([A-Z][A-Za-z .&]{1,30}\)(?: ?(?:—|–|--|-))? *")
#: Capitalised words and commas before a dash or a colon that opens the first story paragraph
#: ("Indianapolis – ", "COLUMBIA, S.C. (AP) — ", "NEW DELHI: "); a dateline only if the parser reads a place.
_OPENING = re.compile(r"(?P<place>[A-Z][\w'.\-]*(?:,? [A-Z][\w'.\-]*){0,5})(?: \([A-Za-z .&]{1,30}\))?"
                      r" ?(?P<mark>—|–|--| -|:) +(?=[A-Z“\"‘'])")
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: A closing credit: an agency named after the paragraph's last full stop ("... into the US. PTI").
_CLOSING = re.compile(r"(?<=[.!?”\"’]) +(?P<credit>[A-Za-z][\w .&-]{1,40})$")


class Scope:
    """The paragraph roles of one article, asked by offset; ``doc`` (the article's parse) lets a dateline
    written in ordinary case be told from a name ("Indianapolis – " is a place)."""

    def __init__(self, article: Article, doc: Doc | None = None) -> None:
        self._starts = [p.start for p in article.paragraphs]
        self._paragraphs = article.paragraphs
        first_story = next((p.index for p in article.paragraphs if p.role == "story"), None)
        self._datelines = [p.start + self._dateline_length(p.text, doc if p.index == first_story else None,
                                                           p.start)
                           for p in article.paragraphs]
        self._credits = [p.start + m.start("credit") if (m := _CLOSING.search(p.text)) and
                         m.group("credit").strip(" .").lower() in word_list("news_agencies") else p.end
                         for p in article.paragraphs]

    @staticmethod
    def _dateline_length(text: str, doc: Doc | None, start: int) -> int:
        if m := DATELINE.match(text) or _AGENCY.match(text):
            return m.end()
        # "Politifact: Trump is right" names a source: before a colon, a place in capitals or with its region
        if doc is not None and (m := _OPENING.match(text)) and \
                (m.group("mark") != ":" or m.group("place").isupper() or "," in m.group("place")):
            place = doc.char_span(start, start + m.end("place"), alignment_mode="expand")
            words = [t for t in place or () if t.is_alpha or t.like_num or t.text.strip(".").isalpha()]
            if words and all(t.ent_type_ in _PLACE_LABELS for t in words):
                return m.end()
        return 0

    def role_at(self, offset: int) -> str | None:
        """The role of the paragraph holding ``offset`` (None between paragraphs; ``dateline`` inside the
        dateline that opens it, ``byline`` inside the agency credit that closes it)."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i < 0 or offset >= self._paragraphs[i].end:
            return None
        if offset < self._datelines[i]:
            return "dateline"
        return "byline" if offset >= self._credits[i] else self._paragraphs[i].role

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
                kept.append(replace(actor, mentions=mentions, references=references,
                                    name=_named_in_the_story(actor, mentions)))
        return kept

    def starting(self, kind: str, items: list[T], start: str) -> list[T]:
        """The items whose ``start`` attribute (an offset) lies in a paragraph that feeds ``kind``."""
        return [item for item in items if self.feeds(kind, getattr(item, start))]

    def statements(self, quotes: list[Quote]) -> list[Quote]:
        """The statements whose content ends in a paragraph that feeds statements ("(Reuters) — X is
        investigating Y, the Times reported" belongs to the story), their content starting after a dateline."""
        kept = []
        for quote in quotes:
            if not self.feeds("statements", quote.content_end - 1):
                continue
            i = bisect.bisect_right(self._starts, quote.content_start) - 1
            if i >= 0 and quote.content_start < self._datelines[i] < quote.content_end:
                start = self._datelines[i]
                pieces = [(max(a, start), b) for a, b in quote.pieces if b > start] if quote.pieces else None
                quote = replace(quote, content_start=start, pieces=pieces)
            kept.append(quote)
        return kept


def _named_in_the_story(actor: Actor, kept: list) -> str:
    """The actor's name, unless only a line left out gave it ("QUILLERBY, March 10 (Tidewire) -" named the town
    that the story calls "Quillerby"): then the longest name the story itself uses. A name from the toolkit's
    tables ("United States" for "U.S.") is kept."""
    left_out = {m.text.strip() for m in actor.mentions} - {m.text.strip() for m in kept}
    if actor.name not in left_out:
        return actor.name
    return max((m.text.strip() for m in kept), key=len)
