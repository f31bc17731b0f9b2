"""The declaration of every result column (toolkit.analysis.schema) against real analyses: the five classroom
articles, five saved web pages and one text written for the test (no anchor, rarer layouts and dates), each
analysed once per pipeline. Every table has the declared columns in order, every value the declared type, every
value of a closed vocabulary is declared, and what the meanings promise about offsets and counts holds."""

from __future__ import annotations

import ast
import datetime
import re
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import toolkit
from toolkit.analysis import tables
from toolkit.analysis.core import ARTICLE_COLUMNS, article_fields
from toolkit.analysis.schema import ARTICLE_SCHEMA, COLUMN_TYPES, TABLE_COLUMNS, TABLE_SCHEMAS, Column

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT / "tests" / "fixtures" / "webpages"
PATHS = [*sorted((ROOT / "data" / "classroom" / "articles").glob("*.txt")),
         *(PAGES / f"{name}.html" for name in ("01_city_budget", "04_storm_liveblog", "10_school_closures_pullquote",
                                               "13_strassenbahn_de", "14_bakery_nodate"))]
# Invented: a byline, "according to", a dash after a quotation, a speaker and a colon, evidence, an agentless
# passive, "since" and "until", a SET, and "two nights ago" with no anchor to count from (granularity "day").
TEXT = ("By Ana Reyes\n\nPORT VESTA — The Harbour Council voted 7-2 on Thursday to double the mooring fee, according "
        "to the council's minutes.\n\n“This fee is reckless,” said Lena Marsh, who chairs the boat owners' "
        "association. She accused the council of ignoring the harbour's history.\n\n“We were never asked.” — Tom "
        "Ek\n\nThe harbour master, Tom Ek, said two nights ago that the fee had been discussed since 2019. Figures "
        "showed that moorings fell by a fifth until 2021.\n\nMARSH: We will fight this every week.\n\nIt is "
        "believed that the vote will be challenged.")
ALL_COLUMNS = [column for schema in (*TABLE_SCHEMAS.values(), ARTICLE_SCHEMA) for column in schema]


def _int(value) -> bool:
    return isinstance(value, int | np.integer) and not isinstance(value, bool | np.bool_)


#: One checker per declared type.
CHECKS = {
    "int": _int,
    "int or <NA>": lambda v: v is pd.NA or _int(v),
    "float": lambda v: isinstance(v, float) and v == v,
    "bool": lambda v: isinstance(v, bool),
    "str": lambda v: isinstance(v, str),
    "str or None": lambda v: v is None or isinstance(v, str),
    "list of str": lambda v: isinstance(v, list) and all(isinstance(item, str) for item in v),
    "date or None": lambda v: v is None or type(v) is datetime.date,
    "dict or None": lambda v: v is None or isinstance(v, dict),
}


@pytest.fixture(scope="module", params=["sm", "toolkit"])
def analyses(request):
    """Every text analysed once with the pipeline (module scope: the tests of one pipeline share them)."""
    return [*(toolkit.analyze(toolkit.load_article(path), nlp=request.param) for path in PATHS),
            toolkit.analyze(TEXT, nlp=request.param)]


def wrong_values(column: Column, values) -> list:
    """The values that are not of the column's type, or not in its vocabulary."""
    check = CHECKS[column.type]
    return [v for v in values if not check(v) or
            (column.values is not None and v is not None and v is not pd.NA and v not in column.values)]


# ---------------------------------------------------------------------------------------------- the declaration
def test_the_tables_take_their_columns_from_the_schema():
    assert tables.TABLE_COLUMNS is TABLE_COLUMNS and toolkit.TABLE_COLUMNS is TABLE_COLUMNS
    assert tables.TABLES == tuple(TABLE_SCHEMAS) == ("entities", "actors", "mentions", "quotes", "statements",
                                                     "claims", "timexes", "portrayals", "timeline")
    assert {name: tuple(c.name for c in cols) for name, cols in TABLE_SCHEMAS.items()} == TABLE_COLUMNS
    assert TABLE_COLUMNS["statements"] == TABLE_COLUMNS["quotes"][:-1]
    assert TABLE_COLUMNS["quotes"][-1] == "why_not_statement"
    assert tuple(c.name for c in ARTICLE_SCHEMA) == ARTICLE_COLUMNS


def test_every_column_is_declared_whole():
    assert set(CHECKS) == set(COLUMN_TYPES)
    for name, columns in [*TABLE_SCHEMAS.items(), ("articles", ARTICLE_SCHEMA)]:
        assert len({c.name for c in columns}) == len(columns), name
        for column in columns:
            assert column.type in COLUMN_TYPES, (name, column.name)
            assert column.meaning.strip() and column.example.strip(), (name, column.name)
            assert column.values is None or (column.values and len(set(column.values)) == len(column.values))


def test_a_closed_vocabulary_is_spelled_out_in_its_meaning():
    for column in ALL_COLUMNS:
        missing = [v for v in column.values or () if f"`{v}`" not in column.meaning]
        assert not missing, (column.name, missing)


