"""A place's or a leader's institutions (a step of ``toolkit_entities``): "the Hong Kong police", "the Mexican
courts", "Russia's foreign ministry", "the Obama administration" are organisations, actors of their own; and
"Washington state" is a state, not the city. "A Chinese court" is none in particular, and stays as it was.

A reader lists "the Hong Kong police" as the actor that arrested someone, not Hong Kong; the model sees only
the place. A country, a city or a nationality (a person, for an administration), then up to two lower-case
modifiers ("foreign", "immigration", "top"), then an institution noun (word values ``institution_nouns``) that
ends the phrase becomes one ``ORG`` name: "police officers" and "military officials" are people, not the
institution, and stay as they were. A government is not among the nouns: the project's gold and GUM count "the
Chinese government" as China, as "Beijing said" is.

>>> from toolkit.pipeline import load_pipeline  # doctest: +SKIP
>>> [(e.text, e.label_) for e in load_pipeline()("The Afghan police said so.").ents]  # doctest: +SKIP
[('Afghan police', 'ORG')]
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..lang.labels import PERSON_LABELS
from ..lang.lexicon import gazetteer, word_list, word_map

__all__ = ["institution_names"]

_PLACE_LABELS = frozenset({"GPE", "NORP"})
_MAX_MODIFIERS = 2
_INDEFINITE = frozenset({"a", "an", "another", "one", "some", "any"})


def institution_names(doc: Doc, ents: list[Span], evidence: dict[tuple[int, int], str]) -> list[Span]:
    """Each place (or leader) followed by an institution noun, as one ``ORG`` over both; the entities the new
    name covers give way to it. ``evidence`` records the new names as ``descriptor``."""
    result = list(ents)
    for ent in ents:
        if _a_state_named_like_its_city(doc, ent):  # "Washington state", apart from "Washington, D.C."
            result = [e for e in result if e is not ent] + [Span(doc, ent.start, ent.end + 1, label="GPE")]
            continue
        end = _institution_end(doc, ent)
        if end is None:
            continue
        name = Span(doc, ent.start, end, label="ORG")
        result = [e for e in result if e.end <= name.start or e.start >= name.end] + [name]
        evidence[(name.start, name.end)] = "descriptor"
    return sorted(result, key=lambda e: e.start)


def _institution_end(doc: Doc, ent: Span) -> int | None:
    """Where the institution's name ends, or None: the place, its possessive, modifiers, the noun."""
    nouns = word_map("institution_nouns")
    whose = "place" if ent.label_ in _PLACE_LABELS else "person" if ent.label_ in PERSON_LABELS else None
    if whose is None or (ent.start > 0 and doc[ent.start - 1].lower_ in _INDEFINITE):
        return None  # "a Chinese court", "another Chinese court": which one, the text does not say
    i = ent.end
    if i < len(doc) and doc[i].lower_ in word_list("possessive_endings"):
        if whose == "person":
            return None  # "Obama's administration": the person, as a possessor, acts
        i += 1
    for _ in range(_MAX_MODIFIERS + 1):
        if i >= len(doc):
            return None
        two = doc[i:i + 2].text.lower()
        found = two if two in nouns else doc[i].lower_ if doc[i].lower_ in nouns else None
        last = doc[i + len(found.split()) - 1] if found is not None else None
        if found is not None and (whose == "place" or nouns[found] == "any") and \
                last.pos_ not in ("VERB", "AUX"):  # not a verb: "China forces firms to …", "Republicans court voters"
            end = i + len(found.split())
            return end if not _continues_a_compound(doc, end) else None
        if not (doc[i].is_lower and doc[i].is_alpha and doc[i].pos_ in ("ADJ", "NOUN", "PROPN") and not doc[i].is_stop):
            return None
        i += 1
    return None


def _a_state_named_like_its_city(doc: Doc, ent: Span) -> bool:
    """"Washington state sued", "in New York state": "state" in lower case, heading its phrase, after a place
    that is not its table's own name (a country, most cities); not "Kessel state television" (the state's)."""
    table = gazetteer()
    return ent.label_ == "GPE" and ent.end < len(doc) and doc[ent.end].text == "state" and \
        table.get(ent.text, ("", ""))[1] != ent.text and not _continues_a_compound(doc, ent.end + 1)


def _continues_a_compound(doc: Doc, end: int) -> bool:
    """"police officers", "government officials", "court ruling": the noun is a modifier, not the head."""
    return end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN") and doc[end].lower_ not in \
        word_list("possessive_endings")
