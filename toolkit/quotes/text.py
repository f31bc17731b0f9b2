"""Helpers over a parsed Doc that every finder shares: its text (kept once), sentence starts, reporting-verb
cues and their lemmas, dates inside statements, and trimming a span to its words."""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Token

from ..lang import syntax
from ..lang.lexicon import word_list
from ..lang.verbs import reporting_verb

__all__ = ["is_cue", "is_finite", "is_time", "sentence_starts", "verb_lemma", "word_count"]


def sentence_starts(doc: Doc) -> list[int]:
    """token index -> index of its sentence's first token, computed once per Doc (``Token.sent`` walks the
    sentence on every call, which is slow in a very long sentence)."""
    starts = doc.user_data.get("toolkit_sentence_starts")
    if not isinstance(starts, list) or len(starts) != len(doc):
        starts = [0] * len(doc)
        for sentence in doc.sents:
            starts[sentence.start:sentence.end] = [sentence.start] * len(sentence)
        doc.user_data["toolkit_sentence_starts"] = starts
    return starts


def word_count(text: str) -> int:
    return len(text.split())


def verb_lemma(token: Token) -> str | None:
    """The reporting-verb lemma of a token (see :func:`toolkit.lang.verbs.reporting_verb`)."""
    return reporting_verb(token.lower_, token.lemma_.lower())


def is_cue(token: Token) -> bool:
    # a root "noun" with a clause of its own is a verb the tagger missed ("Video shows that …" as NNS)
    verbal = token.pos_ == "VERB" or token.tag_.startswith("VB") or (
        syntax.is_root(token) and token.pos_ == "NOUN" and bool(syntax.children(token, syntax.CLAUSAL_COMPLEMENT)))
    return verbal and verb_lemma(token) is not None and not _connective(token)


# "That said," "That being said," "Having said that," "Needless to say," "Truth be told": a reporting
# verb used as a discourse connective reports nothing.
_CONNECTIVES = tuple(tuple(phrase.split()) for phrase in sorted(word_list("discourse_connectives")))


def _connective(token: Token) -> bool:
    doc, word = token.doc, token.lower_
    for phrase in _CONNECTIVES:
        if word not in phrase:
            continue
        first = token.i - phrase.index(word)
        if first >= 0 and first + len(phrase) <= len(doc) and \
                tuple(t.lower_ for t in doc[first:first + len(phrase)]) == phrase:
            return True
    return False


def is_time(token: Token) -> bool:
    """Is the token part of a date or time ("said Thursday morning": never a speaker)?"""
    if token.ent_type_ in ("DATE", "TIME"):
        return True
    indexes = _time_tokens(token.doc)
    at = bisect.bisect_left(indexes, token.i)
    return at < len(indexes) and indexes[at] == token.i


def _time_tokens(doc: Doc) -> list[int]:
    """Sorted indexes of the tokens inside the Doc's temporal expressions, found once per Doc (the rules ask
    for every word of every statement); a plain list, so that ``doc.user_data`` stays serialisable."""
    timexes = doc._.timexes or []
    key = ("toolkit_time_tokens", len(timexes))
    found = doc.user_data.get(key)
    if not isinstance(found, list):
        found = sorted({t.i for timex in timexes
                        for span in [doc.char_span(timex.start, timex.end, alignment_mode="expand")]
                        if span is not None for t in span})
        doc.user_data[key] = found
    return found


def is_finite(token: Token) -> bool:
    """A finite verb or auxiliary: what makes a stretch of words a statement rather than a phrase."""
    return token.tag_ in ("VBD", "VBZ", "VBP", "MD") or (token.pos_ in ("VERB", "AUX") and
                                                         "Fin" in token.morph.get("VerbForm"))


