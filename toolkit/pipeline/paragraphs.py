r"""Paragraph and sentence boundaries set before the parser: the ``toolkit_paragraphs`` component's logic
(registered in :mod:`toolkit.pipeline.components`).

>>> import spacy
>>> doc = paragraph_boundaries(spacy.blank("en")("Talks failed.\nThe envoy left."))
>>> [t.text for t in doc if t.is_sent_start]
['Talks', '\n', 'The']
"""

from __future__ import annotations

import bisect

import numpy as np
from spacy.attrs import IS_LEFT_PUNCT, IS_PUNCT, IS_QUOTE, IS_RIGHT_PUNCT, IS_SPACE, SENT_START
from spacy.tokens import Doc

from ..lang.datelines import DATELINE
from ..lang.spans import doc_text

__all__ = ["paragraph_boundaries"]


def paragraph_boundaries(doc: Doc) -> Doc:
    """A sentence never spans a line break: the token after a line break starts a sentence; the line break
    itself is a "sentence" of its own (else a small parser often makes it the root of the sentence before,
    and the real verb its dependent); punctuation just before it (a closing quotation mark) stays with the
    sentence before; an opening quotation mark at the start of a paragraph stays with the words after it. A
    dateline ("WASHINGTON (AP) —") is a sentence of its own, so that it never becomes the subject of the
    report after it. Inside a line, a sentence starts only after ".", "!", "?" or "…" (a small parser
    otherwise splits "The IMF said Tuesday | that growth would slow."). Runs before the parser, which
    respects boundaries set in advance.

    The boundaries are worked out on plain lists and set in one ``Doc.from_array`` call: setting
    ``token.is_sent_start`` one token at a time makes spaCy check the whole Doc each time (quadratic)."""
    if not len(doc):
        return doc
    tokens = _Tokens(doc)
    start = doc.to_array([SENT_START]).astype("int64").ravel().tolist()  # 1 start, -1 not, 0 unknown
    _no_start_inside_a_sentence(tokens, start)
    text = doc_text(doc)  # built from the tokens on every doc.text: once per Doc
    _dateline_boundary(tokens, text, 0, start)
    for i in range(1, len(doc)):
        if not (tokens.space[i] and ("\n" in tokens.text[i] or "\r" in tokens.text[i])):
            continue
        start[i] = 1
        if i + 1 >= len(doc):
            break
        if tokens.punct[i - 1]:
            start[i - 1] = -1
        following = i + 1
        start[following] = 1
        if (tokens.quote[following] or tokens.left[following]) and following + 1 < len(doc):
            start[following + 1] = -1
        _dateline_boundary(tokens, text, following, start)
    doc.from_array([SENT_START], np.array(start, dtype="int64").astype("uint64").reshape(-1, 1))
    return doc


class _Tokens:
    """The token attributes the rules read, as plain lists (one pass over the Doc)."""

    def __init__(self, doc: Doc) -> None:
        flags = doc.to_array([IS_SPACE, IS_PUNCT, IS_QUOTE, IS_LEFT_PUNCT, IS_RIGHT_PUNCT]).astype(bool)
        self.space, self.punct, self.quote, self.left, self.right = (flags[:, k].tolist() for k in range(5))
        self.text = [token.text for token in doc]
        self.idx = [token.idx for token in doc]


def _no_start_inside_a_sentence(tokens: _Tokens, start: list[int]) -> None:
    """Forbid a sentence start after any word that cannot end a sentence."""
    previous: int | None = None  # the last token that is not a space
    for i in range(len(tokens.text)):
        if tokens.space[i]:
            continue
        if previous is not None and not _may_end_sentence(tokens, previous):
            start[i] = -1
        previous = i


def _may_end_sentence(tokens: _Tokens, i: int) -> bool:
    """Ends in sentence-final punctuation, possibly followed by closing quotation marks or brackets."""
    while i > 0 and (tokens.quote[i] or tokens.right[i]) and tokens.text[i][-1] not in _SENTENCE_FINAL:
        i -= 1
    return tokens.text[i][-1] in _SENTENCE_FINAL


_SENTENCE_FINAL = frozenset(".!?…")


def _dateline_boundary(tokens: _Tokens, text: str, first: int, start: list[int]) -> None:
    """Start a sentence after a dateline that opens the paragraph beginning at token ``first``."""
    if first >= len(tokens.text):
        return
    match = DATELINE.match(text, tokens.idx[first])
    if not match or match.end() >= len(text):
        return
    after = bisect.bisect_left(tokens.idx, match.end(), lo=first)  # the first token at or after its end
    words = after - first
    if after < len(tokens.idx) and tokens.idx[after] == match.end() and words < 12:
        for i in range(first + 1, after):
            start[i] = -1
        start[after] = 1
