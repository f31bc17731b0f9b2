"""Errors, not zeros (#35 item 4): a scorer or a corpus run over nothing raises a clear, typed error, and the
command line exits non-zero, instead of a report of zeros a student would believe."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

from toolkit import Article, analyze_corpus
from toolkit.errors import EmptyCorpusError, NothingToScoreError

# (scorer module, its arguments after the folder): every scorer that reads documents from a folder
BLANK = ["--pipeline", "blank:en"]
SCORERS = [
    ("attribution", BLANK), ("timeml", BLANK), ("actors", BLANK), ("coref", BLANK), ("realworld", BLANK),
    ("realworld", [*BLANK, "--kind", "page"]), ("gold", BLANK), ("webpages", []), ("agreement", []),
    ("portrayal", ["--model-only"]),
]


@pytest.mark.parametrize(("module", "extra"), SCORERS, ids=[f"{m}{' ' + e[-1] if e else ''}" for m, e in SCORERS])
def test_every_scorer_refuses_an_empty_folder(module, extra, tmp_path):
    main = importlib.import_module(f"toolkit.evaluation.{module}").main
    (tmp_path / "empty").mkdir()
    with pytest.raises(NothingToScoreError, match="nothing to score"):
        main([str(tmp_path / "empty"), *extra])


def test_the_ner_scorer_refuses_files_without_sentences(tmp_path):
    from toolkit.evaluation.ner import main

    (tmp_path / "empty.iob2").write_text("", encoding="utf-8")
    with pytest.raises(NothingToScoreError):
        main([str(tmp_path / "empty.iob2"), "--pipeline", "blank:en"])


def test_a_missing_corpus_exits_2_with_the_reason(tmp_path):
    done = subprocess.run([sys.executable, "-m", "toolkit.evaluation.attribution", str(tmp_path / "polnear_dev"),
                           "--pipeline", "blank:en"], capture_output=True, text=True)
    assert done.returncode == 2
    assert "nothing to score" in done.stderr and "does not exist" in done.stderr
    assert done.stdout == ""  # no report of zeros


def test_a_corpus_run_over_nothing_raises():
    with pytest.raises(EmptyCorpusError):
        list(analyze_corpus([], nlp="blank:en", progress=False))


def test_a_corpus_that_fails_while_read_is_not_taken_for_a_short_one():
    def articles():
        yield Article.from_text("Ann Lee said the plan was late.", id="one")
        yield Article.from_text("Bob Stone said the plan was early.", id="two")
        raise OSError("the disk went away")

    delivered = []
    with pytest.raises(OSError, match="disk went away"):
        for analysis in analyze_corpus(articles(), nlp="blank:en", progress=False):
            delivered.append(analysis.article.id)
    assert delivered == ["one", "two"]  # what was read before the failure is analysed, then the error raised


def test_the_command_line_refuses_an_empty_folder(tmp_path):
    (tmp_path / "news").mkdir()
    done = subprocess.run([sys.executable, "-m", "toolkit", "analyze", str(tmp_path / "news")], capture_output=True,
                          text=True)
    assert done.returncode != 0 and "no article" in done.stderr
