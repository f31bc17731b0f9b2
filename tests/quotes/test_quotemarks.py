"""Quotation-mark pairing on hard cases; arbitrary quote marks never raise and spans stay inside the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.quotes.pairing import find_quoted_spans


def quoted(text):
    result = find_quoted_spans(text)
    return [text[s.start:s.end] for s in result.spans], result


def test_straight_curly_and_mixed_pairs():
    spans, result = quoted('“It is over," she said. He called it "a farce" and «a shame».')
    assert spans == ["It is over,", "a farce", "a shame"]
    assert [s.marks for s in result.spans] == ['“"', '""', "«»"]
    assert result.problems == []


def test_apostrophes_are_not_quotation_marks():
    spans, result = quoted("The leaders' plan and the party’s ‘so-called’ reform don't matter, he said.")
    assert spans == ["so-called"]
    assert result.problems == []


def test_two_apostrophes_and_backticks_are_one_double_mark():
    text = "''It's emotional,'' she said. ``It's the leaders' plan,'' he added, ''and it's over.''"
    spans, result = quoted(text)
    assert spans == ["It's emotional,", "It's the leaders' plan,", "and it's over."]
    first = result.spans[0]
    assert text[first.open_at:first.close_end] == "''It's emotional,''"
    assert result.problems == []


def test_news_quote_over_several_paragraphs():
    text = "“The first paragraph of the statement.\n“The second paragraph,” the minister said.\nNext story."
    spans, result = quoted(text)
    assert spans == ["The first paragraph of the statement.\n“The second paragraph,"]
    assert result.spans[0].paragraphs == 2 and result.problems == []


def test_unbalanced_marks_are_reported_and_the_rest_still_paired():
    spans, result = quoted('He said "nothing.\nLater she said "everything" and ” stray.')
    assert spans == ["everything"]
    assert len(result.problems) == 2
    assert any("never closed" in p for p in result.problems)
    assert any("without an opening" in p for p in result.problems)


def test_the_sample_pairs_every_quotation(sample_text):
    spans, result = quoted(sample_text)
    assert result.problems == []
    assert len(spans) == 5  # three quotations and two single quoted words
    assert any(s.startswith("for repeatedly firing rockets") for s in spans)  # opens curly, closes straight


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab ,.\n'\"“”‘’«»„-`")), max_size=200))
def test_arbitrary_marks_never_raise_and_spans_stay_inside(text):
    result = find_quoted_spans(text)
    for span in result.spans:
        assert 0 <= span.open_at < span.start <= span.end == span.close_at < span.close_end <= len(text)
        assert text[span.open_at:span.start] + text[span.close_at:span.close_end] == span.marks
    starts = [s.open_at for s in result.spans]
    assert len(starts) == len(set(starts))
