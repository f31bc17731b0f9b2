"""Corpora: many articles from a directory, a glob pattern or a ``.jsonl`` file, read lazily, with every
entry's article or the error that stopped it (:func:`load_corpus`, :class:`Corpus`).

>>> from toolkit import load_corpus
>>> corpus = load_corpus("data/articles")  # doctest: +SKIP
>>> corpus.to_frame()[["id", "n_chars"]]  # doctest: +SKIP
"""

from __future__ import annotations

import glob as globbing
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from ..errors import (
    ArticleNotFoundError,
    EmptyCorpusError,
    FileTooLargeError,
    InvalidJSONError,
    LoadError,
    OutsideCorpusError,
    ToolkitWarning,
    warn,
)
from .articles import (
    ARTICLE_SUFFIXES,
    HTML_OPTIONS,
    SIDECAR_SUFFIX,
    Article,
    article_object,
    build_article,
    check_length,
    load_article,
    parse_json,
)
from .textio import DEFAULT_MAX_BYTES

__all__ = ["Corpus", "CorpusItem", "load_corpus"]


@dataclass(frozen=True)
class CorpusItem:
    """One entry of a corpus: where it comes from, and either its article or the error that stopped it."""

    source: str
    article: Article | None = None
    error: LoadError | None = None


class Corpus:
    """A lazy collection of articles: iterating reads one article at a time, every time.

    ``on_error`` chooses what iteration does with an article that cannot be loaded: ``"raise"`` (default),
    or ``"skip"`` (warn, record it in ``corpus.errors`` and go on). :meth:`items` yields every entry with its
    article or its error, for callers that report errors themselves.
    """

    def __init__(self, items: Callable[[], Iterator[CorpusItem]], size: Callable[[], int], description: str,
                 on_error: str = "raise"):
        if on_error not in ("raise", "skip"):
            raise ValueError(f"on_error must be 'raise' or 'skip', not {on_error!r}")
        self._items = items
        self._size = size
        self.description = description
        self.on_error = on_error
        self.errors: list[LoadError] = []

    def items(self) -> Iterator[CorpusItem]:
        """Every entry in corpus order, each a :class:`CorpusItem`: the article, or the error that kept it from
        loading (iterating the corpus itself raises that error or, with ``on_error="skip"``, records it)."""
        return self._items()

    def __iter__(self) -> Iterator[Article]:
        self.errors = []
        for item in self._items():
            if item.error is None:
                yield item.article
            elif self.on_error == "raise":
                raise item.error
            else:
                self.errors.append(item.error)
                warn(f"skipped: {item.error}", ToolkitWarning)

    def __len__(self) -> int:
        """Number of entries (files or JSON lines), counted without parsing any article."""
        return self._size()

    def to_frame(self, text: bool = False) -> pd.DataFrame:
        """One row of metadata per article (and its ``text`` column when ``text=True``)."""
        rows = [{**article.metadata(), **({"text": article.text} if text else {})} for article in self]
        return pd.DataFrame(rows)

    def __repr__(self) -> str:
        return f"Corpus({self.description}, {len(self)} entries)"


def load_corpus(path_or_glob: str | os.PathLike[str], *, recursive: bool = False, on_error: str = "raise",
                encoding: str | None = None, max_bytes: int | None = DEFAULT_MAX_BYTES,
                max_chars: int | None = None, follow_symlinks: bool = False, **html_options: Any) -> Corpus:
    """Articles from a directory, a glob pattern (``"news/*.txt"``) or a ``.jsonl`` file, read lazily.

    A directory gives its article files in name order (``recursive=True`` walks subdirectories; sidecar
    ``.meta.json`` files are metadata, not articles). In a ``.jsonl`` file each non-blank line is one article
    object; its ``id`` defaults to ``<stem>-<line number>``. A corpus with no entry at all raises
    :class:`~toolkit.errors.EmptyCorpusError`. ``html_options`` (``favor_precision``, ``favor_recall``,
    ``include_tables``, ``include_comments``, ``prune_xpath``) go to :func:`load_article` for web pages.

    A symbolic link in a directory or glob that points outside its folder is an
    :class:`~toolkit.errors.OutsideCorpusError` entry unless ``follow_symlinks=True``; linked directories are
    never walked, so a link loop cannot trap the walk.
    """
    unknown = set(html_options) - set(HTML_OPTIONS)
    if unknown:
        raise TypeError(f"load_corpus() got unexpected keyword arguments {sorted(unknown)}; "
                        f"web-page options are {', '.join(HTML_OPTIONS)}")
    spec = os.fspath(path_or_glob)
    path = Path(spec)
    options = {"encoding": encoding, "max_bytes": max_bytes, "max_chars": max_chars, **html_options}
    if path.is_file() and path.suffix.lower() == ".jsonl":
        return _jsonl_corpus(path, max_bytes, on_error, max_chars)
    if path.is_dir():
        files = _article_files(path, recursive)
        if not any(_is_article_file(f) for f in files):
            raise EmptyCorpusError(f"no article files ({', '.join(ARTICLE_SUFFIXES)}) in this directory", path)
        return _file_corpus(files, str(path), options, on_error, None if follow_symlinks else path)
    if path.is_file():
        return _file_corpus([path], str(path), options, on_error)
    if globbing.has_magic(spec):
        files = [Path(p) for p in sorted(globbing.glob(spec, recursive=recursive)) if _is_article_file(Path(p))]
        if not files:
            raise EmptyCorpusError("the pattern matches no article file", spec)
        return _file_corpus(files, spec, options, on_error, None if follow_symlinks else _glob_root(spec))
    raise ArticleNotFoundError("no such file, directory or pattern", spec)


