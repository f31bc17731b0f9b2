"""Actors: entity mentions clustered into the people, organisations, places and groups an article is about
(:mod:`~toolkit.actors.clustering`), with their roles, affiliations and descriptors
(:mod:`~toolkit.actors.roles`), the descriptions and pronouns that refer to them
(:mod:`~toolkit.actors.references`), the one place where a span becomes an actor (:mod:`~toolkit.actors.link`),
and their co-occurrence graph (:mod:`~toolkit.actors.network`).
"""

from .clustering import cluster
from .link import actor_of, target_actor
from .model import Actor, is_actor_mention
from .network import actor_network

__all__ = ["Actor", "actor_network", "actor_of", "cluster", "is_actor_mention", "target_actor"]
