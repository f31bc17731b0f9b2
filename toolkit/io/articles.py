"""Articles in, exact text out: :class:`Article` and :func:`load_article` (many at once: :mod:`toolkit.io.corpus`).

An :class:`Article` keeps its text exactly as loaded: every offset the toolkit reports (paragraphs, entities,
quotes, dates) indexes into ``article.text``. For ``.txt``/``.md``/``.json`` that is the file's text, with line
endings as in the file (CRLF stays CRLF) and only a UTF-8 byte-order mark removed; for ``.html`` it is the
extracted main text (see :mod:`toolkit.io.webpage`), for ``.md`` the rendered text (see :mod:`toolkit.io.mdtext`).

>>> from toolkit import Article
>>> article = Article.from_text("First paragraph.\\n\\nSecond one.", title="Demo")
>>> [(p.start, p.end, p.text) for p in article.paragraphs]
[(0, 16, 'First paragraph.'), (18, 29, 'Second one.')]
"""

from __future__ import annotations

import bisect
import email.utils
import hashlib
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ..errors import (
    ArticleNotFoundError,
    EmptyArticleError,
    FileTooLargeError,
    InvalidDateError,
    InvalidJSONError,
    InvalidMetadataError,
    MissingTextError,
    UnsupportedFormatError,
)
from . import mdtext, textio, webpage
from .pagemeta import clean_authors
from .roles import is_credit, paragraph_roles
from .textio import DEFAULT_MAX_BYTES, parse_json

__all__ = ["ARTICLE_SUFFIXES", "HTML_OPTIONS", "KNOWN_FIELDS", "PUBLISHED_SOURCES", "SIDECAR_SUFFIX", "Article",
           "Paragraph", "article_object", "build_article", "check_length", "load_article", "parse_date", "parse_json",
           "printable", "split_authors", "split_paragraphs", "text_id"]

#: Extensions read by :func:`load_article`, and the reader used for each.
ARTICLE_SUFFIXES = (".txt", ".md", ".json", ".html", ".htm")
#: Metadata fields with a meaning of their own; any other field is kept in ``Article.extra``.
KNOWN_FIELDS = ("id", "title", "url", "published", "source", "author", "authors", "language", "description")
#: Where ``Article.published`` came from: a keyword argument, a ``.meta.json`` sidecar, the JSON article
#: object, or the web page's own metadata (meta tags, JSON-LD, ``<time>``). ``None`` when no date is stated.
PUBLISHED_SOURCES = ("argument", "sidecar", "json", "html-metadata")
#: The sidecar of ``story.txt`` (or ``.md``, ``.html``) is ``story.meta.json``: metadata fields for the article.
SIDECAR_SUFFIX = ".meta.json"
#: Keyword arguments of :func:`load_article` (and :func:`load_corpus`) that tune web-page extraction.
HTML_OPTIONS = ("favor_precision", "favor_recall", "include_tables", "include_comments", "prune_xpath")

_BLANK_LINE = re.compile(r"\r?\n[ \t]*\r?\n")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class Paragraph:
    """One paragraph: ``text == article.text[start:end]`` (surrounding whitespace excluded), and its ``role``:
    ``story``, or a line around the story (``title``, ``byline``, ``caption``, ... :mod:`toolkit.io.roles`)."""

    index: int
    start: int
    end: int
    text: str
    role: str = "story"


