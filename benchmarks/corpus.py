"""Throughput of the bare pipeline against the whole analysis, single-process, two processes and Dask.

    python benchmarks/corpus.py ../shared/corpora/polnear_dev/text [--limit 84] [--pipeline sm]

Prints one Markdown table (words/s and the ratio to the bare pipeline). The bare pipeline is the trained
pipeline as spaCy loads it, without the toolkit's components; the whole analysis is
:func:`toolkit.analyze_corpus` (parse, the toolkit's components and every extractor) over the same texts.
"""

from __future__ import annotations

import argparse
import time

import spacy

from toolkit import analyze_corpus, load_corpus
from toolkit.pipeline import load_pipeline, pipeline_source


def timed(run) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--limit", type=int, default=84)
    parser.add_argument("--pipeline", default="sm")
    args = parser.parse_args()
    articles = list(load_corpus(args.folder))[: args.limit]
    words = sum(len(a.text.split()) for a in articles)
    nlp = load_pipeline(args.pipeline)
    bare = spacy.load(pipeline_source(nlp).path)
    list(analyze_corpus(articles[:2], nlp=nlp, progress=False))  # warm: the portrayal model, caches
    rows = {"bare nlp.pipe": timed(lambda: list(bare.pipe(a.text for a in articles)))}
    rows["analyze_corpus, 1 process"] = timed(lambda: list(analyze_corpus(articles, nlp=nlp, progress=False)))
    rows["analyze_corpus, n_process=2"] = timed(lambda: list(analyze_corpus(articles, nlp=nlp, progress=False,
                                                                            n_process=2)))
    try:
        from dask.distributed import Client, LocalCluster

        from toolkit.analysis.daskrun import analyze_with_dask

        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
                Client(cluster) as client:
            client.run(lambda: load_pipeline(args.pipeline) and None)  # workers load the pipeline first
            rows["Dask LocalCluster, 2 workers"] = timed(lambda: analyze_with_dask(articles, client=client,
                                                                                   pipeline=args.pipeline))
    except ImportError:
        pass
    try:
        from textacy.extract.triples import direct_quotations

        docs = list(bare.pipe(a.text for a in articles))

        def quotations(doc):  # textacy refuses a text with an odd number of quotation marks
            try:
                return list(direct_quotations(doc))
            except ValueError:
                return []

        rows["textacy direct_quotations (on Docs already parsed)"] = timed(lambda: [quotations(d) for d in docs])
    except ImportError:
        pass
    print(f"{len(articles)} articles, {words:,} words, pipeline {pipeline_source(nlp).name}\n")
    print("| run | seconds | words/s | × bare pipe |\n|---|---|---|---|")
    for name, seconds in rows.items():
        print(f"| {name} | {seconds:.1f} | {words / seconds:,.0f} | {rows['bare nlp.pipe'] / seconds:.2f} |")


if __name__ == "__main__":
    main()
