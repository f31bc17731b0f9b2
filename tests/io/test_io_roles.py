"""Paragraph roles (toolkit.io.roles): the story's own paragraphs apart from the lines around it, on small
invented texts and pages."""

from __future__ import annotations

import pytest

from toolkit import Article
from toolkit.io.articles import split_paragraphs
from toolkit.io.roles import paragraph_roles
from toolkit.io.webpage import extract


def roles(text: str, title: str | None = None) -> list[tuple[str, str]]:
    paragraphs = split_paragraphs(text)
    return [(p.text[:12], role) for p, role in zip(paragraphs, paragraph_roles(paragraphs, title), strict=True)]


@pytest.mark.parametrize(("line", "role"), [
    ("By MARA QUILL and TEO VANCE, Associated Press", "byline"),
    ("Lina Hart, Gazette diplomatic correspondent", "byline"),
    ("PTI", "byline"),
    ("(Reporting by Mara Quill, Teo Vance and Li Wen in Port Ellery, with additional reporting by Ana Reyes; "
     "Editing by Tom Ek and Paul Okoro)", "byline"),
    ("Contributing: Ana Reyes, Coastal Gazette", "byline"),
    ("Email Ana Reyes at areyes@example.com or follow her @anareyes. Follow us on Facebook.", "promo"),
    ("Follow the Gazette's full coverage of the strike at https://example.com/strike", "promo"),
    ("Write to Ana Reyes at ana.reyes@example.com", "promo"),
    ("Reach the reporters on Twitter at https://twitter.com/anareyes", "promo"),
    ("Listen to Harbour Hour live at 12:45 on weekdays - or listen back here.", "promo"),
    ("More Gazette sport: https://example.com/sport", "promo"),
    ("Dock workers vote to end the strike [VIDEO]", "related"),
    ("Ferry fares rise again [INSIGHT]|\nPort chief: we make the final decision [REACTION]", "related"),
    ("Harbour Watch: The Port Is Open for Business in Winter", "related"),
    ("SOURCE: Coastal Gazette", "byline"),
    ("For non-personal use or to order multiple copies, please contact Gazette Reprints.", "boilerplate"),
    ("RELATED: Harbour vote delayed again", "related"),
    ("(Graphic: Harbour traffic in 2023 - here)", "related"),
    ("Sign up for our morning briefing", "promo"),
    ("Follow the Gazette on Facebook and Instagram.", "promo"),
    ("Dock workers march on Monday. (AP Photo/Ana Reyes)", "caption"),
    ("© 2024 The Coastal Gazette. All rights reserved.", "boilerplate"),
    ("Editor's note: this story has been updated.", "boilerplate"),
    ("___", "boilerplate"),
])
def test_lines_around_the_story(line, role):
    text = f"The harbour strike entered its third day on Monday.\n\n{line}\n\nTalks resume on Friday, the union said."
    assert roles(text)[1] == (line[:12], role)


def test_story_sentences_stay_story():
    text = ("By the end of the week, the union said, the port could reopen.\n\n"
            "Follow-up talks are planned for Monday.\n\n"
            "Editing by hand was how the union kept its records before 1990, Reyes said.\n\n"
            "Reyes said members would sign up for the new shifts if the port reopened on time and the pay rose.\n\n"
            "Q: What Will You Do Next?\n\nA: Trip to Harbour World\n\n[CNET]\n\n"
            "We are going to win this state and we are going to win it big [APPLAUSE]")
    assert [role for _, role in roles(text)] == ["story"] * 8


def test_a_repeated_quote_and_a_heading_in_plain_text():
    quote = "We will not go back to work without a contract"
    text = (f"The strike entered its third day. “{quote},” Reyes said on Monday.\n\n{quote}\n\n"
            "What Comes Next\n\nTalks resume on Friday in the port offices, the ministry said.")
    assert [role for _, role in roles(text)] == ["story", "pull_quote", "section_head", "story"]


def test_the_headline_repeated_in_the_text_is_the_title():
    assert roles("Harbour strike ends\n\nThe strike ended on Monday.", title="Harbour strike ends")[0][1] == "title"


def test_a_pages_headings_come_from_its_markup():
    story = "<p>The council met for four hours on {} and passed the budget after a long debate.</p>"
    page = extract(f"<html><body><article>{story.format('Monday')}<h2>What the budget funds</h2>"
                   f"{story.format('Tuesday')}<p>US FALLS</p>{story.format('Friday')}</article></body></html>")
    article = Article.from_text(page.text, blocks=page.blocks)
    assert [p.role for p in article.paragraphs] == ["story", "section_head", "story", "section_head", "story"]


def test_an_embedded_post_and_its_credit_line():
    text = ("Readers mocked the slogan online.\n\n"
            "Don't worry, Port Ellery, no one will take your slogan. https://t.co/AbC123\n\n"
            "— Mara Quill (@maraquill) March 4, 2024\n\n"
            "The council defended the campaign on Tuesday.")
    assert [role for _, role in roles(text)] == ["story", "embed", "embed", "story"]
    # a story paragraph before the credit, neither a quotation block nor ending with a link, stays story
    plain = "Readers mocked the slogan online.\n\nA post shared by Port Ellery (@portellery) on Mar 4, 2024"
    assert [role for _, role in roles(plain)] == ["story", "embed"]
    # a dash that opens a sentence is no credit
    assert roles("— and then, Reyes said, the port closed (@ noon) for good.")[0][1] == "story"


def test_a_list_of_one_short_item_between_paragraphs_is_a_subhead():
    story = "<p>The council met for four hours on {} and passed the budget after a long debate.</p>"
    page = extract(f"<html><body><article>{story.format('Monday')}<ol><li>“Not now”</li></ol>"
                   f"{story.format('Tuesday')}<ul><li>Schools first</li><li>Roads next</li></ul>"
                   f"{story.format('Friday')}</article></body></html>")
    article = Article.from_text(page.text, blocks=page.blocks)
    assert [p.role for p in article.paragraphs] == ["story", "section_head", "story", "story", "story", "story"]
