"""Score named entities against Universal NER (IOB2 PER/ORG/LOC) gold: exact-span P/R/F1, overall and per type.

Each gold sentence's ``# text`` is run through the pipeline as its own document; gold spans are placed on the
text by aligning the gold tokens, so the pipeline's own tokenisation does not matter. Predicted labels map
to UNER's: PERSON -> PER, ORG -> ORG, GPE and LOC -> LOC; NORP and every other label count as no entity
(UNER leaves nationalities, religions and groups unlabelled).

    python -m toolkit.evaluation.ner ../shared/corpora/uner_english_pud/en_pud-ud-test.iob2 [--model-only]
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

from ..pipeline import PIPELINE_HELP, TOOLKIT_COMPONENTS, load_pipeline, pipeline_source
from . import Scores, require_documents, run_scorer

__all__ = ["LABELS", "TO_UNER", "GoldSentence", "main", "read_iob2", "score", "summary"]

TO_UNER = {"PERSON": "PER", "PER": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}


@dataclass(frozen=True)
class GoldSentence:
    text: str
    spans: frozenset[tuple[int, int, str]]


def read_iob2(path: Path) -> list[GoldSentence]:
    """Sentences of a UNER ``.iob2`` file with their gold entity character spans."""
    sentences, text, rows = [], None, []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.startswith("# text = "):
            text = line[len("# text = "):]
        elif line.startswith("#"):
            continue
        elif line.strip():
            columns = line.split("\t")
            rows.append((columns[1], columns[2]))
        elif rows:
            sentences.append(GoldSentence(text, frozenset(_char_spans(text, rows))))
            text, rows = None, []
    return sentences


def _char_spans(text: str, rows: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    spans, cursor, current = [], 0, None
    for token, tag in rows:
        start = text.find(token, cursor)
        if start < 0:  # a token the text spells differently: keep the cursor, skip the token
            continue
        end = cursor = start + len(token)
        if tag.startswith("B-") or (tag.startswith("I-") and current is None):
            if current:
                spans.append(tuple(current))
            current = [start, end, tag[2:]]
        elif tag.startswith("I-") and current is not None:
            current[1] = end
        else:
            if current:
                spans.append(tuple(current))
            current = None
    if current:
        spans.append(tuple(current))
    return spans


LABELS = ("PER", "ORG", "LOC")


def score(nlp: Language, sentences: Iterable[GoldSentence], model_only: bool = False) -> dict[str, Scores]:
    """Exact-span scores of ``nlp`` per UNER label and over all (``"ALL"``), without the toolkit's rule
    components when ``model_only``."""
    sentences = list(sentences)
    disabled = [name for name in TOOLKIT_COMPONENTS if name in nlp.pipe_names and model_only]
    scores = {label: Scores() for label in LABELS}
    with nlp.select_pipes(disable=disabled):
        for sentence, doc in zip(sentences, nlp.pipe(s.text for s in sentences), strict=True):
            found = {(e.start_char, e.end_char, TO_UNER[e.label_]) for e in doc.ents if e.label_ in TO_UNER}
            for label in LABELS:
                gold = {s for s in sentence.spans if s[2] == label}
                system = {s for s in found if s[2] == label}
                scores[label] += Scores(len(gold), len(system), len(gold & system))
    scores["ALL"] = sum(scores.values(), Scores())
    return scores


def summary(scores: dict[str, Scores]) -> dict[str, dict[str, float]]:
    """P, R and F1 (rounded) over all labels and per label."""
    return {label: {"p": round(s.precision, 4), "r": round(s.recall, 4), "f": round(s.f1, 4)}
            for label, s in [("ALL", scores["ALL"]), *((label, scores[label]) for label in LABELS)]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", type=Path, nargs="+", help="UNER .iob2 files")
    parser.add_argument("--pipeline", help=PIPELINE_HELP)
    parser.add_argument("--model-only", action="store_true", help="without the toolkit's rule components")
    args = parser.parse_args(argv)
    nlp = load_pipeline(args.pipeline)
    sentences = require_documents([s for path in args.files for s in read_iob2(path)],
                                  ", ".join(map(str, args.files)), "sentences")
    report = {"sentences": len(sentences), "pipeline": pipeline_source(nlp).name, "model_only": args.model_only,
              **summary(score(nlp, sentences, args.model_only))}
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(run_scorer(main))
