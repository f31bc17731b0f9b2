"""Evaluate a trained portrayal model on a NewsMTSC dev jsonl and print metrics as JSON.

  python evaluate.py MODEL_DIR DEV_JSONL [--scheme marker] [--train TRAIN_JSONL] [--speed] [--also MODEL_DIR ...]

Scores the examples' own gold labels: macro-F1 over NEGATIVE/NEUTRAL/POSITIVE, accuracy,
per-class precision/recall/F1, plus the always-neutral and the majority-class baseline
(majority = most frequent label of the training file). --speed adds sentences/second on one
thread (Doc construction + model, batch 256) and the model's size on disk.
"""
import argparse
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

import spacy  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from prepare import DEFAULT_DATA, LABELS, SCHEMES, add_markers, iter_examples, make_doc  # noqa: E402

CLASSES = ["NEGATIVE", "NEUTRAL", "POSITIVE"]


def metrics(gold, pred):
    right = sum(g == p for g, p in zip(gold, pred, strict=True))
    out = {"n": len(gold), "accuracy": right / len(gold), "per_class": {}}
    fs = []
    for c in CLASSES:
        tp = sum(g == c and p == c for g, p in zip(gold, pred, strict=True))
        npred = sum(p == c for p in pred)
        ngold = sum(g == c for g in gold)
        pr = tp / npred if npred else 0.0
        rc = tp / ngold if ngold else 0.0
        f = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
        fs.append(f)
        out["per_class"][c] = {"p": round(pr, 4), "r": round(rc, 4), "f": round(f, 4), "gold": ngold, "pred": npred}
    out["macro_f1"] = sum(fs) / len(fs)
    out["accuracy"] = round(out["accuracy"], 4)
    out["macro_f1"] = round(out["macro_f1"], 4)
    return out


def predict(nlp, docs, others=()):
    if others:
        docs = list(docs)
        runs = [list(m.pipe(docs, batch_size=256)) for m in (nlp, *others)]
        return [max(CLASSES, key=lambda c: sum(d.cats[c] for d in ds)) for ds in zip(*runs, strict=True)]
    preds = []
    for doc in nlp.pipe(docs, batch_size=256):
        if doc.cats:
            preds.append(max(doc.cats, key=doc.cats.get))
        else:  # span pooling model: label of the (single) target span, NEUTRAL if none kept
            spans = list(doc.spans.get("sc", []))
            preds.append(spans[0].label_ if spans else "NEUTRAL")
    return preds


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("model", type=Path)
    ap.add_argument("dev", type=Path)
    ap.add_argument("--scheme", default="marker", choices=SCHEMES)
    ap.add_argument("--train", type=Path, default=DEFAULT_DATA / "train.jsonl")
    ap.add_argument("--speed", action="store_true")
    ap.add_argument("--also", type=Path, nargs="*", default=[],
                    help="more textcat model dirs (same scheme): average the class probabilities (seed ensemble)")
    ap.add_argument("--split-markers", action="store_true",
                    help="do not add the [T]/[/T] special cases (for models trained with gold_preproc = false, "
                         "which saw the markers as '[', 'T', ']')")
    a = ap.parse_args()

    nlp = spacy.load(a.model)
    if not a.split_markers:
        add_markers(nlp)
    others = [spacy.load(m) for m in a.also]
    examples = list(iter_examples(a.dev))
    gold = [lab for _, _, lab in examples]

    def build():
        return [make_doc(nlp, s, t["from"], t["to"], a.scheme, t.get("further_mentions")) for s, t, _ in examples]

    pred = predict(nlp, build(), others)
    majority = Counter(LABELS[t["polarity"]] for _, t, _ in iter_examples(a.train)).most_common(1)[0][0]
    res = {
        "model": str(a.model),
        "also": [str(m) for m in a.also],
        "dev": a.dev.name,
        "scheme": a.scheme,
        "model_metrics": metrics(gold, pred),
        "baseline_always_neutral": metrics(gold, ["NEUTRAL"] * len(gold)),
        f"baseline_majority_{majority.lower()}": metrics(gold, [majority] * len(gold)),
    }
    if a.speed:
        reps, best = 3, None
        for _ in range(reps):
            t0 = time.perf_counter()
            predict(nlp, build(), others)
            dt = time.perf_counter() - t0
            best = dt if best is None else min(best, dt)
        res["targets_per_second_1core"] = round(len(examples) / best, 1)
        res["model_size_mb"] = round(sum(f.stat().st_size for m in (a.model, *a.also)
                                         for f in m.rglob("*") if f.is_file()) / 1e6, 2)
    print(json.dumps(res, indent=1))


if __name__ == "__main__":
    main()
