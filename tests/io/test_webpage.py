"""Web pages: main text and metadata through trafilatura, the options it exposes, the one case the toolkit
handles before it (inline <time>), no network and no script, and the install trap (lxml_html_clean)."""

from __future__ import annotations

import importlib.metadata
import socket
import subprocess
import sys
from datetime import date

import pytest
import trafilatura
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toolkit import load_article, load_corpus
from toolkit.errors import EmptyArticleError, LoadError
from toolkit.io.webpage import ExtractionOptions, extract

# An invented story, long enough to read as an article rather than as a fragment of a page.
STORY = [
    "The harbour board voted on Monday to close the old ferry terminal at the end of the season.",
    "\u201cWe cannot keep pouring money into a pier that is sinking,\u201d said Mira Okafor, who chairs the board.",
    "The terminal has carried passengers across the bay since 1962, and its closure will add forty minutes "
    "to the journey of about three thousand commuters a day.",
    "Union representatives said they would ask the regional court to suspend the decision.",
    "A replacement terminal on the north shore is due to open in two years, the board said.",
]


def page(body: str, head: str = "", lang: str = "en") -> str:
    return f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


def story_html(paragraphs=STORY) -> str:
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def test_trafilatura_imports_in_a_fresh_process():
    # justext imports lxml.html.clean, split out of lxml: without lxml_html_clean the import fails.
    done = subprocess.run([sys.executable, "-c", "import trafilatura, lxml.html.clean"], capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stderr
    requirements = importlib.metadata.requires("newsroom-toolkit")
    assert any(r.replace("-", "_").startswith("lxml_html_clean") for r in requirements)
    assert any(r.startswith("trafilatura") for r in requirements)


def test_paragraphs_are_the_story_blocks_and_offsets_round_trip(write):
    html = page(f"<header><nav><a href='/'>Front page</a> <a href='/sport'>Sport desk</a></nav></header>"
                f"<article><h1>Ferry terminal to close</h1>{story_html()}</article>"
                "<footer>\u00a9 2024 Bay Courier Media Group</footer>")
    article = load_article(write("ferry.html", html))
    assert [p.text for p in article.paragraphs] == ["Ferry terminal to close", *STORY]
    for paragraph in article.paragraphs:
        assert article.text[paragraph.start:paragraph.end] == paragraph.text
    assert "Sport desk" not in article.text and "Media Group" not in article.text


def test_nested_block_keeps_the_lead_and_the_rest(write):
    # An unclosed <p> before an ad block: the hand-written loader kept only what followed the ad.
    body = (f"<article><p>{STORY[0]}<div class='ad-slot'><p>Advertisement</p></div>"
            + "".join(f"<p>{p}</p>" for p in STORY[1:]) + "</article>")
    article = load_article(write("nested.html", page(body)))
    for paragraph in STORY:
        assert paragraph in article.text


def test_menus_sidebar_related_badge_and_cookie_banner_stay_out(write):
    menu = "".join(f"<li><a href='/{w}'>{w}</a></li>" for w in
                   ("Inhalte", "Hausa Hausa", "Kiswahili Habari", "Deutsch Nachrichten", "Fran\u00e7ais Infos"))
    body = (
        "<div id='cookie-consent' class='cookie-banner'><p>We use cookies to improve your experience. "
        "Accept all or manage your preferences.</p><button>Accept all</button></div>"
        f"<nav class='languages'><ul>{menu}</ul></nav>"
        "<main><article><h1>Ferry terminal to close</h1><div class='article-meta'><span class='byline'>By Lena "
        "Brandt</span> <span class='reading-time'>4 Min Read</span></div>"
        f"{story_html()}</article>"
        "<section class='related'><h2>Related stories</h2><ul>"
        "<li><a href='/a'>Lighthouse keeper retires after forty winters</a></li>"
        "<li><a href='/b'>Bridge tolls to double from spring</a></li></ul></section></main>"
        "<aside class='sidebar'><h3>Most read</h3><p>A rare orchid was found growing behind the bus depot, "
        "botanists at the university said, and the site has been fenced off to protect it.</p></aside>")
    article = load_article(write("chrome.html", page(body)))
    for paragraph in STORY:
        assert paragraph in article.text
    for boilerplate in ("Inhalte", "Hausa Hausa", "We use cookies", "Accept all", "4 Min Read",
                        "Lighthouse keeper", "Bridge tolls", "orchid", "Most read"):
        assert boilerplate not in article.text


def test_date_stated_only_in_json_ld_is_read(write):
    head = ("<title>Ferry terminal to close | Bay Courier</title><script type='application/ld+json'>"
            '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Ferry terminal to close",'
            ' "datePublished": "2024-03-18T09:30:00+01:00", "author": {"@type": "Person", "name": "Lena Brandt"},'
            ' "publisher": {"@type": "Organization", "name": "Bay Courier"}}</script>')
    article = load_article(write("ld.html", page(f"<article>{story_html()}</article>", head)))
    assert article.published == date(2024, 3, 18)
    assert article.published_source == "html-metadata"
    assert article.author == "Lena Brandt"
    assert article.sitename == "Bay Courier"
    assert article.title == "Ferry terminal to close"
    assert article.language == "en"


def test_metadata_reaches_every_field(write):
    head = ("<meta property='og:title' content='Ferry terminal to close'>"
            "<meta name='description' content='The board voted to close the old terminal.'>"
            "<meta property='article:published_time' content='2024-03-18'>"
            "<meta property='og:site_name' content='Bay Courier'><meta name='author' content='Lena Brandt'>"
            "<link rel='canonical' href='https://courier.example/ferry'>")
    article = load_article(write("meta.html", page(f"<article>{story_html()}</article>", head, lang="en-GB")))
    metadata = article.metadata()
    assert metadata["description"] == "The board voted to close the old terminal."
    assert metadata["url"] == "https://courier.example/ferry"
    assert metadata["language"] == "en-GB"
    assert metadata["published_source"] == "html-metadata"
    assert (metadata["title"], metadata["source"], metadata["author"], metadata["published"]) == (
        "Ferry terminal to close", "Bay Courier", "Lena Brandt", "2024-03-18")


def test_a_page_without_a_stated_date_gets_none(write):
    # The story's own sentences date events, not the page: nothing is guessed from them.
    body = f"<article>{story_html()}<p>The board first met on 4 May 1998 to discuss the pier.</p></article>"
    article = load_article(write("undated.html", page(body)))
    assert article.published is None and article.published_source is None


def test_where_the_date_comes_from(write):
    head = "<meta property='article:published_time' content='2024-03-18'>"
    path = write("dated.html", page(f"<article>{story_html()}</article>", head))
    assert load_article(path).published_source == "html-metadata"
    assert load_article(path, published="2024-03-20").published_source == "argument"
    write("dated.meta.json", '{"published": "2024-03-19"}')
    article = load_article(path)
    assert (article.published, article.published_source) == (date(2024, 3, 19), "sidecar")
    assert load_article(write("a.json", '{"text": "Talks resumed.", "published": "2024-01-02"}')) \
        .published_source == "json"
    assert load_article(write("b.txt", "Talks resumed.")).published_source is None


def test_inline_time_element_keeps_its_text(write):
    """The case trafilatura does not cover: it deletes <time> elements with their text."""
    body = ("<article>" + story_html(STORY[:3]) + "<p>The board will meet again on <time datetime='2024-03-25'>"
            "Monday</time> to set the timetable.</p>" + story_html(STORY[3:]) + "</article>")
    html = page(body, "<meta property='article:published_time' content='2024-03-18'>")
    alone = trafilatura.extract(html) or ""
    assert STORY[0] in alone and "meet again on Monday" not in alone  # when this fails, the workaround can go
    article = load_article(write("time.html", html))
    assert "The board will meet again on Monday to set the timetable." in article.text
    assert article.published == date(2024, 3, 18)  # the metadata still reads the original elements


def test_breaks_inside_a_block(write):
    body = f"<div class='story-body'>{STORY[0]}<br><br>{STORY[1]}<br>{STORY[2]}<br><br>{STORY[3]}</div>"
    article = load_article(write("br.html", page(body)))
    assert [p.text for p in article.paragraphs] == [STORY[0], f"{STORY[1]}\n{STORY[2]}", STORY[3]]


def test_options_change_what_is_kept(write):
    table = ("<table><tr><th>Route</th><th>Daily passengers</th></tr>"
             "<tr><td>North shore</td><td>3,100</td></tr></table>")
    comments = ("<div id='comments' class='comments'><h3>Comments</h3><div class='comment'><p>"
                "Reader comment: this closure is a scandal and the board should resign now.</p></div></div>")
    path = write("options.html", page(f"<article>{story_html()}{table}</article>{comments}"))
    assert "North shore | 3,100" in load_article(path).text
    assert "North shore" not in load_article(path, include_tables=False).text
    assert "Reader comment" not in load_article(path).text
    assert "Reader comment" in load_article(path, include_comments=True).text
    pruned = load_article(path, prune_xpath="//p[contains(., 'Union representatives')]")
    assert "Union representatives" not in pruned.text and STORY[0] in pruned.text
    with pytest.raises(ValueError, match="exclude each other"):
        load_article(path, favor_precision=True, favor_recall=True)
    assert STORY[0] in load_article(path, favor_precision=True).text
    assert STORY[0] in load_article(path, favor_recall=True).text


def test_corpus_passes_the_options_on(tmp_path):
    (tmp_path / "a.html").write_text(page(f"<article>{story_html()}<table><tr><td>North shore</td><td>3,100</td>"
                                          "</tr></table></article>"), encoding="utf-8")
    assert "North shore" in next(iter(load_corpus(tmp_path))).text
    assert "North shore" not in next(iter(load_corpus(tmp_path, include_tables=False))).text
    with pytest.raises(TypeError, match="favor_precision"):
        load_corpus(tmp_path, favour_precision=True)


def test_nothing_is_fetched_and_no_script_runs(write, monkeypatch):
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network access is disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    head = ("<link rel='stylesheet' href='https://cdn.example/site.css'>"
            "<script src='https://ads.example/tag.js'></script>"
            "<meta http-equiv='refresh' content='0; url=https://elsewhere.example/'>"
            "<link rel='canonical' href='https://courier.example/ferry'>")
    body = ("<article><img src='https://cdn.example/pier.jpg' alt='The pier'>"
            "<script>document.write('<p>Injected by a script at load time.</p>')</script>"
            f"{story_html()}<iframe src='https://video.example/embed/1'></iframe></article>")
    article = load_article(write("offline.html", page(body, head)))
    assert STORY[0] in article.text
    assert "Injected" not in article.text
    assert attempts == []


@pytest.mark.parametrize("html", [
    "", "   ", "<html></html>", "<html><body></body></html>", "<html><body><script>var a = 1;</script></body></html>",
    "\x00\x01\x02 binary", "<<<>>>", "</p></div>",
])
def test_pages_without_text_get_a_typed_error(write, html):
    path = write("bad.html", html.encode("utf-8"))
    with pytest.raises(LoadError):
        load_article(path)


def test_only_scripts_is_an_empty_article(write):
    with pytest.raises(EmptyArticleError, match="no main text"):
        load_article(write("scripts.html", "<html><body><script>var a = 1;</script></body></html>"))


_TAGS = st.sampled_from(["p", "div", "article", "main", "nav", "aside", "span", "b", "time", "table", "tr", "td",
                         "ul", "li", "h2", "br", "script", "section", "blockquote", "header", "footer"])


@st.composite
def html_soup(draw):
    parts = draw(st.lists(st.one_of(
        _TAGS.map(lambda tag: f"<{tag}>"), _TAGS.map(lambda tag: f"</{tag}>"),
        st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40),
        st.sampled_from(STORY)), max_size=40))
    return "<html><body>" + "".join(parts) + "</body></html>"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(html=html_soup())
