"""Hand an analysis's statements to people for checking, and read their corrections back: brat standoff.

brat (https://brat.nlplab.org) keeps the text in ``NAME.txt`` and the annotations beside it in ``NAME.ann``,
one per line, by character offsets into the text. Each statement becomes a ``Content`` span, its speaker a
``Speaker`` span joined to it by a ``Said`` relation, its reporting word a ``Cue`` span joined by ``Cue``, and
a note on the content gives the source (``actor: …``) and the kind (``kind: direct``). Any editor of the format
(brat itself, INCEpTION, a text editor) can correct them; :func:`read_brat` gives the corrected statements back
as a table that :func:`toolkit.evaluation.statements.score_statements` scores the machine against.

>>> from toolkit import analyze
>>> result = analyze("Talks resumed, the minister said.", nlp="blank:en")
>>> read_brat(quotes_to_brat(result), result.article.text).columns.tolist()[:3]
['content', 'content_start', 'content_end']
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pandas as pd

from ..errors import InvalidAnnotationError
from .core import Analysis

__all__ = ["ANNOTATION_CONF", "STATEMENT_COLUMNS", "quotes_to_brat", "read_brat", "span_line", "write_brat"]

#: brat's annotation.conf for these files (entity and relation types, so that brat shows and checks them).
ANNOTATION_CONF = """[entities]
Speaker
Cue
Content

[relations]
Said\tArg1:Speaker, Arg2:Content
Cue\tArg1:Cue, Arg2:Content

[events]

[attributes]
"""
STATEMENT_COLUMNS = ("content", "content_start", "content_end", "speaker", "speaker_start", "speaker_end", "actor",
                     "cue", "cue_start", "cue_end", "kind")


def quotes_to_brat(analysis: Analysis) -> str:
    """The ``.ann`` text of an analysis's statements (its ``.txt`` is ``analysis.article.text``)."""
    text, lines = analysis.article.text, []
    count = {"T": 0, "R": 0, "#": 0}

    def next_id(prefix: str) -> str:
        count[prefix] += 1
        return f"{prefix}{count[prefix]}"

    for row in analysis.statements.itertuples(index=False):
        content = next_id("T")
        lines.append(span_line(content, "Content", text, row.content_start, row.content_end))
        for kind, start, end in (("Speaker", row.speaker_start, row.speaker_end), ("Cue", row.cue_start, row.cue_end)):
            if pd.notna(start):
                tid = next_id("T")
                lines.append(span_line(tid, kind, text, int(start), int(end)))
                relation = "Said" if kind == "Speaker" else "Cue"
                lines.append(f"{next_id('R')}\t{relation} Arg1:{tid} Arg2:{content}")
        note = "; ".join(f"{key}: {value}" for key, value in (("actor", row.actor), ("kind", row.kind))
                         if value is not None and pd.notna(value))
        lines.append(f"{next_id('#')}\tAnnotatorNotes {content}\t{note}")
    return "".join(line + "\n" for line in lines)


