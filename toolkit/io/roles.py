"""A role for every paragraph: the story's own sentences apart from headlines, bylines, captions, promos,
related links, pull quotes and other lines a page carries around the story.

Roles (:data:`PARAGRAPH_ROLES`) are decided from the page's markup where there is one (a heading of the
extracted page is a ``section_head``, or the ``title`` when it repeats the headline) and from the text's shape
everywhere (a ``.txt`` byline line too):

- ``title``: the headline repeated in the text;
- ``byline``: "By Maria Lopez", "By MARIA LOPEZ and TOM EK, Associated Press" (short, no sentence), an
  agency alone ("PTI"), a name with its job ("Maria Lopez, diplomatic correspondent"), a wire story's
  credits ("(Reporting by Maria Lopez; Editing by Tom Ek)");
- ``related``: a label before a colon ("RELATED: …", "READ MORE: …", "(Graphic: …)"), or other stories'
  headlines, each tagged as a link ("… [VIDEO]", "… [INSIGHT]|") or in title case after a label ("Harbour
  Watch: The Port Is Open for Business");
- ``promo``: a short line that asks the reader to sign up, subscribe, download, share, follow ("Follow our
  coverage at https://…"), listen or write ("Email Maria Lopez at mlopez@…", "Reach the reporters on Twitter
  at https://…"), or a short line ending with a link ("More coverage: https://…");
- ``caption``: a photo caption or credit ("(AP Photo/…)", "Photo: …", "… Getty Images");
- ``pull_quote``: a paragraph repeated inside another one;
- ``embed``: a post embedded from a social network: its credit line ("— Ana Reyes (@anareyes) November 18,
  2019", "A post shared by …") and the paragraph of the post just before it when it is a quotation block of
  the page or ends with a link;
- ``boilerplate``: lines with no words ("___"), copyright lines, editor's notes, corrections;
- ``section_head``: a heading of the page's markup, a list of one short item between paragraphs (a subhead
  written as a list, quoted or not), or a short capitalised line without a full stop between story
  paragraphs (in a page's paragraphs, only one written in capitals);
- ``story``: everything else.

Nothing is removed from the text: offsets stay exact, and the analysis decides what each role feeds
(:data:`FEEDS`): the story feeds every extractor, the title the actors and dates only, the others nothing.

>>> from toolkit.io.articles import split_paragraphs
>>> text = "By Ana Reyes\\n\\nThe council met on Monday.\\n\\nRELATED: Budget vote delayed\\n\\n___"
>>> paragraph_roles(split_paragraphs(text))
('byline', 'story', 'related', 'boilerplate')
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..lang.lexicon import word_list

if TYPE_CHECKING:
    from .articles import Paragraph

__all__ = ["FEEDS", "PARAGRAPH_ROLES", "has_sentences", "is_credit", "looks_like_an_article", "paragraph_roles"]

PARAGRAPH_ROLES = ("story", "title", "section_head", "byline", "caption", "pull_quote", "promo", "related",
                   "embed", "boilerplate")
#: What each role feeds: the story every extractor, the headline actors and dates, the others nothing.
FEEDS: dict[str, frozenset[str]] = {"story": frozenset({"actors", "statements", "dates"}),
                                    "title": frozenset({"actors", "dates"})}

_LETTER = re.compile(r"[^\W\d_]")
_WORDS = re.compile(r"\w+")
_BYLINE = re.compile(r"^(?:by|from)\s+[A-Z]", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…\"”’)]$")
_NAME_AND_JOB = re.compile(r"^[A-Z][\w'’-]+(?: [A-Z][\w'’.-]+){1,2}, ")
#: The credit line of an embedded post: "— Ana Reyes (@anareyes) November 18, 2019", "A post shared by …".
_EMBED_CREDIT = re.compile(r"^(?:[—–-]|a post shared by)\s*[^()\n]{0,80}\(@\w{1,30}\)[^\n]{0,60}$", re.IGNORECASE)
_ENDS_WITH_LINK = re.compile(r"(?:https?://|pic\.twitter\.com/)\S+$")
# "… [VIDEO]", "… [INSIGHT]|" (a tag of the word list ``link_tags``; not a transcript's "[APPLAUSE]")
_LINK_TAG = re.compile(r"\S+\s+\S+\s+\[(?P<tag>[A-Z][A-Z ]{2,14})\]\s*\|?\s*$")


def _normal(text: str) -> str:
    return " ".join(_WORDS.findall(text.lower()))


def _starts_with(text: str, phrases: frozenset[str]) -> bool:
    lower = text.lower().lstrip("([“\"' ")
    return any(lower.startswith(phrase) for phrase in phrases)


def _is_byline(text: str) -> bool:
    """"By Ana Reyes", an agency alone ("PTI"), or a name with its job ("Ana Reyes, BBC diplomatic
    correspondent")."""
    words = text.split()
    if text.strip(" .").lower() in word_list("news_agencies"):
        return True
    if len(words) <= 60 and is_credit(text):
        return True  # "(Reporting by Ana Reyes; Editing by Tom Ek)"
    if _NAME_AND_JOB.match(text) and len(words) <= 10 and not _SENTENCE_END.search(text) and \
            any(w.strip(".,").lower() in word_list("byline_roles") for w in words[2:]):
        return True
    return bool(_BYLINE.match(text)) and len(words) <= 14 and words[1][:1].isupper() and \
        not re.search(r"[a-z]{3,}[.!?]$", text)


def is_credit(text: str) -> bool:
    """A wire story's credits: an opener ("Reporting by", "Contributing:") and a name ("Editing by hand" is no
    credit)."""
    stripped = text.lstrip("([ ")
    lower = stripped.lower()
    return any(lower.startswith(opener) and stripped[len(opener):].lstrip()[:1].isupper()
               for opener in word_list("credit_openers"))


def _is_related(text: str) -> bool:
    """"RELATED: …", or another story's headline tagged as a link ("Lakers win in overtime [VIDEO]")."""
    label, colon, rest = text.partition(":")
    if colon and label.strip().lstrip("([").lower() in word_list("related_labels") and rest.strip():
        return True
    lines = text.splitlines()
    return all(len(line.split()) <= 20 and _link_tag(line) for line in lines) or \
        all(_is_title_case_line(line) and re.search(r"\w{3}[^:]*:", line) for line in lines)


def _link_tag(line: str) -> bool:
    match = _LINK_TAG.search(line)
    return match is not None and match["tag"].lower() in word_list("link_tags")


def _is_title_case_line(text: str) -> bool:
    """Another story's headline standing in the text: every word of four letters or more capitalised, three
    such words at least, no comma, no figure and no sentence end ("Harbour Watch: Private Ferry Plans"; not
    an interview's "A: Trip to Disney World")."""
    long_words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) >= 4]
    return len(long_words) >= 3 and all(w[0].isupper() for w in long_words) and not re.search(r"[,\d]", text) and \
        len(text.split()) <= 20 and not _SENTENCE_END.search(text.rstrip())


