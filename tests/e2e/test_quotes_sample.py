"""Quotes: the sample against project gold, unseen layouts, and arbitrary quotation marks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toolkit import Article, analyze, load_article
from toolkit.quotes import antecedent

GOLD = json.loads((Path(__file__).resolve().parents[2] / "data" / "gold" / "sample_quotes.json").read_text())


@pytest.fixture(scope="module")
def sample(sample_path):
    return analyze(load_article(sample_path)).to_dict()


def overlap(row, span):
    covered = min(row["content_end"], span[1]) - max(row["content_start"], span[0])
    return covered / (span[1] - span[0])


@pytest.mark.parametrize("gold", GOLD["quotes"], ids=[q["content"][:30] for q in GOLD["quotes"]])
def test_every_sample_statement_with_its_speaker(sample, gold):
    match = max(sample["quotes"], key=lambda row: overlap(row, gold["span"]))
    assert overlap(match, gold["span"]) >= 0.5, gold["content"]
    assert match["actor"] == gold["actor"]
    assert match["kind"] == gold["kind"]
    if "speaker" in gold:
        assert match["speaker"] == gold["speaker"]


def test_the_motion_is_never_given_to_a_person(sample):
    span = next(q["span"] for q in GOLD["quotes"] if q.get("document"))
    rows = [row for row in sample["quotes"] if overlap(row, span) > 0]
    assert rows and all((row["actor"], row["source_kind"]) == ("the US-drafted resolution", "document")
                        for row in rows)


def test_offsets_round_trip(sample, sample_text):
    for row in sample["quotes"]:
        assert sample_text[row["content_start"]:row["content_end"]] == row["content"]
        if row["speaker"] is not None:
            assert sample_text[row["speaker_start"]:row["speaker_end"]] == row["speaker"]
        if row["cue"] is not None:
            assert sample_text[row["cue_start"]:row["cue_end"]] == row["cue"]


def quotes_of(text):
    return analyze(Article.from_text(text)).to_dict()["quotes"]


def test_layouts_speaker_before_after_and_inverted():
    rows = quotes_of('The coach said: "We played badly and we deserved to lose."\n'
                     '"The referee made three wrong calls tonight," said Maria Lopez, the team\'s captain.\n'
                     '“We will appeal this decision to the league,” the club’s lawyer Tom Reed told reporters.')
    direct = [r for r in rows if r["kind"] == "direct"]
    assert [r["speaker"] for r in direct][:2] == ["The coach", "Maria Lopez"]
    assert direct[2]["speaker"].endswith("Tom Reed")
    assert [r["actor"] for r in direct][1:] == ["Maria Lopez", "Tom Reed"]


def test_multi_paragraph_quote_and_unbalanced_marks_are_reported_not_raised():
    text = ('“The first part of a long statement goes here.\n“And the second part ends here,” the mayor said.\n'
            'An unclosed “quote starts here and never ends.')
    result = analyze(Article.from_text(text))
    direct = [r for r in result.to_dict()["quotes"] if r["kind"] == "direct"]
    assert direct and direct[0]["content"].startswith("The first part") and "second part" in direct[0]["content"]
    assert direct[0]["speaker"] == "the mayor"
    assert any("never closed" in problem for problem in result.problems)


def test_indirect_speech_forms():
    rows = quotes_of("The minister said that taxes would rise. Union leaders vowed to strike next week. "
                     "The senator urged voters to stay calm. According to the police, two people were hurt.")
    by_speaker = {r["speaker"]: r for r in rows}
    assert by_speaker["The minister"]["content"] == "taxes would rise"
    assert by_speaker["Union leaders"]["content"].startswith("to strike")
    assert by_speaker["The senator"]["content"].startswith("voters to stay calm")
    assert by_speaker["the police"]["content"] == "two people were hurt"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(['"', "“", "”", "‘", "’", "'", "«", "»", " said ", "He ", "the minister ",
                                 "We will win", ",", ".", "\n", "according to X, ", "vowed to ", "that "]),
                min_size=1, max_size=30).map("".join))
def test_arbitrary_quotation_marks_never_raise(text):
    if not text.strip():
        return
    for row in analyze(Article.from_text(text)).to_dict()["quotes"]:
        assert 0 <= row["content_start"] <= row["content_end"] <= len(text)
        assert text[row["content_start"]:row["content_end"]] == row["content"]


def test_more_layouts_on_unseen_text():
    rows = quotes_of('The senator called for an inquiry into the contracts. '
                     'Union leaders complained about the new rota.\n'
                     '“We lost,” said Ana Ruiz, the party’s chair.\n'
                     'The mayor said that “the budget is broken” and promised a review.\n'
                     '“Prices will fall,” the minister said. “Not this year, but next.”')
    by_content = {r["content"]: r for r in rows}
    assert by_content["an inquiry into the contracts"]["speaker"] == "The senator"
    assert by_content["the new rota"]["speaker"] == "Union leaders"
    assert by_content["We lost,"]["actor"] == "Ana Ruiz"
    mixed = next(r for r in rows if "budget is broken" in r["content"])
    assert mixed["kind"] == "mixed" and mixed["speaker"] == "The mayor"
    joined = next(r for r in rows if r["content"].startswith("Prices will fall"))
    assert joined["content"].endswith("but next.") and joined["speaker"] == "the minister"


def test_object_statements_keep_their_complement():
    rows = quotes_of("The coach blasted the referees for ignoring the rules. "
                     "She called the new stadium a waste of public money. "
                     "The governor encouraged local firms to hire more apprentices.\n"
                     "''We will appeal,'' the club said.")
    by_speaker = {r["speaker"]: r["content"] for r in rows}
    assert by_speaker["The coach"] == "the referees for ignoring the rules"
    assert by_speaker["She"] == "the new stadium a waste of public money"
    assert by_speaker["The governor"] == "local firms to hire more apprentices"
    assert by_speaker["the club"] == "We will appeal,"


def test_parts_around_a_long_attribution_are_one_statement():
    rows = quotes_of('"Costs have doubled," said Maria Lopez, who has run the bakery on Elm Street since 1998. '
                     '"We cannot go on like this."\n'
                     '"The plan is sound," the mayor said. "Ask anyone."\nThe council pointed to rising rents.')
    by_speaker = {r["speaker"]: r["content"] for r in rows}
    assert by_speaker["Maria Lopez"].startswith("Costs have doubled") and by_speaker["Maria Lopez"].endswith(
        "like this.")
    assert by_speaker["the mayor"].endswith("Ask anyone.")


def test_naming_participles_and_time_are_not_statements():
    rows = quotes_of("They fished in a mountain stream called Miracle Run. The two ministers spoke for ten minutes. "
                     "Sales continued to grow.")
    assert rows == []


def quote_objects(text):
    result = analyze(Article.from_text(text))
    return result.doc.text, result.quote_list


def test_attribution_set_inside_a_sentence_gives_both_sides():
    text, quotes = quote_objects("The new bridge, the mayor said, will open in May. "
                                 "Rents rose by a third last year, officials said.")
    by_speaker = {q.speaker.text: q for q in quotes}
    assert [text[a:b] for a, b in by_speaker["the mayor"].parts] == ["The new bridge", "will open in May"]
    assert [text[a:b] for a, b in by_speaker["officials"].parts] == ["Rents rose by a third last year"]


def test_words_before_a_quotation_that_it_completes_are_part_of_the_statement():
    rows = quotes_of("With rents this high, “nobody can afford to stay,” the landlord said.\n\n"
                     'So when the company signaled that it would close the plant, the mayor said, "we were floored."')
    by_speaker = {r["speaker"]: r for r in rows}
    assert by_speaker["the landlord"]["content"] == "With rents this high, “nobody can afford to stay,”"
    assert by_speaker["the landlord"]["kind"] == "mixed"
    assert by_speaker["the mayor"]["content"].startswith("So when the company signaled")
    text, quotes = quote_objects('So when the company signaled that it would close the plant, the mayor said, '
                                 '"we were floored."')
    mayor = next(q for q in quotes if q.speaker.text == "the mayor")
    # en_core_web_sm also reads the company's report; the mayor, who speaks next, is not part of it
    assert all(text[q.content_start:q.content_end] == "it would close the plant"
               for q in quotes if q.speaker.text == "the company")
    assert [text[a:b] for a, b in mayor.parts] == ["So when the company signaled that it would close the plant",
                                                   "we were floored."]


def test_a_verb_right_before_the_opening_mark_introduces_the_quotation():
    rows = quotes_of('She said the roads were closed, and when pressed on the cause, the engineer replied, '
                     '"It was the flood that did it."')
    by_speaker = {r["speaker"]: r["content"] for r in rows}
    assert by_speaker["the engineer"] == "It was the flood that did it."
    assert by_speaker["She"] == "the roads were closed"


def test_short_utterances_and_that_clauses_after_a_long_adverbial():
    rows = quotes_of("“Not yet,” the coach said.\n\n"
                     "The minister says at a meeting in Leeds, Yorkshire, that the budget will grow.")
    by_speaker = {r["speaker"]: r for r in rows}
    assert by_speaker["the coach"]["kind"] == "direct" and by_speaker["the coach"]["content"] == "Not yet,"
    assert by_speaker["The minister"]["content"] == "the budget will grow"


def test_speaker_after_a_dash_or_a_long_apposition():
    rows = quotes_of("“Prices will keep rising,” ― Ana Ruiz, a baker in Leeds.\n\n"
                     "“It is an overreach of the state’s power,” Jane Doe, the attorney general of Ohio, one of the "
                     "states suing the agency, said at an event this month.")
    by_speaker = {r["speaker"]: r["content"] for r in rows}
    assert by_speaker["Ana Ruiz"] == "Prices will keep rising,"
    assert by_speaker["Jane Doe"] == "It is an overreach of the state’s power,"


def test_relative_pronoun_speakers_resolve_to_their_antecedent_and_times_never_speak():
    rows = quotes_of("The company hired Mark Stone, who said the plant would close.\n\n"
                     "“He is absolutely right,” Flynn, a top surrogate, said Thursday morning.")
    stone = next(r for r in rows if r["content"] == "the plant would close")
    assert stone["speaker"] == "who" and stone["actor"] == "Mark Stone"
    flynn = next(r for r in rows if r["content"].startswith("He is absolutely right"))
    assert flynn["speaker"] == "Flynn"


def test_they_never_stands_for_a_place():
    rows = quotes_of("Thousands of demonstrators gathered in Tulsa on Friday. They pledged to remain calm.")
    pledge = next(r for r in rows if r["cue"] == "pledged")
    assert pledge["speaker"] == "They" and pledge["actor"] is None


def test_a_noun_the_parser_read_as_a_modifier_of_the_verb_is_its_subject():
    rows = quotes_of("A new poll shows that the governor remains in a tight race.\n\n"
                     "Video shows that the driver had his hands in the air.")
    by_speaker = {r["speaker"]: r["content"] for r in rows}
    assert by_speaker["A new poll"] == "the governor remains in a tight race"
    assert by_speaker["Video"] == "the driver had his hands in the air"


def test_a_date_alone_is_not_what_was_said():
    assert quotes_of("The senator commented on Thursday. She called on Saturday.") == []


def test_a_reported_clause_runs_to_the_end_of_its_sentence_but_not_into_the_next_report():
    rows = quotes_of('The governor said it would be "improper" for him to comment while the inquiry is open.\n\n'
                     "The minister said the talks had failed in Geneva on Monday, adding that she would return.")
    governor = next(r for r in rows if r["speaker"] == "The governor")
    assert governor["content"] == 'it would be "improper" for him to comment while the inquiry is open'
    by_cue = {r["cue"]: r for r in rows if r["speaker"] == "The minister"}
    assert by_cue["said"]["content"] == "the talks had failed in Geneva on Monday"
    assert by_cue["adding"]["content"] == "she would return"


def test_a_quoted_title_is_no_quotation_and_a_subject_misread_as_apposition_still_speaks():
    rows = quotes_of("On Tuesday’s episode of “The Evening Talk Radio Show,” the former senator said she wanted "
                     "to speak directly to voters.")
    said = next(r for r in rows if r["cue"] == "said")
    assert said["speaker"] == "the former senator"
    assert said["content"] == "she wanted to speak directly to voters"
    assert not any(r["content"].startswith("The Evening") or r["content"].startswith("On Tuesday") for r in rows)


def test_what_was_said_stops_before_when_and_where_it_was_said():
    rows = quotes_of("The minister condemned the attack on Tuesday in a statement.\n\n"
                     "Authorities have said officers stopped the driver because they were searching for another man.")
    by_speaker = {r["speaker"]: r["content"] for r in rows}
    assert by_speaker["The minister"] == "the attack"
    assert by_speaker["Authorities"] == "officers stopped the driver because they were searching for another man"


def test_reporting_verb_lexicon_is_well_formed():
    from toolkit.lang.lexicon import table

    rows = table("reporting_verbs")
    assert len({row["lemma"] for row in rows}) == len(rows)  # one row per lemma
    for row in rows:
        assert row["kind"] in ("speech", "writing", "thought", "intention", "finding"), row
        assert row["object"] in ("yes", "no") and row["quotation_only"] in ("yes", "no"), row
        assert set(row["topics"].split()) <= {"for", "against", "of"}, row
    rows_ = quotes_of("The union called for a strike. The minister spoke for ten minutes.\n\n"
                      "“We will win,” she continued.")
    assert [r["content"] for r in rows_ if r["cue"] == "called"] == ["a strike"]
    assert not any(r["cue"] == "spoke" for r in rows_)
    assert [r["kind"] for r in rows_ if r["cue"] == "continued"] == ["direct"]


def test_the_name_that_ends_a_speaker_phrase_is_its_actor_and_content_stops_before_the_speaker():
    rows = quotes_of("Apple CEO Steve Jobs believes this may change the film industry.\n\n"
                     "Describing the problem as one that had been “decades in the making,” Obama said the plan "
                     "would work.\n\nThe mayor praised the firefighters, whom he thanked for their courage.")
    jobs = next(r for r in rows if r["cue"] == "believes")
    assert jobs["actor"] == "Steve Jobs"
    describing = next(r for r in rows if r["cue"] == "Describing")
    assert "Obama" not in describing["content"]
    thanked = [r for r in rows if r["cue"] == "thanked"]
    assert all(not r["content"].startswith("whom") for r in thanked)
    assert next(r for r in rows if r["cue"] == "praised")["content"] == "the firefighters"


def test_according_to_inside_a_clause_and_other_edges_of_a_statement():
    text, quotes = quote_objects("The number rose to 444,000, which, according to The New York Times, is near a "
                                 "high.\n\nGM admitted Thursday night that the loss could swell further.\n\n"
                                 "The figures came out when German magazine Der Spiegel cited confidential "
                                 "documents.")
    by_cue = {q.cue.text: q for q in quotes}
    according = by_cue["according"]
    assert according.speaker.text == "The New York Times"
    assert [text[a:b] for a, b in according.parts] == ["The number rose to 444,000, which", "is near a high"]
    admitted = by_cue["admitted"]
    assert text[admitted.content_start:admitted.content_end] == "the loss could swell further"
    assert by_cue["cited"].speaker.text == "German magazine Der Spiegel"


def test_review_findings_subordinate_reports_opening_phrases_and_asides():
    rows = quotes_of("If the president says the war is over, the troops will come home.\n\n"
                     "After meeting the president, the senator said little.\n\n"
                     "The senator said the bill — which passed the House last week — would hurt farmers.\n\n"
                     "When reporters asked about the deal, Smith said, “It is dead.”\n\n"
                     "The economy grew 3%, officials said.\n\n"
                     "Citing an old theory, Trump accused the senator of lying.")
    by_cue = {r["cue"]: r for r in rows}
    assert by_cue["says"]["content"] == "the war is over"
    assert not any(r["content"].startswith("After meeting") for r in rows)
    contents = {r["content"] for r in rows}
    assert "the bill — which passed the House last week — would hurt farmers" in contents
    assert "It is dead." in contents and "The economy grew 3%" in contents
    assert by_cue["accused"]["speaker"] == "Trump"


def test_pronouns_reach_a_person_named_once_by_surname():
    rows = quotes_of("Merkel said talks failed. She added that she would return.")
    assert next(r for r in rows if r["cue"] == "added")["actor"] == "Merkel"


def test_refusals_comparisons_and_rulings_are_attributed():
    rows = quotes_of("The ministry declined to comment on the report. The senator likened the plan to a tax on "
                     "the poor. A federal judge ruled that the law was unconstitutional.")
    by_cue = {r["cue"]: (r["speaker"], r["content"]) for r in rows}
    assert by_cue["declined"] == ("The ministry", "to comment on the report")
    assert by_cue["likened"] == ("The senator", "the plan to a tax on the poor")
    assert by_cue["ruled"] == ("A federal judge", "the law was unconstitutional")


def test_a_signature_after_a_dash_and_an_imperative_inside_a_quotation():
    rows = quotes_of("“Hearing those words makes me afraid for the future.” ― Krystal Morales\n\n"
                     "“We will win this time, believe me.” — Ana Ruiz, 34, Leeds")
    assert [(r["speaker"], r["kind"]) for r in rows] == [("Krystal Morales", "direct"), ("Ana Ruiz", "direct")]


def test_a_paragraph_that_is_only_a_quotation_continues_the_speaker_of_the_quotation_before():
    rows = quotes_of("The mayor said: “We will rebuild the bridge.”\n\n“It will take two years.”\n\n"
                     "The council met on Friday.\n\n“Nobody asked us.”")
    speakers = {r["content"]: r["speaker"] for r in rows}
    assert speakers["It will take two years."] == "The mayor"
    assert speakers["Nobody asked us."] is None  # narration in between: no one to continue


def test_inverted_speaker_after_a_quotation_the_parser_mixed_into_and_a_but_clause_is_no_attribution():
    rows = quotes_of('"Whatever the board decides, this is not a fair way to run a school," said Rep. Helen '
                     "Marsh of Oregon, the committee's senior Democrat.\n\n"
                     "They noted her lawyer offered to testify at a closed hearing, but Brandt declined.")
    direct = next(r for r in rows if r["kind"] == "direct")
    assert direct["speaker"].startswith("Rep. Helen Marsh") and direct["actor"] != "Oregon"
    assert not any(r["cue"] == "declined" for r in rows)


def test_a_fronted_subordinate_clause_is_not_what_the_main_clause_reports():
    rows = quotes_of("But when Congress cut funding for the program, Mexico protested.\n\n"
                     "Talks failed, officials said.")
    assert not any(r["content"].startswith("But when") for r in rows)
    assert any(r["content"] == "Talks failed" and r["speaker"] == "officials" for r in rows)


def test_speakers_after_a_quotation_despite_a_second_subject_a_title_or_an_object_reading():
    rows = quotes_of('"She would be a fine judge. Fair, careful. One of the sharpest minds of the whole bar," '
                     "Sen. Laura M. Fisher (R-Iowa) said in a phone interview.\n\n"
                     "“The council’s reasons to close the library don’t convince anyone. They are simply wrong,” said "
                     "retired teacher Paul Grant.\n\n"
                     "“If the board wanted the files, they’d just ask for them — they wouldn’t need a court order,” "
                     "Rep. Mark Ellis (D-Ohio), a committee member, said on Monday.")
    direct = [r for r in rows if r["kind"] == "direct"]
    assert len(direct) == 3 and all(r["speaker"] for r in direct)
    assert "Fisher" in direct[0]["speaker"]
    assert direct[1]["actor"] == "Paul Grant"
    assert "Ellis" in direct[2]["speaker"]


def test_a_title_inside_a_sentence_is_no_quotation_even_with_the_full_stop_inside_the_marks():
    rows = quotes_of("The forum was chaired by Ana Ruiz, the host of Channel 4's \"Morning Matters.\" "
                     "The mayor said the forum went well.\n\n"
                     "The minister said: “Prices Will Fall.”")
    assert not any("Morning Matters" in r["content"] for r in rows)
    assert any(r["content"] == "the forum went well" for r in rows)
    assert any(r["content"].startswith("Prices Will Fall") and r["speaker"] == "The minister" for r in rows)


def test_a_participle_of_comparison_reports_nothing():
    rows = quotes_of("The agency expects that U.S. exports will expand by a modest 2 percent, more than one point "
                     "less than forecast in May.")
    assert [(r["cue"], r["speaker"]) for r in rows] == [("expects", "The agency")]


def test_a_lowercase_quotation_completes_the_clause_begun_after_the_verb():
    rows = quotes_of("Ortiz said the new rules used by banks and lenders “do nothing to protect savers.”\n\n"
                     "She told reporters at the rally “we will win this.”")
    rules = next(r for r in rows if "do nothing" in r["content"])
    assert rules["kind"] == "mixed" and rules["content"].startswith("the new rules")
    rally = next(r for r in rows if "we will win" in r["content"])
    assert rally["content"].startswith("we will win")


def test_a_signature_after_a_dash_and_a_no_break_space():
    rows = quotes_of("“Our town deserves better roads and safer schools.” ―\u00a0Marta B. Quiroga Sol.")
    assert rows[0]["speaker"] == "Marta B. Quiroga Sol"


def test_a_transcript_speaker_before_a_colon_but_not_a_newsroom_label():
    rows = quotes_of("UPDATE: The mayor has since resigned from her post.\n"
                     "HARRIS: We will win this election in November.")
    assert [(r["speaker"], r["content"]) for r in rows] == [("HARRIS", "We will win this election in November.")]


def test_a_gerund_after_the_preposition_of_a_verb_is_what_it_called_for():
    rows = quotes_of("The governor called for cutting the sales tax to 4 percent.\n\n"
                     "He spoke after meeting the mayor.")
    assert [(r["speaker"], r["content"]) for r in rows] == [("The governor", "cutting the sales tax to 4 percent")]


def test_a_clause_after_that_read_as_the_verbs_object_is_still_what_was_said():
    rows = quotes_of("His brother agreed, but also contended that since he is not running for office, he should "
                     "not have to give up his privacy.")
    assert any(r["cue"] == "contended" and r["content"].startswith("since he is not running") for r in rows)


def test_a_that_clause_the_parser_hung_on_the_addressee_and_a_title_with_the_name_in_apposition():
    rows = quotes_of("Rep. John Hale (R-Tex.) told The Boston Globe that Donald Trump could win the state.")
    assert [(r["speaker"], r["actor"], r["content"]) for r in rows] == [
        ("Rep. John Hale", "John Hale", "Donald Trump could win the state")]


def test_a_verb_after_but_without_a_subject_of_its_own_continues_the_reported_clause():
    rows = quotes_of("Many farmers said they had doubts about the plan, but could not afford to oppose the minister.")
    said = next(r for r in rows if r["cue"] == "said")
    assert said["content"].endswith("could not afford to oppose the minister")


def test_a_consequence_after_so_is_part_of_the_reported_argument():
    rows = quotes_of("The analyst pointed out that one storm may cause several floods, so a thousand floods do not "
                     "mean a thousand storms.")
    assert rows[0]["content"].endswith("do not mean a thousand storms")


def test_a_passive_report_with_a_by_agent():
    rows = quotes_of("The new tariff was criticized by the farmers' union.\n\nIt was backed by the mayor.")
    assert [(r["speaker"], r["cue"], r["content"]) for r in rows] == [
        ("the farmers' union", "criticized", "The new tariff")]  # a possessive apostrophe is no quotation mark


def test_a_passive_report_without_an_agent_has_no_speaker_and_two_pieces():
    text = "The ruling is expected to come before the end of the month."
    rows = quotes_of(text)
    assert [(r["speaker"], r["actor"], r["cue"]) for r in rows] == [(None, None, "expected")]
    quote = analyze(Article.from_text(text)).quote_list[0]
    assert [text[a:b] for a, b in quote.parts] == ["The ruling", "to come before the end of the month"]


def test_a_relative_that_stands_for_its_noun_phrase_and_a_predicate_noun_keeps_only_its_own_words():
    analysis = analyze(Article.from_text("It was a report that said the plant would close."))
    quote = next(q for q in analysis.quote_list if q.cue is not None and q.cue.lower_ == "said")
    assert quote.speaker.text == "that"
    assert antecedent(quote.speaker).text == "a report"


def test_a_quoted_subheading_alone_on_its_line_is_no_quotation():
    rows = quotes_of("The mayor spoke for an hour.\n\n'Roads Are Not the Problem.'\n\n"
                     "“The roads are fine,” the mayor said. “The buses are late.”")
    assert not any("Roads Are Not" in r["content"] for r in rows)
    assert any(r["speaker"] == "the mayor" for r in rows)


def test_review_findings_on_the_new_rules():
    rows = quotes_of("Smith said the deal was close, but declined to give details.\n\n"
                     "He said to reporters “we will win this.”\n\n"
                     "She told the crowd “Make Our Town Great.”\n\n"
                     "“We will win,” he said.\n\n“No Way.”\n\nThe senator was firm.")
    by_cue = {}
    for row in rows:
        by_cue.setdefault(row["cue"], []).append(row["content"])
    assert "the deal was close" in by_cue["said"]  # no dangling ", but" before another report
    assert "we will win this." in by_cue["said"]  # "to reporters" is whom it was said to
    assert by_cue["told"] == ["Make Our Town Great."]  # a capitalised quotation after the addressee is said
    assert "No Way." in by_cue["said"]  # a two-word answer alone on its line is no subheading


def test_review_findings_on_passive_reports_and_labels():
    rows = quotes_of("The company said the deal is expected to close next month.\n\n"
                     "The house was attacked by rioters overnight.\n\n"
                     "The striker was praised by his coach for his work rate.\n\n"
                     "FACT CHECK: The claim is false.")
    assert [r["cue"] for r in rows if "expected to close" in r["content"]] == ["said"]  # no speakerless copy
    assert not any(r["cue"] == "attacked" for r in rows)  # rioters attack; they do not say
    assert next(r["speaker"] for r in rows if r["cue"] == "praised") == "his coach"
    assert not any(r["speaker"] == "FACT CHECK" for r in rows)
    asked = next(r for r in quotes_of("Asked about the vote, the mayor left.") if r["cue"] == "Asked")
    assert asked["speaker"] is None and asked["content"] == "the vote"  # the mayor was asked; the asker is unnamed


@pytest.mark.parametrize("pipeline", ["sm", "toolkit"])
def test_a_statement_ends_where_another_report_or_its_setting_begins(pipeline):
    def rows(text):
        return {r["speaker"]: r for r in analyze(Article.from_text(text), nlp=pipeline).to_dict()["quotes"]}

    # a report joined by "and" with a subject of its own is a statement of its own
    joined = rows("The guide said the trail was closed, and the ranger replied that it would reopen in May.")
    assert joined["The guide"]["content"] == "the trail was closed"
    assert joined["the ranger"]["content"] == "it would reopen in May"
    # a date and a setting after the object say when and how it was said
    condemned = rows("The union condemned the layoffs on Friday in a statement.")
    assert condemned["The union"]["content"] == "the layoffs"
    # a name in apposition to a role noun belongs to the speaker phrase
    reed = rows("“We will appeal,” the team’s doctor Ana Ruiz told reporters.")
    assert reed["the team’s doctor Ana Ruiz"]["actor"] == "Ana Ruiz"


@pytest.mark.parametrize("pipeline", ["sm", "toolkit"])
def test_a_document_speaking_through_a_relative_pronoun_is_the_document(pipeline):
    rows = analyze(Article.from_text("The council adopted a resolution which condemns the coup “without reservation.”"),
                   nlp=pipeline).to_dict()["quotes"]
    assert [(r["actor"], r["source_kind"]) for r in rows if r["speaker"] == "which"] == [("the resolution", "document")]
