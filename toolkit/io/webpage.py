"""Main text and metadata of a saved web page, extracted by trafilatura (nothing is fetched, no script runs).

trafilatura finds the story among the page's navigation, menus, banners, sidebars and related links, and
reads the page's metadata: title, authors (a list), publication date (``<meta>`` tags, JSON-LD, ``<time>`` elements,
through htmldate), site name, canonical URL and description. The page's declared language (``<html lang>``)
is read too. Each block of the story (heading, paragraph, list item, quotation, table row, text ended by
two ``<br>`` in a row) becomes one paragraph of the text, and a single ``<br>`` a line break inside it;
blocks are separated by a blank line, and whitespace inside a block is collapsed as a browser renders it.
Offsets of an HTML article refer to this extracted text.

One case trafilatura does not cover is handled before it runs: it deletes every ``<time>`` element with its
text, so "met on <time>Thursday</time>" would lose the day. The story is extracted from a copy of the page
where each ``<time>`` is replaced by its text; the metadata still sees the original elements.

>>> story = "<p>The council met for four hours on Tuesday and <b>passed</b> the budget.</p>" * 4
>>> page = extract(f"<html><body><nav><a>Home</a> <a>Sport</a></nav><article>{story}</article></body></html>")
>>> page.text.splitlines()[0]
'The council met for four hours on Tuesday and passed the budget.'
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import TYPE_CHECKING, Any

from .pagemeta import clean_authors, declared_published, json_ld_authors, page_title, shown_byline
from .roles import has_sentences

__all__ = ["ExtractionOptions", "NoMainTextError", "WebPage", "extract"]

if TYPE_CHECKING:  # trafilatura and lxml are imported when a page is read, not with the toolkit
    import lxml.html

# Blocks of trafilatura's output tree (its XML-TEI-like format) that each make one paragraph.
_BLOCKS = frozenset({"p", "head", "item", "quote", "code", "list", "table", "row", "div"})
_META_FIELDS = ("title", "author", "url", "sitename", "description")


@dataclass(frozen=True)
class ExtractionOptions:
    """trafilatura's options for finding the main text, with the toolkit's defaults.

    - ``favor_precision``: leave out more borderline blocks (less boilerplate, may lose some text).
    - ``favor_recall``: keep more borderline blocks (less text lost, may let some boilerplate in).
    - ``include_tables``: keep tables of the story, one paragraph per row with cells joined by ``" | "``.
    - ``include_comments``: keep readers' comments, after the story (off: they are not the article).
    - ``prune_xpath``: XPath expression(s) of elements to remove before extraction, for a site whose
      boilerplate the extractor keeps (e.g. ``"//div[@class='ad']"``).
    """

    favor_precision: bool = False
    favor_recall: bool = False
    include_tables: bool = True
    include_comments: bool = False
    prune_xpath: str | list[str] | None = None

    def __post_init__(self) -> None:
        if self.favor_precision and self.favor_recall:
            raise ValueError("favor_precision and favor_recall exclude each other")


@dataclass(frozen=True)
class WebPage:
    """The page's main text and the metadata it states (only fields the page gives; dates as ISO strings)."""

    text: str
    metadata: dict[str, Any] = field(default_factory=dict)
    #: per paragraph of ``text``, the tag of the block it comes from in trafilatura's tree (``head`` is a
    #: heading); read by :func:`toolkit.io.roles.paragraph_roles`
    blocks: tuple[str, ...] = ()


class NoMainTextError(ValueError):
    """The page holds no text that could be the article (empty, only scripts, only navigation, ...)."""


