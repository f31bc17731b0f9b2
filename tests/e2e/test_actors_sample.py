"""Actors: the sample against project gold, and passages unlike the sample (no tuning to one article)."""

from __future__ import annotations

import json
from pathlib import Path

import matplotlib
import pytest

matplotlib.use("Agg")

from toolkit import Article, analyze, load_article
from toolkit.plots import plot_mentions, plot_network

GOLD = json.loads((Path(__file__).resolve().parents[2] / "data" / "gold" / "sample_actors.json").read_text())


@pytest.fixture(scope="module")
def sample(sample_path):
    return analyze(load_article(sample_path))


def actors_of(text):
    result = analyze(Article.from_text(text))
    return {a.name: a for a in result.actor_list}, result


def test_every_sample_actor_once_with_aliases_roles_and_affiliation(sample):
    table = sample.actors.set_index("actor")
    assert table.index.is_unique
    for gold in GOLD["actors"]:
        row = table.loc[gold["actor"]]
        assert row["type"] == gold["type"], gold["actor"]
        assert set(gold["aliases"]) <= set(row["aliases"]), gold["actor"]
        for role in gold.get("roles", []):
            assert role in row["roles"], (gold["actor"], role)
        if "affiliation" in gold:  # the organisation, or a body named after it ("X Political Bureau")
            assert row["affiliation"] == gold["affiliation"] or \
                row["affiliation"].startswith(gold["affiliation"] + " "), gold["actor"]
        for descriptor in gold.get("descriptors", []):
            assert descriptor in row["descriptors"], (gold["actor"], descriptor)


def test_no_spurious_actor(sample):
    expected = {a["actor"] for a in GOLD["actors"]} | set(GOLD["optional"])
    assert set(sample.actors["actor"]) <= expected


def test_descriptions_and_pronouns_refer_to_the_right_actor(sample):
    by_name = {a.name: a for a in sample.actor_list}
    for gold in GOLD["actors"]:
        references = [r.text for r in by_name[gold["actor"]].references]
        for reference in gold.get("references", []):
            assert reference in references, (gold["actor"], reference)


def test_no_wrong_merge(sample):
    aliases = {row["actor"]: set(row["aliases"]) for row in sample.to_dict()["actors"]}
    for a, b in GOLD["must_not_merge"]:
        assert a in aliases and b in aliases and not aliases[a] & aliases[b]


def test_entity_rows_point_back_to_the_text_and_to_actors(sample, sample_text):
    rows = sample.to_dict()["entities"]
    for row in rows:
        assert sample_text[row["start"]:row["end"]] == row["text"]
    labels = {row["label"] for row in rows}
    assert {"PERSON", "ORG", "GPE", "NORP", "DATE"} <= labels
    assert any(row["text"] == "Haniyeh" and row["actor"] == "Ismail Haniyeh" for row in rows)


def test_company_story():
    actors, _ = actors_of("Shares of Northwind Traders fell after the retailer's chief executive, Laura Chen, "
                          "resigned. Chen said the board of Northwind Traders had lost confidence in her.")
    assert "Laura Chen" in actors and actors["Laura Chen"].type == "PERSON"
    assert {m.text for m in actors["Laura Chen"].mentions} == {"Laura Chen", "Chen"}
    assert len([a for a in actors.values() if a.type == "PERSON"]) == 1


def test_sports_story_with_two_people_sharing_a_surname():
    actors, _ = actors_of("Serena Okafor beat her sister Grace Okafor 6-3, 6-4 in Madrid on Sunday. "
                          "Grace Okafor had won their last meeting. Okafor said she was proud of her sister.")
    people = {name for name, a in actors.items() if a.type == "PERSON"}
    assert {"Serena Okafor", "Grace Okafor"} <= people  # never merged into one
    assert "Madrid" in actors and actors["Madrid"].type == "GPE"


def test_acronyms_short_forms_and_capitals():
    actors, _ = actors_of("The North Atlantic Treaty Organization met in Brussels. NATO leaders said Moscow's "
                          "claims were false, and the U.S. delegation agreed with the United States Senate.")
    assert {"NATO", "North Atlantic Treaty Organization"} <= {m.text for m in
                                                              actors["North Atlantic Treaty Organization"].mentions}
    assert "Russia" in actors  # Moscow acting as the government
    assert "U.S." in {m.text for m in actors["United States"].mentions}


