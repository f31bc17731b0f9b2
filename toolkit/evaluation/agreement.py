"""How far two careful readers agree on a page: the second annotation (``data/gold/realworld/agreement``)
scored against the first (``gold``) with the matching of :mod:`toolkit.evaluation.pages`, as an F1 per layer.

    python -m toolkit.evaluation.agreement data/gold/realworld
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from . import prf, require_documents, run_scorer
from .matching import content_f1, match_actors, speaker_right, statement_pairs, timex_pairs
from .pages import PageDocument, gold_actors, gold_statements, gold_timexes, read_pages
from .realworld import shared_folder

__all__ = ["agreement", "page_agreement"]


def _f1(matched: int, first: int, second: int) -> float:
    return round(prf(matched, second, first)[2], 4)


def page_agreement(first: PageDocument, second: PageDocument) -> dict[str, Any]:
    """Counts of one page's two annotations: matched items of each layer, and how many of them agree on the
    detail (the speaker's actor, the content, the value, the stance, the role of a non-story line)."""
    body = first.body
    a_actors, b_actors = gold_actors(first.gold), gold_actors(second.gold)
    # acceptable names are neither rewarded nor penalised: compare the actors both take as actors
    actors = match_actors([a for a in a_actors], [b for b in b_actors if not b.acceptable])
    a_s, b_s = gold_statements(first.gold, body), gold_statements(second.gold, body)
    pairs = statement_pairs(a_s, b_s)
    a_t, b_t = gold_timexes(first.gold, body), gold_timexes(second.gold, body)
    t_pairs = timex_pairs(a_t, b_t)
    a_lines = {tuple(line["span"]): line["role"] for line in first.gold["non_story"]}
    b_lines = {tuple(line["span"]): line["role"] for line in second.gold["non_story"]}
    return {
        "actors": (actors.matched, actors.gold, actors.scored),
        "statements": (len(pairs), len(a_s), len(b_s)),
        "speaker_actor": (sum(speaker_right(a_s[i], b_s[j]) for i, j in pairs), len(pairs)),
        "content": (sum(content_f1(a_s[i].words, b_s[j].words) >= 0.8 for i, j in pairs), len(pairs)),
        "stance": (sum(a_s[i].stance.get(t) == s for i, j in pairs for t, s in b_s[j].stance.items()),
                   sum(len(b_s[j].stance) for _, j in pairs)),
        "timexes": (len(t_pairs), len(a_t), len(b_t)),
        "timex_values": (sum(a_t[i].value == b_t[j].value for i, j in t_pairs), len(t_pairs)),
        "non_story": (len(a_lines.keys() & b_lines.keys()), len(a_lines), len(b_lines)),
        "title": (int(first.gold["title_sha"] == second.gold["title_sha"]), 1),
        "published": (int(first.gold["published"] == second.gold["published"]), 1),
    }


def agreement(folder: str | Path, shared: Path | None = None) -> dict[str, Any]:
    """F1 per layer (items matched one annotation against the other) and the agreement on details, summed over
    every page annotated twice."""
    shared = shared or shared_folder()
    seconds = {p.page_id: p for p in read_pages(folder, "all", shared, subfolder="agreement")}
    firsts = require_documents([p for p in read_pages(folder, "all", shared) if p.page_id in seconds],
                               Path(folder) / "agreement", "pages annotated twice")
    totals: dict[str, list[int]] = {}
    for first in firsts:
        for layer, counts in page_agreement(first, seconds[first.page_id]).items():
            totals[layer] = [x + y for x, y in zip(totals.get(layer, [0] * len(counts)), counts, strict=True)]
    report: dict[str, Any] = {"pages": [p.name for p in firsts]}
    for layer, counts in totals.items():
        if len(counts) == 3:
            report[layer] = {"f1": _f1(*counts), "matched": counts[0], "first": counts[1], "second": counts[2]}
        else:
            report[layer] = {"agreement": round(counts[0] / counts[1], 4) if counts[1] else 0.0,
                             "agree": counts[0], "of": counts[1]}
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="the real-world gold folder (data/gold/realworld)")
    print(json.dumps(agreement(parser.parse_args(argv).folder), indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(run_scorer(main))
