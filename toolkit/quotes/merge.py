"""Passes over all found statements: a statement continued in the next paragraph, speakerless reports inside
an attributed statement, and statements that say nothing."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from ..lang.spans import doc_text
from .model import Quote
from .pairing import QuotedSpan
from .text import is_time

__all__ = ["continue_statements", "inside_an_attributed_statement", "says_something", "with_quoted_words"]


def inside_an_attributed_statement(quote: Quote, quotes: list[Quote]) -> bool:
    """"The company said the deal is expected to close": a speakerless report inside what someone said is
    part of that statement, not a statement of unknown origin."""
    if quote.speaker is not None or quote.cue is None:
        return False
    return any(other.speaker is not None and other.content_start <= quote.cue.idx < other.content_end
               for other in quotes if other is not quote)


def says_something(doc: Doc, quote: Quote) -> bool:
    """Reported content that is only a date ("on Thursday") or a lone adverb, verb or adjective ("basically",
    "stung") is a parse error, not a statement. A lone noun or pronoun can be one ("said as much", "what X
    said", "recommended prosecution")."""
    content = doc.char_span(quote.content_start, quote.content_end, alignment_mode="expand")
    if content is None:
        return True
    words = [t for t in content if not (t.is_punct or t.is_space)]
    if not words or all(is_time(t) or t.pos_ == "ADP" for t in words):
        return False
    return len(words) > 1 or words[0].pos_ in ("NOUN", "PROPN", "PRON", "DET", "NUM")


def continue_statements(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """A quotation with no speaker that opens right after a sentence attributed to someone ("…, X said.
    “…”") continues that speaker. Returns the statements in text order, the continued ones made anew."""
    result: list[Quote] = []
    for quote in sorted(quotes, key=lambda q: q.content_start):
        previous = result[-1] if result else None
        if previous is not None and _continues(doc, previous, quote):
            quote = replace(quote, speaker=previous.speaker, cue=previous.cue, layout="continued quotation")
        result.append(quote)
    return result


def _continues(doc: Doc, previous: Quote, quote: Quote) -> bool:
    if quote.speaker is not None or previous.speaker is None or previous.document or not quote.quoted:
        return False
    ends = max(previous.content_end, previous.cue.idx + len(previous.cue) if previous.cue is not None else 0)
    text = doc_text(doc)
    gap = text[ends:quote.quoted[0].open_at]
    if len(gap.split()) <= 4 and "\n\n" not in gap and ("." in gap or ":" in gap or gap.strip() == ""):
        return True
    # news style: a paragraph that is only a quotation, right after a paragraph ending with a quotation by
    # someone, carries on that speaker's words
    return previous.kind == "direct" and _whole_paragraph(text, quote) and \
        gap.strip(" .,\n\"”’'") == "" and "\n" in gap


def with_quoted_words(doc: Doc, quote: Quote, short_spans: list[QuotedSpan]) -> Quote:
    """A reported statement with a few quoted words inside is mixed ("condemned “aggressive” attempts"); it
    keeps the closing mark of quoted words that end it."""
    inner = [s for s in short_spans if quote.content_start <= s.close_at and s.open_at < quote.content_end]
    if not inner:
        return quote
    last = inner[-1]
    end = quote.content_end
    if last.close_at >= end and not doc_text(doc)[end:last.close_at].strip(".,;:!? "):
        end = last.close_end
    return replace(quote, kind="mixed", quoted=inner, marks=inner[0].marks, content_end=end)


def _whole_paragraph(text: str, quote: Quote) -> bool:
    """Is the quotation a paragraph of its own (its opening mark starts a line, its closing mark ends one)?"""
    first, last = quote.quoted[0], quote.quoted[-1]
    line_start = text.rfind("\n", 0, first.open_at) + 1
    line_end = text.find("\n", last.close_end)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start:first.open_at].strip() and not text[last.close_end:line_end].strip()