def extract(html: str | bytes, options: ExtractionOptions | None = None) -> WebPage:
    """Extract the story text and the stated metadata of a page.

    Metadata keys: ``title``, ``author``, ``url``, ``published`` (``YYYY-MM-DD``), ``source`` (the site
    name), ``description`` and ``language``, each present only when the page states it.

    >>> page = extract('''<html lang="en"><head><meta property="og:site_name" content="Daily Example">
    ... <script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2021-03-04"}</script>
    ... </head><body><p>The council met on <time datetime="2021-03-04">Thursday</time>.</p></body></html>''')
    >>> page.text, page.metadata["published"], page.metadata["source"], page.metadata["language"]
    ('The council met on Thursday.', '2021-03-04', 'Daily Example', 'en')
    """
    import trafilatura

    options = options or ExtractionOptions()
    if isinstance(html, str):
        html = _characters_a_tree_can_hold(html)
    tree = trafilatura.load_html(html)
    if tree is not None and _too_deep(trafilatura.utils.HTML_PARSER):
        tree = trafilatura.load_html(_flattened(html if isinstance(html, str) else html.decode("utf-8", "replace")))
    if tree is None:
        raise NoMainTextError("no main text found in the page")
    story_page = _with_time_as_text(tree)  # a copy: the metadata below reads the original elements
    metadata = _metadata(tree)
    document = _extraction(story_page, options)
    if document is None:
        raise NoMainTextError("no main text found in the page")
    paragraphs = _paragraphs(document.body)
    if options.include_comments and document.commentsbody is not None:
        paragraphs += [(text, "comment") for text, _ in _paragraphs(document.commentsbody)]  # kept apart
    text = "\n\n".join(text for text, _ in paragraphs)
    if not text.strip() or not has_sentences([text for text, _ in paragraphs]):  # menus and link labels only
        raise NoMainTextError("no main text found in the page")
    return WebPage(text, metadata, tuple(kind for _, kind in paragraphs))


#: Elements nested deeper than this are unwrapped (their text kept) before extraction: the parser and the
#: extractor both stop following a page at some depth, and the text below would be lost.
_DEEPEST = 100
_REFERENCE = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));?")


def _holds(code: int) -> bool:
    """Whether an XML tree (lxml's, trafilatura's) can hold the character."""
    return code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD or \
        0x10000 <= code <= 0x10FFFF


def _characters_a_tree_can_hold(html: str) -> str:
    """Numeric character references to what no tree can hold (NUL, a lone surrogate, a control character, a
    noncharacter, a number beyond Unicode: ``&#0;``, ``&#xD800;``, ``&#1;``) written as U+FFFD, the
    character browsers show for most of them; otherwise the extractor drops the whole page. C1 references
    (``&#128;``) are left to the parser, which reads them as Windows-1252, as browsers do."""
    def replaced(match: re.Match[str]) -> str:
        code = int(match.group(1), 16) if match.group(1) else int(match.group(2))
        return match.group(0) if _holds(code) or 0x80 <= code <= 0x9F else "\ufffd"

    return _REFERENCE.sub(replaced, html) if "&#" in html else html


def _too_deep(parser) -> bool:
    """Did the last parse stop at libxml2's default depth limit (256 levels)?"""
    return any("Excessive depth" in entry.message for entry in parser.error_log)


#: Blocks that make paragraphs: kept a little deeper than containers, so that a deep page keeps its paragraphs.
_TEXT_BLOCKS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "pre", "table",
                          "tr", "td", "th", "figcaption", "caption"})
#: Blocks that a start tag of the same name closes ("<p>a<p>b" is two paragraphs, not one inside the other).
_SELF_CLOSING_BLOCKS = frozenset({"p", "li", "dt", "dd", "tr", "td", "th", "option"})
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
                   "track", "wbr"})


