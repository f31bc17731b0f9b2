"""Score how the toolkit groups name mentions into actors against GUM's coreference (pairwise same-actor P/R/F1).

Gold mentions are GUM's ``person``, ``organization`` and ``place`` mentions of at most six words whose head
in GUM's own tree (the word of the mention whose head lies outside it, the first if several) is a proper
noun; mentions with one GUM entity id form one gold actor. Only the news, interview, bio and speech genres
are read. Each document's text is rebuilt from its surface tokens (a blank line between paragraphs, a space
between sentences) and analysed; the toolkit's entity mentions that carry an actor are the predictions.

A gold mention is found by the predicted entity whose span covers its head word; each predicted entity is
credited to one gold mention only, the one its span overlaps most (so a name nested in a longer gold name,
"Copenhagen" in "University of Copenhagen", is not found when the toolkit tags the longer name). Over every
pair of found mentions in a document, gold says same or different actor (GUM entity id), the toolkit says
same or different actor: precision = pairs same in both / pairs same for the toolkit, recall = pairs same in
both / pairs same in gold, summed over documents.

The report also gives the share of gold mentions found by GUM type (person, organization, place).

    python -m toolkit.evaluation.actors ../shared/corpora/ud_english_gum [--split dev|train|test]
        [--pipeline NAME] [--errors]

``dev`` is the default: GUM test is held out as an independent check, never a development set.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from spacy.language import Language

from ..analysis import analyze
from ..errors import NothingToScoreError
from ..io.articles import Article
from ..pipeline import load_pipeline, resolve_pipeline_name
from . import Scores, require_documents, run_scorer

__all__ = ["GENRES", "GOLD_TYPES", "MAX_WORDS", "SPLITS", "ActorTally", "GumDocument", "Mention", "Prediction", "Word",
           "gold_mentions", "head_of", "main", "match", "pair_counts", "parse_conllu", "parse_entity", "predict",
           "read_gum", "score_documents", "split_files"]

GENRES = ("news", "interview", "bio", "speech")
GOLD_TYPES = frozenset({"person", "organization", "place"})
MAX_WORDS = 6
SPLITS = ("train", "dev", "test")


@dataclass(frozen=True)
class Word:
    """A syntactic word: ``head`` is the document-wide index of its head word (``None`` for a root)."""

    form: str
    upos: str
    head: int | None
    start: int  # character offsets in the document text
    end: int


@dataclass(frozen=True)
class Mention:
    """A GUM entity mention: words ``first`` to ``last`` (inclusive, document-wide indexes) of entity ``entity``."""

    entity: int
    type: str
    first: int
    last: int


@dataclass
class GumDocument:
    name: str
    text: str
    words: list[Word]
    mentions: list[Mention]  # every mention of every type, in the order they close

    def span(self, mention: Mention) -> tuple[int, int]:
        return self.words[mention.first].start, self.words[mention.last].end

    def mention_text(self, mention: Mention) -> str:
        start, end = self.span(mention)
        return self.text[start:end]


@dataclass(frozen=True)
class Prediction:
    """A toolkit entity mention with its actor."""

    text: str
    start: int
    end: int
    actor: str


# --- reading GUM -------------------------------------------------------------------------------------------

_OPEN = re.compile(r"\((\d+)-([^()]*)")  # "(12-organization-new-...-NASA": id, then the other fields
_CLOSE = re.compile(r"(\d+)\)")


def parse_entity(value: str) -> list[tuple[str, int, str]]:
    """The brackets of one ``Entity=`` value, in order: ``("open", id, type)``, ``("single", id, type)`` for a
    one-word mention, ``("close", id, "")``.

    >>> parse_entity("(3-person-new-cf1-1-coref(4-place-new-cf2-1-coref-Paris)")
    [('open', 3, 'person'), ('single', 4, 'place')]
    >>> parse_entity("4)3)")
    [('close', 4, ''), ('close', 3, '')]
    """
    brackets, position = [], 0
    while position < len(value):
        opening = _OPEN.match(value, position)
        if opening:
            kind, position = "open", opening.end()
            if value.startswith(")", position):  # opens and closes on this word
                kind, position = "single", position + 1
            brackets.append((kind, int(opening.group(1)), opening.group(2).split("-")[0]))
            continue
        closing = _CLOSE.match(value, position)
        if not closing:
            raise ValueError(f"cannot read the Entity value {value!r} at character {position}")
        brackets.append(("close", int(closing.group(1)), ""))
        position = closing.end()
    return brackets


def _misc(column: str) -> dict[str, str]:
    return dict(item.partition("=")[::2] for item in column.split("|")) if column != "_" else {}


@dataclass
class _Reader:
    """State while reading one CoNLL-U document."""

    text: list[str] = field(default_factory=list)
    length: int = 0
    space: bool = False  # a space is due before the next token
    words: list[Word] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    open: dict[int, list[tuple[int, str]]] = field(default_factory=dict)  # id -> [(first word, type), ...]

    def write(self, piece: str) -> int:
        self.text.append(piece)
        self.length += len(piece)
        return self.length

    def sentence(self, rows: list[list[str]], new_paragraph: bool) -> None:
        """Add a sentence's rows (words, multiword token ranges; empty nodes are left out)."""
        if self.length:
            self.write("\n\n" if new_paragraph else " ")
        self.space = False
        words = [columns for columns in rows if columns[0].isdigit()]
        if [int(columns[0]) for columns in words] != list(range(1, len(words) + 1)):
            raise ValueError(f"word ids are not 1, 2, 3, ... in the sentence after character {self.length}")
        forms = [columns[1] for columns in words]
        spans: dict[int, tuple[int, int]] = {}  # word id -> character span
        for columns in rows:
            if "-" in columns[0]:  # a multiword token ("don't" = "do" + "n't")
                first, last = (int(x) for x in columns[0].split("-"))
                spans.update(zip(range(first, last + 1), self._token(columns[1], columns[9], forms[first - 1:last]),
                                 strict=True))
            elif columns[0].isdigit() and int(columns[0]) not in spans:
                spans[int(columns[0])] = self._token(columns[1], columns[9], [columns[1]])[0]
        offset = len(self.words) - 1  # word n of the sentence is words[offset + n]
        for columns in words:
            head = int(columns[6])
            self.words.append(Word(columns[1], columns[3], offset + head if head else None, *spans[int(columns[0])]))
            self._brackets(_misc(columns[9]).get("Entity", ""))

    def _token(self, surface: str, misc: str, forms: list[str]) -> list[tuple[int, int]]:
        """Write a surface token; the character spans of its words (the token's whole span for each word when
        the word forms do not spell the surface form)."""
        if self.space:
            self.write(" ")
        start = self.length
        end = self.write(surface)
        self.space = _misc(misc).get("SpaceAfter") != "No"
        if "".join(forms) != surface:
            return [(start, end)] * len(forms)
        spans = []
        for form in forms:
            spans.append((start, start + len(form)))
            start += len(form)
        return spans

    def _brackets(self, value: str) -> None:
        index = len(self.words) - 1
        for kind, entity, etype in parse_entity(value) if value else []:
            if kind == "single":
                self.mentions.append(Mention(entity, etype, index, index))
            elif kind == "open":
                self.open.setdefault(entity, []).append((index, etype))
            else:
                if not self.open.get(entity):
                    raise ValueError(f"Entity {entity} closes at word {index} but is not open")
                first, etype = self.open[entity].pop()  # the most recently opened mention of that id
                self.mentions.append(Mention(entity, etype, first, index))


