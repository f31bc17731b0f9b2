"""Descriptions and pronouns that refer to an actor named before: "the top Norvian diplomat" -> the foreign
minister; "He added" -> the most recent person."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..lang import syntax
from ..lang.labels import CORPORATE_SUFFIXES
from ..lang.lexicon import (
    descriptors,
    gazetteer,
    given_names,
    organisation_descriptions,
    reporting_verbs,
    role_groups,
    word_list,
    word_map,
)
from ..lang.spans import indexes_of
from .gender import pronoun_gender
from .model import Actor

__all__ = ["PERSONAL_PRONOUNS", "mention_kind", "resolve_appositions", "resolve_descriptions",
           "resolve_organisation_speakers", "resolve_personal_pronouns", "resolve_pronoun_speakers"]

_ARTICLES = word_list("articles")
#: A description has at most this many words before its head ("the former deputy foreign minister"): a longer
#: run of nouns is no description, and walking it from every noun would be quadratic in its length.
_LONGEST_MODIFIERS = 8


def _description_phrases(doc: Doc):
    """Definite noun phrases without a name as head: "the top Chinese diplomat", "the world body"."""
    roles = role_groups()
    for token in doc:
        nominal = token.pos_ == "NOUN" or (token.lower_ in roles and syntax.functions_as(
            token, syntax.NOMINAL_SUBJECT | syntax.DIRECT_OBJECT | syntax.APPOSITION))
        if not nominal or (token.ent_type_ and token.ent_type_ != "NORP"):
            continue
        left = token
        while left.i > 0 and token.i - left.i < _LONGEST_MODIFIERS and \
                doc[left.i - 1].pos_ in ("ADJ", "NOUN", "PROPN", "NUM", "X") and \
                doc[left.i - 1].lower_ not in _ARTICLES:
            left = doc[left.i - 1]
        owner = _possessor_before(doc, left.i)
        if owner is None and (left.i == 0 or doc[left.i - 1].lower_ != "the"):
            continue
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if following is not None and (following.pos_ in ("NOUN", "PROPN") or following.ent_iob_ == "B"):
            continue  # not the head of its phrase, or an apposition to a name ("the movement X")
        yield doc[owner.start if owner is not None else left.i - 1:token.i + 1]


def _possessor_before(doc: Doc, i: int) -> Span | None:
    """The name right before ``i`` marked as a possessor ("[China]'s ambassador"), or None."""
    if i < 2 or not (doc[i - 1].tag_ == "POS" or doc[i - 1].text in ("'s", "’s")):
        return None
    owner = doc[i - 2]
    if not owner.ent_type_ or (owner.i + 1 < len(doc) and doc[owner.i + 1].ent_iob_ == "I"):
        return None
    start = owner.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    return doc[start:owner.i + 1]


def resolve_descriptions(doc: Doc, actors: list[Actor]) -> None:
    """Link definite descriptions to an actor named before: by a table description ("the world body"), by
    a descriptor the article gave it ("the resistance movement"), or, for people, by role family and
    affiliation ("the top Chinese diplomat" -> the Chinese foreign minister)."""
    named = {i for a in actors for m in a.mentions for i in range(m.start, m.end)}  # tokens inside names
    org_descriptions = organisation_descriptions()
    families = role_groups()
    by_name = {a.name: a for a in actors}
    for phrase in _description_phrases(doc):
        if phrase[-1].i in named:
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
                for d in a.descriptors) and a.type not in ("PERSON", "NORP")), None)
        if target is None and head.lower_ in families:
            affiliation = _phrase_affiliation(doc, phrase, actors)
            target = _person_by_role(earlier, families[head.lower_], affiliation, phrase.start_char)
        if target is None:
            target = _person_by_exact_role(doc, phrase, earlier, actors)
        if target is None and descriptors().get(head.lower_) == "ORG" and len(phrase) == 2:
            target = _organisation_named_by(earlier, head.lower_, phrase.start_char)
        if target is not None:
            target.references.append(phrase)


# "the company" / "the firm" stand for a company: a name with a corporate suffix.
_COMPANY_WORDS = word_list("company_nouns")


def _organisation_named_by(candidates: list[Actor], noun: str, before: int) -> Actor | None:
    """"the agency" after "National Land Transport Agency", "the company" after "Helix Corp": the organisation
    mentioned most recently whose name holds the noun (a company's, a corporate suffix)."""
    def names_it(actor: Actor) -> bool:
        words = {w.lower() for name in actor.aliases for w in name.split()}
        return noun in words or (noun in _COMPANY_WORDS and bool(words & CORPORATE_SUFFIXES))

    def last_seen(actor: Actor) -> int:
        return max(m.start_char for m in [*actor.mentions, *actor.references] if m.start_char < before)

    organisations = sorted((a for a in candidates if a.type == "ORG" and names_it(a)), key=last_seen, reverse=True)
    return organisations[0] if organisations else None


def _phrase_affiliation(doc: Doc, phrase: Span, actors: list[Actor]) -> str | None:
    for ent in phrase.ents:
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


def _person_by_exact_role(doc: Doc, phrase: Span, candidates: list[Actor], actors: list[Actor]) -> Actor | None:
    """"The former governor" -> the one person named before whose role ends in "governor" ("Former Governor
    Tom Reyes", "Tom Reyes, a former governor"); "the Labour councillor", "the governor of Kessel" -> the one
    of them whose affiliation is Labour, Kessel. With two such people, or none of that affiliation, none."""
    head = phrase[-1].lower_
    if phrase[-1].tag_ in ("NNS", "NNPS"):
        return None  # "the governors": more than one
    fitting = [a for a in candidates if a.type == "PERSON" and
               any(role.lower().split()[-1] == head for role in a.roles if role)]
    if not fitting:
        return None  # (the affiliation is read only when someone holds the role: it scans the phrase's names)
    affiliation = _phrase_affiliation(doc, phrase, actors) or _affiliation_after(phrase[-1], actors)
    fitting = [a for a in fitting if affiliation is None or any(_within(own, affiliation) for own in a.affiliations)]
    return fitting[0] if len(fitting) == 1 else None


def _affiliation_after(head: Token, actors: list[Actor]) -> str | None:
    """"the governor [of Kessel]": the actor named by the head's "of" phrase."""
    for preposition, noun in syntax.prepositional_objects(head):
        if preposition is not None and preposition.lower_ == "of":
            owner = next((a for a in actors if any(m.start <= noun.i < m.end for m in a.mentions)), None)
            if owner is not None:
                return owner.name
    return None


def _within(body: str, organisation: str) -> bool:
    """Is ``body`` the organisation itself or a body named after it ("X Political Bureau" within "X")?"""
    return body == organisation or body.startswith(organisation + " ")


# The actor types each subject pronoun of a report can stand for. "They", and "it" outside "it said" after
# one organisation (resolve_organisation_speakers), are not linked: measured on GUM's coreference, the most
# recent organisation or group was right for 7 % of "they" and 24 % of "it" (they are usually people the
# article describes, not a named organisation).
_SUBJECT_PRONOUNS = word_list("subject_pronouns")  # each stands for a PERSON
_PRONOUN_SEX = word_map("pronoun_excluded_sex")  # the sex a pronoun excludes


def _excluded_by_pronoun(actor: Actor, pronoun: str) -> bool:
    """"she" cannot be a man, nor "he" a woman: by the gender the text states (an honorific, a gendered noun:
    ``actor.gender`` as :func:`toolkit.actors.gender.stated_sex` set it before pronouns are linked; or the
    pronouns already linked to the person, :func:`resolve_personal_pronouns` sets it from the first), else, to
    break ties only, by a given name of one sex (unknown names stay possible)."""
    excluded = _PRONOUN_SEX.get(pronoun)
    if excluded is None:
        return False
    if actor.gender != "unknown":
        return actor.gender == excluded
    first = actor.name.split()[0] if actor.name else ""
    return given_names().get(first) == excluded


def _personal_name(actor: Actor) -> bool:
    """Does the actor look like a person a pronoun can stand for: a name of two words or more, a known given
    name, a title or role, or a single name that acts as the subject of a verb ("Merkel said", "Obama
    arrived")? A single word typed PERSON that never acts ("repeal Kidcare") is not."""
    words = actor.name.split() if actor.name else []
    if len(words) > 1 or (bool(words) and words[0] in given_names()) or actor.roles:
        return True
    return any(syntax.functions_as(m.root, syntax.NOMINAL_SUBJECT) and m.root.head.pos_ in ("VERB", "AUX")
               for m in actor.mentions)


def _type_in_doubt(actor: Actor) -> bool:
    """A "person" whose name holds an organisation's or a place's word ("Flora International", "Kenya
    Airways", "Mato Grosso State"), or that the gazetteer knows as something else: "he" and "she" never
    stand for it."""
    words = [w.lower() for w in actor.name.split()] if actor.name else []
    known = gazetteer().get(actor.name or "")
    return any(descriptors().get(w) == "ORG" or w in word_list("place_nouns") for w in words) or \
        (len(words) > 1 and words[0] in _PLACE_OPENERS) or (known is not None and known[0] != "PERSON")


# First words of place names ("Santa Maria", "San Pedro", "Port Harcourt"), never of a person's name.
_PLACE_OPENERS = word_list("place_openers")


def resolve_pronoun_speakers(doc: Doc, actors: list[Actor]) -> None:
    """"He added ...": a pronoun subject of a reporting verb is the most recent compatible actor."""
    verbs = reporting_verbs()
    taken = {r.start for a in actors for r in a.references if len(r) == 1}
    # who a subject pronoun can stand for, decided once: a person's name, not in doubt, no interpreter
    people = [a for a in actors if a.type == "PERSON" and _personal_name(a) and not _type_in_doubt(a) and
              not _interprets(a)]
    for token in (doc[i] for i in indexes_of(doc, _SUBJECT_PRONOUNS)):
        if token.i in taken or not syntax.is_nominal_subject(token) or token.head.lemma_.lower() not in verbs:
            continue
        best, best_at = None, -1
        channels = _channels(token.head)
        for actor in people:
            if _excluded_by_pronoun(actor, token.lower_) or any(m.start in channels for m in actor.mentions):
                continue
            seen = [m.end_char for m in [*actor.mentions, *actor.references] if m.end_char <= token.idx]
            if seen and max(seen) > best_at:
                best, best_at = actor, max(seen)
        if best is not None:
            best.references.append(doc[token.i:token.i + 1])


def resolve_organisation_speakers(doc: Doc, actors: list[Actor]) -> None:
    """"It said in a statement": "it" as the subject of a reporting verb is the organisation that is the
    subject of a clause before it, in its sentence or the sentence before, when no other organisation, place
    or group is named there ("Russia accused Orlo Capital …. It said" and "The report by Orlo Capital …. It
    said" stay unlinked). ("They" is left alone: on the page dev set it added no right link.)"""
    verbs = reporting_verbs()
    others = [a for a in actors if a.type in _NOT_PERSONS]
    sentences = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    for index, sentence in enumerate(sentences):
        start = sentences[max(index - 1, 0)].start_char
        for token in sentence:
            if token.lower_ != "it" or not syntax.is_nominal_subject(token) or \
                    token.head.lemma_.lower() not in verbs:
                continue
            near = [(a, m) for a in others for m in [*a.mentions, *a.references]
                    if start <= m.start_char and m.end_char <= token.idx]
            named = {a.name for a, _ in near}
            if len(named) == 1 and near[0][0].type == "ORG" and \
                    any(syntax.is_nominal_subject(m.root) for _, m in near):
                near[0][0].references.append(doc[token.i:token.i + 1])


_NOT_PERSONS = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC"})
_INTERPRETERS = word_list("interpreter_nouns")


def _interprets(actor: Actor) -> bool:
    """"His interpreter, Omar Haddad, …", "spoke through Omar Haddad": an interpreter voices someone else's
    words."""
    if any(word.lower().split()[-1] in _INTERPRETERS for word in [*actor.roles, *actor.descriptors] if word) or \
            any(ref.root.lower_ in _INTERPRETERS for ref in actor.references):
        return True
    verbs = reporting_verbs()
    for mention in actor.mentions:
        root = mention.root
        if root.head.lower_ == "through" and root.head.head.lemma_.lower() in verbs:
            return True  # ClearNLP: "spoke [through] X"
        if any(c.lower_ == "through" and syntax.functions_as(c, syntax.CASE_MARKER) for c in root.children) and \
                root.head.lemma_.lower() in verbs:
            return True  # UD: "through" is X's own case marker
    return False


def _channels(cue: Token) -> range:
    """The tokens of "through X" phrases on the reporting verb or on a clause before it ("Speaking through
    Haddad, he said", "he said through Haddad"): X carries the words, it does not speak them."""
    clauses = [cue, *(c for c in cue.children if c.i < cue.i and c.pos_ in ("VERB", "AUX"))]
    spans = [range(prep.i, noun.right_edge.i + 1) for clause in clauses
             for prep, noun in syntax.prepositional_objects(clause) if prep is not None and prep.lower_ == "through"]
    return range(min(s.start for s in spans), max(s.stop for s in spans)) if spans else range(0)


# Personal pronouns and the sex each one names (for "he"/"she" exclusions by given name).
PERSONAL_PRONOUNS = word_map("personal_pronouns")


def resolve_personal_pronouns(doc: Doc, actors: list[Actor]) -> None:
    """"He", "her", "his" stand for a person only where that is safe: exactly one person is named or referred
    to before it in its sentence and the sentence before (else, when none is, in the sentence before that),
    and not one of the other stated sex or given name; a wrong link is worse than none. Each link counts as
    a reference for the pronouns after it, so a chain of "he" follows the person through a paragraph.

    Measured on GUM dev (pronoun precision / recall, sm): the subject-only rule of 0.4.0 0.824 / 0.161; any
    role 0.829 / 0.222; reaching back a third sentence 0.842 / 0.264 (four or more sentences: precision falls).
    Letting the stated sex choose between two people lowers precision (0.722): the pronoun is often a third
    person the text never names."""
    taken = {(r.start, r.end) for a in actors for r in a.references}
    people = [a for a in actors if a.type == "PERSON" and _personal_name(a) and not _type_in_doubt(a)
              and not _interprets(a)]
    sentences = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    for index, sentence in enumerate(sentences):
        for token in sentence:
            pronoun = PERSONAL_PRONOUNS.get(token.lower_)
            if pronoun is None or token.pos_ != "PRON" or (token.i, token.i + 1) in taken:
                continue
            named: list[Actor] = []
            for reach in _PRONOUN_REACH:
                start = sentences[max(index - reach, 0)].start_char
                named = [a for a in people if any(start <= m.start_char and m.end_char <= token.idx
                                                  for m in [*a.mentions, *a.references])]
                if named:
                    break
            if len(named) == 1 and not _excluded_by_pronoun(named[0], pronoun):
                named[0].references.append(doc[token.i:token.i + 1])
                if named[0].gender == "unknown":  # "his family": the next "she" is someone else
                    named[0].gender = pronoun_gender(named[0])


# How many sentences back a pronoun looks for its person: the sentence before, else the one before that.
_PRONOUN_REACH = (1, 2)


def resolve_appositions(doc: Doc, actors: list[Actor]) -> None:
    """"Grace Okafor, the health minister, ...": a noun phrase in apposition to a name describes its actor."""
    taken = {(r.start, r.end) for a in actors for r in a.references}
    for actor in actors:
        for mention in list(actor.mentions):
            for child in mention.root.children:
                if not syntax.functions_as(child, syntax.APPOSITION) or child.pos_ != "NOUN" or \
                        child.i < mention.end or child.ent_type_ or not child.is_lower or \
                        actor.type not in ("PERSON", "ORG"):
                    continue
                start = child.left_edge.i
                while start < child.i and doc[start].is_punct:  # a parser may hang the comma on it
                    start += 1
                phrase = doc[start:child.i + 1]
                if phrase[0].pos_ != "DET" and phrase[0].tag_ != "PRP$" and not syntax.is_possessive(phrase[0]):
                    continue  # "the health minister", "a lawyer", "its parent company"; not "French pronunciation"
                if (phrase.start, phrase.end) not in taken and not any(t.is_punct for t in phrase):
                    actor.references.append(phrase)
                    taken.add((phrase.start, phrase.end))


def mention_kind(span: Span, actor: Actor, names: set[tuple[int, int]] | None = None) -> str:
    """``name`` for a mention of the actor's name, ``pronoun`` for a pronoun, else ``description``;
    ``names``: the actor's name mentions as ``(start, end)`` token offsets, when the caller has gathered them
    once (an actor named 20,000 times is not scanned per mention)."""
    names = names if names is not None else {(m.start, m.end) for m in actor.mentions}
    if (span.start, span.end) in names:
        return "name"
    return "pronoun" if len(span) == 1 and span[0].pos_ == "PRON" else "description"
