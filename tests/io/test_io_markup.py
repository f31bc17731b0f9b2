"""toolkit.io.mdtext and toolkit.io.webpage: Markdown and saved web pages to plain text, one paragraph per
block, with what the page states about itself."""

from __future__ import annotations

import pytest

from toolkit.io.mdtext import render
from toolkit.io.webpage import ExtractionOptions, NoMainTextError, extract

MARKDOWN = """# Flood in Kessel

The **river** rose _fast_ and [officials](https://example.test/x) said
the dam held. ![A flooded street](street.jpg)

<div class="ad">Buy sandbags now</div>

- sandbags
- boats

## Later

Varga: `all clear`
"""

PAGE = """<html lang="en"><head><title>Flood in Kessel | Kessel Courier</title>
<meta property="og:site_name" content="Kessel Courier"><meta property="og:title" content="Flood in Kessel">
<meta name="author" content="Ilse Novak">
<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-03-05"}</script>
</head><body><nav><a href="/">Home</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav>
<article><h1>Flood in Kessel</h1>
<p>The river rose two metres on <time datetime="2024-03-04">Monday</time>, and the   dam held.</p>
<p>Mayor Lena Varga said the town would rebuild the bridge before winter, and thanked the volunteers who
filled sandbags all night.</p>
<p>Farmers downstream lost their winter wheat.<br>Insurers will assess the damage next week.</p>
</article><footer>Copyright Kessel Courier</footer></body></html>"""


def test_markdown_blocks_become_paragraphs_without_markup():
    rendered = render(MARKDOWN)
    assert rendered.text.split("\n\n") == [
        "Flood in Kessel",
        "The river rose fast and officials said\nthe dam held. A flooded street",  # a soft break stays a break
        "sandbags", "boats", "Later", "Varga: all clear"]  # the raw HTML block is dropped
    assert rendered.title == "Flood in Kessel"


def test_a_markdown_title_only_when_the_text_opens_with_a_level_one_heading():
    assert render("Intro line.\n\n# Not the title").title is None
    assert render("## A subheading\n\nText.").title is None


def test_the_story_of_a_page_without_its_menus_one_paragraph_per_block():
    page = extract(PAGE)
    assert page.text.split("\n\n") == [
        "Flood in Kessel",
        "The river rose two metres on Monday, and the dam held.",  # the <time> keeps its word
        "Mayor Lena Varga said the town would rebuild the bridge before winter, and thanked the volunteers who "
        "filled sandbags all night.",
        "Farmers downstream lost their winter wheat.\nInsurers will assess the damage next week."]  # <br>


def test_what_a_page_states_about_itself():
    assert extract(PAGE).metadata == {"title": "Flood in Kessel", "authors": ["Ilse Novak"],
                                      "source": "Kessel Courier", "published": "2024-03-05", "language": "en"}


def test_a_page_with_no_text_is_an_error():
    for html in ("<html><body></body></html>", "<html><body><script>var kessel = 1;</script></body></html>"):
        with pytest.raises(NoMainTextError):
            extract(html)
    with pytest.raises(ValueError, match="exclude each other"):
        ExtractionOptions(favor_precision=True, favor_recall=True)


def test_a_page_of_only_navigation_is_an_error():
    with pytest.raises(NoMainTextError):
        extract('<html><body><nav><ul><li><a href="/">Home</a></li><li><a href="/sport">Sport</a></li>'
                '<li><a href="/weather">Weather</a></li></ul></nav></body></html>')
