"""toolkit.link.actors: a span of text to the actor it names (actor_of) and a claim's target to its actor
(target_actor), with actors built by hand from the parse."""

from __future__ import annotations

import pytest
from link_docs import parse, span

from toolkit.actors import Actor
from toolkit.link import actor_of, target_actor


@pytest.mark.parametrize(("text", "actors", "phrase", "expected"), [
    ("Tomas Brandt met Lena Varga in Kessel.", {"Tomas Brandt": "PERSON", "Lena Varga": "PERSON"},
     ("Lena Varga", 0), "Lena Varga"),
    ("Union spokesman Tomas Brandt said the strike would continue.", {"Union": "ORG", "Tomas Brandt": "PERSON"},
     ("Union spokesman Tomas Brandt", 0), "Tomas Brandt"),  # the person the title phrase ends with
    ("Tomas Brandt arrived on Monday. Brandt said the talks had failed.", {"Tomas Brandt": "PERSON"},
     ("Brandt", 1), "Tomas Brandt"),  # a surname the model missed: the one person of that name
    ("Tomas Brandt and Lena Brandt arrived on Monday. Brandt said the talks had failed.",
     {"Tomas Brandt": "PERSON", "Lena Brandt": "PERSON"}, ("Brandt", 2), None),  # two of that name: neither
    ("The Global Farmers Council met in Kessel. GFC said prices would fall.",
     {"Global Farmers Council": "ORG", "Kessel": "GPE"}, ("GFC", 0), "Global Farmers Council"),  # it spells it
    ("Senator Ilse Varga of Kessel said the bridge was unsafe.", {"Kessel": "GPE"},
     ("Senator Ilse Varga of Kessel", 0), None),  # a person the model missed is not the place after her name
], ids=["the-mention-itself", "title-phrase", "surname-missed", "surname-of-two", "acronym-missed",
        "person-of-a-place"])
def test_the_actor_a_phrase_names(text, actors, phrase, expected):
    """Each actor's one mention is the first occurrence of its name."""
    doc = parse(text)
    made = [Actor(name, kind, [span(doc, name)]) for name, kind in actors.items()]
    found = actor_of(span(doc, *phrase), made)
    assert (found and found.name) == expected


def test_a_description_the_actor_holds_is_that_actor():
    doc = parse("Lena Varga visited the dam. The minister said it was safe.")
    varga = Actor("Lena Varga", "PERSON", [span(doc, "Lena Varga")], references=[span(doc, "The minister")])
    assert actor_of(span(doc, "The minister"), [varga]) is varga


@pytest.mark.parametrize(("text", "target", "owner"), [
    ("The council criticised Norvia's efforts to build the dam.", "Norvia's efforts to build the dam", "Norvia"),
    ("The council criticised attempts by Norvia to build the dam.", "attempts by Norvia to build the dam", "Norvia"),
    ("The council criticised efforts to help Norvia.", "efforts to help Norvia", None),  # a name deeper inside
    ("The council criticised efforts to help Norvia.", "Norvia", "Norvia"),
], ids=["possessor", "agent-after-by", "name-deeper-inside", "the-name-itself"])
def test_the_owner_of_a_target_and_never_a_name_deeper_inside(text, target, owner):
    doc = parse(text)
    norvia = Actor("Norvia", "GPE", [span(doc, "Norvia")])
    found = target_actor(span(doc, target), [norvia])
    assert (found and found.name) == owner
