"""Finding the expressions of a text: the rules scanned over it, overlaps resolved, tense from the words or
from a parse."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from datetime import date

from spacy.tokens import Doc, Span

from ..lang import syntax
from ..lang.calendar import WEEKDAYS
from ..lang.lexicon import word_list
from ..lang.spans import doc_text
from .discourse import discourse_passes
from .model import Context, Timex
from .periods import (
    Tense,
)
from .rules import RULES
from .words import NAMED_DAYS

__all__ = ["doc_timexes", "find_timexes", "span_tense", "text_tense"]

# --------------------------------------------------------------------------------------------- finding

_FUTURE_CUES = re.compile(
    r"\b(?:will|'ll|shall|is to|are to|plans? to|planned|planning|scheduled|set to|due to|"
    r"expected to|going to|would|intends? to|aims? to|next|upcoming|coming)\b",
    re.IGNORECASE,
)
_PAST_CUES = re.compile(
    r"\b(?:\w+ed|was|were|had|did|said|told|met|made|came|took|went|gave|began|held|won|lost|"
    r"left|ago|last|earlier)\b",
    re.IGNORECASE,
)


def text_tense(sentence: str) -> Tense:
    """A rough tense of a sentence from words alone, for text without a parse."""
    if _FUTURE_CUES.search(sentence):
        return "future"
    if _PAST_CUES.search(sentence):
        return "past"
    return None


_CLAUSE_END = re.compile(r"[.;!?\n]")


def _sentence_around(text: str, start: int, end: int) -> str:
    """The clause-like stretch of text around a span: between the nearest . ; ! ? or line break."""
    left = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    right = _CLAUSE_END.search(text, end)
    return text[left : right.start() if right else len(text)]


def find_timexes(
    text: str, anchor: date | None = None, tense_of: Callable[[int, int], Tense] | None = None,
    names: list[tuple[int, int]] = (),
) -> list[Timex]:
    """All temporal expressions of ``text``, normalised against ``anchor`` (or relative without one).

    ``tense_of(start, end)`` gives the tense of the clause an expression belongs to; by default a rough
    guess from the words of its sentence (the spaCy component passes the parse's tense instead). ``names``
    are the character spans of names, sorted and not overlapping (a show, a paper, a war: "Today Live", "the
    Daily Courier", "the Six-Day War"): an expression that is only part of one is no timex.
    """
    tense_of = tense_of or (lambda s, e: text_tense(_sentence_around(text, s, e)))
    candidates = sorted(
        (
            (m.start(), m.end(), priority, rule, m)
            for priority, rule in enumerate(RULES)
            for m in rule.pattern.finditer(text)
            if m.end() > m.start()
        ),
        key=lambda c: (c[0] - c[1], c[2], c[0]),
    )
    taken: list[Timex] = []
    for start, end, _, rule, match in candidates:
        if any(start < t.end and t.start < end for t in taken) or _part_of_a_name(text, start, end, names):
            continue
        tense = tense_of(start, end)
        try:
            normalised = rule.normalise(match, Context(anchor, tense))
        except (OverflowError, ValueError):
            # the anchored date falls outside years 1-9999 ("yesterday" of 0001-01-01): keep the relative value
            normalised = rule.normalise(match, Context(None, tense))
        if normalised is None:
            continue
        anchor_from = "publication" if normalised.anchor_dependent and anchor is not None else "none"
        taken.append(Timex(text=text[start:end], start=start, end=end, rule=rule.name, anchor_from=anchor_from,
                           **vars(normalised)))
    return discourse_passes(sorted(taken, key=lambda t: t.start), text, anchor)


def _part_of_a_name(text: str, start: int, end: int, names: list[tuple[int, int]]) -> bool:
    """Part of a longer name, not a date: inside a name the parser found ("Today" of "Today Live", "Six-Day" of
    "the Six-Day War"; a year stays: "the 1967 war"); a day after a capitalised word that makes it an event's
    name ("Black Friday" with no date rule for it, "Bloody Sunday"; not "a good Friday"); a dated day's name
    before another capitalised word ("the Good Friday Agreement", "the Easter Rising"); or a title: "the"
    or a possessive, a day word, a capitalised word ("the Daily Courier", "Channel 4's Today Live", "the Sunday
    Times"; a weekday only before a paper's or a club's word, so "the Tuesday Senate vote" stays a date)."""
    if any(ch.isdigit() for ch in text[start:end]):
        return False
    k = bisect.bisect_right(names, (start, len(text))) - 1  # the last name starting at or before it (names
    if k >= 0 and end <= names[k][1] and names[k] != (start, end):  # never overlap: one lookup, not a scan)
        return True
    words = text[start:end].split()
    previous = re.search(r"(\S+)\s+$", text[max(0, start - 40):start])
    following = re.match(r"\s+(\S+)", text[end:end + 40])
    after = following.group(1) if following else ""
    if (len(words) > 1 or text[start:end] in NAMED_DAYS) and all(w[:1].isupper() for w in words) and \
            after[:1].isupper() and \
            after.strip(",.;:").lower() not in _NOT_A_NAME_AFTER:
        return True  # "the Good Friday Agreement"
    word = words[0] if words else ""
    if not word[:1].isupper() or word.lower() not in _NAME_PRONE:
        return False
    before = previous.group(1).lstrip("\"'“‘`(") if previous else ""
    if before.lower() in _DAY_NAME_OPENERS and before[:1].isupper():  # also "`Black Monday'" in quotation marks
        return True
    introduced = before.lower() == "the" or before.endswith(("'s", "’s"))
    if not introduced or not after[:1].isupper():
        return False
    return word.lower() not in _WEEKDAYS or after.strip(",.;:'’").lower() in _DAY_TITLE_WORDS


# Day words that begin or end names: "Black Friday", "the Daily Courier", "Today Live", "the Sunday Times".
_WEEKDAYS = frozenset(day.lower() for day in WEEKDAYS)
_NAME_PRONE = _WEEKDAYS | {"daily", "weekly", "monthly", "today", "tonight", "annual"}
# Words after a weekday that make a title: "the Sunday Times", "the Monday Club".
_DAY_TITLE_WORDS = frozenset({"times", "telegraph", "mirror", "express", "post", "herald", "tribune", "mail",
                              "club", "star", "independent", "sport", "people", "world"})
# Capitalised words after a date that do not make it a name: "Good Friday In …" is rare, "Easter Sunday." ends.
_NOT_A_NAME_AFTER = frozenset({"in", "on", "at", "and", "or", "but", "the", "a", "an", "i", "he", "she", "it",
                               "we", "they"})
_DAY_NAME_OPENERS = word_list("day_name_openers")


# --------------------------------------------------------------------------------------------- spaCy


def span_tense(span: Span) -> Tense:
    """The tense of the clause a span belongs to, from the parse (or from its sentence's words without one)."""
    doc = span.doc
    if not doc.has_annotation("DEP") or not doc.has_annotation("TAG"):
        return text_tense(_sentence_around(doc_text(doc), span.start_char, span.end_char))
    verb = syntax.governing_verb(span.root)
    return syntax.clause_tense(verb) if verb is not None else None


def doc_timexes(doc: Doc, anchor: date | None = None) -> list[Timex]:
    """The temporal expressions of a Doc, with tenses taken from its parse."""

    def tense_of(start: int, end: int) -> Tense:
        span = doc.char_span(start, end, alignment_mode="expand")
        return span_tense(span) if span is not None and len(span) else None

    names = sorted((e.start_char, e.end_char) for e in doc.ents if e.label_ in _NAME_LABELS)
    return find_timexes(doc_text(doc), anchor, tense_of, names)


# Entity labels of names that may hold a day word without being a date.
_NAME_LABELS = frozenset({"ORG", "WORK_OF_ART", "EVENT", "FAC", "PRODUCT", "LAW", "PERSON", "GPE", "LOC", "NORP"})
