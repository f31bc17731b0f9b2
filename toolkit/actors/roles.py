"""Roles, affiliations and descriptors from the words in front of each mention and from appositions:
"Kenyan Health Minister X" -> role "Health Minister", affiliation Kenya; "Y spokesman X" -> role "spokesman",
affiliation Y; "the resistance movement X" -> descriptor "resistance movement"."""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span

from ..lang import syntax
from ..lang.lexicon import descriptors, gazetteer, group_forms, honorifics, word_list
from .model import Actor

__all__ = ["attach_titles"]

_ARTICLES = word_list("articles")
# Words of a noun phrase that are not part of a role or a descriptor.
_FUNCTION_POS = frozenset({"DET", "PUNCT", "ADP", "PART", "PRON", "CCONJ", "SCONJ", "SPACE", "NUM", "VERB", "AUX"})


def attach_titles(doc: Doc, actors: list[Actor]) -> None:
    """Roles, affiliations and descriptors from the words in front of each mention and from appositions."""
    actor_of = {(m.start, m.end): a for a in actors for m in a.mentions}
    ents = _Entities(doc)
    for actor in actors:
        for mention in actor.mentions:
            possessor, title = _title_before(doc, mention)
            if actor.type == "PERSON":
                _person_title(doc, actor, possessor, title, actor_of, ents)
                _apposition(doc, actor, mention, actor_of, ents)
            else:
                words = [t for t in title if t.pos_ not in _FUNCTION_POS and not _in_other_entity(t, mention)]
                if words:
                    _add(actor.descriptors, " ".join(t.text for t in words))
                following = doc[mention.end] if mention.end < len(doc) else None
                if following is not None and descriptors().get(following.lower_) == "ORG" and \
                        following.pos_ in ("NOUN", "PROPN"):
                    _add(actor.descriptors, following.lower_)  # "X party", "X movement"
                for noun in _apposed_nouns(mention):
                    _add(actor.descriptors, noun.lower_)  # "the group, X,": later "the group" is X


def _apposed_nouns(mention: Span) -> list:
    """Common nouns in apposition to an organisation's name, either side: "The group, WeWorkers Coalition,"
    (the name apposed to the noun) and "Orlo Capital, a fund based in Kessel," (the noun apposed to the name);
    not a list ("the union, Orlo Capital and the council")."""
    doc, root = mention.doc, mention.root
    if (mention.end < len(doc) and doc[mention.end].lower_ in ("and", "or")) or \
            (mention.end + 1 < len(doc) and doc[mention.end + 1].lower_ in ("and", "or")):
        return []
    found = []
    before = doc[mention.start - 2] if mention.start >= 2 and doc[mention.start - 1].text == "," else None
    if before is not None and before.pos_ == "NOUN" and before.is_lower and before.tag_ not in ("NNS", "NNPS") and \
            root.dep_ == "appos" and root.head.i == before.i:
        found.append(before)
    for child in root.children:
        if child.dep_ == "appos" and child.i > mention.end and child.pos_ == "NOUN" and child.is_lower and \
                child.tag_ not in ("NNS", "NNPS") and doc[mention.end].text == "," and \
                not any(t.lower_ in ("and", "or") for t in doc[mention.end:child.i]):
            found.append(child)
    return found


#: A title in front of a name is a short phrase: the walk back stops after this many words (a sentence of
#: 50,000 nouns is no title, and walking it for every name would take hours).
LONGEST_TITLE = 12


def _title_before(doc: Doc, mention: Span) -> tuple[list, list]:
    """The noun phrase words in front of a mention, split at a possessive: ("Brazil", "UN Ambassador") for
    "Brazil's UN Ambassador X"; ([], "Kenyan Health Minister") for "Kenyan Health Minister X"."""
    words: list = []
    i = mention.start - 1
    while i >= 0 and len(words) < LONGEST_TITLE:
        token = doc[i]
        if token.tag_ == "POS" or token.text in ("'s", "’s"):
            possessor_end = i
            j = i - 1
            while j >= 0 and doc[j].ent_iob_ == "I":
                j -= 1
            return doc[max(j, 0):possessor_end][:] and list(doc[max(j, 0):possessor_end]), words[::-1]
        if token.pos_ in ("VERB", "AUX", "PUNCT", "ADP", "SCONJ", "CCONJ", "SPACE", "PRON", "NUM") or \
                token.is_space or token.lower_ in _ARTICLES:
            break
        words.append(token)
        i -= 1
    return [], words[::-1]


def _in_other_entity(token, mention: Span) -> bool:
    """Part of another name (a nationality stays: "the Kurdish rebel movement X")."""
    return bool(token.ent_type_) and token.ent_type_ != "NORP" and not (mention.start <= token.i < mention.end)


class _Entities:
    """The Doc's names, gathered once and found by bisection (``doc.ents`` builds every Span again on each
    access: scanned per mention, a long article took minutes)."""

    def __init__(self, doc: Doc) -> None:
        self.ents = list(doc.ents)
        self.starts = [e.start for e in self.ents]

    def at(self, token) -> Span | None:
        """The name that holds ``token``."""
        found = bisect.bisect_right(self.starts, token.i) - 1
        return self.ents[found] if found >= 0 and token.i < self.ents[found].end else None

    def within(self, start: int, end: int) -> list[Span]:
        """The names that lie inside tokens ``start:end``, in order."""
        first, last = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        return [e for e in self.ents[first:last] if e.end <= end]


