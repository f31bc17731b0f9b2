"""Statements exported to brat standoff, corrected by a reader, read back and scored (notebook 06's method)."""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit import Article, analyze, load_article
from toolkit.analysis.export import ANNOTATION_CONF, quotes_to_brat, read_brat, write_brat
from toolkit.errors import InvalidAnnotationError
from toolkit.evaluation.statements import score_statements

STORY = ("“The pier is not safe,” harbour engineer Lena Brandt said on Monday.\n"
         "The council's chair, Omar Haddad, said that repairs would begin in June.\n"
         "Fishermen say the closure has already cost them a season.")


@pytest.fixture(scope="module")
def sample(sample_path):
    return analyze(load_article(sample_path))


@pytest.fixture(scope="module")
def story():
    return analyze(Article.from_text(STORY, id="pier"))


def test_export_and_read_back_gives_the_same_statements(sample):
    back = read_brat(quotes_to_brat(sample), sample.article.text)
    columns = ["content", "content_start", "content_end", "speaker", "speaker_start", "actor", "cue", "kind"]
    expected = sample.statements[columns].astype(object).where(sample.statements[columns].notna(), None)
    got = back[columns].astype(object).where(back[columns].notna(), None)
    assert got.to_dict("records") == expected.to_dict("records")


def test_every_span_line_quotes_the_text_at_its_offsets(story):
    text = story.article.text
    for line in quotes_to_brat(story).splitlines():
        if line.startswith("T"):
            _, kind_and_offsets, covered = line.split("\t")
            kind, start, end = kind_and_offsets.split(" ")
            assert kind in ("Content", "Speaker", "Cue") and text[int(start):int(end)] == covered


def test_write_brat_writes_the_text_the_annotations_and_the_configuration(story, tmp_path):
    ann = write_brat(story, tmp_path)
    assert ann.name == "pier.ann" and (tmp_path / "pier.txt").read_text(encoding="utf-8") == STORY
    assert (tmp_path / "annotation.conf").read_text(encoding="utf-8") == ANNOTATION_CONF
    assert len(read_brat(ann, STORY)) == len(story.statements)


def test_corrections_change_the_scores_the_way_a_reader_expects(story):
    ann = quotes_to_brat(story)
    machine = read_brat(ann, STORY)
    assert score_statements(machine, story.statements)["statements"].f1 == 1.0
    # the reader removes one statement and gives another a different source
    first = machine.index[0]
    removed = machine.drop(index=first)
    corrected = removed.assign(actor=removed["actor"].where(removed.index != removed.index[0], "someone else"))
    scores = score_statements(corrected, story.statements)
    statements, linked = scores["statements"], scores["speaker_actor"]
    assert (statements.gold, statements.system, statements.matched) == (len(machine) - 1, len(machine),
                                                                      len(machine) - 1)
    assert statements.recall == 1.0 and statements.precision < 1.0
    assert linked.correct == linked.matched - 1
    assert [(e["gold"], e["found"]) for e in linked.errors] == [("someone else", removed["actor"].iloc[0])]


def test_a_statement_the_machine_missed_lowers_recall_not_precision(story):
    gold = read_brat(quotes_to_brat(story), STORY)
    start = STORY.index("the closure")
    missed = pd.DataFrame([{"content": STORY[start:-1], "content_start": start, "content_end": len(STORY) - 1,
                            "actor": None}])
    machine = story.statements[~story.statements["content"].str.contains("closure")]
    scores = score_statements(pd.concat([gold, missed], ignore_index=True), machine)["statements"]
    assert scores.precision == 1.0 and scores.recall < 1.0


def test_a_span_across_a_line_break_is_written_as_fragments_and_read_back_whole():
    from toolkit.analysis.export import span_line

    text = "He said the plan\nwould change soon."
    line = span_line("T1", "Content", text, 12, 29)
    assert line == "T1\tContent 12 16;17 29\tplan would change"
    back = read_brat(line + "\n", text)
    assert (back.loc[0, "content_start"], back.loc[0, "content_end"]) == (12, 29)


@pytest.mark.parametrize("line", ["T1\tContent 5\tx", "T1\tContent 0 4\tnope", "T1\tContent 0 999\tThe",
                                  "R1\tSaid Arg1:T9", "T1\tContent a b\tThe ", "T1\tContnet 0 3\tThe"])
def test_a_broken_annotation_line_is_a_typed_error_naming_the_line(line):
    with pytest.raises(InvalidAnnotationError, match="line 1"):
        read_brat(line + "\n", "The pier is not safe.")


def test_a_relation_to_an_unknown_span_is_a_typed_error():
    with pytest.raises(InvalidAnnotationError, match="unknown span"):
        read_brat("T1\tContent 4 8\tpier\nR1\tSaid Arg1:T7 Arg2:T1\n", "The pier is not safe.")


def test_a_duplicate_id_is_a_typed_error_and_a_byte_order_mark_is_not_a_problem():
    with pytest.raises(InvalidAnnotationError, match=r"line 2.*defined twice"):
        read_brat("T1\tContent 0 3\tThe\nT1\tContent 4 8\tpier\n", "The pier is not safe.")
    assert len(read_brat("\ufeffT1\tContent 4 8\tpier\r\n", "The pier is not safe.")) == 1


@pytest.mark.parametrize("text", ['The mayor said\tthe budget was "balanced\tand fair," the mayor said.',
                                  "“We have no money.\r\n\r\nAnd nobody will lend us any,” the mayor said.",
                                  "“We have no money.\u2028And nobody will lend,” the mayor said.",
                                  "“We have no money.\x85And nobody will lend,” the mayor said."])
def test_tabs_and_every_kind_of_line_break_inside_a_statement_round_trip(text):
    result = analyze(Article.from_text(text))
    back = read_brat(quotes_to_brat(result), result.article.text)
    assert len(result.statements) and back[["content_start", "content_end"]].values.tolist() == \
        sorted(result.statements[["content_start", "content_end"]].values.tolist())


def test_score_statements_reads_pandas_missing_values():
    gold = pd.DataFrame({"content_start": [0], "content_end": [10], "actor": pd.array(["Ana"], dtype="string")})
    found = pd.DataFrame({"content_start": [0], "content_end": [10], "actor": pd.array([pd.NA], dtype="string")})
    assert score_statements(gold, found)["speaker_actor"].accuracy == 0.0
