"""Issue #32: names are not dates, the classes of expressions the page census found missing, and the tense that
decides the year of a month or a day named without one. Sentences written for the project; each class is
checked through the rules alone (:func:`toolkit.timex.find_timexes`) and, where the parse decides, through
the pipeline (``doc._.timexes``)."""

from __future__ import annotations

from datetime import date

import pytest
from timex_docs import parse

from toolkit.timex import find_timexes

PUBLISHED = date(2019, 11, 19)  # a Tuesday


def found(text: str, anchor: date | None = PUBLISHED) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, anchor)]


def parsed(text: str, anchor: date | None = PUBLISHED) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in parse(text, anchor)._.timexes]


@pytest.mark.parametrize(("text", "expected"), [
    # an event named after a day is that event's day by its rule, not the next Friday (in the past: last year's)
    ("Shoppers queued on Black Friday and again on Cyber Monday.", [("Black Friday", "2018-11-23"),
                                                                   ("Cyber Monday", "2018-11-26")]),
    ("Stores will open early on Black Friday.", [("Black Friday", "2019-11-29")]),
    ("He was arrested on Good Friday 2019.", [("Good Friday 2019", "2019-04-19")]),
    ("Bloody Sunday is remembered each year.", [("each year", "P1Y")]),  # a name with no date rule: no date
    ("Stocks fell on the `Black Monday' anniversary.", []),  # in quotation marks too
    ("She wrote in the Daily Courier on Monday.", [("Monday", "2019-11-18")]),
    ("He spoke to the Sunday Times on Monday.", [("Monday", "2019-11-18")]),
    # a day word before a capitalised word is still a day when no "the" or possessive makes it a title
    ("On Monday President Lena Varga spoke.", [("Monday", "2019-11-18")]),
    ("NASA's Monday announcement surprised many.", [("Monday", "2019-11-18")]),
])
def test_a_day_word_in_a_name_is_no_date_unless_a_rule_dates_the_event(text, expected):
    assert found(text) == expected


def test_a_name_the_parser_found_holds_no_date_but_a_year_in_it_stays():
    # "Today" of a show, "Six-Day" of a war; "1967" names the war's year and is one
    assert parsed("She told Channel 4's Today Live that the 1967 Six-Day War changed everything.") == [
        ("1967", "1967")]


def test_a_weekday_with_a_month_and_day_is_one_date_whose_weekday_gives_the_year():
    # May 18 was a Saturday in 2019: a story from May, read in November
    assert found("The attack took place on Saturday, May 18, at 6:38 p.m.") == [
        ("Saturday, May 18", "2019-05-18"), ("6:38 p.m.", "2019-05-18T18:38")]
    assert found("He died on 3 March.") == [("3 March", "2019-03-03")]  # a full month name takes no dot


