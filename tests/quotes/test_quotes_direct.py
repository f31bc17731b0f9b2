"""toolkit.quotes, direct quotations (the direct pass and the merge of continued statements), through
find_quotes on a parsed sentence or two."""

from __future__ import annotations

import pytest
import spacy
from quote_docs import parse, statements

from toolkit.quotes import find_quotes


@pytest.mark.parametrize(("text", "expected"), [
    ('Lena Varga said: "We will rebuild the bridge before winter."',
     [("direct", "We will rebuild the bridge before winter.", "Lena Varga", "said")]),
    ('"We will rebuild the bridge before winter," said Lena Varga.',
     [("direct", "We will rebuild the bridge before winter,", "Lena Varga", "said")]),
    ("“The water is still rising,” Tomas Brandt told reporters.",
     [("direct", "The water is still rising,", "Tomas Brandt", "told")]),
    ("“Never again.” — Tomas Brandt", [("direct", "Never again.", "Tomas Brandt", None)]),
    ("“The water is rising fast.” Brandt said.", [("direct", "The water is rising fast.", "Brandt", "said")]),
    ("“The first part of the plan is ready.\n“The second part comes in May,” Varga said.",
     [("direct", "The first part of the plan is ready.\n“The second part comes in May,", "Varga", "said")]),
    ('Varga said the bridge was safe. "It will open in May and it will carry trucks."',
     [("indirect", "the bridge was safe", "Varga", "said"),
      ("direct", "It will open in May and it will carry trucks.", "Varga", "said")]),  # the speaker continues
    ("Brandt hosts “The Morning Hour Show” on Kessel Radio.", []),  # the title of a work is no quotation
], ids=["speaker-colon-quote", "quote-said-speaker", "quote-speaker-told", "quote-dash-speaker",
        "quote-then-short-sentence", "over-two-paragraphs", "quote-after-a-report", "title-of-a-work"])
def test_direct_layouts(text, expected):
    assert statements(text) == expected


def test_a_quotation_in_two_parts_around_its_attribution_is_one_statement():
    text = "“We are ready,” Varga said. “The bridge opens in May.”"
    [quote] = find_quotes(parse(text)).quotes
    assert (quote.kind, quote.speaker.text, quote.cue.text) == ("direct", "Varga", "said")
    assert [text[a:b] for a, b in quote.parts] == ["We are ready,", "The bridge opens in May."]


def test_wording_quoted_from_a_document_is_the_documents():
    text = "The council passed a motion that would condemn “the reckless flooding of the valley and its farms”."
    [quote] = find_quotes(parse(text)).quotes
    assert (quote.document, quote.speaker.text) == (True, "a motion")
    assert text[quote.content_start:quote.content_end] == "the reckless flooding of the valley and its farms"


def test_unpaired_marks_are_problems_never_errors_and_a_doc_without_a_parse_has_no_quotes():
    found = find_quotes(parse("An unclosed “quote starts here and never ends."))
    assert (found.quotes, found.problems) == ([], ["opening quotation mark '“' at 12 is never closed"])
    blank = find_quotes(spacy.blank("en")('He said "yes" and left.'))
    assert (blank.quotes, blank.problems) == ([], [])
