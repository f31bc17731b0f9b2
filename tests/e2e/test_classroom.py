"""The classroom corpus (#35 item 1): five articles on one invented event from five outlets, with sidecar
metadata, that notebooks 04 and 07 run on without ../shared, and a reader's hand-coding whose offsets
round-trip to the text."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from toolkit import load_corpus

CLASSROOM = Path(__file__).resolve().parents[2] / "data" / "classroom"


def test_five_outlets_one_event_each_with_its_metadata():
    corpus = list(load_corpus(CLASSROOM / "articles"))
    assert len(corpus) == 5
    assert len({a.source for a in corpus}) == 5  # five outlets
    assert all(a.published is not None and a.title for a in corpus)
    kinds = {json.loads(p.read_text(encoding="utf-8"))["outlet_kind"]
             for p in (CLASSROOM / "articles").glob("*.meta.json")}
    assert kinds == {"wire", "tabloid", "broadsheet", "local", "broadcaster"}
    assert all(json.loads(p.read_text(encoding="utf-8"))["license"] == "CC BY 4.0"
               for p in (CLASSROOM / "articles").glob("*.meta.json"))


def test_the_hand_coding_round_trips_to_the_text():
    for path in (CLASSROOM / "gold").glob("*.statements.csv"):
        text = (CLASSROOM / "articles" / f"{path.name.removesuffix('.statements.csv')}.txt").read_text(encoding="utf-8")
        coding = pd.read_csv(path)
        assert len(coding) > 0
        for row in coding.itertuples():
            assert text[row.content_start:row.content_end] == row.content
