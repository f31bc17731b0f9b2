"""Which quoted stretches are quotations: whole sentences, utterances and complements are; titles of works,
quoted headings and a few marked words are not."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..lang import syntax
from ..lang.lexicon import word_list
from ..lang.spans import doc_text
from .model import DASHES
from .pairing import QuotedSpan

__all__ = ["is_sentence", "is_utterance", "is_whole_complement", "names_a_work"]


def is_sentence(text: str) -> bool:
    """A short quotation that is a sentence of its own ("“Ask anyone.”"), not a few quoted words."""
    text = text.strip()
    return len(text) > 1 and text[0].isupper() and text[-1] in ".!?"


def is_utterance(doc: Doc, span: QuotedSpan, cues: list[Token]) -> bool:
    """A short quotation that opens with a capital, closes on a comma, "!" or "?" inside its marks and is
    followed by its attribution ("“Not yet,” she said"), or by a dash and a name, is something said, not a
    few words the writer marks."""
    inside = doc_text(doc)[span.start:span.end].strip()
    # a capital letter: words of the speaker's own, not a phrase the writer marks ("a “terrible situation,”")
    if not inside or not inside[0].isupper() or _is_title(inside):
        return False
    if doc_text(doc)[span.close_end:span.close_end + 3].lstrip()[:1] in tuple(DASHES):
        return True  # "“Not yet” — Jane Doe"
    if inside[-1] not in ",!?":
        return False
    following = doc_text(doc)[span.close_end:span.close_end + 40]
    for cue in cues:
        gap = cue.idx - span.close_end
        if 0 <= gap <= 40 and not any(mark in following[:gap] for mark in ".!?\n\"“”"):
            return True
    return False


def names_a_work(doc: Doc, span: QuotedSpan) -> bool:
    """Is the quoted text a title or a subheading rather than something said?"""
    return _is_name_of_work(doc_text(doc)[span.start:span.end]) or _title_inside_a_sentence(doc, span) or \
        _quoted_heading(doc, span)


def _is_name_of_work(text: str) -> bool:
    """A quoted title ("“The Morning Hour Show,”", "“Justice for Small Farmers Act”"):
    every word capitalised and no sentence-final mark, so not a quotation of its own."""
    return _is_title(text) and text.strip().rstrip("”’\"'")[-1:] not in (".", "!", "?")


def _title_inside_a_sentence(doc: Doc, span: QuotedSpan) -> bool:
    """"the host of Channel 4's “Morning Matters.”": a capitalised title right after a word of the sentence, with the
    sentence's own full stop inside the closing mark (American style), is a name, not a quotation."""
    text = doc_text(doc)
    before = text[:span.open_at].rstrip(" ")
    if not before or not before[-1].isalnum() or not _is_title(text[span.start:span.end]):
        return False
    word = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    # a name follows a possessive, a proper noun, a number, a determiner or a preposition ("NBC's “…”",
    # "his 1994 “…”", "a goal of “…”"); after a verb or its addressee ("told the crowd “…”") it is said
    return word is not None and word[-1].tag_ in ("POS", "NNP", "NNPS", "CD", "DT", "PRP$", "IN")


def _quoted_heading(doc: Doc, span: QuotedSpan) -> bool:
    """"'Roads Are Not the Problem.'" alone on its line, every word capitalised: a subheading that quotes a
    phrase from the story, not a quotation the text attributes there."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, span.open_at) + 1
    line_end = text.find("\n", span.close_end)
    line_end = len(text) if line_end < 0 else line_end
    alone = not text[line_start:span.open_at].strip() and not text[span.close_end:line_end].strip(" .")
    return alone and _is_title(text[span.start:span.end]) and _content_words(text[span.start:span.end]) >= 3


def _content_words(text: str) -> int:
    """Words other than articles, short prepositions and conjunctions ("“No Way.”" has two)."""
    return sum(1 for w in text.split() if w.strip(".,!?:;").lower() not in _TITLE_SMALL_WORDS)


_TITLE_SMALL_WORDS = word_list("title_small_words")


def _is_title(text: str) -> bool:
    """Every word capitalised ("“The Morning Hour Show,”"): the title of a work, not an utterance."""
    words = [w.strip(".,!?:;") for w in text.split()]
    words = [w for w in words if w and w.lower() not in _TITLE_SMALL_WORDS]
    return len(words) >= 2 and all(w[0].isupper() for w in words)


def is_whole_complement(doc: Doc, span: QuotedSpan, cues: list[Token]) -> bool:
    """A short quotation that is by itself what a verb reports ("“We lost,” she said") is a direct quote,
    not a few quoted words inside a statement."""
    content = doc.char_span(span.start, span.end, alignment_mode="contract")
    if content is None or not len(content):
        return False
    inside = {t.i for t in content}
    for cue in cues:
        for clause in syntax.clausal_complements(cue):
            if clause.i not in inside:
                continue
            words = {t.i for t in clause.subtree if not (t.is_punct or t.is_space)}
            if words <= inside:
                return True
    return False