def read_gum(path: Path) -> GumDocument:
    """One GUM ``.conllu`` document: its text rebuilt from the surface tokens, its words and its mentions."""
    return parse_conllu(path.read_text(encoding="utf-8"), path.stem)


def parse_conllu(content: str, name: str = "document") -> GumDocument:
    """A document from CoNLL-U text (see :func:`read_gum`)."""
    reader, rows, new_paragraph = _Reader(), [], False
    for line in [*content.splitlines(), ""]:
        if line.startswith("# newpar"):
            new_paragraph = True
        elif line.startswith("#"):
            continue
        elif line.strip():
            rows.append(line.split("\t"))
        elif rows:
            reader.sentence(rows, new_paragraph)
            rows, new_paragraph = [], False
    unclosed = [entity for entity, opened in reader.open.items() if opened]
    if unclosed:
        raise ValueError(f"{name}: Entity brackets never closed: {unclosed}")
    return GumDocument(name, "".join(reader.text), reader.words, reader.mentions)


def head_of(document: GumDocument, mention: Mention) -> int:
    """The word of the mention whose head lies outside it (the first if several)."""
    inside = range(mention.first, mention.last + 1)
    for index in inside:
        if document.words[index].head not in inside:
            return index
    return mention.first  # a cycle cannot happen in a tree; keep the function total


