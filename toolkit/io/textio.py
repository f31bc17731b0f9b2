"""Bytes to text, exactly: size limit, binary detection, UTF-8 first, legacy encodings detected and reported;
and JSON text to values (:func:`parse_json`), with its errors typed.

Decoding is always strict: a character is never dropped or replaced. A UTF-8 byte-order mark is an encoding
marker, not text, so it is removed (the result records ``utf-8-sig``); line endings are kept as they are in
the file (CRLF stays CRLF), so offsets refer to the text exactly as loaded.
"""

from __future__ import annotations

import codecs
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import (
    ArticleNotFoundError,
    BinaryFileError,
    DecodingError,
    FileTooLargeError,
    InvalidJSONError,
    LegacyEncodingWarning,
    ToolkitWarning,
    warn,
)

__all__ = ["DEFAULT_MAX_BYTES", "DecodedText", "decode", "parse_json", "read_bytes"]

#: Default size limit of one article file (the ``max_bytes`` argument of the loaders overrides it).
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

# Control characters that do not occur in text files (everything below U+0020 except TAB, LF, VT, FF, CR).
_CONTROL = {chr(c) for c in range(32)} - set("\t\n\x0b\x0c\r")
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str


def read_bytes(path: Path, max_bytes: int | None = DEFAULT_MAX_BYTES) -> bytes:
    """Read a whole file after checking that it exists, is a file and is within ``max_bytes``."""
    if not path.exists():
        raise ArticleNotFoundError("no such file or directory", path)
    if not path.is_file():
        raise ArticleNotFoundError("not a regular file", path)
    size = path.stat().st_size
    if max_bytes is not None and size > max_bytes:
        raise FileTooLargeError(
            f"file is {size:,} bytes, above the limit of {max_bytes:,} bytes "
            "(pass max_bytes=... to raise the limit)",
            path,
        )
    return path.read_bytes()


def decode(data: bytes, path: str | os.PathLike[str] | None = None, encoding: str | None = None) -> DecodedText:
    """Decode ``data`` strictly: the given ``encoding``, else UTF-8 (BOM allowed), else a detected legacy one.

    >>> decode("café".encode("utf-8")).encoding
    'utf-8'
    """
    if encoding is not None:
        return DecodedText(_decode_strict(data, encoding, path), encoding)
    if data.startswith(_UTF16_BOMS):
        return _checked(DecodedText(_decode_strict(data, "utf-16", path), "utf-16"), path)
    if b"\x00" in data:
        unmarked = _utf16_without_bom(data)
        if unmarked is not None:
            return _checked(DecodedText(_decode_strict(data, unmarked, path), unmarked), path)
        raise BinaryFileError("holds NUL bytes: a binary file, not text", path)
    if data.startswith(codecs.BOM_UTF8):
        return _checked(DecodedText(_decode_strict(data, "utf-8-sig", path), "utf-8-sig"), path)
    try:
        return _checked(DecodedText(data.decode("utf-8"), "utf-8"), path)
    except UnicodeDecodeError as err:
        if _has_valid_utf8_multibyte(data):
            # UTF-8 text with a broken byte, before or after its well-formed characters: guessing another
            # encoding would garble the rest.
            raise DecodingError(
                f"invalid UTF-8 byte {data[err.start]:#04x} at byte offset {err.start} in otherwise UTF-8 text "
                "(pass encoding=... if the file uses another encoding)",
                path,
            ) from err
    return _checked(_detect_legacy(data, path), path)


def _decode_strict(data: bytes, encoding: str, path) -> str:
    try:
        return data.decode(encoding)
    except LookupError as err:
        raise DecodingError(f"unknown encoding {encoding!r}", path) from err
    except UnicodeDecodeError as err:
        raise DecodingError(f"cannot be decoded as {encoding} at byte offset {err.start}: {err.reason}", path) from err


