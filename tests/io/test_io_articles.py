"""toolkit.io.articles: the Article, its paragraphs with exact offsets, its metadata and dates, and
load_article for each format (offsets index the text as loaded, or as rendered for Markdown and HTML)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from toolkit.errors import (
    EmptyArticleError,
    InvalidDateError,
    InvalidMetadataError,
    MissingTextError,
    UnsupportedFormatError,
)
from toolkit.io.articles import Article, load_article, parse_date, split_paragraphs, text_id


def test_paragraphs_are_blocks_between_blank_lines_with_offsets_into_the_text():
    text = "Flood in Kessel\r\n\r\n  The river rose.\r\nThe dam held.  \r\n\r\nVarga spoke."
    article = Article.from_text(text)
    assert [(p.index, p.text) for p in article.paragraphs] == [
        (0, "Flood in Kessel"), (1, "The river rose.\r\nThe dam held."), (2, "Varga spoke.")]
    assert all(text[p.start:p.end] == p.text for p in article.paragraphs)  # CRLF kept, offsets exact
    assert article.paragraph_at(text.index("dam")).index == 1
    assert article.paragraph_at(text.index("\r\n\r\n")) is None  # between paragraphs


def test_one_paragraph_per_line_when_no_line_is_blank():
    assert [p.text for p in split_paragraphs("Varga won.\nBrandt lost.\r\nNovak abstained.")] == [
        "Varga won.", "Brandt lost.", "Novak abstained."]


def test_metadata_from_keywords_with_the_date_parsed_and_extra_fields_kept():
    article = Article.from_text("Varga won.", title="Vote", published="2024-03-05T09:30:00Z", desk="politics")
    assert (article.title, article.published, article.published_source) == ("Vote", date(2024, 3, 5), "argument")
    assert article.extra == {"desk": "politics"}
    assert article.id == text_id("Varga won.") and len(article.id) == 16
    assert Article.from_text("Varga won.").published_source is None  # no date stated, none guessed


def test_parse_date_forms_and_refusals():
    assert parse_date("2024-03-05") == parse_date("Tue, 05 Mar 2024 09:30:00 GMT") == date(2024, 3, 5)
    assert parse_date("") is None
    with pytest.raises(InvalidDateError, match="not a valid date"):
        parse_date("2024-02-30")
    with pytest.raises(InvalidDateError, match="not int"):
        parse_date(20240305)


def test_an_empty_text_is_refused():
    with pytest.raises(EmptyArticleError):
        Article.from_text(" \n\t ")


def test_a_json_article_and_a_sidecar(write):
    article = load_article(write("vote.json", json.dumps({"text": "Varga won.", "published": "2024-03-05",
                                                          "title": "Vote", "desk": "politics"})))
    assert (article.id, article.text, article.published_source, article.extra) == (
        "vote", "Varga won.", "json", {"desk": "politics"})
    write("flood.meta.json", json.dumps({"published": "2024-03-04", "source": "Kessel Courier"}))
    flood = load_article(write("flood.txt", "The river rose."), title="Flood")
    assert (flood.published, flood.published_source, flood.source, flood.title) == (
        date(2024, 3, 4), "sidecar", "Kessel Courier", "Flood")
    with pytest.raises(MissingTextError):
        load_article(write("broken.json", json.dumps({"title": "No text"})))


def test_authors_are_a_list_whichever_way_they_are_given(write):
    listed = load_article(write("vote.json", json.dumps({"text": "Varga won.", "authors": ["Ana Reyes", "Tom Ek"]})))
    assert (listed.authors, listed.author) == (("Ana Reyes", "Tom Ek"), "Ana Reyes, Tom Ek")
    assert listed.metadata()["authors"] == ["Ana Reyes", "Tom Ek"]
    # a string of several names gives each; a later layer replaces the authors, whichever key it uses
    write("flood.meta.json", json.dumps({"authors": ["Li Wen"]}))
    assert load_article(write("flood.txt", "The river rose."), author="Ana Reyes & Tom Ek").authors == (
        "Ana Reyes", "Tom Ek")
    assert load_article(write("flood.txt", "The river rose.")).authors == ("Li Wen",)
    assert Article.from_text("Varga won.").authors == () and Article.from_text("Varga won.").author is None
    with pytest.raises(InvalidMetadataError, match="authors must be a string or a list of strings"):
        Article.from_text("Varga won.", authors=[1, 2])


def test_markdown_offsets_index_the_rendered_text(write):
    article = load_article(write("flood.md", "# Flood in Kessel\n\nThe **river** rose.\n"))
    assert (article.text, article.title) == ("Flood in Kessel\n\nThe river rose.", "Flood in Kessel")
    assert [(p.start, p.end) for p in article.paragraphs] == [(0, 15), (17, 32)]


def test_a_byte_order_mark_is_dropped_and_other_files_are_refused(write):
    article = load_article(write("bom.txt", "\ufeffVarga won.\r\n"))
    assert (article.text, article.encoding) == ("Varga won.\r\n", "utf-8-sig")
    with pytest.raises(UnsupportedFormatError, match=r"'\.docx'"):
        load_article(write("report.docx", "Varga won."))
