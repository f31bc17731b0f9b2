"""The actors' co-occurrence graph (networkx)."""

from __future__ import annotations

from itertools import combinations
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import networkx as nx


from .model import Actor

__all__ = ["actor_network"]


def actor_network(actors: list[Actor]) -> nx.Graph:
    """Co-occurrence graph: actors are nodes (``type``, ``mentions``), and two actors named or referred to in
    the same sentence are joined by an edge whose ``weight`` counts those sentences."""
    import networkx as nx  # only for the graph, not with the toolkit

    graph = nx.Graph()
    sentences: dict[int, set[str]] = {}
    for actor in actors:
        graph.add_node(actor.name, type=actor.type, mentions=len(actor.mentions) + len(actor.references))
        for span in [*actor.mentions, *actor.references]:
            sentences.setdefault(span.sent.start, set()).add(actor.name)
    for names in sentences.values():
        for a, b in combinations(sorted(names), 2):
            weight = graph.get_edge_data(a, b, {"weight": 0})["weight"]
            graph.add_edge(a, b, weight=weight + 1)
    return graph