def _role_words(title: list) -> list:
    """The title words that make a role: honorifics dropped ("Mr."), and only the run of words right before
    the name that reads as a title ("former Homeland Security Secretary", "communications director")."""
    nouns = descriptors()
    honorific = honorifics()
    words = [t for t in title if t.lower_ not in honorific]
    keep: list = []
    for token in reversed(words):
        titled = token.is_title or token.is_upper or token.lower_ in nouns or token.pos_ == "ADJ"
        compound = token.pos_ == "NOUN" and keep and keep[0].lower_ in nouns
        if token.is_space or not (titled or compound):
            break
        keep.insert(0, token)
    return keep if any(t.lower_ in nouns for t in keep) else []


def _person_title(doc: Doc, actor: Actor, possessor: list, title: list, actor_of: dict, ents: _Entities) -> None:
    title = _role_words(title)
    if not title:
        return
    if possessor:  # "Brazil's UN Ambassador X": the possessor is the affiliation, the rest the role
        _add(actor.roles, " ".join(t.text for t in title))
        owner = ents.at(possessor[-1])
        if owner is not None:
            _add(actor.affiliations, _actor_name(owner, actor_of))
        return
    role = [t for t in title if not t.ent_type_]  # "US President X": US is the affiliation
    _add(actor.roles, " ".join(t.text for t in role))
    for ent in {(e.start, e.end): e for t in title if t.ent_type_ and (e := ents.at(t)) is not None}.values():
        _add(actor.affiliations, _actor_name(ent, actor_of))


def _apposition(doc: Doc, actor: Actor, mention: Span, actor_of: dict, ents: _Entities) -> None:
    """"the head of Y, X" and "X, head of Y": role "head", affiliation Y."""
    nouns = descriptors()
    if mention.start >= 2 and doc[mention.start - 1].text == ",":
        window = doc[max(0, mention.start - 9):mention.start - 1]
        heads = [t for t in window if t.lower_ in nouns and nouns[t.lower_] == "PERSON" and _common_noun(t)]
        if heads and not any(t.pos_ in ("VERB", "AUX") or t.text in ".;" for t in doc[heads[-1].i:mention.start]):
            _role_of_phrase(doc, actor, heads[-1], mention.start - 1, actor_of, ents, start=window.start)
    if mention.end + 1 < len(doc) and doc[mention.end].text == ",":
        for token in doc[mention.end + 1:min(len(doc), mention.end + 6)]:
            if token.lower_ in nouns and nouns[token.lower_] == "PERSON" and _common_noun(token):
                end = next((t.i for t in doc[token.i:min(len(doc), token.i + 8)] if t.text in ",.;"), token.i + 1)
                _role_of_phrase(doc, actor, token, end, actor_of, ents, start=mention.end + 1)
                break
            if token.pos_ not in ("DET", "ADJ") and token.ent_type_ != "NORP" and not _possessive(token):
                break  # "the Republican nominee", "China's ambassador" go on to the noun


def _possessive(token) -> bool:
    """The possessive marker, a word of a name right before it ("China['s]"), or any non-final word of a name
    ("European [Union]'s"): what may stand between an apposition's comma and its noun."""
    if token.tag_ == "POS" or token.text in ("'s", "’s"):
        return True
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return bool(token.ent_type_) and following is not None and (following.tag_ == "POS" or following.ent_iob_ == "I")


def _common_noun(token) -> bool:
    """A noun in lower case (a tagger may call "nominee" a proper noun)."""
    return token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.is_lower)


def _role_of_phrase(doc: Doc, actor: Actor, head, end: int, actor_of: dict, ents: _Entities, start: int) -> None:
    """The role is the phrase's head; the affiliation the first name after it ("head of Y"), else a political
    group named in front of it ("the Republican nominee"; not a nationality, "a British lawyer")."""
    _add(actor.roles, head.text)
    owners = [ents.at(c) for c in head.children
              if start <= c.i < head.i and c.ent_type_ and syntax.functions_as(c, syntax.POSSESSOR)]
    if owners and owners[-1] is not None:  # "X, China's ambassador to Britain": China's, not Britain
        _add(actor.affiliations, _actor_name(owners[-1], actor_of))
        return
    after = ents.within(head.i + 1, end)
    before = [e for e in ents.within(start, head.i) if e.text in group_forms("political") and
              not any(t.pos_ in ("VERB", "AUX") or t.text in ",.;" for t in doc[e.end:head.i])]
    for ent in (after or before)[:1]:
        _add(actor.affiliations, _actor_name(ent, actor_of))


def _actor_name(ent: Span, actor_of: dict) -> str:
    actor = actor_of.get((ent.start, ent.end))
    if actor is not None:
        return actor.name
    return gazetteer().get(ent.text, (None, ent.text))[1]


def _add(items: list[str], value: str) -> None:
    if value and value not in items:
        items.append(value)
