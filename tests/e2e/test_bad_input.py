"""Every bad input gets a clear, typed error from toolkit.errors that names the file and the problem."""

from __future__ import annotations

import json
import os
import warnings

import pytest

from toolkit import Article, load_article, load_corpus, parse_date
from toolkit.errors import (
    ArticleNotFoundError,
    BinaryFileError,
    DecodingError,
    EmptyArticleError,
    EmptyCorpusError,
    FileTooLargeError,
    InvalidDateError,
    InvalidJSONError,
    InvalidMetadataError,
    LoadError,
    MissingTextError,
    ToolkitError,
    UnsupportedFormatError,
)
from toolkit.io.textio import DEFAULT_MAX_BYTES


def assert_names_file(err: pytest.ExceptionInfo, path) -> None:
    assert isinstance(err.value, LoadError) and isinstance(err.value, ToolkitError)
    assert str(path) in str(err.value)


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  "])
def test_empty_or_whitespace_file(write, content):
    path = write("empty.txt", content)
    with pytest.raises(EmptyArticleError) as err:
        load_article(path)
    assert_names_file(err, path)
    assert "empty" in str(err.value)


def test_binary_file(write):
    path = write("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)))
    with pytest.raises(BinaryFileError) as err:
        load_article(path)
    assert_names_file(err, path)


def test_control_characters_without_nul_are_binary(write):
    path = write("odd.txt", bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17, 18, 19, 20, 21] * 20))
    with pytest.raises(BinaryFileError):
        load_article(path)


def test_broken_utf8_in_utf8_text_is_not_guessed_away(write):
    head = "Déclaration du ministère: ".encode()
    data = head + b"\xff\xfe broken " + b"fin."
    path = write("broken.txt", data)
    with pytest.raises(DecodingError) as err:
        load_article(path)
    assert_names_file(err, path)
    assert f"byte offset {len(head)}" in str(err.value)


def test_wrong_explicit_encoding(write):
    path = write("a.txt", "Überraschung".encode())
    with pytest.raises(DecodingError, match="ascii"):
        load_article(path, encoding="ascii")
    with pytest.raises(DecodingError, match="unknown encoding"):
        load_article(path, encoding="no-such-codec")


def test_broken_json(write):
    path = write("a.json", '{"text": "Story", "title": ')
    with pytest.raises(InvalidJSONError) as err:
        load_article(path)
    assert_names_file(err, path)
    assert "line 1" in str(err.value)


def test_json_without_text_field(write):
    path = write("a.json", json.dumps({"title": "No body", "body": "elsewhere"}))
    with pytest.raises(MissingTextError) as err:
        load_article(path)
    assert_names_file(err, path)
    assert "'text'" in str(err.value) and "body" in str(err.value)


def test_json_text_of_wrong_type_or_empty(write):
    with pytest.raises(MissingTextError, match="string"):
        load_article(write("a.json", json.dumps({"text": ["a", "b"]})))
    with pytest.raises(EmptyArticleError):
        load_article(write("b.json", json.dumps({"text": "  "})))


def test_json_list_points_to_jsonl(write):
    with pytest.raises(InvalidJSONError, match="jsonl"):
        load_article(write("many.json", json.dumps([{"text": "a"}, {"text": "b"}])))


@pytest.mark.parametrize("value", ["2018-13-01", "2018-02-30", "yesterday", "12/04/2018x", 20181204])
def test_invalid_published_date(write, value):
    path = write("a.json", json.dumps({"text": "Story.", "published": value}))
    with pytest.raises(InvalidDateError) as err:
        load_article(path)
    assert_names_file(err, path)
    assert "published" in str(err.value)


def test_invalid_date_in_sidecar_and_keyword(write):
    path = write("s.txt", "Story.")
    write("s.meta.json", json.dumps({"published": "2019-02-29"}))
    with pytest.raises(InvalidDateError, match="2019-02-29"):
        load_article(path)
    with pytest.raises(InvalidDateError):
        Article.from_text("Story.", published="not a date")
    with pytest.raises(InvalidDateError, match="anchor"):
        parse_date("2020-00-10", name="anchor")


def test_broken_sidecar_names_the_sidecar(write):
    path = write("s.txt", "Story.")
    sidecar = write("s.meta.json", "{oops")
    with pytest.raises(InvalidJSONError) as err:
        load_article(path)
    assert_names_file(err, sidecar)


