"""A span of text to the actor it names: a quotation's speaker, a claim's target or holder, a participant of a
timeline event, a portrayal mention. The extractors hand over spans; :func:`toolkit.link.link` resolves them
here, so that quotes, claims and the timeline never need to know how actors are clustered."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..actors.clustering import acronym_of, name_words, same_name
from ..actors.model import Actor
from ..lang import syntax

__all__ = ["actor_of", "target_actor"]

# A name's parts and its apposition: "[Union] spokesman", "Jane [Doe]", "X, [the president]".
_NAME_PARTS = syntax.NOUN_COMPOUND | syntax.FLAT | syntax.FLAT_NAME | syntax.APPOSITION


def actor_of(span: Span, actors: list[Actor]) -> Actor | None:
    """The actor a phrase refers to ("Union spokesman Jane Doe" -> Jane Doe, not the union): the actor of the
    phrase itself (a name, a description, a pronoun), else of its head word, else of a name compounded with
    its head ("X party" -> X), else the first actor named inside it."""
    spans = [(a, m) for a in actors for m in [*a.mentions, *a.references]]
    for actor, mention in spans:
        if (mention.start, mention.end) == (span.start, span.end):
            return actor
    for actor, mention in spans:  # "Apple CEO Steve Jobs": the name that ends the phrase is its head
        if mention.end == span.end and span.start < mention.start and actor.type == "PERSON":
            return actor
    root = span.root
    for actor, mention in spans:
        if mention.start <= root.i < mention.end:
            return actor
    for child in root.children:
        if syntax.functions_as(child, _NAME_PARTS):
            for actor, mention in spans:
                if mention.start <= child.i < mention.end:
                    return actor
    for actor in actors:
        if (root.pos_ == "PROPN" or root.tag_ in ("NNP", "NNPS")) and actor.type in ("GPE", "LOC"):
            continue  # "Rep. Jane Doe of Maryland": a person the model missed, not the place named after her
        for mention in [*actor.mentions, *actor.references]:
            if mention.start < span.end and span.start < mention.end:
                return actor
    return _person_named_again(span, actors)


def _person_named_again(span: Span, actors: list[Actor]) -> Actor | None:
    """"Hollis said" where the model found no name: a phrase of proper nouns naming one person of the article
    again (surname, first name, a fuller or shorter form) is that person; with two such people, neither. An
    acronym the model missed ("GFC said") is the one actor whose name it spells."""
    names = [t for t in span if not (t.is_punct or t.is_space)]
    if len(names) == 1 and names[0].is_upper and names[0].is_alpha:
        spelled = [a for a in actors if any(acronym_of(names[0].text, alias) for alias in a.aliases)]
        if len(spelled) == 1:
            return spelled[0]
    if not names or len(names) > 3 or not all(t.pos_ == "PROPN" or t.tag_ in ("NNP", "NNPS") for t in names):
        return None
    words = name_words(span.text)
    owners = [a for a in actors if a.type == "PERSON" and
              any(same_name(name_words(alias), words, "PERSON") for alias in a.aliases)]
    return owners[0] if len(owners) == 1 else None


def target_actor(target: Span, actors: list[Actor]) -> Actor | None:
    """The actor a claim is about: the target's own actor (a name, a description), else the owner of its
    head ("Washington's sanctions", "attempts by the US"); never a name merely mentioned deeper inside."""
    spans = [(a, m) for a in actors for m in [*a.mentions, *a.references]]
    root = target.root

    def at(token: Token):
        return next((a for a, m in spans if m.start <= token.i < m.end), None)

    for actor, mention in spans:
        if (mention.start, mention.end) == (target.start, target.end):
            return actor
    if at(root) is not None:
        return at(root)
    for child in root.children:
        if syntax.functions_as(child, _NAME_PARTS | syntax.POSSESSOR):
            # "[Mayor] Tim Cole's response" parsed with the title as the possessor: its name parts too
            owner = next((a for part in syntax.name_parts(child) if (a := at(part)) is not None), None)
            if owner is not None:
                return owner
    for prep, noun in syntax.prepositional_objects(root):
        if prep is not None and prep.lower_ == "by" and at(noun) is not None:
            return at(noun)
    return None
