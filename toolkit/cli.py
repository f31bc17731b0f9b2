"""Command line: ``python -m toolkit info``, ``python -m toolkit analyze PATH``, ``python -m toolkit explore FILE
--out page.html`` and ``python -m toolkit lab``.

``analyze`` writes one JSON object for a single file, and JSON Lines (one object per article, streamed) for a
directory, a glob or a ``.jsonl`` corpus. With ``--format csv --out DIR`` it writes one CSV per table, every
row tagged with its ``article_id`` (``--excel-csv``: with a byte-order mark and lists as text, as a spreadsheet
reads them); with ``--format xlsx --out FILE.xlsx`` one workbook, a sheet per table
(:mod:`toolkit.analysis.spreadsheet`); with ``--format parquet --out DIR`` one Parquet dataset per table
(:mod:`toolkit.analysis.store`), resuming an interrupted run unless ``--restart``. Articles are parsed in batches
(``--batch-size``), on ``--n-process`` processes. A bad article is reported on stderr and skipped; the exit
status is then 1.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

import pandas as pd

from . import __version__
from .analysis import TABLES, Analysis, article_frame, table_for_csv
from .analysis.batch import analyze_corpus, auto_processes
from .errors import ToolkitError
from .io.articles import parse_date
from .io.corpus import load_corpus
from .pipeline import PIPELINE_HELP, load_pipeline, pipeline_info

__all__ = ["EXIT_ERROR", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_USAGE", "NOTEBOOKS", "build_parser", "lab_command",
           "main"]

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="toolkit", description="Analyse news articles: actors, quotes, "
                                     "claims and timelines.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    info = commands.add_parser("info", help="the toolkit's version and the pipeline it uses")
    info.add_argument("--format", choices=("text", "json"), default="text")
    info.add_argument("--pipeline", help=PIPELINE_HELP)

    run = commands.add_parser("analyze", help="analyse an article file, a directory, a glob or a .jsonl corpus")
    run.add_argument("path", help="a .txt/.md/.json/.html file, a directory, a quoted glob or a .jsonl file")
    run.add_argument("--anchor", help="anchor date YYYY-MM-DD for relative dates (default: the article's "
                     "published date, else none)")
    run.add_argument("--pipeline", help=PIPELINE_HELP)
    run.add_argument("--format", choices=("json", "csv", "xlsx", "parquet"), default="json")
    run.add_argument("--out", type=Path, help="output directory (required for csv and parquet; json goes to "
                     "stdout without it); for xlsx the workbook (FILE.xlsx, or DIR/tables.xlsx)")
    run.add_argument("--excel-csv", action="store_true", help="csv: write for spreadsheets (a byte-order mark, "
                     "so that Excel reads UTF-8; lists as text; the statements' sentences)")
    run.add_argument("--n-process", type=_processes, default="auto", help="processes that parse: a number, or "
                     "auto (the default): one per core, at most one per GB of available memory, for a directory "
                     "or a corpus; one file is always analysed in one process")
    run.add_argument("--batch-size", type=int, default=8, help="articles per parsing batch (default 8: larger "
                     "batches cost memory and gain no speed on CPU)")
    run.add_argument("--restart", action="store_true", help="parquet: start OUT afresh instead of resuming")
    run.add_argument("--max-chars", type=int, help="refuse articles longer than this many characters "
                     "(default: no limit but the pipeline's max_length)")
    run.add_argument("--follow-symlinks", action="store_true", help="read symbolic links that point outside "
                     "the corpus folder (skipped, with a message, by default)")
    web = run.add_argument_group("web pages (.html)", "how the main text is told from the page around it")
    focus = web.add_mutually_exclusive_group()
    focus.add_argument("--favor-precision", action="store_true", help="leave out borderline blocks (less "
                       "boilerplate, may lose text)")
    focus.add_argument("--favor-recall", action="store_true", help="keep borderline blocks (less text lost, may "
                       "let boilerplate in)")
    web.add_argument("--no-tables", dest="include_tables", action="store_false", help="leave tables out")
    web.add_argument("--include-comments", action="store_true", help="keep readers' comments, after the story")

    view = commands.add_parser("explore", help="write the article explorer (the text with its names, statements "
                               "and dates marked) as a standalone HTML page")
    view.add_argument("path", help="a .txt/.md/.json/.html article file")
    view.add_argument("--out", type=Path, required=True, help="the page to write (page.html)")
    view.add_argument("--anchor", help="anchor date YYYY-MM-DD (default: the article's published date)")
    view.add_argument("--pipeline", help=PIPELINE_HELP)
    view.add_argument("--actor", help="show only this actor's names and statements")

    commands.add_parser("lab", help="open JupyterLab on the notebooks (as root too); every further option goes "
                        "to jupyter lab (--port, --no-browser, ...)", add_help=False)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["lab"]:  # everything after "lab" is jupyter lab's
        return _lab(argv[1:])
    args = build_parser().parse_args(argv)
    for stream in (sys.stdout, sys.stderr):  # whatever a file name holds, the output stays valid text
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    try:
        if args.command == "info":
            return _info(args)
        if args.command == "explore":
            return _explore(args)
        return _analyze(args)
    except ToolkitError as err:
        print(f"toolkit: error: {err}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("toolkit: interrupted (a Parquet run resumes where it stopped)", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as err:  # a defect of the toolkit: one line, never a traceback, for the user
        print(f"toolkit: error: unexpected {type(err).__name__}: {err} (please report it)", file=sys.stderr)
        return EXIT_ERROR


#: The checkout's notebooks (the package is installed in editable mode by the README's commands).
NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"


def lab_command(extra: Sequence[str] = (), *, root: bool | None = None) -> list[str]:
    """The ``jupyter lab`` command line that ``toolkit lab`` runs: on the checkout's notebooks when they are
    there, with ``--allow-root`` only for root (containers and many lab machines run as root; for anyone else
    nothing changes).

    >>> lab_command(["--no-browser"], root=False)[-1]
    '--no-browser'
    """
    if root is None:
        root = hasattr(os, "geteuid") and os.geteuid() == 0
    where = [str(NOTEBOOKS)] if NOTEBOOKS.is_dir() else []
    return [sys.executable, "-m", "jupyter", "lab", *where, *(["--allow-root"] if root else []), *extra]


def _lab(extra: Sequence[str]) -> int:
    try:
        return subprocess.call(lab_command(extra))
    except KeyboardInterrupt:
        return EXIT_OK


def _info(args: argparse.Namespace) -> int:
    pipeline = pipeline_info(load_pipeline(args.pipeline))
    report = {"toolkit": __version__, "pipeline": pipeline}
    if args.format == "json":
        print(json.dumps(report, indent=2))
    else:
        print(f"toolkit {__version__}")
        print(f"pipeline {pipeline['name']} {pipeline['version']} ({pipeline['license'] or 'licence not stated'})")
        print(f"package {pipeline['package'] or 'unknown'}")
        print(f"checksums {'verified' if pipeline['verified'] else 'not verified by the toolkit'}")
        print(f"path {pipeline['path']}")
        print(f"components {', '.join(pipeline['components'])}")
    return EXIT_OK


def _explore(args: argparse.Namespace) -> int:
    from .analysis import analyze
    from .explore import explore
    from .io.articles import load_article

    anchor = parse_date(args.anchor, name="--anchor") if args.anchor else None
    result = analyze(load_article(args.path), anchor=anchor, nlp=load_pipeline(args.pipeline))
    written = explore(result, actor=args.actor).save(args.out)
    print(f"toolkit: wrote {written}", file=sys.stderr)
    return EXIT_OK


def _processes(value: str) -> int | str:
    """``--n-process``: ``auto`` or a positive number."""
    if value == "auto":
        return value
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"expected a positive number or auto, not {value!r}")
    return int(value)


def _analyze(args: argparse.Namespace) -> int:
    if args.format in ("csv", "xlsx", "parquet") and args.out is None:
        where = "FILE.xlsx" if args.format == "xlsx" else "DIR"
        print(f"toolkit: error: --format {args.format} writes one dataset per table and needs --out {where}",
              file=sys.stderr)
        return EXIT_USAGE
    if args.excel_csv and args.format != "csv":
        print("toolkit: error: --excel-csv is for --format csv", file=sys.stderr)
        return EXIT_USAGE
    anchor = parse_date(args.anchor, name="--anchor") if args.anchor else None
    corpus = load_corpus(args.path, on_error="skip", follow_symlinks=args.follow_symlinks, max_chars=args.max_chars,
                         favor_precision=args.favor_precision,
                         favor_recall=args.favor_recall, include_tables=args.include_tables,
                         include_comments=args.include_comments)
    nlp = load_pipeline(args.pipeline)
    single = Path(args.path).is_file() and Path(args.path).suffix.lower() != ".jsonl"
    parquet = args.format == "parquet"
    n_process = 1 if single else auto_processes() if args.n_process == "auto" else args.n_process
    run = analyze_corpus(corpus, anchor=anchor, nlp=nlp, progress=False if single else None,
                         n_process=n_process, batch_size=args.batch_size, out=args.out if parquet else None,
                         resume=not args.restart, on_error=lambda error: print(f"toolkit: skipped {error}",
                                                                               file=sys.stderr))
    sink = None if parquet else _Sink(args.format, args.out, single, excel=args.excel_csv)
    try:
        for analysis in run:
            if sink is not None:
                sink.write(analysis)
    finally:
        if sink is not None:
            sink.close()
    if run.skipped:
        print(f"toolkit: {run.skipped} article(s) already in {args.out}, not analysed again (--restart to redo)",
              file=sys.stderr)
    return EXIT_ERROR if run.errors else EXIT_OK


class _Sink:
    """Where analyses go: one JSON object, JSON Lines (stdout or DIR/analysis.jsonl), CSVs per table, or a
    workbook."""

    def __init__(self, fmt: str, out: Path | None, single: bool, excel: bool = False):
        self.fmt, self.out, self.single, self.excel = fmt, out, single, excel
        self.handles: dict[str, TextIO] = {}
        self.book = None
        self.failed = False
        if fmt == "xlsx" and out is not None:
            from .analysis.spreadsheet import WorkbookWriter

            self.book = WorkbookWriter(out if out.suffix.lower() == ".xlsx" else out / "tables.xlsx")
        elif out is not None:
            out.mkdir(parents=True, exist_ok=True)

    def write(self, analysis: Analysis) -> None:
        if self.book is not None:
            try:
                self.book.add(analysis)
            except Exception:
                self.failed = True  # the workbook is saved with what came before, and says nothing of success
                raise
            return
        if self.fmt == "csv" and self.excel:
            from .analysis.spreadsheet import csv_for_excel, sheets_of

            for name, frame in sheets_of(analysis).items():
                self._write_csv(name, csv_for_excel(frame))
            return
        if self.fmt == "csv":
            self._write_csv("articles", article_frame(analysis))
            for name in TABLES:
                self._write_csv(name, table_for_csv(analysis.tables[name], analysis.article.id))
            return
        text = analysis.to_json(indent=2 if self.single else None)
        self._handle("analysis.json" if self.single else "analysis.jsonl").write(text + "\n")

    def _write_csv(self, name: str, frame: pd.DataFrame) -> None:
        handle = self._handle(f"{name}.csv")
        frame.to_csv(handle, index=False, header=handle.tell() == 0)

    def _handle(self, filename: str) -> TextIO:
        if self.out is None:
            return sys.stdout
        if filename not in self.handles:
            encoding = "utf-8-sig" if self.excel else "utf-8"  # utf-8-sig: the byte-order mark Excel needs
            self.handles[filename] = (self.out / filename).open("w", encoding=encoding, newline="")
        return self.handles[filename]

    def close(self) -> None:
        for handle in self.handles.values():
            handle.close()
        if self.book is not None:
            written = self.book.close()
            print(f"toolkit: {'wrote part of' if self.failed else 'wrote'} {written}", file=sys.stderr)
        sys.stdout.flush()
