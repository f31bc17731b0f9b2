"""Shared helpers: read CoNLL-U and IOB2 files and turn sentences into spaCy Docs.

Conventions used by every converter:
- UD syntactic words (the sub-words of multiword tokens) become spaCy tokens; there is no
  space between the sub-words and the range's SpaceAfter goes on the last one.
- Empty nodes (ids like ``8.1``) are skipped.
- XPOS -> ``tag_``, UPOS -> ``pos_``, feats -> ``morph``, lemma -> ``lemma_``,
  UD deprels with ``root`` -> ``ROOT``.
- Annotation a corpus does not have stays *missing* (not "O", not a flat tree).
"""
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc
from spacy.vocab import Vocab

# UNER label -> model label
UNER_TO_MODEL = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}


@dataclass
class Word:
    form: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int  # 0-based index inside the sentence, -1 for the root
    deprel: str
    misc: str
    space_after: bool = True


@dataclass
class Sentence:
    sent_id: str
    text: str
    words: list[Word]
    newdoc: bool = False
    comments: dict[str, str] = field(default_factory=dict)
    ner: list[str | None] | None = None  # IOB2 per word (model labels), None = missing


def _misc_space_after(misc: str) -> bool:
    return "SpaceAfter=No" not in misc.split("|")


def _parse_block(lines: list[str]) -> Sentence:
    """Parse one CoNLL-U sentence block (comments + token lines)."""
    comments, rows, ranges = {}, [], {}
    for line in lines:
        if line.startswith("#"):
            key, _, value = line[1:].partition("=")
            comments[key.strip()] = value.strip()
            continue
        cols = line.split("\t")
        if "." in cols[0]:
            continue  # empty node
        if "-" in cols[0]:
            first, last = (int(x) for x in cols[0].split("-"))
            ranges[last] = _misc_space_after(cols[9])
            for i in range(first, last):
                ranges.setdefault(("inner", i), True)
            continue
        rows.append(cols)
    words = []
    for cols in rows:
        wid = int(cols[0])
        if ("inner", wid) in ranges:
            space = False
        elif wid in ranges:
            space = ranges[wid]
        else:
            space = _misc_space_after(cols[9])
        words.append(Word(form=cols[1], lemma=cols[2], upos=cols[3],
                          xpos="" if cols[4] == "_" else cols[4],
                          feats="" if cols[5] == "_" else cols[5],
                          head=int(cols[6]) - 1, deprel=cols[7], misc=cols[9],
                          space_after=space))
    return Sentence(sent_id=comments.get("sent_id", ""), text=comments.get("text", ""),
                    words=words, newdoc="newdoc id" in comments or "newdoc" in comments,
                    comments=comments)


def read_conllu(path: Path) -> Iterator[Sentence]:
    """Yield the sentences of a CoNLL-U file."""
    block: list[str] = []
    with open(path, encoding="utf8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.strip():
                block.append(line)
            elif block:
                yield _parse_block(block)
                block = []
    if block:
        yield _parse_block(block)


def read_iob2(path: Path) -> list[dict]:
    """Read a UNER IOB2 file: list of {sent_id, text, tokens, tags} in file order."""
    sents, cur = [], None
    with open(path, encoding="utf8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("#"):
                if cur is None:
                    cur = {"sent_id": "", "text": "", "tokens": [], "tags": []}
                key, _, value = line[1:].partition("=")
                if key.strip() in ("sent_id", "text"):
                    cur[key.strip()] = value.strip()
            elif line.strip():
                cols = line.split("\t")
                cur["tokens"].append(cols[1])
                cur["tags"].append(cols[2])
            elif cur is not None:
                sents.append(cur)
                cur = None
    if cur is not None:
        sents.append(cur)
    return sents


def to_model_label(tag: str) -> str:
    """Map a UNER IOB2 tag (B-PER) to the model's scheme (B-PERSON)."""
    if tag == "O":
        return "O"
    prefix, label = tag.split("-", 1)
    return f"{prefix}-{UNER_TO_MODEL[label]}"


def align_tags(words: list[str], tokens: list[str], tags: list[str]) -> list[str] | None:
    """Project IOB2 tags from ``tokens`` onto ``words`` (same text, other tokenisation).

    Each word takes the tag of the token holding its first character; a word that starts
    inside a B- token becomes I-. Returns None if the texts differ.
    """
    if words == tokens:
        return list(tags)
    if "".join(words) != "".join(tokens):
        return None
    owner, starts, pos = [], set(), 0
    for i, tok in enumerate(tokens):
        starts.add(pos)
        owner.extend([i] * len(tok))
        pos += len(tok)
    out, pos = [], 0
    for w in words:
        tag = tags[owner[pos]]
        if tag.startswith("B-") and pos not in starts:
            tag = "I-" + tag[2:]
        out.append(tag)
        pos += len(w)
    return out


def group_sentences(sents: Iterable[Sentence], size: int = 10) -> Iterator[list[Sentence]]:
    """Group sentences into docs: new group at newdoc, every ``size`` sentences, and
    whenever NER availability changes (so a doc never mixes missing and gold NER)."""
    group: list[Sentence] = []
    for s in sents:
        if group and (s.newdoc or len(group) >= size or (s.ner is None) != (group[0].ner is None)):
            yield group
            group = []
        group.append(s)
    if group:
        yield group


def sentences_to_doc(vocab: Vocab, sents: list[Sentence], with_syntax: bool = True) -> Doc:
    """Build one Doc from UD sentences (trees, tags, morph, lemma and optional NER)."""
    words, spaces, tags, pos, morphs, lemmas, heads, deps, ents = ([] for _ in range(9))
    has_ner = all(s.ner is not None for s in sents)
    for s in sents:
        offset = len(words)
        for i, w in enumerate(s.words):
            words.append(w.form)
            spaces.append(w.space_after)
            tags.append(w.xpos)
            pos.append(w.upos)
            morphs.append(w.feats)
            lemmas.append(w.lemma)
            heads.append(offset + (w.head if w.head >= 0 else i))
            deps.append("ROOT" if w.deprel == "root" else w.deprel)
        if has_ner:
            ents.extend(s.ner)
    if spaces:
        spaces[-1] = False
    if not with_syntax:
        heads = deps = None
    return Doc(vocab, words=words, spaces=spaces, tags=tags, pos=pos, morphs=morphs,
               lemmas=lemmas, heads=heads, deps=deps, ents=ents if has_ner else None)
