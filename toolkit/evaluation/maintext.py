"""Main text of saved pages against the hand-extracted ``articleBody`` of the benchmark they come from
(``../shared/corpora/news_pages``), with the benchmark's own measure: precision and recall of word shingles.

The measure, as the benchmark defines it: a text is cut into its words (``\\w+``) and every run of four
consecutive words is a shingle; per page, shingles found in both (with their counts) are true positives, the
extra ones of the extraction false positives, the missed ones false negatives, the three normalised to sum to
one so that long pages do not weigh more; precision and recall are the means over the pages, and F1 is taken
from the two means. The toolkit (what ``load_article`` gives) and trafilatura alone (``trafilatura.extract`` with
its defaults) are scored side by side, with the share of pages whose title and publication date were found.

    python -m toolkit.evaluation.maintext data/gold/realworld [--split dev|heldout|all]

``dev`` is every English page of the benchmark except the held-out third of ``pages.tsv``.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import statistics
from collections import Counter
from pathlib import Path
from typing import Any

from . import require_documents, run_scorer
from .pagegold import news_pages, page_body, page_html
from .pages import load_page
from .realworld import shared_folder

__all__ = ["shingle_counts", "shingle_scores"]

_WORD = re.compile(r"\w+")


def _shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    words = _WORD.findall(text or "")
    return Counter(tuple(words[i:i + n]) for i in range(max(1, len(words) - n + 1)) if words[i:i + n])


def shingle_counts(true: str, found: str) -> tuple[float, float, float]:
    """A page's (true positives, false positives, false negatives) of four-word shingles, normalised to sum to
    one.

    >>> shingle_counts("one two three four five", "one two three four")
    (0.5, 0.0, 0.5)
    """
    gold, predicted = _shingles(true), _shingles(found)
    tp = float(sum((gold & predicted).values()))
    fp = float(sum((predicted - gold).values()))
    fn = float(sum((gold - predicted).values()))
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    return 1.0 if fp == fn == 0 else 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    return 1.0 if fp == fn == 0 else 0.0 if tp == fn == 0 else tp / (tp + fn)


def shingle_scores(counts: list[tuple[float, float, float]]) -> dict[str, float]:
    """Mean precision and recall over pages, and the F1 of the two means."""
    precision = statistics.mean([_precision(*c) for c in counts if c[0] + c[1] > 0] or [0.0])
    recall = statistics.mean([_recall(*c) for c in counts if c[0] + c[2] > 0] or [0.0])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def english_pages(folder: Path, shared: Path, split: str) -> list[str]:
    """The English pages of the benchmark; ``dev`` leaves out the held-out third of ``pages.tsv``."""
    with (news_pages(shared) / "pages.tsv").open(encoding="utf-8") as handle:
        english = [row["id"] for row in csv.DictReader(handle, delimiter="\t") if row["language"] == "en"]
    with (folder / "pages.tsv").open(encoding="utf-8") as handle:
        heldout = {row["id"] for row in csv.DictReader(handle, delimiter="\t") if row["split"] == "heldout"}
    if split == "all":
        return english
    return [i for i in english if (i in heldout) == (split == "heldout")]


def main_text_report(folder: Path, split: str = "dev", shared: Path | None = None) -> dict[str, Any]:
    import trafilatura

    shared = shared or shared_folder()
    if not (news_pages(shared) / "pages.tsv").is_file():
        require_documents([], news_pages(shared), "saved pages (pages.tsv)")
    ids = require_documents(english_pages(folder, shared, split), news_pages(shared), f"English pages of {split}")
    toolkit, alone = [], []
    titles = dates = 0
    for page_id in ids:
        body = page_body(shared, page_id)
        article = load_page(shared, page_id)
        toolkit.append(shingle_counts(body, article.text))
        alone.append(shingle_counts(body, trafilatura.extract(page_html(shared, page_id).decode("utf-8", "replace"))
                                    or ""))
        titles += bool(article.title)
        dates += article.published is not None
    return {"split": split, "pages": len(ids), "toolkit": shingle_scores(toolkit),
            "trafilatura": shingle_scores(alone),
            "toolkit_titles_found": round(titles / len(ids), 4) if ids else 0.0,
            "toolkit_dates_found": round(dates / len(ids), 4) if ids else 0.0}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="the real-world gold folder (data/gold/realworld)")
    parser.add_argument("--split", choices=("dev", "heldout", "all"), default="dev")
    args = parser.parse_args(argv)
    print(json.dumps(main_text_report(args.folder, args.split), indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(run_scorer(main))
