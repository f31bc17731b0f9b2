"""Temporal expressions on unseen news: MEANTIME (60 Wikinews articles, TimeML gold, DCT as anchor)."""

from __future__ import annotations

from functools import partial

import pytest

from toolkit.evaluation.timeml import dateparser_system, read_timeml, rules_only_system, score, toolkit_system


@pytest.fixture(scope="module")
def documents(shared):
    folder = shared / "corpora" / "meantime_en_dev"
    return [read_timeml(path) for path in sorted(folder.glob("*.tml"))]


def test_reader_strips_tags_and_keeps_offsets(documents):
    assert len(documents) == 60
    for document in documents:
        for gold in document.gold:
            assert document.text[gold.start:gold.end] == gold.text


@pytest.mark.parametrize("pipeline", ["sm", "toolkit"])
def test_toolkit_meets_the_targets_and_beats_dateparser(documents, pipeline):
    ours = score(documents, partial(toolkit_system, nlp=pipeline))
    baseline = score(documents, dateparser_system)
    assert ours.f1 >= 0.90, ours.summary()
    assert ours.accuracy >= 0.90, ours.summary()
    assert ours.f1 > baseline.f1 and ours.accuracy > baseline.accuracy


def test_the_parse_improves_values_over_words_alone(documents):
    with_parse, words_only = score(documents, toolkit_system), score(documents, rules_only_system)
    assert with_parse.accuracy >= words_only.accuracy
    assert words_only.f1 >= 0.90  # detection does not need the parse
