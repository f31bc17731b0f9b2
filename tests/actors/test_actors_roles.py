"""toolkit.actors.roles: roles, affiliations and descriptors from the words before a name and from appositions
(attach_titles), with actors made by hand from the parse's names; and the co-occurrence graph
(toolkit.actors.network)."""

from __future__ import annotations

from actor_docs import parse

from toolkit.actors import Actor, actor_network
from toolkit.actors.roles import attach_titles


def titled(text: str) -> dict[str, Actor]:
    doc = parse(text)
    actors = {e.text: Actor(e.text, e.label_, [e]) for e in doc.ents}
    attach_titles(doc, list(actors.values()))
    return actors


def test_an_organisation_before_a_title_is_the_affiliation():
    brandt = titled("Kessel Farmers Union spokesman Tomas Brandt said the strike would continue.")["Tomas Brandt"]
    assert (brandt.roles, brandt.affiliations) == (["spokesman"], ["Kessel Farmers Union"])


def test_a_possessor_before_a_title_is_the_affiliation():
    varga = titled("Orlo Capital's chief economist Lena Varga said prices would fall.")["Lena Varga"]
    assert (varga.roles, varga.affiliations) == (["chief economist"], ["Orlo Capital"])


def test_a_title_in_apposition_after_the_name():
    varga = titled("Lena Varga, head of the Kessel Water Board, said the dam was safe.")["Lena Varga"]
    assert (varga.roles, varga.affiliations) == (["head"], ["Kessel Water Board"])


def test_a_possessor_in_an_apposed_title_is_the_affiliation_not_the_name_after_it():
    liu = titled("Liu Xiaming, China's ambassador to Britain, met officials on Monday.")["Liu Xiaming"]
    assert (liu.roles, liu.affiliations) == (["ambassador"], ["China"])
    # the possessive of another phrase is not the title's owner
    lopez = titled("Norvia's president thanked the director, Ana Lopez, for the report.")["Ana Lopez"]
    assert (lopez.roles, lopez.affiliations) == (["director"], [])


def test_a_group_in_front_of_an_apposed_title_is_the_affiliation_of_the_person_not_of_the_next_name():
    for text in ("Tomas Brandt, the presumptive Republican nominee, addressed Congress on Monday.",
                 "The presumptive Republican nominee, Tomas Brandt, told Congress he would win."):
        actors = titled(text)
        brandt = actors["Tomas Brandt"]
        assert brandt.roles == ["nominee"] and [a.rstrip("s") for a in brandt.affiliations] == ["Republican"]
        assert actors["Congress"].descriptors == [] and actors["Congress"].roles == []


def test_a_nationality_in_front_of_an_apposed_title_is_no_affiliation():
    brandt = titled("Tomas Brandt, a British lawyer, said the ruling was wrong.")["Tomas Brandt"]
    assert brandt.roles == ["lawyer"] and brandt.affiliations == []


def test_a_title_without_an_organisation_and_an_honorific_is_no_role():
    actors = titled("Mayor Lena Varga opened the bridge. Ms. Ilse Novak thanked the workers.")
    assert (actors["Lena Varga"].roles, actors["Lena Varga"].affiliations) == (["Mayor"], [])
    assert actors["Ilse Novak"].roles == []


def test_descriptors_of_an_organisation_before_and_after_its_name():
    actors = titled("The resistance movement Free Kessel said it would fight. The Kessel Green party agreed.")
    assert actors["Free Kessel"].descriptors == ["resistance movement"]
    assert actors["Kessel Green"].descriptors == ["party"]


def test_actors_named_in_one_sentence_are_joined_weighted_by_sentences():
    doc = parse("Lena Varga met Tomas Brandt. Brandt thanked Varga. Ilse Novak stayed home.")
    varga = Actor("Lena Varga", "PERSON", [doc[0:2], doc[8:9]])
    brandt = Actor("Tomas Brandt", "PERSON", [doc[3:5], doc[6:7]])
    novak = Actor("Ilse Novak", "PERSON", [doc[10:12]])
    assert [s.text for s in (*varga.mentions, *brandt.mentions, *novak.mentions)] == [
        "Lena Varga", "Varga", "Tomas Brandt", "Brandt", "Ilse Novak"]
    graph = actor_network([varga, brandt, novak])
    assert graph.edges["Lena Varga", "Tomas Brandt"]["weight"] == 2
    assert not graph.has_edge("Lena Varga", "Ilse Novak")
    assert graph.nodes["Ilse Novak"] == {"type": "PERSON", "mentions": 1}


def test_a_noun_in_apposition_to_an_organisation_is_its_descriptor():
    # "The group, X," and "X, a fund based in Y,": "the group" and "the fund" later stand for X
    actors = titled("The group, WeWorkers Coalition, formed in recent weeks. Orlo Capital, a fund based in "
                    "Kessel, bought the site.")
    assert actors["WeWorkers Coalition"].descriptors == ["group"]
    assert actors["Orlo Capital"].descriptors == ["fund"]
    assert actors["Kessel"].descriptors == []
    # a list is no apposition: "the union, Orlo Capital and the council"
    listed = titled("The deal was signed by the union, Orlo Capital and the city council.")
    assert listed["Orlo Capital"].descriptors == []