@dataclass(frozen=True)
class Article:
    """A news article: its exact text, where it came from, and its stated metadata.

    ``published`` is a :class:`datetime.date` when the source states one, else ``None`` (never guessed), and
    ``published_source`` says where it came from (one of :data:`PUBLISHED_SOURCES`). ``source`` is the outlet
    (for a web page, its site name; also available as ``sitename``). ``authors`` are the people who wrote it,
    in the order given; ``author`` is the same names joined by commas. Either may be given: a string of
    several names ("Ana Reyes and Tom Ek") gives each as one of the ``authors``. ``encoding`` is the encoding
    the file was decoded with (``None`` for in-memory text).

    >>> Article.from_text("Talks resumed.", author="Ana Reyes and Tom Ek").authors
    ('Ana Reyes', 'Tom Ek')
    """

    #: The article's text exactly as loaded (a web page's extracted main text, a Markdown file's rendered text):
    #: every offset indexes into it.
    text: str
    #: The article's id: from its metadata, else the file's name without its extension.
    id: str
    #: The file it was read from; None for text given directly.
    path: Path | None = None
    #: Its headline, as its metadata or the page gives it.
    title: str | None = None
    #: Its web address, as its metadata or the page gives it.
    url: str | None = None
    #: The publication date the source states (never guessed); None where none is stated.
    published: date | None = None
    #: The outlet (a web page's site name).
    source: str | None = None
    #: The authors' names joined by commas.
    author: str | None = None
    #: The authors' names, each apart, in the order given.
    authors: tuple[str, ...] = ()
    #: The language its metadata or the page declares.
    language: str | None = None
    #: The summary its metadata or the page gives.
    description: str | None = None
    #: Where ``published`` came from (one of :data:`PUBLISHED_SOURCES`), or None.
    published_source: str | None = None
    #: The encoding the file was decoded with (``utf-8-sig`` when a byte-order mark was removed).
    encoding: str | None = None
    #: Other metadata fields (a JSON object's or a sidecar's own keys), kept as given.
    extra: Mapping[str, Any] = field(default_factory=dict)
    #: a web page's block tags, one per paragraph (``head`` for a heading): they help tell each paragraph's role
    blocks: tuple[str, ...] = field(default=(), repr=False, compare=False)
    #: The paragraphs of ``text``, each a :class:`Paragraph` with its offsets and its role.
    paragraphs: tuple[Paragraph, ...] = field(init=False, repr=False, compare=False)
    _paragraph_starts: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self.text, str):
            raise MissingTextError(f"article text must be a string, not {type(self.text).__name__}", self.path)
        if not self.text.strip():
            raise EmptyArticleError("the article text is empty or only whitespace", self.path)
        if not isinstance(self.authors, tuple):
            object.__setattr__(self, "authors", tuple(self.authors))
        if self.authors and not self.author:
            object.__setattr__(self, "author", ", ".join(self.authors))
        elif self.author and not self.authors:
            object.__setattr__(self, "authors", split_authors(self.author))
        paragraphs = split_paragraphs(self.text)
        roles = paragraph_roles(paragraphs, self.title, self.blocks)
        object.__setattr__(self, "paragraphs", tuple(replace(p, role=r) for p, r in zip(paragraphs, roles,
                                                                                         strict=True)))
        object.__setattr__(self, "_paragraph_starts", tuple(p.start for p in self.paragraphs))
        if self.published is None:
            object.__setattr__(self, "published_source", None)
        elif self.published_source is None:
            object.__setattr__(self, "published_source", "argument")
        elif self.published_source not in PUBLISHED_SOURCES:
            raise InvalidMetadataError(f"published_source must be one of {PUBLISHED_SOURCES}, not "
                                       f"{self.published_source!r}", self.path)

    @property
    def sitename(self) -> str | None:
        """The site name of a web page (the same field as ``source``)."""
        return self.source

    @classmethod
    def from_text(cls, text: str, **metadata: Any) -> Article:
        """Make an article from a string; ``id`` defaults to a hash of the text.

        >>> Article.from_text("Talks resumed on Monday.", published="2024-03-05").published
        datetime.date(2024, 3, 5)
        """
        blocks = tuple(metadata.pop("blocks", ()))  # a web page's block tags, not metadata
        fields = _normalise_metadata(metadata, None)
        fields.setdefault("id", text_id(text) if isinstance(text, str) else "text")
        return cls(text=text, blocks=blocks, **fields)

    def paragraph_at(self, offset: int) -> Paragraph | None:
        """The paragraph containing character ``offset``, or ``None`` between paragraphs (found by bisection:
        the paragraphs are in text order and do not overlap)."""
        found = bisect.bisect_right(self._paragraph_starts, offset) - 1
        paragraph = self.paragraphs[found] if found >= 0 else None
        return paragraph if paragraph is not None and offset < paragraph.end else None

    def metadata(self) -> dict[str, Any]:
        """The article's metadata as a JSON-ready dict (dates as ISO strings)."""
        return {
            "id": self.id,
            "path": None if self.path is None else printable(str(self.path)),
            "title": self.title,
            "url": self.url,
            "published": None if self.published is None else self.published.isoformat(),
            "published_source": self.published_source,
            "source": self.source,
            "author": self.author,
            "authors": list(self.authors),
            "language": self.language,
            "description": self.description,
            "encoding": self.encoding,
            "n_chars": len(self.text),
            "n_paragraphs": len(self.paragraphs),
            **dict(self.extra),
        }

    def __repr__(self) -> str:
        head = self.text[:40].replace("\n", " ")
        return (f"Article(id={self.id!r}, title={self.title!r}, published={self.published!r}, "
                f"n_chars={len(self.text)}, text={head!r}...)")


