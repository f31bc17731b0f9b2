"""toolkit.quotes.forms, the special forms of attribution ("according to", the parenthetical "…, X said, …", the
source after its verb, "NAME: words", stated attitudes), through find_quotes on a parsed sentence."""

from __future__ import annotations

import pytest
from quote_docs import parse, statements

from toolkit.quotes import find_quotes


@pytest.mark.parametrize(("text", "expected"), [
    ("According to the Kessel police, two people were hurt.",
     [("indirect", "two people were hurt", "the Kessel police", "According")]),
    ("Two people were hurt, according to the Kessel police.",
     [("indirect", "Two people were hurt", "the Kessel police", "according")]),
    ("The strike will continue until May, Brandt said.",
     [("indirect", "The strike will continue until May", "Brandt", "said")]),
    ("Floods displaced thousands of families, reported Kessel Radio.",
     [("indirect", "Floods displaced thousands of families", "Kessel Radio", "reported")]),
    ("VARGA: We will not give up the valley.", [("indirect", "We will not give up the valley.", "VARGA", ":")]),
    ("Brandt has concerns about the cost of the dam.", [("indirect", "the cost of the dam", "Brandt", "concerns")]),
], ids=["according-to-first", "according-to-last", "closing-attribution", "source-after-its-verb",
        "name-colon", "stated-attitude"])
def test_forms_of_attribution(text, expected):
    assert statements(text) == expected


def test_an_attribution_set_off_inside_the_sentence_gives_both_sides():
    text = "The strike, Brandt said, will continue until May."
    [quote] = find_quotes(parse(text)).quotes
    assert (quote.kind, quote.speaker.text, quote.cue.text) == ("indirect", "Brandt", "said")
    assert [text[a:b] for a, b in quote.parts] == ["The strike", "will continue until May"]
