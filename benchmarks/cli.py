"""What a user runs, beside spaCy's bare parse: words per second of the command line, of the API and of
``nlp.pipe``, each the median of ``--repeat`` runs, all in one run of this script.

    python benchmarks/cli.py CORPUS_DIR [--pipeline sm] [--repeat 3] [--checkout DIR]

- **bare**: ``nlp.pipe`` of the pipeline's own spaCy model (no toolkit component), default batch size, in a
  fresh process, timed from the first text to the last Doc (loading left out: the toolkit's figure is compared
  with the parse alone);
- **command line**: ``toolkit analyze CORPUS_DIR --format json --n-process 1`` as a subprocess, wall time from
  its start to its exit (start-up, loading, warm-up and the JSON output included);
- **API**: ``analyze_corpus`` over the same texts in a fresh process, after loading (``--repeat`` times).

``--checkout DIR`` times the command line of another checkout too (e.g. the commit before a change, made with
``git worktree add``), in the same run, so that the two figures share the machine's state.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_BARE = """
import json, sys, time
from pathlib import Path
from toolkit.pipeline import resolve_pipeline_name
import spacy
nlp = spacy.load(resolve_pipeline_name(sys.argv[2]))  # the model alone, without the toolkit's components
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
started = time.perf_counter()
for _ in nlp.pipe(texts):
    pass
print(json.dumps({"seconds": time.perf_counter() - started}))
"""

_API = """
import json, sys, time
from pathlib import Path
from toolkit import Article
from toolkit.analysis.batch import analyze_corpus
from toolkit.pipeline import load_pipeline
nlp = load_pipeline(sys.argv[2])
files = sorted(Path(sys.argv[1]).glob("*.txt"))
articles = [Article.from_text(p.read_text(encoding="utf-8"), id=p.stem) for p in files]
started = time.perf_counter()
for _ in analyze_corpus(articles, nlp=nlp, progress=False):
    pass
print(json.dumps({"seconds": time.perf_counter() - started}))
"""


def words_in(folder: Path) -> int:
    return sum(len(p.read_text(encoding="utf-8").split()) for p in folder.glob("*.txt"))


def timed_script(script: str, folder: Path, pipeline: str, cwd: Path = ROOT) -> float:
    out = subprocess.run([sys.executable, "-c", script, str(folder), pipeline], cwd=cwd, check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])["seconds"]


def timed_command(folder: Path, pipeline: str, cwd: Path = ROOT) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "toolkit", "analyze", str(folder), "--format", "json", "--n-process",
                    "1", "--pipeline", pipeline], cwd=cwd, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def median_of(repeat: int, measure) -> float:
    return statistics.median(measure() for _ in range(repeat))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="a folder of .txt articles")
    parser.add_argument("--pipeline", default="sm")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--checkout", type=Path, help="another checkout whose command line is timed too")
    args = parser.parse_args()
    folder = args.corpus.resolve()
    words = words_in(folder)
    runs = {"bare nlp.pipe": lambda: timed_script(_BARE, folder, args.pipeline),
            "command line": lambda: timed_command(folder, args.pipeline),
            "API (analyze_corpus)": lambda: timed_script(_API, folder, args.pipeline)}
    if args.checkout is not None:
        runs[f"command line at {args.checkout.name}"] = lambda: timed_command(folder, args.pipeline,
                                                                              cwd=args.checkout.resolve())
    print(f"{len(list(folder.glob('*.txt')))} texts, {words:,} words, pipeline {args.pipeline}, "
          f"median of {args.repeat}")
    print("| run | seconds | words/s | share of bare throughput |\n|---|---:|---:|---:|", flush=True)
    bare = None
    for name, run in runs.items():
        seconds = median_of(args.repeat, run)
        bare = bare or seconds
        print(f"| {name} | {seconds:.1f} | {words / seconds:,.0f} | {bare / seconds:.2f}× |", flush=True)


if __name__ == "__main__":
    main()