def gold_mentions(document: GumDocument) -> list[Mention]:
    """Person, organisation and place mentions of at most ``MAX_WORDS`` words headed by a proper noun."""
    return sorted((m for m in document.mentions
                   if m.type in GOLD_TYPES and m.last - m.first + 1 <= MAX_WORDS
                   and document.words[head_of(document, m)].upos == "PROPN"),
                  key=lambda m: (m.first, -m.last))


def split_files(folder: Path, split: str) -> list[Path]:
    """The documents of ``split`` in the genres scored; staged documents newer than the lists count as train."""
    if not (folder / "file-lists").is_dir():
        raise NothingToScoreError(f"nothing to score: no GUM file lists in {folder / 'file-lists'}")
    lists = {name: (folder / "file-lists" / f"files.{name}").read_text(encoding="utf-8").split() for name in SPLITS}
    staged = sorted((folder / "sources").glob("GUM_*.conllu"))
    listed = {stem for names in lists.values() for stem in names}
    wanted = set(lists[split]) | ({p.stem for p in staged if p.stem not in listed} if split == "train" else set())
    return list(require_documents([p for p in staged if p.stem in wanted and p.stem.split("_")[1] in GENRES],
                                  folder / "sources", f"GUM documents of the {split} split"))


# --- scoring -----------------------------------------------------------------------------------------------


def match(document: GumDocument, mentions: Sequence[Mention],
          predictions: Iterable[Prediction]) -> dict[Mention, Prediction]:
    """Found gold mentions and the prediction that found each: a prediction covers the mention's head word,
    and is credited to the covered mention it overlaps most (the shorter one on a tie)."""
    found: dict[Mention, tuple[tuple[int, int], Prediction]] = {}
    for prediction in predictions:
        best = None
        for mention in mentions:
            head = document.words[head_of(document, mention)]
            if not (prediction.start <= head.start and head.end <= prediction.end):
                continue
            start, end = document.span(mention)
            key = (min(end, prediction.end) - max(start, prediction.start), start - end)
            if best is None or key > best[0]:
                best = (key, mention)
        if best is not None and (best[1] not in found or best[0] > found[best[1]][0]):
            found[best[1]] = (best[0], prediction)
    return {mention: prediction for mention, (_, prediction) in found.items()}


def pair_counts(gold: Sequence[Hashable], predicted: Sequence[Hashable]) -> Scores:
    """Same-actor pairs of found mentions, given each mention's gold actor and predicted actor: pairs in one
    actor for gold, for the toolkit, and for both.

    >>> pair_counts(["a", "a", "a", "b"], [1, 1, 2, 2])
    Scores(gold=3, system=2, matched=1, correct=0, detail=None)
    """
    both = same_predicted = same_gold = 0
    for i, j in combinations(range(len(gold)), 2):
        in_gold, in_predicted = gold[i] == gold[j], predicted[i] == predicted[j]
        both += in_gold and in_predicted
        same_predicted += in_predicted
        same_gold += in_gold
    return Scores(gold=same_gold, system=same_predicted, matched=both)


