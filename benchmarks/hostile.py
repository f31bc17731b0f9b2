"""Hostile large inputs: the whole analysis through the command line against the bare parse of the same text.

    python benchmarks/hostile.py [--pipeline sm] [--only NAME ...] [--directory]

Generates four inputs, each the sign of a stage that grows faster than the text if it is slow:

- ``paragraphs``: 20,000 tiny paragraphs ("Para 17.");
- ``sentence``: one sentence of 50,000 words without punctuation;
- ``long``: an article of 999,000 characters (a paragraph of news prose repeated);
- ``page``: an HTML page of 20,000 unclosed ``<p>`` tags, each "Para 17, Smith said." (one actor with 20,000
  mentions).

For each: the bare parse (``nlp`` of the pipeline's own spaCy model, no toolkit component, over the text the
toolkit analyses: for the page, the text its loader extracts), and ``toolkit analyze FILE --format json`` as a
subprocess (start-up included), with the ratio. ``--directory`` also runs the command line once over a folder
holding the four inputs and two good articles, and reports whether the good ones were analysed.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "articles" / "000_a0b5b4455e1f7479.txt"
PROSE = ("The council met on Monday, and Mayor Ann Lee said the budget would pass by a wide margin. "
         "Opponents, led by Councillor Tom Ruiz, said the plan would raise taxes for families in the north. ")


def inputs() -> dict[str, tuple[str, str]]:
    """name -> (file suffix, content)."""
    long_text = "\n\n".join([PROSE] * (999_000 // (len(PROSE) + 2)))
    return {
        "paragraphs": (".txt", "\n\n".join(f"Para {i}." for i in range(20_000))),
        "sentence": (".txt", " ".join(f"word{i % 97}" for i in range(50_000))),
        "long": (".txt", long_text[:999_000]),
        "page": (".html", "<html><head><title>Paragraphs</title></head><body><article>"
                          + "".join(f"<p>Para {i}, Smith said." for i in range(20_000)) + "</article></body></html>"),
    }


_BARE = """
import json, sys, time
from pathlib import Path
import spacy
from toolkit import load_article
from toolkit.pipeline import resolve_pipeline_name
nlp = spacy.load(resolve_pipeline_name(sys.argv[2]))
nlp.max_length = 10_000_000
text = load_article(sys.argv[1]).text
started = time.perf_counter()
nlp(text)
print(json.dumps({"seconds": time.perf_counter() - started, "characters": len(text)}))
"""


def bare_parse(path: Path, pipeline: str) -> dict:
    out = subprocess.run([sys.executable, "-c", _BARE, str(path), pipeline], cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def command_line(target: Path, pipeline: str) -> tuple[float, str, str]:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "toolkit", "analyze", str(target), "--format", "json",
                           "--n-process", "1", "--pipeline", pipeline], cwd=ROOT, capture_output=True, text=True)
    return time.perf_counter() - started, done.stdout, done.stderr


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pipeline", default="sm")
    parser.add_argument("--only", nargs="*", help="names of the inputs to run (default: all four)")
    parser.add_argument("--directory", action="store_true", help="also run a folder of all four and two good files")
    args = parser.parse_args()
    chosen = {k: v for k, v in inputs().items() if not args.only or k in args.only}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print("| input | characters analysed | bare parse (s) | command line (s) | ratio |\n|---|---:|---:|---:|---:|")
        for name, (suffix, content) in chosen.items():
            path = folder / f"{name}{suffix}"
            path.write_text(content, encoding="utf-8")
            bare = bare_parse(path, args.pipeline)
            seconds, _, err = command_line(path, args.pipeline)
            status = "" if not err.strip() else f" ({err.strip().splitlines()[-1][:80]})"
            print(f"| {name} | {bare['characters']:,} | {bare['seconds']:.1f} | {seconds:.1f}{status} | "
                  f"{seconds / bare['seconds']:.1f}× |", flush=True)
        if args.directory:
            for good in ("good_a.txt", "good_b.txt"):
                shutil.copy(SAMPLE, folder / good)
            seconds, out, _ = command_line(folder, args.pipeline)
            analysed = [json.loads(line)["article"]["path"] for line in out.splitlines() if line.strip()]
            good = sum(any(name in str(p) for p in analysed) for name in ("good_a", "good_b"))
            print(f"\ndirectory of {len(chosen)} hostile inputs and 2 good files: {seconds:.1f} s, "
                  f"{len(analysed)} articles analysed, good files analysed: {good} of 2")


if __name__ == "__main__":
    main()