def test_title_roles_and_pronoun_speaker_on_other_countries():
    actors, _ = actors_of("Kenyan Health Minister Amina Otieno visited Kisumu on Monday. She said clinics would "
                          "reopen. Brazil's Ambassador Paulo Reis welcomed the plan.")
    otieno, reis = actors["Amina Otieno"], actors["Paulo Reis"]
    assert otieno.roles == ["Health Minister"] and otieno.affiliations == ["Kenya"]
    assert reis.roles == ["Ambassador"] and reis.affiliations == ["Brazil"]
    assert [r.text for r in otieno.references] == ["She"]


def test_words_in_common_do_not_merge():
    actors, _ = actors_of("The Kurdistan Regional Government rejected the plan. Kurdistan Workers' Party fighters "
                          "clashed with troops, and the Kurdistan Regional Government called for calm.")
    assert len([a for a in actors.values() if a.name.startswith("Kurdistan")]) >= 2


def test_plots_have_labelled_axes(sample):
    fig = plot_mentions(sample)
    assert fig.axes[0].get_xlabel() and fig.axes[0].get_ylabel()
    graph = sample.network()
    assert graph.has_edge("Mohammad Javad Zarif", "Ismail Haniyeh")
    assert plot_network(sample).axes[0].get_title()


def test_plots_say_what_they_leave_out_and_labels_do_not_overlap(sample):
    everyone = len(sample.actors)
    footnote = " ".join(t.get_text() for t in plot_mentions(sample, top=5).texts)
    assert f"5 most mentioned of {everyone} actors" in footnote
    assert not plot_mentions(sample, top=everyone).texts  # nothing left out, nothing said
    fig = plot_network(sample, top=8)
    fig.canvas.draw()
    footnote = " ".join(t.get_text() for t in fig.texts)
    assert f"the 8 most mentioned of {everyone} actors; {everyone - 8} others" in footnote
    ax = fig.axes[0]
    boxes = [t.get_window_extent() for t in ax.texts if t.get_text()]
    assert len(boxes) == 8
    assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])



def test_the_network_leaves_out_actors_named_with_no_other():
    """#35: unconnected actors sat in an overlapping clump; they are left out, and the footnote names them."""
    result = analyze(Article.from_text("Ana Reyes met Tom Ek in Lisbon. Lia Moss spoke on Monday."), nlp="sm")
    fig = plot_network(result)
    drawn = {t.get_text() for t in fig.axes[0].texts if t.get_text()}
    assert "Lia Moss" not in drawn and {"Ana Reyes", "Tom Ek"} <= drawn
    assert "named in no sentence with another (Lia Moss) is not drawn" in " ".join(t.get_text() for t in fig.texts)


def test_a_network_of_actors_none_named_together_still_shows_them():
    result = analyze(Article.from_text("Ana Reyes spoke on Monday. Tom Ek left on Tuesday."), nlp="sm")
    drawn = {t.get_text() for t in plot_network(result).axes[0].texts if t.get_text()}
    assert {"Ana Reyes", "Tom Ek"} <= drawn


def test_a_footnote_tells_ties_truly_and_top_must_be_positive():
    from toolkit import Article

    result = analyze(Article.from_text("Ana Reyes met Tom Ek in Lisbon. Tom Ek and Lia Moss spoke on Monday. "
                                       "Lia Moss and Ana Reyes left."))
    mentions = dict(zip(result.actors["actor"], result.actors["mentions"], strict=True))
    assert mentions["Ana Reyes"] == mentions["Tom Ek"] == mentions["Lia Moss"] == 2  # a tie at the cut
    footnote = " ".join(t.get_text() for t in plot_mentions(result, top=2).texts)
    assert "2 others, with at most 2 mentions each, are not shown" in footnote  # not "fewer mentions"
    assert not plot_network(result, top=5).texts  # nothing left out, nothing said
    with pytest.raises(ValueError, match="top"):
        plot_network(result, top=0)
    with pytest.raises(ValueError, match="top"):
        plot_mentions(result, top=-1)
