"""Convert NewsMTSC jsonl files into spaCy DocBins for the portrayal textcat.

One Doc per (sentence, target) pair; doc.cats holds the exclusive label
(NEGATIVE / NEUTRAL / POSITIVE). The target is made visible by a marking scheme:

  marker       "... [T] Jane Doe [/T] said ..."       (marker tokens around the main mention)
  marker_all   like marker, and coreferent `further_mentions` get "[T] ... [/T]" too
  placeholder  "... [T] said ..."                       (main mention replaced by one token)
  ph_all       like placeholder, further mentions replaced as well
  span         text unchanged; the main mention stored in doc.spans["sc"] (for span pooling)

Marker tokens are added as tokenizer special cases, so "[T]" and "[/T]" are single tokens.
At inference time build the Doc with `make_doc(nlp, sentence, start, end, scheme)` using the
trained pipeline's own vocab (see evaluate.py).

The data are read at run time from ../../../shared/corpora/newsmtsc (override with --data);
nothing from the corpus is copied into the project.

Usage:
  python prepare.py [--data DIR] [--out /tmp/portrayal/corpus] [--schemes marker placeholder ...]
                    [--balance]   # also write an oversampled, class-balanced train set
"""
import argparse
import json
import random
import sys
from pathlib import Path

import spacy
from spacy.tokens import DocBin, Span

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from toolkit.portrayal import CLOSE, OPEN, mark_targets

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parents[2] / "shared" / "corpora" / "newsmtsc"
LABELS = {2.0: "NEGATIVE", 4.0: "NEUTRAL", 6.0: "POSITIVE"}
SCHEMES = ("marker", "marker_all", "placeholder", "ph_all", "span")
SEED = 342


def make_tokenizer_nlp():
    nlp = spacy.blank("en")
    for m in (OPEN, CLOSE):
        nlp.tokenizer.add_special_case(m, [{"ORTH": m}])
    return nlp


def _mark(sentence, spans, scheme):
    """Return (text, char span of the main mention in the new text or None).
    spans: list of (start, end, is_main), non-overlapping."""
    spans = sorted(spans)
    out, pos, main = [], 0, None
    cur = 0  # length of text so far
    for start, end, is_main in spans:
        left = sentence[pos:start]
        out.append(left)
        cur += len(left)
        mention = sentence[start:end]
        if scheme in ("marker", "marker_all"):
            piece = f" {OPEN} {mention} {CLOSE} "
            m_start = cur + len(OPEN) + 2
            m_span = (m_start, m_start + len(mention))
        else:  # placeholder
            piece = f" {OPEN} "
            m_span = (cur + 1, cur + 1 + len(OPEN))
        if is_main:
            main = m_span
        out.append(piece)
        cur += len(piece)
        pos = end
    out.append(sentence[pos:])
    return "".join(out), main


def target_spans(sentence, target, scheme):
    spans = [(target["from"], target["to"], True)]
    if scheme in ("marker_all", "ph_all"):
        for fm in target.get("further_mentions") or []:
            s, e = fm["from"], fm["to"]
            if all(e <= a or s >= b for a, b, _ in spans):
                spans.append((s, e, False))
    return spans


def make_doc(nlp, sentence, start, end, scheme="marker", further=None):
    """Build the model input Doc for one target (start/end: char offsets, end exclusive).
    `nlp` must have the [T]/[/T] special cases (make_tokenizer_nlp() or add_markers(nlp))."""
    if scheme == "span":
        doc = nlp.make_doc(sentence)
        sp = doc.char_span(start, end, alignment_mode="expand")
        doc.spans["sc"] = [sp] if sp is not None else []
        return doc
    target = {"from": start, "to": end, "further_mentions": further or []}
    spans = target_spans(sentence, target, scheme)
    if scheme in ("marker", "marker_all"):  # the toolkit's own function, so that training and use agree
        return nlp.make_doc(mark_targets(sentence, [(s, e) for s, e, _ in spans]))
    text, _ = _mark(sentence, spans, scheme)
    # collapse the double spaces introduced around markers
    text = " ".join(text.split())
    return nlp.make_doc(text)


def add_markers(nlp):
    for m in (OPEN, CLOSE):
        nlp.tokenizer.add_special_case(m, [{"ORTH": m}])
    return nlp


def iter_examples(path):
    with open(path, encoding="utf8") as f:
        for line in f:
            d = json.loads(line)
            s = d["sentence_normalized"]
            for t in d["targets"]:
                yield s, t, LABELS[t["polarity"]]


def to_doc(nlp, s, t, label, scheme):
    doc = make_doc(nlp, s, t["from"], t["to"], scheme, t.get("further_mentions"))
    doc.cats = {lab: float(lab == label) for lab in LABELS.values()}
    if scheme == "span":
        doc.spans["sc"] = [Span(doc, sp.start, sp.end, label=label) for sp in doc.spans["sc"]]
    return doc


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--data", type=Path, default=DEFAULT_DATA)
    p.add_argument("--out", type=Path, default=Path("/tmp/portrayal/corpus"))
    p.add_argument("--schemes", nargs="+", default=list(SCHEMES), choices=SCHEMES)
    p.add_argument("--balance", action="store_true")
    a = p.parse_args()
    nlp = make_tokenizer_nlp()
    for scheme in a.schemes:
        d = a.out / scheme
        d.mkdir(parents=True, exist_ok=True)
        dev_all = DocBin(store_user_data=False)
        for split in ("train", "rw_dev", "mt_dev"):
            docs = [to_doc(nlp, s, t, lab, scheme) for s, t, lab in iter_examples(a.data / f"{split}.jsonl")]
            DocBin(docs=docs).to_disk(d / f"{split}.spacy")
            if split != "train":
                for doc in docs:
                    dev_all.add(doc)
            else:
                train_docs = docs
            print(scheme, split, len(docs))
        dev_all.to_disk(d / "dev.spacy")
        if a.balance:
            rng = random.Random(SEED)
            by = {}
            for doc in train_docs:
                by.setdefault(max(doc.cats, key=doc.cats.get), []).append(doc)
            n = max(len(v) for v in by.values())
            bal = []
            for _label, v in sorted(by.items()):
                bal += v + [rng.choice(v) for _ in range(n - len(v))]
            rng.shuffle(bal)
            DocBin(docs=bal).to_disk(d / "train_bal.spacy")
            print(scheme, "train_bal", len(bal), {k: len(v) for k, v in by.items()}, "->", n)


if __name__ == "__main__":
    main()
