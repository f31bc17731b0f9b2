"""toolkit.io.textio: bytes to text, exactly (decode, read_bytes)."""

from __future__ import annotations

import codecs

import pytest

from toolkit.errors import (
    ArticleNotFoundError,
    BinaryFileError,
    DecodingError,
    FileTooLargeError,
    LegacyEncodingWarning,
)
from toolkit.io.textio import decode, read_bytes

TEXT = "Lena Varga opened the café in Kessel.\r\nIt serves “strong” coffee."


def test_utf8_is_read_as_it_is_with_its_line_endings():
    decoded = decode(TEXT.encode("utf-8"))
    assert (decoded.text, decoded.encoding) == (TEXT, "utf-8")
    assert "\r\n" in decoded.text


def test_a_utf8_byte_order_mark_is_removed_and_recorded():
    decoded = decode(codecs.BOM_UTF8 + TEXT.encode("utf-8"))
    assert (decoded.text, decoded.encoding) == (TEXT, "utf-8-sig")


def test_utf16_with_and_without_a_byte_order_mark():
    assert decode(TEXT.encode("utf-16")).text == TEXT
    assert (decode(TEXT.encode("utf-16-le")).text, decode(TEXT.encode("utf-16-le")).encoding) == (TEXT, "utf-16-le")
    assert (decode(TEXT.encode("utf-16-be")).text, decode(TEXT.encode("utf-16-be")).encoding) == (TEXT, "utf-16-be")


def test_windows_1252_quotation_marks_are_read_with_a_warning():
    data = "Varga called it “a fair deal” – for now.".encode("cp1252")
    with pytest.warns(LegacyEncodingWarning, match="cp1252"):
        decoded = decode(data, "varga.txt")
    assert (decoded.text, decoded.encoding) == ("Varga called it “a fair deal” – for now.", "cp1252")


def test_utf8_with_a_broken_byte_is_refused_naming_the_offset():
    data = "“Kessel” café".encode() + b"\xff tail"
    with pytest.raises(DecodingError, match=f"0xff at byte offset {len(data) - 6}"):
        decode(data, "kessel.txt")


def test_a_forced_encoding_is_strict():
    assert decode("café".encode("latin-1"), encoding="latin-1").text == "café"
    with pytest.raises(DecodingError, match="cannot be decoded as utf-8"):
        decode("café".encode("latin-1"), encoding="utf-8")
    with pytest.raises(DecodingError, match="unknown encoding"):
        decode(b"text", encoding="no-such-codec")


def test_binary_data_is_refused():
    with pytest.raises(BinaryFileError, match="NUL"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    with pytest.raises(BinaryFileError, match="control characters"):
        decode(b"\x01\x02\x03\x04\x05 Varga \x06\x07\x08")


def test_read_bytes_checks_the_file_first(tmp_path):
    path = tmp_path / "story.txt"
    path.write_bytes(b"Varga won.")
    assert read_bytes(path) == b"Varga won."
    with pytest.raises(FileTooLargeError, match="10 bytes, above the limit of 5"):
        read_bytes(path, max_bytes=5)
    with pytest.raises(ArticleNotFoundError):
        read_bytes(tmp_path / "missing.txt")
    with pytest.raises(ArticleNotFoundError, match="not a regular file"):
        read_bytes(tmp_path)
