"""Score an analysis against the project's own gold (``data/gold/``): actors, statements and timexes.

Each gold file names its article (``data/articles/<article>.txt``). The scores are shares of gold items the
toolkit gets fully right, so that two pipelines can be compared on the same article:

- actors: every gold actor found once, with its type and every alias merged into it; spurious actors (not in
  the gold or its ``optional`` list) and wrong merges (``must_not_merge`` pairs sharing an alias) are counted;
- statements: the system statement covering at least half of the gold content has the gold actor and kind;
- timexes: the gold span is found with the gold type and values (with the gold's anchor); spurious timexes
  are counted.

    python -m toolkit.evaluation.gold data/gold [--pipeline sm]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from ..analysis import Analysis, analyze
from ..io.articles import load_article
from ..pipeline import PIPELINE_HELP, load_pipeline, pipeline_source
from . import require_documents, run_scorer

__all__ = ["main", "score_actors", "score_folder", "score_quotes", "score_timexes"]


def _load(folder: Path, name: str) -> dict[str, Any]:
    return json.loads((folder / name).read_text(encoding="utf-8"))


def score_actors(result: Analysis, gold: dict[str, Any]) -> dict[str, Any]:
    table = result.to_dict()["actors"]
    by_name = {row["actor"]: row for row in table}
    right = [g["actor"] for g in gold["actors"]
             if g["actor"] in by_name and by_name[g["actor"]]["type"] == g["type"]
             and set(g["aliases"]) <= set(by_name[g["actor"]]["aliases"])]
    expected = {g["actor"] for g in gold["actors"]} | set(gold.get("optional", []))
    aliases = {row["actor"]: set(row["aliases"]) for row in table}
    wrong_merges = sum(1 for a, b in gold.get("must_not_merge", [])
                       if a in aliases and b in aliases and aliases[a] & aliases[b])
    return {"gold": len(gold["actors"]), "right": len(right), "share": round(len(right) / len(gold["actors"]), 4),
            "spurious": sorted(set(by_name) - expected), "wrong_merges": wrong_merges}


def _overlap(row: dict[str, Any], span: list[int]) -> float:
    covered = min(row["content_end"], span[1]) - max(row["content_start"], span[0])
    return covered / (span[1] - span[0])


def score_quotes(result: Analysis, gold: dict[str, Any]) -> dict[str, Any]:
    rows = result.to_dict()["statements"]
    right = 0
    for item in gold["quotes"]:
        match = max(rows, key=lambda row: _overlap(row, item["span"]), default=None)
        right += match is not None and _overlap(match, item["span"]) >= 0.5 and \
            match["actor"] == item["actor"] and match["kind"] == item["kind"]
    return {"gold": len(gold["quotes"]), "system": len(rows), "right": right,
            "share": round(right / len(gold["quotes"]), 4)}


def score_timexes(result: Analysis, gold: dict[str, Any]) -> dict[str, Any]:
    rows = {(row["start"], row["end"]): row for row in result.to_dict()["timexes"]}
    right = 0
    for item in gold["timexes"]:
        row = rows.get(tuple(item["span"]))
        expected = item["with_anchor"]
        right += row is not None and row["type"] == item["type"] and \
            all(row[field] == value for field, value in expected.items())
    spurious = len(set(rows) - {tuple(t["span"]) for t in gold["timexes"]})
    return {"gold": len(gold["timexes"]), "right": right, "share": round(right / len(gold["timexes"]), 4),
            "spurious": spurious}


def score_folder(folder: Path, nlp: Any = None) -> dict[str, Any]:
    """Every gold file of ``folder`` (``*_actors.json``, ``*_quotes.json``, ``*_timexes.json``) scored."""
    articles = folder.parent / "articles"
    report: dict[str, Any] = {}
    for kind, scorer in (("actors", score_actors), ("quotes", score_quotes), ("timexes", score_timexes)):
        for path in sorted(folder.glob(f"*_{kind}.json")):
            gold = _load(folder, path.name)
            result = analyze(load_article(articles / f"{gold['article']}.txt"), anchor=gold.get("anchor"), nlp=nlp)
            report.setdefault(gold["article"], {})[kind] = scorer(result, gold)
    require_documents(list(report), folder, "gold files (*_actors.json, *_quotes.json, *_timexes.json)")
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="the project's gold folder (data/gold)")
    parser.add_argument("--pipeline", help=PIPELINE_HELP)
    args = parser.parse_args(argv)
    nlp = load_pipeline(args.pipeline)
    print(json.dumps({"pipeline": pipeline_source(nlp).name, **score_folder(args.folder, nlp)}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(run_scorer(main))