def _is_promo(text: str, words: int) -> bool:
    lower = text.lower()
    if lower.startswith("follow ") and words <= 30 and \
            (any(n in lower for n in word_list("social_networks")) or "http" in lower or "@" in lower):
        return True
    if lower.startswith(("email ", "write to ", "reach ")) and words <= 30 and \
            (re.search(r"\S@\S|@\w", text) or "http" in lower or "twitter" in lower):
        return True  # "Email Ana Reyes at areyes@example.com", "Reach the reporters on Twitter at https://…"
    if (lower.startswith("listen ") and words <= 25) or (words <= 15 and _ENDS_WITH_LINK.search(text.strip())):
        return True  # "Listen to the show live at 12:45", "More coverage: https://…"
    return (words <= 15 and any(phrase in lower for phrase in word_list("promo_phrases"))) or \
        (words <= 30 and _starts_with(text, word_list("promo_phrases")))


def _is_caption(text: str, words: int) -> bool:
    lower = text.lower()
    return words <= 60 and (_starts_with(text, word_list("caption_markers")) or
                            any(marker in lower for marker in ("(ap photo", "getty images", "photo by ")))


def _is_heading_shape(text: str) -> bool:
    """A short capitalised line without a full stop ("US FALLS", "Up Next", "Module efficiency")."""
    words = text.split()
    return 1 <= len(words) <= 6 and not _SENTENCE_END.search(text) and text[:1].isupper() and \
        not text.rstrip().endswith((",", ";", ":", "—", "–", "-")) and not any(c.isdigit() for c in text)


def _is_lone_item(i: int, blocks: Sequence[str]) -> bool:
    """Paragraph ``i`` is a list item of the page's markup with no list item before or after it."""
    return blocks[i] == "item" and 0 < i < len(blocks) - 1 and blocks[i - 1] != "item" and blocks[i + 1] != "item"


def _word_windows(normals: Sequence[str]) -> dict[tuple[str, ...], set[int]]:
    """Every run of four words -> the paragraphs holding it: a paragraph repeated inside another shares its
    second to fifth words with it, so only those are compared (no paragraph against every other)."""
    windows: dict[tuple[str, ...], set[int]] = {}
    for j, normal in enumerate(normals):
        words = normal.split()
        for k in range(len(words) - 3):
            windows.setdefault(tuple(words[k:k + 4]), set()).add(j)
    return windows