def test_any_page_loads_or_raises_a_load_error(tmp_path, html):
    path = tmp_path / "fuzz.html"
    path.write_text(html, encoding="utf-8")
    try:
        article = load_article(path)
    except LoadError:
        return
    assert article.text.strip()
    for paragraph in article.paragraphs:
        assert article.text[paragraph.start:paragraph.end] == paragraph.text


def test_extract_is_deterministic():
    html = page(f"<nav><a>Front page</a></nav><article>{story_html()}</article>")
    assert extract(html) == extract(html)
    assert extract(html, ExtractionOptions(favor_precision=True)).text == extract(html).text


# --- pages written in the style of real news sites (tests/fixtures/webpages, gold snippets by hand) ---------

import json  # noqa: E402
import re  # noqa: E402
from pathlib import Path  # noqa: E402

from toolkit.evaluation.webpages import score, snippet_scores, toolkit_extractor  # noqa: E402

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "webpages"
GOLD_PAGES = json.loads((PAGES / "gold.json").read_text(encoding="utf-8"))
# Boilerplate classes recognised from the gold snippets themselves (in the pages' languages).
CLASSES = {
    "cookie banner": r"cookie|consent|accept|privacy|preferences|einstellungen|partners store|got it|settings",
    "reading-time badge": r"\bmin(?:\.|ute)?s? read|lesezeit|lecture :",
    "share button": r"share|teilen|partager|copy link|link kopieren|copier le lien|save for later|email this",
    "skip link or language menu": r"skip to|zum inhalt|aller au contenu|kiswahili",
    "newsletter box": r"newsletter|inbox|sign up",
}


