"""Registered helpers for the span-pooling variant (config_span.cfg), loaded with --code functions.py.

spacy.Corpus.v1 rebuilds the predicted Doc from the text, which drops doc.spans; the preset-spans
suggester needs the target span on the *predicted* Doc, so this reader copies it (without label).
At inference, make_doc(..., scheme="span") in prepare.py sets doc.spans["sc"] the same way.
"""
from collections.abc import Callable, Iterable
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span
from spacy.training import Example


@spacy.registry.readers("portrayal.SpanCorpus.v1")
def span_corpus(path: Path, spans_key: str = "sc") -> Callable[["spacy.Language"], Iterable[Example]]:
    def read(nlp):
        for ref in DocBin().from_disk(path).get_docs(nlp.vocab):
            pred = Doc(nlp.vocab, words=[t.text for t in ref], spaces=[bool(t.whitespace_) for t in ref])
            pred.spans[spans_key] = [Span(pred, s.start, s.end) for s in ref.spans[spans_key]]
            yield Example(pred, ref)
    return read
