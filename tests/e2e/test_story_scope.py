"""Only the story feeds the tables (#28): a byline, a caption, a promo, a related link and a pull quote on an
invented page reach no actor, statement or date; the names in them stay visible in the entities table with
their paragraph's role; offsets still index the whole text."""

from __future__ import annotations

from pathlib import Path

import pytest

from toolkit import analyze, load_article
from toolkit.pipeline import load_pipeline

CLASSROOM = Path(__file__).resolve().parents[2] / "data" / "classroom" / "articles"

PAGE = """<html><head><title>Harbour strike enters third day - The Coastal Gazette</title>
<meta property="og:site_name" content="The Coastal Gazette"></head><body><article>
<h1>Harbour strike enters third day</h1>
<p>By Lina Hart, Coastal Gazette</p>
<p>PORTHAVEN — Dock workers stayed off the job on Wednesday as the strike at Porthaven harbour entered its
third day, and union leader Ana Reyes said members would not return without a contract.</p>
<p>Dock workers march past the harbour gates on Monday. (AP Photo/Tom Ek)</p>
<p>“We will not go back to work without a contract,” Reyes told reporters outside the harbour offices.</p>
<p>RELATED: Minister Paul Okoro visits Porthaven on Friday</p>
<p>Sign up for the Coastal Gazette morning briefing</p>
<p>The harbour authority said on Tuesday that talks would resume next week with a mediator.</p>
<p>We will not go back to work without a contract</p>
</article></body></html>"""


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    path = tmp_path_factory.mktemp("page") / "strike.html"
    path.write_text(PAGE, encoding="utf-8")
    return analyze(load_article(path), anchor="2024-03-06", nlp=load_pipeline("sm"))


def test_lines_around_the_story_have_their_roles(result):
    def role(start: str) -> list[str]:
        return [p.role for p in result.article.paragraphs if p.text.startswith(start)]

    assert role("Harbour strike") == ["title"] and role("By Lina Hart") == ["byline"]
    assert role("Dock workers march") == ["caption"] and role("RELATED:") == ["related"]
    assert role("Sign up") == ["promo"] and role("We will not") == ["pull_quote"]
    assert role("PORTHAVEN") == role("“We will not") == role("The harbour authority") == ["story"]


def test_nothing_outside_the_story_reaches_a_table(result):
    text = result.article.text
    outside = [(p.start, p.end) for p in result.article.paragraphs if p.role not in ("story", "title")]

    def inside(offset) -> bool:
        return any(start <= offset < end for start, end in outside)

    assert not [row for row in result.quotes.itertuples() if inside(row.content_start)]
    assert not [row for row in result.mentions.itertuples() if inside(row.start)]
    assert not [row for row in result.timexes.itertuples() if inside(row.start)]
    actors = set(result.actors["actor"])
    assert "Ana Reyes" in actors and not {"Lina Hart", "Tom Ek", "Paul Okoro"} & actors
    # one statement from the story's quotation, none from its repetition as a pull quote
    assert sum(c.startswith("We will not go back") for c in result.quotes["content"]) == 1
    assert text[result.quotes["content_start"].iloc[0]:result.quotes["content_end"].iloc[0]] == \
        result.quotes["content"].iloc[0]


def test_names_left_out_stay_visible_with_the_reason(result):
    left = result.entities[result.entities["text"].isin(["Lina Hart", "Paul Okoro"])]
    assert set(left["paragraph_role"]) == {"byline", "related"} and left["actor"].isna().all()
    dateline = result.entities[result.entities["text"] == "PORTHAVEN"]
    assert (dateline["paragraph_role"] == "dateline").all()
    assert result.article.title == "Harbour strike enters third day"
    assert result.article.author == "Lina Hart"


LINKS = """<html><body><article><h1>Sections</h1>
<p>World</p><p>Business</p><p>Sport</p><p>Culture</p><p>Opinion</p><p>Newsletters</p><p>Podcasts</p>
<p>Follow the Gazette on Facebook and Instagram.</p><p>Read today's paper.</p></article></body></html>"""


def test_a_page_of_link_labels_is_reported_not_analysed(tmp_path):
    path = tmp_path / "sections.html"
    path.write_text(LINKS, encoding="utf-8")
    result = analyze(load_article(path), nlp=load_pipeline("sm"))
    assert any(problem.startswith("not an article") for problem in result.problems)
    assert all(table.empty for table in result.tables.values())


def test_the_explorer_greys_what_is_not_the_story(result):
    from toolkit import explore

    html = explore(result).html
    assert html.count('class="toolkit-aside"') == 5  # byline, caption, related, promo, pull quote
    assert "byline: not the story, no table reads it" in html and "not the story (a byline" in html
    assert 'class="toolkit-aside"' not in explore(analyze("Talks resumed on Monday.", nlp="blank:en")).html


