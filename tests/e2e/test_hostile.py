"""Hostile inputs from the first hostile run of #19: each gives a typed error naming the file, or an analysis,
and the command line never shows a traceback. The big files are made here, never stored in git."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from toolkit import load_article, load_corpus
from toolkit.errors import InvalidJSONError, ToolkitWarning


def run_cli(*argv: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "toolkit", *argv], capture_output=True)


@pytest.mark.parametrize("body", [
    '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}",   # nested far deeper than Python follows
    '{"text": "Talks resumed.", "n": ' + "9" * 5_000 + "}",  # a number above int's 4,300-digit limit
], ids=["deep", "long-number"])
def test_unreadable_json_is_broken_json(write, body):
    path = write("story.json", body)
    with pytest.raises(InvalidJSONError, match="broken JSON") as err:
        load_article(path)
    assert err.value.path == str(path)
    sidecar = write("other.txt", "Talks resumed.")
    write("other.meta.json", body)
    with pytest.raises(InvalidJSONError, match="broken JSON"):
        load_article(sidecar)


def test_a_deep_jsonl_line_stops_only_itself(write):
    lines = [json.dumps({"id": "a", "text": "First story."}), "[" * 100_000 + "]" * 100_000,
             json.dumps({"id": "c", "text": "Third story."})]
    corpus = load_corpus(write("news.jsonl", "\n".join(lines) + "\n"), on_error="skip")
    with pytest.warns(ToolkitWarning, match="skipped"):
        assert [a.id for a in corpus] == ["a", "c"]
    assert isinstance(corpus.errors[0], InvalidJSONError) and corpus.errors[0].path.endswith("news.jsonl:2")


def test_a_lone_surrogate_becomes_a_replacement_character(write):
    path = write("story.json", '{"text": "Talks \\ud800resumed.", "title": "A \\udfff title", "id": "x\\ud800"}')
    with pytest.warns(ToolkitWarning, match="lone surrogate"):
        article = load_article(path)
    assert article.text == "Talks \ufffdresumed." and len(article.text) == len("Talks Xresumed.")
    assert article.title == "A \ufffd title" and article.id == "x\ufffd"
    done = run_cli("analyze", str(path), "--pipeline", "blank:en")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.decode("utf-8"))["article"]["title"] == "A \ufffd title"


def test_a_file_name_too_long_for_its_sidecar(tmp_path):
    name = "a" * (255 - len(".txt")) + ".txt"  # the longest name; its sidecar's name would be longer still
    path = tmp_path / name
    path.write_text("Talks resumed on Monday.", encoding="utf-8")
    assert load_article(path).text == "Talks resumed on Monday."
    (tmp_path / "b.txt").write_text("A second story.", encoding="utf-8")
    done = run_cli("analyze", str(tmp_path), "--pipeline", "blank:en")
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.decode("utf-8").splitlines()) == 2


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS file systems refuse names that are not UTF-8")
def test_a_file_name_that_is_not_utf8_gives_valid_output(tmp_path):
    path = os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("Talks resumed on Monday.")
    done = run_cli("analyze", str(tmp_path), "--pipeline", "blank:en")
    assert done.returncode == 0, done.stderr
    article = json.loads(done.stdout.decode("utf-8"))["article"]  # strict UTF-8: no raw byte leaks out
    assert article["id"] == "caf\\xe9" and article["path"].endswith("caf\\xe9.txt")


def test_the_command_line_reports_a_bad_file_in_one_line(write, tmp_path):
    write("news/a.txt", "The first story.")
    write("news/b.json", "{" * 100_000)
    write("news/c.txt", "The third story.")
    done = run_cli("analyze", str(tmp_path / "news"), "--pipeline", "blank:en")
    assert done.returncode == 1
    errors = done.stderr.decode("utf-8").strip().splitlines()
    assert len(errors) == 1 and "b.json" in errors[0] and "Traceback" not in errors[0]
    assert [json.loads(line)["article"]["id"] for line in done.stdout.decode("utf-8").splitlines()] == ["a", "c"]


def _nested_divs(levels: int) -> str:
    return ("<html><head><meta charset='utf-8'></head><body>" + "".join(f"<div>Level {i} text. " for i in range(levels))
            + "</div>" * levels + "</body></html>")


def test_deeply_nested_html_keeps_its_text_below_the_parsers_default_depth(write):
    article = load_article(write("deep.html", _nested_divs(1_000)))  # four times the parser's default depth
    assert all(f"Level {i} text." in article.text for i in (255, 256, 999))


@pytest.mark.xfail(strict=True, reason="known limit: trafilatura takes the outer levels of a deeply nested "
                                       "page for its frame and drops their text")
def test_deeply_nested_html_keeps_its_outer_text(write):
    article = load_article(write("deep.html", _nested_divs(1_000)))
    assert "Level 0 text." in article.text


def test_html_deeper_than_any_parser_follows_keeps_its_text_and_paragraphs(write):
    article = load_article(write("deeper.html", _nested_divs(3_000)))  # beyond libxml2's 2,048 levels
    assert all(f"Level {i} text." in article.text for i in (256, 2000, 2999))
    story = "<p>The council met on Monday and voted to close the old ferry terminal after a debate ({}).</p>"
    unclosed = "<html><body>" + "<div>" * 20_000 + "".join(story.format(i) for i in range(3)) + "</body></html>"
    article = load_article(write("unclosed.html", unclosed))
    assert [p.text[-4:] for p in article.paragraphs] == ["(0).", "(1).", "(2)."]


def test_character_references_no_tree_can_hold_are_replaced_not_fatal(write):
    story = "<p>The council met on Monday and voted to close the old ferry terminal{}, the mayor said ({}).</p>"
    refs = ["&#0;", "&#xD800;", "&#1;", "&#65535;", "&#x110000;", "&#128;"]
    article = load_article(write("refs.html", "<html><body><article>" + "".join(
        story.format(ref, i) for i, ref in enumerate(refs)) + "</article></body></html>"))
    assert [p.text.split("terminal")[1][:1] for p in article.paragraphs] == ["\ufffd"] * 5 + ["€"]


@pytest.mark.skipif(not hasattr(os, "symlink") or sys.platform == "win32", reason="needs symbolic links")
def test_symlinks_out_of_the_corpus_and_loops(tmp_path):
    from toolkit.errors import OutsideCorpusError

    root, outside = tmp_path / "corpus", tmp_path / "elsewhere"
    (root / "sub").mkdir(parents=True)
    outside.mkdir()
    (outside / "secret.txt").write_text("Not part of the corpus.", encoding="utf-8")
    (root / "a.txt").write_text("The corpus story.", encoding="utf-8")
    (root / "link.txt").symlink_to(outside / "secret.txt")
    (root / "inside.txt").symlink_to(root / "a.txt")
    (root / "sub" / "up").symlink_to(root)  # a directory loop
    (root / "loop1").symlink_to(root / "loop2")
    (root / "loop2").symlink_to(root / "loop1")
    corpus = load_corpus(root, recursive=True, on_error="skip")
    items = {os.path.basename(i.source): i for i in corpus.items()}
    assert sorted(items) == ["a.txt", "inside.txt", "link.txt"]
    assert isinstance(items["link.txt"].error, OutsideCorpusError) and items["inside.txt"].error is None
    followed = load_corpus(root, on_error="skip", follow_symlinks=True)
    assert [a.text for a in followed if a.id == "link"] == ["Not part of the corpus."]
    done = run_cli("analyze", str(root), "--pipeline", "blank:en")
    assert done.returncode == 1 and b"outside the corpus folder" in done.stderr


EXTERNAL_PAGE = """<html><head><title>Harbour plan</title>
<link rel="stylesheet" href="https://cdn.example.com/site.css">
<script src="https://tracker.example.com/t.js"></script>
<script>fetch("https://api.example.com/beacon"); document.write("<p>Injected text</p>");</script>
<style>@import url("https://fonts.example.com/f.css"); p { color: red }</style></head>
<body><article><h1>Harbour plan approved</h1>
<p>The council approved the harbour plan on Monday, its chair Maria Santos said.</p>
<img src="https://images.example.com/harbour.jpg" onerror="fetch('https://evil.example.com/x')">
<iframe src="https://video.example.com/embed/1"></iframe>
<p>Work starts in May. <a href="javascript:alert(1)">More</a></p></article></body></html>"""


@pytest.fixture
def no_sockets(monkeypatch):
    """Any attempt to open a network connection fails the test."""
    import socket

    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise AssertionError("the toolkit tried to open a socket")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def test_a_page_full_of_external_resources_is_read_offline(write, no_sockets):
    from toolkit import analyze

    article = load_article(write("harbour.html", EXTERNAL_PAGE))
    result = analyze(article, nlp="sm")
    assert "Injected text" not in article.text and "fetch(" not in article.text and "color: red" not in article.text
    assert "Work starts in May." in article.text
    assert result.quotes["actor"].tolist() == ["Maria Santos"]
    assert no_sockets == []


@pytest.mark.skipif(sys.platform != "linux", reason="network namespaces are a Linux feature")
def test_the_command_line_runs_without_a_network(write):
    path = write("harbour.html", EXTERNAL_PAGE)
    if subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode != 0:
        pytest.skip("unshare -n is not permitted here")
    done = subprocess.run(["unshare", "-n", sys.executable, "-m", "toolkit", "analyze", str(path)],
                          capture_output=True)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["quotes"][0]["actor"] == "Maria Santos"


def test_articles_just_under_and_over_the_length_limits(write):
    from toolkit.errors import FileTooLargeError

    text = "Talks resumed. " * 100  # 1,500 characters
    assert load_article(write("ok.txt", text), max_chars=1_500).text == text  # just under: kept whole
    with pytest.raises(FileTooLargeError, match="1,500 characters, above the limit of 1,499") as err:
        load_article(write("long.txt", text), max_chars=1_499)  # just over
    assert err.value.path.endswith("long.txt")
    with pytest.raises(FileTooLargeError, match="bytes"):
        load_article(write("big.txt", text), max_bytes=1_000)
    lines = [json.dumps({"id": "short", "text": "Talks resumed."}), json.dumps({"id": "long", "text": text})]
    corpus = load_corpus(write("news.jsonl", "\n".join(lines)), max_chars=1_000, on_error="skip")
    with pytest.warns(ToolkitWarning):
        assert [a.id for a in corpus] == ["short"]
    done = run_cli("analyze", str(write("cli/long.txt", text)), "--max-chars", "1000", "--pipeline", "blank:en")
    assert done.returncode == 1 and b"max_chars" in done.stderr
