"""toolkit.timex.timeline: events dated by the expressions of a parsed Doc (build_timeline), their order
(order_events), their participants (participants) and labels (describe). The anchor is Wednesday 6 March
2024 (timex_docs.ANCHOR)."""

from __future__ import annotations

from datetime import date

import pytest
from timex_docs import ANCHOR, parse

from toolkit.timex.timeline import Event, build_timeline, describe, order_events, participants


def timeline(doc, anchor: date | None) -> list[Event]:
    return build_timeline(doc, doc._.timexes, anchor)


def word(doc, text: str):
    return next(t for t in doc if t.text == text)


def test_events_in_date_order_not_text_order():
    doc = parse("Lena Varga opened the bridge on Monday. The council approved the plan on March 1, 2024.", ANCHOR)
    events = timeline(doc, ANCHOR)
    assert [(e.predicate.text, e.start_date, e.certainty) for e in events] == [
        ("approved", date(2024, 3, 1), "exact"), ("opened", date(2024, 3, 4), "exact")]
    assert [[p.text for p in e.participants] for e in events] == [[], ["Lena Varga"]]


def test_without_an_anchor_relative_events_are_ordered_but_not_dated():
    doc = parse("Lena Varga will open the bridge next Tuesday. The council approved the plan on March 1, 2024.")
    events = timeline(doc, None)
    assert [(e.predicate.text, e.start_date, e.certainty) for e in events] == [
        ("approved", date(2024, 3, 1), "exact"), ("open", None, "relative")]


def test_earlier_and_later_on_the_same_day():
    doc = parse("The mayor spoke on Monday. Earlier on Monday, protesters blocked the road. Later on Monday, police "
                "cleared it.", ANCHOR)
    assert [(e.predicate.text, e.cue, e.start_date) for e in timeline(doc, ANCHOR)] == [
        ("blocked", "earlier", date(2024, 3, 4)), ("spoke", None, date(2024, 3, 4)),
        ("cleared", "later", date(2024, 3, 4))]


def test_days_after_an_event_makes_that_event_one_before():
    doc = parse("The vote took place on Monday, three days after Tomas Brandt resigned.", ANCHOR)
    events = {e.predicate.text: e for e in timeline(doc, ANCHOR)}
    assert set(events) == {"took", "resigned"}
    assert (events["took"].start_date, events["took"].certainty) == (date(2024, 3, 4), "exact")
    resignation = events["resigned"]
    assert (resignation.start_date, resignation.certainty, resignation.cue) == (None, "relative", "before")
    assert [p.text for p in resignation.participants] == ["Tomas Brandt"]


@pytest.mark.xfail(strict=True, reason="build_timeline links 'resigned' to the event that 'three days after' makes of "
                   "'took'; _unique then drops that event for the 'on Monday' one of the same predicate, so the "
                   "resignation's reference is outside the timeline and has no sort date: order_events puts the "
                   "resignation last, after the vote, as if undated")
def test_days_after_an_event_orders_that_event_before():
    doc = parse("The vote took place on Monday, three days after Tomas Brandt resigned.", ANCHOR)
    events = timeline(doc, ANCHOR)
    assert [e.predicate.text for e in events] == ["resigned", "took"]
    assert events[0].reference is events[1]


def test_ever_since_runs_from_the_previous_event_to_the_anchor():
    doc = parse("The dam cracked in 2019. Ever since, farmers have lacked water.", ANCHOR)
    cracked, lacked = timeline(doc, ANCHOR)
    assert (cracked.predicate.text, cracked.start_date, cracked.end_date) == ("cracked", date(2019, 1, 1),
                                                                             date(2019, 12, 31))
    assert (lacked.predicate.text, lacked.certainty, lacked.cue, lacked.reference) == ("lacked", "interval", "since",
                                                                                      cracked)
    assert (lacked.start_date, lacked.end_date) == (date(2019, 1, 1), ANCHOR)


def test_a_when_clause_is_dated_by_the_expression_before_it():
    doc = parse("The coalition has ruled since 2006, when Lena Varga won the election.", ANCHOR)
    events = {e.predicate.text: e for e in timeline(doc, ANCHOR)}
    assert (events["ruled"].certainty, events["ruled"].end_date) == ("interval", ANCHOR)
    assert (events["won"].start_date, events["won"].end_date) == (date(2006, 1, 1), date(2006, 12, 31))
    assert events["won"].text == "Lena Varga won election"


def test_a_reference_to_the_present_dates_no_event():
    assert timeline(parse("Protesters are gathering now.", ANCHOR), ANCHOR) == []


def test_order_events_puts_undated_ones_last_in_text_order():
    doc = parse("Varga arrived. Brandt left. Novak stayed. Orlo closed.")
    arrived, left, stayed, closed = (word(doc, w) for w in ("arrived", "left", "stayed", "closed"))
    events = [Event(closed, "closed", []), Event(stayed, "stayed", [], start_date=date(2024, 1, 5)),
              Event(left, "left", []), Event(arrived, "arrived", [], start_date=date(2023, 7, 1))]
    assert [e.predicate.text for e in order_events(events)] == ["arrived", "stayed", "left", "closed"]


def test_participants_are_the_names_of_the_event_not_of_a_clause_inside_it():
    doc = parse("Lena Varga said on Tuesday that Tomas Brandt would resign.")
    assert [p.text for p in participants(word(doc, "said"))] == ["Lena Varga"]
    assert [p.text for p in participants(word(doc, "resign"))] == ["Tomas Brandt"]
    assert describe(word(doc, "said")) == "Lena Varga said"


def test_describe_gives_subject_predicate_and_object():
    doc = parse("Lena Varga met Tomas Brandt in Kessel on Tuesday.")
    met = word(doc, "met")
    assert describe(met) == "Lena Varga met Tomas Brandt"
    assert [p.text for p in participants(met)] == ["Lena Varga", "Tomas Brandt", "Kessel"]


@pytest.mark.xfail(strict=True, reason="timeline._own_subtree never descends into a 'conj' dependent (it stands "
                   "for another event), so a name joined by 'and' to the subject (\"Lena Varga and Tomas Brandt "
                   "met\") is not a participant of the event")
def test_names_joined_by_and_are_all_participants():
    doc = parse("Lena Varga and Tomas Brandt met in Kessel on Tuesday.")
    assert [p.text for p in participants(word(doc, "met"))] == ["Lena Varga", "Tomas Brandt", "Kessel"]
