"""Which names are actors a reader would list (toolkit.actors.judge), and the evidence and reasons the tables
carry, on small invented texts parsed by en_core_web_sm."""

from __future__ import annotations

import pytest

from toolkit import analyze
from toolkit.actors import cluster
from toolkit.actors.judge import judge
from toolkit.pipeline import load_pipeline


def result(text: str):
    return analyze(text, anchor="2024-03-06", nlp=load_pipeline("sm"))


def judged(text: str, names: dict[str, str]) -> tuple[set[str], dict[str, str]]:
    """The actors kept and the reason for each name left out, the names typed as given (whatever the model
    made of them: the rules are about the names, not the recogniser)."""
    doc = load_pipeline("sm")(text)
    doc.ents = [doc.char_span(text.index(name), text.index(name) + len(name), label=label)
                for name, label in names.items()]
    judgement = judge(cluster(doc), doc)
    reasons = {doc.text[start:end]: reason for (start, end), reason in judgement.left_out.items()}
    return {a.name for a in judgement.actors}, reasons


@pytest.mark.parametrize(("text", "name", "label", "reason"), [
    ("The rover will reach Mars in May, Ana Reyes said.", "Mars", "LOC", "not an actor: a celestial body"),
    ("The vote closes at noon GMT, the clerk Ana Reyes said.", "GMT", "ORG", "not an actor: a time zone"),
    ("Shares fell as the S&P 500 lost ground, Ana Reyes said.", "S&P 500", "ORG", "not an actor: a market index"),
    ("The march ended on Harlan Avenue, where Ana Reyes spoke to the crowd.", "Harlan Avenue", "LOC",
     "a place only located"),
    ("The suspect was held at Belmarsh prison, Ana Reyes said.", "Belmarsh", "ORG", "a place only located"),
    ("Energy Secretary Rick Perry met Ana Reyes in Denver.", "Energy", "ORG", "part of an office title"),
    ("Lt Col Ana Reyes testified on Tuesday.", "Lt Col", "ORG", "part of an office title"),
    ("Officers found Fentanyl in the car, Ana Reyes said.", "Fentanyl", "PERSON", "not an actor: a drug"),
    ("The team won its match in Group C, Ana Reyes said.", "Group C", "ORG",
     "not an actor: a category and its number"),
])
def test_names_that_are_not_actors_keep_their_reason(text, name, label, reason):
    actors, reasons = judged(text, {name: label, "Ana Reyes": "PERSON"})
    assert name not in actors and reasons == {name: reason}
    assert "Ana Reyes" in actors


def test_a_place_that_acts_stays_an_actor():
    # the same kind of name as the subject or the speaker: the hospital speaks, the avenue does not
    actors, _ = judged("St Mary's Hospital said on Monday that it would close its ward.",
                       {"St Mary's Hospital": "ORG"})
    assert actors == {"St Mary's Hospital"}


def test_a_pope_with_his_numeral_and_a_one_word_stage_name_stay_actors():
    actors, _ = judged("The portrait of Pius XII hung in the hall, Ana Reyes said.",
                       {"Pius XII": "PERSON", "Ana Reyes": "PERSON"})
    assert "Pius XII" in actors
    actors, _ = judged("The singer Prince played the hall, Ana Reyes said.",
                       {"Prince": "PERSON", "Ana Reyes": "PERSON"})
    assert "Prince" in actors


def test_the_tables_say_why_a_name_is_not_an_actor():
    found = result("Energy Secretary Rick Perry met Ana Reyes in Denver on Tuesday.")
    assert "Energy" not in set(found.actors["actor"])
    assert set(found.entities.loc[found.entities["text"] == "Energy", "why"]) == {"part of an office title"}


def test_every_actor_carries_its_evidence():
    found = result("Kenya's foreign minister Ana Reyes said the plan would fail. The talks in Nairobi ended.")
    actors = found.actors.set_index("actor")
    assert bool(actors.loc["Ana Reyes", "acts"]) and actors.loc["Ana Reyes", "type_source"] in (
        "model", "table", "descriptor")
    assert actors.loc["Kenya", "type_source"] == "table" and bool(actors.loc["Kenya", "acts"])  # a possessor
    assert set(map(type, actors["acts"])) == {bool}


def test_a_name_left_out_for_its_label_or_as_a_modifier_says_so():
    entities = result("Kenyan officials said the new iPhone would be banned, Ana Reyes reported.").entities
    reasons = dict(zip(entities["text"], entities["why"], strict=True))
    assert reasons["Kenyan"] == "a nationality as a modifier"
    assert reasons.get("Ana Reyes") is None
