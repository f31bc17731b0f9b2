"""Seconds from the command's start to its first article's result.

    python benchmarks/startup.py [--pipeline sm] [--repeat 3]

Runs ``toolkit analyze`` on the sample article (one JSON object) and on a directory of three copies of it
(JSON Lines), and times the arrival of the first line of output; the best of ``--repeat`` runs.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "articles" / "000_a0b5b4455e1f7479.txt"


def first_output(command: list[str]) -> float:
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    child.stdout.readline()
    seconds = time.perf_counter() - started
    child.communicate()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pipeline", default="sm")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    base = [sys.executable, "-m", "toolkit", "analyze"]
    with tempfile.TemporaryDirectory() as tmp:
        for name in ("a", "b", "c"):
            shutil.copy(SAMPLE, Path(tmp) / f"{name}.txt")
        for label, target in (("one file", SAMPLE), ("a directory", Path(tmp))):
            best = min(first_output([*base, str(target), "--pipeline", args.pipeline]) for _ in range(args.repeat))
            print(f"{label}: first article's result after {best:.2f} s")


if __name__ == "__main__":
    main()
