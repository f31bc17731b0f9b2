"""Record every table the toolkit makes on the development corpora, to check that a refactoring changes nothing.

    python scripts/snapshot_outputs.py before.jsonl [--pipelines sm toolkit] [--shared ../shared]
    python scripts/snapshot_outputs.py after.jsonl
    python scripts/snapshot_outputs.py --compare before.jsonl after.jsonl

One JSON line per (pipeline, document): the full ``Analysis.to_dict()`` of the sample (with its gold anchor),
the web-page fixtures (``tests/fixtures/webpages``, loaded from their HTML), the project's own real-world
articles (``data/gold/realworld/articles``), the PolNeAR dev texts, the MEANTIME dev texts (their DCT as anchor)
and the GUM dev documents the actor scorer reads (never GUM test: it is held out). ``--compare`` lists the
documents and tables that differ, and exits 1 if any does.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from toolkit import Article, analyze, load_article  # noqa: E402
from toolkit.evaluation.actors import read_gum, split_files  # noqa: E402
from toolkit.evaluation.timeml import read_timeml  # noqa: E402


def documents(shared: Path) -> Iterator[tuple[str, Article, date | str | None]]:
    """(name, article, anchor) of every document snapshotted."""
    sample = ROOT / "data" / "articles" / "000_a0b5b4455e1f7479.txt"
    anchor = json.loads((ROOT / "data" / "gold" / "sample_timexes.json").read_text(encoding="utf-8"))["anchor"]
    yield "sample", load_article(sample), anchor
    for path in sorted((ROOT / "tests" / "fixtures" / "webpages").glob("*.html")):
        yield f"webpage/{path.stem}", load_article(path), None
    for path in sorted((ROOT / "data" / "gold" / "realworld" / "articles").glob("*.txt")):
        yield f"realworld/{path.stem}", load_article(path), None
    corpora = shared / "corpora"
    for path in sorted((corpora / "polnear_dev" / "text").glob("*.txt")):
        yield f"polnear/{path.stem}", load_article(path), None
    for path in sorted((corpora / "meantime_en_dev").glob("*.tml")):
        document = read_timeml(path)
        yield f"meantime/{path.stem}", Article.from_text(document.text), document.dct
    for path in split_files(corpora / "ud_english_gum", "dev"):
        yield f"gum/{path.stem}", Article.from_text(read_gum(path).text), None


def _relative(path: str | None) -> str | None:
    """A path inside the checkout relative to it, so that two checkouts give the same snapshot."""
    if path is None or not Path(path).is_relative_to(ROOT):
        return path
    return Path(path).relative_to(ROOT).as_posix()


def snapshot(out: Path, pipelines: list[str], shared: Path) -> None:
    with out.open("w", encoding="utf-8") as handle:
        for pipeline in pipelines:
            for name, article, anchor in documents(shared):
                result = analyze(article, anchor=anchor, nlp=pipeline).to_dict()
                result["article"]["path"] = _relative(result["article"]["path"])
                handle.write(json.dumps({"pipeline": pipeline, "document": name, **result}, ensure_ascii=False) + "\n")


def compare(before: Path, after: Path) -> int:
    def read(path: Path) -> dict[tuple[str, str], dict]:
        rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines())
        return {(row.pop("pipeline"), row.pop("document")): row for row in rows}

    old, new = read(before), read(after)
    differences = 0
    for key in sorted(old.keys() | new.keys()):
        if key not in old or key not in new:
            print(f"{key}: only in {'after' if key in new else 'before'}")
            differences += 1
            continue
        for table in sorted(old[key].keys() | new[key].keys()):
            if old[key].get(table) != new[key].get(table):
                print(f"{key[0]} {key[1]}: {table} differs")
                differences += 1
    print(f"{differences} differences in {len(old.keys() | new.keys())} documents")
    return 1 if differences else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, nargs="?")
    parser.add_argument("--pipelines", nargs="+", default=["sm", "toolkit"])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--compare", type=Path, nargs=2, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.compare:
        return compare(*args.compare)
    if args.out is None:
        parser.error("name the output file, or --compare BEFORE AFTER")
    snapshot(args.out, args.pipelines, args.shared)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
