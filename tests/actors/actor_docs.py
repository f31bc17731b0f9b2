"""What the actor tests share: a parse by en_core_web_sm, and the actors :func:`toolkit.actors.cluster` makes of it.

Imported by name (``from actor_docs import parse, clustered``): ``tests/`` holds no packages, so pytest puts each
test's folder on ``sys.path``; a ``conftest.py`` per folder would clash with the others under
``--doctest-modules``. The pipeline is loaded once per process (:func:`toolkit.pipeline.load_pipeline` caches it).
"""

from __future__ import annotations

from spacy.tokens import Doc

from toolkit.actors import Actor, cluster
from toolkit.pipeline import load_pipeline


def parse(text: str) -> Doc:
    """``text`` parsed by en_core_web_sm with the toolkit's components."""
    return load_pipeline("sm")(text)


def clustered(text: str) -> dict[str, Actor]:
    """The actors of ``text`` by canonical name, in order of first mention."""
    found = cluster(parse(text))
    assert len({a.name for a in found}) == len(found), "two actors of one name"
    return {a.name: a for a in found}
