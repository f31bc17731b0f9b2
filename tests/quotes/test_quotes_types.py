"""Attribution types, the statements view and the evidence of each row (toolkit.quotes.types, the link stage's
``speaker_link``), on sentences written for the project, through :func:`toolkit.analyze` on both pipelines."""

from __future__ import annotations

import pytest

from toolkit import analyze
from toolkit.analysis import stance_matrix
from toolkit.quotes import ATTRIBUTION_TYPES

PIPELINES = ["sm", "toolkit"]


def row_of(result, content_start: str):
    rows = result.quotes[result.quotes["content"].str.startswith(content_start)]
    assert len(rows) == 1, result.quotes[["speaker", "cue", "content"]]
    return rows.iloc[0]


@pytest.mark.parametrize("pipeline", PIPELINES)
@pytest.mark.parametrize(("text", "content", "kind"), [
    ("Mayor Ines Ortolan said on Monday that the bridge would reopen in May.", "the bridge", "speech"),
    ("Ines Ortolan wrote in a letter that the bridge would reopen in May.", "the bridge", "writing"),
    ("Ines Ortolan tweeted that the bridge would reopen in May.", "the bridge", "writing"),
    ("Ines Ortolan believes that the bridge will reopen in May.", "the bridge", "thought"),
    ("Ines Ortolan wants to reopen the bridge in May.", "to reopen", "intention"),
    ("The Kessel council agreed to reopen the bridge in May.", "to reopen", "intention"),
    ("New figures showed that traffic on the bridge had doubled.", "traffic", "evidence"),
    ("Tests found that the cables of the bridge had rusted.", "the cables", "evidence"),
    ("Traffic on the bridge doubled last year, according to figures from the council.", "Traffic", "evidence"),
    ("Ines Ortolan vowed to reopen the bridge in May.", "to reopen", "speech"),
    ("Prosecutors revealed that the suspect had fled to Kessel.", "the suspect", "speech"),
    ("The scan revealed that the cables had rusted.", "the cables", "evidence"),
    ("According to the findings, the river is polluted.", "the river", "evidence"),
    ("The mayor is also encouraging citizens to ask for a new bridge.", "a new bridge", "intention"),
], ids=["said", "wrote-in-a-letter", "tweeted", "believes", "wants", "agreed-to", "figures-showed",
        "tests-found", "according-to-figures", "vowed-to", "a-report-as-an-infinitive", "prosecutors-revealed",
        "the-scan-revealed", "according-to-findings"])
def test_every_attribution_has_a_type(pipeline, text, content, kind):
    row = row_of(analyze(text, nlp=pipeline), content)
    assert row["attribution_type"] == kind and kind in ATTRIBUTION_TYPES


@pytest.mark.parametrize("pipeline", PIPELINES)
def test_statements_are_the_speech_and_writing_that_state_something(pipeline):
    text = ("Mayor Ines Ortolan said the bridge would reopen in May. Critics believe the repairs will take longer. "
            "The Kessel council declined to comment. New figures showed that traffic had doubled. "
            "Ortolan defended the plan. “We will not wait any longer,” Ortolan said.")
    result = analyze(text, nlp=pipeline)
    statements = result.statements
    assert list(statements["content"]) == ["the bridge would reopen in May", "We will not wait any longer,"]
    # every statement points to its row in quotes, and the other rows say why they are not statements
    for row in statements.itertuples():
        assert result.quotes.loc[row.quote_id, "content"] == row.content
    left_out = result.quotes[result.quotes["why_not_statement"].notna()]
    assert set(left_out["why_not_statement"]) == {"a thought", "an intention", "evidence",
                                                  "states nothing: a noun phrase"}
    assert "why_not_statement" not in statements.columns


@pytest.mark.parametrize("pipeline", PIPELINES)
def test_a_document_that_speaks_is_a_statement_and_an_agentless_passive_is_not(pipeline):
    text = ("The report says the dam is safe. The Kessel council adopted a resolution condemning the closure. "
            "It was announced that the dam will hold.")
    result = analyze(text, nlp=pipeline)
    assert "the dam is safe" in list(result.statements["content"])
    assert (result.statements["source_kind"] == "document").any()
    passive = result.quotes[result.quotes["layout"] == "agentless passive"]
    assert len(passive) and set(passive["why_not_statement"]) == {"no source: an agentless passive"}


