"""What the timex tests share: the anchor of most tests, and a parse by en_core_web_sm with an anchor set first.

Imported by name (``from timex_docs import ANCHOR, parse``): ``tests/`` holds no packages, so pytest puts each
test's folder on ``sys.path``; a ``conftest.py`` per folder would clash with the others under
``--doctest-modules``. The pipeline is loaded once per process (:func:`toolkit.pipeline.load_pipeline` caches it).
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from toolkit.pipeline import load_pipeline

#: The anchor of most tests: Wednesday 6 March 2024.
ANCHOR = date(2024, 3, 6)


def parse(text: str, anchor: date | None = None) -> Doc:
    """``text`` parsed by en_core_web_sm with the toolkit's components, ``doc._.anchor`` set before the
    pipeline ran (so that ``doc._.timexes`` are normalised against it)."""
    nlp = load_pipeline("sm")
    doc = nlp.make_doc(text)
    doc._.anchor = anchor
    return nlp(doc)
