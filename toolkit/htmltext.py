"""Main text and metadata of an HTML page, with BeautifulSoup (nothing is fetched: links and images are ignored).

The article's text is the page's readable blocks (headings, paragraphs, list items, quotations, captions, ...)
inside ``<article>`` or ``<main>`` when the page has one, else ``<body>``; scripts, styles, navigation,
headers, footers, asides and forms are dropped. Whitespace inside a block is collapsed as a browser would
render it, and blocks are separated by a blank line, so each block becomes one paragraph of the Article.
Offsets of an HTML article refer to this extracted text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, Tag

_DROPPED = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe",
            "svg", "button", "select", "head")
_BLOCKS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "pre", "figcaption", "dt", "dd", "td",
           "th")
_SPACES = re.compile(r"\s+")

# Meta tags that state a publication date, in order of preference (Open Graph, schema.org, Dublin Core, ...).
_DATE_META = ("article:published_time", "datePublished", "pubdate", "publishdate", "date", "dc.date",
              "dc.date.issued", "dcterms.created", "sailthru.date")


@dataclass
class HtmlArticle:
    text: str
    metadata: dict[str, str] = field(default_factory=dict)


def extract(html: str) -> HtmlArticle:
    """Extract the readable text and the stated metadata (title, url, published, source, author) of a page.

    >>> extract("<html><body><nav>Home</nav><p>Hello  <b>world</b>.</p></body></html>").text
    'Hello world.'
    """
    soup = BeautifulSoup(html, "html.parser")
    metadata = _metadata(soup)
    for tag in soup.find_all(_DROPPED):
        tag.decompose()
    for br in soup.find_all("br"):
        br.replace_with(" ")
    root = soup.find("article") or soup.find("main") or soup.body or soup
    return HtmlArticle("\n\n".join(_blocks(root)), metadata)


def _blocks(root: Tag) -> list[str]:
    """Text of each innermost block element, in document order; loose text when the page has no blocks."""
    blocks = []
    for tag in root.find_all(_BLOCKS):
        if tag.find(_BLOCKS):  # an outer block: its inner blocks are visited on their own
            continue
        text = _SPACES.sub(" ", tag.get_text(" " if tag.name in ("td", "th") else "")).strip()
        if text:
            blocks.append(text)
    if not blocks:
        loose = _SPACES.sub(" ", root.get_text(" ")).strip()
        blocks = [loose] if loose else []
    return blocks


def _meta(soup: BeautifulSoup, *names: str) -> str | None:
    for name in names:
        tag = (soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
               or soup.find("meta", attrs={"itemprop": name}))
        if tag and tag.get("content", "").strip():
            return tag["content"].strip()
    return None


def _metadata(soup: BeautifulSoup) -> dict[str, str]:
    found = {
        "title": _meta(soup, "og:title", "twitter:title") or _title_tag(soup),
        "url": _meta(soup, "og:url") or _canonical(soup),
        "published": _meta(soup, *_DATE_META) or _time_tag(soup),
        "source": _meta(soup, "og:site_name", "application-name"),
        "author": _meta(soup, "author", "article:author", "dc.creator"),
    }
    return {key: value for key, value in found.items() if value}


def _title_tag(soup: BeautifulSoup) -> str | None:
    tag = soup.find("title") or soup.find("h1")
    text = _SPACES.sub(" ", tag.get_text()).strip() if tag else ""
    return text or None


def _canonical(soup: BeautifulSoup) -> str | None:
    link = soup.find("link", rel="canonical")
    return link.get("href") if link and link.get("href") else None


def _time_tag(soup: BeautifulSoup) -> str | None:
    # Only a <time> marked as the publication date: other <time> tags date events in the story.
    tag = soup.find("time", attrs={"pubdate": True}) or soup.find("time", attrs={"itemprop": "datePublished"})
    return tag["datetime"].strip() if tag and tag.get("datetime") else None
