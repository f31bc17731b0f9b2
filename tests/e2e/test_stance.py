"""The stance of each statement towards each actor it is about (#33), on both pipelines: speech acts with their
target as a grammatical role, negation and hedges, evaluative words said of the target, statements said *of*
someone, never the speaker's own stance, and the portrayal model only where the words are silent."""

from __future__ import annotations

import pytest

from toolkit import analyze
from toolkit.io.articles import Article
from toolkit.pipeline import load_pipeline


@pytest.fixture(scope="module", params=["sm", "toolkit"])
def nlp(request):
    return load_pipeline(request.param)


def stances(nlp, text: str) -> list[tuple]:
    """(holder, target actor, stance, stance_source, predicate) of every claim with a target actor."""
    claims = analyze(Article.from_text(text), nlp=nlp).claims
    return [(c.actor, c.target_actor, c.stance, c.stance_source, c.predicate)
            for c in claims.itertuples() if isinstance(c.target_actor, str)]


def test_a_speech_act_takes_a_side_towards_its_object(nlp):
    assert stances(nlp, "Senator Ann Hill praised Mayor Tim Cole's response to the flood.") == \
        [("Ann Hill", "Tim Cole", "support", "speech_act", "praised")]
    assert stances(nlp, "Senator Ann Hill thanked Mayor Tim Cole for his help.") == \
        [("Ann Hill", "Tim Cole", "support", "speech_act", "thanked")]


def test_accusing_and_blaming_oppose_their_object():
    nlp = load_pipeline("sm")  # the own parser reads "accused Mayor Tim Cole" as a name's modifier (no verb)
    assert stances(nlp, "Senator Ann Hill accused Mayor Tim Cole of hiding the figures.") == \
        [("Ann Hill", "Tim Cole", "oppose", "speech_act", "accused")]
    assert stances(nlp, "Senator Ann Hill blamed Mayor Tim Cole for the delays.") == \
        [("Ann Hill", "Tim Cole", "oppose", "speech_act", "blamed")]


def test_a_negated_or_hedged_speech_act_takes_no_side(nlp):
    negated = stances(nlp, "Senator Ann Hill said she did not blame Mayor Tim Cole for the delays.")
    assert negated and {(target, stance) for _, target, stance, _, _ in negated} == {("Tim Cole", "neutral")}
    hedged = stances(nlp, "Senator Ann Hill declined to criticise Mayor Tim Cole, her office said.")
    assert ("Tim Cole", "neutral") in {(target, stance) for _, target, stance, _, _ in hedged}
    assert all(stance == "neutral" for _, _, stance, _, _ in hedged)


def test_a_negated_position_is_reversed(nlp):
    assert stances(nlp, "Senator Ann Hill said the union would not support Mayor Tim Cole.") == \
        [("Ann Hill", "Tim Cole", "oppose", "lexicon", "support")]


def test_an_evaluative_word_said_of_the_target_gives_the_side_and_the_word(nlp):
    assert stances(nlp, "Mayor Tim Cole is reckless and dangerous, Senator Ann Hill said.") == \
        [("Ann Hill", "Tim Cole", "oppose", "lexicon", "reckless")]
    # not corrupt: the judgement is withheld, and the portrayal model (which reads "corrupt") is not asked
    assert stances(nlp, "Mayor Tim Cole is not corrupt, Senator Ann Hill said.") == \
        [("Ann Hill", "Tim Cole", "neutral", "lexicon", "corrupt")]


def test_a_statement_said_of_someone_is_about_them(nlp):
    text = ("Mayor Tim Cole presented his budget on Monday. "
            "“A reckless, dangerous plan,” Senator Ann Hill said of Cole's budget.")
    assert stances(nlp, text) == [("Ann Hill", "Tim Cole", "oppose", "lexicon", "dangerous")]


def test_the_speaker_is_never_a_target_of_their_own_statement(nlp):
    assert stances(nlp, "“I am proud of my record and I will win,” Senator Ann Hill said.") == []


def test_the_portrayal_model_decides_where_words_are_silent(nlp):
    assert stances(nlp, "Senator Ann Hill said that Mayor Tim Cole had lied to voters and must resign.") == \
        [("Ann Hill", "Tim Cole", "oppose", "portrayal", None)]