# A well-formed UTF-8 sequence of two to four bytes (a lead byte and its continuation bytes).
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _has_valid_utf8_multibyte(data: bytes) -> bool:
    r"""True when ``data`` holds a well-formed multi-byte UTF-8 character anywhere (curly quotes, accents):
    then it is UTF-8 text, damaged where it does not decode, not text in a legacy encoding.

    >>> _has_valid_utf8_multibyte("“here”".encode() + b"\xff"), _has_valid_utf8_multibyte(b"caf\xe9")
    (True, False)
    """
    return _UTF8_MULTIBYTE.search(data) is not None


def _utf16_without_bom(data: bytes) -> str | None:
    """``"utf-16-le"`` or ``"utf-16-be"`` for UTF-16 text without a byte-order mark: mostly Latin text has
    a NUL in (nearly) every second byte, on one side only; anything else is ``None``."""
    if len(data) < 8 or len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    half = len(data) // 2
    if odd >= 0.9 * half and even <= 0.05 * half:
        return "utf-16-le"
    if even >= 0.9 * half and odd <= 0.05 * half:
        return "utf-16-be"
    return None


# Bytes that Windows-1252 leaves undefined; its curly quotes and dashes sit in 0x80-0x9F, which are control
# characters in Latin-1 and rare elsewhere.
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")


def _detect_legacy(data: bytes, path) -> DecodedText:
    high = sum(b >= 0x80 for b in data)
    western = high <= 0.3 * len(data)  # in Cyrillic or Greek code pages most letters are high bytes
    if western and any(0x80 <= b <= 0x9F for b in data) and not _CP1252_UNDEFINED & set(data):
        warn(f"{path or 'text'}: not UTF-8; decoded as cp1252 (its quotation marks and dashes). Pass "
             "encoding=... to choose another.", LegacyEncodingWarning)
        return DecodedText(data.decode("cp1252"), "cp1252")
    import charset_normalizer  # only for files that are not UTF-8

    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise DecodingError("undecodable bytes: not UTF-8 and no known encoding fits", path)
    text = _decode_strict(data, best.encoding, path)
    warn(f"{path or 'text'}: not UTF-8; decoded as {best.encoding} (detected). Pass encoding=... to choose "
         "another.", LegacyEncodingWarning)
    return DecodedText(text, best.encoding)


def _checked(decoded: DecodedText, path) -> DecodedText:
    """Reject decoded text that is mostly control characters: a binary file that happened to decode."""
    sample = decoded.text[:65536]
    controls = sum(ch in _CONTROL for ch in sample)
    if controls and controls > max(2, len(sample) // 100):
        raise BinaryFileError(f"holds {controls} control characters: a binary file, not text", path)
    return decoded


def parse_json(text: str, where: str | os.PathLike[str] | None) -> Any:
    """``json.loads`` that fails only with :class:`InvalidJSONError`, naming ``where``: broken syntax, nesting
    deeper than Python can follow, or a number too long to read. A lone surrogate escape (``"\\ud800"``),
    which no UTF-8 text can hold, becomes U+FFFD (one character for one, so offsets keep), with a warning."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as err:
        raise InvalidJSONError(f"broken JSON at line {err.lineno}, column {err.colno}: {err.msg}", where) from err
    except RecursionError as err:
        raise InvalidJSONError("broken JSON: nested deeper than can be read", where) from err
    except ValueError as err:  # e.g. an integer of more than 4,300 digits
        raise InvalidJSONError(f"broken JSON: {err}", where) from err
    return _without_lone_surrogates(value, where)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _without_lone_surrogates(value: Any, where) -> Any:
    if isinstance(value, str):
        if _SURROGATE.search(value):
            warn(f"{where}: a lone surrogate escape in the JSON was replaced by U+FFFD", ToolkitWarning)
            return _SURROGATE.sub("\ufffd", value)
        return value
    if isinstance(value, dict):
        return {_without_lone_surrogates(k, where): _without_lone_surrogates(v, where) for k, v in value.items()}
    if isinstance(value, list):
        return [_without_lone_surrogates(v, where) for v in value]
    return value
