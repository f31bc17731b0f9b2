"""Actors: entity mentions clustered into the people, organisations, places and groups an article is about.

Mentions of one actor are merged when

- the data tables give them one canonical name ("US", "U.S.", "United States"; "UN General Assembly",
  "General Assembly"; a seat of government such as "Washington" for the United States);
- a person's surname or first name alone follows the full name ("Zarif" after "Mohammad Javad Zarif"); with
  two people of one surname, the most recent one;
- an acronym spells the initials of a longer name of the same type ("PA" after "Palestinian Authority").

Distinct names that only share a word are never merged ("Palestinian Authority" and "Palestinian";
"Hamas" and "Fatah"). Each actor gets its canonical name (the table's, else the longest name used), its
type, its aliases, and the roles, affiliations and descriptors the article attaches to it: "Iranian Foreign
Minister X" -> role "Foreign Minister", affiliation Iran; "Y spokesman X" -> role "spokesman", affiliation Y;
"the resistance movement X" -> descriptor "resistance movement".
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from .resources import descriptors, gazetteer, government_seats

ACTOR_LABELS = frozenset({"PERSON", "PER", "ORG", "GPE", "LOC", "NORP"})
_PERSON = frozenset({"PERSON", "PER"})
# Words of a noun phrase that are not part of a role or a descriptor.
_FUNCTION_POS = frozenset({"DET", "PUNCT", "ADP", "PART", "PRON", "CCONJ", "SCONJ", "SPACE", "NUM", "VERB", "AUX"})


@dataclass
class Actor:
    """One actor of an article: ``mentions`` are the entity spans that refer to it, in text order."""

    name: str
    type: str
    mentions: list[Span] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    descriptors: list[str] = field(default_factory=list)

    @property
    def aliases(self) -> list[str]:
        seen: list[str] = []
        for mention in self.mentions:
            if mention.text not in seen:
                seen.append(mention.text)
        return seen

    @property
    def first_start(self) -> int:
        return self.mentions[0].start_char


def is_actor_mention(ent: Span) -> bool:
    """Names that stand for an actor: a nationality used as a modifier ("Iranian officials") is not one."""
    if ent.label_ not in ACTOR_LABELS:
        return False
    return not (ent.label_ == "NORP" and ent.root.dep_ in ("amod", "compound", "nmod:poss", "poss"))


def cluster(doc: Doc) -> list[Actor]:
    """The actors of a Doc (entities from the pipeline, ``toolkit_entities`` included), in order of first mention."""
    table = gazetteer()
    actors: list[Actor] = []
    by_key: dict[tuple[str, str], Actor] = {}
    for ent in (e for e in doc.ents if is_actor_mention(e)):
        label = "PERSON" if ent.label_ in _PERSON else ent.label_
        canonical = _canonical(ent, table)
        actor = None
        if canonical is not None:
            actor = by_key.get((_family(label), canonical))
        if actor is None:
            actor = by_key.get((_family(label), ent.text)) or _earlier_name(actors, ent, label)
        if actor is None:
            actor = Actor(canonical or ent.text, label)
            actors.append(actor)
        actor.mentions.append(ent)
        if canonical is None and len(ent.text) > len(actor.name) and actor.name in ent.text:
            actor.name = ent.text  # the longest proper name becomes the canonical one
        for key in {(_family(label), ent.text), (_family(label), actor.name)} | (
                {(_family(label), canonical)} if canonical else set()):
            by_key.setdefault(key, actor)
    for actor in actors:
        actor.type = Counter("PERSON" if m.label_ in _PERSON else m.label_ for m in actor.mentions).most_common(1)[0][0]
    _attach_titles(doc, actors)
    return actors


# Dependencies in which a place name acts: "Washington said", "Tehran's support" (not "in Tehran").
_AGENTIVE = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "csubj", "nmod:poss", "poss", "agent", "obl:agent"})


def _canonical(ent: Span, table: dict) -> str | None:
    """The table's canonical name; a seat of government stands for its country only when it acts
    ("Washington said", "Washington's efforts"), and is the city itself as a place ("in Washington")."""
    if ent.text not in table:
        return None
    seats = government_seats()
    if ent.text in seats and ent.root.dep_ not in _AGENTIVE:
        return ent.text
    return table[ent.text][1]


def _family(label: str) -> str:
    """Places are one family: a country typed GPE in one sentence and LOC in another is one actor."""
    return "PLACE" if label in ("GPE", "LOC") else label


def _earlier_name(actors: list[Actor], ent: Span, label: str) -> Actor | None:
    """A shorter mention of an actor named before: surname/first name of a person, an acronym of a name."""
    words = [t.text for t in ent]
    candidates = [a for a in actors if _family(a.type) == _family(label)]
    for actor in reversed(candidates):  # the most recent compatible actor first
        for name in actor.aliases:
            parts = name.split()
            if label == "PERSON" and len(parts) > len(words) and (parts[-len(words):] == words or
                                                                  parts[:len(words)] == words):
                return actor
            if len(words) == 1 and words[0].isupper() and len(parts) > 1 and \
                    words[0].replace(".", "") == "".join(p[0] for p in parts if p[0].isupper()):
                return actor
    return None


# --------------------------------------------------------------------------------------------- titles

def _attach_titles(doc: Doc, actors: list[Actor]) -> None:
    """Roles, affiliations and descriptors from the words in front of each mention and from appositions."""
    actor_of = {(m.start, m.end): a for a in actors for m in a.mentions}
    for actor in actors:
        for mention in actor.mentions:
            possessor, title = _title_before(doc, mention)
            if actor.type == "PERSON":
                _person_title(doc, actor, possessor, title, actor_of)
                _apposition(doc, actor, mention, actor_of)
            else:
                words = [t for t in title if t.pos_ not in _FUNCTION_POS and not _in_other_entity(t, mention)]
                if words:
                    _add(actor.descriptors, " ".join(t.text for t in words))
                following = doc[mention.end] if mention.end < len(doc) else None
                if following is not None and descriptors().get(following.lower_) == "ORG" and \
                        following.pos_ in ("NOUN", "PROPN"):
                    _add(actor.descriptors, following.lower_)  # "X party", "X movement"


def _title_before(doc: Doc, mention: Span) -> tuple[list, list]:
    """The noun phrase words in front of a mention, split at a possessive: ("Israel", "UN Ambassador") for
    "Israel's UN Ambassador X"; ([], "Iranian Foreign Minister") for "Iranian Foreign Minister X"."""
    words = []
    i = mention.start - 1
    while i >= 0:
        token = doc[i]
        if token.tag_ == "POS" or token.text in ("'s", "’s"):
            possessor_end = i
            j = i - 1
            while j >= 0 and doc[j].ent_iob_ == "I":
                j -= 1
            return doc[max(j, 0):possessor_end][:] and list(doc[max(j, 0):possessor_end]), words
        if token.pos_ in ("VERB", "AUX", "PUNCT", "ADP", "SCONJ", "CCONJ", "SPACE", "PRON") or \
                token.lower_ in ("the", "a", "an"):
            break
        words.insert(0, token)
        i -= 1
    return [], words


def _in_other_entity(token, mention: Span) -> bool:
    """Part of another name (a nationality stays: "the Palestinian resistance movement X")."""
    return bool(token.ent_type_) and token.ent_type_ != "NORP" and not (mention.start <= token.i < mention.end)


def _entity_at(doc: Doc, token) -> Span | None:
    return next((e for e in doc.ents if e.start <= token.i < e.end), None)


def _person_title(doc: Doc, actor: Actor, possessor: list, title: list, actor_of: dict) -> None:
    nouns = descriptors()
    if not any(t.lower_ in nouns for t in title):
        return
    if possessor:  # "Israel's UN Ambassador X": the possessor is the affiliation, the rest the role
        _add(actor.roles, " ".join(t.text for t in title))
        owner = _entity_at(doc, possessor[-1])
        if owner is not None:
            _add(actor.affiliations, _actor_name(owner, actor_of))
        return
    role = [t for t in title if not t.ent_type_]  # "US President X": US is the affiliation
    _add(actor.roles, " ".join(t.text for t in role))
    for ent in {(_entity_at(doc, t).start, _entity_at(doc, t).end): _entity_at(doc, t) for t in title
                if t.ent_type_}.values():
        _add(actor.affiliations, _actor_name(ent, actor_of))


def _apposition(doc: Doc, actor: Actor, mention: Span, actor_of: dict) -> None:
    """"the head of Y, X" and "X, head of Y": role "head", affiliation Y."""
    nouns = descriptors()
    if mention.start >= 2 and doc[mention.start - 1].text == ",":
        window = doc[max(0, mention.start - 9):mention.start - 1]
        heads = [t for t in window if t.lower_ in nouns and nouns[t.lower_] == "PERSON" and t.pos_ == "NOUN"]
        if heads and not any(t.pos_ in ("VERB", "AUX") or t.text in ".;" for t in doc[heads[-1].i:mention.start]):
            _role_of_phrase(doc, actor, heads[-1], mention.start - 1, actor_of)
    if mention.end + 1 < len(doc) and doc[mention.end].text == ",":
        for token in doc[mention.end + 1:min(len(doc), mention.end + 4)]:
            if token.lower_ in nouns and nouns[token.lower_] == "PERSON" and token.pos_ == "NOUN":
                end = next((t.i for t in doc[token.i:min(len(doc), token.i + 8)] if t.text in ",.;"), token.i + 1)
                _role_of_phrase(doc, actor, token, end, actor_of)
                break
            if token.pos_ not in ("DET", "ADJ"):
                break


def _role_of_phrase(doc: Doc, actor: Actor, head, end: int, actor_of: dict) -> None:
    _add(actor.roles, head.text)
    for ent in doc.ents:
        if head.i < ent.start and ent.end <= end:
            _add(actor.affiliations, _actor_name(ent, actor_of))
            break


def _actor_name(ent: Span, actor_of: dict) -> str:
    actor = actor_of.get((ent.start, ent.end))
    if actor is not None:
        return actor.name
    return gazetteer().get(ent.text, (None, ent.text))[1]


def _add(items: list[str], value: str) -> None:
    if value and value not in items:
        items.append(value)
