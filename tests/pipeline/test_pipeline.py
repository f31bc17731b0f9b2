"""The shipped pipeline: it is selectable, it matches its recipe, and its accuracy has not regressed.

Regression floors are the model card's numbers (training/MODEL_CARD.md) minus a small margin; they are checked
on a held-out sample the project wrote (data/gold/pipeline_heldout.json) and, where ../shared is present, on
the UD PUD and UNER PUD test sets with the training recipe's own readers.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from spacy.training import Example
from spacy.util import load_config

import toolkit.pipeline as nlp_module
from toolkit.cli import main
from toolkit.pipeline import TOOLKIT_COMPONENTS, load_pipeline, shipped_pipeline_path, trained_components

ROOT = Path(__file__).resolve().parents[2]
HELDOUT = ROOT / "data" / "gold" / "pipeline_heldout.json"
RECIPE = ROOT / "training"
ENTITY_LABELS = {"PERSON", "ORG", "LOC"}
RECIPE_CONFIG = "efficiency"  # the config the shipped pipeline was trained with (see training/MODEL_CARD.md)
TO_HELDOUT = {"PERSON": "PERSON", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC"}  # NORP is not in the sample's gold

# Floors: model card numbers minus a margin for the last digits (see training/MODEL_CARD.md).
HELDOUT_FLOORS = {"ents_f_model": 0.70, "ents_f": 0.80, "subjects": 0.80, "sentences": 0.90}
PUD_FLOORS = {"tag_acc": 0.94, "dep_uas": 0.865, "dep_las": 0.825, "sents_f": 0.945, "ents_f_model": 0.53,
              "ents_f": 0.58}


@pytest.fixture(scope="module")
def nlp():
    path = shipped_pipeline_path()
    assert path is not None, "the package ships no pipeline under toolkit/model_files/"
    return load_pipeline(path)


@pytest.fixture(scope="module")
def heldout():
    return json.loads(HELDOUT.read_text(encoding="utf-8"))["sentences"]


def test_the_toolkit_alias_names_the_shipped_pipeline(monkeypatch, nlp):
    monkeypatch.setenv(nlp_module.ENV_VAR, "toolkit")
    assert load_pipeline() is nlp and load_pipeline("toolkit") is nlp


def test_components_match_the_recipe(nlp):
    recipe = load_config(RECIPE / "configs" / f"{RECIPE_CONFIG}.cfg")
    assert trained_components(nlp) == list(recipe["nlp"]["pipeline"])
    assert {"tagger", "morphologizer", "parser", "trainable_lemmatizer", "ner"} <= set(nlp.pipe_names)


def test_meta_names_version_licence_and_sources(nlp):
    meta = nlp.meta
    assert (meta["lang"], meta["name"]) == ("en", "toolkit_sm")
    assert meta["version"] == "0.1.0"
    assert meta["license"] == "CC BY-SA 4.0"
    credited = " ".join(source["name"] for source in meta["sources"])
    for corpus in ("EWT", "GUM", "wikigold"):
        assert corpus in credited
    assert set(nlp.get_pipe("ner").labels) == ENTITY_LABELS


def test_info_reports_the_shipped_pipeline(capsys, nlp):
    assert main(["info", "--format", "json", "--pipeline", "toolkit"]) == 0
    pipeline = json.loads(capsys.readouterr().out)["pipeline"]
    assert (pipeline["name"], pipeline["license"]) == ("en_toolkit_sm", "CC BY-SA 4.0")
    assert Path(pipeline["path"]) == shipped_pipeline_path()
    assert pipeline["components"] == nlp.pipe_names


def heldout_entities(sentence):
    spans, cursor = set(), 0
    for surface, label in sentence["entities"]:
        start = sentence["text"].index(surface, cursor)
        spans.add((start, start + len(surface), label))
        cursor = start + len(surface)
    return spans


def heldout_f1(nlp, heldout, rules: bool) -> float:
    gold = predicted = correct = 0
    disabled = [] if rules else [name for name in TOOLKIT_COMPONENTS if name in nlp.pipe_names]
    with nlp.select_pipes(disable=disabled):
        for sentence in heldout:
            expected = heldout_entities(sentence)
            found = {(e.start_char, e.end_char, TO_HELDOUT[e.label_]) for e in nlp(sentence["text"]).ents
                     if e.label_ in TO_HELDOUT}
            gold, predicted, correct = gold + len(expected), predicted + len(found), correct + len(expected & found)
    return 2 * correct / (gold + predicted)


def test_heldout_entities(nlp, heldout):
    model_only, with_rules = heldout_f1(nlp, heldout, rules=False), heldout_f1(nlp, heldout, rules=True)
    assert model_only >= HELDOUT_FLOORS["ents_f_model"], f"model-only NER F1 {model_only:.3f}"
    assert with_rules >= HELDOUT_FLOORS["ents_f"], f"NER F1 with the toolkit's rules {with_rules:.3f}"
    assert with_rules > model_only


def test_heldout_subjects_and_sentences(nlp, heldout):
    total = right = sentences_right = 0
    for sentence in heldout:
        doc = nlp(sentence["text"])
        sentences_right += len(list(doc.sents)) == sentence.get("sentences", 1)
        for subject, verb in sentence["subjects"]:
            verb_token = next(t for t in doc if t.text == verb)
            total += 1
            # UD heads a name on its first word, ClearNLP on its last: any word of the subject phrase counts
            right += any(c.dep_.startswith("nsubj") and subject in [t.text for t in c.subtree]
                         for c in verb_token.children)
    assert right / total >= HELDOUT_FLOORS["subjects"], f"{right}/{total} subjects attached"
    assert sentences_right / len(heldout) >= HELDOUT_FLOORS["sentences"], f"{sentences_right} sentence counts right"


def test_tokens_keep_exact_offsets(nlp, sample_text):
    doc = nlp(sample_text)
    assert doc.text == sample_text
    for token in doc:
        assert sample_text[token.idx:token.idx + len(token.text)] == token.text


@pytest.fixture(scope="module")
def recipe_readers(shared):
    sys.path.insert(0, str(RECIPE / "scripts"))
    try:
        import ud  # the training recipe's CoNLL-U / IOB2 readers
    finally:
        sys.path.remove(str(RECIPE / "scripts"))
    return ud


def test_ud_pud_has_not_regressed(nlp, shared, recipe_readers):
    ud = recipe_readers
    sentences = list(ud.read_conllu(shared / "corpora" / "ud_english_pud" / "en_pud-ud-test.conllu"))
    docs = [ud.sentences_to_doc(nlp.vocab, group) for group in ud.group_sentences(sentences)]
    scores = nlp.evaluate([Example(nlp.make_doc(doc.text), doc) for doc in docs])
    for key in ("tag_acc", "dep_uas", "dep_las", "sents_f"):
        assert scores[key] >= PUD_FLOORS[key], f"UD PUD {key} = {scores[key]:.3f}"


def test_uner_pud_entities_have_not_regressed(nlp, shared):
    from toolkit.evaluation.ner import read_iob2, score

    sentences = read_iob2(shared / "corpora" / "uner_english_pud" / "en_pud-ud-test.iob2")
    model_only = score(nlp, sentences, model_only=True)["ALL"].f1
    with_rules = score(nlp, sentences)["ALL"].f1
    assert model_only >= PUD_FLOORS["ents_f_model"], f"UNER PUD model-only F1 {model_only}"
    assert with_rules >= PUD_FLOORS["ents_f"], f"UNER PUD F1 with rules {with_rules}"


def test_names_a_model_glued_together_come_apart():
    from toolkit.pipeline.entities import _glued_names

    doc = load_pipeline("sm")("Myles Garrett hit Rudolph with a helmet, and Volker and Morrison watched.")
    # the glue, whatever span the model made: a verb, and a lower-case word inside a person's name
    assert [doc[a:b].text for a, b in _glued_names(doc, 0, 4, "ORG")] == ["Myles Garrett", "Rudolph"]
    start = [t.text for t in doc].index("Volker")
    assert [doc[a:b].text for a, b in _glued_names(doc, start, start + 3, "PERSON")] == ["Volker", "Morrison"]
    # particles and organisations' own small words stay
    lula = load_pipeline("sm")("Lula da Silva met the Bank of England.")
    assert [e.text for e in lula.ents] == ["Lula da Silva", "Bank of England"]