def test_hedges_and_their_negation(nlp):
    # a speech act under an adjective the parser may make the root ("is happy to thank") is still read
    assert stances(nlp, "Senator Ann Hill is happy to thank Mayor Tim Cole.") == \
        [("Ann Hill", "Tim Cole", "support", "speech_act", "thank")]
    # a negated hedge is no hedge: condemned; a refused position is the opposite one
    sides = {stance for _, _, stance, _, _ in
             stances(nlp, "Ann Hill said she did not hesitate to condemn Tim Cole.")}
    assert sides == {"oppose"}
    sides = {stance for _, _, stance, _, _ in stances(nlp, "Ann Hill said she refuses to support Tim Cole.")}
    assert sides == {"oppose"}


def test_a_row_points_at_the_mention_it_was_read_from_and_no_holder_is_its_own_target(nlp):
    text = ("\"Tim Cole came to town in May with a plan for the harbour. Since then, Tim Cole has been reckless,\" "
            "said Ann Hill.")
    claims = analyze(Article.from_text(text), nlp=nlp).claims
    row = claims[claims["stance"] == "oppose"].iloc[0]
    assert (row["target"], row["predicate"], row["start"]) == ("Tim Cole", "reckless", text.index("Tim Cole has"))
    text = "Mayor Tim Cole spoke on Monday. Tim Cole supports his own plan."
    claims = analyze(Article.from_text(text), nlp=nlp).claims
    assert "Tim Cole" not in set(claims["target_actor"].dropna())


def test_a_question_or_a_condition_asserts_no_judgement(nlp):
    """Found on the classroom corpus: "whether X is a perfect place" judged X perfect."""
    for text in ("“The question is not whether Mayor Tim Cole is honest,” Senator Ann Hill said.",
                 "“If Mayor Tim Cole is reckless, the voters will decide,” Senator Ann Hill said."):
        assert all(stance == "neutral" for _, _, stance, _, _ in stances(nlp, text)), text
    # asserted, the same words judge: test_an_evaluative_word_said_of_the_target_gives_the_side_and_the_word


def test_a_noun_compound_is_no_stance_word(nlp):
    """Found on the classroom corpus: "a heart attack" opposed someone."""
    claims = analyze(Article.from_text("“Tom Reed had a heart attack at three in the morning,” Ann Hill told the "
                                       "paper."), nlp=nlp).claims
    assert set(claims["stance"]) <= {"neutral"}


def test_a_negated_copula_reaches_its_stance_adjective():
    """Found on the classroom corpus: "were not opposed to X" opposed X (the ClearNLP parse hangs "not" on
    the copula; the own pipeline's UD parse on the adjective)."""
    claims = analyze(Article.from_text("Ann Hill said the residents were not opposed to the plan."), nlp="sm").claims
    assert "oppose" not in set(claims["stance"])


def test_a_stance_word_is_read_once_though_an_attribution_nests_in_the_statement():
    """Found on the classroom corpus: "Some said they were not opposed to X" gave two rows by one word, one
    from the statement and one from the thought nested in it ("they … opposed")."""
    result = analyze(Article.from_text("Some residents said they were not opposed to change in principle."), nlp="sm")
    assert len(result.quotes) == 2  # the statement and the thought inside it
    assert result.claims["predicate"].tolist() == ["opposed"]
    # the word is the nested attribution's own verb: its claim is the one kept (review: "Reporters said X
    # criticised Y" is X's position, not the reporters')
    reported = analyze(Article.from_text("Reporters said Bob Stone criticised Ann Lee over the budget."), nlp="sm")
    rows = reported.claims[reported.claims["predicate"] == "criticised"]
    assert rows[["actor", "stance", "target_actor"]].values.tolist() == [["Bob Stone", "oppose", "Ann Lee"]]


def test_a_name_before_a_stance_noun_is_who_takes_it():
    """The compound rule keeps "FBI criticism of X": a name in front says who criticises."""
    claims = analyze(Article.from_text("The advert cites FBI criticism of Mayor Tim Cole's use of a private "
                                       "email system, Senator Ann Hill said."), nlp="sm").claims
    assert "criticism" in set(claims["predicate"].dropna())
