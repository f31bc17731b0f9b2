"""toolkit.quotes.pairing: quotation marks paired into quoted spans (find_quoted_spans), on plain text."""

from __future__ import annotations

from toolkit.quotes.pairing import QuotedSpan, find_quoted_spans


def quoted(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_quoted_spans(text).spans]


def test_straight_and_curly_pairs_with_the_offsets_of_their_marks():
    text = 'Varga said "no" and Brandt said “yes”.'
    marks = find_quoted_spans(text)
    assert marks.spans == [QuotedSpan(12, 14, 11, 14, '""', close_end=15), QuotedSpan(33, 36, 32, 36, "“”",
                                                                                     close_end=37)]
    assert marks.problems == []


def test_a_pair_may_mix_styles_and_guillemets_pair_too():
    assert quoted("He called it “a disgrace\" on Monday.") == ["a disgrace"]
    assert find_quoted_spans("He called it “a disgrace\" on Monday.").spans[0].marks == "“\""
    assert quoted("Elle a dit «non» hier.") == ["non"]


def test_two_apostrophes_or_backticks_are_one_double_mark():
    text = "The mayor said ``we are ready'' on Friday."
    span = find_quoted_spans(text).spans[0]
    assert text[span.start:span.end] == "we are ready"
    assert (span.marks, span.close_end - span.close_at) == ("``''", 2)


def test_apostrophes_are_not_quotation_marks():
    marks = find_quoted_spans("Don't touch Varga’s car or the farmers' tractors.")
    assert (marks.spans, marks.problems) == ([], [])


def test_single_marks_quote_outside_double_marks_and_are_left_alone_inside():
    assert quoted("The sign said 'closed' all week.") == ["closed"]
    assert quoted('"They called it \'madness\' at the time," she said.') == ["They called it 'madness' at the time,"]


def test_a_quotation_over_two_paragraphs_is_one_span():
    text = "“The first part is ready.\n“The second part comes in May,” Varga said."
    [span] = find_quoted_spans(text).spans
    assert text[span.start:span.end] == "The first part is ready.\n“The second part comes in May,"
    assert span.paragraphs == 2


def test_unpaired_marks_are_reported_and_the_rest_is_still_paired():
    text = "Brandt said “yes” but “never finished.\n\nThen he left."
    marks = find_quoted_spans(text)
    assert [text[s.start:s.end] for s in marks.spans] == ["yes"]
    assert marks.problems == ["opening quotation mark '“' at 22 is never closed"]
    stray = find_quoted_spans("Then he left” quickly.")
    assert stray.spans == []
    assert stray.problems == ["closing quotation mark '”' at 12 without an opening one"]
    assert find_quoted_spans("An “unclosed quote.").problems == ["opening quotation mark '“' at 3 is never closed"]
