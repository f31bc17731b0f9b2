"""Score how the toolkit reads an actor's portrayal against NewsMTSC (sentences of political news, each
labelled with its sentiment towards a target person: negative, neutral or positive).

Three systems, each scored by macro-F1 over the three classes, accuracy and per-class precision/recall:

- ``model``: the portrayal model alone, given the gold target and the corpus's own coreferent mentions (what
  the shipped model was trained to read; independent of the pipeline);
- ``toolkit``: the whole analysis of the sentence (:func:`toolkit.analyze` with the pipeline): the polarity of
  the ``portrayals`` row whose mention overlaps the gold target; a target the analysis does not link to an
  actor counts as neutral (``coverage`` is the share it links);
- ``claims``: the claims alone, as before portrayal was read: a claim whose target overlaps the gold target
  gives support -> positive, oppose -> negative (stance words only), anything else neutral;

against the always-neutral and the majority-class (the train split's most frequent label) baselines.

    python -m toolkit.evaluation.portrayal ../shared/corpora/newsmtsc [--split rw_dev mt_dev] [--pipeline sm]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language
from tqdm import tqdm

from ..analysis import analyze
from ..pipeline import PIPELINE_HELP, load_pipeline, pipeline_source
from ..portrayal import POLARITIES, portray
from . import require_documents, run_scorer

#: NewsMTSC's polarity codes.
LABELS = {2.0: "negative", 4.0: "neutral", 6.0: "positive"}
_CLAIM_POLARITY = {"support": "positive", "oppose": "negative"}


@dataclass(frozen=True)
class Target:
    sentence: str
    start: int
    end: int
    further: tuple[tuple[int, int], ...]  # the corpus's coreferent mentions of the same person
    polarity: str


def read_targets(path: Path) -> Iterator[Target]:
    """The targets of one NewsMTSC ``.jsonl`` file (offsets into ``sentence_normalized``, end exclusive)."""
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            for target in record["targets"]:
                further = tuple((m["from"], m["to"]) for m in target.get("further_mentions") or [])
                yield Target(record["sentence_normalized"], target["from"], target["to"], further,
                             LABELS[target["polarity"]])


def classification_scores(gold: Sequence[str], predicted: Sequence[str]) -> dict[str, Any]:
    """Macro-F1 over :data:`~toolkit.portrayal.POLARITIES`, accuracy and per-class P/R/F1.

    >>> classification_scores(["negative", "neutral", "positive"], ["negative", "neutral", "neutral"])["macro_f1"]
    0.5556
    """
    per_class, f1s = {}, []
    for label in POLARITIES:
        hits = sum(g == p == label for g, p in zip(gold, predicted, strict=True))
        said, wanted = sum(p == label for p in predicted), sum(g == label for g in gold)
        precision, recall = hits / said if said else 0.0, hits / wanted if wanted else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_class[label] = {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
                            "gold": wanted, "predicted": said}
        f1s.append(f1)
    right = sum(g == p for g, p in zip(gold, predicted, strict=True))
    return {"targets": len(gold), "macro_f1": round(sum(f1s) / len(f1s), 4),
            "accuracy": round(right / len(gold), 4) if gold else 0.0, "per_class": per_class}


def model_predictions(targets: Sequence[Target]) -> list[str]:
    """The portrayal model on the gold targets, their coreferent mentions marked too."""
    readings = portray([(t.sentence, [(t.start, t.end), *t.further]) for t in targets])
    return [reading.polarity for reading in readings]


def _overlaps(start: int, end: int, target: Target) -> bool:
    return start < target.end and target.start < end


def analysis_predictions(targets: Sequence[Target], nlp: Language,
                         progress: bool = False) -> tuple[list[str], list[str], int]:
    """(toolkit polarities, claims-only polarities, targets the analysis linked to an actor); each sentence
    is analysed once, however many targets it has."""
    by_sentence: dict[str, Any] = {}
    toolkit, claims, covered = [], [], 0
    for target in tqdm(targets, unit="target", disable=not progress):
        if target.sentence not in by_sentence:
            by_sentence = {target.sentence: analyze(target.sentence, nlp=nlp)}  # keep one: sentences are grouped
        result = by_sentence[target.sentence]
        rows = result.portrayals[[_overlaps(s, e, target) for s, e in zip(result.portrayals["start"],
                                                                           result.portrayals["end"], strict=True)]]
        covered += not rows.empty
        toolkit.append(rows["polarity"].iloc[0] if not rows.empty else "neutral")
        stances = [stance for stance, source, s, e in result.claims[["stance", "stance_source", "start", "end"]]
                   .itertuples(index=False) if source in ("lexicon", "speech_act") and _overlaps(s, e, target)]
        claims.append(_CLAIM_POLARITY.get(stances[0], "neutral") if stances else "neutral")
    return toolkit, claims, covered


def score(folder: Path, split: str, nlp: Language | None = None, progress: bool = False) -> dict[str, Any]:
    """Every system and baseline on ``folder/split.jsonl``; the analysis-based systems only with ``nlp``."""
    path = folder / f"{split}.jsonl"
    targets = list(require_documents(list(read_targets(path)) if path.is_file() else [], path, "targets"))
    gold = [t.polarity for t in targets]
    result: dict[str, Any] = {"split": split, "targets": len(targets)}
    result["model"] = classification_scores(gold, model_predictions(targets))
    if nlp is not None:
        toolkit, claims, covered = analysis_predictions(targets, nlp, progress)
        result["pipeline"] = pipeline_source(nlp).name
        result["toolkit"] = classification_scores(gold, toolkit) | {"coverage": round(covered / len(targets), 4)}
        result["claims"] = classification_scores(gold, claims)
    result["always_neutral"] = classification_scores(gold, ["neutral"] * len(gold))
    train = folder / "train.jsonl"
    if train.exists():
        majority = Counter(t.polarity for t in read_targets(train)).most_common(1)[0][0]
        result[f"majority_{majority}"] = classification_scores(gold, [majority] * len(gold))
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="the NewsMTSC folder (rw_dev.jsonl, mt_dev.jsonl, train.jsonl)")
    parser.add_argument("--split", nargs="+", default=["rw_dev", "mt_dev"])
    parser.add_argument("--pipeline", help=PIPELINE_HELP)
    parser.add_argument("--model-only", action="store_true", help="score the portrayal model alone (fast)")
    args = parser.parse_args(argv)
    nlp = None if args.model_only else load_pipeline(args.pipeline)
    print(json.dumps({split: score(args.folder, split, nlp, progress=True) for split in args.split}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(run_scorer(main))
