"""Loading single articles: formats, metadata, paragraphs with exact offsets, encodings."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toolkit import Article, analyze, load_article
from toolkit.errors import LegacyEncodingWarning

NEWS = ("Talks between the two delegations resumed in Geneva on Tuesday.\n"
        "\u201cWe are hopeful,\u201d the envoy said.\n"
        "A vote is expected next week.")


def assert_offsets_round_trip(article: Article) -> None:
    for paragraph in article.paragraphs:
        assert article.text[paragraph.start:paragraph.end] == paragraph.text
        assert paragraph.text == paragraph.text.strip()


def test_sample_loads_byte_for_byte(sample_path, sample_text):
    article = load_article(sample_path)
    assert article.text == sample_text
    assert article.text.encode("utf-8") == sample_path.read_bytes()
    assert article.id == "000_a0b5b4455e1f7479"
    assert article.published is None  # the sample states no date; none is invented
    assert article.title is None
    assert article.language == "en"
    assert article.encoding == "utf-8"


def test_sample_paragraphs_are_its_lines(sample_path, sample_text):
    article = load_article(sample_path)
    assert [p.text for p in article.paragraphs] == sample_text.split("\n")
    assert len(article.paragraphs) == 12
    assert_offsets_round_trip(article)


def test_sample_is_the_shared_file_byte_for_byte(sample_path, shared):
    assert sample_path.read_bytes() == (shared / "sample" / sample_path.name).read_bytes()


def test_txt_with_sidecar_metadata(write):
    path = write("story.txt", NEWS)
    write("story.meta.json", json.dumps({"title": "Talks resume", "published": "2021-03-02",
                                         "source": "Wire", "desk": "world"}))
    article = load_article(path)
    assert article.title == "Talks resume"
    assert article.published == date(2021, 3, 2)
    assert article.source == "Wire"
    assert article.extra == {"desk": "world"}
    assert article.path == path


def test_keyword_metadata_overrides_the_file(write):
    path = write("story.txt", NEWS)
    write("story.meta.json", json.dumps({"title": "Old title", "published": "2021-03-02"}))
    article = load_article(path, title="New title", published=date(2021, 3, 3), id="custom")
    assert (article.title, article.published, article.id) == ("New title", date(2021, 3, 3), "custom")


def test_json_article_object(write):
    path = write("a.json", json.dumps({"id": "a-1", "text": NEWS, "title": "T", "url": "https://example.org/a",
                                       "published": "2020-01-31T18:00:00Z", "source": "Example"}))
    article = load_article(path)
    assert article.text == NEWS
    assert article.id == "a-1"
    assert article.published == date(2020, 1, 31)
    assert article.url == "https://example.org/a"


def test_markdown_is_rendered_and_takes_heading_as_title(write):
    text = "# Ministers meet\n\nThe ministers met on Friday.\nThey talked for hours.\n\nNo deal was reached.\n"
    article = load_article(write("m.md", text))
    assert article.text == ("Ministers meet\n\nThe ministers met on Friday.\nThey talked for hours.\n\n"
                            "No deal was reached.")
    assert article.title == "Ministers meet"
    assert [p.text for p in article.paragraphs] == [
        "Ministers meet", "The ministers met on Friday.\nThey talked for hours.", "No deal was reached."]
    assert_offsets_round_trip(article)


def test_markdown_markup_never_reaches_the_results(write):
    text = ("## Budget\n\nThe minister said taxes **would rise**, citing [a report](https://x.test/r) and "
            "![a chart of revenue](chart.png).\n\n- first point\n- second point\n\n<div class=ad>Buy now</div>\n")
    article = load_article(write("b.md", text))
    assert [p.text for p in article.paragraphs] == [
        "Budget", "The minister said taxes would rise, citing a report and a chart of revenue.", "first point",
        "second point"]
    quotes = analyze(article, nlp="sm").to_dict()["quotes"]
    assert quotes and all("*" not in q["content"] and "](" not in q["content"] for q in quotes)
    assert_offsets_round_trip(article)


def test_html_main_text_without_scripts_styles_navigation(write):
    html = """<!doctype html><html><head><title>Page title</title>
    <meta property="og:title" content="Storm hits the coast">
    <meta property="article:published_time" content="2019-09-06T08:00:00+02:00">
    <meta property="og:site_name" content="Coastal News">
    <link rel="canonical" href="https://example.org/storm">
    <style>p { color: red }</style><script>var tracking = "x";</script></head>
    <body><header>Site header</header><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
    <article><h1>Storm hits the coast</h1>
    <p>The storm   reached the <b>coast</b> on Thursday.<br>Thousands left.</p>
    <p>&ldquo;It was terrifying,&rdquo; a resident said.</p>
    <script>alert("no")</script></article>
    <aside>Related stories</aside><footer>Copyright</footer></body></html>"""
    article = load_article(write("s.html", html))
    assert article.text == ("Storm hits the coast\n\nThe storm reached the coast on Thursday.\nThousands left."
                            "\n\n\u201cIt was terrifying,\u201d a resident said.")
    assert article.title == "Storm hits the coast"
    assert article.published == date(2019, 9, 6)
    assert article.published_source == "html-metadata"
    assert article.source == article.sitename == "Coastal News"
    assert article.url == "https://example.org/storm"
    assert len(article.paragraphs) == 3
    for dropped in ("tracking", "Home", "Site header", "Related", "Copyright", "color"):
        assert dropped not in article.text


def test_html_without_publication_metadata_has_no_date(write):
    html = "<html><body><p>The vote took place on 6 December 2018, a Thursday, in the town hall.</p></body></html>"
    article = load_article(write("n.html", html))
    assert article.published is None  # a date in the story's sentences dates an event, not the article
    assert article.published_source is None
    assert article.text == "The vote took place on 6 December 2018, a Thursday, in the town hall."


def test_crlf_is_kept_and_offsets_refer_to_it(write):
    text = "First line of the story.\r\nSecond line.\r\n\r\nThird paragraph."
    article = load_article(write("crlf.txt", text.encode("utf-8")))
    assert article.text == text
    assert [p.text for p in article.paragraphs] == ["First line of the story.\r\nSecond line.", "Third paragraph."]
    assert_offsets_round_trip(article)


def test_utf8_bom_is_an_encoding_marker(write):
    article = load_article(write("bom.txt", b"\xef\xbb\xbf" + "Caf\u00e9 talks.".encode()))
    assert article.text == "Caf\u00e9 talks."
    assert article.encoding == "utf-8-sig"


def test_utf16_with_bom(write):
    article = load_article(write("u16.txt", "\u201cNo comment,\u201d she said.".encode("utf-16")))
    assert article.text == "\u201cNo comment,\u201d she said."
    assert article.encoding == "utf-16"


def test_legacy_encoding_is_detected_with_a_warning(write):
    text = ("Le ministre a déclaré que les négociations reprendraient à Genève après l'été. "
            "« Nous sommes prêts », a-t-il ajouté devant les députés réunis à l'Assemblée.\n") * 3
    path = write("latin.txt", text.encode("cp1252"))
    with pytest.warns(LegacyEncodingWarning, match="latin.txt"):
        article = load_article(path)
    assert article.text == text
    assert article.encoding.replace("_", "").lower() in {"cp1252", "windows1252", "latin1", "iso88591"}


def test_explicit_encoding_is_used_strictly(write):
    path = write("koi.txt", "Москва заявила о переговорах.".encode("koi8-r"))
    assert load_article(path, encoding="koi8-r").text == "Москва заявила о переговорах."


def test_offsets_survive_astral_characters_and_combining_marks(write):
    text = "Emoji \U0001F600 first.\nThen e\u0301 combined."
    article = load_article(write("u.txt", text))
    assert article.text == text
    assert_offsets_round_trip(article)


def test_from_text_has_a_stable_id():
    first, second = Article.from_text(NEWS), Article.from_text(NEWS)
    assert first.id == second.id and len(first.id) == 16
    assert Article.from_text(NEWS + " More.").id != first.id


def test_paragraph_at():
    article = Article.from_text("One.\n\nTwo.")
    assert article.paragraph_at(0).index == 0
    assert article.paragraph_at(7).index == 1
    assert article.paragraph_at(5) is None  # the blank line belongs to no paragraph


@given(st.lists(st.text(alphabet="ab \n", min_size=1, max_size=8), min_size=1, max_size=12))
def test_paragraph_at_is_the_paragraph_holding_the_offset(pieces):
    text = "x" + "\n\n".join(pieces) + "x"
    article = Article.from_text(text)
    for offset in range(-1, len(text) + 1):
        holding = [p for p in article.paragraphs if p.start <= offset < p.end]
        assert article.paragraph_at(offset) == (holding[0] if holding else None)
