"""Score the toolkit on the project's real-world dev set (``data/gold/realworld``): statements, speaker ->
actor links, temporal expressions and actors, per kind of text and overall, on either pipeline.

Matching rules (see ``data/gold/realworld/README.md`` for the annotation):

- a statement in several quoted parts ("“A,” she said. “B.”") counts as one statement per part, as in the
  gold; statements the toolkit finds with a verb of thought ("thinks", "hopes": ``cognition`` in
  ``toolkit/resources/reporting_verbs.csv``) are left out, as the gold annotates speech only;
- a predicted statement matches a gold one when their contents overlap by at least half of the gold content
  and at least 30 % of the predicted content (one-to-one, largest overlap first);
- speaker -> actor accuracy is counted over matched statements whose gold has an actor: right when the
  predicted actor is the gold actor or one of its aliases;
- a predicted timex matches a gold one on any overlap (one-to-one), and its value must be equal; a gold timex
  without a value (a vague placement) is right when the prediction claims no exact calendar date;
- a gold actor is found when some predicted actor has its name or one of its aliases among its own.

    python -m toolkit.evaluation.realworld data/gold/realworld [--pipeline sm] [--split dev|heldout|all]
    python -m toolkit.evaluation.realworld data/gold/realworld --kind page [--pipeline sm] [--split dev]

``--kind page`` scores the saved news pages instead, as a reader sees the tables
(:mod:`toolkit.evaluation.pages`).
"""

from __future__ import annotations

import argparse
import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..analysis import analyze
from ..io.articles import Article, load_article
from ..lang.lexicon import reporting_verbs
from ..pipeline import PIPELINE_HELP, load_pipeline, pipeline_source
from ..quotes.text import verb_lemma
from . import Scores
from .actors import read_gum
from .statements import overlap as _overlap
from .statements import pairs as _pairs
from .statements import statement_match as _statement_match
from .timeml import read_timeml

SPLITS = ("dev", "heldout", "all")
_EXACT_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


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


def _key(name: str) -> str:
    """A name compared without case and without a leading "the" ("The New York Times" = "New York Times")."""
    name = " ".join(name.lower().split())
    return name.removeprefix("the ")


def _names(actor: dict[str, Any]) -> set[str]:
    return {_key(name) for name in [actor["actor"], *actor.get("aliases", [])]}


def score_document(document: GoldDocument, result) -> dict[str, Scores]:
    """Statements (detail: speaker -> actor), timexes (detail: value) and actors found, for one document."""
    tables = result.to_dict()
    gold = document.gold
    aliases = {actor["actor"]: _names(actor) for actor in gold["actors"]}

    gold_statements = [tuple(s["content"]) for s in gold["statements"]]
    # each quoted part of "“A,” she said. “B.”" is a statement of the gold; thoughts are not (see the README)
    rows, predicted = [], []
    for row, quote in zip(tables["quotes"], result.quote_list, strict=True):
        if quote.cue is not None and reporting_verbs().get(verb_lemma(quote.cue) or "") == "cognition":
            continue
        for start, end in quote.parts:
            rows.append({**row, "content": document.text[start:end]})
            predicted.append((start, end))
    statements = Scores(gold=len(gold_statements), system=len(predicted), detail="actor_accuracy")
    linked = Scores(detail="actor_accuracy")
    pairs = _pairs(gold_statements, predicted, _statement_match)
    for i, j in pairs:
        statements.matched += 1
        expected = gold["statements"][i]["actor"]
        if expected is None:
            continue
        found = rows[j]["actor"]
        right = found is not None and _key(found) in aliases.get(expected, {_key(expected)})
        linked.matched += 1
        linked.correct += right
        if not right:
            linked.errors.append({"document": document.name, "content": gold["statements"][i]["text"],
                                  "gold": expected, "found": found})
    for i in sorted(set(range(len(gold_statements))) - {i for i, _ in pairs}):
        statements.errors.append({"document": document.name, "missed": gold["statements"][i]["text"]})
    for j in sorted(set(range(len(predicted))) - {j for _, j in pairs}):
        statements.errors.append({"document": document.name, "spurious": rows[j]["content"],
                                  "speaker": rows[j]["speaker"], "cue": rows[j]["cue"]})

    gold_timexes = [tuple(t["span"]) for t in gold["timexes"]]
    timex_rows = tables["timexes"]
    found_timexes = [(row["start"], row["end"]) for row in timex_rows]
    timexes = Scores(gold=len(gold_timexes), system=len(found_timexes), detail="value_accuracy")
    for i, j in _pairs(gold_timexes, found_timexes, lambda g, p: _overlap(g, p) > 0):
        timexes.matched += 1
        expected, value = gold["timexes"][i]["value"], timex_rows[j]["value"]
        right = value == expected if expected is not None else not _EXACT_DATE.match(value or "")
        timexes.correct += right
        if not right:
            timexes.errors.append({"document": document.name, "text": gold["timexes"][i]["text"],
                                   "gold": expected, "found": value})

    predicted_names = [{_key(a) for a in [row["actor"], *row["aliases"]]} for row in tables["actors"]]
    actors = Scores(gold=len(gold["actors"]), system=len(predicted_names))
    for actor in gold["actors"]:
        if any(_names(actor) & names for names in predicted_names):
            actors.matched += 1
            actors.correct += 1
        else:
            actors.errors.append({"document": document.name, "actor": actor["actor"]})
    return {"statements": statements, "speaker_actor": linked, "timexes": timexes, "actors": actors}


def score(documents: list[GoldDocument], nlp) -> dict[str, Any]:
    """Scores per kind of text and overall, and every miss, spurious statement, wrong link and wrong value
    (``"errors"``), from one analysis of each document."""
    totals: dict[str, dict[str, Scores]] = {}
    found_errors: list[dict[str, Any]] = []
    for document in documents:
        article = Article.from_text(document.text, id=document.name, published=document.gold["published"])
        scores = score_document(document, analyze(article, nlp=nlp))
        for name, value in scores.items():
            found_errors += [{"kind": name, **error} for error in value.errors]
        for group in ("all", document.kind):
            bucket = totals.setdefault(group, {})
            for name, value in scores.items():
                bucket[name] = bucket.get(name, Scores(detail=value.detail)) + value
    result: dict[str, Any] = {group: _summary(bucket)
                              for group, bucket in sorted(totals.items(), key=lambda kv: kv[0] != "all")}
    result["errors"] = found_errors
    return result


def _summary(bucket: dict[str, Scores]) -> dict[str, Any]:
    statements, linked, timexes, actors = (bucket[k] for k in ("statements", "speaker_actor", "timexes", "actors"))
    return {"statements": {k: v for k, v in statements.summary().items() if k != "actor_accuracy"},
            "speaker_actor_accuracy": round(linked.accuracy, 4), "speaker_actor_links": linked.matched,
            "timexes": timexes.summary(),
            "actors_found": round(actors.matched / actors.gold, 4) if actors.gold else 0.0,
            "actors_gold": actors.gold}


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

        pages = read_pages(args.folder, args.split, shared_folder())
        report: dict[str, Any] = {"pipeline": pipeline_source(nlp).name, "split": args.split, "kind": "page",
                                  "pages": len(pages), **score_pages(pages, nlp, shared_folder())}
    else:
        documents = read_gold(args.folder, args.split)
        report = {"pipeline": pipeline_source(nlp).name, "split": args.split,
                  "documents": len(documents), **score(documents, nlp)}
    if not args.errors:
        del report["errors"]
    print(json.dumps(report, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
