"""The timeline on unseen text, analyze() on arbitrary text, and the timeline plot."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

from datetime import date

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toolkit import Article, analyze
from toolkit.plots import plot_timeline

STORY = ("The coalition collapsed in 1998. Since then, the two parties have competed in every election.\n"
         "On Friday the finance minister resigned. Earlier on Friday, protesters had gathered outside parliament.\n"
         "A new vote is scheduled for next Tuesday.")


def test_unseen_story_orders_cues_and_dates():
    result = analyze(Article.from_text(STORY), anchor=date(2023, 3, 8))
    rows = result.to_dict()["timeline"]
    by_timex = {r["timex"]: r for r in rows}
    assert by_timex["Friday"]["start_date"] == "2023-03-03"
    assert by_timex["next Tuesday"]["start_date"] == "2023-03-14"
    earlier = by_timex["Earlier on Friday"]
    assert earlier["order"] < by_timex["Friday"]["order"] < by_timex["next Tuesday"]["order"]
    since = next(r for r in rows if r["timex"] is None)
    assert since["start_date"] == "1998-01-01" and since["certainty"] == "interval"
    assert by_timex["1998"]["order"] < by_timex["Friday"]["order"]


def test_plot_has_labelled_axes_and_breaks_a_long_gap():
    result = analyze(Article.from_text(STORY), anchor=date(2023, 3, 8))
    fig = plot_timeline(result)
    axes = [ax for ax in fig.axes if ax.get_visible()]
    assert len(axes) == 2  # 1998 and 2023 are decades apart: a broken axis
    assert axes[0].get_ylabel() and fig.get_suptitle()
    labels = [t.get_text() for t in axes[0].get_yticklabels()]
    assert any("Friday" in label for label in labels)


def test_labels_are_numbered_wrapped_never_cut_and_ticks_name_the_month():
    text = ("The Regional Transport Authority and the Harbour Workers Federation signed a long-delayed agreement "
            "on wages, shifts and pensions for dock crews on Monday. The strike ended on Tuesday.")
    result = analyze(Article.from_text(text), anchor=date(2023, 3, 8))
    fig = plot_timeline(result)
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    dated = result.timeline[result.timeline["start_date"].notna()]
    assert [label.split(".")[0] for label in labels] == [str(order) for order in dated["order"]]
    assert all(len(line) <= 34 for label in labels for line in label.split("\n"))
    assert any("\n" in label for label in labels)  # a long event wraps onto a second line
    ticks = [t.get_text() for ax in fig.axes for t in ax.get_xticklabels() if t.get_text()]
    assert ticks and all("2023" in tick and any(m in tick for m in ("Feb", "Mar")) for tick in ticks)


def test_the_former_and_the_latter_are_the_names_they_stand_for():
    text = ("The league has been split between Ajax and Feyenoord since 2019, when the latter won the cup. "
            "Angela Merkel met Emmanuel Macron in Paris on Friday. The former left on Saturday.")
    rows = analyze(Article.from_text(text), anchor=date(2023, 3, 8)).timeline
    latter = rows[rows["event"].str.contains("latter")].iloc[0]
    assert "Feyenoord" in latter["actors"] and "Ajax" not in latter["actors"]
    former = rows[rows["event"].str.contains("former")].iloc[0]
    assert "Angela Merkel" in former["actors"] and "Emmanuel Macron" not in former["actors"]
    text = "Angela Merkel met Emmanuel Macron in Berlin on 3 March 2019. In Paris on 5 March 2019, the latter spoke."
    fronted = analyze(Article.from_text(text), anchor=date(2019, 3, 8)).timeline
    latter = fronted[fronted["event"].str.contains("latter")].iloc[0]
    assert "Emmanuel Macron" in latter["actors"] and "Angela Merkel" not in latter["actors"]  # not Paris's pair


def test_plot_without_anchor_explains_instead_of_inventing():
    result = analyze(Article.from_text("Talks resumed on Monday and will end next week."))
    assert result.timeline["start_date"].isna().all()
    fig = plot_timeline(result)
    assert "anchor" in fig.axes[0].texts[0].get_text()


def test_plot_accepts_a_table():
    table = pd.DataFrame([{"event": "vote", "timex": "2020", "start_date": date(2020, 1, 1),
                           "end_date": date(2020, 12, 31), "certainty": "approximate"}])
    assert len(plot_timeline(table).axes) == 1


FRAGMENTS = [*"abc XYZ,.;:\n\"'“”0123456789-", "Monday ", "since 2006 ", "late last month ", "days after ",
             "Ever since, ", "when ", "said ", "will ", "The minister ", "Earlier on Tuesday "]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=40).map("".join),
       anchor=st.one_of(st.none(), st.dates()))
def test_analyze_never_raises_on_arbitrary_text(text, anchor):
    if not text.strip():
        return
    result = analyze(Article.from_text(text), anchor=anchor)
    for row in result.to_dict()["timexes"]:
        assert text[row["start"]:row["end"]] == row["text"]
    for row in result.to_dict()["timeline"]:
        assert 0 <= row["event_start"] < row["event_end"] <= len(text)
