"""The sample article's temporal expressions against the project gold (data/gold/sample_timexes.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from toolkit import Article, analyze, load_article

GOLD = json.loads((Path(__file__).resolve().parents[2] / "data" / "gold" / "sample_timexes.json").read_text())


@pytest.fixture(scope="module")
def article(sample_path):
    return load_article(sample_path)


@pytest.mark.parametrize("anchored", [True, False], ids=["with-anchor", "without-anchor"])
def test_every_sample_timex_has_the_gold_value(article, anchored):
    result = analyze(article, anchor=GOLD["anchor"] if anchored else None)
    rows = {(row["start"], row["end"]): row for row in result.to_dict()["timexes"]}
    assert set(rows) == {tuple(t["span"]) for t in GOLD["timexes"]}  # nothing missed, nothing spurious
    for timex in GOLD["timexes"]:
        row = rows[tuple(timex["span"])]
        expected = timex["with_anchor" if anchored else "without_anchor"]
        assert row["text"] == timex["text"] and row["type"] == timex["type"]
        for field, value in expected.items():
            assert row[field] == value, (timex["text"], field)
        assert row["mod"] == expected.get("mod")


def test_without_an_anchor_no_calendar_date_is_invented_for_relative_expressions(article):
    for row in analyze(article).to_dict()["timexes"]:
        if row["anchor_dependent"] or row["value"].startswith("EVENT"):
            assert row["start_date"] is None and row["end_date"] is None, row["text"]


def _event_order(result, *needles):
    """Timeline order of the first event whose text or timex contains each needle."""
    rows = result.to_dict()["timeline"]
    positions = []
    for needle in needles:
        row = next(r for r in rows if needle in r["event"] or needle == r["timex"])
        positions.append(row["order"])
    return positions


@pytest.mark.parametrize("anchored", [True, False], ids=["with-anchor", "without-anchor"])
def test_events_come_out_in_order(article, anchored):
    result = analyze(article, anchor=GOLD["anchor"] if anchored else None)
    # 2006 elections ... the letter late last month ... Monday's call ... Tuesday's vote
    order = _event_order(result, "victory", "late last month", "Earlier on Monday", "Monday", "Tuesday")
    assert order == sorted(order), result.timeline[["event", "timex", "order"]]


def test_dated_events_carry_dates_and_participants(article):
    rows = analyze(article, anchor=GOLD["anchor"]).to_dict()["timeline"]
    call = next(r for r in rows if r["timex"] == "Monday")
    assert call["start_date"] == "2018-12-03" and call["certainty"] == "exact"
    assert any("Zarif" in actor for actor in call["actors"])
    since = next(r for r in rows if r["timex"] == "since 2006")
    assert (since["start_date"], since["end_date"], since["certainty"]) == ("2006-01-01", GOLD["anchor"], "interval")
    for row in rows:
        text = article.text[row["event_start"]:row["event_end"]]
        assert text and text in row["event"]  # the event label contains the predicate its offsets point at


@pytest.mark.parametrize("pipeline", ["sm", "toolkit"])
def test_timeline_actors_are_the_actors_canonical_names(pipeline):
    text = "Health Minister Amina Otieno opened the clinic in Kisumu on Monday. On Tuesday, Otieno said the U.S. had " \
        "pledged support."
    result = analyze(Article.from_text(text), anchor="2021-03-03", nlp=pipeline)
    said = next(row for row in result.to_dict()["timeline"] if row["timex"] == "Tuesday")
    assert said["actors"] == ["Amina Otieno"]  # the surname alone is linked to the actor, as in the actor table
    assert set(said["actors"]) <= set(result.actors["actor"])
