"""Names of works and events (a step of ``toolkit_entities``): they are no actors, and the dates issue needs them.

The toolkit's own model knows no ``WORK_OF_ART`` or ``EVENT`` label and en_core_web_sm often calls such a name
an organisation or a person; these rules give both pipelines the same labels, from the text's evidence:

- **an event's head word** ends a name of two words or more ("the Davis Cup Finals", "the American Music
  Awards", "the Vietnam War"), or the name is one the word list knows ("Brexit", "the Oscars"): ``EVENT``;
- **a work's noun** stands right before the name ("the film Mara", "her novel Winter Garden") or in
  apposition after it ("Mara, a documentary about …"): ``WORK_OF_ART``;
- **a craft's head word** ends a name of two words or more ("the Hubble Space Telescope", "the Parker Solar
  Probe"): ``PRODUCT``, which is no actor either;
- **a headline quoted as a name**: four words or more in title case with a finite verb among them ("Home Depot
  Stock Is Falling After Its Earnings Release"): ``WORK_OF_ART``; and "The" in mid-sentence before a
  nationality ("The Irishman", "The Americans") names a work, not the people.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> doc = nlp("They met at the Davis Cup Finals.")
>>> work_or_event(doc, Span(doc, 4, 7, label="ORG")).label_
'EVENT'
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..lang.labels import ACTOR_LABELS
from ..lang.lexicon import descriptors, word_list

__all__ = ["work_or_event"]

# "Is", "Says", "Rose" in a headline; not a modal ("Free Will Baptist Church", "Will Smith")
_FINITE_WORDS = frozenset({"is", "are", "was", "were", "has", "have"})
_FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD"})
_POSSESSIVES = frozenset({"his", "her", "their", "its", "our", "my", "your"})


def work_or_event(doc: Doc, ent: Span) -> Span:
    """The entity relabelled ``EVENT`` or ``WORK_OF_ART`` when the text shows it names one (see the module)."""
    if ent.label_ not in ACTOR_LABELS:
        return ent
    end = ent.end  # the capitalised words a model left out of an event's name ("Davis" + "Cup Finals")
    while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN" and not doc[end].ent_type_:
        end += 1
    if _names_an_event(doc[ent.start:end]):
        return Span(doc, ent.start, end, label="EVENT")
    if _after_a_work_noun(doc, ent) or _apposed_to_a_work_noun(doc, ent) or _headline(ent):
        return Span(doc, ent.start, ent.end, label="WORK_OF_ART")
    if len(ent) > 1 and ent[-1].is_title and ent[-1].lower_ in word_list("vehicle_heads"):
        return Span(doc, ent.start, ent.end, label="PRODUCT")  # "Hubble Space Telescope", "Parker Solar Probe"
    before = doc[ent.start - 1] if ent.start > 0 else None
    if ent.label_ == "NORP" and before is not None and before.text == "The" and not before.is_sent_start:
        return Span(doc, ent.start - 1, ent.end, label="WORK_OF_ART")
    return ent


def _names_an_event(ent: Span) -> bool:
    words = [t for t in ent if not t.is_punct]
    if not words:
        return False
    name = " ".join(t.lower_ for t in words).removeprefix("the ")
    if name in word_list("event_names"):
        return True
    # not an organisation's name that ends in one ("Institute for the Study of War")
    return len(words) > 1 and words[-1].is_title and words[-1].lower_ in word_list("event_heads") and \
        not any(descriptors().get(t.lower_) == "ORG" for t in words)


def _after_a_work_noun(doc: Doc, ent: Span) -> bool:
    """"the film Mara", "his memoir Winter Garden" (a common noun, so not "the Film Institute"): the noun and
    the name are one phrase, one the head of the other (not "the film Netflix released", "in the book Obama
    describes")."""
    before = doc[ent.start - 1] if ent.start > 0 else None
    return before is not None and before.pos_ == "NOUN" and before.is_lower and \
        before.lower_ in word_list("work_nouns") and \
        (ent.root.head.i == before.i or ent.start <= before.head.i < ent.end)


def _apposed_to_a_work_noun(doc: Doc, ent: Span) -> bool:
    """"Mara, a documentary about …", "Winter Garden, her second novel,": the first noun after the comma, past
    a determiner, a possessive and adjectives, is a work's."""
    if ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
        return False
    for token in doc[ent.end + 1:min(ent.end + 5, len(doc))]:
        if token.pos_ == "NOUN":  # the phrase's head: not "X, the film director" or "X, the film studio"
            following = doc[token.i + 1] if token.i + 1 < len(doc) else None
            return token.is_lower and token.lower_ in word_list("work_nouns") and \
                not (following is not None and following.pos_ in ("NOUN", "PROPN"))
        if (token.pos_ not in ("DET", "ADJ", "NUM") and token.lower_ not in _POSSESSIVES) or \
                token.lower_ in ("whose", "which", "what"):
            return False  # not "Mara Quill, whose film …"
    return False


def _headline(ent: Span) -> bool:
    """A title quoted as a name: four words or more, in title case, one of them a finite verb ("Is", "Says")."""
    words = [t for t in ent if t.is_alpha]
    return len(words) >= 4 and all(t.is_title or len(t) <= 3 for t in words) and \
        any(t.is_title and (t.lower_ in _FINITE_WORDS or t.tag_ in _FINITE_TAGS) for t in words[1:])
