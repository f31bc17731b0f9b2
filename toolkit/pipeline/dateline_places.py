"""The place of a wire dateline (a step of ``toolkit_entities``): "WASHINGTON —", "FLINT, Mich., Oct. 4 (UPI) —"
name a place by the form's convention, whatever the model made of the capitals.

>>> from toolkit.pipeline import load_pipeline  # doctest: +SKIP
>>> [(e.text, e.label_) for e in load_pipeline()("KESSEL, Norvia (AP) — Talks resumed.").ents][:1]  # doctest: +SKIP
[('KESSEL', 'GPE')]
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..lang.datelines import DATELINE
from ..lang.lexicon import gazetteer
from ..lang.spans import doc_text

__all__ = ["dateline_places"]


def dateline_places(doc: Doc, ents: list[Span], evidence: dict) -> list[Span]:
    """The place of a wire dateline ("WASHINGTON —", "FLINT, Mich., Oct. 4 (UPI) —") is a place by the
    convention of the form: GPE, or the table's LOC for a region, whatever the model made of the capitals."""
    if not len(doc):
        return ents
    starts = [0] + [t.i + 1 for t in doc[:-1] if t.is_space and "\n" in t.text]
    text = doc_text(doc)  # built from the tokens on every doc.text: once per Doc
    for start in starts:
        match = DATELINE.match(text, doc[start].idx)
        if not match or match.end() >= len(text):
            continue
        place = doc.char_span(match.start("place"), match.end("place"))
        if place is None or not place.text.strip(".'-"):
            continue
        table = gazetteer()
        known = table.get(place.text, table.get(place.text.title()))
        # an unknown word in capitals is a place only in a full dateline ("FLINT, Mich., Oct. 4 (UPI) —");
        # "BREAKING —", "UPDATE —" are labels, "NATO —" an organisation
        full = any(mark in text[place.end_char:match.end()] for mark in (",", "("))
        label = known[0] if known is not None else ("GPE" if full else None)
        if label not in ("GPE", "LOC"):
            continue
        span = Span(doc, place.start, place.end, label=label)
        ents = [e for e in ents if e.end <= span.start or e.start >= span.end] + [span]
        evidence[(span.start, span.end)] = "descriptor"
    return ents