def printable(name: str) -> str:
    r"""A file name as valid Unicode: bytes the file system gave that are not UTF-8 (kept by Python as
    surrogate escapes) written as ``\xff``, so that every output stays valid UTF-8.

    >>> printable("caf\udce9.txt")
    'caf\\xe9.txt'
    """
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def text_id(text: str) -> str:
    """A short stable id for a text (first 16 hex digits of its SHA-1)."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def split_paragraphs(text: str) -> tuple[Paragraph, ...]:
    """Paragraphs with exact offsets: blocks between blank lines, or one per line when no line is blank.

    >>> [p.text for p in split_paragraphs("One.\\nTwo.")]
    ['One.', 'Two.']
    """
    separator = _BLANK_LINE if _BLANK_LINE.search(text) else _LINE_BREAK
    paragraphs: list[Paragraph] = []
    start = 0
    for match in [*separator.finditer(text), None]:
        end = match.start() if match else len(text)
        chunk = text[start:end]
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            p_start = start + lead
            paragraphs.append(Paragraph(len(paragraphs), p_start, p_start + len(stripped), stripped))
        if match:
            start = match.end()
    return tuple(paragraphs)


# ---------------------------------------------------------------------------------------------- metadata

def parse_date(value: Any, path: str | os.PathLike[str] | None = None, name: str = "date") -> date | None:
    """A calendar date from a ``date``, a ``datetime``, an ISO 8601 string or an RFC 2822 string.

    ``None`` and ``""`` give ``None``; anything else that is not a real date raises :class:`InvalidDateError`.

    >>> parse_date("2018-12-04T09:30:00Z")
    datetime.date(2018, 12, 4)
    >>> parse_date("Tue, 04 Dec 2018 09:30:00 GMT")
    datetime.date(2018, 12, 4)
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise InvalidDateError(f"{name} must be a date or an ISO date string, not {type(value).__name__}", path)
    text = value.strip()
    for parse in (date.fromisoformat, lambda s: datetime.fromisoformat(s).date(),
                  lambda s: email.utils.parsedate_to_datetime(s).date()):
        try:
            return parse(text)
        except (ValueError, TypeError, IndexError):
            continue
    raise InvalidDateError(f"{name} {value!r} is not a valid date (expected e.g. 2018-12-04)", path)


def _normalise_metadata(raw: Mapping[str, Any], path) -> dict[str, Any]:
    """Split raw metadata into the Article's own fields and ``extra``; validate types and dates."""
    fields: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key, value in raw.items():
        if key in ("text", "published_source"):  # published_source is derived by the loader
            continue
        if key == "published":
            fields["published"] = parse_date(value, path, "published")
        elif key in ("author", "authors"):
            fields["authors"] = _authors(value, key, path)
            fields["author"] = ", ".join(fields["authors"]) or None
        elif key in KNOWN_FIELDS:
            if value is not None and not isinstance(value, str | int):
                raise InvalidMetadataError(f"{key} must be a string, not {type(value).__name__}", path)
            fields[key] = None if value is None else str(value)
        else:
            extra[key] = value
    if extra:
        fields["extra"] = extra
    return fields


_NAME_SEPARATORS = re.compile(r"\s*(?:;|,|\band\b|&)\s*")