class _Flattener(HTMLParser):
    """Writes a page back with every element nested deeper than :data:`_DEEPEST` levels unwrapped (its tags
    left out, its text kept); paragraph blocks are kept to twice that depth."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.out: list[str] = []
        self.open: list[tuple[str, bool]] = []  # each open element, and whether its tags are written
        self.depth = 0  # how many of them are written: the depth the parser will see
        self.names: Counter[str] = Counter()  # the open elements by name (a stray end tag costs no search)

    def handle_starttag(self, tag: str, attrs) -> None:
        raw = self.get_starttag_text() or f"<{tag}>"
        if tag in _VOID:
            self.out.append(raw)
            return
        if tag in _SELF_CLOSING_BLOCKS and self.open and self.open[-1][0] == tag:
            self.handle_endtag(tag)
        kept = self.depth < _DEEPEST or (tag in _TEXT_BLOCKS and self.depth < 2 * _DEEPEST)
        self.open.append((tag, kept))
        self.names[tag] += 1
        if kept:
            self.depth += 1
            self.out.append(raw)

    def handle_startendtag(self, tag: str, attrs) -> None:
        self.out.append(self.get_starttag_text() or f"<{tag}/>")

    def handle_endtag(self, tag: str) -> None:
        if not self.names[tag]:
            return  # an end tag with nothing open to close is left out
        for i in range(len(self.open) - 1, -1, -1):
            if self.open[i][0] == tag:
                kept = self.open[i][1]
                self.depth -= sum(written for _, written in self.open[i:])
                self.names.subtract(name for name, _ in self.open[i:])
                del self.open[i:]  # what was left open inside it closes with it, as a parser closes it
                if kept:
                    self.out.append(f"</{tag}>")
                return

    def handle_data(self, data: str) -> None:
        self.out.append(data)

    def handle_entityref(self, name: str) -> None:
        self.out.append(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self.out.append(f"&#{name};")

    def handle_decl(self, decl: str) -> None:
        self.out.append(f"<!{decl}>")


def _flattened(html: str) -> str:
    """The page with its deepest elements unwrapped (:class:`_Flattener`): a parser stops following a page at
    some depth (libxml2 at 256 levels, or 2,048 without its limit), and the text below would be lost."""
    flattener = _Flattener()
    flattener.feed(html)
    flattener.close()
    return "".join(flattener.out)


def _extraction(page: lxml.html.HtmlElement, options: ExtractionOptions):
    import trafilatura

    return trafilatura.bare_extraction(
        page, favor_precision=options.favor_precision, favor_recall=options.favor_recall,
        include_tables=options.include_tables, include_comments=options.include_comments,
        prune_xpath=options.prune_xpath, include_formatting=False, include_links=False, include_images=False,
        with_metadata=False)


def _with_time_as_text(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """A copy of the page where each ``<time>`` element is replaced by its text (trafilatura deletes them)."""
    import lxml.etree

    page = copy.deepcopy(tree)
    lxml.etree.strip_tags(page, "time")
    return page


def _metadata(tree: lxml.html.HtmlElement) -> dict[str, Any]:
    import trafilatura

    found: dict[str, Any] = {}
    # Not htmldate's extensive search: it would take a date from the story's own sentences.
    document = trafilatura.extract_metadata(tree, extensive=False)
    for name in _META_FIELDS:
        found["source" if name == "sitename" else name] = getattr(document, name, None)
    found["published"] = declared_published(tree, document.date)  # the page's own datePublished first
    site = found.get("source")
    found["title"] = page_title(tree, found.get("title"), site)
    authors = shown_byline(tree, site) or clean_authors(found.get("author"), site) or json_ld_authors(tree, site)
    found["author"] = None
    found["language"] = _declared_language(tree)
    cleaned: dict[str, Any] = {key: value.strip() for key, value in found.items()
                               if isinstance(value, str) and value.strip()}
    return cleaned | ({"authors": authors} if authors else {})


def _declared_language(tree: lxml.html.HtmlElement) -> str | None:
    root = tree.getroottree().getroot()
    return root.get("lang") or root.get("xml:lang") or None


def _paragraphs(body) -> list[tuple[str, str]]:
    """The paragraphs of trafilatura's tree, each with the tag of the block it comes from (``head`` for a
    heading, ``p``, ``quote``, ``item``, ``row``, ...)."""
    paragraphs: list[tuple[str, str]] = []
    _collect(body, paragraphs)
    return paragraphs


_LINE_BREAK = "\x00"  # stands for <lb/> while whitespace is collapsed (NUL never reaches an lxml tree)


def _collect(element, paragraphs: list[tuple[str, str]]) -> None:
    """Append the paragraphs of ``element``: text runs between its block children, and each block's own."""
    if element.tag == "row":
        paragraphs.append((" | ".join(text for cell in element if (text := _collapse(_inline_text(cell)))), "row"))
        return
    run = [element.text or ""]
    for child in element:
        if child.tag in _BLOCKS:
            paragraphs.extend((text, element.tag) for text in _split_run("".join(run)))
            _collect(child, paragraphs)
            run = [child.tail or ""]
        elif child.tag == "lb":
            run += [_LINE_BREAK, child.tail or ""]
        else:
            run += [_inline_text(child), child.tail or ""]
    paragraphs.extend((text, element.tag) for text in _split_run("".join(run)))


def _split_run(run: str) -> list[str]:
    """One ``<br>`` is a line break inside a paragraph; two or more in a row end the paragraph."""
    paragraphs, lines = [], []
    for line in (_collapse(part) for part in run.split(_LINE_BREAK)):
        if line:
            lines.append(line)
        elif lines:
            paragraphs.append("\n".join(lines))
            lines = []
    if lines:
        paragraphs.append("\n".join(lines))
    return paragraphs


def _inline_text(element) -> str:
    return "".join(element.itertext())


def _collapse(text: str) -> str:
    return " ".join(text.split())
