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
    motion = claim(sample, "the US-drafted resolution", "condemn")  # "the motion": the resolution named before
    assert (motion["stance"], motion["target_actor"], motion["source_kind"]) == ("oppose", "Hamas", "document")


def test_a_stance_inside_another_target_is_not_the_speakers(sample):
    qawassmeh = [r for r in sample.to_dict()["claims"] if r["actor"] == "Osama Qawassmeh"]
    sides = [(r["predicate"], r["target_actor"]) for r in qawassmeh if r["stance"] != "neutral"]
    assert sides == [("stand against", None)]  # against the efforts; not "condemn", which the efforts would do
    assert {r["stance"] for r in qawassmeh if r["target_actor"] == "Hamas"} == {"neutral"}  # Hamas: named, no side


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
    assert fig.axes[0].get_xlabel() == "Target of the claim"
    assert fig.axes[0].get_ylabel() == "Source (speaker or document)"


def test_a_document_is_one_source_of_its_own_kind_in_the_stance_views():
    from toolkit import Article, analyze

    text = ("Delegates debated a draft resolution that condemns the Northern Alliance for attacks on aid convoys. "
            "The motion, which also condemns the Coastal Front, needs a two-thirds majority. "
            "The Northern Alliance said it rejects the text.")
    result = analyze(Article.from_text(text))
    documents = result.quotes[result.quotes["source_kind"] == "document"]
    assert set(documents["actor"]) == {"the draft resolution"}  # "the motion" is the draft named before it
    matrix = stance_matrix(result)
    assert all(name.endswith(" (document)") or name not in set(documents["actor"]) for name in matrix.index)
    assert matrix.index[-1] == "the draft resolution (document)"
    labels = [t for t in plot_stance(result).axes[0].get_yticklabels() if t.get_text().endswith("(document)")]
    assert labels and all(t.get_fontstyle() == "italic" for t in labels)


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


@pytest.mark.parametrize(("text", "expected"), [
    # two reports are two sources; a bare "the statement" is the last statement named
    ('A report by the rights group says police used excessive force. A government report says officers '
     '"acted within the law."', ["the report", "the government report"]),
    ("The regulator's statement said the firm \"misled investors.\" A statement from the firm said the claims were "
     "\"baseless.\" The statement also attacked the regulator.",
     ["the regulator's statement", "the statement", "the statement"]),
    # a decree is not the bill; a motion named before is its own text, not the resolution
    ("The House passed a bill on Monday. On Friday the governor signed a separate decree. The decree says stores "
     "must close. The bill also says the company must sell.", ["the decree", "the bill"]),
    ("Parliament adopted a resolution that condemns the coup. The opposition tabled its own motion. The motion "
     "says the government \"failed to act\".", ["the resolution", "the motion"]),
    # named documents keep their names, numbers included, and a place inside a name does not make it an actor
    ("Resolution 2334 says settlements have no legal validity. Resolution 2712 calls for humanitarian pauses.",
     ["Resolution 2334", "Resolution 2712"]),
    ("The Paris Agreement says warming must stay well below two degrees.", ["the Paris Agreement"]),
])
def test_one_text_one_source_and_two_texts_two(text, expected):
    from toolkit import Article, analyze

    quotes = analyze(Article.from_text(text)).quotes
    documents = quotes[quotes["source_kind"] == "document"]
    assert documents["actor"].tolist() == expected
