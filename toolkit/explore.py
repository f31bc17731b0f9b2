"""The article explorer: the article's text with the analysis laid on it, as HTML.

Names are marked by actor (one colour each), statements by part (speaker in bold, cue underlined with a wave,
content in italics over a line), dates in a dashed box that never splits at a line's end; hovering shows the
actor, the stance or the date's value in words ("Monday night, 11 March 2024", :mod:`toolkit.timex.reading`);
paragraphs that are not the story (a byline, a caption, a promo: :mod:`toolkit.io.roles`) are greyed. Everything
is inline CSS, so the view reads the same in JupyterLab, in exported HTML and where styles
sheets are stripped; no JavaScript. Only what JupyterLab's sanitizer keeps in an untrusted notebook (a committed
one opens untrusted) is used for the marks: it drops ``data-*`` attributes, ``outline-offset``, and a
``text-decoration`` other than plain keywords (``underline wavy #c05621`` goes whole), so the wave and its colour
are separate longhands over a plain ``underline``, and each marked span names its kinds in its ``class``
(``toolkit-name toolkit-speaker``...), which survives (tests/e2e/test_browser.py checks this in Lab). JupyterLab
also typesets ``$...$`` in HTML outputs as mathematics (two prices in a paragraph would become one formula): the
classes ``mathjax_ignore`` (MathJax 3, JupyterLab) and ``tex2jax_ignore`` (MathJax 2) keep the text as text. The
text is escaped by the template (Jinja2 with autoescape): nothing in an article can become markup.

>>> from toolkit import analyze, explore
>>> view = explore(analyze("Talks resumed on Monday.", anchor="2024-03-05", nlp="blank:en"))
>>> "Monday" in view.html and "date: Monday, 4 March 2024" in view.html
True
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

from jinja2 import Environment
from pandas import notna

from .analysis import Analysis
from .timex.reading import value_in_words

__all__ = ["LEGEND", "PALETTE", "STYLES", "Explorer", "Mark", "explore"]

#: One pale colour per actor, in order of first mention (then repeating).
PALETTE = ("#fde2b8", "#cfe8fc", "#d4f1d2", "#f9d3df", "#e6dcf7", "#fff3b0", "#d9f2f2", "#f2ddd0",
           "#e0e8c8", "#dfe3ea")
#: The inline style of each kind of mark.
STYLES = {"speaker": "font-weight: bold; border-bottom: 2px solid #c05621;",
          "cue": "text-decoration: underline; text-decoration-style: wavy; text-decoration-color: #c05621;",
          "content": "font-style: italic; border-bottom: 2px solid #2b6cb0;",
          "date": "outline: 1px dashed #2f855a; outline-offset: 1px; white-space: nowrap;",
          "aside": "color: #8a8a8a;"}
LEGEND = {"speaker": "speaker", "cue": "cue (the reporting word)", "content": "what was said", "date": "date",
          "aside": "not the story (a byline, caption, promo …: no table reads it)"}

_TEMPLATE = Environment(autoescape=True).from_string("""\
<div class="toolkit-explorer mathjax_ignore tex2jax_ignore" style="font-family: Georgia, serif; max-width: 46em;">
<div style="font-family: sans-serif; font-size: 0.85em; margin-bottom: 0.6em;">
{%- for name, colour in actors %}<span style="background: {{ colour }}; padding: 0 0.3em; margin-right: 0.4em; \
border-radius: 3px;">{{ name }}</span>{% endfor %}
{%- for kind, label in legend %}<span style="{{ styles[kind] }} margin-right: 0.6em;">{{ label }}</span>{% endfor %}
</div>
<div style="white-space: pre-wrap; line-height: 1.9;">
{%- for piece in pieces %}{% if piece.style %}<span class="{{ piece.marks }}" style="{{ piece.style }}" \
title="{{ piece.title }}">{{ piece.text }}</span>{% else %}{{ piece.text }}{% endif %}{% endfor -%}
</div></div>""")

_PAGE = Environment(autoescape=True).from_string("""\
<!DOCTYPE html>
<html lang="{{ language }}"><head><meta charset="utf-8"><title>{{ title }}</title></head>
<body style="margin: 2em auto; max-width: 50em;">
<h1 style="font-family: sans-serif; font-size: 1.3em;">{{ title }}</h1>
{{ body }}
</body></html>
""")


@dataclass(frozen=True)
class Mark:
    """One annotation laid on the text: ``kind`` is name, speaker, cue, content, date or aside
    (a paragraph around the story, greyed)."""

    start: int
    end: int
    kind: str
    title: str
    colour: str | None = None


@dataclass(frozen=True)
class Explorer:
    """The rendered view: ``html`` is a fragment for notebooks; :meth:`page` a standalone page."""

    #: The view as an HTML fragment (what a notebook shows).
    html: str
    #: The article's title (or id), for the page's title.
    title: str
    #: The article's language, for the page's ``lang`` attribute.
    language: str

    def _repr_html_(self) -> str:
        return self.html

    def __repr__(self) -> str:  # the plain-text view (a terminal, a notebook exported without HTML): short
        return f"<Explorer of {self.title!r}: {len(self.html):,} characters of HTML; .page() or .save(path)>"

    def page(self) -> str:
        """A standalone HTML page holding the view (inline CSS, no script), as ``toolkit explore`` writes it."""
        return _PAGE.render(title=self.title, language=self.language, body=_Safe(self.html))

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write :meth:`page` to ``path`` (UTF-8) and return the path."""
        path = Path(path)
        path.write_text(self.page(), encoding="utf-8")
        return path


