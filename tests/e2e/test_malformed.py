"""Every hostile file of tests/data/malformed gets its expected outcome (a typed error naming the file, or an
analysis whose offsets round-trip), through the API and the command line; the big ones are made here."""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
from test_invariants import check_offsets

from toolkit import analyze, load_article, load_corpus
from toolkit.errors import ToolkitError
from toolkit.pipeline import load_pipeline

FOLDER = Path(__file__).resolve().parents[1] / "data" / "malformed"
EXPECTED = json.loads((FOLDER / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline("sm")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_file_gets_its_expected_outcome(nlp, name):
    expected, path = EXPECTED[name], FOLDER / name
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # legacy encodings are announced with a warning, tested elsewhere
        if "corpus" in expected:
            corpus = load_corpus(path, on_error="skip")
            assert [a.id for a in corpus] == expected["corpus"]
            assert [type(e).__name__ for e in corpus.errors] == expected["errors"]
            return
        if "error" in expected:
            with pytest.raises(ToolkitError) as err:
                load_article(path)
            assert type(err.value).__name__ == expected["error"] and name in str(err.value)
            return
        article = load_article(path)
    result = analyze(article, nlp=nlp)
    check_offsets(result)
    assert all(piece in article.text for piece in expected.get("contains", []))
    assert not any(piece in article.text for piece in expected.get("absent", []))


def test_the_command_line_over_the_whole_folder(tmp_path):
    for name in EXPECTED:  # the files, without the folder's own README and expectations
        for file in FOLDER.glob(Path(name).stem + ".*"):
            shutil.copy(file, tmp_path / file.name)
    done = subprocess.run([sys.executable, "-m", "toolkit", "analyze", str(tmp_path), "--pipeline", "blank:en"],
                          capture_output=True)
    stderr = done.stderr.decode("utf-8")
    assert done.returncode == 1 and "Traceback" not in stderr
    # in a folder a .jsonl file is no article (load it as a corpus of its own): one more skipped entry
    bad = sorted([n for n, e in EXPECTED.items() if "error" in e] + ["broken_line.jsonl"])
    lines = [line for line in stderr.splitlines() if line.startswith("toolkit: skipped")]
    assert len(lines) == len(bad) and all(any(n in line for line in lines) for n in bad)
    good = sorted(json.loads(line)["article"]["id"] for line in done.stdout.decode("utf-8").splitlines())
    assert good == sorted(Path(n).stem for n, e in EXPECTED.items() if "analysis" in e)


def _generated() -> dict[str, tuple[str, str]]:
    """name -> (file content, expected outcome: "analysis" or an error class name)."""
    rng = random.Random(19)
    words = "the minister said council would vote on plan after talks with union leaders and residents".split()
    marks = ["“", "”", '"', "'", "‘", "’", "«", "»", "„", "‹", "›"]
    return {
        "3mb_paragraph.txt": ("word " * 600_000, "ArticleTooLongError"),  # above sm's max_length
        "tiny_paragraphs.txt": ("\n\n".join(f"Item {i} ends." for i in range(20_000)), "analysis"),
        "long_sentence.txt": (" ".join(rng.choice(words) for _ in range(50_000)), "analysis"),
        "unbalanced_quotes.txt": (" ".join(rng.choice(marks) + rng.choice(words) for _ in range(2_000)), "analysis"),
        "nested_quotes.txt": ("He said " + "“she said ‘" * 25 + "yes" + "’”" * 25 + ".", "analysis"),
        "nested_divs.html": ("<html><body>" + "".join(f"<div>Level {i} text." for i in range(10_000))
                             + "</div>" * 10_000 + "</body></html>", "analysis"),
        "just_under.txt": ("a " * 499_999 + "b", "analysis"),  # 999,999 characters: under max_length
        "just_over.txt": ("a " * 500_000 + "b", "ArticleTooLongError"),
    }


@pytest.mark.parametrize("name", sorted(_generated()))
def test_generated_hostile_files(tmp_path, name):
    text, expected = _generated()[name]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    blank = load_pipeline("blank:en")  # the big files go through the rules on tokens; the parse is timed by hand
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        article = load_article(path)
    if expected != "analysis":
        with pytest.raises(ToolkitError) as err:
            analyze(article, nlp=blank)
        assert type(err.value).__name__ == expected
        return
    check_offsets(analyze(article, nlp=blank))