def test_the_integer_columns_are_the_tables_integer_columns():
    declared = {c.name for cols in TABLE_SCHEMAS.values() for c in cols if c.type in ("int", "int or <NA>")}
    assert declared == tables.INTEGER_COLUMNS


def _example(text: str):
    day = re.fullmatch(r"datetime\.date\((\d+), (\d+), (\d+)\)", text)
    return datetime.date(*map(int, day.groups())) if day else ast.literal_eval(text)


def test_every_example_is_a_value_of_its_column():
    for column in ALL_COLUMNS:
        assert not wrong_values(column, [_example(column.example)]), (column.name, column.example)


def test_no_example_comes_from_the_sample(sample_text):
    vocabulary = {v for column in ALL_COLUMNS for v in column.values or ()}
    for column in ALL_COLUMNS:
        value = _example(column.example)
        words = value if isinstance(value, list) else [value] if isinstance(value, str) else []
        for word in words:
            if word not in vocabulary and len(word) > 2:
                assert not re.search(rf"(?<!\w){re.escape(word)}(?!\w)", sample_text), (column.name, word)


# ---------------------------------------------------------------------------------------------- real tables
def test_every_table_has_its_declared_columns_in_order(analyses):
    for result in analyses:
        for name, columns in TABLE_SCHEMAS.items():
            assert list(result.tables[name].columns) == [c.name for c in columns], (result.article.id, name)


def test_every_value_has_its_declared_type_and_vocabulary(analyses):
    seen = Counter()
    for result in analyses:
        for name, columns in TABLE_SCHEMAS.items():
            table = result.tables[name]
            seen[name] += len(table)
            for column in columns:
                wrong = wrong_values(column, list(table[column.name]))
                assert not wrong, (result.article.id, name, column.name, column.type, wrong[:5])
    assert all(seen[name] > 0 for name in TABLE_SCHEMAS)  # every table had rows to check


def test_the_article_fields_have_their_declared_types(analyses):
    for result in analyses:
        fields = article_fields(result)
        assert list(fields) == [c.name for c in ARTICLE_SCHEMA]
        for column in ARTICLE_SCHEMA:
            assert not wrong_values(column, [fields[column.name]]), (result.article.id, column.name)


def test_offsets_index_the_article_text(analyses):
    for result in analyses:
        text = result.article.text
        for name in ("entities", "mentions", "claims", "timexes", "portrayals"):
            for row in result.tables[name].itertuples():
                assert text[row.start:row.end] == row.text, (name, row)
        for row in result.quotes.itertuples():
            assert text[row.content_start:row.content_end] == row.content
            for part in ("speaker", "cue"):
                start, end = getattr(row, f"{part}_start"), getattr(row, f"{part}_end")
                assert getattr(row, part) == (None if start is pd.NA else text[start:end])
        for row in result.timeline.itertuples():
            assert 0 <= row.event_start < row.event_end <= len(text) and text[row.event_start:row.event_end].strip()
        # first_start is where the actor's first name mention begins
        names = result.mentions[result.mentions["kind"] == "name"]
        assert result.actors.groupby("actor")["first_start"].min().to_dict() == \
            names.groupby("actor")["start"].min().to_dict()


def test_what_the_meanings_promise(analyses):
    for result in analyses:
        # actors.mentions counts the actor's rows of the mentions table
        counted = Counter(result.mentions["actor"])
        declared = result.actors.groupby("actor")["mentions"].sum().to_dict()
        assert declared == dict(counted), result.article.id
        # anchor_start is given exactly when a relative value was counted from an expression
        timexes = result.timexes
        assert (timexes["anchor_start"].notna() == (timexes["anchor_from"] == "expression")).all()
        # a statement is a quote with no reason against it; quote_id is its row in quotes
        quotes = result.quotes
        kept = quotes[quotes["why_not_statement"].isna()]
        assert list(result.statements["quote_id"]) == list(kept["quote_id"]) == list(kept.index)
        # gender, its evidence, roles and affiliation are a person's only; descriptors are the others'
        people = result.actors["type"] == "PERSON"
        others = result.actors[~people]
        assert others["gender"].isna().all() and not others["gender_evidence"].map(len).any()
        assert not others["roles"].map(len).any() and others["affiliation"].isna().all()
        assert not result.actors[people]["descriptors"].map(len).any()
        # an entity is an actor's name, or says why it is not (dates and times say neither)
        names = result.entities[~result.entities["label"].isin(["DATE", "TIME"])]
        assert (names["actor"].isna() == names["why"].notna()).all()
        # the claims point at rows of the quotes table (of any type), and say that row's type
        claims = result.claims.dropna(subset=["quote_id"])
        assert claims["quote_id"].isin(quotes["quote_id"]).all()
        assert list(claims["attribution_type"]) == list(quotes.set_index("quote_id").loc[
            claims["quote_id"].astype(int), "attribution_type"])