@pytest.mark.parametrize(("text", "expected"), [
    ("It prepared its planned 2024 moon landing.", [("2024", "2024")]),
    ("No action is expected until at least 2021.", [("2021", "2021")]),
    ("“2019 is just not as strong as 2018,” he said.", [("2019", "2019"), ("2018", "2018")]),
    ("The film \"1917\" won.", []),
    ("Euro 2024 begins soon.", [("soon", "FUTURE_REF")]),
])
def test_a_year_after_a_modifier_is_a_year_and_a_title_is_not(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("It became a pariah in a matter of weeks.", [("a matter of weeks", "PXW")]),
    ("The index ended the day at 8,017 after a loss for the entire year.",
     [("the day", "2019-11-19"), ("the entire year", "2019")]),
    ("Dealers will not be renewed after October of next year.", [("October", "2020-10"), ("next year", "2020")]),
    ("The city was hit by months of protests.", [("months", "PXM")]),
    ("The plan passed after years of debate.", [("years", "PXY")]),
    ("Troops will stay for several more years.", [("several more years", "PXY")]),
    ("A decision is due in the coming weeks.", [("the coming weeks", "PXW")]),
    ("The group formed in recent weeks.", [("recent weeks", "PXW")]),
    ("It ends the decades-long dispute.", [("decades-long", "PXDE")]),
    ("He could face decades of prison.", [("decades", "PXDE")]),
    ("The report was released long ago.", [("long ago", "PAST_REF")]),
    ("The years of the war were hard.", []),
])
def test_vague_amounts_of_time(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("“Our third-quarter results were strong,” she said.", [("third-quarter", "2019-Q3")]),
    ("Analysts expect weaker second-half results.", [("second-half", "2019-H2")]),
    ("The storm cost it 0.6% in Q3, it said.", [("Q3", "2019-Q3")]),
    ("The law takes effect in the first half of next year.", [("the first half of next year", "2020-H1")]),
    ("He scored in the second half.", []),  # a half of a game, not of a year
])
def test_quarters_and_halves(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an attempt that happened: the past May
    ("From there, I tried to enter the country on May 16 but was caught.", [("May 16", "2019-05-16")]),
    # after a past decision the direction is not known: the nearer May
    ("Prosecutors decided to reopen the case in May.", [("May", "2019-05")]),
    ("The council plans to vote in May.", [("May", "2020-05")]),
    # a forecast in a past report is still ahead
    ("Officials said the ban would take effect in December.", [("December", "2019-12")]),
    ("The vote would take place on Friday.", [("Friday", "2019-11-22")]),
    # a participle shares its clause's tense: the fight was last Thursday
    ("The team spent Monday trying to distance itself from Thursday night's fight.",
     [("Monday", "2019-11-18"), ("Thursday night", "2019-11-14TNI")]),
])
def test_the_tense_of_the_clause_decides_the_year(text, expected):
    assert parsed(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Brent was down 2.74% on the day.", [("the day", "2019-11-19")]),
    ("The hearing was held on Monday. In the morning, lawmakers grilled him. Later in the day, Volker spoke.",
     [("Monday", "2019-11-18"), ("the morning", "2019-11-18TMO"), ("the day", "2019-11-18")]),
    ("Sales reached the second-highest volume of the year.", [("the year", "2019")]),
    ("The group announced over the weekend that it had agreed.", [("the weekend", "2019-W46-WE")]),
    ("She spent the day in Paris.", []),  # a day, not a date
])
def test_the_story_s_day_year_and_weekend(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a date that names a thing ("the July 25 call") or sits in a quotation is not the narration's day
    ("He testified about Trump's July 25 phone call. Later in the day, Volker spoke.",
     [("July 25", "2019-07-25"), ("the day", "2019-11-19")]),
    ("“The transcript came out on September 25,” he said. Later in the day, Volker spoke.",
     [("September 25", "2019-09-25"), ("the day", "2019-11-19")]),
    ("The transcript came out on September 25. Later in the day, Volker spoke.",
     [("September 25", "2019-09-25"), ("the day", "2019-09-25")]),
])
def test_only_a_narrating_date_is_the_story_s_time(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "anchor", "expected"), [
    ("The exam was taken last spring.", PUBLISHED, [("last spring", "2019-SP")]),  # over by November
    ("The exam was taken last spring.", date(2019, 4, 10), [("last spring", "2018-SP")]),  # spring not over
    ("The vote is due next summer.", date(2019, 4, 10), [("next summer", "2019-SU")]),
])
def test_last_and_next_season_are_the_nearest_one_over_or_to_come(text, anchor, expected):
    assert found(text, anchor) == expected


def test_a_month_or_day_without_a_year_takes_the_year_its_sentence_names():
    timexes = {t.text: t for t in find_timexes(
        "Her health was an issue in the 2016 campaign, after she fainted at a September 11 memorial. Lawmakers "
        "meet ahead of their 2020 session that starts in early January. Prices fell in May.", PUBLISHED)}
    assert timexes["September 11"].value == "2016-09-11"
    assert (timexes["September 11"].anchor_from, timexes["September 11"].anchor_start) == \
        ("expression", timexes["2016"].start)
    assert timexes["early January"].value == "2020-01"
    assert (timexes["May"].value, timexes["May"].anchor_from) == ("2019-05", "publication")  # no year in its sentence
    # a participle's year or a noun's alone is no time frame for the sentence
    cases = (("Born in 1950, he died on May 3.", "May 3", "2019-05-03"),
             ("The company, founded in 1998, will report on April 25.", "April 25", "2020-04-25"),
             ("The 2008 crisis was recalled when shares fell on March 4.", "March 4", "2019-03-04"))
    for text, expression, day in cases:
        assert dict(found(text))[expression] == day, text


def test_today_in_a_quotation_is_the_day_it_was_said():
    published = date(2019, 11, 20)  # the Wednesday after the hearing
    assert found("The committee ended its hearings on Tuesday. “Today's hearing is over,” she said.", published) \
        == [("Tuesday", "2019-11-19"), ("Today", "2019-11-19")]
    # outside a quotation, and with no narrated day, "today" is the paper's day
    assert found("The storm hit on Sunday. Today the town began to rebuild.", published) == [
        ("Sunday", "2019-11-17"), ("Today", "2019-11-20")]
    assert found("“Today we rebuild,” the mayor said.", published) == [("Today", "2019-11-20")]
    # a day further back is background, not the day the words were said
    assert found("They won the final on Sunday. “We are really happy today,” she said.", published) == [
        ("Sunday", "2019-11-17"), ("today", "2019-11-20")]


