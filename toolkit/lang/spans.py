"""Span helpers every extractor may use: the Doc's text kept once, and a span trimmed to its words.

>>> import spacy
>>> doc = spacy.blank("en")("— Talks failed, officials said.")
>>> doc_text(doc), trimmed(doc, 0, len(doc)).text
('— Talks failed, officials said.', 'Talks failed, officials said')
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from spacy.tokens import Doc, Span

__all__ = ["SEPARATORS", "doc_text", "indexes_of", "trimmed"]

#: Punctuation that separates a phrase from its neighbours (trimmed from the ends of a phrase).
SEPARATORS = frozenset({",", ";", ":", ".", "!", "?", "—", "–", "-", "--", "...", "…"})


def doc_text(doc: Doc) -> str:
    """The Doc's text, kept in ``doc.user_data`` (spaCy joins the tokens again on every ``doc.text``)."""
    text = doc.user_data.get("toolkit_text")
    length = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if not isinstance(text, str) or len(text) != length:
        text = doc.user_data["toolkit_text"] = doc.text
    return text


def trimmed(doc: Doc, start: int, end: int) -> Span | None:
    """doc[start:end] without spaces and separating punctuation at either end (quotation marks, "%" and a
    bracket that closes one inside stay)."""
    while start < end and (doc[start].is_space or doc[start].text in SEPARATORS):
        start += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].text in SEPARATORS or
                           (doc[end - 1].text in "([{" )):
        end -= 1
    return doc[start:end] if end > start else None


def indexes_of(doc: Doc, words: Iterable[str]) -> list[int]:
    """Indexes of the tokens whose lower-case form is one of ``words``, read from the Doc's arrays (no Token
    object made for the others: a loop over every token of a long article costs more than the rule).

    >>> import spacy
    >>> indexes_of(spacy.blank("en")("He said she left."), {"he", "she"})
    [0, 2]
    """
    keys = np.array([doc.vocab.strings[word] for word in words], dtype="uint64")
    return np.flatnonzero(np.isin(doc.to_array("LOWER"), keys)).tolist()

