"""A span of text to the actor it names: a quotation's speaker, a claim's target or holder, a participant of a
timeline event, a portrayal mention. The extractors hand over spans; :func:`toolkit.link.link` resolves them
here, so that quotes, claims and the timeline never need to know how actors are clustered."""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Span

from ..actors.clustering import acronym_of, name_words, same_name
from ..actors.model import Actor
from ..lang import syntax

__all__ = ["IndexedActors", "actor_of", "indexed", "target_actor"]

# A name's parts and its apposition: "[Union] spokesman", "Jane [Doe]", "X, [the president]".
_NAME_PARTS = syntax.NOUN_COMPOUND | syntax.FLAT | syntax.FLAT_NAME | syntax.APPOSITION


class IndexedActors(list):
    """The actors of one analysis with their mentions indexed once (by span, by last token, by token), so that
    resolving a span costs the same for an article with 20,000 mentions as for one with twenty. A plain list
    for everything else; it must not change after it is made (the link stage makes one after the last link
    that adds references)."""

    def __init__(self, actors: list[Actor]) -> None:
        super().__init__(actors)
        self.exact: dict[tuple[int, int], Actor] = {}
        self.by_end: dict[int, list[tuple[Actor, Span]]] = defaultdict(list)
        self.first_at: dict[int, Actor] = {}  # token -> the first actor (in order) with a mention over it
        self.all_at: dict[int, list[int]] = defaultdict(list)  # token -> every such actor's position, in order
        for position, actor in enumerate(actors):
            for mention in [*actor.mentions, *actor.references]:
                self.exact.setdefault((mention.start, mention.end), actor)
                self.by_end[mention.end].append((actor, mention))
                for i in range(mention.start, mention.end):
                    self.first_at.setdefault(i, actor)
                    if not self.all_at[i] or self.all_at[i][-1] != position:
                        self.all_at[i].append(position)


def indexed(actors: list[Actor]) -> IndexedActors:
    return actors if isinstance(actors, IndexedActors) else IndexedActors(actors)


def actor_of(span: Span, actors: list[Actor]) -> Actor | None:
    """The actor a phrase refers to ("Union spokesman Jane Doe" -> Jane Doe, not the union): the actor of the
    phrase itself (a name, a description, a pronoun), else of its head word, else of a name compounded with
    its head ("X party" -> X), else the first actor named inside it."""
    index = indexed(actors)
    if (span.start, span.end) in index.exact:
        return index.exact[(span.start, span.end)]
    for actor, mention in index.by_end.get(span.end, []):  # "Apple CEO Steve Jobs": the name that ends it
        if span.start < mention.start and actor.type == "PERSON":
            return actor
    root = span.root
    if root.i in index.first_at:
        return index.first_at[root.i]
    for child in root.children:
        if syntax.functions_as(child, _NAME_PARTS) and child.i in index.first_at:
            return index.first_at[child.i]
    place_skipped = root.pos_ == "PROPN" or root.tag_ in ("NNP", "NNPS")
    overlapping = sorted({p for i in range(span.start, span.end) for p in index.all_at.get(i, [])})
    for position in overlapping:
        if not (place_skipped and index[position].type in ("GPE", "LOC")):
            return index[position]  # "Rep. Jane Doe of Maryland": a person the model missed, not the place
    return _person_named_again(span, index)


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
    index = indexed(actors)
    root = target.root
    if (target.start, target.end) in index.exact:
        return index.exact[(target.start, target.end)]
    if root.i in index.first_at:
        return index.first_at[root.i]
    for child in root.children:
        if syntax.functions_as(child, _NAME_PARTS | syntax.POSSESSOR):
            # "[Mayor] Tim Cole's response" parsed with the title as the possessor: its name parts too
            owner = next((index.first_at[p.i] for p in syntax.name_parts(child) if p.i in index.first_at), None)
            if owner is not None:
                return owner
    for prep, noun in syntax.prepositional_objects(root):
        if prep is not None and prep.lower_ == "by" and noun.i in index.first_at:
            return index.first_at[noun.i]
    return None
