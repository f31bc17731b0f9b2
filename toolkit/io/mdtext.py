"""Markdown rendered to plain text with markdown-it-py (CommonMark), so that no markup reaches the results.

Headings, paragraphs, list items, quotations and code blocks each become one paragraph of the text (blocks are
separated by a blank line); emphasis marks go, links keep their text, images their alt text, and raw HTML is
dropped. A soft line break stays a line break. Offsets of a Markdown article refer to this rendered text. The
title is the first level-1 heading, when the text opens with one.

>>> rendered = render("# Talks\\n\\nThe **minister** said [talks](https://x.test) failed.\\n\\n- one\\n- two")
>>> rendered.text
'Talks\\n\\nThe minister said talks failed.\\n\\none\\n\\ntwo'
>>> rendered.title
'Talks'
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

__all__ = ["RenderedMarkdown", "render"]

if TYPE_CHECKING:
    from markdown_it.token import Token


@cache
def _parser():
    from markdown_it import MarkdownIt  # imported when a Markdown file is read, not with the toolkit

    return MarkdownIt("commonmark")


@dataclass(frozen=True)
class RenderedMarkdown:
    text: str
    title: str | None


def render(markdown: str) -> RenderedMarkdown:
    """The plain text of ``markdown``, one paragraph per block, and its leading level-1 heading."""
    blocks: list[str] = []
    title = None
    tokens = _parser().parse(markdown)
    for index, token in enumerate(tokens):
        if token.type == "inline":
            text = _inline_text(token.children or []).strip()
            if text:
                if not blocks and title is None and index and tokens[index - 1].tag == "h1":
                    title = text
                blocks.append(text)
        elif token.type in ("fence", "code_block") and token.content.strip():
            blocks.append(token.content.rstrip("\n"))
    return RenderedMarkdown("\n\n".join(blocks), title)


def _inline_text(children: list[Token]) -> str:
    parts = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):  # a line break stays a line break
            parts.append("\n")
        elif child.type == "image":
            parts.append(_inline_text(child.children or []))  # the alt text
    return "".join(parts)
