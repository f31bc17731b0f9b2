"""Clustering: entity mentions clustered into the people, organisations, places and groups an article is about.

Mentions of one actor are merged when

- the data tables give them one canonical name ("US", "U.S.", "United States"; "UN General Assembly",
  "General Assembly"; a seat of government such as "Washington" for the United States);
- a person's surname or first name alone follows the full name ("Okafor" after "Grace Okafor"); with
  two people of one surname, the most recent one;
- an acronym spells the initials of a longer name of the same type ("KRG" after "Kurdistan Regional Government").

Distinct names that only share a word are never merged ("Kurdistan Regional Government" and "Kurdistan
Workers' Party"; two people who share a surname). Each actor gets its canonical name (the table's, else the
longest name used), its type, its aliases, and the roles, affiliations and descriptors the article attaches
to it: "Kenyan Health Minister X" -> role "Health Minister", affiliation Kenya; "Y spokesman X" -> role
"spokesman", affiliation Y; "the resistance movement X" -> descriptor "resistance movement".
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

from ..lang.labels import PERSON_LABELS as _PERSON
from ..resources import gazetteer, government_seats
from .model import Actor, is_actor_mention
from .references import resolve_descriptions, resolve_pronoun_speakers
from .roles import attach_titles


def cluster(doc: Doc) -> list[Actor]:
    """The actors of a Doc (entities from the pipeline, ``toolkit_entities`` included), in order of first mention."""
    table = gazetteer()
    actors: list[Actor] = []
    by_key: dict[tuple[str, str], Actor] = {}
    for ent in (e for e in doc.ents if is_actor_mention(e)):
        label = "PERSON" if ent.label_ in _PERSON else ent.label_
        canonical = _canonical(ent, table)
        text = ent.text.strip()
        if label == "NORP" and canonical is not None:
            canonical = f"{canonical} (people)" if canonical in _country_names() else canonical
        actor = None
        if canonical is not None:
            actor = by_key.get((_family(label), canonical))
        if actor is None:
            actor = by_key.get((_family(label), text)) or _earlier_name(actors, ent, label)
        if actor is None:
            actor = Actor(canonical or text, label)
            actors.append(actor)
        actor.mentions.append(ent)
        if canonical is None and len(text) > len(actor.name) and actor.name in text:
            actor.name = text  # the longest proper name becomes the canonical one
        for key in {(_family(label), text), (_family(label), actor.name)} | (
                {(_family(label), canonical)} if canonical else set()):
            by_key.setdefault(key, actor)
    actors = _merge_early_surnames(actors)
    for actor in actors:
        actor.type = Counter("PERSON" if m.label_ in _PERSON else m.label_ for m in actor.mentions).most_common(1)[0][0]
    attach_titles(doc, actors)
    resolve_descriptions(doc, actors)
    resolve_pronoun_speakers(doc, actors)
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


def _country_names() -> frozenset[str]:
    return frozenset(name for name, (label, canonical) in gazetteer().items() if label == "GPE" and name == canonical)


def _fold(word: str) -> str:
    """Spelling-insensitive form for matching names: case and apostrophe style ("O’Neill" = "O'Neill")."""
    return word.replace("’", "'").casefold()


def _merge_early_surnames(actors: list[Actor]) -> list[Actor]:
    """A surname used before the full name (a headline's "Trump ...", then "Donald Trump") joins the one
    person whose full name ends or starts with it; with two such people it stays apart."""
    people = [a for a in actors if a.type == "PERSON"]
    merged: set[int] = set()
    for short in people:
        if " " in short.name:
            continue
        owners = [a for a in people if a is not short and " " in a.name and
                  short.name in (a.name.split()[-1], a.name.split()[0])]
        if len(owners) == 1:
            owner = owners[0]
            owner.mentions = sorted([*owner.mentions, *short.mentions], key=lambda m: m.start)
            merged.add(id(short))
    return sorted((a for a in actors if id(a) not in merged), key=lambda a: a.first_start)


def _family(label: str) -> str:
    """Places are one family: a country typed GPE in one sentence and LOC in another is one actor."""
    return "PLACE" if label in ("GPE", "LOC") else label


def _earlier_name(actors: list[Actor], ent: Span, label: str) -> Actor | None:
    """A shorter mention of an actor named before: surname/first name of a person, an acronym of a name."""
    words = [_fold(t.text) for t in ent]
    candidates = [a for a in actors if _family(a.type) == _family(label)]
    for actor in reversed(candidates):  # the most recent compatible actor first
        for name in actor.aliases:
            parts = [_fold(p) for p in name.split()]
            if label == "PERSON" and len(parts) > len(words) and (parts[-len(words):] == words or
                                                                  parts[:len(words)] == words):
                return actor
            if len(ent) == 1 and ent[0].text.isupper() and len(parts) > 1 and \
                    ent[0].text.replace(".", "") == "".join(p[0] for p in name.split() if p[0].isupper()):
                return actor
    return None


# --------------------------------------------------------------------------------------------- titles
