"""A person's gender as the text states it, with the evidence: an honorific before a name ("Ms Okafor", "Mr.
Brandt"), a gendered noun the text gives the person (a role or descriptor, "chairwoman", "father"; an
apposition, "his wife"; not a "-man" title such as "chairman", which news uses for women too), and the
pronouns the text links to them ("she said"). A given name is never
evidence: "Alex" says nothing, and the toolkit never guesses from names. Evidence that points both ways, or
none, gives ``unknown``.

>>> from toolkit.actors.gender import gender_of
>>> gender_of(["honorific: Ms", "pronoun: she"])
'female'
>>> gender_of(["noun: husband", "pronoun: she"]), gender_of([])
('unknown', 'unknown')
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..lang.lexicon import word_map
from .model import Actor

__all__ = ["GENDERS", "assign_genders", "gender_of", "pronoun_gender", "stated_sex"]

GENDERS = ("female", "male", "unknown")
_GENDERED = word_map("gendered_words")
_PRONOUNS = word_map("personal_pronouns")  # "her" -> she
_PRONOUN_GENDER = {"he": "male", "she": "female"}


def _honorifics(doc: Doc, actor: Actor) -> list[str]:
    """"Ms Okafor", "Mr. Brandt": an honorific right before a mention, or opening it."""
    found = []
    for mention in actor.mentions:
        before = doc[mention.start - 1] if mention.start > 0 else None
        for token in (before, mention[0]):
            if token is not None and token.lower_.rstrip(".") in _HONORIFIC_ONLY and token.text[:1].isupper():
                found.append(f"honorific: {token.text}")
                break
    return found


def _nouns(actor: Actor) -> list[str]:
    """Gendered nouns among the actor's roles and descriptors and the descriptions linked to it."""
    words = [phrase.split()[-1].lower() for phrase in [*actor.roles, *actor.descriptors] if phrase.split()]
    words += [ref.root.lower_ for ref in actor.references if not (len(ref) == 1 and ref[0].pos_ == "PRON")]
    return [f"noun: {word}" for word in words if word in _GENDERED and word[:1].isalpha() and "." not in word
            and word not in _HONORIFIC_ONLY]


# Words that state a gender only as an honorific before a name, never as a noun ("miss" the train).
_HONORIFIC_ONLY = frozenset({"mr", "mrs", "ms", "miss", "sir", "lord", "lady", "madam", "dame"})


def _pronouns(actor: Actor) -> list[str]:
    return [f"pronoun: {ref.text.lower()}" for ref in actor.references
            if len(ref) == 1 and ref[0].pos_ == "PRON" and _PRONOUNS.get(ref[0].lower_) in _PRONOUN_GENDER]


def _sex_of(evidence: str) -> str | None:
    kind, _, word = evidence.partition(": ")
    if kind == "pronoun":
        return _PRONOUN_GENDER.get(_PRONOUNS.get(word, ""))
    return _GENDERED.get(word.lower())


def gender_of(evidence: list[str]) -> str:
    """``female`` or ``male`` when every piece of evidence says so, else ``unknown``."""
    sexes = {_sex_of(e) for e in evidence} - {None}
    return sexes.pop() if len(sexes) == 1 else "unknown"


def stated_sex(doc: Doc, actor: Actor) -> str | None:
    """The gender honorifics and nouns state before any pronoun is linked (None when they say nothing or
    disagree): what a pronoun must agree with."""
    if actor.type != "PERSON":
        return None
    gender = gender_of(_honorifics(doc, actor) + _nouns(actor))
    return None if gender == "unknown" else gender


def pronoun_gender(actor: Actor) -> str:
    """The gender the pronouns linked to a person so far agree on (``unknown`` when none or both)."""
    return gender_of(_pronouns(actor)) if actor.type == "PERSON" else "unknown"


def assign_genders(doc: Doc, actors: list[Actor]) -> None:
    """Set ``gender`` and ``gender_evidence`` (each piece once, in order: honorifics, nouns, pronouns) on every
    person; other actors keep ``unknown`` and no evidence."""
    for actor in actors:
        if actor.type != "PERSON":
            continue
        evidence = list(dict.fromkeys(_honorifics(doc, actor) + _nouns(actor) + _pronouns(actor)))
        actor.gender_evidence = evidence
        actor.gender = gender_of(evidence)
