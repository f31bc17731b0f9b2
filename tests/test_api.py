"""The public API: every name the package exports exists, and the documented entry points work together."""

from __future__ import annotations

import toolkit


def test_every_exported_name_exists():
    assert [name for name in toolkit.__all__ if not hasattr(toolkit, name)] == []


def test_table_functions_accept_text():
    table = toolkit.timexes("Talks broke down late last month.", anchor="2018-12-04", nlp="blank:en")
    assert list(table["value"]) == ["2018-11"]
    assert list(toolkit.timeline("Talks resumed.", nlp="blank:en").columns) == list(toolkit.TABLE_COLUMNS["timeline"])
