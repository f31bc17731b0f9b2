"""Notebook tables a reader can scan (#35 item 5): text left-aligned, empty lists and missing values blank, as
a display style only — the DataFrame and its plain text unchanged."""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit import analyze, load_article
from toolkit.display import readable_html


@pytest.fixture(scope="module")
def sample(sample_path):
    return analyze(load_article(sample_path))


def test_lists_and_missing_values_are_blank_and_text_left_aligned(sample):
    actors = sample.actors
    before = actors.copy(deep=True)
    html = readable_html(actors)
    assert "[]" not in html and ">None<" not in html and ">nan<" not in html
    assert "; ".join(actors["aliases"].iloc[0]) in html
    assert "text-align: left" in html
    pd.testing.assert_frame_equal(actors, before)  # a display style: the table is the same


def test_the_html_is_the_same_each_time_and_tables_never_share_ids(sample):
    assert readable_html(sample.actors) == readable_html(sample.actors)  # nbval compares it
    first, second = readable_html(sample.actors), readable_html(sample.mentions)
    uid = first.split('id="T_')[1].split('"')[0]
    assert uid not in second


def test_long_or_ambiguous_tables_keep_pandas_own_html(sample):
    with pd.option_context("display.max_rows", 5):
        assert readable_html(sample.mentions) == sample.mentions._repr_html_()
    doubled = pd.DataFrame([[1, 2]], columns=["a", "a"])
    assert readable_html(doubled) == doubled._repr_html_()
