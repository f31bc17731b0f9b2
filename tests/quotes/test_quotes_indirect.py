"""toolkit.quotes, reported speech (the indirect pass, mixed statements and the filters of the merge), through
find_quotes on a parsed sentence."""

from __future__ import annotations

import pytest
from quote_docs import parse, statements

from toolkit.quotes import find_quotes


@pytest.mark.parametrize(("text", "expected"), [
    ("Tomas Brandt said that the strike would continue.",
     [("indirect", "the strike would continue", "Tomas Brandt", "said")]),
    ("Union leaders vowed to strike again next week.",
     [("indirect", "to strike again next week", "Union leaders", "vowed")]),
    ("The mayor urged residents to stay indoors.", [("indirect", "residents to stay indoors", "The mayor", "urged")]),
    ("The council said the company said the deal would close soon.",
     [("indirect", "the company said the deal would close soon", "The council", "said"),
      ("indirect", "the deal would close soon", "the company", "said")]),
    # a speakerless report ("it was reported") inside what someone said is part of that statement
    ("Brandt said it was reported that the deal was close.",
     [("indirect", "it was reported that the deal was close", "Brandt", "said")]),
    ("That said, the bridge will open in May.", []),  # a connective reports nothing
    ("Officials said on Monday.", []),  # only a date: no statement
    ("The farmers protested on Monday.", []),  # no reporting verb
], ids=["that-clause", "infinitive", "addressee-and-infinitive", "report-in-a-report", "speakerless-inside",
        "connective", "only-a-date", "no-reporting-verb"])
def test_reported_speech(text, expected):
    assert statements(text) == expected


def test_a_few_quoted_words_make_a_statement_mixed():
    text = 'Varga condemned the "reckless" plan to flood the valley.'
    [quote] = find_quotes(parse(text)).quotes
    assert (quote.kind, quote.speaker.text, quote.cue.text) == ("mixed", "Varga", "condemned")
    assert text[quote.content_start:quote.content_end] == 'the "reckless" plan to flood the valley'
    assert [text[s.start:s.end] for s in quote.quoted] == ["reckless"]
