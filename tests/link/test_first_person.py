"""First-person pronouns in a quotation link to its speaker (toolkit.link.speakers), on sentences written for
the project, through :func:`toolkit.analyze` on both pipelines."""

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


def test_a_quotation_inside_a_quotation_keeps_its_own_i():
    result = analyze("“He told me, ‘I am leaving,’ and then he left,” Anna Weber said.", nlp="sm")
    assert pronouns_of(result, "Anna Weber") == ["me"]  # "I" is his, not hers
