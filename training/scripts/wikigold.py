"""wikigold reader: CoNLL "token tag" lines, IOB1, -DOCSTART- separated articles.

- IOB1 -> IOB2; PER -> PERSON, ORG, LOC kept; MISC -> missing (not O: a MISC span may
  overlap what UNER calls PER/ORG/LOC, so the model gets no signal there).
- The text is re-detokenised (no space before , . ; : ) ... ) so the model never sees
  "word ." spacing.
- No syntax: heads, tags, sentence starts stay missing.
"""
from collections.abc import Iterator
from pathlib import Path

from spacy.tokens import Doc
from spacy.vocab import Vocab

LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}
NO_SPACE_BEFORE = {",", ".", ";", ":", ")", "]", "}", "!", "?", "%", "'s", "'", "n't", "'re",
                   "'ve", "'ll", "'d", "'m", "'S"}
NO_SPACE_AFTER = {"(", "[", "{", "$", "#"}


def iob1_to_iob2(tags: list[str]) -> list[str]:
    """I-X that starts a span (after O or another type) becomes B-X."""
    out, prev = [], "O"
    for tag in tags:
        if tag.startswith("I-") and (prev == "O" or prev[2:] != tag[2:]):
            tag = "B-" + tag[2:]
        out.append(tag)
        prev = tag
    return out


def detokenise(words: list[str]) -> list[bool]:
    """spaces[i] = whether a space follows words[i] in natural English text."""
    spaces, in_quote = [True] * len(words), False
    for i, w in enumerate(words):
        if w == '"':
            if in_quote and i > 0:
                spaces[i - 1] = False  # closing quote attaches left
            elif not in_quote:
                spaces[i] = False  # opening quote attaches right
            in_quote = not in_quote
        if w in NO_SPACE_BEFORE and i > 0:
            spaces[i - 1] = False
        if w in NO_SPACE_AFTER:
            spaces[i] = False
    if spaces:
        spaces[-1] = False
    return spaces


def to_model_tags(iob2: list[str]) -> list[str | None]:
    return [None if t.endswith("MISC") else t if t == "O" else t[:2] + LABELS[t[2:]] for t in iob2]


def read_sentences(path: Path) -> Iterator[list[list[str]]]:
    """Yield articles as lists of sentences of (token, tag) pairs."""
    article, sent = [], []
    with open(path, encoding="utf8") as handle:
        for line in handle:
            parts = line.rstrip("\n").rsplit(" ", 1)
            if parts[0] == "-DOCSTART-":
                if article:
                    yield article
                article = []
            elif len(parts) == 2 and parts[0]:
                sent.append(parts)
            elif sent:
                article.append(sent)
                sent = []
        if sent:
            article.append(sent)
        if article:
            yield article


def read_wikigold(vocab: Vocab, path: Path, size: int = 10) -> Iterator[Doc]:
    """Docs of up to ``size`` sentences per article, NER only."""
    for article in read_sentences(path):
        for i in range(0, len(article), size):
            pairs = [p for sent in article[i:i + size] for p in sent]
            words = [w for w, _ in pairs]
            tags = to_model_tags(iob1_to_iob2([t for _, t in pairs]))
            yield Doc(vocab, words=words, spaces=detokenise(words), ents=tags)
