"""Peak resident memory of a corpus run written to Parquet, at several corpus sizes.

    python benchmarks/memory.py ../shared/corpora/polnear_dev/text --articles 100 1000 5000 [--pipeline sm]

For each size, the available texts are replicated (with new ids) into a temporary ``.jsonl`` corpus, and
``toolkit analyze CORPUS --format parquet --out OUT`` runs in a fresh process (``--n-process auto``, the default:
the parsing processes are its children). Two peaks: the largest single process (``getrusage`` of the child, which
covers its descendants' maxima) and the whole process tree (the sum of every process's RSS, sampled every 0.2 s
with psutil). Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from toolkit import load_corpus


def _peak_tree_rss(pid: int, every: float = 0.2) -> int:
    """The largest sum of RSS over ``pid`` and its descendants, sampled until ``pid`` exits (it is not reaped)."""
    import psutil  # installed with Jupyter's kernel; only this benchmark needs it

    root, peak = psutil.Process(pid), 0
    while root.status() != psutil.STATUS_ZOMBIE:
        total = 0
        try:
            for process in [root, *root.children(recursive=True)]:
                total += process.memory_info().rss
        except psutil.Error:  # a process ended between listing and reading
            pass
        peak = max(peak, total)
        time.sleep(every)
    return peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--articles", type=int, nargs="+", default=[100, 1000, 5000])
    parser.add_argument("--pipeline", default="sm")
    args = parser.parse_args()
    texts = [a.text for a in load_corpus(args.folder)]
    print("| articles | words | seconds | peak RSS, largest process MB | peak RSS, all processes MB |\n"
          "|---|---|---|---|---|", flush=True)
    for size in args.articles:
        with tempfile.TemporaryDirectory() as tmp:
            corpus = Path(tmp) / "corpus.jsonl"
            with corpus.open("w", encoding="utf-8") as out:
                for number, text in zip(range(size), itertools.cycle(texts), strict=False):
                    out.write(json.dumps({"id": f"a{number:06d}", "text": text}) + "\n")
            words = sum(len(t.split()) for _, t in zip(range(size), itertools.cycle(texts), strict=False))
            started = time.perf_counter()
            child = subprocess.Popen([sys.executable, "-m", "toolkit", "analyze", str(corpus), "--format", "parquet",
                                      "--out", str(Path(tmp) / "out"), "--pipeline", args.pipeline],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            tree = _peak_tree_rss(child.pid)
            _, status, usage = os.wait4(child.pid, 0)
            seconds = time.perf_counter() - started
            print(f"| {size:,} | {words:,} | {seconds:.0f} | {usage.ru_maxrss / 1024:,.0f} | {tree / 2**20:,.0f} |"
                  + ("" if status == 0 else f" (exit status {status})"), flush=True)


if __name__ == "__main__":
    main()
