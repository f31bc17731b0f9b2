"""Every evaluation of the toolkit on each pipeline, side by side, with speed and memory.

    python scripts/compare_pipelines.py [--shared ../shared] [--pipelines toolkit sm] [--json out.json]

Each scorer runs in a child process per pipeline (``python -m toolkit.evaluation.* --pipeline P``), so that the
peak memory of each run is its own. Prints a Markdown table: quotations on PolNeAR dev (all and speech
attributions, with speaker accuracy), timexes on MEANTIME dev, names on UNER PUD and EWT test, actors on GUM
test and dev, the real-world dev set (statements, speaker -> actor, timex values), pronoun links on GUM dev's
coreference, the project's own gold on the sample, portrayal on NewsMTSC dev, and speed (scripts/benchmark.py
on 40 PolNeAR articles).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def evaluations(shared: Path) -> dict[str, list[str]]:
    corpora = shared / "corpora"
    return {
        "attribution": ["-m", "toolkit.evaluation.attribution", str(corpora / "polnear_dev")],
        "timeml": ["-m", "toolkit.evaluation.timeml", str(corpora / "meantime_en_dev")],
        "uner_pud": ["-m", "toolkit.evaluation.ner", str(corpora / "uner_english_pud" / "en_pud-ud-test.iob2")],
        "uner_ewt": ["-m", "toolkit.evaluation.ner", str(corpora / "uner_english_ewt" / "en_ewt-ud-test.iob2")],
        "actors_dev": ["-m", "toolkit.evaluation.actors", str(corpora / "ud_english_gum"), "--split", "dev"],
        "gold": ["-m", "toolkit.evaluation.gold", str(ROOT / "data" / "gold")],
        "realworld": ["-m", "toolkit.evaluation.realworld", str(ROOT / "data" / "gold" / "realworld"),
                      "--split", "dev"],
        "pages": ["-m", "toolkit.evaluation.realworld", str(ROOT / "data" / "gold" / "realworld"),
                  "--split", "dev", "--kind", "page"],
        "coref_dev": ["-m", "toolkit.evaluation.coref", str(corpora / "ud_english_gum"), "--split", "dev"],
        "portrayal": ["-m", "toolkit.evaluation.portrayal", str(corpora / "newsmtsc")],
        "speed": [str(ROOT / "scripts" / "benchmark.py"), str(corpora / "polnear_dev" / "text")],
    }


def run(arguments: list[str], pipeline: str) -> tuple[dict, float, float]:
    """The child's JSON report, its wall time in seconds and its peak resident memory in MB."""
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, *arguments, "--pipeline", pipeline], cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    output = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    child.stdout.close()
    if status != 0:
        raise SystemExit(f"{' '.join(arguments)} --pipeline {pipeline} failed with status {status}")
    return json.loads(output), time.perf_counter() - started, usage.ru_maxrss / 1024


def rows(results: dict[str, dict]) -> list[tuple[str, ...]]:
    """(measure, value per pipeline ...) rows for the table."""
    def each(get) -> tuple[str, ...]:
        return tuple(get(r) for r in results.values())

    def gold(r: dict, kind: str) -> str:
        article = next(v for k, v in r["gold"].items() if k != "pipeline")
        return f"{article[kind]['right']}/{article[kind]['gold']}"

    def _figures(result: dict, *keys: str) -> str:
        return " / ".join(f"{result[k]:.3f}" for k in keys)

    table = [
        ("PolNeAR dev, all: F1 / speaker", each(lambda r: f"{r['attribution']['toolkit']['all']['f1']:.3f} / "
                                                f"{r['attribution']['toolkit']['all']['speaker_accuracy']:.3f}")),
        ("PolNeAR dev, speech: F1 / speaker",
         each(lambda r: f"{r['attribution']['toolkit']['speech']['f1']:.3f} / "
                        f"{r['attribution']['toolkit']['speech']['speaker_accuracy']:.3f}")),
        ("MEANTIME dev timexes: F1 / value", each(lambda r: f"{r['timeml']['toolkit']['f1']:.3f} / "
                                                  f"{r['timeml']['toolkit']['value_accuracy']:.3f}")),
        ("UNER PUD names F1", each(lambda r: f"{r['uner_pud']['ALL']['f']:.3f}")),
        ("UNER EWT test names F1", each(lambda r: f"{r['uner_ewt']['ALL']['f']:.3f}")),
        ("GUM dev actors: F1 (P / R), found", each(lambda r: _actors(r["actors_dev"]))),
        ("saved pages dev: actors P / R", each(lambda r: _figures(r["pages"]["actors"], "precision", "recall"))),
        ("saved pages dev: statements P / R / fully right (share of rows)",
         each(lambda r: _figures(r["pages"]["statements"], "precision", "recall", "fully_right_share_of_rows"))),
        ("saved pages dev: timexes F1 / date values",
         each(lambda r: _figures(r["pages"]["timexes"], "f1", "value_accuracy_dates"))),
        ("real-world dev: statements F1 / speaker->actor / timex values",
         each(lambda r: f"{r['realworld']['all']['statements']['f1']:.3f} / "
                        f"{r['realworld']['all']['statements']['speaker_actor']:.3f} / "
                        f"{r['realworld']['all']['timexes']['value_accuracy_all']:.3f}")),
        ("GUM dev coreference: pronoun links P / R",
         each(lambda r: f"{r['coref_dev']['pronoun']['precision']:.3f} / {r['coref_dev']['pronoun']['recall']:.3f}")),
        ("sample gold: actors right", each(lambda r: gold(r, "actors"))),
        ("sample gold: statements right", each(lambda r: gold(r, "quotes"))),
        ("sample gold: timexes right", each(lambda r: gold(r, "timexes"))),
        ("NewsMTSC dev portrayal, whole analysis: rw / mt macro-F1 (coverage)",
         each(lambda r: " / ".join(f"{r['portrayal'][split]['toolkit']['macro_f1']:.3f} "
                                   f"({r['portrayal'][split]['toolkit']['coverage']:.2f})"
                                   for split in ("rw_dev", "mt_dev")))),
        ("speed: nlp.pipe words/s", each(lambda r: f"{r['speed']['pipe_words_per_s']:,}")),
        ("speed: whole analysis words/s", each(lambda r: f"{r['speed']['analyze_words_per_s']:,}")),
        ("memory: benchmark peak RSS MB", each(lambda r: f"{r['speed']['peak_rss_mb']:,}")),
    ]
    return [(name, *values) for name, values in table]


def _actors(report: dict) -> str:
    return (f"{report['f1']:.3f} ({report['precision']:.2f} / {report['recall']:.2f}), "
            f"{report['found']}/{report['mentions']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--pipelines", nargs="+", default=["toolkit", "sm"])
    parser.add_argument("--json", type=Path, help="also write every report here")
    args = parser.parse_args()
    results: dict[str, dict] = {}
    for pipeline in args.pipelines:
        results[pipeline] = {}
        for name, arguments in evaluations(args.shared).items():
            report, seconds, peak = run(arguments, pipeline)
            results[pipeline][name] = report
            print(f"{pipeline:>8} {name:<12} {seconds:6.1f} s, peak {peak:,.0f} MB", file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print("| measure | " + " | ".join(args.pipelines) + " |")
    print("|---|" + "---|" * len(args.pipelines))
    for row in rows(results):
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
