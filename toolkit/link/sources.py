"""A statement's source: the actor its speaker names, or the document that speaks ("the report says")."""

from __future__ import annotations

from spacy.tokens import Span

from ..actors.model import Actor
from ..lang import syntax
from ..lang.lexicon import word_list
from ..quotes import DOCUMENT_NOUNS, Quote, antecedent, document_labels
from .actors import actor_of

__all__ = ["SPEAKER_LINKS", "Source", "issuer", "speaker_actor", "speaker_links", "statement_sources"]

#: A statement's source and its kind: (actor name, "actor"), (label, "document") or (None, None).
Source = tuple[str | None, str | None]
_ISSUED = word_list("issued_documents")
_ISSUING = word_list("issuing_verbs")
#: How a statement's speaker was linked to its source (:func:`speaker_links`).
SPEAKER_LINKS = ("name", "alias", "pronoun", "description", "issuer", "document", "none")


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
    actor holds ("the report says …"); but a document an actor issues in the same clause speaks for that
    actor ("the Electoral Commission issued a statement warning that …": the commission)."""
    documents = [q.speaker if q.speaker is not None and (q.document or _is_document(q.speaker, actors)) else None
                 for q in quotes]
    issuers = [None if d is None else issuer(d, actors) for d in documents]
    labels = document_labels([d if i is None else None for d, i in zip(documents, issuers, strict=True)])
    sources: list[Source] = []
    for quote, label, by in zip(quotes, labels, issuers, strict=True):
        if by is not None:
            sources.append((by.name, "actor"))
            continue
        source = speaker_actor(quote, actors, label)
        sources.append((source, None if source is None else "document" if label is not None else "actor"))
    return sources


def issuer(document: Span, actors: list[Actor]) -> Actor | None:
    """The actor that issues a document in the same clause: the subject of the verb whose object the document
    is ("[the commission] issued a statement warning …", "[the ministry] sent a letter that says …"), for a
    document an actor speaks through (``issued_documents``: a statement, a letter, a report; not a motion or a
    resolution, whose wording is its own)."""
    root = (antecedent(document) or document).root
    if root.lemma_.lower() not in _ISSUED or not syntax.functions_as(root, syntax.DIRECT_OBJECT) or \
            root.head.pos_ not in ("VERB", "AUX") or root.head.lemma_.lower() not in _ISSUING:
        return None  # "X dismissed a report saying …", "X received a letter warning …": not X's words
    if any(prep.lower_ == "by" for prep, _ in syntax.prepositional_objects(root) if prep is not None):
        return None
    subjects = syntax.subjects(root.head, passive=False)
    if not subjects:
        return None
    subject = subjects[0]
    return actor_of(subject.doc[subject.left_edge.i:subject.right_edge.i + 1], actors)


def _is_document(speaker: Span, actors: list[Actor]) -> bool:
    """A document noun heads the speaker, and no actor's mention holds that noun ("the Paris Agreement": Paris
    only modifies it)."""
    phrase = antecedent(speaker) or speaker
    root = phrase.root
    if root.lemma_.lower() not in DOCUMENT_NOUNS:
        return False
    actor = actor_of(phrase, actors)
    return actor is None or not any(m.start <= root.i < m.end for m in [*actor.mentions, *actor.references])


def speaker_links(quotes: list[Quote], actors: list[Actor], sources: list[Source]) -> list[str]:
    """How each statement's speaker reached its source (:data:`SPEAKER_LINKS`): the actor's ``name`` itself,
    another of its names (an ``alias``: "Biden" for Joe Biden, an acronym), a ``pronoun`` ("he", "who"), a
    ``description`` ("the senator"), the ``issuer`` of the document that speaks ("X issued a statement
    saying …"), a ``document`` that speaks, or ``none`` (no source)."""
    by_name = {actor.name: actor for actor in actors}
    links = []
    for quote, (source, kind) in zip(quotes, sources, strict=True):
        actor = by_name.get(source) if kind == "actor" else None
        if kind == "document":
            links.append("document")
        elif actor is None or quote.speaker is None:
            links.append("none")
        elif _is_document(quote.speaker, actors) and issuer(quote.speaker, actors) is actor:
            links.append("issuer")
        else:
            links.append(_link_kind(antecedent(quote.speaker) or quote.speaker, quote.speaker, actor))
    return links


def _link_kind(phrase: Span, speaker: Span, actor: Actor) -> str:
    if len(speaker) == 1 and speaker[0].pos_ == "PRON":
        return "pronoun"  # "he said"; "who said" through its noun phrase too
    for mention in actor.mentions:
        if mention.start < phrase.end and phrase.start < mention.end:
            return "name" if mention.text == actor.name else "alias"
    for reference in actor.references:
        if reference.start < phrase.end and phrase.start < reference.end:
            return "pronoun" if len(reference) == 1 and reference[0].pos_ == "PRON" else "description"
    return "alias"  # a name the model missed, matched to the actor's names (link.actors._person_named_again)