def split_authors(value: str) -> tuple[str, ...]:
    """The names in a string of authors: split at ";", ",", "and" and "&".

    >>> split_authors("Ana Reyes, Tom Ek and Li Wen")
    ('Ana Reyes', 'Tom Ek', 'Li Wen')
    """
    return tuple(dict.fromkeys(name for name in (" ".join(n.split()) for n in _NAME_SEPARATORS.split(value))
                               if name))


def _authors(value: Any, key: str, path) -> tuple[str, ...]:
    """``author`` / ``authors`` metadata as a tuple of names: a string of names, or a list of strings."""
    if value is None:
        return ()
    if isinstance(value, str):
        return split_authors(value)
    if isinstance(value, list | tuple) and all(isinstance(v, str) for v in value):
        return tuple(dict.fromkeys(" ".join(v.split()) for v in value if v.strip()))
    raise InvalidMetadataError(f"{key} must be a string or a list of strings, not {type(value).__name__}", path)


def _sidecar(path: Path) -> dict[str, Any]:
    meta_path = path.with_name(path.stem + SIDECAR_SUFFIX)
    try:
        if not meta_path.is_file():
            return {}
    except OSError:  # a name too long for the file system: no such sidecar can exist
        return {}
    meta = parse_json(textio.decode(textio.read_bytes(meta_path), meta_path).text, meta_path)
    if not isinstance(meta, dict):
        raise InvalidJSONError("a .meta.json sidecar must hold one JSON object", meta_path)
    return meta


def article_object(obj: Any, where) -> tuple[str, dict[str, Any]]:
    """Text and metadata of one JSON article object."""
    if not isinstance(obj, dict):
        hint = " (for many articles use a .jsonl file)" if isinstance(obj, list) else ""
        raise InvalidJSONError(f"expected one article object, found a JSON {type(obj).__name__}{hint}", where)
    if "text" not in obj:
        raise MissingTextError(f"the article object has no 'text' field (fields: {sorted(obj)})", where)
    if not isinstance(obj["text"], str):
        raise MissingTextError(f"'text' must be a string, not {type(obj['text']).__name__}", where)
    return obj["text"], {k: v for k, v in obj.items() if k != "text"}


# ---------------------------------------------------------------------------------------------- articles