def test_metadata_of_wrong_type(write):
    with pytest.raises(InvalidMetadataError, match="title"):
        load_article(write("a.json", json.dumps({"text": "Story.", "title": {"nested": 1}})))


def test_nonexistent_path(tmp_path):
    missing = tmp_path / "nope.txt"
    with pytest.raises(ArticleNotFoundError) as err:
        load_article(missing)
    assert_names_file(err, missing)
    assert isinstance(err.value, FileNotFoundError)
    with pytest.raises(ArticleNotFoundError):
        load_corpus(tmp_path / "no-dir")


def test_unsupported_extension(write):
    path = write("report.pdf", b"%PDF-1.4")
    with pytest.raises(UnsupportedFormatError, match=r"\.pdf"):
        load_article(path)


def test_directory_is_not_an_article(tmp_path):
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    with pytest.raises(ArticleNotFoundError, match="not a regular file"):
        load_article(folder)


def test_file_above_configurable_limit(write):
    path = write("big.txt", "word " * 400)
    with pytest.raises(FileTooLargeError) as err:
        load_article(path, max_bytes=1000)
    assert_names_file(err, path)
    assert "2,000 bytes" in str(err.value) and "1,000" in str(err.value)
    assert load_article(path, max_bytes=None).text == "word " * 400


def test_default_limit_refuses_a_huge_file_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # a sparse file: large on paper, nothing to read
        handle.truncate(DEFAULT_MAX_BYTES + 1)
    assert os.path.getsize(path) > DEFAULT_MAX_BYTES
    with pytest.raises(FileTooLargeError):
        load_article(path)


def test_empty_corpus_directory(tmp_path):
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    with pytest.raises(EmptyCorpusError) as err:
        load_corpus(tmp_path)
    assert_names_file(err, tmp_path)


def test_glob_matching_nothing(tmp_path):
    with pytest.raises(EmptyCorpusError, match="matches no article"):
        load_corpus(str(tmp_path / "*.txt"))


def test_empty_jsonl(write):
    with pytest.raises(EmptyCorpusError):
        load_corpus(write("c.jsonl", "\n\n  \n"))


def test_article_longer_than_the_pipeline_can_parse(write, capsys):
    import spacy

    from toolkit import analyze
    from toolkit.cli import main
    from toolkit.errors import ArticleTooLongError
    from toolkit.pipeline import add_toolkit_components

    nlp = add_toolkit_components(spacy.blank("en"))
    nlp.max_length = 50
    with pytest.raises(ArticleTooLongError, match="max_length"):
        analyze(Article.from_text("word " * 20), nlp=nlp)
    folder = write("c/long.txt", "word " * 300_000).parent  # 1.5 million characters: above spaCy's default
    write("c/short.txt", "A short story.")
    assert main(["analyze", str(folder), "--pipeline", "blank:en"]) == 1
    out, err = capsys.readouterr()
    assert "long.txt" in err and "max_length" in err
    assert '"short"' in out  # the other article still went through


def test_utf8_with_a_stray_byte_anywhere_is_refused_naming_the_offset(write):
    # the broken bytes come before the well-formed curly quotes: still UTF-8 with damage, never a guess
    data = b"The mayor said \xff\xfe it was " + "“here” and “now”.".encode() + b" Plain ASCII follows." * 20
    with pytest.raises(DecodingError, match=r"byte offset 15"):
        load_article(write("stray.txt", data))


def test_legacy_text_without_utf8_sequences_is_detected_and_the_warning_points_at_the_caller(write):
    path = write("latin.txt", "Le président a déclaré que la réforme était nécessaire. ".encode("cp1252") * 5)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        article = load_article(path)
    assert article.text.startswith("Le président a déclaré que la réforme était nécessaire.")
    assert article.encoding != "utf-8"
    assert caught and caught[0].filename == __file__  # the user's line, not the toolkit's source


def test_ascii_with_one_high_byte_is_decoded_or_refused_never_garbled(write):
    path = write("one.txt", b"The minister said it was ready \x92 and left. " * 5)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            text = load_article(path).text
    except DecodingError:
        return
    assert "ready" in text and "\ufffd" not in text and len(text) == len(b"The minister said it was ready \x92 "
                                                                          b"and left. " * 5)
