"""Score main-text extraction from web pages against gold snippets, and the page metadata against gold values.

A gold file (``gold.json`` beside the pages) lists, for each page, snippets of the story that must be in the
main text (``must_contain``), snippets of boilerplate that must not (``must_not_contain``: menus, banners,
related stories, sidebars, badges), and the page's ``published`` date (``null`` when the page states none),
``title``, ``author`` and ``sitename``. Whitespace is collapsed on both sides before a snippet is looked up.

- main text: a snippet of the story found is a hit, one missing a miss, a boilerplate snippet found a false
  alarm; precision = hits / (hits + false alarms), recall = hits / story snippets;
- dates: right, wrong, missed (stated but not found) and invented (found on a page that states none);
- title, author, site name: the share of pages where the value equals the gold (case and spaces aside).

    python -m toolkit.evaluation.webpages tests/fixtures/webpages [--extractor trafilatura] [--favor-precision]
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from . import Scores, require_documents, run_scorer

__all__ = ["METADATA_FIELDS", "Extractor", "date_outcome", "main", "score", "snippet_scores", "toolkit_extractor",
           "trafilatura_extractor"]

#: An extractor maps a page file to its main text and metadata (``published`` as ``YYYY-MM-DD``).
Extractor = Callable[[Path], tuple[str, dict[str, Any]]]
METADATA_FIELDS = ("title", "author", "sitename")


def _squash(text: str | None) -> str:
    return " ".join((text or "").split())


def snippet_scores(text: str, must_contain: Iterable[str], must_not_contain: Iterable[str]) -> Scores:
    """Hits, misses and false alarms of one page's main text.

    >>> scores = snippet_scores("The mayor  said the budget\\npassed. Share on Facebook",
    ...                         ["The mayor said the budget passed.", "Taxes rise."], ["Share on Facebook"])
    >>> scores.gold, scores.system, scores.matched, [e["kind"] for e in scores.errors]
    (2, 2, 1, ['missed', 'boilerplate'])
    """
    squashed = _squash(text)
    scores = Scores()
    for snippet in must_contain:
        found = _squash(snippet) in squashed
        scores += Scores(gold=1, system=int(found), matched=int(found),
                         errors=[] if found else [{"kind": "missed", "snippet": snippet}])
    for snippet in must_not_contain:
        if _squash(snippet) in squashed:
            scores += Scores(system=1, errors=[{"kind": "boilerplate", "snippet": snippet}])
    return scores


def date_outcome(gold: str | None, found: str | None) -> str:
    """``right``, ``wrong``, ``missed``, ``invented`` or ``none`` (no date stated, none found)."""
    if gold is None:
        return "invented" if found else "none"
    if not found:
        return "missed"
    return "right" if found == gold else "wrong"


def score(folder: str | Path, extractor: Extractor) -> dict[str, Any]:
    """Score ``extractor`` on every page listed in ``folder/gold.json``."""
    folder = Path(folder)
    if not (folder / "gold.json").is_file():
        require_documents([], folder / "gold.json", "gold pages")
    gold_pages = require_documents(json.loads((folder / "gold.json").read_text(encoding="utf-8")), folder / "gold.json",
                                   "gold pages")
    text_scores, dates, fields, pages = Scores(), {}, dict.fromkeys(METADATA_FIELDS, 0), []
    for page in gold_pages:
        text, metadata = extractor(folder / page["file"])
        page_scores = snippet_scores(text, page["must_contain"], page["must_not_contain"])
        text_scores += page_scores
        outcome = date_outcome(page.get("published"), metadata.get("published"))
        dates[outcome] = dates.get(outcome, 0) + 1
        for name in METADATA_FIELDS:
            fields[name] += _squash(metadata.get(name)).lower() == _squash(page.get(name)).lower()
        pages.append({"file": page["file"], **page_scores.summary(), "date": outcome,
                      "errors": page_scores.errors})
    return {"pages": len(gold_pages), "text": text_scores.summary(), "dates": dates,
            "metadata": {name: round(right / len(gold_pages), 4) for name, right in fields.items()},
            "per_page": pages}


def toolkit_extractor(**options: Any) -> Extractor:
    """The toolkit's loader (:func:`toolkit.load_article`) with web-page ``options``."""
    from ..io.articles import load_article

    def extract(path: Path) -> tuple[str, dict[str, Any]]:
        article = load_article(path, **options)
        metadata = article.metadata()
        metadata["sitename"] = article.sitename
        return article.text, metadata

    return extract


def trafilatura_extractor(**options: Any) -> Extractor:
    """trafilatura on its own, with its defaults (plain-text output; metadata as it extracts it)."""
    import trafilatura

    def extract(path: Path) -> tuple[str, dict[str, Any]]:
        html = path.read_text(encoding="utf-8")
        text = trafilatura.extract(html, **options) or ""
        metadata = trafilatura.extract_metadata(html)
        return text, {"published": metadata.date, "title": metadata.title, "author": metadata.author,
                      "sitename": metadata.sitename}

    return extract


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", help="a folder of pages with their gold.json")
    parser.add_argument("--extractor", choices=("toolkit", "trafilatura"), default="toolkit")
    focus = parser.add_mutually_exclusive_group()
    focus.add_argument("--favor-precision", action="store_true")
    focus.add_argument("--favor-recall", action="store_true")
    parser.add_argument("--errors", action="store_true", help="list every miss and false alarm")
    args = parser.parse_args(argv)
    options = {"favor_precision": args.favor_precision, "favor_recall": args.favor_recall}
    make = toolkit_extractor if args.extractor == "toolkit" else trafilatura_extractor
    result = score(args.folder, make(**options))
    if not args.errors:
        result["per_page"] = [{k: v for k, v in page.items() if k != "errors"} for page in result["per_page"]]
    print(json.dumps(result, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(run_scorer(main))
