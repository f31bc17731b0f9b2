"""A statement's source: the actor its speaker names, or the document that speaks ("the report says")."""

from __future__ import annotations

from spacy.tokens import Span

from ..actors.model import Actor
from ..quotes import DOCUMENT_NOUNS, Quote, antecedent, document_labels
from .actors import actor_of

__all__ = ["Source", "speaker_actor", "statement_sources"]

#: A statement's source and its kind: (actor name, "actor"), (label, "document") or (None, None).
Source = tuple[str | None, str | None]


def speaker_actor(quote: Quote, actors: list[Actor], document: str | None = None) -> str | None:
    """A statement's speaker's actor (a relative pronoun's through the noun phrase it stands for); a document
    speaks for itself, under its label ``document`` (see :func:`statement_sources`)."""
    speaker = quote.speaker
    if speaker is None:
        return None
    phrase = antecedent(speaker) or speaker  # "a resolution which condemns …": the resolution
    if quote.document or document is not None:
        return document or phrase.text
    actor = actor_of(phrase, actors)
    return None if actor is None else actor.name


def statement_sources(quotes: list[Quote], actors: list[Actor]) -> list[Source]:
    """Each statement's source and its kind: ``(actor name, "actor")``, ``(label, "document")`` for a
    document (one label per text: :func:`toolkit.quotes.document_labels`), or ``(None, None)``.

    A document speaks where the quotation is its wording, and where the speaker is a document noun that no
    actor holds ("the report says …")."""
    documents = [q.speaker if q.speaker is not None and (q.document or _is_document(q.speaker, actors)) else None
                 for q in quotes]
    labels = document_labels(documents)
    sources = []
    for quote, label in zip(quotes, labels, strict=True):
        source = speaker_actor(quote, actors, label)
        sources.append((source, None if source is None else "document" if label is not None else "actor"))
    return sources


def _is_document(speaker: Span, actors: list[Actor]) -> bool:
    """A document noun heads the speaker, and no actor's mention holds that noun ("the Paris Agreement": Paris
    only modifies it)."""
    phrase = antecedent(speaker) or speaker
    root = phrase.root
    if root.lemma_.lower() not in DOCUMENT_NOUNS:
        return False
    actor = actor_of(phrase, actors)
    return actor is None or not any(m.start <= root.i < m.end for m in [*actor.mentions, *actor.references])
