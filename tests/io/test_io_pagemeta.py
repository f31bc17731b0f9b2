"""The page's own title, authors and date (toolkit.io.pagemeta), on small invented pages."""

from __future__ import annotations

import lxml.html

from toolkit.io.pagemeta import clean_authors, declared_published, json_ld_authors, page_title, without_site_name


def tree(head: str, body: str = "") -> lxml.html.HtmlElement:
    return lxml.html.fromstring(f"<html><head>{head}</head><body>{body}<p>Story.</p></body></html>")


def test_the_site_name_a_content_system_appends_is_left_out():
    assert without_site_name("Harbour strike ends - The Coastal Gazette", "Coastal Gazette") == "Harbour strike ends"
    assert without_site_name("Harbour strike ends | Gazette", None, ["Harbour strike ends"]) == "Harbour strike ends"
    # a colon inside the headline is no separator, and a tail that is not the site stays
    assert without_site_name("Reyes: the vote can wait", "Gazette") == "Reyes: the vote can wait"
    assert without_site_name("Strike ends - for now", "Gazette") == "Strike ends - for now"


def test_the_headline_is_the_pages_h1_when_a_declared_title_agrees():
    page = tree('<title>Mayor Reyes delays the harbour vote - Gazette</title>',
                '<h1>Mayor Reyes delays harbour vote until spring</h1>')
    assert page_title(page, "Mayor Reyes delays the harbour vote - Gazette", "Gazette") == \
        "Mayor Reyes delays harbour vote until spring"
    logo = tree('<meta property="og:title" content="Ferry grounded off Skarvoy | Gazette">', "<h1>Gazette</h1>")
    assert page_title(logo, None, "Gazette") == "Ferry grounded off Skarvoy"
    other = tree('<title>Ferry grounded off Skarvoy</title>', "<h1>Weather: storms ahead this week</h1>")
    assert page_title(other, None, None) == "Ferry grounded off Skarvoy"


def test_a_byline_gives_its_people_only():
    assert clean_authors("By ANA REYES and TOM EK, Associated Press") == ["Ana Reyes", "Tom Ek"]
    assert clean_authors("Paul Okoro; Staff writer") == ["Paul Okoro"]
    assert clean_authors("Analysis by Lina Hart; Gazette Editor-at-large") == ["Lina Hart"]
    assert clean_authors("MARA QUILL; TEO VANCE Associated Press") == ["Mara Quill", "Teo Vance"]
    assert clean_authors("Reuters") == [] and clean_authors("Staff Reports") == []
    assert clean_authors("Coastal Gazette", site="The Coastal Gazette") == []
    assert clean_authors("https://www.example.com/gazette") == []


def test_json_ld_names_people_not_organisations():
    page = tree('<script type="application/ld+json">{"@type": "NewsArticle", "author": ['
                '{"@type": "Person", "name": "By Lina Hart"}, {"@type": "Organization", "name": "Gazette"}]}</script>')
    assert json_ld_authors(page, "Gazette") == ["Lina Hart"]


def test_the_declared_local_date_first_a_utc_time_only_as_a_fallback():
    def page(value: str) -> lxml.html.HtmlElement:
        return tree(f'<meta property="article:published_time" content="{value}">')

    assert declared_published(page("2019-11-20T06:01:44-05:00"), "2019-11-21") == "2019-11-20"
    assert declared_published(page("2019-11-20"), "2019-11-18") == "2019-11-20"
    # 02:07 UTC may still be the 19th where the page was published: what trafilatura found stands
    assert declared_published(page("2019-11-20T02:07:18Z"), "2019-11-19") == "2019-11-19"
    assert declared_published(page("2019-11-20T02:07:18+0000"), None) == "2019-11-20"
    assert declared_published(page("0001-01-01T00:00:00Z"), "2019-11-19") == "2019-11-19"
