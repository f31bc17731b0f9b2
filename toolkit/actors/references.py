"""Descriptions and pronouns that refer to an actor named before: "the top Iranian diplomat" -> the foreign
minister; "He added" -> the most recent person."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..resources import (
    descriptors,
    gazetteer,
    given_names,
    organisation_descriptions,
    reporting_verbs,
    role_groups,
    word_list,
)
from .model import Actor


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


def resolve_descriptions(doc: Doc, actors: list[Actor]) -> None:
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
        if target is None and descriptors().get(head.lower_) == "ORG" and len(phrase) == 2:
            target = _organisation_named_by(earlier, head.lower_, phrase.start_char)
        if target is not None:
            target.references.append(phrase)


# "the company" / "the firm" stand for a company: a name with a corporate suffix.
_COMPANY_WORDS = frozenset({"company", "firm", "group"})
_CORPORATE = frozenset("corp corp. corporation inc inc. ltd ltd. llc plc co co. company group holdings".split())


def _organisation_named_by(candidates: list[Actor], noun: str, before: int) -> Actor | None:
    """"the agency" after "National Land Transport Agency", "the company" after "Helix Corp": the organisation
    mentioned most recently whose name holds the noun (a company's, a corporate suffix)."""
    def names_it(actor: Actor) -> bool:
        words = {w.lower() for name in actor.aliases for w in name.split()}
        return noun in words or (noun in _COMPANY_WORDS and bool(words & _CORPORATE))

    def last_seen(actor: Actor) -> int:
        return max(m.start_char for m in [*actor.mentions, *actor.references] if m.start_char < before)

    organisations = sorted((a for a in candidates if a.type == "ORG" and names_it(a)), key=last_seen, reverse=True)
    return organisations[0] if organisations else None


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


def _type_in_doubt(actor: Actor) -> bool:
    """A "person" whose name holds an organisation's or a place's word ("Flora International", "Kenya
    Airways", "Mato Grosso State"), or that the gazetteer knows as something else: "he" and "she" never
    stand for it."""
    words = [w.lower() for w in actor.name.split()] if actor.name else []
    known = gazetteer().get(actor.name or "")
    return any(descriptors().get(w) == "ORG" or w in word_list("place_nouns") for w in words) or \
        (known is not None and known[0] != "PERSON")


def resolve_pronoun_speakers(doc: Doc, actors: list[Actor]) -> None:
    """"He added ...": a pronoun subject of a reporting verb is the most recent compatible actor."""
    verbs = reporting_verbs()
    for token in doc:
        types = _SUBJECT_PRONOUNS.get(token.lower_)
        if types is None or not token.dep_.startswith("nsubj") or token.head.lemma_.lower() not in verbs:
            continue
        best, best_at = None, -1
        for actor in actors:
            if actor.type not in types or _excluded_by_pronoun(actor, token.lower_) or \
                    (actor.type == "PERSON" and (not _personal_name(actor) or _type_in_doubt(actor))):
                continue
            seen = [m.end_char for m in [*actor.mentions, *actor.references] if m.end_char <= token.idx]
            if seen and max(seen) > best_at:
                best, best_at = actor, max(seen)
        if best is not None:
            best.references.append(doc[token.i:token.i + 1])
