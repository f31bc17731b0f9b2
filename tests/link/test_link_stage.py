"""toolkit.link: timeline participants as actors (event_participants) and the whole stage at once (link),
over statements, claims and events built by hand."""

from __future__ import annotations

from link_docs import parse, span

from toolkit.actors import Actor
from toolkit.claims import Claim
from toolkit.link import Links, event_participants, link
from toolkit.quotes import Quote
from toolkit.timex.timeline import Event

TEXT = "On Monday Lena Varga met Tomas Brandt in Kessel. Varga said on Tuesday that Brandt would resign."


def actors_of(doc) -> list[Actor]:
    return [Actor("Lena Varga", "PERSON", [span(doc, "Lena Varga"), span(doc, "Varga", nth=1)]),
            Actor("Tomas Brandt", "PERSON", [span(doc, "Tomas Brandt"), span(doc, "Brandt", nth=1)])]


def test_participants_become_actor_names_once_each_and_unknown_names_keep_their_text():
    doc = parse(TEXT)
    met = Event(span(doc, "met")[0], "Lena Varga met Tomas Brandt",
                [span(doc, "Lena Varga"), span(doc, "Tomas Brandt"), span(doc, "Kessel")])
    said = Event(span(doc, "said")[0], "Varga said",
                 [span(doc, "Varga", nth=1), span(doc, "Lena Varga"), span(doc, "Brandt", nth=1)])
    nobody = Event(span(doc, "resign")[0], "resign", [])
    assert event_participants([met, said, nobody], actors_of(doc)) == [
        ["Lena Varga", "Tomas Brandt", "Kessel"], ["Lena Varga", "Tomas Brandt"], []]


def test_link_returns_every_decision_parallel_to_what_it_links():
    doc = parse(TEXT)
    actors = actors_of(doc)
    content = "Brandt would resign"
    start = TEXT.index(content)
    quotes = [Quote("indirect", start, start + len(content), speaker=span(doc, "Varga", nth=1),
                    cue=span(doc, "said")[0])]
    claims = [Claim(0, None, "neutral", span(doc, "Brandt", nth=1)),
              Claim(None, span(doc, "met"), "neutral", None, holder=span(doc, "Lena Varga"))]
    events = [Event(span(doc, "met")[0], "Lena Varga met Tomas Brandt",
                    [span(doc, "Lena Varga"), span(doc, "Tomas Brandt")])]
    links = link(doc, actors, quotes, claims, events)
    assert isinstance(links, Links)
    assert links.sources == [("Lena Varga", "actor")]
    assert links.claim_holders == [("Lena Varga", "actor"), ("Lena Varga", "actor")]
    assert [[t.actor for t in about] for about in links.claim_targets] == [[actors[1]], []]
    assert links.participants == [["Lena Varga", "Tomas Brandt"]]
    assert list(links.portrayal.mentions) == [(0, "Lena Varga", ""), (0, "Tomas Brandt", ""),
                                              (1, "Lena Varga", ""), (1, "Tomas Brandt", "")]


def test_link_of_an_empty_extraction():
    doc = parse("Rain fell all day.")
    links = link(doc, [], [], [], [])
    assert (links.sources, links.claim_holders, links.claim_targets, links.participants) == ([], [], [], [])
    assert links.portrayal.mentions == {}
