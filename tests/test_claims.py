"""Claims and stance: the sample's positions, unseen statements, negation, nested stance words, the heatmap."""

from __future__ import annotations

import matplotlib
import pytest

matplotlib.use("Agg")

from toolkit import Article, analyze, load_article
from toolkit.analysis import stance_matrix
from toolkit.plots import plot_stance


@pytest.fixture(scope="module")
def sample(sample_path):
    return analyze(load_article(sample_path))


def claim(result, actor, predicate):
    return next(r for r in result.to_dict()["claims"] if r["actor"] == actor and r["predicate"] == predicate)


def test_sample_positions(sample):
    assert claim(sample, "Iran", "objection")["stance"] == "oppose"
    support = claim(sample, "Fatah", "support")
    assert (support["stance"], support["target_actor"]) == ("support", "Hamas")
    assert claim(sample, "Osama Qawassmeh", "stand against")["stance"] == "oppose"
    condemned = claim(sample, "Ismail Haniyeh", "condemned")
    assert (condemned["stance"], condemned["target_actor"]) == ("oppose", "United States")
    motion = claim(sample, "the motion", "condemn")
    assert (motion["stance"], motion["target_actor"]) == ("oppose", "Hamas")


def test_a_stance_inside_another_target_is_not_the_speakers(sample):
    qawassmeh = [r for r in sample.to_dict()["claims"] if r["actor"] == "Osama Qawassmeh"]
    assert [r["predicate"] for r in qawassmeh] == ["stand against"]  # not "condemn", which the efforts would do
    assert qawassmeh[0]["target_actor"] != "Hamas"


def test_claims_point_to_their_quotes_and_the_text(sample, sample_text):
    quotes = sample.to_dict()["quotes"]
    for row in sample.to_dict()["claims"]:
        assert sample_text[row["start"]:row["end"]] == row["text"]
        assert row["actor"] == quotes[row["quote_id"]]["actor"]
        assert row["stance"] in ("support", "oppose", "neutral")


def test_unseen_statements_and_negation():
    result = analyze(Article.from_text(
        "The union condemned the Acme Corporation on Friday. The mayor said she would not support the plan. "
        "Local residents welcomed the decision by the council, and the governor backed Mayor Ana Ruiz."))
    rows = result.to_dict()["claims"]
    union = next(r for r in rows if r["predicate"] == "condemned")
    assert union["stance"] == "oppose" and union["target_actor"] == "Acme Corporation"
    mayor = next(r for r in rows if r["predicate"] == "support")
    assert mayor["stance"] == "oppose"  # "would not support"
    governor = next(r for r in rows if r["predicate"] == "backed")
    assert governor["stance"] == "support" and governor["target_actor"] == "Ana Ruiz"


def test_stance_matrix_and_heatmap(sample):
    matrix = stance_matrix(sample)
    assert matrix.loc["Fatah", "Hamas"] == 1
    fig = plot_stance(sample)
    assert fig.axes[0].get_xlabel() == "Target of the claim" and fig.axes[0].get_ylabel() == "Speaker"


def test_a_statement_split_by_its_attribution_is_not_about_its_own_speaker():
    from toolkit import Article, analyze

    result = analyze(Article.from_text('"The sanctions are not working," said Daryl Lee, director of the Arms '
                                       'Control Group. "The next president will need a new strategy."'))
    claims = result.tables["claims"]
    assert len(claims) == 1
    assert claims.iloc[0]["target"] != "Daryl Lee"


@pytest.mark.parametrize("pipeline", ["sm", "toolkit"])
def test_a_stance_noun_keeps_its_target_when_the_parser_hangs_it_on_the_verb(pipeline):
    rows = analyze(Article.from_text("The mayor voiced her objection to a plan to close the harbour."),
                   nlp=pipeline).to_dict()["claims"]
    objection = next(r for r in rows if r["predicate"] == "objection")
    assert (objection["stance"], objection["target"]) == ("oppose", "a plan to close the harbour")