def test_a_clock_time_is_not_put_on_a_day_named_inside_a_quotation():
    assert found("“He sent me to Mexico on May 2,” he said. The plane landed at 6am, an official said.",
                 date(2019, 11, 20)) == [("May 2", "2019-05-02"), ("6am", "2019-11-20T06:00")]


@pytest.mark.parametrize(("text", "expected"), [
    ("We want to land as soon as possible.", []),  # a conjunction, not a time
    ("He will leave soon.", [("soon", "FUTURE_REF")]),
    ("Police stopped a car from 1909 Jolinda Drive.", []),  # a house number
    ("The suit, Number FHC/ABJ/03/2018, was filed.", []),  # a case number
    ("He received a plan last year after his physical.", [("last year", "2018")]),
    ("The hourlong debate followed a weeklong strike.", [("hourlong", "PT1H"), ("weeklong", "P1W")]),
    ("The firm cut its full-year guidance.", [("full-year", "P1Y")]),
    ("He leads the league in assists this season.", [("this season", "XXXX")]),  # a league's season: no date
])
def test_what_is_and_is_not_a_time_around_numbers_and_conjunctions(text, expected):
    assert found(text) == expected


def test_a_comparison_s_date_is_not_the_story_s_time():
    # "up from 6 % a year earlier" compares; "the end of the year" stays the story's year
    assert found("Rates averaged 5.7% in October, down from 6.2% a year earlier. Deals should continue toward the "
                 "end of the year.") == [("October", "2019-10"), ("a year earlier", "2018"), ("the year", "2019")]


def test_a_report_s_quarter_and_a_day_named_after_the_day():
    anchor = date(2025, 2, 10)
    assert found("It expects fourth-quarter revenue to rise.", anchor) == [("fourth-quarter", "2024-Q4")]
    assert found("By the end of the day Saturday the files were gone.", anchor) == [("Saturday", "2025-02-08")]


REVIEW_ANCHOR = date(2024, 3, 6)  # a Wednesday


@pytest.mark.parametrize(("text", "expected"), [
    # a weekday date keeps the year written after it, and follows the tense without one
    ("The vote took place on Tuesday, 7 May 2019.", [("Tuesday, 7 May 2019", "2019-05-07")]),
    ("The plant opened on Thursday, May 7, 2015.", [("Thursday, May 7, 2015", "2015-05-07")]),
    # halves and quarters of a game or a list, and a car, are no calendar periods
    ("He scored in the second half of the match.", []),
    ("They made up the first half of the list.", []),
    ("A third-quarter touchdown sealed it.", []),
    ("The Audi Q3 was recalled.", []),
    ("Q3 results beat forecasts.", [("Q3", "2024-Q3")]),
    # counts after a verb are no years
    ("The crowd numbered 2000 on Sunday.", [("Sunday", "2024-03-03")]),
    ("Organisers expected 2000 at the march.", []),
    # titles and idioms are not the story's year or day
    ("He was named player of the year.", []),
    ("She won Coach of the Year honours.", []),
    ("At the end of the day, voters decide.", []),
    ("He works the day shift.", []),
    # real days before a capitalised word, and lower-case "good Friday", stay dates
    ("Ahead of the Thursday ECB meeting, stocks rose.", [("Thursday", "2024-03-07")]),
    ("The Tuesday Senate vote failed.", [("Tuesday", "2024-03-05")]),
    ("Markets had a good Friday.", [("Friday", "2024-03-01")]),
    # a dated day's name inside a longer name is no date
    ("The Good Friday Agreement was signed in 1998.", [("1998", "1998")]),
    ("The Easter Rising of 1916 failed.", [("1916", "1916")]),
])
def test_what_the_review_of_the_date_rules_found(text, expected):
    assert found(text, REVIEW_ANCHOR) == expected


def test_one_date_per_month_and_day_keeps_a_year_the_text_gave():
    # the year its sentence frames stays; the later mention is the anchor's nearest
    timexes = find_timexes("In 2016, the race turned on Sept. 11. Police marked Sept. 11 with a parade.",
                           REVIEW_ANCHOR)
    days = [(t.text, t.value, t.anchor_from) for t in timexes if t.text == "Sept. 11"]
    assert days == [("Sept. 11", "2016-09-11", "expression"), ("Sept. 11", "2023-09-11", "publication")]


def test_the_story_passes_stay_linear_on_a_long_quoted_paragraph():
    # thousands of dates in one quotation: each pass goes through them once (this ran for a minute before)
    text = "“" + " ".join(f"On May {1 + i % 28} prices rose, and the day after they fell." for i in range(2000)) + "”"
    timexes = find_timexes(text, REVIEW_ANCHOR)
    days = [t for t in timexes if t.rule == "month_day"]
    assert len(days) == 2000
    # dates inside a quotation are no narration: "day after" is counted from none of them
    assert not any(t.anchor_from == "expression" for t in timexes)
