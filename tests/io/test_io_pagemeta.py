"""The page's own title, authors and date (toolkit.io.pagemeta), on small invented pages."""

from __future__ import annotations

from datetime import timedelta

import lxml.html

from toolkit.io.pagemeta import (
    clean_authors,
    declared_published,
    json_ld_authors,
    page_offset,
    page_title,
    shown_byline,
    without_site_name,
)


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
    # what follows the outlet is where the story was filed, not a second author
    assert clean_authors("By Ana Reyes, Coastal Gazette, Port Ellery", site="Coastal Gazette") == ["Ana Reyes"]
    assert clean_authors("By Tom Ek, Associated Press, Port Ellery") == ["Tom Ek"]


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
    # a UTC time in the middle of the day has the same date in every zone within ten hours of UTC
    assert declared_published(page("2019-11-19T11:45:59.000Z"), "2019-11-14") == "2019-11-19"


def test_the_page_shows_its_own_time_zone():
    shown = '<time datetime="2019-11-19 02:24:00 UTC">Nov 18, 2019 at 9:24 pm ET</time>'
    assert page_offset(tree("", shown)) == timedelta(hours=-5)
    assert page_offset(tree("", '<time datetime="2019-11-20T01:07:00-0500">Nov 20, 1:07 AM</time>')) == \
        timedelta(hours=-5)
    assert page_offset(tree("", '<time datetime="2019-11-20T10:30:00+00:00">1 hour ago</time>')) is None
    # the timestamp written out is no clock shown in local time
    assert page_offset(tree("", '<time datetime="2019-11-18T23:30:00+00:00">2019-11-18T23:30:00Z</time>')) is None
    assert page_offset(tree("", '<time datetime="2019-11-20T11:45:00Z">11:45</time>')) == timedelta(0)


def test_a_utc_publication_time_is_moved_to_the_pages_own_day():
    # published 02:07 UTC on the 20th; the page shows its update, 05:24 UTC, as 12:24 am EST: it is the 19th
    page = tree('<meta property="article:published_time" content="2019-11-20T02:07:18Z">',
                '<time datetime="2019-11-20T05:24:29Z">Updated 12:24 am EST, November 20, 2019</time>')
    assert declared_published(page, "2019-11-20") == "2019-11-19"
    # nothing declared but the <time> of the byline: its date where the page is
    byline = tree("", '<time datetime="2019-11-19 02:24:00 UTC">Nov 18, 2019 at 9:24 pm ET</time>')
    assert declared_published(byline, "2019-11-19") == "2019-11-18"
    # the times of related stories do not override what the page declares
    related = tree('<script type="application/ld+json">{"@type": "NewsArticle", '
                   '"datePublished": "2019-11-19T09:45:05+00:00"}</script>',
                   '<time datetime="2019-11-20T10:30:00+00:00">1 hour ago</time>')
    assert declared_published(related, "2019-11-19") == "2019-11-19"


def test_the_byline_the_page_shows_over_the_declared_author():
    several = tree("", '<p class="content__meta-byline"> By Ana Reyes, Tom Ek, Li Wen </p>')
    assert shown_byline(several, None) == ["Ana Reyes", "Tom Ek", "Li Wen"]
    # the name, the outlet and the date in elements of their own, with no space between them
    pieces = tree("", '<div class="ap-story-byline"><div>By MARA QUILL and TEO VANCE</div><div>Associated Press'
                      '</div></div><h3 class="byline">by Jeff Okoro<br><span>Monday, November 18</span></h3>')
    assert shown_byline(pieces, None) == ["Mara Quill", "Teo Vance"]
    # a box about the author, or comments, is no byline
    box = tree("", '<p class="byline">Jeff Okoro is the editor of the Review.</p>')
    assert shown_byline(box, None) == []
    about = tree("", '<div class="meta-byline"><span>By</span> <a>Li Wen</a><div>About Li Wen</div></div>')
    assert shown_byline(about, None) == ["Li Wen"]
