"""Tables a spreadsheet opens (#35 item 6): Analysis.to_excel, ``--format xlsx`` and CSVs for Excel
(``--excel-csv``: a byte-order mark, lists as text, the statements' sentences)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pandas as pd
import pytest

from toolkit import Article, analyze, load_article
from toolkit.analysis.spreadsheet import LIST_SEPARATOR, SHEETS, sheet_value
from toolkit.analysis.tables import TABLE_COLUMNS

STORY = ("“The pier is not safe,” harbour engineer Lena Brandt said on Monday. The council’s chair, Omar "
         "Haddad, said that repairs would begin in June.\n\nBrandt said the council had ignored her report.")


@pytest.fixture(scope="module")
def sample(sample_path):
    return analyze(load_article(sample_path))


@pytest.fixture(scope="module")
def book(sample, tmp_path_factory):
    path = sample.to_excel(tmp_path_factory.mktemp("book") / "sample.xlsx")
    return pd.read_excel(path, sheet_name=None, dtype=object)


def test_one_sheet_per_table_with_every_row_and_column(sample, book):
    assert list(book) == list(SHEETS)
    for name, columns in TABLE_COLUMNS.items():
        expected = ["article_id", *columns]
        if name == "statements":
            expected.insert(expected.index("sentence") + 1, "sentence_text")
        assert list(book[name].columns) == expected, name
        assert len(book[name]) == len(sample.tables[name]), name
        assert set(book[name]["article_id"]) <= {sample.article.id}
    assert book["articles"]["id"].tolist() == [sample.article.id]


def test_lists_are_text_and_empty_lists_empty_cells(sample, book):
    actors = sample.actors
    for got, aliases in zip(book["actors"]["aliases"], actors["aliases"], strict=True):
        assert got == LIST_SEPARATOR.join(aliases)
    cells = book["actors"]["descriptors"].tolist()
    assert [pd.isna(c) for c in cells] == [not d for d in actors["descriptors"]]
    sheet = book["actors"]
    assert not any(isinstance(c, str) and c.startswith("[") for column in sheet for c in sheet[column])


def test_the_statements_sheet_carries_each_sentence(sample, book):
    text = sample.article.text
    sheet = book["statements"]
    assert len(sheet) > 0
    for row, (_, statement) in zip(sheet.itertuples(), sample.statements.iterrows(), strict=True):
        content = text[statement["content_start"]:statement["content_end"]]
        assert content.strip() in row.sentence_text  # the sentence holds what it says
        assert row.sentence_text in text  # and is the article's own text


def test_numbers_stay_numbers_and_curly_quotes_survive(book, sample):
    assert book["mentions"]["start"].tolist() == sample.mentions["start"].tolist()
    quoted = [c for c in book["quotes"]["content"] if isinstance(c, str)]
    assert quoted == [c for c in sample.quotes["content"] if isinstance(c, str)]


def test_characters_a_workbook_cannot_hold_are_replaced_not_lost(tmp_path):
    result = analyze(Article.from_text("Ann Lee\x0b said the \x07plan was late.", id="ctl", title="Bad\x01title"),
                     nlp="blank:en")
    book = pd.read_excel(result.to_excel(tmp_path / "ctl.xlsx"), sheet_name=None, dtype=object)
    assert book["articles"]["title"].tolist() == ["Bad\ufffdtitle"]
    assert sheet_value("a\x0bb\tc\nd") == "a\ufffdb\tc\nd"


def test_command_line_workbook_and_excel_csv(write, tmp_path):
    write("news/a.txt", STORY)
    write("news/b.txt", "“We will appeal,” Tom Aldridge told reporters in Leeds on Friday.")
    run = [sys.executable, "-m", "toolkit", "analyze", str(tmp_path / "news"), "--n-process", "1"]
    done = subprocess.run([*run, "--format", "xlsx", "--out", str(tmp_path / "out.xlsx")], capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stderr
    book = pd.read_excel(tmp_path / "out.xlsx", sheet_name=None)
    assert sorted(book["articles"]["id"]) == ["a", "b"] and set(book["statements"]["article_id"]) == {"a", "b"}

    done = subprocess.run([*run, "--format", "csv", "--excel-csv", "--out", str(tmp_path / "csv")],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    raw = (tmp_path / "csv" / "statements.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.count(b"\xef\xbb\xbf") == 1  # one mark, though two articles
    statements = pd.read_csv(tmp_path / "csv" / "statements.csv", encoding="utf-8-sig")
    assert "“" not in "".join(statements.columns) and "sentence_text" in statements.columns
    assert any("The pier is not safe" in s for s in statements["sentence_text"])
    actors = pd.read_csv(tmp_path / "csv" / "actors.csv", encoding="utf-8-sig")
    assert not actors["aliases"].str.startswith("[").any()

    plain = subprocess.run([*run, "--format", "csv", "--out", str(tmp_path / "plain")], capture_output=True)
    assert plain.returncode == 0
    assert not (tmp_path / "plain" / "actors.csv").read_bytes().startswith(b"\xef\xbb\xbf")  # as before
    assert json.loads(pd.read_csv(tmp_path / "plain" / "actors.csv")["aliases"][0])  # lists stay JSON


def test_excel_csv_and_xlsx_need_their_options(write, tmp_path):
    write("a.txt", STORY)
    run = [sys.executable, "-m", "toolkit", "analyze", str(tmp_path / "a.txt")]
    assert subprocess.run([*run, "--excel-csv"], capture_output=True).returncode == 2
    wrong = subprocess.run([*run, "--format", "xlsx"], capture_output=True, text=True)
    assert wrong.returncode == 2 and "FILE.xlsx" in wrong.stderr


@pytest.mark.skipif(shutil.which("soffice") is None and shutil.which("libreoffice") is None,
                    reason="LibreOffice is not installed")
def test_libreoffice_opens_the_workbook(sample, tmp_path):
    path = sample.to_excel(tmp_path / "sample.xlsx")
    office = shutil.which("soffice") or shutil.which("libreoffice")
    done = subprocess.run([office, "--headless", "--convert-to", "csv", "--outdir", str(tmp_path / "lo"), str(path)],
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    first = pd.read_csv(tmp_path / "lo" / "sample.csv")  # LibreOffice converts the first sheet: articles
    assert first["id"].tolist() == [sample.article.id]


def test_text_is_never_a_formula_and_nothing_breaks_the_workbook(tmp_path):
    """Review of #35: "=…" became a formula, U+FFFF or a lone surrogate broke the workbook, a text over a cell's
    limit was cut silently."""
    from openpyxl import load_workbook

    from toolkit.analysis.spreadsheet import CELL_LIMIT

    long = "Ann Lee said the plan was late. " * 1300
    result = analyze(Article.from_text(long + "Odd \uffff here.", id="odd", title='=HYPERLINK("x","y")'),
                     nlp="blank:en")
    path = result.to_excel(tmp_path / "odd.xlsx")
    cell = load_workbook(path)["articles"]["C2"]
    assert (cell.value, cell.data_type) == ('=HYPERLINK("x","y")', "s")
    assert sheet_value("a\uffffb\ud800") == "a\ufffdb\ufffd"
    cut = sheet_value("x" * (CELL_LIMIT + 100))
    assert len(cut) <= CELL_LIMIT and cut.endswith("more characters]")
    result.to_csv(tmp_path / "csv", excel=True)
    assert pd.read_csv(tmp_path / "csv" / "articles.csv", encoding="utf-8-sig")["title"][0] == \
        '\'=HYPERLINK("x","y")'


def test_the_articles_sheet_keeps_its_columns_whatever_the_metadata(write, tmp_path):
    write("news/a.txt", "Ann Lee said the plan was late.")
    write("news/a.meta.json", json.dumps({"section": "World"}))
    write("news/b.txt", "Bob Stone said the plan was early.")
    write("news/b.meta.json", json.dumps({"desk": "Metro", "section": "Local"}))
    done = subprocess.run([sys.executable, "-m", "toolkit", "analyze", str(tmp_path / "news"), "--format", "xlsx",
                           "--out", str(tmp_path / "m.xlsx"), "--n-process", "1", "--pipeline", "blank:en"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    articles = pd.read_excel(tmp_path / "m.xlsx", sheet_name="articles")
    assert [json.loads(x) for x in articles["extra"]] == [{"section": "World"}, {"desk": "Metro", "section": "Local"}]
    assert all(json.loads(x)["toolkit"] for x in articles["provenance"])  # in its own column, for both
