"""References that reach a statement's speaker: first-person pronouns in a quotation (toolkit.link.speakers)
and "the company" for the one organisation named just before (toolkit.actors.references), on sentences
written for the project, through :func:`toolkit.analyze` on both pipelines."""

from __future__ import annotations

import pytest

from toolkit import analyze

PIPELINES = ["sm", "toolkit"]


def pronouns_of(result, actor: str) -> list[str]:
    rows = result.mentions[(result.mentions["actor"] == actor) & (result.mentions["kind"] == "pronoun")]
    return list(rows["text"])


@pytest.mark.parametrize("pipeline", PIPELINES)
def test_i_in_a_person_s_quotation_is_that_person(pipeline):
    result = analyze("“I will not resign, and my party stands with me,” Anna Weber said.", nlp=pipeline)
    assert pronouns_of(result, "Anna Weber") == ["I", "my", "me"]


@pytest.mark.parametrize("pipeline", PIPELINES)
def test_we_in_an_organisation_s_quotation_is_the_organisation(pipeline):
    result = analyze("“We acted lawfully,” the Kessel Council said in a statement.", nlp=pipeline)
    assert pronouns_of(result, "Kessel Council") == ["We"]


def test_reported_speech_and_a_person_s_we_are_left_alone():
    text = "Anna Weber said I was wrong. “We will win,” Anna Weber said."
    result = analyze(text, nlp="sm")
    assert pronouns_of(result, "Anna Weber") == []  # "I" of the writer; a person's "we" names a group


@pytest.mark.parametrize("pipeline", PIPELINES)
def test_the_company_is_the_one_organisation_named_just_before(pipeline):
    text = ("Amazon declined to comment on the report on Monday. The company said it had been contacted by the "
            "office of the attorney general.")
    assert list(analyze(text, nlp=pipeline).statements["actor"]) == ["Amazon"]


def test_with_two_organisations_named_the_company_is_neither():
    text = "Google and Amazon met on Monday. The company said talks went well."
    assert list(analyze(text, nlp="sm").statements["actor"]) == [None]
