"""The mentions table: every name, description and pronoun linked to an actor, linked only where it is safe;
and its precision on GUM's coreference layer."""

from __future__ import annotations

import pytest

from toolkit import TABLE_COLUMNS, Article, analyze
from toolkit.evaluation.actors import read_gum, split_files
from toolkit.evaluation.coref import score
from toolkit.pipeline import load_pipeline


@pytest.fixture(scope="module", params=["sm", "toolkit"])
def nlp(request):
    return load_pipeline(request.param)


def mentions(nlp, text):
    result = analyze(Article.from_text(text), nlp=nlp)
    return [(row["actor"], row["text"], row["kind"]) for row in result.to_dict()["mentions"]], result


def test_names_descriptions_and_pronouns_with_offsets(nlp):
    text = ("Grace Okafor, the health minister, visited the clinic on Monday. She said the ward would reopen. "
            "Her deputy disagreed.")
    rows, result = mentions(nlp, text)
    assert ("Grace Okafor", "Grace Okafor", "name") in rows
    assert ("Grace Okafor", "the health minister", "description") in rows
    assert ("Grace Okafor", "She", "pronoun") in rows
    assert list(result.mentions.columns) == list(TABLE_COLUMNS["mentions"])
    for row in result.to_dict()["mentions"]:
        assert text[row["start"]:row["end"]] == row["text"]
    counts = dict(zip(result.actors["actor"], result.actors["mentions"], strict=True))
    assert counts["Grace Okafor"] == sum(1 for actor, _, _ in rows if actor == "Grace Okafor")


def test_a_pronoun_with_two_people_before_it_is_left_unlinked(nlp):
    text = "Grace Okafor met Helen Marsh in Lagos on Monday. She left before noon."
    rows, _ = mentions(nlp, text)
    assert not [r for r in rows if r[1] == "She"]


def test_a_pronoun_far_from_any_name_is_left_unlinked(nlp):
    text = ("Grace Okafor opened the clinic. The nurses cheered. The patients waited outside for hours. "
            "The doors opened at noon. She smiled.")
    rows, _ = mentions(nlp, text)
    assert not [r for r in rows if r[1] == "She"]


def test_it_and_they_are_never_linked_to_a_named_organisation(nlp):
    text = "Helix Corp cut 300 jobs on Tuesday. They said the market had collapsed. It said more cuts would follow."
    rows, _ = mentions(nlp, text)
    assert not [r for r in rows if r[2] == "pronoun"]


@pytest.mark.shared
def test_pronoun_links_on_gum_dev_are_mostly_right(shared):
    files = split_files(shared / "corpora" / "ud_english_gum", "dev")
    totals = score((read_gum(path) for path in files), load_pipeline("sm"))
    assert totals["pronoun"].precision >= 0.70, totals["pronoun"].summary()
    assert totals["pronoun"].recall >= 0.15, totals["pronoun"].summary()
