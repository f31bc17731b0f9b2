"""The real-world dev set (data/gold/realworld): the gold is well formed, and both pipelines stay above floors
on its dev part (the held-out part is scored only to report, never here)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from toolkit.evaluation.pages import content_parts
from toolkit.evaluation.realworld import document_text, read_gold, score, shared_folder
from toolkit.pipeline import load_pipeline

FOLDER = Path(__file__).resolve().parents[2] / "data" / "gold" / "realworld"
GOLD_FILES = sorted(p for p in (FOLDER / "gold").glob("*.json") if not p.name.startswith("page_"))
KINDS = {"wikinews", "interview", "speech", "wire", "press_release", "feature", "sports"}


def test_the_set_has_thirty_documents_of_four_kinds_and_a_held_out_third():
    golds = [json.loads(path.read_text(encoding="utf-8")) for path in GOLD_FILES]
    assert len(golds) >= 30
    assert len({g["kind"] for g in golds}) >= 4 and {g["kind"] for g in golds} <= KINDS
    heldout = [g for g in golds if g["split"] == "heldout"]
    assert len(golds) / 4 <= len(heldout) <= len(golds) / 2
    for kind in {g["kind"] for g in golds} - {"interview"}:  # every kind of two or more has held-out texts
        assert any(g["kind"] == kind for g in heldout), kind


@pytest.mark.parametrize("path", GOLD_FILES, ids=[p.stem for p in GOLD_FILES])
def test_gold_offsets_point_at_their_text(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    shared = shared_folder()
    if gold["source"]["corpus"] != "project" and not shared.is_dir():
        pytest.skip(f"the text is in the shared corpora, absent here ({shared})")
    text = document_text(FOLDER, gold["source"], shared)
    names = {a["actor"] for a in gold["actors"]}
    for statement in gold["statements"]:
        texts = statement["text"] if isinstance(statement["text"], list) else [statement["text"]]
        assert [text[start:end] for start, end in content_parts(statement["content"])] == texts
        assert statement["actor"] is None or statement["actor"] in names
        assert set(statement.get("stance", {})) <= names
        for key in ("speaker", "cue"):
            if statement[key] is not None:
                assert 0 <= statement[key][0] < statement[key][1] <= len(text)
    for line in gold.get("non_story", []):
        assert text[line["span"][0]:line["span"][1]] == line["text"]
    for timex in gold["timexes"]:
        assert text[timex["span"][0]:timex["span"][1]] == timex["text"]
    for actor in gold["actors"]:
        assert all(alias in text for alias in actor["aliases"]), actor


# Floors on the dev part, a little under what each pipeline reaches (see the README's table).
FLOORS = {
    "sm": {"statements": 0.75, "speaker_actor": 0.80, "timex_values": 0.90},
    "toolkit": {"statements": 0.75, "speaker_actor": 0.70, "timex_values": 0.90},
}


@pytest.mark.shared
@pytest.mark.parametrize("pipeline", ["sm", "toolkit"])
def test_dev_scores_stay_above_their_floors(pipeline, shared):
    documents = read_gold(FOLDER, "dev", shared)
    result = score(documents, load_pipeline(pipeline))["all"]
    floors = FLOORS[pipeline]
    assert result["statements"]["f1"] >= floors["statements"], result
    assert result["statements"]["speaker_actor"] >= floors["speaker_actor"], result
    assert result["timexes"]["value_accuracy_all"] >= floors["timex_values"], result
