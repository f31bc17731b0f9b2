"""How an actor is portrayed: the sentiment of a sentence towards one actor in it (negative, neutral or
positive), read by a small text classifier trained on NewsMTSC (political news sentences, each labelled with
its sentiment towards a person; recipe and model card in ``training/portrayal``).

The label is the sentence's sentiment towards the actor, whoever voices it (the writer or a quoted speaker):
"X mocked Y as a coward" portrays Y negatively, "Y won the award" positively. It says nothing about whether
a claim is true, nor about what the outlet intended.

The model reads the sentence with every mention of the actor in it marked by the tokens ``[T]`` and ``[/T]``,
so one sentence with three actors is read three times. It is a spaCy ``textcat`` with its own small
tok2vec, so it runs behind any pipeline, and it ships with the package (``toolkit/model_files/portrayal``).

>>> mark_targets("Ann thanked Bob.", [(12, 15)])
'Ann thanked [T] Bob [/T] .'
>>> [p.polarity for p in portray([("The minister was praised for her courage.", [(0, 12)])])]  # doctest: +SKIP
['positive']
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from .errors import PipelineError
from .lang.labels import PORTRAYED_LABELS

__all__ = ["CLOSE", "CONTEXT", "LONGEST_SENTENCE", "MODEL_PATH", "OPEN", "POLARITIES", "Portrayal", "PortrayalModel",
           "entity_portrayals", "mark_targets", "model_input", "portray", "portrayal_model"]

#: The three labels, in the order of the model's classes.
POLARITIES = ("negative", "neutral", "positive")
#: The shipped model (a spaCy pipeline holding one ``textcat``).
MODEL_PATH = Path(__file__).parent / "model_files" / "portrayal"
#: The tokens that mark the actor's mentions in the sentence the model reads.
OPEN, CLOSE = "[T]", "[/T]"


@dataclass(frozen=True)
class Portrayal:
    """The sentiment of one sentence towards one actor: ``polarity`` and the model's probability for it
    (``score``), with the probabilities of all three labels."""

    polarity: str
    score: float
    negative: float
    neutral: float
    positive: float

    @classmethod
    def from_cats(cls, cats: dict[str, float]) -> Portrayal:
        probabilities = {label: float(cats[label.upper()]) for label in POLARITIES}
        polarity = max(POLARITIES, key=probabilities.__getitem__)  # ties: the first of the order above
        return cls(polarity, round(probabilities[polarity], 4), *(round(probabilities[p], 4) for p in POLARITIES))


def mark_targets(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with each ``(start, end)`` character span wrapped in the marker tokens and its whitespace
    collapsed to single spaces: the model's input. A span that overlaps an earlier one is left unmarked. The
    training recipe builds its examples with this same function."""
    kept: list[tuple[int, int]] = []
    for start, end in spans:
        if start < end and all(end <= a or start >= b for a, b in kept):
            kept.append((start, end))
    pieces, position = [], 0
    for start, end in sorted(kept):
        pieces += [text[position:start], f" {OPEN} ", text[start:end], f" {CLOSE} "]
        position = end
    pieces.append(text[position:])
    return " ".join("".join(pieces).split())


#: Sentences up to this many tokens are read whole (NewsMTSC's are shorter: 99 % under 64 tokens) ...
LONGEST_SENTENCE = 120
#: ... longer ones only within this many tokens around each mention, so that the cost stays linear in the
#: sentence's length however many actors it names.
CONTEXT = 50


