"""What the link tests share: a parse by en_core_web_sm, and a span found by its words.

Imported by name (``from link_docs import parse, span``): ``tests/`` holds no packages, so pytest puts each
test's folder on ``sys.path``; a ``conftest.py`` per folder would clash with the others under
``--doctest-modules``. The pipeline is loaded once per process (:func:`toolkit.pipeline.load_pipeline` caches it).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from toolkit.pipeline import load_pipeline


def parse(text: str) -> Doc:
    """``text`` parsed by en_core_web_sm with the toolkit's components."""
    return load_pipeline("sm")(text)


def span(doc: Doc, words: str, nth: int = 0) -> Span:
    """The Span of the ``nth`` occurrence of ``words`` in ``doc``'s text (it must fall on token boundaries)."""
    start = [m.start() for m in re.finditer(re.escape(words), doc.text)][nth]
    found = doc.char_span(start, start + len(words))
    assert found is not None, f"{words!r} does not fall on token boundaries"
    return found
