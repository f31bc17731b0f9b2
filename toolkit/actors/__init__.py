"""Actors: entity mentions clustered into the people, organisations, places and groups an article is about
(:mod:`~toolkit.actors.clustering`), with their roles, affiliations and descriptors
(:mod:`~toolkit.actors.roles`), the descriptions and pronouns that refer to them
(:mod:`~toolkit.actors.references`), and their co-occurrence graph (:mod:`~toolkit.actors.network`).
"""

from .clustering import cluster
from .model import Actor, is_actor_mention
from .network import actor_network

__all__ = ["Actor", "actor_network", "cluster", "is_actor_mention"]


def __getattr__(name: str):
    # actor_of and target_actor moved to the link stage (toolkit.link)
    if name in ("actor_of", "target_actor"):
        from .. import link
        from .._moved import warn_moved

        warn_moved(f"toolkit.actors.{name}", f"toolkit.link.{name}")
        return getattr(link, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
