"""Quotation marks paired into quoted spans, robust to what news text really contains.

- Straight and curly double quotes, guillemets and low-9 marks; a pair may mix styles (“ ... ").
  Two apostrophes and two backticks count as one double mark, as in typewriter and PTB-style text.
- Single marks (‘ ’ ') count as quotation marks only where they cannot be apostrophes: an opening one
  after a space or an opening bracket and before a letter, a closing one after a letter or punctuation and
  before a space, punctuation or the end. Inside double quotes, single marks are quotes within the quote
  and are left alone.
- News-style quotes over several paragraphs: an opening mark starts each paragraph and only the last one
  closes; the span then runs across the paragraphs.
- Marks that cannot be paired never raise: they are reported as problems, and the rest is still paired.

>>> text = 'He said "no" and left.'
>>> [text[s.start:s.end] for s in find_quoted_spans(text).spans]
['no']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["CLOSING_DOUBLE", "CLOSING_SINGLE", "OPENING_DOUBLE", "OPENING_SINGLE", "STRAIGHT_DOUBLE", "STRAIGHT_SINGLE",
           "TWO_CHARACTER_DOUBLE", "QuoteMarks", "QuotedSpan", "find_quoted_spans"]

OPENING_DOUBLE = "“„«"
CLOSING_DOUBLE = "”»"
STRAIGHT_DOUBLE = '"'
OPENING_SINGLE = "‘"
CLOSING_SINGLE = "’"
STRAIGHT_SINGLE = "'"
TWO_CHARACTER_DOUBLE = ("''", "``")  # one double mark written with two characters
_BREAK = re.compile(r"\r?\n")


@dataclass(frozen=True)
class QuotedSpan:
    """The text between two paired marks: ``start``/``end`` exclude the marks, ``open_at``/``close_at`` are
    the offsets of the marks themselves and ``close_end`` the offset after the closing mark; ``marks`` holds
    the opening and the closing mark ("“\"" for a mixed pair)."""

    start: int
    end: int
    open_at: int
    close_at: int
    marks: str
    paragraphs: int = 1
    close_end: int = -1

    def __post_init__(self) -> None:
        if self.close_end < 0:
            object.__setattr__(self, "close_end", self.close_at + 1)


@dataclass
class QuoteMarks:
    spans: list[QuotedSpan] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _can_open(text: str, i: int, width: int = 1) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    return (before.isspace() or before in "([{—–-/:;,") and not after.isspace()


def _can_close(text: str, i: int, width: int = 1) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    return not before.isspace() and (after.isspace() or not after.isalnum())


def _double_marks(text: str) -> list[tuple[int, str, int]]:
    """(offset, role, width) of every double mark: role "open", "close" or "either"."""
    marks = []
    i = 0
    while i < len(text):
        char = text[i]
        if text.startswith(TWO_CHARACTER_DOUBLE, i):
            opens, closes = _can_open(text, i, 2), _can_close(text, i, 2)
            if char == "`" or opens != closes:
                marks.append((i, "open" if char == "`" or opens else "close", 2))
            i += 2
            continue
        if char in OPENING_DOUBLE:
            marks.append((i, "open", 1))
        elif char in CLOSING_DOUBLE:
            marks.append((i, "close", 1))
        elif char == STRAIGHT_DOUBLE:
            opens, closes = _can_open(text, i), _can_close(text, i)
            marks.append((i, "either" if opens == closes else "open" if opens else "close", 1))
        i += 1
    return marks


def _single_marks(text: str, taken: list[QuotedSpan]) -> list[tuple[int, str, int]]:
    """Single marks that can only be quotation marks, outside double-quoted spans."""
    inside = [(s.open_at, s.close_end) for s in taken]
    marks = []
    for i, char in enumerate(text):
        if char not in OPENING_SINGLE + CLOSING_SINGLE + STRAIGHT_SINGLE or any(a < i < b - 1 for a, b in inside):
            continue
        if char == STRAIGHT_SINGLE and "''" in text[max(0, i - 1):i + 2]:
            continue  # half of a two-apostrophe double mark
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if before.isalnum() and after.isalnum():
            continue  # an apostrophe: "don't", "Reyes’s"
        if char != CLOSING_SINGLE and _can_open(text, i) and after.isalnum():
            marks.append((i, "open", 1))
        elif char != OPENING_SINGLE and _can_close(text, i) and not before.isspace() and after != "s":
            marks.append((i, "close", 1))
    return marks


def _pair(text: str, marks: list[tuple[int, str, int]], result: QuoteMarks, strict_closing: bool = True) -> None:
    """Pair marks left to right; ``strict_closing=False`` lets an unpaired closing mark pass silently (a
    single mark after a plural, "the leaders' plan", is an apostrophe more often than a quote)."""
    open_at: int | None = None
    open_width = paragraphs = 1
    for i, role, width in marks:
        if open_at is None:
            if role in ("open", "either"):
                open_at, open_width, paragraphs = i, width, 1
            elif strict_closing:
                result.problems.append(f"closing quotation mark {text[i:i + width]!r} at {i} without an opening one")
            continue
        between = text[open_at + open_width:i]
        breaks = len(_BREAK.findall(between))
        if role in ("close", "either") and (breaks == 0 or _continues(text, open_at, i)):
            result.spans.append(QuotedSpan(open_at + open_width, i, open_at, i,
                                           text[open_at:open_at + open_width] + text[i:i + width],
                                           paragraphs + breaks, close_end=i + width))
            open_at = None
        elif role == "open" or (role == "either" and breaks):
            if breaks and _opens_paragraph(text, i):
                continue  # a new paragraph of the same quotation: keep the first opening mark
            result.problems.append(_never_closed(text, open_at, open_width))
            open_at, open_width = i, width
        else:
            result.problems.append(_never_closed(text, open_at, open_width))
            open_at = None
    if open_at is not None:
        result.problems.append(_never_closed(text, open_at, open_width))


def _never_closed(text: str, at: int, width: int) -> str:
    return f"opening quotation mark {text[at:at + width]!r} at {at} is never closed"


def _opens_paragraph(text: str, i: int) -> bool:
    line_start = text.rfind("\n", 0, i) + 1
    return not text[line_start:i].strip()


def _continues(text: str, open_at: int, close_at: int) -> bool:
    """A quotation over several paragraphs: every paragraph between the marks opens with a quotation mark."""
    starts = [m.end() for m in _BREAK.finditer(text, open_at, close_at)]
    for start in starts:
        line = text[start:close_at].lstrip()
        if not line or not (line[0] in OPENING_DOUBLE + STRAIGHT_DOUBLE or line.startswith(TWO_CHARACTER_DOUBLE)):
            return False
    return True


def find_quoted_spans(text: str) -> QuoteMarks:
    """Pair the quotation marks of ``text`` (double marks first, then single marks outside them)."""
    result = QuoteMarks()
    _pair(text, _double_marks(text), result)
    doubles = list(result.spans)
    _pair(text, _single_marks(text, doubles), result, strict_closing=False)
    result.spans.sort(key=lambda s: s.start)
    return result
