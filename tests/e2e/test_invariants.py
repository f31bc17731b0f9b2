"""Invariants of the public API on arbitrary input (#19), property-based: nothing but the toolkit's typed
errors is raised, every offset points back to the text it names, and the same input gives the same tables.
The examples per test come from the profile (conftest.py): "ci" (fixed seed, 40) or "deep" (10,000)."""

from __future__ import annotations

import datetime as dt
import warnings

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toolkit import Article, analyze
from toolkit.errors import LoadError, ToolkitError
from toolkit.pipeline import load_pipeline

# Words, quotation marks of every style, apostrophes, line breaks, RTL and bidi controls, zero-width joiners,
# emoji, combining marks and control characters, mixed at random.
PIECES = ["Maria Santos", " said ", " told reporters ", "the minister", " on Monday", " last week", "“", "”",
          '"', "'", "‘", "’", "«", "»", "„", "‹", "›", ". ", ", ", "\n", "\n\n", "\r\n", "\r", " ", "Hamas",
          "the UN", "2019", "March 3", "\u202e", "\u200f", "\u200d", "שלום", "😀", "e\u0301", "\x07", "\t",
          "He", " she ", "according to", ":", "—", "(", ")"]
texts = st.one_of(st.lists(st.sampled_from(PIECES), max_size=40).map("".join),
                  st.text(max_size=200))
anchors = st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)))


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline("sm")


# Which column holds the text of which offsets, per table.
SPANS = {"entities": [("text", "start", "end")], "mentions": [("text", "start", "end")],
         "timexes": [("text", "start", "end")], "portrayals": [("text", "start", "end")],
         "claims": [("text", "start", "end")],
         "quotes": [("speaker", "speaker_start", "speaker_end"), ("cue", "cue_start", "cue_end"),
                    ("content", "content_start", "content_end")]}


def check_offsets(result) -> None:
    text = result.article.text
    for table, fields in SPANS.items():
        for row in result.to_dict()[table]:
            for field, start, end in fields:
                if row[start] is None:
                    assert row[field] is None
                    continue
                assert 0 <= row[start] <= row[end] <= len(text)
                assert text[row[start]:row[end]] == row[field], (table, field)
    for row in result.to_dict()["timeline"]:  # the event is a label ("X approved the plan") built around its
        assert 0 <= row["event_start"] < row["event_end"] <= len(text)  # predicate, whose offsets these are
        assert text[row["event_start"]:row["event_end"]] in row["event"]


@given(text=texts, anchor=anchors)
def test_analyze_raises_only_typed_errors_and_offsets_round_trip(nlp, text, anchor):
    try:
        result = analyze(Article.from_text(text), anchor=anchor, nlp=nlp)
    except ToolkitError:
        return
    check_offsets(result)
    again = analyze(Article.from_text(text), anchor=anchor, nlp=nlp)
    assert again.to_dict() == result.to_dict()


@given(data=st.binary(max_size=400), suffix=st.sampled_from([".txt", ".md", ".json", ".html", ".jsonl"]))
def test_loading_any_bytes_raises_only_load_errors(tmp_path_factory, data, suffix):
    from toolkit import load_article, load_corpus

    path = tmp_path_factory.mktemp("bytes") / f"story{suffix}"
    path.write_bytes(data)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # skipped .jsonl lines and legacy encodings are announced
            articles = list(load_corpus(path, on_error="skip")) if suffix == ".jsonl" else [load_article(path)]
    except LoadError:
        return
    for article in articles:
        assert isinstance(article.text, str) and article.text.strip()


@given(text=texts, suffix=st.sampled_from([".txt", ".md", ".html", ".json"]))
def test_the_command_line_never_shows_a_traceback(nlp, tmp_path_factory, text, suffix):
    """In process (a subprocess per example would take hours in the deep profile): exit 0 with valid JSON
    whose offsets round-trip, or exit 1 with one line on stderr naming the file."""
    import contextlib
    import io
    import json

    from toolkit.cli import main

    path = tmp_path_factory.mktemp("cli") / f"story{suffix}"
    body = json.dumps({"text": text}) if suffix == ".json" else text
    path.write_bytes(body.encode("utf-8", "surrogatepass"))
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(["analyze", str(path), "--pipeline", "sm"])
    if status == 0:
        result = json.loads(out.getvalue())
        source = result["article"]
        assert source["n_chars"] >= 1 and not err.getvalue().strip()
        for row in result["quotes"]:
            assert row["content_end"] <= source["n_chars"]
    else:
        assert status == 1
        lines = err.getvalue().strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("toolkit: ") and str(path.name) in lines[0]
