"""Score the toolkit on the project's real-world dev set (``data/gold/realworld``): statements, speaker ->
actor links, temporal expressions and actors, per kind of text and overall, on either pipeline.

Every kind is scored as a careful reader sees the tables, with the matching rules of the saved pages
(:mod:`toolkit.evaluation.pages`): actors one to one by name (merges, splits and spurious rows; places named
only as places and publications left out of precision), statements by their words (a split quote is one
statement), speaker -> actor, fully right rows, timexes by text in order, stance. The annotation convention is
``data/gold/realworld/README.md``.

    python -m toolkit.evaluation.realworld data/gold/realworld [--pipeline sm] [--split dev|heldout|all]
    python -m toolkit.evaluation.realworld data/gold/realworld --kind page [--pipeline sm] [--split dev]

``--kind page`` scores the saved news pages instead, as a reader sees the tables
(:mod:`toolkit.evaluation.pages`).
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..analysis import analyze
from ..io.articles import Article, load_article
from ..pipeline import PIPELINE_HELP, load_pipeline, pipeline_source
from . import require_documents, run_scorer
from .actors import read_gum
from .pages import PageDocument, Totals, score_page
from .timeml import read_timeml

__all__ = ["SPLITS", "GoldDocument", "document_text", "read_gold", "score", "shared_folder"]

SPLITS = ("dev", "heldout", "all")


@dataclass
class GoldDocument:
    name: str
    kind: str
    split: str
    text: str
    gold: dict[str, Any]


def shared_folder() -> Path:
    """``../shared`` beside the checkout (or ``$TOOLKIT_SHARED``), where the corpora the gold refers to live."""
    return Path(os.environ.get("TOOLKIT_SHARED", Path(__file__).resolve().parents[3] / "shared"))


def document_text(folder: Path, source: dict[str, str], shared: Path) -> str:
    """The text a gold file's offsets index: a project article as loaded, or a corpus file as its reader
    gives it. Raises FileNotFoundError when the corpus is absent."""
    corpus, file = source["corpus"], source["file"]
    if corpus == "project":
        return load_article(folder / file).text
    if corpus == "meantime_en_dev":
        return read_timeml(shared / "corpora" / corpus / file).text
    if corpus == "ud_english_gum":
        return read_gum(shared / "corpora" / corpus / "sources" / file).text
    raise ValueError(f"unknown corpus {corpus!r}")


def read_gold(folder: str | Path, split: str = "all", shared: Path | None = None,
              corpora: Iterable[str] | None = None) -> list[GoldDocument]:
    """The gold documents of ``split`` (``corpora`` limits which sources are read, e.g. ``["project"]``).
    Saved news pages (kind ``page``, :mod:`toolkit.evaluation.pagegold`) are scored apart and not read here."""
    folder, shared = Path(folder), shared or shared_folder()
    documents = []
    for path in sorted((folder / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if gold["kind"] == "page" or (split != "all" and gold["split"] != split):
            continue
        if corpora is not None and gold["source"]["corpus"] not in corpora:
            continue
        text = document_text(folder, gold["source"], shared)
        documents.append(GoldDocument(path.stem, gold["kind"], gold["split"], text, gold))
    return documents


def score(documents: list[GoldDocument], nlp) -> dict[str, Any]:
    """Scores per kind of text and overall, with the matching of the saved pages
    (:func:`toolkit.evaluation.pages.score_page`), and every miss, spurious row, wrong link and wrong value
    (``"errors"``), from one analysis of each document."""
    totals: dict[str, Totals] = {}
    errors: list[dict[str, Any]] = []
    for document in documents:
        article = Article.from_text(document.text, id=document.name, published=document.gold["published"])
        page = PageDocument(document.name, document.name, document.split, document.text, document.gold)
        scores = score_page(page, analyze(article, nlp=nlp))
        errors += scores["errors"]
        for group in ("all", document.kind):
            totals.setdefault(group, Totals()).add(scores)
    result: dict[str, Any] = {group: totals[group].report() for group in sorted(totals, key=lambda g: g != "all")}
    result["errors"] = errors
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="the real-world gold folder (data/gold/realworld)")
    parser.add_argument("--pipeline", help=PIPELINE_HELP)
    parser.add_argument("--split", choices=SPLITS, default="dev")
    parser.add_argument("--errors", action="store_true", help="list every miss, wrong link and wrong value")
    parser.add_argument("--kind", choices=("text", "page"), default="text",
                        help="text: the written, GUM and MEANTIME documents (default); page: the saved news pages")
    args = parser.parse_args(argv)
    nlp = load_pipeline(args.pipeline)
    if args.kind == "page":
        from .pages import read_pages, score_pages

        pages = require_documents(read_pages(args.folder, args.split, shared_folder()), args.folder / "gold",
                                  f"saved pages of the {args.split} split")
        report: dict[str, Any] = {"pipeline": pipeline_source(nlp).name, "split": args.split, "kind": "page",
                                  "pages": len(pages), **score_pages(pages, nlp, shared_folder())}
    else:
        documents = require_documents(read_gold(args.folder, args.split), args.folder / "gold",
                                      f"gold documents of the {args.split} split")
        report = {"pipeline": pipeline_source(nlp).name, "split": args.split,
                  "documents": len(documents), **score(documents, nlp)}
    if not args.errors:
        del report["errors"]
    print(json.dumps(report, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(run_scorer(main))
