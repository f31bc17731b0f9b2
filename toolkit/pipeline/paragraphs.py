r"""Paragraph and sentence boundaries set before the parser: the ``toolkit_paragraphs`` component's logic
(registered in :mod:`toolkit.pipeline.components`).

>>> import spacy
>>> doc = paragraph_boundaries(spacy.blank("en")("Talks failed.\nThe envoy left."))
>>> [t.text for t in doc if t.is_sent_start]
['Talks', '\n', 'The']
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..lang.datelines import DATELINE


def paragraph_boundaries(doc: Doc) -> Doc:
    """A sentence never spans a line break: the token after a line break starts a sentence; the line break
    itself is a "sentence" of its own (else a small parser often makes it the root of the sentence before,
    and the real verb its dependent); punctuation just before it (a closing quotation mark) stays with the
    sentence before; an opening quotation mark at the start of a paragraph stays with the words after it. A
    dateline ("WASHINGTON (AP) —") is a sentence of its own, so that it never becomes the subject of the
    report after it. Inside a line, a sentence starts only after ".", "!", "?" or "…" (a small parser
    otherwise splits "The IMF said Tuesday | that growth would slow."). Runs before the parser, which
    respects boundaries set in advance."""
    _no_start_inside_a_sentence(doc)
    text = doc.text  # built from the tokens on every access: once here
    _dateline_boundary(doc, text, 0)
    for token in doc[1:]:
        if not (token.is_space and ("\n" in token.text or "\r" in token.text)):
            continue
        token.is_sent_start = True
        if token.i + 1 >= len(doc):
            break
        if doc[token.i - 1].is_punct:
            doc[token.i - 1].is_sent_start = False
        following = doc[token.i + 1]
        following.is_sent_start = True
        if (following.is_quote or following.is_left_punct) and following.i + 1 < len(doc):
            doc[following.i + 1].is_sent_start = False
        _dateline_boundary(doc, text, following.i)
    return doc


def _no_start_inside_a_sentence(doc: Doc) -> None:
    """Forbid a sentence start after any word that cannot end a sentence."""
    previous: Token | None = None  # the last token that is not a space
    for token in doc:
        if token.is_space:
            continue
        if previous is not None and not _may_end_sentence(previous):
            token.is_sent_start = False
        previous = token


def _may_end_sentence(token: Token) -> bool:
    """Ends in sentence-final punctuation, possibly followed by closing quotation marks or brackets."""
    doc = token.doc
    i = token.i
    while i > 0 and (doc[i].is_quote or doc[i].is_right_punct) and doc[i].text[-1] not in _SENTENCE_FINAL:
        i -= 1
    return doc[i].text[-1] in _SENTENCE_FINAL


_SENTENCE_FINAL = frozenset(".!?…")


def _dateline_boundary(doc: Doc, text: str, first: int) -> None:
    """Start a sentence after a dateline that opens the paragraph beginning at token ``first``."""
    if first >= len(doc):
        return
    match = DATELINE.match(text, doc[first].idx)
    if not match or match.end() >= len(text):
        return
    words = [t for t in doc[first:] if t.idx < match.end()]
    after = words[-1].i + 1
    if after < len(doc) and doc[after].idx == match.end() and len(words) < 12:
        for token in words[1:]:
            token.is_sent_start = False
        doc[after].is_sent_start = True
