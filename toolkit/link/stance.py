"""The stance of each statement towards each actor it is about, from three readers, each row saying which.

A statement's **targets** (:func:`statement_targets`) are the actors its content mentions or refers to (names,
descriptions and pronouns that the actors' clustering resolved), the actor its stance word applies to ("accused
[the council] of ...", "condemned [Norvia's] plan"), and the actor a statement is said *of* ("“reckless,” she
said of [the governor's] budget"); never the statement's own source.

Its **stance** towards each target comes from the first reader that decides (:func:`target_stances`):

1. ``speech_act``: the statement's reporting verb takes a side by itself ("accused", "blamed", "praised",
   "defended"; ``stance_words.csv``) and the target is what it applies to; ``lexicon``: a stance word of the
   content does ("will not support X", "voiced its objection to X"). A negated or hedged speech act ("did not
   blame X", "declined to criticise X") takes no side (:func:`toolkit.claims.claims_of`).
2. ``lexicon``: an evaluative word says what the target is ("X is reckless", "the corrupt X";
   :mod:`toolkit.lang.evaluative`).
3. ``portrayal``: in a statement with no stance word (whose side would be read against whatever that word
   applies to: "condemns X for firing rockets into Y" is no side against Y), the portrayal model reads the
   statement's content with the target's mentions marked, and its probability for a side reaches
   :data:`PORTRAYAL_THRESHOLD` (chosen on the page dev set).

Where none decides, the stance is ``neutral`` and ``stance_source`` None. ``stance_word`` is the word that
decided (the verb, the stance word, the evaluative word).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from ..actors.model import Actor
from ..claims import Claim
from ..lang import syntax
from ..lang.evaluative import evaluation_of
from ..portrayal import Portrayal, PortrayalModel, model_input, portray
from ..quotes import Quote
from .actors import actor_of, target_actor
from .sources import Source

__all__ = ["PORTRAYAL_THRESHOLD", "STANCE_OF_POLARITY", "PendingStances", "StanceReading", "Target",
           "pending_stances", "statement_targets", "target_stances"]

#: A side from the portrayal model's reading of a target (negative: oppose, positive: support).
STANCE_OF_POLARITY = {"negative": "oppose", "neutral": "neutral", "positive": "support"}
#: The model's probability for a side from which its reading decides a stance: chosen on the page dev set as
#: the lowest at which the sides it gives are right at least 3 times in 4 (see the resources README).
PORTRAYAL_THRESHOLD = 0.95


@dataclass
class Target:
    """An actor a statement is about, its mentions there, and how it was found: ``"stance_word"`` (what the
    claim's stance word or speech act applies to), ``"said_of"`` or ``"content"``."""

    actor: Actor
    mentions: list[Span] = field(default_factory=list)
    found_by: str = "content"


@dataclass(frozen=True)
class StanceReading:
    """A claim's stance towards one target, the reader that decided it and the word it read."""

    stance: str
    source: str | None = None  # "speech_act", "lexicon", "portrayal" or None (no reader decided: neutral)
    word: Span | None = None  # the word that decided (a speech act, a stance word, an evaluative word)
    mention: Span | None = None  # the target's mention it was read from (None: the target's first)


def statement_targets(doc: Doc, quotes: list[Quote], claims: list[Claim], sources: list[Source],
                      actors: list[Actor]) -> list[list[Target]]:
    """Per claim, the actors it is about, in the order the text first names them (see the module's docstring).
    A position taken outside statements has at most the actor of its target phrase."""
    index = _MentionIndex(actors)
    found = []
    for claim in claims:
        targets: dict[str, Target] = {}
        if claim.predicate is not None and claim.target is not None and \
                (actor := target_actor(claim.target, actors)) is not None:
            targets[actor.name] = Target(actor, [claim.target], "stance_word")
        if claim.quote_index is not None:
            quote = quotes[claim.quote_index]
            for about in _said_of(quote):
                if (actor := actor_of(about, actors)) is not None and actor.name not in targets:
                    targets[actor.name] = Target(actor, [about], "said_of")
            for start, end in quote.parts:
                for actor, mention in index.within(start, end):
                    targets.setdefault(actor.name, Target(actor)).mentions.append(mention)
            source, kind = sources[claim.quote_index]
            if kind == "actor":
                targets.pop(source, None)  # never the statement's own source
        elif claim.holder is not None and (holder := target_actor(claim.holder, actors)) is not None:
            targets.pop(holder.name, None)  # nor a position's own holder
        found.append(sorted(targets.values(), key=lambda t: min(m.start for m in t.mentions)))
    return found


def _said_of(quote: Quote) -> list[Span]:
    """"“Reckless,” she said [of the governor's budget]": what a statement is said of or about."""
    cue = quote.cue
    if cue is None:
        return []
    return [doc_span(noun) for preposition, noun in syntax.prepositional_objects(cue)
            if preposition is not None and preposition.lower_ in ("of", "about")
            and not quote.content_start <= noun.idx < quote.content_end]


def doc_span(token) -> Span:
    return token.doc[token.left_edge.i:token.right_edge.i + 1]


class _MentionIndex:
    """Every actor's mentions and references, sorted by where they start: the ones inside a range found by
    bisection, not by a scan of every actor."""

    def __init__(self, actors: list[Actor]) -> None:
        spans = sorted(((m.start_char, m.end_char, i, m) for i, a in enumerate(actors)
                        for m in [*a.mentions, *a.references]), key=lambda item: item[:3])
        self._starts = [s for s, *_ in spans]
        self._spans = spans
        self._actors = actors

    def within(self, start: int, end: int) -> list[tuple[Actor, Span]]:
        first = bisect.bisect_left(self._starts, start)
        last = bisect.bisect_left(self._starts, end)
        return [(self._actors[i], m) for _, stop, i, m in self._spans[first:last] if stop <= end]


@dataclass
class PendingStances:
    """Each claim's stance towards each target as the words decide it (None: undecided), and the (claim,
    target) pairs left to the portrayal model with the model's input for each (:func:`pending_stances`)."""

    readings: list[list[StanceReading | None]]
    undecided: list[tuple[int, int]] = field(default_factory=list)
    inputs: list[tuple[str, list[tuple[int, int]]]] = field(default_factory=list)

    def decided(self, portrayals: list[Portrayal]) -> list[list[StanceReading]]:
        """The stances once the model has read :attr:`inputs` (``portrayals``, in their order)."""
        readings = [list(row) for row in self.readings]
        for (c, t), portrayal in zip(self.undecided, portrayals, strict=True):
            readings[c][t] = _from_portrayal(portrayal)
        return [[r if r is not None else StanceReading("neutral") for r in row] for row in readings]


def pending_stances(doc: Doc, quotes: list[Quote], claims: list[Claim],
                    targets: list[list[Target]]) -> PendingStances:
    """Per claim, the stance towards each of its targets that the words decide (see the module's docstring),
    and what the portrayal model must read for the rest; :func:`target_stances` runs it."""
    pending = PendingStances([])
    for c, (claim, about) in enumerate(zip(claims, targets, strict=True)):
        row: list[StanceReading | None] = []
        for t, target in enumerate(about):
            reading = _from_words(claim, target, quotes)
            if reading is None and claim.predicate is None and claim.quote_index is not None and \
                    (text := _model_input(doc, quotes[claim.quote_index], target)):
                pending.undecided.append((c, t))
                pending.inputs.append(text)
            row.append(reading)
        pending.readings.append(row)
    return pending


def target_stances(doc: Doc, quotes: list[Quote], claims: list[Claim], targets: list[list[Target]],
                   model: PortrayalModel | None = None) -> list[list[StanceReading]]:
    """Per claim, the stance towards each of its targets (see the module's docstring); the portrayal model
    runs once, over every target no other reader decided."""
    pending = pending_stances(doc, quotes, claims, targets)
    return pending.decided(portray(pending.inputs, model) if pending.inputs else [])


def _from_words(claim: Claim, target: Target, quotes: list[Quote]) -> StanceReading | None:
    """The speech act or stance word that applies to ``target``, else an evaluative word said of it."""
    if target.found_by == "stance_word" and claim.predicate is not None:
        return StanceReading(claim.stance, "speech_act" if claim.speech_act else "lexicon", claim.predicate)
    if claim.quote_index is None:
        return None
    phrases = target.mentions
    if target.found_by == "said_of":  # "“A reckless plan,” she said of X": the content is said of X
        quote = quotes[claim.quote_index]
        content = target.mentions[0].doc.char_span(quote.content_start, quote.content_end, alignment_mode="contract")
        is_phrase = content is not None and len(content) and content.root.pos_ in ("NOUN", "ADJ", "PROPN")
        phrases = [content] if is_phrase else []
    for phrase in phrases:
        evaluation = evaluation_of(phrase, itself=target.found_by == "said_of")
        if evaluation is not None:
            side = "support" if evaluation.valence > 0 else "oppose" if evaluation.valence < 0 else "neutral"
            word = evaluation.word.doc[evaluation.word.i:evaluation.word.i + 1]
            return StanceReading(side, "lexicon", word, phrase if target.found_by != "said_of" else None)
    return None


def _model_input(doc: Doc, quote: Quote, target: Target):
    """The statement's content with the target's mentions in it marked (a target found outside the content,
    "said of X", is read in its own sentence); None when the target has no mention to mark."""
    content = doc.char_span(quote.content_start, quote.content_end, alignment_mode="expand")
    inside = [m for m in target.mentions if content is not None and content.start <= m.start and m.end <= content.end]
    if inside:
        return model_input(content, inside)
    if target.mentions:
        sentence = target.mentions[0].sent
        return model_input(sentence, target.mentions[:1])
    return None


def _from_portrayal(portrayal: Portrayal) -> StanceReading | None:
    side = max(("negative", "positive"), key=lambda p: getattr(portrayal, p))
    if getattr(portrayal, side) < PORTRAYAL_THRESHOLD:
        return None
    return StanceReading(STANCE_OF_POLARITY[side], "portrayal", None)
