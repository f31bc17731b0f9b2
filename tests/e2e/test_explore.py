"""The article explorer (#20, first part): marks at the right offsets with their hover titles, filters, a
standalone page from the command line, and no markup from the article's text, whatever it holds."""

from __future__ import annotations

import subprocess
import sys
from html.parser import HTMLParser

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toolkit import Article, analyze, explore
from toolkit.pipeline import load_pipeline

TEXT = ("Maria Santos, the mayor, said on Monday that the bridge would reopen in May. "
        "“We condemn the delay,” Tom Aldridge told reporters.")


class Marks(HTMLParser):
    """The explorer's spans over the text: (their text, their kinds of mark, title), and every tag seen."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.spans: list[tuple[str, str, str]] = []
        self.text: list[str] = []
        self._open: list[dict | None] = []
        self._in_text = False
        self._text_depth = 0

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        attrs = dict(attrs)
        if attrs.get("style", "").startswith("white-space: pre-wrap"):
            self._in_text, self._text_depth = True, len(self._open)
        marks = [c.removeprefix("toolkit-") for c in (attrs.get("class") or "").split() if c.startswith("toolkit-")]
        self._open.append({**attrs, "marks": " ".join(marks)} if tag == "span" and marks else None)

    def handle_endtag(self, tag):
        if self._open:
            self._open.pop()
        if self._in_text and len(self._open) <= self._text_depth:
            self._in_text = False  # the text's own block has closed

    def handle_data(self, data):
        if not self._in_text:
            return
        self.text.append(data)
        current = next((a for a in reversed(self._open) if a), None)
        if current:
            self.spans.append((data, current["marks"], current["title"]))


def parse(html: str) -> Marks:
    marks = Marks()
    marks.feed(html)
    return marks


@pytest.fixture(scope="module")
def result():
    return analyze(Article.from_text(TEXT), anchor="2024-03-06", nlp=load_pipeline("sm"))


def test_statements_names_and_dates_are_marked_with_hover_titles(result):
    view = parse(explore(result).html)
    assert "".join(view.text) == TEXT
    marked = {text: (kinds, title) for text, kinds, title in view.spans}
    assert "speaker" in marked["Tom Aldridge"][0] and "name" in marked["Tom Aldridge"][0]
    assert marked["told"][0] == "cue" and "statement by Tom Aldridge" in marked["told"][1]
    content = [(text, title) for text, kinds, title in view.spans if "content" in kinds]
    assert any("the bridge would reopen" in text and "said by Maria Santos" in title for text, title in content)
    assert any("We condemn the delay" in text and "stance: oppose" in title for text, title in content)
    # the date's value in words, never its code (#35: tooltips showed "2024-03-11TNI", "PTXH")
    assert "date" in marked["Monday"][0] and marked["Monday"][1] == "date: Monday, 4 March 2024"


def test_date_boxes_do_not_split_and_say_their_value_in_words():
    text = "The vote came on Tuesday night. Talks lasted several hours."
    view = parse(explore(analyze(Article.from_text(text), anchor="2024-03-13", nlp=load_pipeline("sm"))).html)
    dates = {text: title for text, kinds, title in view.spans if "date" in kinds}
    assert dates["Tuesday night"] == "time: Tuesday night, 12 March 2024"  # TIMEX3 type TIME
    assert dates["several hours"] == "duration: some hours"
    assert 'white-space: nowrap' in explore(analyze(Article.from_text(text), anchor="2024-03-13",
                                                    nlp=load_pipeline("sm"))).html


def test_a_statement_without_a_cue_is_still_shown():
    # The second statement is found without a cue: a nullable column holds pd.NA there, not None or NaN.
    text = ("Martin Cole, the chief executive, said in a statement that the agreement “protects jobs and keeps the "
            "port competitive,” and that talks would begin on March 3.")
    result = analyze(Article.from_text(text), anchor="2024-02-15", nlp=load_pipeline("sm"))
    assert result.quotes["cue_start"].isna().any()
    view = parse(explore(result).html)
    assert "".join(view.text) == text
    contents = [t for t, kinds, _ in view.spans if "content" in kinds]
    assert "protects jobs and keeps the port competitive," in "".join(contents)


def test_filters(result):
    only = parse(explore(result, actor="Tom Aldridge").html)
    assert {t for t, kinds, _ in only.spans if "name" in kinds} == {"Tom Aldridge"}
    assert not any("date" in kinds for _, kinds, _ in only.spans)
    plain = parse(explore(result, names=False, statements=False, dates=False).html)
    assert plain.spans == [] and "".join(plain.text) == TEXT


@given(st.text(alphabet=st.sampled_from(list("<>&\"'/ abcscriptimgonerror=()\n“”")), max_size=120)
       | st.sampled_from(["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "</div><b>x</b>",
                          "&lt;script&gt; &amp;", "{{ 7*7 }} {% if %}"]))
def test_the_article_never_becomes_markup(text):
    html = explore(analyze(Article.from_text(text or "x"), nlp="blank:en")).html
    view = parse(html)
    assert set(view.tags) <= {"div", "span"}
    assert "".join(view.text) == (text or "x")


def test_a_standalone_page_from_the_command_line(tmp_path):
    article = tmp_path / "story.txt"
    article.write_text(TEXT, encoding="utf-8")
    page = tmp_path / "page.html"
    done = subprocess.run([sys.executable, "-m", "toolkit", "explore", str(article), "--out", str(page),
                           "--anchor", "2024-03-06"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<script" not in html
    assert "".join(parse(html).text) == TEXT


def test_the_plain_text_view_is_short_and_names_the_article():
    view = explore(analyze(Article.from_text("Talks resumed on Monday.", id="talks"), nlp="blank:en"))
    assert repr(view).startswith("<Explorer of") and len(repr(view)) < 200 and "<span" not in repr(view)
