"""Annotate saved news pages for the real-world set without copying their text into the project.

    python scripts/page_gold.py show ID            # the page's articleBody, paragraph by paragraph, with offsets
    python scripts/page_gold.py meta ID            # the page's <title>, meta tags and bylines as the HTML gives them
    python scripts/page_gold.py find ID "text"     # where a text occurs in articleBody
    python scripts/page_gold.py build DRAFT.json [--out data/gold/realworld/gold]

A draft quotes the text (keep it outside the project); ``build`` checks it and writes
``gold/page_<first 12 characters of ID>.json`` with offsets and hashes only (``toolkit.evaluation.pagegold``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from toolkit.evaluation.pagegold import DraftError, build_gold, page_body, page_html
from toolkit.evaluation.realworld import shared_folder


def show(page_id: str) -> None:
    body = page_body(shared_folder(), page_id)
    start = 0
    for line in body.split("\n"):
        if line.strip():
            print(f"[{start}-{start + len(line)}] {line}")
        start += len(line) + 1


def meta(page_id: str) -> None:
    html = page_html(shared_folder(), page_id).decode("utf-8", "replace")
    for pattern in (r"<title[^>]*>.*?</title>", r"<meta[^>]+>", r"<time[^>]*>.*?</time>",
                    r'<[^>]+class="[^"]*(?:byline|author|date)[^"]*"[^>]*>.{0,200}'):
        for found in re.findall(pattern, html, flags=re.S | re.I):
            if pattern.startswith("<meta") and not re.search(r"title|author|date|time|publish|byl", found, re.I):
                continue
            print(" ".join(found.split())[:300])


def find(page_id: str, text: str) -> None:
    body = page_body(shared_folder(), page_id)
    start = body.find(text)
    while start >= 0:
        print(f"[{start}-{start + len(text)}] …{body[max(0, start - 40):start + len(text) + 40]}…")
        start = body.find(text, start + 1)


def build(draft_path: Path, out: Path) -> int:
    draft = json.loads(draft_path.read_text(encoding="utf-8"))
    try:
        gold = build_gold(draft, page_body(shared_folder(), draft["id"]))
    except DraftError as error:
        print(f"draft not built: {error}", file=sys.stderr)
        return 1
    path = out / f"page_{draft['id'][:12]}.json"
    path.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{path}: {len(gold['actors'])} actors, {len(gold['statements'])} statements, "
          f"{len(gold['timexes'])} timexes, {len(gold['non_story'])} non-story lines")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    for name in ("show", "meta"):
        commands.add_parser(name).add_argument("id")
    finding = commands.add_parser("find")
    finding.add_argument("id")
    finding.add_argument("text")
    building = commands.add_parser("build")
    building.add_argument("draft", type=Path)
    building.add_argument("--out", type=Path, default=Path("data/gold/realworld/gold"))
    args = parser.parse_args()
    if args.command == "build":
        return build(args.draft, args.out)
    {"show": show, "meta": meta}.get(args.command, lambda i: find(i, args.text))(args.id)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
