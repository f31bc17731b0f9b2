"""toolkit.link: a claim's holder (claim_holders), the actors a statement is about (statement_targets) and its
stance towards each (target_stances: a speech act, a stance word, an evaluative word; the portrayal model
where they are silent, its probabilities given here by a model written by hand)."""

from __future__ import annotations

from link_docs import parse, span

from toolkit.actors import Actor
from toolkit.claims import Claim, claims_of
from toolkit.link import PORTRAYAL_THRESHOLD, claim_holders, statement_targets, target_stances
from toolkit.portrayal import Portrayal
from toolkit.quotes import Quote

TEXT = "Lena Varga condemned Norvia's plan. Tomas Brandt said Norvia would build the dam."


class HandModel:
    """Stands in for the portrayal model: the same probabilities for every target, counting the calls."""

    def __init__(self, negative: float, positive: float) -> None:
        self.probabilities, self.texts = (negative, 1 - negative - positive, positive), []

    def predict(self, texts):
        self.texts += list(texts)
        negative, neutral, positive = self.probabilities
        polarity = max(zip(self.probabilities, ("negative", "neutral", "positive"), strict=True))[1]
        return [Portrayal(polarity, max(self.probabilities), negative, neutral, positive) for _ in texts]


def actors_of(doc) -> list[Actor]:
    return [Actor("Lena Varga", "PERSON", [span(doc, "Lena Varga")]),
            Actor("Norvia", "GPE", [span(doc, "Norvia"), span(doc, "Norvia", nth=1)]),
            Actor("Tomas Brandt", "PERSON", [span(doc, "Tomas Brandt")])]


def quote_of(doc, content: str, speaker: str, cue: str) -> Quote:
    start = doc.text.index(content)
    return Quote("indirect", start, start + len(content), speaker=span(doc, speaker), cue=span(doc, cue)[0])


def test_a_statements_targets_are_the_actors_its_content_names_never_its_source():
    doc = parse("Tomas Brandt said Norvia and Lena Varga would build the dam with Tomas Brandt's money.")
    actors = [Actor("Tomas Brandt", "PERSON", [span(doc, "Tomas Brandt"), span(doc, "Tomas Brandt", nth=1)]),
              Actor("Norvia", "GPE", [span(doc, "Norvia")]), Actor("Lena Varga", "PERSON", [span(doc, "Lena Varga")])]
    quote = quote_of(doc, "Norvia and Lena Varga would build the dam with Tomas Brandt's money", "Tomas Brandt",
                     "said")
    claims = claims_of(doc, [quote])
    targets = statement_targets(doc, [quote], claims, [("Tomas Brandt", "actor")], actors)
    assert [(t.actor.name, t.found_by) for t in targets[0]] == [("Norvia", "content"), ("Lena Varga", "content")]
    # a document as source keeps every actor the content names
    targets = statement_targets(doc, [quote], claims, [("the report", "document")], actors)
    assert [t.actor.name for t in targets[0]] == ["Norvia", "Lena Varga", "Tomas Brandt"]


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


def test_the_portrayal_model_decides_only_where_words_are_silent_and_only_when_sure():
    doc = parse(TEXT)
    actors = actors_of(doc)
    quotes = [quote_of(doc, "Norvia would build the dam", "Tomas Brandt", "said")]
    positions = [Claim(None, span(doc, "condemned"), "oppose", span(doc, "Norvia's plan"),
                       holder=span(doc, "Lena Varga"))]
    claims = claims_of(doc, quotes) + positions
    targets = statement_targets(doc, quotes, claims, [("Tomas Brandt", "actor")], actors)
    assert [[t.actor.name for t in about] for about in targets] == [["Norvia"], ["Norvia"]]
    sure = HandModel(negative=PORTRAYAL_THRESHOLD, positive=0.01)
    readings = target_stances(doc, quotes, claims, targets, sure)
    assert [(r.stance, r.source) for r in readings[0]] == [("oppose", "portrayal")]
    assert [(r.stance, r.source, r.word.text) for r in readings[1]] == [("oppose", "lexicon", "condemned")]
    assert sure.texts == ["[T] Norvia [/T] would build the dam"]  # the statement's content, the target marked
    unsure = HandModel(negative=PORTRAYAL_THRESHOLD - 0.1, positive=0.01)
    assert [(r.stance, r.source) for r in target_stances(doc, quotes, claims, targets, unsure)[0]] == \
        [("neutral", None)]
