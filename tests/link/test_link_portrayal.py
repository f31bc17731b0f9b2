"""toolkit.link.portrayal: which mentions of which actor the portrayal model reads together, per sentence
(portrayal_groups). The model itself is not run here."""

from __future__ import annotations

import spacy
from link_docs import parse, span

from toolkit.actors import Actor
from toolkit.link import portrayal_groups

TEXT = "Lena Varga visited Kessel and the Orlo Dam. Varga praised the Kessel Rangers, and she smiled. He left early."


def actors_of(doc) -> list[Actor]:
    return [Actor("Lena Varga", "PERSON", [span(doc, "Lena Varga"), span(doc, "Varga", nth=1)],
                  references=[span(doc, "she")]),
            Actor("Kessel", "GPE", [span(doc, "Kessel")]),
            Actor("Orlo Dam", "LOC", [span(doc, "Orlo Dam")]),
            Actor("Kessel Rangers", "ORG", [span(doc, "Kessel Rangers")])]


def test_mentions_grouped_by_sentence_and_actor_in_text_order():
    doc = parse(TEXT)
    groups = portrayal_groups(doc, actors_of(doc))
    assert len(groups.sentences) == 3
    assert {key: [s.text for s in spans] for key, spans in groups.mentions.items()} == {
        (0, "Lena Varga", ""): ["Lena Varga"],
        (0, "Kessel", ""): ["Kessel"],
        (1, "Lena Varga", ""): ["Varga", "she"],  # a name and the pronoun that refers to her, read together
        (1, "Kessel Rangers", ""): ["Kessel Rangers"],
        (2, None, "he"): ["He"],  # a pronoun no actor holds is a person's mention of its own
    }
    assert [key[:2] for key in groups.mentions][:3] == [(0, "Lena Varga"), (0, "Kessel"), (1, "Lena Varga")]


def test_a_place_that_is_not_portrayed_forms_no_group():
    doc = parse(TEXT)
    groups = portrayal_groups(doc, actors_of(doc))
    assert all(name != "Orlo Dam" for _, name, _ in groups.mentions)  # LOC is not a portrayed label


def test_sentence_of_a_span():
    doc = parse(TEXT)
    groups = portrayal_groups(doc, [])
    assert [groups.sentence_of(span(doc, word)) for word in ("Lena Varga", "Rangers", "early")] == [0, 1, 2]


def test_unheld_pronouns_are_grouped_by_sentence_and_sex():
    doc = parse("He thanked her. She thanked him and his brother.")
    groups = portrayal_groups(doc, [])
    assert {key: [s.text for s in spans] for key, spans in groups.mentions.items()} == {
        (0, None, "he"): ["He"], (0, None, "she"): ["her"],
        (1, None, "she"): ["She"], (1, None, "he"): ["him", "his"]}


def test_a_doc_without_sentences_is_one_sentence():
    doc = spacy.blank("en")("Lena Varga smiled. She left.")
    varga = Actor("Lena Varga", "PERSON", [doc[0:2]])
    groups = portrayal_groups(doc, [varga])
    assert [s.text for s in groups.sentences] == [doc.text]
    assert list(groups.mentions) == [(0, "Lena Varga", ""), (0, None, "she")]


def test_a_place_is_not_portrayed_where_it_is_only_where_something_happened():
    # "homes in Georgia", "a base near Kenya": where; "Russia invaded Ukraine", "China said", "the government
    # condemned Iran", "aid to Japan", "anger at Brazil": dealt with, portrayed (issue #31, item 6)
    doc = parse("The storm destroyed homes in Georgia and a base near Kenya. Russia invaded Ukraine. China said "
                "the attack was shameful. The government condemned Iran and sent aid to Japan. Anger at Brazil grew.")
    names = ("Georgia", "Kenya", "Russia", "Ukraine", "China", "Iran", "Japan", "Brazil")
    actors = [Actor(name, "GPE", [span(doc, name)]) for name in names]
    grouped = {name for _, name, _ in portrayal_groups(doc, actors).mentions}
    assert grouped == {"Russia", "Ukraine", "China", "Iran", "Japan", "Brazil"}
