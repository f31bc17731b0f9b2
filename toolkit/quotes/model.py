"""The attributed statement (``Quote``) and what a search for them returns (``Quotes``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from spacy.tokens import Span, Token

from ..lang.lexicon import (
    word_list,
)
from .pairing import QuotedSpan

__all__ = ["DASHES", "DOCUMENT_NOUNS", "MAX_MIXED_WORDS", "Quote", "QuoteKind", "Quotes"]

#: Nouns whose wording can be quoted: quotations under them belong to the document, not to a person.
DOCUMENT_NOUNS = word_list("document_nouns")
# Quoted stretches this short inside a statement are words the writer marks, not a quotation of their own.
MAX_MIXED_WORDS = 4
DASHES = "—–―-"  # em dash, en dash, horizontal bar, hyphen


#: A quotation in marks, a reported statement, or a reported statement with a few words quoted.
QuoteKind = Literal["direct", "indirect", "mixed"]


@dataclass(frozen=True)
class Quote:
    """One attributed statement. Offsets index the Doc's text; ``content`` excludes quotation marks."""

    kind: QuoteKind
    content_start: int
    content_end: int
    speaker: Span | None = None
    cue: Token | None = None
    marks: str | None = None
    document: bool = False  # the speaker is a document ("the motion"), not a person or organisation
    quoted: list[QuotedSpan] = field(default_factory=list)
    pieces: list[tuple[int, int]] | None = None  # what was said around an attribution set inside it
    layout: str = "quotation alone"  # the finder and layout that made it
    type: str = "speech"  # speech, writing, thought, intention or evidence (:mod:`toolkit.quotes.types`)

    @property
    def parts(self) -> list[tuple[int, int]]:
        """The character ranges of what was said, without an attribution set inside it: each quoted part of
        a direct quotation in several parts ("“A,” she said. “B.”"), both sides of "A, she said, B";
        otherwise the whole content.

        >>> Quote("direct", 1, 20, quoted=[QuotedSpan(1, 3, 0, 3, '""'), QuotedSpan(13, 20, 12, 20, '""')]).parts
        [(1, 3), (13, 20)]
        """
        if self.pieces:
            return list(self.pieces)
        if self.kind == "direct" and len(self.quoted) > 1:
            return [(span.start, span.end) for span in self.quoted]
        return [(self.content_start, self.content_end)]


@dataclass
class Quotes:
    quotes: list[Quote] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
