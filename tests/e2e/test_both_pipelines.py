"""Both supported pipelines run the whole analysis of the sample through the same API (a smoke test of the
one that is not the default, and the same checks on the default), scored against the project's gold."""

from __future__ import annotations

from pathlib import Path

import pytest

from toolkit import analyze, load_article, load_pipeline
from toolkit.analysis import TABLE_COLUMNS
from toolkit.evaluation.gold import score_folder
from toolkit.pipeline import pipeline_source

GOLD = Path(__file__).resolve().parents[2] / "data" / "gold"


@pytest.fixture(scope="module", params=["sm", "toolkit"])
def pipeline(request):
    return request.param


@pytest.fixture(scope="module")
def result(sample_path, pipeline):
    return analyze(load_article(sample_path), anchor="2018-12-03", nlp=pipeline)


def test_every_table_comes_out_with_its_columns_and_offsets(result, sample_text):
    for name, columns in TABLE_COLUMNS.items():
        assert tuple(result.tables[name].columns) == columns
    for row in result.to_dict()["entities"]:
        assert sample_text[row["start"]:row["end"]] == row["text"]
    for row in result.to_dict()["quotes"]:
        assert sample_text[row["content_start"]:row["content_end"]] == row["content"]


def test_the_main_actors_statements_and_dates(result):
    actors = set(result.actors["actor"])
    assert {"Iran", "Hamas", "Mohammad Javad Zarif", "Ismail Haniyeh", "United Nations General Assembly"} <= actors
    zarif = result.quotes[result.quotes["actor"] == "Mohammad Javad Zarif"]
    assert len(zarif) >= 2 and "direct" in set(zarif["kind"])
    dates = dict(zip(result.timexes["text"], result.timexes["value"], strict=True))
    assert dates["Tuesday"] == "2018-12-04" and dates["since 2006"].startswith("2006")


def test_provenance_names_the_pipeline(result, pipeline):
    assert result.provenance.pipeline == pipeline_source(load_pipeline(pipeline)).name
    assert result.provenance.pipeline_verified is (pipeline == "sm")


def test_the_project_gold_on_both_pipelines(pipeline):
    scores = score_folder(GOLD, nlp=pipeline)["000_a0b5b4455e1f7479"]
    assert scores["actors"]["right"] == scores["actors"]["gold"] and not scores["actors"]["spurious"]
    assert scores["quotes"]["right"] == scores["quotes"]["gold"]
    assert scores["timexes"]["right"] == scores["timexes"]["gold"] and scores["timexes"]["spurious"] == 0
