"""Gender as the text states it (toolkit.actors.gender): honorifics, gendered nouns and linked pronouns are the
evidence; a given name never is; a pronoun never links to a person of the other stated gender. Sentences
written for the project, through :func:`toolkit.analyze` on both pipelines."""

from __future__ import annotations

import pytest

from toolkit import analyze

PIPELINES = ["sm", "toolkit"]


def genders(text: str, pipeline: str) -> dict[str, tuple[str, list[str]]]:
    actors = analyze(text, nlp=pipeline).actors
    return {row.actor: (row.gender, list(row.gender_evidence)) for row in actors.itertuples() if row.type == "PERSON"}


@pytest.mark.parametrize("pipeline", PIPELINES)
def test_honorifics_and_gendered_nouns_are_evidence(pipeline):
    found = genders("Ms Anna Weber said the bridge would reopen. Mr. Tomas Brandt, a spokesman for the "
                    "council, disagreed.", pipeline)
    assert found["Anna Weber"] == ("female", ["honorific: Ms"])
    assert found["Tomas Brandt"][0] == "male"
    assert found["Tomas Brandt"][1] == ["honorific: Mr."]  # "spokesman" is no evidence: news uses it for women too


@pytest.mark.parametrize("pipeline", PIPELINES)
def test_a_given_name_alone_is_no_evidence(pipeline):
    found = genders("Mary Kessler and John Varga met the mayor on Monday.", pipeline)
    assert found and all(gender == ("unknown", []) for gender in found.values())


@pytest.mark.parametrize("pipeline", PIPELINES)
def test_a_linked_pronoun_is_evidence(pipeline):
    found = genders("Anna Weber said the bridge would reopen. She added that it had cost too much.", pipeline)
    assert found["Anna Weber"] == ("female", ["pronoun: she"])


def test_a_pronoun_never_links_to_a_person_of_the_other_stated_gender():
    # the given name would allow "he" (Jordan is not known as a woman's name); the honorific says she is a woman
    text = "Ms Jordan Weber spoke first. He said the bridge would reopen."
    result = analyze(text, nlp="sm")
    pronouns = result.mentions[result.mentions["kind"] == "pronoun"]
    assert "Jordan Weber" not in set(pronouns["actor"])
    assert result.actors.set_index("actor").loc["Jordan Weber", "gender"] == "female"


@pytest.mark.parametrize("pipeline", PIPELINES)
def test_a_pronoun_linked_earlier_keeps_the_other_pronoun_away(pipeline):
    # neither given name says anything; "his family" makes Jordan Rask a man, so "She said" is Robin Weber
    text = ("Robin Weber founded the clinic in 2010. The building was sold in 2015. Jordan Rask bought it, and his "
            "family still owns it. She said the clinic would stay open.")
    result = analyze(text, nlp=pipeline)
    assert result.statements["actor"].tolist() == ["Robin Weber"]
    assert genders(text, pipeline)["Jordan Rask"] == ("male", ["pronoun: his"])


def test_evidence_that_disagrees_gives_unknown():
    from toolkit.actors.gender import gender_of

    assert gender_of(["honorific: Mrs", "noun: husband"]) == "unknown"
    assert gender_of(["noun: chairman"]) == "unknown"  # a "-man" title is no evidence
    assert gender_of(["noun: chairwoman", "pronoun: her"]) == "female"


def test_source_profile_counts_who_gets_quoted_with_the_stated_gender():
    from toolkit.analysis import source_profile

    text = ("Ms Anna Weber said the bridge would reopen in May. She added that the repairs had cost too much. "
            "Mr. Tomas Brandt said the council would pay. The report says the dam is safe. "
            "Critics believe the repairs will take longer.")
    result = analyze(text, nlp="sm")
    profile = source_profile(result).set_index("actor")
    assert profile.loc["Anna Weber", "count"] == 2 and profile.loc["Anna Weber", "gender"] == "female"
    assert profile.loc["Tomas Brandt", "gender"] == "male"
    assert profile.loc["the report", "gender"] == "not a person"
    assert abs(profile["share"].sum() - 1.0) < 0.01
    assert profile["count"].sum() == len(result.statements)
    assert "thought" in set(source_profile(result, types=None)["attribution_type"])


def test_source_profile_of_a_corpus_matches_actors_within_their_article():
    import pandas as pd

    from toolkit.analysis import source_profile

    first = analyze("Ms Anna Weber said the bridge would reopen.", nlp="sm")
    second = analyze("Anna Weber said the bridge was safe.", nlp="sm")
    quotes = pd.concat([first.quotes.assign(article_id="a", source="Courier"),
                        second.quotes.assign(article_id="b", source="Gazette")])
    actors = pd.concat([first.actors.assign(article_id="a"), second.actors.assign(article_id="b")])
    profile = source_profile(quotes, actors, by="source").set_index("source")
    # the same name, a woman by the honorific in one article and unknown in the other: never carried across
    assert profile.loc["Courier", "gender"] == "female" and profile.loc["Gazette", "gender"] == "unknown"
    assert list(profile["share"]) == [1.0, 1.0]  # shares within each outlet


def test_a_given_name_borne_mostly_by_one_sex_breaks_ties_but_is_never_evidence():
    from toolkit.lang.lexicon import given_names

    assert (given_names()["Mary"], given_names()["Jason"], given_names()["Taylor"]) == ("female", "male", "both")
    result = analyze("Jason Weber spoke first. She said the bridge would reopen.", nlp="sm")
    pronouns = result.mentions[result.mentions["kind"] == "pronoun"]
    assert "Jason Weber" not in set(pronouns["actor"])
    assert result.actors.set_index("actor").loc["Jason Weber", "gender"] == "unknown"


def test_a_title_in_its_male_form_is_no_evidence():
    result = analyze("Federal Reserve Chairman Janet Yellen spoke on Tuesday. She said rates would rise.", nlp="sm")
    assert result.actors.set_index("actor").loc["Janet Yellen", "gender"] == "female"  # from "She", not "Chairman"
    assert list(result.statements["actor"]) == ["Janet Yellen"]


def test_a_named_speaker_no_actor_holds_is_counted_by_its_words():
    from toolkit.analysis import source_profile

    profile = source_profile(analyze("The minister said the economy was strong.", nlp="sm"))
    assert profile[["actor", "source_kind", "gender"]].values.tolist() == [["the minister", "unlinked", "unknown"]]