class _Safe(str):
    """Markup the explorer's own template made (already escaped): inserted as is into the page."""

    def __html__(self) -> str:
        return str(self)


def explore(analysis: Analysis, *, actor: str | None = None, names: bool = True, statements: bool = True,
            dates: bool = True) -> Explorer:
    """The article explorer for ``analysis``: in a notebook it displays itself; ``.page()`` or
    ``.save(path)`` give a standalone page. ``actor`` keeps only that actor's names and statements;
    ``names``, ``statements`` and ``dates`` switch each layer."""
    colours = {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(analysis.actors["actor"])}
    marks: list[Mark] = []
    if names:
        marks += _name_marks(analysis, colours, actor)
    if statements:
        marks += _statement_marks(analysis, actor)
    if dates and actor is None:
        marks += [Mark(r.start, r.end, "date", f"{r.type.lower()}: {value_in_words(r.value, r.type)}")
                  for r in analysis.timexes.itertuples() if r.value]
    asides = [Mark(p.start, p.end, "aside", f"{p.role.replace('_', ' ')}: not the story, no table reads it")
              for p in analysis.article.paragraphs if p.role not in ("story", "title")]
    marks += asides
    shown = [a for a in colours if actor in (None, a)]
    html = _TEMPLATE.render(actors=[(a, colours[a]) for a in shown if names], styles=STYLES,
                            legend=[(k, v) for k, v in LEGEND.items() if (k == "date" and dates and actor is None)
                                    or (k == "aside" and asides) or (k not in ("date", "aside") and statements)],
                            pieces=list(_pieces(analysis.article.text, marks)))
    article = analysis.article
    return Explorer(html, article.title or article.id, article.language or "en")


def _name_marks(analysis: Analysis, colours: dict[str, str], only: str | None) -> Iterable[Mark]:
    types = dict(zip(analysis.actors["actor"], analysis.actors["type"], strict=True))
    for row in analysis.mentions.itertuples():
        if only in (None, row.actor):
            yield Mark(row.start, row.end, "name", f"{row.actor} ({types.get(row.actor, '?')}, {row.kind})",
                       colours.get(row.actor))


def _statement_marks(analysis: Analysis, only: str | None) -> Iterable[Mark]:
    stances = {int(q): (s, src) for q, s, src in analysis.claims[["quote_id", "stance", "stance_source"]]
               .itertuples(index=False) if notna(q)}
    for row in analysis.statements.itertuples():
        if only not in (None, row.actor):
            continue
        who = row.actor or row.speaker or "no speaker found"
        stance, source = stances.get(int(row.quote_id), ("neutral", None))
        said = f"said by {who}; stance: {stance}" + (f" ({source})" if source else "")
        yield Mark(row.content_start, row.content_end, "content", said)
        if notna(row.speaker_start):  # None, NaN or pd.NA (a nullable column) when the statement has none
            yield Mark(int(row.speaker_start), int(row.speaker_end), "speaker", f"speaker: {who}")
        if notna(row.cue_start):
            yield Mark(int(row.cue_start), int(row.cue_end), "cue", f"cue of a statement by {who}")


def _pieces(text: str, marks: list[Mark]) -> Iterable[dict[str, Any]]:
    """The text cut at every mark's edge; each piece with the styles and titles of the marks over it."""
    edges = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    order = {"name": 0, "content": 1, "speaker": 2, "cue": 3, "date": 4, "aside": 5}
    for start, end in pairwise(edges):
        over = sorted((m for m in marks if m.start <= start and end <= m.end and m.start < m.end),
                      key=lambda m: order[m.kind])
        style = "".join(dict.fromkeys(f"background: {m.colour}; border-radius: 3px;" if m.kind == "name"
                                      else STYLES[m.kind] for m in over if m.kind != "name" or m.colour))
        yield {"text": text[start:end], "style": style, "title": "\n".join(dict.fromkeys(m.title for m in over)),
               "marks": " ".join(dict.fromkeys(f"toolkit-{m.kind}" for m in over))}
