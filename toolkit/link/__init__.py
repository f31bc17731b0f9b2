"""The link stage: every span the extractors hand over becomes an actor, in one place.

:func:`link` takes the Doc, the actors and the extracted statements, claims and timeline events, and returns
every link decision (:class:`Links`): each statement's source and its kind (an actor, or a document that
speaks), each claim's holder and target actor, each event's participants, and the portrayal groups (which
mentions of which actor, in which sentence, the portrayal model reads together). The analysis then runs the
portrayal model over the groups (:func:`portrayals_of`) and reads each claim's stance towards each of its
targets (:func:`target_stances`); the tables only write these decisions down.

- :mod:`~toolkit.link.actors`: a span to the actor it names (:func:`actor_of`, :func:`target_actor`);
- :mod:`~toolkit.link.sources`: a statement's source (:func:`statement_sources`) and how its speaker reached it
  (:func:`speaker_links`); which quotes are statements once their sources are known
  (:func:`toolkit.quotes.types.why_not_a_statement`);
- :mod:`~toolkit.link.speakers`: first-person pronouns in a quotation to its speaker;
- :mod:`~toolkit.link.portrayal`: the portrayal groups and the model run over them;
- :mod:`~toolkit.link.stance`: the actors each statement is about (:func:`statement_targets`) and its stance
  towards each, from a speech act, a stance or evaluative word, or the portrayal model (:func:`target_stances`).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from ..actors.model import Actor
from ..claims import Claim
from ..quotes import Quote
from ..quotes.types import nested_statements, why_not_a_statement
from ..timex.timeline import Event
from .actors import IndexedActors, actor_of, target_actor
from .portrayal import GroupKey, PortrayalGroups, portrayal_groups, portrayal_inputs, portrayals_of
from .sources import SPEAKER_LINKS, Source, speaker_actor, speaker_links, statement_sources
from .speakers import link_first_person
from .stance import (
    PORTRAYAL_THRESHOLD,
    STANCE_OF_POLARITY,
    PendingStances,
    StanceReading,
    Target,
    pending_stances,
    statement_targets,
    target_stances,
)

__all__ = ["PORTRAYAL_THRESHOLD", "SPEAKER_LINKS", "STANCE_OF_POLARITY", "GroupKey", "Links", "PendingStances",
           "PortrayalGroups", "Source", "StanceReading", "Target", "actor_of", "claim_holders", "event_participants",
           "link", "pending_stances", "portrayal_groups", "portrayal_inputs", "portrayals_of", "speaker_actor",
           "speaker_links", "statement_sources", "statement_targets", "target_actor", "target_stances"]


@dataclass
class Links:
    """Every link decision of one analysis, each list parallel to what it links."""

    sources: list[Source]              # per statement: (actor name | document label | None, kind)
    speaker_links: list[str]           # per statement: how its speaker reached its source (SPEAKER_LINKS)
    not_statements: list[str | None]   # per quote: why it is not a statement (None: it is one)
    claim_holders: list[Source]        # per claim: who takes the position, and its kind
    claim_targets: list[list[Target]]  # per claim: the actors it is about
    participants: list[list[str]]      # per timeline event: its participants' actors (or their own text)
    portrayal: PortrayalGroups         # the mentions the portrayal model reads together


def claim_holders(claims: list[Claim], sources: list[Source], actors: list[Actor]) -> list[Source]:
    """Who takes each claim's position: the source of its statement, else the actor of its holder phrase."""
    holders: list[Source] = []
    for claim in claims:
        if claim.quote_index is not None:
            holders.append(sources[claim.quote_index])
            continue
        actor = target_actor(claim.holder, actors) if claim.holder is not None else None
        holders.append((None, None) if actor is None else (actor.name, "actor"))
    return holders


def event_participants(events: list[Event], actors: list[Actor]) -> list[list[str]]:
    """Each event's participants as their actors' canonical names (a name no actor holds keeps its own text),
    once each, in order."""
    return [list(dict.fromkeys(actor.name if (actor := actor_of(span, actors)) else span.text
                               for span in event.participants)) for event in events]


def link(doc: Doc, actors: list[Actor], quotes: list[Quote], claims: list[Claim],
         events: list[Event]) -> Links:
    """Every link decision of one analysis (see the module's docstring)."""
    sources = statement_sources(quotes, IndexedActors(actors))
    link_first_person(doc, quotes, sources, actors)  # "“I will not resign,” X said": "I" is X, before portrayal
    actors = IndexedActors(actors)  # every mention indexed once, after the last link that adds references
    reasons = nested_statements(quotes, [why_not_a_statement(doc, quote, kind)
                                         for quote, (_, kind) in zip(quotes, sources, strict=True)])
    return Links(sources=sources, speaker_links=speaker_links(quotes, actors, sources), not_statements=reasons,
                 claim_holders=claim_holders(claims, sources, actors),
                 claim_targets=statement_targets(doc, quotes, claims, sources, actors),
                 participants=event_participants(events, actors), portrayal=portrayal_groups(doc, actors))
