"""Copy a trained portrayal model into the package (``toolkit/model_files/portrayal``), ready to ship.

    python export.py MODEL_DIR [--out ../../toolkit/model_files/portrayal] [--scores rw.json mt.json]

What changes on the way:
- the vocabulary's string table is emptied (but for the labels): the model reads hashed features and never
  needs the strings, and the strings are the words of the NewsMTSC sentences, which belong to their outlets;
- the training paths in ``config.cfg`` (``/tmp/...``) are set to null;
- ``meta.json`` gets a name, version, licence, sources and the dev scores of ``evaluate.py`` (``--scores``).
The predictions do not change: ``export.py`` checks it on the dev examples before writing.
"""
import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

import spacy

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
from prepare import DEFAULT_DATA, iter_examples, target_spans  # noqa: E402

from toolkit.portrayal import PortrayalModel, mark_targets  # noqa: E402

META = {
    "name": "toolkit_portrayal",
    "version": "1.0.0",
    "description": "Sentiment of a news sentence towards one marked person or actor (negative / neutral / "
                   "positive): spaCy textcat (TextCatEnsemble.v2, own tok2vec width 64 depth 2) trained on the "
                   "NewsMTSC train split with the target's mentions marked [T] ... [/T].",
    "license": "MIT (weights trained on NewsMTSC, MIT, Hamborg & Donnay 2021)",
    "sources": [{"name": "NewsMTSC", "url": "https://github.com/fhamborg/NewsMTSC", "license": "MIT",
                 "author": "Felix Hamborg, Karsten Donnay"}],
}


def texts_of(path):
    """The marked dev texts, as the toolkit builds them."""
    return [mark_targets(s, [(a, b) for a, b, _ in target_spans(s, t, "marker_all")])
            for s, t, _ in iter_examples(path)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("model", type=Path)
    ap.add_argument("--out", type=Path, default=HERE.parents[1] / "toolkit" / "model_files" / "portrayal")
    ap.add_argument("--scores", type=Path, nargs="*", default=[], help="evaluate.py outputs to record")
    a = ap.parse_args()
    nlp = spacy.load(a.model)
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / "portrayal"
        nlp.to_disk(staged)
        labels = list(nlp.get_pipe("textcat").labels)
        (staged / "vocab" / "strings.json").write_text(json.dumps(labels, indent=0) + "\n")
        config = (staged / "config.cfg").read_text().splitlines()
        config = [line if not line.startswith("corpus = ") else "corpus = null" for line in config]
        (staged / "config.cfg").write_text("\n".join(config) + "\n")
        meta = json.loads((staged / "meta.json").read_text())
        meta.update(META)
        meta["performance"] = {json.loads(p.read_text())["dev"]: json.loads(p.read_text())["model_metrics"]
                               for p in a.scores}
        (staged / "meta.json").write_text(json.dumps(meta, indent=2) + "\n")
        texts = texts_of(DEFAULT_DATA / "rw_dev.jsonl") + texts_of(DEFAULT_DATA / "mt_dev.jsonl")
        before = PortrayalModel(a.model).predict(texts)
        after = PortrayalModel(staged).predict(texts)
        if before != after:
            raise SystemExit("the exported model predicts differently from the trained one")
        card = a.out / "MODEL_CARD.md"  # written by hand, kept across exports
        if card.exists():
            shutil.copy(card, staged / card.name)
        if a.out.exists():
            shutil.rmtree(a.out)
        shutil.copytree(staged, a.out)
    print(f"exported {a.model} -> {a.out} ({len(texts)} dev predictions unchanged)")


if __name__ == "__main__":
    main()