def _repeats(i: int, normals: Sequence[str], windows: dict[tuple[str, ...], set[int]]) -> bool:
    """Paragraph ``i`` stands inside a longer paragraph, or repeats an earlier one."""
    words = normals[i].split()
    others = windows.get(tuple(words[1:5]), set()) if len(words) >= 5 else range(len(normals))
    return any(j != i and normals[i] in normals[j] and (len(normals[j]) > len(normals[i]) or j < i)
               for j in others)


def paragraph_roles(paragraphs: Sequence[Paragraph], title: str | None = None,
                    blocks: Sequence[str] = ()) -> tuple[str, ...]:
    """The role of each paragraph (see the module's docstring); ``blocks`` are the page's block tags, one per
    paragraph, where the text comes from a page."""
    blocks = blocks if len(blocks) == len(paragraphs) else [""] * len(paragraphs)
    headline = _normal(title) if title else None
    texts = [p.text for p in paragraphs]
    normals = [_normal(t) for t in texts]
    windows = _word_windows(normals)
    roles = []
    for i, (text, block) in enumerate(zip(texts, blocks, strict=True)):
        words = len(text.split())
        if not _LETTER.search(text):
            role = "boilerplate"
        elif headline and normals[i] == headline:
            role = "title"
        elif block == "head":
            role = "section_head"
        elif _is_byline(text):
            role = "byline"
        elif _is_related(text):
            role = "related"
        elif _starts_with(text, word_list("boilerplate_openers")) and words <= 60:
            role = "boilerplate"
        elif _is_caption(text, words):
            role = "caption"
        elif _is_promo(text, words):
            role = "promo"
        elif words >= 8 and _repeats(i, normals, windows):
            role = "pull_quote"  # the repeated copy: inside a longer paragraph, or the later of two equal ones
        elif (not blocks[i] or text.isupper()) and 0 < i < len(texts) - 1 and _is_heading_shape(text) and \
                len(texts[i + 1].split()) > words:
            role = "section_head"  # in a page's markup, only a line in capitals ("US FALLS")
        elif _is_lone_item(i, blocks) and _is_heading_shape(text.strip("\"“”‘’' ")) and \
                len(texts[i + 1].split()) > words:
            role = "section_head"  # a list of one short item between paragraphs: a subhead ('"Not now"')
        else:
            role = "story"
        roles.append(role)
    return tuple(_with_embeds(roles, texts, blocks))


def _with_embeds(roles: list[str], texts: Sequence[str], blocks: Sequence[str]) -> list[str]:
    """The credit lines of embedded posts, and the post just before each, marked ``embed``."""
    for i, text in enumerate(texts):
        if _EMBED_CREDIT.match(text.strip()) and len(text.split()) <= 20:
            roles[i] = "embed"
            if i > 0 and roles[i - 1] in ("story", "promo") and (blocks[i - 1] == "quote" or
                                                      _ENDS_WITH_LINK.search(texts[i - 1].strip())):
                roles[i - 1] = "embed"
    return roles


def _is_sentence(text: str, least_words: int) -> bool:
    return len(text.split()) >= least_words and bool(_SENTENCE_END.search(text.rstrip()))


def has_sentences(paragraphs: Sequence[str]) -> bool:
    """Whether any paragraph reads as a sentence (two words or more, ended as a sentence ends): a page of
    menu items and link labels has none."""
    return any(_is_sentence(text, 2) for text in paragraphs)


def looks_like_an_article(paragraphs: Sequence[Paragraph]) -> bool:
    """Whether the story is prose rather than a list of labels: a main text is not an article when its story's
    labels (paragraphs of six words or fewer not ended as a sentence ends: link labels, menu items) outweigh
    the rest and the rest holds fewer than 150 characters. A short text of one sentence is an article.

    >>> from toolkit.io.articles import split_paragraphs
    >>> looks_like_an_article(split_paragraphs("Home\\nSport\\nWeather\\nSubscribe to our newsletter"))
    False
    >>> looks_like_an_article(split_paragraphs("Talks broke down late last month."))
    True
    """
    story = [p.text for p in paragraphs if p.role == "story"]
    labels = [text for text in story if len(text.split()) <= 6 and not _is_sentence(text, 1)]
    prose = sum(map(len, story)) - sum(map(len, labels))
    return prose >= 150 or prose >= sum(map(len, labels))