def model_input(sentence: Span, mentions: Sequence[Span]) -> tuple[str, list[tuple[int, int]]]:
    """The text the model reads for the ``mentions`` of one actor in ``sentence`` (a Span), and their
    character spans in that text: the sentence itself, or for a sentence longer than
    :data:`LONGEST_SENTENCE` tokens, the stretches of :data:`CONTEXT` tokens around each mention joined by
    spaces. Mentions reaching outside the sentence are left out."""
    inside = [m for m in mentions if sentence.start <= m.start and m.end <= sentence.end]
    if len(sentence) <= LONGEST_SENTENCE:
        base = sentence.start_char
        return sentence.text, [(m.start_char - base, m.end_char - base) for m in inside]
    windows: list[list[int]] = []
    for mention in sorted(inside, key=lambda m: m.start):
        start, end = max(sentence.start, mention.start - CONTEXT), min(sentence.end, mention.end + CONTEXT)
        if windows and start <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], end)
        else:
            windows.append([start, end])
    doc = sentence.doc
    pieces, spans, length = [], [], 0
    for start, end in windows:
        piece = doc[start:end]
        offset = length - piece.start_char  # new position = old character offset + offset
        spans += [(m.start_char + offset, m.end_char + offset) for m in inside if start <= m.start and m.end <= end]
        pieces.append(piece.text)
        length += len(piece.text) + 1
    return " ".join(pieces), spans


class PortrayalModel:
    """The trained classifier, loaded once per process by :func:`portrayal_model`."""

    def __init__(self, path: str | Path = MODEL_PATH) -> None:
        if not (Path(path) / "config.cfg").is_file():
            raise PipelineError(f"no portrayal model at {path}: reinstall the toolkit, or train one with "
                                "training/portrayal/build.sh")
        self.path = Path(path)
        self.nlp: Language = spacy.load(self.path)
        for marker in (OPEN, CLOSE):  # one token each, as in training
            self.nlp.tokenizer.add_special_case(marker, [{"ORTH": marker}])

    def predict(self, texts: Sequence[str], batch_size: int = 256) -> list[Portrayal]:
        """One portrayal per marked text (see :func:`mark_targets`)."""
        return [Portrayal.from_cats(doc.cats) for doc in self.nlp.pipe(texts, batch_size=batch_size)]


@lru_cache(maxsize=4)
def portrayal_model(path: str | None = None) -> PortrayalModel:
    """The shipped portrayal model (or the one at ``path``), loaded once."""
    return PortrayalModel(MODEL_PATH if path is None else path)


def portray(targets: Iterable[tuple[str, Sequence[tuple[int, int]]]],
            model: PortrayalModel | None = None) -> list[Portrayal]:
    """The portrayal of each target: a sentence and the character spans, in that sentence, of one actor's
    mentions in it.

    >>> result = portray([("Critics mocked Ann Lee as a fraud.", [(15, 22)])])  # doctest: +SKIP
    >>> result[0].polarity                                                       # doctest: +SKIP
    'negative'
    """
    model = model or portrayal_model()
    return model.predict([mark_targets(sentence, spans) for sentence, spans in targets])


def entity_portrayals(doc: Doc, model: PortrayalModel | None = None) -> list[dict]:
    """The portrayal of every name of ``doc.ents`` that can stand for an actor, as plain data (what the
    ``toolkit_portrayal`` component stores in ``doc._.portrayals``). Without the toolkit's actor clustering,
    the names of one sentence with the same text count as one target. :func:`toolkit.analyze` reads every
    actor mention instead (pronouns and descriptions too): its ``portrayals`` table.
    """
    groups: dict[tuple[int, str], list] = {}
    sentences: dict[int, Span] = {}
    for ent in doc.ents:
        if ent.label_ in PORTRAYED_LABELS:
            sentence = ent.sent if doc.has_annotation("SENT_START") else doc[:]
            sentences[sentence.start] = sentence
            groups.setdefault((sentence.start, ent.text.lower()), []).append(ent)
    targets = [model_input(sentences[start], ents) for (start, _), ents in groups.items()]
    found = []
    for ents, portrayal in zip(groups.values(), portray(targets, model), strict=True):
        found += [{"start": e.start_char, "end": e.end_char, "text": e.text, "label": e.label_,
                   "polarity": portrayal.polarity, "score": portrayal.score} for e in ents]
    return sorted(found, key=lambda row: row["start"])
