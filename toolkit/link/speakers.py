"""First-person pronouns inside a quotation stand for its speaker: "“I will not resign,” Okafor said" — "I" is
Okafor; "“We acted lawfully,” the ministry said" — "we" is the ministry. Linked once the quotation's source is
known (the link stage), so the mentions table and the portrayals see them (first-person pronouns carry no
gender, so the gender evidence, set earlier, is the same).

Only direct and mixed quotations (the speaker's own words) whose speaker is named there, only sources that are
actors: a person for "I", "me", "my"; an organisation or a group for "we", "our", "us" (a person's "we" is a
group the text rarely names)."""

from __future__ import annotations

from spacy.tokens import Doc

from ..actors.model import Actor
from ..lang.lexicon import word_list
from ..lang.spans import doc_text
from ..quotes import Quote
from ..quotes.pairing import find_quoted_spans
from .sources import Source

__all__ = ["link_first_person"]

_SINGULAR = word_list("first_person_singular")
_PLURAL = word_list("first_person_plural")
_GROUP_TYPES = frozenset({"ORG", "NORP", "GPE"})


def link_first_person(doc: Doc, quotes: list[Quote], sources: list[Source], actors: list[Actor]) -> None:
    """Add each first-person pronoun of a quotation to its speaker's ``references`` (see the module's
    docstring); a pronoun already linked stays with its actor."""
    by_name = {actor.name: actor for actor in actors}
    text = doc_text(doc)  # spaCy joins every token again on each doc.text
    held = {i for actor in actors for span in [*actor.mentions, *actor.references] for i in range(span.start, span.end)}
    for quote, (source, kind) in zip(quotes, sources, strict=True):
        actor = by_name.get(source) if kind == "actor" else None
        if actor is None or quote.kind == "indirect" or not quote.quoted or not _named(quote, actor):
            continue
        words = _SINGULAR if actor.type == "PERSON" else _PLURAL if actor.type in _GROUP_TYPES else frozenset()
        for marked in quote.quoted:
            span = doc.char_span(marked.start, marked.end, alignment_mode="contract")
            inner = _quoted_inside(text[marked.start:marked.end], marked.start)
            for token in span if span is not None else ():
                if token.lower_ in words and token.pos_ == "PRON" and token.i not in held and \
                        not any(a <= token.idx < b for a, b in inner):  # "‘I am leaving,’ he told me": his "I"
                    actor.references.append(doc[token.i:token.i + 1])
                    held.add(token.i)
        actor.references.sort(key=lambda reference: reference.start)


def _quoted_inside(text: str, offset: int) -> list[tuple[int, int]]:
    """The character ranges of quotations nested inside a quotation's words (someone else's words)."""
    return [(offset + inner.start, offset + inner.end) for inner in find_quoted_spans(text).spans]


def _named(quote: Quote, actor: Actor) -> bool:
    """The speaker is named ("Okafor said"), not a pronoun or a description: a pronoun speaker's own link is
    the weaker one (GUM dev: "he recalled, “My school friendships …”" linked through a wrong "he")."""
    speaker = quote.speaker
    return speaker is not None and any(m.start < speaker.end and speaker.start < m.end for m in actor.mentions)
