"""Corpora: directories, globs and .jsonl files, read lazily, with bad entries reported, not lost."""

from __future__ import annotations

import json
from datetime import date

import pytest

import toolkit.io.corpus as corpus_module
from toolkit import load_corpus
from toolkit.errors import EmptyArticleError, InvalidJSONError, ToolkitWarning, UnsupportedFormatError


@pytest.fixture
def folder(write, tmp_path):
    write("b.txt", "Second story about the budget.")
    write("b.meta.json", json.dumps({"published": "2022-05-01"}))
    write("a.md", "# First\n\nThe first story.")
    write("c.json", json.dumps({"text": "Third story.", "id": "third"}))
    write("d.html", "<html><body><p>Fourth story.</p></body></html>")
    write(".DS_Store", b"\x00\x01")  # hidden files are no entries
    write("sub/e.txt", "Nested story.")
    return tmp_path


def test_directory_in_name_order_without_sidecars(folder):
    corpus = load_corpus(folder)
    assert len(corpus) == 4
    assert [a.id for a in corpus] == ["a", "b", "third", "d"]
    assert [a.published for a in corpus][1] == date(2022, 5, 1)


def test_a_file_of_another_type_is_an_error_not_a_silent_gap(folder, write):
    write("notes.pdf", b"%PDF")
    corpus = load_corpus(folder, on_error="skip")
    assert len(corpus) == 5
    with pytest.warns(ToolkitWarning, match=r"notes\.pdf: unsupported file type"):
        assert [a.id for a in corpus] == ["a", "b", "third", "d"]
    assert [type(e) for e in corpus.errors] == [UnsupportedFormatError]
    with pytest.raises(UnsupportedFormatError):
        list(load_corpus(folder))


def test_recursive_directory(folder):
    assert [a.id for a in load_corpus(folder, recursive=True)] == ["a", "b", "third", "d", "e"]


def test_glob(folder):
    corpus = load_corpus(str(folder / "*.txt"))
    assert [a.text for a in corpus] == ["Second story about the budget."]


def test_iteration_is_lazy_and_repeatable(folder, monkeypatch):
    calls = []
    real = corpus_module.load_article
    monkeypatch.setattr(corpus_module, "load_article", lambda p, **kw: calls.append(p) or real(p, **kw))
    corpus = load_corpus(folder)
    assert calls == []  # nothing read when the corpus is made
    iterator = iter(corpus)
    next(iterator)
    assert len(calls) == 1  # one article read per step
    assert len(list(corpus)) == 4 and len(calls) == 5


def test_jsonl_streams_one_article_per_line(write):
    lines = [json.dumps({"text": f"Story number {i}.", "published": f"2020-01-{i + 1:02d}"}) for i in range(3)]
    path = write("c.jsonl", "\n".join(lines[:2]) + "\n\n" + lines[2] + "\n")
    corpus = load_corpus(path)
    assert len(corpus) == 3
    items = list(corpus)
    assert [a.id for a in items] == ["c-1", "c-2", "c-4"]
    assert items[2].text == "Story number 2." and items[2].published == date(2020, 1, 3)


def test_bad_entries_raise_by_default(write):
    path = write("c.jsonl", '{"text": "Good."}\n{"text": \n{"text": ""}\n{"text": "Also good."}\n')
    with pytest.raises(InvalidJSONError, match=r"c\.jsonl:2"):
        list(load_corpus(path))


def test_bad_entries_are_skipped_and_recorded(write):
    path = write("c.jsonl", '{"text": "Good."}\n{"text": \n{"text": ""}\n{"text": "Also good."}\n')
    corpus = load_corpus(path, on_error="skip")
    with pytest.warns(ToolkitWarning, match="skipped"):
        texts = [a.text for a in corpus]
    assert texts == ["Good.", "Also good."]
    assert [type(e) for e in corpus.errors] == [InvalidJSONError, EmptyArticleError]
    assert [item.source.rsplit(":", 1)[1] for item in corpus.items() if item.error] == ["2", "3"]


def test_to_frame(folder):
    frame = load_corpus(folder).to_frame()
    assert list(frame["id"]) == ["a", "b", "third", "d"]
    assert {"path", "title", "published", "n_chars", "n_paragraphs"} <= set(frame.columns)
    assert "text" not in frame.columns
    assert frame.loc[0, "title"] == "First"
    assert "text" in load_corpus(folder).to_frame(text=True).columns


def test_single_file_is_a_corpus_of_one(sample_path):
    corpus = load_corpus(sample_path)
    assert len(corpus) == 1
    assert next(iter(corpus)).id == sample_path.stem


def test_analyze_corpus_streams_analyses(folder):
    from toolkit import analyze_corpus

    results = analyze_corpus(load_corpus(folder), nlp="blank:en", progress=False)
    first = next(results)
    assert first.article.id == "a"
    assert [r.article.id for r in results] == ["b", "third", "d"]