def write_brat(analysis: Analysis, folder: str | Path, name: str | None = None) -> Path:
    """Write ``NAME.txt``, ``NAME.ann`` and ``annotation.conf`` into ``folder``; returns the ``.ann`` path."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    name = name or analysis.article.id or "article"
    (folder / f"{name}.txt").write_text(analysis.article.text, encoding="utf-8", newline="")
    (folder / "annotation.conf").write_text(ANNOTATION_CONF, encoding="utf-8")
    ann = folder / f"{name}.ann"
    ann.write_text(quotes_to_brat(analysis), encoding="utf-8")
    return ann


def read_brat(ann: str | Path, text: str) -> pd.DataFrame:
    """The statements of a brat ``.ann`` (its text, or a path to it) over ``text``: one row per ``Content``,
    with its speaker and cue (through ``Said`` / ``Cue``) and the actor and kind from its note.

    A one-line string without a tab is a path (every annotation line holds one). Raises
    :class:`~toolkit.errors.InvalidAnnotationError` naming the line for a malformed line, an id defined twice,
    a span type other than Content, Speaker and Cue, offsets outside the text, or a span whose text is not the
    text at its offsets."""
    if isinstance(ann, os.PathLike) or (ann.strip() and not set(ann) & {"\t", "\n"}):  # a line holds a tab
        ann = Path(ann).read_text(encoding="utf-8-sig")
    spans: dict[str, tuple[str, int, int]] = {}
    links: list[tuple[str, str, str, int]] = []
    notes: dict[str, str] = {}
    seen: set[str] = set()
    for number, line in enumerate(ann.removeprefix("\ufeff").split("\n"), start=1):
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        fields = line.split("\t")
        try:
            if fields[0] in seen:
                raise ValueError(f"{fields[0]} is defined twice")
            seen.add(fields[0])
            if line.startswith("T"):
                kind, start, end = _span_fields(fields[1])
                if kind not in _TYPES:
                    raise ValueError(f"unknown type {kind!r}, expected one of {sorted(_TYPES)}")
                if not 0 <= start <= end <= len(text) or " ".join(text[start:end].split()) != \
                        " ".join(fields[2].split()):
                    raise ValueError("its text is not the text at its offsets")
                spans[fields[0]] = (kind, start, end)
            elif line.startswith("R"):
                relation, arg1, arg2 = fields[1].split()
                links.append((relation, arg1.split(":", 1)[1], arg2.split(":", 1)[1], number))
            elif line.startswith("#"):
                notes[fields[1].split()[1]] = fields[2] if len(fields) > 2 else ""
        except (IndexError, ValueError) as error:
            raise InvalidAnnotationError(f"line {number} of the annotations cannot be read ({error}): {line!r}") \
                from None
    return _statements(spans, links, notes, text)


#: Characters a span's text on its line cannot hold: tabs separate the fields, line breaks (of any kind that a
#: reader may split lines at) end the line.
_BREAKS = re.compile("[\t\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]+")
_TYPES = frozenset({"Content", "Speaker", "Cue"})


def span_line(tid: str, kind: str, text: str, start: int, end: int) -> str:
    # a span across a line break or a tab is written as its fragments
    fragments, offset = [], start
    for piece in _BREAKS.finditer(text[start:end] + "\n"):
        if piece.start() + start > offset:
            fragments.append((offset, start + piece.start()))
        offset = start + piece.end()
    fragments = fragments or [(start, end)]
    ranges = ";".join(f"{a} {b}" for a, b in fragments)
    return f"{tid}\t{kind} {ranges}\t{' '.join(text[a:b] for a, b in fragments)}"


def _span_fields(field: str) -> tuple[str, int, int]:
    kind, ranges = field.split(" ", 1)
    bounds = [int(number) for piece in ranges.split(";") for number in piece.split()]
    if len(bounds) < 2 or len(bounds) % 2:
        raise ValueError("a span needs start and end offsets")
    return kind, min(bounds), max(bounds)


def _statements(spans, links, notes, text) -> pd.DataFrame:
    rows = {}
    for tid, (kind, start, end) in spans.items():
        if kind == "Content":
            note = dict(part.split(": ", 1) for part in notes.get(tid, "").split("; ") if ": " in part)
            rows[tid] = {"content": text[start:end], "content_start": start, "content_end": end,
                         "actor": note.get("actor"), "kind": note.get("kind")}
    for relation, arg1, arg2, number in links:
        if arg1 not in spans or arg2 not in rows:
            raise InvalidAnnotationError(f"line {number} of the annotations joins an unknown span: {arg1}, {arg2}")
        part = {"Said": "speaker", "Cue": "cue"}.get(relation)
        if part is not None:
            _, start, end = spans[arg1]
            rows[arg2] |= {part: text[start:end], f"{part}_start": start, f"{part}_end": end}
    table = pd.DataFrame(list(rows.values()), columns=list(STATEMENT_COLUMNS))
    return table.sort_values(["content_start", "content_end"], kind="stable").reset_index(drop=True)
