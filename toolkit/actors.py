"""Actors: entity mentions clustered into the people, organisations, places and groups an article is about.

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
from dataclasses import dataclass, field
from itertools import combinations

import networkx as nx
from spacy.tokens import Doc, Span

from .lang import syntax
from .lang.labels import ACTOR_LABELS
from .lang.labels import PERSON_LABELS as _PERSON
from .resources import (
    descriptors,
    gazetteer,
    given_names,
    government_seats,
    organisation_descriptions,
    reporting_verbs,
    role_groups,
)

# Words of a noun phrase that are not part of a role or a descriptor.
_FUNCTION_POS = frozenset({"DET", "PUNCT", "ADP", "PART", "PRON", "CCONJ", "SCONJ", "SPACE", "NUM", "VERB", "AUX"})


@dataclass
class Actor:
    """One actor of an article: ``mentions`` are the entity spans that refer to it, in text order."""

    name: str
    type: str
    mentions: list[Span] = field(default_factory=list)
    references: list[Span] = field(default_factory=list)  # descriptions and pronouns that refer to it
    roles: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    descriptors: list[str] = field(default_factory=list)

    @property
    def aliases(self) -> list[str]:
        seen: list[str] = []
        for mention in self.mentions:
            if mention.text.strip() not in seen:
                seen.append(mention.text.strip())
        return seen

    @property
    def first_start(self) -> int:
        return self.mentions[0].start_char


def is_actor_mention(ent: Span) -> bool:
    """Names that stand for an actor: a nationality used as a modifier ("Kenyan officials") is not one."""
    if ent.label_ not in ACTOR_LABELS:
        return False
    return not (ent.label_ == "NORP" and ent.root.dep_ in _MODIFIER_LABELS)


# A nationality as a modifier: "Kenyan officials", "Kenya's", "Kenyan-backed" (UD and ClearNLP labels).
_MODIFIER_LABELS = syntax.ADJECTIVAL | syntax.POSSESSOR | syntax.NOUN_PHRASE_ADVERBIAL | {"compound"}


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
    _attach_titles(doc, actors)
    _resolve_descriptions(doc, actors)
    _resolve_pronoun_speakers(doc, actors)
    return actors


def actor_network(actors: list[Actor]) -> nx.Graph:
    """Co-occurrence graph: actors are nodes (``type``, ``mentions``), and two actors named or referred to in
    the same sentence are joined by an edge whose ``weight`` counts those sentences."""
    graph = nx.Graph()
    sentences: dict[int, set[str]] = {}
    for actor in actors:
        graph.add_node(actor.name, type=actor.type, mentions=len(actor.mentions) + len(actor.references))
        for span in [*actor.mentions, *actor.references]:
            sentences.setdefault(span.sent.start, set()).add(actor.name)
    for names in sentences.values():
        for a, b in combinations(sorted(names), 2):
            weight = graph.get_edge_data(a, b, {"weight": 0})["weight"]
            graph.add_edge(a, b, weight=weight + 1)
    return graph


def actor_of(span: Span, actors: list[Actor]) -> Actor | None:
    """The actor a phrase refers to ("Union spokesman Jane Doe" -> Jane Doe, not the union): the actor of the
    phrase itself (a name, a description, a pronoun), else of its head word, else of a name compounded with
    its head ("X party" -> X), else the first actor named inside it."""
    spans = [(a, m) for a in actors for m in [*a.mentions, *a.references]]
    for actor, mention in spans:
        if (mention.start, mention.end) == (span.start, span.end):
            return actor
    for actor, mention in spans:  # "Apple CEO Steve Jobs": the name that ends the phrase is its head
        if mention.end == span.end and span.start < mention.start and actor.type == "PERSON":
            return actor
    root = span.root
    for actor, mention in spans:
        if mention.start <= root.i < mention.end:
            return actor
    for child in root.children:
        if child.dep_ in ("compound", "flat", "appos", "flat:name"):
            for actor, mention in spans:
                if mention.start <= child.i < mention.end:
                    return actor
    for actor in actors:
        if (root.pos_ == "PROPN" or root.tag_ in ("NNP", "NNPS")) and actor.type in ("GPE", "LOC"):
            continue  # "Rep. Jane Doe of Maryland": a person the model missed, not the place named after her
        for mention in [*actor.mentions, *actor.references]:
            if mention.start < span.end and span.start < mention.end:
                return actor
    return None


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
    """The noun phrase words in front of a mention, split at a possessive: ("Brazil", "UN Ambassador") for
    "Brazil's UN Ambassador X"; ([], "Kenyan Health Minister") for "Kenyan Health Minister X"."""
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
        if token.pos_ in ("VERB", "AUX", "PUNCT", "ADP", "SCONJ", "CCONJ", "SPACE", "PRON", "NUM") or \
                token.is_space or token.lower_ in ("the", "a", "an"):
            break
        words.insert(0, token)
        i -= 1
    return [], words


def _in_other_entity(token, mention: Span) -> bool:
    """Part of another name (a nationality stays: "the Kurdish rebel movement X")."""
    return bool(token.ent_type_) and token.ent_type_ != "NORP" and not (mention.start <= token.i < mention.end)


def _entity_at(doc: Doc, token) -> Span | None:
    return next((e for e in doc.ents if e.start <= token.i < e.end), None)


def _role_words(title: list) -> list:
    """The title words that make a role: honorifics dropped ("Mr."), and only the run of words right before
    the name that reads as a title ("former Homeland Security Secretary", "communications director")."""
    nouns = descriptors()
    honorific = {w for w, kind in _honorifics().items() if kind}
    words = [t for t in title if t.lower_ not in honorific]
    keep: list = []
    for token in reversed(words):
        titled = token.is_title or token.is_upper or token.lower_ in nouns or token.pos_ == "ADJ"
        compound = token.pos_ == "NOUN" and keep and keep[0].lower_ in nouns
        if token.is_space or not (titled or compound):
            break
        keep.insert(0, token)
    return keep if any(t.lower_ in nouns for t in keep) else []


def _honorifics() -> dict[str, bool]:
    return {"mr": True, "mr.": True, "mrs": True, "mrs.": True, "ms": True, "ms.": True, "dr": True, "dr.": True,
            "sir": True, "dame": True, "lord": True, "lady": True}


def _person_title(doc: Doc, actor: Actor, possessor: list, title: list, actor_of: dict) -> None:
    title = _role_words(title)
    if not title:
        return
    if possessor:  # "Brazil's UN Ambassador X": the possessor is the affiliation, the rest the role
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


# --------------------------------------------------------------------------------------------- references

def _description_phrases(doc: Doc):
    """Definite noun phrases without a name as head: "the top Chinese diplomat", "the world body"."""
    roles = role_groups()
    for token in doc:
        nominal = token.pos_ == "NOUN" or (token.lower_ in roles and token.dep_ in ("nsubj", "obj", "nsubj:pass",
                                                                                   "dobj", "nsubjpass", "appos"))
        if not nominal or (token.ent_type_ and token.ent_type_ != "NORP"):
            continue
        left = token
        while left.i > 0 and doc[left.i - 1].pos_ in ("ADJ", "NOUN", "PROPN", "NUM", "X") and \
                doc[left.i - 1].lower_ not in ("the", "a", "an"):
            left = doc[left.i - 1]
        if left.i == 0 or doc[left.i - 1].lower_ != "the":
            continue
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if following is not None and (following.pos_ in ("NOUN", "PROPN") or following.ent_iob_ == "B"):
            continue  # not the head of its phrase, or an apposition to a name ("the movement X")
        yield doc[left.i - 1:token.i + 1]


def _resolve_descriptions(doc: Doc, actors: list[Actor]) -> None:
    """Link definite descriptions to an actor named before: by a table description ("the world body"), by
    a descriptor the article gave it ("the resistance movement"), or, for people, by role family and
    affiliation ("the top Chinese diplomat" -> the Chinese foreign minister)."""
    named = {(m.start, m.end) for a in actors for m in a.mentions}
    org_descriptions = organisation_descriptions()
    families = role_groups()
    by_name = {a.name: a for a in actors}
    for phrase in _description_phrases(doc):
        if any(start <= phrase[-1].i < end for start, end in named):
            continue  # the head is a name: not a description
        head = phrase[-1]
        words = " ".join(t.lower_ for t in phrase[1:])
        earlier = [a for a in actors if a.first_start < phrase.start_char]
        target = None
        for description, canonical in org_descriptions.items():
            if words.endswith(description) and canonical in by_name:
                target = by_name[canonical]
        if target is None:
            target = next((a for a in reversed(earlier) if any(
                d.lower().endswith(" ".join(t.lower_ for t in phrase[-2:])) or d.lower() == head.lower_
                for d in a.descriptors) and a.type != "PERSON"), None)
        if target is None and head.lower_ in families:
            affiliation = _phrase_affiliation(doc, phrase, actors)
            target = _person_by_role(earlier, families[head.lower_], affiliation, phrase.start_char)
        if target is not None:
            target.references.append(phrase)


def _phrase_affiliation(doc: Doc, phrase: Span, actors: list[Actor]) -> str | None:
    for ent in doc.ents:
        if phrase.start <= ent.start and ent.end <= phrase.end:
            if ent.label_ == "NORP" and ent.text in gazetteer():
                return gazetteer()[ent.text][1]
            owner = next((a for a in actors if any((m.start, m.end) == (ent.start, ent.end) for m in a.mentions)), None)
            if owner is not None:
                return owner.name
    return None


def _person_by_role(candidates: list[Actor], families: frozenset[str], affiliation: str | None,
                    before: int) -> Actor | None:
    """The most recently mentioned person whose role is in one of ``families`` (and who has the affiliation)."""
    groups = role_groups()
    def last_seen(actor: Actor) -> int:
        return max(m.start_char for m in [*actor.mentions, *actor.references] if m.start_char < before)

    people = sorted((a for a in candidates if a.type == "PERSON"), key=last_seen, reverse=True)
    for person in people:
        role_families = set().union(*(groups.get(r.lower(), frozenset()) |
                                      groups.get(r.lower().split()[-1], frozenset()) for r in person.roles)) \
            if person.roles else set()
        if not role_families & families:
            continue
        if affiliation is None or any(_within(own, affiliation) for own in person.affiliations):
            return person
    return None


def _within(body: str, organisation: str) -> bool:
    """Is ``body`` the organisation itself or a body named after it ("X Political Bureau" within "X")?"""
    return body == organisation or body.startswith(organisation + " ")


# The actor types each subject pronoun can stand for: "they" is a group (an organisation, a people), not a
# place ("Demonstrators in Tulsa … they pledged" is not Tulsa).
_SUBJECT_PRONOUNS = {"he": ("PERSON",), "she": ("PERSON",), "it": ("ORG", "GPE"), "they": ("ORG", "NORP")}
_PRONOUN_SEX = {"he": "female", "she": "male"}  # the sex a pronoun excludes


def _excluded_by_pronoun(actor: Actor, pronoun: str) -> bool:
    """"she" cannot be a man known by a male given name, nor "he" a woman (unknown names stay possible)."""
    excluded = _PRONOUN_SEX.get(pronoun)
    first = actor.name.split()[0] if actor.name else ""
    return excluded is not None and given_names().get(first) == excluded


def _personal_name(actor: Actor) -> bool:
    """Does the actor look like a person a pronoun can stand for: a name of two words or more, a known given
    name, a title or role, or a single name that acts as the subject of a verb ("Merkel said", "Obama
    arrived")? A single word typed PERSON that never acts ("repeal Kidcare") is not."""
    words = actor.name.split() if actor.name else []
    if len(words) > 1 or (bool(words) and words[0] in given_names()) or actor.roles:
        return True
    return any(m.root.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") and m.root.head.pos_ in ("VERB", "AUX")
               for m in actor.mentions)


def _resolve_pronoun_speakers(doc: Doc, actors: list[Actor]) -> None:
    """"He added ...": a pronoun subject of a reporting verb is the most recent compatible actor."""
    verbs = reporting_verbs()
    for token in doc:
        types = _SUBJECT_PRONOUNS.get(token.lower_)
        if types is None or not token.dep_.startswith("nsubj") or token.head.lemma_.lower() not in verbs:
            continue
        best, best_at = None, -1
        for actor in actors:
            if actor.type not in types or _excluded_by_pronoun(actor, token.lower_) or \
                    (actor.type == "PERSON" and not _personal_name(actor)):
                continue
            seen = [m.end_char for m in [*actor.mentions, *actor.references] if m.end_char <= token.idx]
            if seen and max(seen) > best_at:
                best, best_at = actor, max(seen)
        if best is not None:
            best.references.append(doc[token.i:token.i + 1])
