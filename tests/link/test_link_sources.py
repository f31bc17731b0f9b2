"""toolkit.link.sources: each statement's source and its kind (statement_sources), a speaker's actor
(speaker_actor). Statements and actors are built by hand over a parsed sentence."""

from __future__ import annotations

from link_docs import parse, span

from toolkit.actors import Actor
from toolkit.link import speaker_actor, statement_sources
from toolkit.quotes import Quote


def reported(doc, speaker, cue_word: str, content: str, **fields) -> Quote:
    """An indirect statement of ``doc``: ``speaker`` (a Span or None), the cue word, and the content's text."""
    start = doc.text.index(content)
    cue = next(t for t in doc if t.text == cue_word and (speaker is None or t.i >= speaker.end))
    return Quote("indirect", start, start + len(content), speaker=speaker, cue=cue, **fields)


def test_a_speaker_named_by_an_actor_is_that_actor():
    doc = parse("Tomas Brandt said the strike would continue.")
    brandt = Actor("Tomas Brandt", "PERSON", [span(doc, "Tomas Brandt")])
    quote = reported(doc, span(doc, "Tomas Brandt"), "said", "the strike would continue")
    assert speaker_actor(quote, [brandt]) == "Tomas Brandt"
    assert statement_sources([quote], [brandt]) == [("Tomas Brandt", "actor")]


def test_a_relative_pronoun_speaks_for_the_person_it_stands_for():
    doc = parse("The inquiry was led by Lena Varga, who said the evidence was thin.")
    varga = Actor("Lena Varga", "PERSON", [span(doc, "Lena Varga")])
    quote = reported(doc, span(doc, "who"), "said", "the evidence was thin")
    assert speaker_actor(quote, [varga]) == "Lena Varga"


def test_a_statement_without_a_speaker_has_no_source():
    quote = Quote("indirect", 0, len("The strike would continue"))
    assert speaker_actor(quote, []) is None
    assert statement_sources([quote], []) == [(None, None)]


def test_a_speaker_no_actor_holds_has_no_source():
    doc = parse("A neighbour said the strike would continue.")
    quote = reported(doc, span(doc, "A neighbour"), "said", "the strike would continue")
    assert statement_sources([quote], []) == [(None, None)]


def test_a_report_speaks_as_a_document_and_is_one_source_when_named_again():
    doc = parse("A new report by the Kessel Institute says rivers are drying. The report says wells are empty too.")
    institute = Actor("Kessel Institute", "ORG", [span(doc, "Kessel Institute")])
    first = reported(doc, span(doc, "A new report"), "says", "rivers are drying")
    second = reported(doc, span(doc, "The report"), "says", "wells are empty too")
    sources = statement_sources([first, second], [institute])
    assert sources == [("the new report", "document"), ("the new report", "document")]


def test_two_reports_are_two_sources():
    doc = parse("A new report says rivers are drying. An older report says wells were full.")
    first = reported(doc, span(doc, "A new report"), "says", "rivers are drying")
    second = reported(doc, span(doc, "An older report"), "says", "wells were full")
    assert statement_sources([first, second], []) == [("the new report", "document"),
                                                      ("the older report", "document")]


def test_a_document_flag_makes_the_wording_the_documents():
    doc = parse("Tomas Brandt tabled a motion that condemns the dam.")
    brandt = Actor("Tomas Brandt", "PERSON", [span(doc, "Tomas Brandt")])
    quote = reported(doc, span(doc, "a motion"), "condemns", "the dam", document=True)
    assert statement_sources([quote], [brandt]) == [("the motion", "document")]
    assert speaker_actor(quote, [brandt], document="the motion") == "the motion"


def test_a_document_noun_inside_an_actors_name_is_that_actor():
    doc = parse("The Kessel Agreement says emissions must fall.")
    speaker = span(doc, "The Kessel Agreement")
    quote = reported(doc, speaker, "says", "emissions must fall")
    place = Actor("Kessel", "GPE", [span(doc, "Kessel")])  # the place only modifies the agreement's name
    assert statement_sources([quote], [place]) == [("the Kessel Agreement", "document")]
    treaty = Actor("Kessel Agreement", "ORG", [span(doc, "Kessel Agreement")])  # the agreement is an actor
    assert statement_sources([quote], [treaty]) == [("Kessel Agreement", "actor")]