@pytest.fixture(scope="module")
def loaded_pages():
    return {page["file"]: load_article(PAGES / page["file"]) for page in GOLD_PAGES}


def test_main_text_extraction_on_the_pages_reaches_trafilaturas_own_level():
    result = score(PAGES, toolkit_extractor())
    assert result["text"]["f1"] >= 0.92 and result["text"]["recall"] >= 0.98, result["text"]
    # every stated publication date is found, none is invented on the two pages that state none
    assert result["dates"] == {"right": 16, "none": 2}


@pytest.mark.parametrize(("name", "pattern"), CLASSES.items())
def test_no_page_lets_in(loaded_pages, name, pattern):
    checked = 0
    for page in GOLD_PAGES:
        snippets = [s for s in page["must_not_contain"] if re.search(pattern, s, re.IGNORECASE)]
        checked += len(snippets)
        found = snippet_scores(loaded_pages[page["file"]].text, [], snippets)
        assert found.system == 0, (page["file"], found.errors)
    assert checked >= 4  # the class occurs on several pages


KNOWN_LOSSES = {"18_telesiege_fr.html": "the lead paragraph sits outside the story's container"}


@pytest.mark.parametrize("page", GOLD_PAGES, ids=[p["file"] for p in GOLD_PAGES])
def test_the_whole_story_is_kept(loaded_pages, page):
    if page["file"] in KNOWN_LOSSES:
        pytest.xfail(f"trafilatura's limit: {KNOWN_LOSSES[page['file']]}")
    found = snippet_scores(loaded_pages[page["file"]].text, page["must_contain"], [])
    assert found.matched == found.gold, found.errors