def _is_article_file(path: Path) -> bool:
    name = path.name.lower()
    return path.is_file() and path.suffix.lower() in ARTICLE_SUFFIXES and not name.endswith(SIDECAR_SUFFIX)


def _is_corpus_entry(path: Path) -> bool:
    """Every file of a corpus directory is an entry except sidecars and hidden files: a file of another type
    (a .docx) becomes an error the user sees, not a silent gap."""
    name = path.name.lower()
    return path.is_file() and not name.startswith(".") and not name.endswith(SIDECAR_SUFFIX)


def _article_files(directory: Path, recursive: bool) -> list[Path]:
    candidates = directory.rglob("*") if recursive else directory.iterdir()
    return sorted(p for p in candidates if _is_corpus_entry(p))


def _glob_root(pattern: str) -> Path:
    """The folder a glob pattern stays in: its path up to the first wildcard."""
    fixed = []
    for part in Path(pattern).parts:
        if globbing.has_magic(part):
            break
        fixed.append(part)
    return Path(*fixed) if fixed else Path(".")


def _outside(file: Path, root: Path) -> bool:
    return file.is_symlink() and not file.resolve().is_relative_to(root.resolve())


def _file_corpus(files: list[Path], description: str, options: dict[str, Any], on_error: str,
                 root: Path | None = None) -> Corpus:
    def items() -> Iterator[CorpusItem]:
        for file in files:
            if root is not None and _outside(file, root):
                yield CorpusItem(str(file), error=OutsideCorpusError(
                    f"a symbolic link to {file.resolve()}, outside the corpus folder: not read (pass "
                    "follow_symlinks=True, --follow-symlinks, to read it)", file))
                continue
            try:
                yield CorpusItem(str(file), article=load_article(file, **options))
            except LoadError as err:
                yield CorpusItem(str(file), error=err)

    return Corpus(items, lambda: len(files), description, on_error)


def _jsonl_corpus(path: Path, max_bytes: int | None, on_error: str, max_chars: int | None = None) -> Corpus:
    def lines() -> Iterator[tuple[int, bytes]]:
        with path.open("rb") as handle:
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    yield number, line

    def items() -> Iterator[CorpusItem]:
        for number, line in lines():
            where = f"{path}:{number}"
            try:
                yield CorpusItem(where, article=_jsonl_article(path, number, line, max_bytes, max_chars))
            except LoadError as err:
                yield CorpusItem(where, error=err)

    if next(lines(), None) is None:
        raise EmptyCorpusError("the .jsonl file holds no article", path)
    return Corpus(items, lambda: sum(1 for _ in lines()), str(path), on_error)


def _jsonl_article(path: Path, number: int, line: bytes, max_bytes: int | None,
                   max_chars: int | None = None) -> Article:
    where = f"{path}:{number}"
    if max_bytes is not None and len(line) > max_bytes:
        raise FileTooLargeError(f"line is {len(line):,} bytes, above the limit of {max_bytes:,} bytes", where)
    try:
        decoded = line.decode("utf-8-sig") if number == 1 else line.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InvalidJSONError(f"JSON Lines must be UTF-8; invalid byte at offset {err.start}", where) from err
    obj = parse_json(decoded, where)
    text, meta = article_object(obj, where)
    check_length(text, max_chars, where)
    return build_article(text, [("json", meta)], path, "utf-8", default_id=f"{path.stem}-{number}", where=where)
