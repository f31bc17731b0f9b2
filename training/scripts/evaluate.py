"""Evaluate a trained pipeline and write metrics JSON.

Usage: python scripts/one_core.py scripts/evaluate.py MODEL_DIR EVAL_DIR OUT_JSON

Main scores are on raw text: the pipeline tokenises the gold text itself and spaCy's Scorer
aligns its tokens to the gold UD words (tokenisation errors count). ``*_goldtok`` entries
give the same syntax scores with the gold UD words as input (model errors only).
Syntax: UD EWT test, UD PUD (GUM dev/test extra);
NER (PER/ORG/LOC, model PERSON reported as PER): UNER EWT test and UNER PUD, never trained on.
Also: words/second of nlp.pipe on one core, load time and size on disk.
"""
import json
import sys
import time
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.training import Example

SETS = {  # file in EVAL_DIR -> (syntax key, ner key or None)
    "ewt-test.spacy": ("ud_ewt_test", "uner_ewt_test"),
    "pud-test.spacy": ("ud_pud", "uner_pud"),
    "gum-dev.spacy": ("gum_dev", "gum_dev_silver_ner"),
    "gum-test.spacy": ("gum_test", "gum_test_silver_ner"),
}
SYNTAX_KEYS = ["tag_acc", "pos_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las",
               "sents_p", "sents_r", "sents_f"]
MODEL_TO_UNER = {"PERSON": "PER", "ORG": "ORG", "LOC": "LOC"}


def r4(x):
    return None if x is None else round(float(x), 4)


def load_examples(nlp, path: Path, gold_tokens: bool = False):
    docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    if gold_tokens:
        return [Example(Doc(nlp.vocab, words=[t.text for t in d],
                            spaces=[bool(t.whitespace_) for t in d]), d) for d in docs]
    return [Example(nlp.make_doc(d.text), d) for d in docs]


def ner_scores(scores: dict) -> dict:
    per_type = {MODEL_TO_UNER.get(k, k): {m: r4(v) for m, v in d.items()}
                for k, d in (scores.get("ents_per_type") or {}).items()}
    return {"p": r4(scores["ents_p"]), "r": r4(scores["ents_r"]), "f": r4(scores["ents_f"]),
            "per_type": per_type}


def speed(nlp, texts, repeats: int = 2) -> float:
    """Best words/second of nlp.pipe over ``texts`` (one process)."""
    list(nlp.pipe(texts[:50]))  # warm-up
    best = 0.0
    for _ in range(repeats):
        start = time.perf_counter()
        n_words = sum(len(doc) for doc in nlp.pipe(texts, batch_size=64))
        best = max(best, n_words / (time.perf_counter() - start))
    return best


def size_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def main(model: str, eval_dir: str, out: str) -> None:
    start = time.perf_counter()
    nlp = spacy.load(model)
    metrics = {"model": model, "load_time_s": round(time.perf_counter() - start, 3),
               "size_mb": round(size_mb(Path(model)), 2),
               "pipeline": nlp.pipe_names, "labels_ner": list(nlp.get_pipe("ner").labels)}
    texts = []
    for name, (syn_key, ner_key) in SETS.items():
        path = Path(eval_dir) / name
        if not path.exists():
            continue
        examples = load_examples(nlp, path)
        scores = nlp.evaluate(examples)
        metrics[syn_key] = {k: r4(scores.get(k)) for k in SYNTAX_KEYS}
        metrics[ner_key] = ner_scores(scores)
        if name in ("ewt-test.spacy", "pud-test.spacy"):
            texts.extend(eg.reference.text for eg in examples)
            gold_scores = nlp.evaluate(load_examples(nlp, path, gold_tokens=True))
            metrics[syn_key + "_goldtok"] = {k: r4(gold_scores.get(k)) for k in SYNTAX_KEYS}
        print(name, json.dumps(metrics[syn_key]), json.dumps(metrics[ner_key]), flush=True)
    metrics["speed_words_per_s_1core"] = round(speed(nlp, texts))
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    Path(out).write_text(json.dumps(metrics, indent=2) + "\n")
    print(json.dumps({k: v for k, v in metrics.items() if not isinstance(v, dict)}, indent=1))


if __name__ == "__main__":
    main(*sys.argv[1:4])