@pytest.mark.parametrize("pipeline", PIPELINES)
def test_each_row_says_how_it_was_found_and_linked(pipeline):
    text = ("Ines Ortolan, the mayor of Kessel, said the bridge would reopen in May. "
            "She added that the repairs had cost too much. Ortolan said the council would pay. "
            "“The river is rising,” the mayor said.")
    result = analyze(text, nlp=pipeline)
    rows = result.statements.set_index("content")
    assert rows.loc["the bridge would reopen in May", "speaker_link"] == "name"
    assert rows.loc["the bridge would reopen in May", "cue_entry"] == "say"
    assert rows.loc["the bridge would reopen in May", "layout"] == "reported clause"
    assert rows.loc["the repairs had cost too much", "speaker_link"] == "pronoun"
    assert rows.loc["the repairs had cost too much", "cue_entry"] == "add"
    assert rows.loc["the council would pay", "speaker_link"] == "alias"
    assert rows.loc["The river is rising,", "layout"] == "quotation and verb"
    named = rows.loc[["the bridge would reopen in May", "the repairs had cost too much", "the council would pay"]]
    assert set(named["actor"]) == {"Ines Ortolan"}


def test_a_quotation_continued_after_adding_is_one_statement():
    text = "“Prices are high,” Ines Ortolan said, adding, “the bridge will not reopen before May.”"
    result = analyze(text, nlp="sm")
    assert len(result.statements) == 1
    row = result.statements.iloc[0]
    assert row["content"].startswith("Prices are high") and row["content"].endswith("before May.")


def test_the_stance_matrix_counts_statements_unless_asked_for_every_type():
    text = ("Ines Ortolan condemned Tomas Brandt on Monday. "
            "Anna Weber thinks Tomas Brandt is a disgrace.")
    result = analyze(text, nlp="sm")
    claims = result.claims
    assert {"speech", "thought"} <= set(claims["attribution_type"])
    everyone = stance_matrix(claims, types=None)
    statements_only = stance_matrix(claims)
    assert "Anna Weber" in everyone.index and "Anna Weber" not in statements_only.index
    assert "Ines Ortolan" in statements_only.index


def test_statements_are_written_as_a_table_of_their_own(tmp_path):
    result = analyze("Ines Ortolan said the bridge would reopen in May. Brandt hopes it will.", nlp="sm")
    written = {path.name for path in result.to_csv(tmp_path)}
    assert {"quotes.csv", "statements.csv"} <= written
    assert len(result.to_dict()["statements"]) == 1 and len(result.to_dict()["quotes"]) == 2


@pytest.mark.parametrize("pipeline", PIPELINES)
@pytest.mark.parametrize(("text", "content", "statement"), [
    ("The league condemned the move announced on Monday by the council.", "the move", False),
    ("The mayor asked the minister about concerns he might have had.", "concerns", False),
    ("Ortolan accused the council of hiding the figures.", "the council of hiding", True),
    ("Ortolan described the video as a cheap satire.", "the video as", True),
    ("Ortolan called the budget a disgrace.", "the budget a disgrace", True),
    ("Hackers attack Kessel Council website.", "Kessel Council website", False),
    ("Kessel reaffirmed its full support for the farmers.", "its full support", True),
    ("The union called for an inquiry into the flooding.", "an inquiry", True),
    ("The Kessel Council warned of a long drought.", "a long drought", True),
    ("Police confirmed the arrest of a 24-year-old man.", "the arrest", True),
], ids=["noun-with-a-participle", "asked-about", "accused-of", "described-as", "called-x-y", "headline-object",
        "support-for", "called-for", "warned-of", "confirmed-the-arrest"])
def test_a_noun_phrase_alone_is_no_statement_but_a_predicate_makes_one(pipeline, text, content, statement):
    result = analyze(text, nlp=pipeline)
    if not statement:  # left out of the statements, whether the quote was found at all or not
        assert not result.statements["content"].str.startswith(content).any()
        return
    row = row_of(result, content)
    assert row["why_not_statement"] is None, row["why_not_statement"]


def test_a_document_an_actor_issues_speaks_for_that_actor():
    text = ("The Kessel Electoral Commission, which regulates campaign finances, issued a statement warning that "
            "voters are entitled to transparency. The report says the dam is safe.")
    rows = analyze(text, nlp="sm").statements.set_index("content")
    issued = rows.loc["voters are entitled to transparency"]
    assert (issued["actor"], issued["source_kind"], issued["speaker_link"]) == \
        ("Kessel Electoral Commission", "actor", "issuer")
    assert rows.loc["the dam is safe", "source_kind"] == "document"
    dismissed = analyze("Mayor Tomas Brandt dismissed a report saying the dam was unsafe.", nlp="sm").statements
    assert list(dismissed["source_kind"]) == ["document"]  # the report's words, not the mayor's


@pytest.mark.parametrize("pipeline", PIPELINES)
def test_a_report_inside_another_statement_counts_once_for_the_outer_speaker(pipeline):
    text = ("Ines Ortolan said she first heard of the delay in August, after Kessel Radio reported the bridge had "
            "closed.")
    result = analyze(text, nlp=pipeline)
    assert len(result.statements) == 1 and result.statements["actor"].iloc[0].endswith("Ortolan")
    inner = result.quotes[result.quotes["content"] == "the bridge had closed"]
    assert list(inner["why_not_statement"]) == ["inside another statement"]
