"""toolkit.link: a claim's holder (claim_holders) and target actor (claim_targets), and its stance from the
portrayal of its target where it has no stance word (claim_stances, with portrayals written by hand: no
model runs here)."""

from __future__ import annotations

from link_docs import parse, span

from toolkit.actors import Actor
from toolkit.claims import Claim
from toolkit.link import claim_holders, claim_stances, claim_targets, portrayal_groups
from toolkit.portrayal import Portrayal

TEXT = "Lena Varga condemned Norvia's plan. Tomas Brandt said Norvia would build the dam."


def portrayal(polarity: str) -> Portrayal:
    probabilities = {"negative": 0.1, "neutral": 0.1, "positive": 0.1} | {polarity: 0.8}
    return Portrayal(polarity, 0.8, **probabilities)


def actors_of(doc) -> list[Actor]:
    return [Actor("Lena Varga", "PERSON", [span(doc, "Lena Varga")]),
            Actor("Norvia", "GPE", [span(doc, "Norvia"), span(doc, "Norvia", nth=1)]),
            Actor("Tomas Brandt", "PERSON", [span(doc, "Tomas Brandt")])]


def test_claim_targets_are_the_actors_the_claims_are_about():
    doc = parse(TEXT)
    actors = actors_of(doc)
    claims = [Claim(None, span(doc, "condemned"), "oppose", span(doc, "Norvia's plan")),
              Claim(0, None, "neutral", span(doc, "the dam")),
              Claim(0, None, "neutral", None)]
    assert claim_targets(claims, actors) == [actors[1], None, None]


def test_a_claim_in_a_statement_is_held_by_the_statements_source():
    doc = parse(TEXT)
    claims = [Claim(0, None, "neutral", span(doc, "Norvia", nth=1)),
              Claim(1, None, "neutral", None)]
    sources = [("Tomas Brandt", "actor"), ("the new report", "document")]
    assert claim_holders(claims, sources, actors_of(doc)) == sources


def test_a_position_outside_statements_is_held_by_the_actor_of_its_holder_phrase():
    doc = parse(TEXT)
    claims = [Claim(None, span(doc, "condemned"), "oppose", span(doc, "Norvia's plan"),
                    holder=span(doc, "Lena Varga")),
              Claim(None, span(doc, "condemned"), "oppose", span(doc, "Norvia's plan"), holder=span(doc, "the dam")),
              Claim(None, span(doc, "condemned"), "oppose", span(doc, "Norvia's plan"))]
    assert claim_holders(claims, [], actors_of(doc)) == [("Lena Varga", "actor"), (None, None), (None, None)]


def test_claim_stances_from_the_lexicon_portrayal_or_neither():
    doc = parse(TEXT)
    actors = actors_of(doc)
    groups = portrayal_groups(doc, actors)
    claims = [
        Claim(None, span(doc, "condemned"), "oppose", span(doc, "Norvia's plan")),  # a stance word: the lexicon
        Claim(0, None, "neutral", span(doc, "Norvia", nth=1)),  # none: Norvia's portrayal in sentence 1
        Claim(0, None, "neutral", span(doc, "the dam")),  # no actor to read
    ]
    targets = [actors[1], actors[1], None]
    portrayals = {(0, "Norvia", ""): portrayal("positive"), (1, "Norvia", ""): portrayal("negative")}
    assert claim_stances(claims, targets, groups, portrayals) == [("oppose", "lexicon"), ("oppose", "portrayal"),
                                                                  ("neutral", None)]
    portrayals[(1, "Norvia", "")] = portrayal("positive")
    assert claim_stances(claims, targets, groups, portrayals)[1] == ("support", "portrayal")


def test_a_target_not_portrayed_in_the_claims_sentence_keeps_the_claims_own_stance():
    doc = parse(TEXT)
    actors = actors_of(doc)
    claim = Claim(0, None, "neutral", span(doc, "Norvia", nth=1))
    only_elsewhere = {(0, "Norvia", ""): portrayal("negative")}  # the first sentence, not the claim's
    assert claim_stances([claim], [actors[1]], portrayal_groups(doc, actors), only_elsewhere) == [("neutral", None)]
