"""The saved pages' gold (data/gold/realworld, kind ``page``): it keeps no publisher's text, every span's hash
still matches the benchmark's articleBody, the split is every third page by id, and a draft is turned into gold
(and refused, naming the span, when a quote cannot be placed)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from toolkit.evaluation.pagegold import DraftError, build_gold, locate, page_body, span_text_ok, text_hash
from toolkit.evaluation.realworld import shared_folder

FOLDER = Path(__file__).resolve().parents[2] / "data" / "gold" / "realworld"
PAGE_FILES = sorted((FOLDER / "gold").glob("page_*.json"))
PAGES = list(csv.DictReader((FOLDER / "pages.tsv").open(encoding="utf-8"), delimiter="\t"))


def test_pages_are_listed_with_every_third_held_out():
    ids = [row["id"] for row in PAGES]
    assert ids == sorted(ids) and len(ids) >= 45
    assert [row["split"] for row in PAGES] == ["heldout" if i % 3 == 2 else "dev" for i in range(len(ids))]
    assert len({row["domain"] for row in PAGES}) >= 30  # many outlets


@pytest.mark.parametrize("path", PAGE_FILES, ids=[p.stem for p in PAGE_FILES])
def test_page_gold_keeps_hashes_not_text_and_they_match(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    listed = {row["id"]: row for row in PAGES}
    assert gold["source"]["corpus"] == "news_pages" and gold["kind"] == "page"
    assert gold["split"] == listed[gold["source"]["file"]]["split"]
    spans = [s for st in gold["statements"] for s in [st["speaker"], st["cue"], *st["content"]] if s]
    spans += gold["timexes"] + gold["non_story"]
    assert all(set(span) >= {"span", "sha"} and "text" not in span for span in spans)
    names = {actor["actor"] for actor in gold["actors"]}
    assert all(st["actor"] is None or st["actor"] in names for st in gold["statements"])
    assert all(set(st["stance"]) <= names for st in gold["statements"])
    shared = shared_folder()
    if not (shared / "corpora" / "news_pages").is_dir():
        pytest.skip(f"the pages are in the shared corpora, absent here ({shared})")
    body = page_body(shared, gold["source"]["file"])
    assert all(span_text_ok(body, span["span"], span["sha"]) for span in spans)


BODY = "Mayor Ana Reyes said the plan was “reckless.” Reyes added that the vote would wait. Reyes left."


def test_a_draft_becomes_gold_with_offsets_and_hashes():
    draft = {"id": "x", "split": "dev", "title": "A title", "actors": [
        {"actor": "Ana Reyes", "type": "PERSON", "aliases": ["Reyes"]}],
        "statements": [{"sentence": "Reyes added that the vote would wait.", "speaker": "Reyes", "cue": "added",
                        "content": "the vote would wait", "actor": "Ana Reyes", "kind": "indirect"}],
        "timexes": [], "non_story": [{"text": "Reyes left.", "role": "other"}]}
    gold = build_gold(draft, BODY)
    statement = gold["statements"][0]
    assert BODY[slice(*statement["speaker"]["span"])] == "Reyes" and statement["speaker"]["span"][0] > 40
    assert statement["content"][0]["sha"] == text_hash("the vote would wait")
    assert gold["title_sha"] == text_hash("A title") and "A title" not in json.dumps(gold)


def test_a_quote_that_cannot_be_placed_is_refused_by_name():
    with pytest.raises(DraftError, match="occurs 3 times"):
        locate(BODY, "Reyes")
    with pytest.raises(DraftError, match="not found"):
        locate(BODY, {"text": "Lopez", "in": "Reyes left."})
    assert locate(BODY, {"text": "Reyes", "nth": 3}) == (BODY.rindex("Reyes"), BODY.rindex("Reyes") + 5)