@pytest.mark.parametrize("page", GOLD_PAGES, ids=[p["file"] for p in GOLD_PAGES])
def test_page_metadata(loaded_pages, page):
    article = loaded_pages[page["file"]]
    assert (article.published.isoformat() if article.published else None) == page["published"]
    assert article.published_source == ("html-metadata" if page["published"] else None)
    assert article.sitename == page["sitename"]
    declared = re.search(r"<html[^>]*\slang=[\"']([^\"']+)", (PAGES / page["file"]).read_text(encoding="utf-8"))
    assert article.language == (declared.group(1) if declared else None)


@pytest.mark.xfail(strict=True, reason="trafilatura keeps an unrelated story that shares the story's container")
@pytest.mark.parametrize("file", ["03_court_ruling.html", "12_roman_bathhouse_main.html"])
def test_an_unrelated_story_in_the_same_container_stays_out(loaded_pages, file):
    page = next(p for p in GOLD_PAGES if p["file"] == file)
    assert snippet_scores(loaded_pages[file].text, [], page["must_not_contain"]).system == 0


def test_prune_xpath_removes_what_the_extractor_keeps():
    path = PAGES / "16_theatre_reopening.html"
    assert "Story continues below" in load_article(path).text
    pruned = load_article(path, prune_xpath="//*[contains(@class, 'ad')]")
    assert "Story continues below" not in pruned.text and "Advertisement" not in pruned.text