def load_article(path: str | os.PathLike[str], *, encoding: str | None = None,
                 max_bytes: int | None = DEFAULT_MAX_BYTES, max_chars: int | None = None,
                 favor_precision: bool = False,
                 favor_recall: bool = False, include_tables: bool = True, include_comments: bool = False,
                 prune_xpath: str | list[str] | None = None, **metadata: Any) -> Article:
    """Load one article from a ``.txt``, ``.md``, ``.json`` or ``.html`` file.

    Metadata comes from the file (a JSON object's fields; a web page's metadata; for other files a sidecar
    ``<stem>.meta.json``, which also adds to a web page's) and is overridden by keyword arguments; the article's
    ``published_source`` records which one gave the date. ``id`` defaults to the file name's stem.

    A web page's main text and metadata are extracted by trafilatura (see :mod:`toolkit.io.webpage`); nothing
    is fetched and no script runs. Its options, for ``.html`` files only: ``favor_precision`` (less
    boilerplate, may lose text), ``favor_recall`` (less text lost, may let boilerplate in), ``include_tables``
    (default ``True``), ``include_comments`` (readers' comments, default ``False``) and ``prune_xpath``
    (elements to drop first). A page with no main text raises :class:`~toolkit.errors.EmptyArticleError`.
    ``encoding`` forces a decoding; by default UTF-8 is expected and a legacy encoding is detected with a
    :class:`~toolkit.errors.LegacyEncodingWarning`. Files above ``max_bytes`` (20 MB by default, ``None`` for
    no limit) are refused, and so are articles whose text is longer than ``max_chars`` characters (no limit
    by default; the pipeline's own ``max_length`` still applies when it is analysed). Every problem raises a
    :class:`~toolkit.errors.LoadError` naming the file.

    >>> article = load_article("data/articles/000_a0b5b4455e1f7479.txt")  # doctest: +SKIP
    >>> article.published is None  # the sample states no date  # doctest: +SKIP
    True
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        if not path.exists():
            raise ArticleNotFoundError("no such file or directory", path)
        raise UnsupportedFormatError(
            f"unsupported file type {suffix or '(none)'!r}; expected one of {', '.join(ARTICLE_SUFFIXES)}", path)
    data = textio.read_bytes(path, max_bytes)
    if not data.strip():
        raise EmptyArticleError("the file is empty or only whitespace", path)
    decoded = textio.decode(data, path, encoding)
    text, used_encoding = decoded.text, decoded.encoding
    layers: list[tuple[str | None, Mapping[str, Any]]] = []  # metadata, from the weakest to the strongest
    blocks: tuple[str, ...] = ()
    if suffix == ".json":
        text, file_meta = article_object(parse_json(text, path), path)
        layers.append(("json", file_meta))
    elif suffix in (".html", ".htm"):
        options = webpage.ExtractionOptions(favor_precision, favor_recall, include_tables, include_comments,
                                            prune_xpath)
        page = _web_page(text, path, options)
        text, blocks = page.text, page.blocks
        layers.append(("html-metadata", page.metadata | _byline_author(page)))
    elif suffix == ".md":
        rendered = mdtext.render(text)
        text = rendered.text
        layers.append((None, {"title": rendered.title} if rendered.title else {}))
    if suffix != ".json":
        layers.append(("sidecar", _sidecar(path)))
    layers.append(("argument", metadata))
    check_length(text, max_chars, path)
    return build_article(text, layers, path, used_encoding, blocks=blocks)


def _byline_author(page: webpage.WebPage) -> dict[str, list[str]]:
    """Where the page declares no author, the people named by the byline that opens its text ("By Ana Reyes",
    in the first three paragraphs) or closes it (the last one); a byline inside the story (an analyst's box)
    is not the article's, nor are a wire story's closing credits ("Reporting by …; Editing by …")."""
    if page.metadata.get("authors"):
        return {}
    paragraphs = split_paragraphs(page.text)
    roles = paragraph_roles(paragraphs, page.metadata.get("title"), page.blocks)
    for i, (paragraph, role) in enumerate(zip(paragraphs, roles, strict=True)):
        if role == "byline" and (i < 3 or i == len(paragraphs) - 1) and not is_credit(paragraph.text) and \
                (names := clean_authors(paragraph.text, page.metadata.get("source"))):
            return {"authors": names}
    return {}


def check_length(text: str, max_chars: int | None, where) -> None:
    """A :class:`~toolkit.errors.FileTooLargeError` for a text longer than ``max_chars`` characters."""
    if max_chars is not None and len(text) > max_chars:
        raise FileTooLargeError(f"the article has {len(text):,} characters, above the limit of {max_chars:,} "
                                "(max_chars)", where)


def _web_page(html: str, path: Path, options: webpage.ExtractionOptions) -> webpage.WebPage:
    try:
        return webpage.extract(html, options)
    except webpage.NoMainTextError as err:
        raise EmptyArticleError(f"{err} (nothing that reads as an article: empty, only scripts or menus)",
                                path) from err


def build_article(text: str, layers: list[tuple[str | None, Mapping[str, Any]]], path: Path, encoding: str | None,
                  default_id: str | None = None, where: str | None = None, blocks: tuple[str, ...] = ()) -> Article:
    """The Article, from metadata layers (later ones override earlier ones, each named by where it comes
    from), with errors naming ``where`` (a file, or ``file:line`` in a .jsonl)."""
    where = where or str(path)
    raw_meta: dict[str, Any] = {}
    published_source = None
    for origin, layer in layers:
        if "author" in layer or "authors" in layer:  # a later layer's authors replace, whichever key it uses
            raw_meta.pop("author", None)
            raw_meta.pop("authors", None)
        raw_meta.update(layer)
        if "published" in layer:
            published_source = origin if layer["published"] is not None else None
    fields = _normalise_metadata(raw_meta, where)
    fields.setdefault("id", printable(default_id or path.name.removesuffix(path.suffix)))
    if not text.strip():
        raise EmptyArticleError("the article text is empty or only whitespace", where)
    return Article(text=text, path=path, encoding=encoding, published_source=published_source, blocks=blocks,
                   **fields)
