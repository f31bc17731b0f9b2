"""Gold for saved news pages (``data/gold/realworld``, kind ``page``) that keeps no publisher's text.

A page's gold points into the hand-extracted main text of the benchmark it comes from (``articleBody`` in
``../shared/corpora/news_pages/ground-truth.json``) by character offsets, and stores a short hash of each span's
text instead of the text, so that a shifted offset is caught and no sentence of the page enters the project.

An annotator writes a *draft* that quotes the text (kept outside the project), and :func:`build_gold` turns it
into the gold: every quoted span is located in ``articleBody`` and replaced by its offsets and hash. A span is
given as the quoted text, unique in the body, or as ``{"text": ..., "in": ..., "nth": ...}``: the ``nth``
occurrence (from 1) of ``text`` inside the one occurrence of ``in``. A statement's ``sentence`` is the default
``in`` of its speaker, cue and content.

>>> text_hash("  Ana   Reyes ") == text_hash("Ana Reyes")
True
>>> locate("She said no. He said yes.", {"text": "said", "in": "He said"})
(16, 20)
"""

from __future__ import annotations

import gzip
import hashlib
import json
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

__all__ = [
    "NON_STORY_ROLES",
    "STANCES",
    "DraftError",
    "build_gold",
    "locate",
    "news_pages",
    "page_body",
    "page_html",
    "span_text_ok",
    "text_hash",
]

NON_STORY_ROLES = ("headline", "byline", "dateline", "caption", "credit", "promo", "pull_quote", "related",
                   "section_head", "copyright", "correction", "editor_note", "other")
STANCES = ("support", "oppose", "neutral")
ACTOR_TYPES = ("PERSON", "ORG", "GPE", "LOC", "NORP")
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")


class DraftError(ValueError):
    """A draft that cannot become gold: a span not found or not unique, an unknown label."""


def text_hash(text: str) -> str:
    """Twelve hex digits of SHA-256 over the text with its whitespace collapsed (NFC)."""
    normal = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:12]


def span_text_ok(body: str, span: list[int], digest: str) -> bool:
    """Whether ``body[start:end]`` still hashes to ``digest``."""
    return text_hash(body[span[0]:span[1]]) == digest


def news_pages(shared: Path) -> Path:
    return shared / "corpora" / "news_pages"


@cache
def _ground_truth(folder: Path) -> dict[str, Any]:
    return json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))


def page_body(shared: Path, page_id: str) -> str:
    """The benchmark's hand-extracted main text of a page (``articleBody``)."""
    return _ground_truth(news_pages(shared))[page_id]["articleBody"]


def page_html(shared: Path, page_id: str) -> bytes:
    """The saved page's HTML bytes."""
    with gzip.open(news_pages(shared) / "html" / f"{page_id}.html.gz") as handle:
        return handle.read()


def _occurrences(text: str, part: str) -> list[int]:
    found, start = [], text.find(part)
    while start >= 0:
        found.append(start)
        start = text.find(part, start + 1)
    return found


def locate(body: str, spec: str | dict[str, Any], within: str | None = None) -> tuple[int, int]:
    """The offsets of a quoted span (see the module's docstring for the forms a span takes)."""
    if isinstance(spec, str):
        spec = {"text": spec}
    text, context, nth = spec["text"], spec.get("in", within), spec.get("nth")
    if not text:
        raise DraftError("an empty span")
    offset = 0
    if context is not None:
        places = _occurrences(body, context)
        if len(places) != 1:
            raise DraftError(f"context {context[:60]!r} occurs {len(places)} times in the body (needs exactly 1)")
        offset, body = places[0], context
    places = _occurrences(body, text)
    if not places:
        where = f" inside {context[:60]!r}" if context is not None else ""
        raise DraftError(f"{text[:60]!r} not found{where}")
    if nth is None and len(places) > 1 and context is None:
        raise DraftError(f"{text[:60]!r} occurs {len(places)} times: give 'in' (a unique context) or 'nth'")
    index = (nth or 1) - 1
    if index >= len(places):
        raise DraftError(f"{text[:60]!r} occurs only {len(places)} times, not {nth}")
    start = offset + places[index]
    return start, start + len(text)


def _span(body: str, spec: Any, within: str | None = None) -> dict[str, Any]:
    start, end = locate(body, spec, within)
    return {"span": [start, end], "sha": text_hash(body[start:end])}


def _choice(value: Any, allowed: tuple[str, ...], what: str) -> Any:
    if value is not None and value not in allowed:
        raise DraftError(f"{what} {value!r} is not one of {', '.join(allowed)}")
    return value


def _statement(body: str, draft: dict[str, Any], actors: set[str]) -> dict[str, Any]:
    within = draft.get("sentence")
    contents = draft["content"] if isinstance(draft["content"], list) else [draft["content"]]
    actor = draft.get("actor")
    if actor is not None and actor not in actors:
        raise DraftError(f"statement actor {actor!r} is not an actor of the draft")
    stance = {}
    for name, value in (draft.get("stance") or {}).items():
        if name not in actors:
            raise DraftError(f"stance target {name!r} is not an actor of the draft")
        stance[name] = _choice(value, STANCES, "stance")
    return {
        "speaker": _span(body, draft["speaker"], within) if draft.get("speaker") else None,
        "actor": actor,
        "cue": _span(body, draft["cue"], within) if draft.get("cue") else None,
        "content": [_span(body, part, within) for part in contents],
        "kind": _choice(draft.get("kind"), ("direct", "indirect", "mixed"), "kind"),
        "stance": stance,
    }


def build_gold(draft: dict[str, Any], body: str) -> dict[str, Any]:
    """The gold file of a page from its draft; raises :class:`DraftError` naming the first problem."""
    actors = []
    for actor in draft["actors"]:
        actors.append({"actor": actor["actor"], "type": _choice(actor["type"], ACTOR_TYPES, "actor type"),
                       "aliases": sorted(set(actor.get("aliases", [])) - {actor["actor"]}),
                       "acceptable": bool(actor.get("acceptable", False))})
    names = {actor["actor"] for actor in actors}
    if len(names) != len(actors):
        raise DraftError("two actors share a name")
    timexes = []
    for timex in draft.get("timexes", []):
        found = _span(body, {k: v for k, v in timex.items() if k in ("text", "in", "nth")})
        timexes.append({**found, "type": _choice(timex.get("type", "DATE"), TIMEX_TYPES, "timex type"),
                        "value": timex.get("value")})
    non_story = [{**_span(body, {k: v for k, v in line.items() if k in ("text", "in", "nth")}),
                  "role": _choice(line["role"], NON_STORY_ROLES, "role")} for line in draft.get("non_story", [])]
    gold = {
        "source": {"corpus": "news_pages", "file": draft["id"]},
        "kind": "page",
        "split": _choice(draft["split"], ("dev", "heldout"), "split"),
        "domain": draft.get("domain"),
        "title_sha": text_hash(draft["title"]) if draft.get("title") else None,
        "authors": list(draft.get("authors", [])),
        "published": draft.get("published"),
        "actors": actors,
        "statements": [_statement(body, s, names) for s in draft.get("statements", [])],
        "timexes": sorted(timexes, key=lambda t: t["span"]),
        "non_story": sorted(non_story, key=lambda line: line["span"]),
        "annotator": draft.get("annotator"),
    }
    return gold
