"""What the quotation tests share: a parse by en_core_web_sm, and the statements find_quotes finds in it.

Imported by name (``from quote_docs import parse, statements``): ``tests/`` holds no packages, so pytest puts
each test's folder on ``sys.path``; a ``conftest.py`` per folder would clash with the others under
``--doctest-modules``. The pipeline is loaded once per process (:func:`toolkit.pipeline.load_pipeline` caches it).
"""

from __future__ import annotations

from spacy.tokens import Doc

from toolkit.pipeline import load_pipeline
from toolkit.quotes import find_quotes


def parse(text: str) -> Doc:
    """``text`` parsed by en_core_web_sm with the toolkit's components."""
    return load_pipeline("sm")(text)


def statements(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """``(kind, content, speaker, cue)`` of every statement :func:`find_quotes` finds in ``text``, in text order."""
    return [(q.kind, text[q.content_start:q.content_end], None if q.speaker is None else q.speaker.text,
             None if q.cue is None else q.cue.text) for q in find_quotes(parse(text)).quotes]
