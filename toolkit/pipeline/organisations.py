"""Organisations' names completed where a model cut them (a step of ``toolkit_entities``): the capitalised
words before the name ("the [National] Land Transport Agency"), and an organisation noun's complement after
it ("Michigan Department" + "of Health and Human Services") or before it ("Centers for" + "Disease
Control").

>>> from toolkit.pipeline import load_pipeline  # doctest: +SKIP
>>> nlp = load_pipeline("toolkit")  # doctest: +SKIP
>>> [e.text for e in nlp("The Michigan Department of Health and Human Services said so.").ents]  # doctest: +SKIP
['Michigan Department of Health and Human Services']
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..lang.calendar import FULL_NAMES
from ..lang.labels import NUMERIC_LABELS
from ..lang.lexicon import descriptors, gazetteer, given_names, word_list
from ..lang.verbs import is_reporting_word

__all__ = ["complete_organisation", "extend_organisation"]

_COMMON_CAPITALISED = word_list("common_capitalised")
# Small words inside an organisation noun's complement: "Department of Health and Human Services", "Office of
# the Inspector General", "Council on Foreign Relations".
_LINKS = frozenset({"of", "for", "on"})
_INNER = frozenset({"and", "&", "the", "of", "for", "on"})
# The nouns "on" completes: "Council on Foreign Relations", "Commission on Presidential Debates".
_ON_NOUNS = frozenset({"council", "commission", "committee", "subcommittee", "institute", "center", "centre",
                       "conference", "panel"})


def complete_organisation(doc: Doc, ent: Span) -> Span:
    """An organisation's name with the words a model left out before it and its noun's complement; any name
    after an organisation noun and "for", "of" or "on" is an organisation's ("Centers for Disease Control")."""
    if ent.label_ == "ORG":
        ent = _complement_after(doc, extend_organisation(doc, ent))
    return _noun_before(doc, ent)


def _organisation_noun(token) -> bool:
    return token.is_title and descriptors().get(token.lower_) == "ORG"


def _title_word(token) -> bool:
    return token.is_title and token.is_alpha and token.text not in FULL_NAMES and not is_reporting_word(token.lower_)


def _complement_after(doc: Doc, ent: Span) -> Span:
    """"Michigan Department" + "of Health and Human Services": after an organisation noun, "of", "for" or
    "on" and capitalised words (with "and", "the", "of" between them) belong to the name."""
    if not _organisation_noun(ent[-1]) or ent.end + 1 >= len(doc) or doc[ent.end].lower_ not in _LINKS or \
            (doc[ent.end].lower_ == "on" and ent[-1].lower_ not in _ON_NOUNS):
        return ent
    end, i, link = ent.end, ent.end + 1, doc[ent.end].lower_
    while i < len(doc):
        # not a person, a date or an organisation dealt "on" ("… Party for Jane Doe", "… Department on Christmas
        # Eve", "… Commission on Google"); a place or an institution may complete it ("Bank of England", "Maxwell
        # School of Syracuse University")
        if _title_word(doc[i]) and doc[i].text not in given_names() and doc[i].ent_type_ not in NUMERIC_LABELS and \
                not (doc[i].ent_type_ == "ORG" and link == "on") and not (doc[i].ent_iob_ == "B" and i > ent.end + 1):
            i += 1
            end = i
        elif doc[i].lower_ in _INNER and i + 1 < len(doc) and (_title_word(doc[i + 1]) or doc[i + 1].lower_ == "the"):
            i += 1
        else:
            break
    return Span(doc, ent.start, end, label=ent.label_) if end > ent.end + 1 else ent


def _noun_before(doc: Doc, ent: Span) -> Span:
    """"Centers for" + "Disease Control": an organisation noun (with capitalised words before it) and "for",
    "of" or "on" right before the name open it."""
    i = ent.start - 1
    if i < 1 or doc[i].lower_ not in _LINKS or not _organisation_noun(doc[i - 1]) or doc[i - 1].ent_type_:
        return ent
    start = i - 1
    while start > 0 and _name_word(doc[start - 1]):
        start -= 1
    return Span(doc, start, ent.end, label="ORG")


def extend_organisation(doc: Doc, ent: Span) -> Span:
    """An organisation's name starts at the capitalised words before it that the model left out ("the
    [National] Land Transport Agency"), never at a sentence's first word, a nationality or another name."""
    start = ent.start
    while start > 0:
        token = doc[start - 1]
        if token.lower_ in ("and", "&") and start > 1 and start - 1 > ent.start - 4 and _name_word(doc[start - 2]):
            start -= 1  # "the Graduate and Postdoctoral Workers Union": a coordinated name is one name
            continue
        if not _name_word(token):
            break
        start -= 1
    return Span(doc, start, ent.end, label=ent.label_) if start < ent.start else ent


def _name_word(token) -> bool:
    """A capitalised word that can open an organisation's name: at a sentence's start only a proper noun or
    an adjective no table knows ("Trident Automotive"), never "The", "Former" or a nationality."""
    opening_ok = not token.is_sent_start or (token.pos_ in ("ADJ", "PROPN") and not token.is_stop and
                                             token.lower_ not in _COMMON_CAPITALISED)
    return token.is_title and token.pos_ in ("ADJ", "PROPN", "NOUN") and not token.ent_type_ and opening_ok and \
        token.text not in gazetteer() and not is_reporting_word(token.lower_)


