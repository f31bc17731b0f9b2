"""Measure the toolkit's speed and memory on a folder of articles (reported, never asserted in tests).

    python scripts/benchmark.py ../shared/corpora/polnear_dev/text [--limit 40] [--pipeline NAME]

Prints articles/s, words/s, the time spent in the spaCy pipeline vs the toolkit's table building, the
pipeline's load time, and the process's peak resident memory.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path

from toolkit import analyze, load_corpus
from toolkit.pipeline import load_pipeline


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--limit", type=int, default=40)
    parser.add_argument("--pipeline", help="spaCy pipeline: sm, toolkit, a package or a path")
    args = parser.parse_args()
    started = time.perf_counter()
    nlp = load_pipeline(args.pipeline)
    load_seconds = time.perf_counter() - started
    articles = [a for _, a in zip(range(args.limit), load_corpus(args.folder), strict=False)]
    words = sum(len(a.text.split()) for a in articles)
    started = time.perf_counter()
    for _doc in nlp.pipe(a.text for a in articles):
        pass
    pipeline_seconds = time.perf_counter() - started
    started = time.perf_counter()
    for article in articles:
        analyze(article, nlp=nlp)
    analyze_seconds = time.perf_counter() - started
    print(
        json.dumps(
            {
                "articles": len(articles),
                "words": words,
                "pipeline_load_s": round(load_seconds, 2),
                "pipe_words_per_s": round(words / pipeline_seconds),
                "analyze_articles_per_s": round(len(articles) / analyze_seconds, 2),
                "analyze_words_per_s": round(words / analyze_seconds),
                "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
