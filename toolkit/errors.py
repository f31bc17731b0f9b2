"""One exception hierarchy for everything the toolkit refuses to do.

Catch :class:`ToolkitError` to handle every problem the toolkit reports; catch a subclass to handle one
kind. Errors about a file carry its ``path`` and name it in the message. Several classes also derive from
the matching built-in exception (``FileNotFoundError``, ``ValueError``, ``UnicodeError``) so that ordinary
``except`` clauses keep working.

>>> from toolkit.errors import ToolkitError, LoadError
>>> issubclass(LoadError, ToolkitError)
True
"""

from __future__ import annotations

from os import PathLike
from pathlib import Path

__all__ = ["ArticleNotFoundError", "ArticleTooLongError", "BinaryFileError", "DecodingError", "EmptyArticleError",
           "EmptyCorpusError", "FileTooLargeError", "InvalidAnnotationError", "InvalidDateError", "InvalidJSONError",
           "InvalidMetadataError", "LegacyEncodingWarning", "LoadError", "MissingTextError", "MixedVersionsError",
           "NothingToScoreError", "OutsideCorpusError",
           "PipelineError", "PipelineNotFoundError", "ToolkitError", "ToolkitWarning", "UnsupportedFormatError", "warn"]


class ToolkitError(Exception):
    """Base class of every error raised by the toolkit."""


class LoadError(ToolkitError):
    """An article or corpus could not be loaded. ``path`` names the file (or ``None`` for in-memory text)."""

    def __init__(self, problem: str, path: str | PathLike[str] | None = None):
        self.path = None if path is None else str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}" if self.path else problem)


class ArticleNotFoundError(LoadError, FileNotFoundError):
    """The path does not exist."""


class UnsupportedFormatError(LoadError):
    """The file's extension is not one the loader reads (.txt, .md, .json, .jsonl, .html, .htm)."""


class FileTooLargeError(LoadError):
    """The file is larger than the configured size limit (``max_bytes``)."""


class EmptyArticleError(LoadError):
    """The file, or its text field, is empty or holds only whitespace."""


class BinaryFileError(LoadError):
    """The file holds binary data (NUL bytes or control characters), not text."""


class DecodingError(LoadError, UnicodeError):
    """The bytes cannot be decoded as text without losing or altering characters."""


class InvalidJSONError(LoadError, ValueError):
    """A .json, .jsonl or .meta.json file is not valid JSON or not an article object."""


class MissingTextError(LoadError):
    """An article object has no usable ``text`` field."""


class InvalidMetadataError(LoadError, ValueError):
    """A metadata field has the wrong type or an invalid value."""


class InvalidDateError(InvalidMetadataError):
    """A date (``published``, an anchor) is not a valid calendar date."""


class EmptyCorpusError(LoadError):
    """A directory, glob or .jsonl file yields no article at all."""


class OutsideCorpusError(LoadError):
    """A symbolic link in a corpus folder points outside it (followed only with ``follow_symlinks=True``)."""


class ArticleTooLongError(ToolkitError, ValueError):
    """An article is longer than the pipeline can parse at once (``nlp.max_length``)."""


class InvalidAnnotationError(ToolkitError, ValueError):
    """An annotation file (brat standoff) that cannot be read back: a malformed line, offsets outside the
    text, or a span whose text is not the text at its offsets. The message names the line."""


class NothingToScoreError(ToolkitError, ValueError):
    """A scorer found nothing to score (a missing or empty folder, a split that holds no document): a score
    over nothing is an error, never a row of zeros. The command-line scorers exit with status 2."""


class MixedVersionsError(ToolkitError):
    """A corpus run resumed into a folder written by another version of the toolkit, whose tables mean
    something else: start a new folder, or pass ``resume=False`` (``--restart``) to replace it."""


class PipelineError(ToolkitError):
    """A spaCy pipeline could not be resolved or loaded."""


class PipelineNotFoundError(PipelineError):
    """No pipeline of that name or path exists, and none is shipped or configured."""


class ToolkitWarning(UserWarning):
    """Base class of the toolkit's warnings."""


class LegacyEncodingWarning(ToolkitWarning):
    """A file was not UTF-8; its encoding was detected and the text decoded with it."""


def warn(message: str, category: type[Warning]) -> None:
    """Issue a warning attributed to the first caller outside the toolkit, so that Python prints the user's
    line, not the toolkit's source."""
    import sys
    import warnings

    package = str(Path(__file__).parent)
    level, frame = 2, sys._getframe(1)  # stacklevel 1 is this function, 2 its caller
    while frame is not None and frame.f_code.co_filename.startswith(package):
        level, frame = level + 1, frame.f_back
    warnings.warn(message, category, stacklevel=level)