@dataclass
class ActorTally:
    """Gold mentions, found mentions and same-actor pairs over the documents scored, and the pair errors."""

    documents: int = 0
    mentions: int = 0
    found: int = 0
    pairs: Scores = field(default_factory=Scores)
    errors: Counter = field(default_factory=Counter)  # (doc, kind, text, text, actor, actor) -> pairs
    by_type: Counter = field(default_factory=Counter)  # (GUM type, "mentions" | "found") -> count

    def add(self, document: GumDocument, found: dict[Mention, Prediction], mentions: int | Sequence[Mention]) -> None:
        """Count one document's gold mentions (a count, or the mentions for the share found by type), found
        mentions, pairs and pair errors."""
        ordered = sorted(found.items(), key=lambda item: (item[0].first, item[0].last))
        if not isinstance(mentions, int):
            self.by_type.update((m.type, "mentions") for m in mentions)
            self.by_type.update((m.type, "found") for m in found)
            mentions = len(mentions)
        self.documents += 1
        self.mentions += mentions
        self.found += len(ordered)
        self.pairs += pair_counts([m.entity for m, _ in ordered], [p.actor for _, p in ordered])
        for (m1, p1), (m2, p2) in combinations(ordered, 2):
            if (m1.entity == m2.entity) != (p1.actor == p2.actor):
                kind = "split" if m1.entity == m2.entity else "merged"
                self.errors[(document.name, kind, document.mention_text(m1), document.mention_text(m2),
                             p1.actor, p2.actor)] += 1

    def summary(self) -> dict[str, float | int]:
        pairs = self.pairs
        return {"documents": self.documents, "mentions": self.mentions, "found": self.found,
                "found_share": round(self.found / self.mentions, 4) if self.mentions else 0.0,
                "pairs_gold": pairs.gold, "pairs_predicted": pairs.system, "pairs_both": pairs.matched,
                "precision": round(pairs.precision, 4), "recall": round(pairs.recall, 4), "f1": round(pairs.f1, 4),
                **{f"found_share_{kind}": round(self.by_type[(kind, "found")] / self.by_type[(kind, "mentions")], 4)
                   for kind in sorted(GOLD_TYPES) if self.by_type[(kind, "mentions")]}}

    def error_list(self) -> list[dict[str, object]]:
        """Wrongly split (same gold actor, two toolkit actors) and wrongly merged pairs, by mention texts."""
        return [{"doc": doc, "kind": kind, "mentions": [a, b], "actors": [actor_a, actor_b], "pairs": count}
                for (doc, kind, a, b, actor_a, actor_b), count in sorted(self.errors.items())]


def predict(document: GumDocument, nlp: Language) -> list[Prediction]:
    """The toolkit's entity mentions that carry an actor."""
    entities = analyze(Article.from_text(document.text), nlp=nlp).entities
    return [Prediction(row.text, int(row.start), int(row.end), row.actor)
            for row in entities.itertuples(index=False) if isinstance(row.actor, str)]


def score_documents(documents: Iterable[GumDocument], nlp: Language) -> ActorTally:
    """Run the toolkit on each document and score its actors."""
    scores = ActorTally()
    for document in documents:
        mentions = gold_mentions(document)
        scores.add(document, match(document, mentions, predict(document, nlp)), mentions)
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="the GUM folder (sources/ and file-lists/)")
    parser.add_argument("--split", choices=SPLITS, default="dev", help="dev (default) or train; test is held out")
    parser.add_argument("--pipeline", help="spaCy pipeline name or path (default: the toolkit's)")
    parser.add_argument("--errors", action="store_true", help="list wrongly split and wrongly merged pairs")
    args = parser.parse_args(argv)
    nlp = load_pipeline(args.pipeline)
    scores = score_documents((read_gum(path) for path in split_files(args.folder, args.split)), nlp)
    report: dict[str, object] = {"split": args.split, "pipeline": Path(resolve_pipeline_name(args.pipeline)).name,
                                 **scores.summary()}
    if args.errors:
        report["errors"] = scores.error_list()
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(run_scorer(main))
