"""A question put to a speaker is not the speaker's statement, and an interpreter does not become the speaker
(issue #31, item 4): sentences written for the project, through :func:`toolkit.analyze` on both pipelines."""

from __future__ import annotations

import pytest

from toolkit import analyze

PIPELINES = ["sm", "toolkit"]


def statements_of(result) -> list[tuple[str | None, str]]:
    rows = result.statements
    return [(None if actor is None or actor != actor else actor, content)
            for actor, content in zip(rows["actor"], rows["content"], strict=True)]


@pytest.mark.parametrize("pipeline", PIPELINES)
@pytest.mark.parametrize("text", [
    "Asked what draws her to coaching, Maria Ortiz said the players keep her young.",
    "When asked about the delays, Mayor Tom Reyes said the city was doing its best.",
    "Mayor Tom Reyes, when asked about the delays, said the city was doing its best.",
    "After being asked whether taxes would rise, Mayor Tom Reyes said the city was doing its best.",
    "Mayor Tom Reyes, after being asked whether taxes would rise, said the city was doing its best.",
])
def test_a_question_put_to_the_speaker_is_not_the_speaker_s_statement(pipeline, text):
    result = analyze(text, nlp=pipeline)
    statements = statements_of(result)
    assert len(statements) == 1, statements  # only the answer
    assert not any(content.startswith(("what draws", "the delays", "whether")) for _, content in statements)
    asked = result.quotes[result.quotes["cue"].str.lower() == "asked"]
    assert asked["actor"].isna().all()  # if the question is kept as a quote, it is not the one asked who put it
    assert [a for a, _ in statements] in (["Maria Ortiz"], ["Tom Reyes"])  # the answer keeps its speaker


@pytest.mark.parametrize("pipeline", PIPELINES)
def test_a_clause_after_a_channel_is_still_the_report(pipeline):
    # "through an interpreter", "in a statement": the "that" clause is what was said, not a modifier of the noun
    result = analyze("Yusuf Demir told the committee through an interpreter that the talks were useful. "
                     "The ministry said in a statement that the talks had failed.", nlp=pipeline)
    assert [content for _, content in statements_of(result)] == ["the talks were useful", "the talks had failed"]


@pytest.mark.parametrize("pipeline", PIPELINES)
def test_a_that_clause_of_a_claim_responded_to_is_no_statement(pipeline):
    # "responded to claims that …": the claims' own clause, not what the mayor said
    result = analyze("The mayor responded to claims that she had lied. The minister spoke about reports that "
                     "the army had withdrawn.", nlp=pipeline)
    assert statements_of(result) == []


@pytest.mark.parametrize("pipeline", PIPELINES)
@pytest.mark.parametrize("text", [
    "Yusuf Demir met reporters. His interpreter, Omar Haddad, stood beside him. "
    "Speaking through Haddad, he said the talks were useful.",
    "Yusuf Demir met reporters with Omar Haddad. “The talks were useful,” he said through Haddad.",
    # no "through" in the reporting clause: the interpreter is known from the apposition or an earlier sentence
    "Yusuf Demir met reporters on Monday. Omar Haddad, his interpreter, translated the remarks. "
    "He said the talks were useful.",
    "Yusuf Demir spoke to reporters through Omar Haddad. He said the talks were useful.",
])
def test_the_interpreter_is_not_the_speaker_a_pronoun_stands_for(pipeline, text):
    result = analyze(text, nlp=pipeline)
    assert [(actor, content.strip(",").lower()) for actor, content in statements_of(result)] == \
        [("Yusuf Demir", "the talks were useful")]
