"""Score the toolkit's links of descriptions and pronouns to actors (the ``mentions`` table) on GUM's
coreference layer, which links every pronoun and nominal mention to its entity.

Each actor stands for the GUM entity most of its name mentions belong to. A ``description`` or ``pronoun``
row is right when the GUM mention with the same head word belongs to that entity; a row whose head word GUM
does not annotate as a mention, or annotates as another entity, is wrong. Recall counts the GUM pronoun and
nominal mentions of the entities the toolkit found by name. Precision is reported per kind: a wrong link is
worse than a missing one.

    python -m toolkit.evaluation.coref ../shared/corpora/ud_english_gum --split dev [--pipeline sm]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from spacy.language import Language

from ..analysis import analyze
from ..io.articles import Article
from ..pipeline import PIPELINE_HELP, load_pipeline, pipeline_source
from . import Scores, run_scorer
from .actors import SPLITS, GumDocument, head_of, read_gum, split_files

__all__ = ["KINDS", "main", "score", "score_document"]

KINDS = ("description", "pronoun")


def _head_index(document: GumDocument) -> dict[int, list[tuple[int, int]]]:
    """word index -> [(entity, mention length)] of the GUM mentions headed by that word."""
    heads: dict[int, list[tuple[int, int]]] = {}
    for mention in document.mentions:
        heads.setdefault(head_of(document, mention), []).append((mention.entity, mention.last - mention.first))
    return heads


def _words_in(document: GumDocument, start: int, end: int) -> list[int]:
    return [i for i, w in enumerate(document.words) if start <= w.start and w.end <= end]


def score_document(document: GumDocument, nlp: Language) -> dict[str, Scores]:
    """Per kind: gold = GUM mentions of that kind for entities found by name, system = the toolkit's rows of
    that kind, matched = rows linked to the right entity."""
    heads = _head_index(document)
    rows = analyze(Article.from_text(document.text), nlp=nlp).to_dict()["mentions"]

    def entities_at(row: dict[str, Any]) -> list[int]:
        found = [(length, entity) for i in _words_in(document, row["start"], row["end"]) for entity, length in
                 heads.get(i, [])]
        return [entity for _, entity in sorted(found, reverse=True)]  # the widest mention headed inside first

    votes: dict[str, Counter] = {}
    for row in rows:
        if row["kind"] == "name":
            for entity in entities_at(row)[:1]:
                votes.setdefault(row["actor"], Counter())[entity] += 1
    entity_of = {actor: counter.most_common(1)[0][0] for actor, counter in votes.items()}
    found_entities = set(entity_of.values())

    scores = {kind: Scores() for kind in KINDS}
    for mention in document.mentions:
        upos = document.words[head_of(document, mention)].upos
        kind = "pronoun" if upos == "PRON" else "description" if upos == "NOUN" else None
        if kind is not None and mention.entity in found_entities:
            scores[kind].gold += 1
    for row in rows:
        if row["kind"] not in KINDS:
            continue
        scores[row["kind"]].system += 1
        expected = entity_of.get(row["actor"])
        if expected is not None and expected in entities_at(row):
            scores[row["kind"]].matched += 1
        else:
            scores[row["kind"]].errors.append({"document": document.name, "text": row["text"],
                                               "start": row["start"], "actor": row["actor"]})
    return scores


def score(documents: Iterable[GumDocument], nlp: Language) -> dict[str, Scores]:
    totals = {kind: Scores() for kind in KINDS}
    for document in documents:
        for kind, value in score_document(document, nlp).items():
            totals[kind] += value
    return totals


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="the GUM folder (sources/ and file-lists/)")
    parser.add_argument("--split", choices=SPLITS, default="dev")
    parser.add_argument("--pipeline", help=PIPELINE_HELP)
    parser.add_argument("--errors", action="store_true", help="list every wrong link")
    args = parser.parse_args(argv)
    nlp = load_pipeline(args.pipeline)
    totals = score((read_gum(path) for path in split_files(args.folder, args.split)), nlp)
    report: dict[str, Any] = {"split": args.split, "pipeline": pipeline_source(nlp).name,
                              **{kind: value.summary() for kind, value in totals.items()},
                              "all": sum(totals.values(), Scores()).summary()}
    if args.errors:
        report["errors"] = [error for value in totals.values() for error in value.errors]
    print(json.dumps(report, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(run_scorer(main))
