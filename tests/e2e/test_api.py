"""The public API: every name the package exports exists, and the documented entry points work together."""

from __future__ import annotations

import pytest

import toolkit


def test_every_exported_name_exists():
    assert [name for name in toolkit.__all__ if not hasattr(toolkit, name)] == []


def test_table_functions_accept_text():
    table = toolkit.timexes("Talks broke down late last month.", anchor="2018-12-04", nlp="blank:en")
    assert list(table["value"]) == ["2018-11"]
    assert list(toolkit.timeline("Talks resumed.", nlp="blank:en").columns) == list(toolkit.TABLE_COLUMNS["timeline"])


def test_analyze_takes_text_and_refuses_other_types_clearly():
    result = toolkit.analyze("The minister said that taxes would rise.")
    assert list(result.quotes["content"]) == ["taxes would rise"]
    with pytest.raises(TypeError, match="load_article"):
        toolkit.analyze(b"bytes are not an article")