WIRE = """<html><head><title>Teachers rally - Gazette</title></head><body><article>
<p>{opening} The state attorney general is investigating the harbour company over its pay practices, the
Coastal Gazette reported on Tuesday. Union president Ana Reyes said the inquiry was overdue.</p>
<p>The governor's office said on Wednesday that talks would continue next month with the union leaders. PTI</p>
</article></body></html>"""


@pytest.mark.parametrize(("opening", "place"), [
    ("Indianapolis –", "Indianapolis"), ("NEW DELHI:", "NEW DELHI"), ("COLUMBIA, S.C. (AP) —", "S.C."),
    ("Washington, DC, United States:", "United States"), ("(Reuters) —", "Reuters")])
def test_a_dateline_and_a_closing_credit_reach_no_table(tmp_path, opening, place):
    path = tmp_path / "wire.html"
    path.write_text(WIRE.format(opening=opening), encoding="utf-8")
    result = analyze(load_article(path), anchor="2024-03-06", nlp=load_pipeline("sm"))
    text = result.article.text
    assert place not in set(result.mentions["text"]) and "PTI" not in set(result.mentions["text"])
    left = result.entities[result.entities["text"].isin([place, "PTI"])]
    assert set(left["paragraph_role"]) <= {"dateline", "byline"} and left["actor"].isna().all()
    # a statement starts after the dateline, and its offsets still index the text
    first = result.quotes.sort_values("content_start").iloc[0]
    assert text[first.content_start:first.content_end] == first.content
    assert first.content.startswith("The state attorney general") or opening == "NEW DELHI:"  # not found there
    assert "Ana Reyes" in set(result.actors["actor"])


@pytest.mark.parametrize("pipeline", ["sm", "toolkit"])
def test_a_name_only_a_line_left_out_gives_never_names_the_actor(pipeline):
    """The classroom's wire story opens "QUILLERBY, March 10 (Tidewire) -": the dateline's capitals named the town
    the story calls "Quillerby" (the actor was "QUILLERBY", its aliases ["Quillerby"]). The actor takes the name
    the story uses, and the dateline's name stays in the entities table with its reason."""
    result = analyze(load_article(CLASSROOM / "wire_hospital_nights.txt"), nlp=load_pipeline(pipeline))
    town = result.actors[result.actors["aliases"].map(lambda aliases: "Quillerby" in aliases)]
    assert list(town["actor"]) == ["Quillerby"]
    assert "QUILLERBY" not in set(result.mentions["actor"]) | set(result.quotes["actor"].dropna())
    dateline = result.entities[result.entities["text"] == "QUILLERBY"]
    assert set(dateline["paragraph_role"]) <= {"dateline"} and dateline["actor"].isna().all()


def test_a_name_before_a_dash_is_no_dateline():
    text = ("Ana Reyes – the union's president – said on Tuesday that the pay offer was not enough.\n\n"
            "The governor's office said talks would continue.")
    result = analyze(text, anchor="2024-03-06", nlp=load_pipeline("sm"))
    assert "Ana Reyes" in set(result.mentions["text"])


@pytest.mark.parametrize(("opening", "dateline"), [
    ("HARLOW:", True), ("Harlow, Essex:", True), ("Harlow –", True), ("Harlow:", False)])
def test_before_a_colon_a_place_is_a_dateline_only_in_capitals_or_with_its_region(opening, dateline):
    # "Politifact: Trump is right" names a source, whatever the parser takes the name for
    import spacy
    from spacy.tokens import Span

    from toolkit import Article
    from toolkit.analysis.scope import Scope

    text = f"{opening} The council said the plan would go ahead."
    doc = spacy.blank("en")(text)
    doc.ents = [Span(doc, i, i + 1, label="GPE") for i, t in enumerate(doc) if t.text in ("HARLOW", "Harlow", "Essex")]
    scope = Scope(Article.from_text(text), doc)
    assert (scope.role_at(0) == "dateline") is dateline
    assert scope.role_at(text.index("council")) == "story"


def test_closing_credits_are_no_author_and_reach_no_table(tmp_path):
    path = tmp_path / "credits.html"
    path.write_text("<html><body><article><p>The harbour authority said on Tuesday that talks would resume next "
                    "week with a mediator, after the strike entered its third day.</p><p>(Reporting by Mara Quill "
                    "and Teo Vance; Editing by Paul Okoro)</p></article></body></html>", encoding="utf-8")
    result = analyze(load_article(path), anchor="2024-03-06", nlp=load_pipeline("sm"))
    assert result.article.authors == () and result.article.paragraphs[-1].role == "byline"
    assert not {"Mara Quill", "Teo Vance", "Paul Okoro"} & set(result.actors["actor"])
