"""Which mentions of which actor the portrayal model reads together: per sentence, every mention of one actor
that can be portrayed (people, organisations, groups, countries and cities:
:data:`~toolkit.lang.labels.PORTRAYED_LABELS`), marked at once; a place's mention that only says where
something happened ("protests in X": :func:`only_located`) is left out.

A personal pronoun no actor holds ("He" opening an article's excerpt) is still a person's mention: those of
one sentence and one sex form a group of their own, with no actor."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from ..actors.model import Actor
from ..actors.references import PERSONAL_PRONOUNS
from ..lang import syntax
from ..lang.labels import PORTRAYED_LABELS
from ..lang.lexicon import word_list
from ..lang.spans import indexes_of
from ..portrayal import Portrayal, PortrayalModel, model_input, portray

__all__ = ["GroupKey", "PortrayalGroups", "only_located", "portrayal_groups", "portrayal_inputs", "portrayals_of"]

#: (sentence index, actor name or None, the sex of unheld pronouns or "")
GroupKey = tuple[int, str | None, str]


@dataclass
class PortrayalGroups:
    """The sentences of a Doc and, per :data:`GroupKey`, the mentions the model reads together, in text order
    (groups in order of their first mention)."""

    sentences: list[Span]
    mentions: dict[GroupKey, list[Span]]
    _starts: list[int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._starts = [s.start for s in self.sentences]

    def sentence_of(self, span: Span) -> int:
        """The index of the sentence that holds ``span``."""
        return bisect.bisect_right(self._starts, span.start) - 1


def portrayal_groups(doc: Doc, actors: list[Actor]) -> PortrayalGroups:
    """Group the mentions of every portrayable actor by sentence (see the module's docstring)."""
    sentences = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    starts = [s.start for s in sentences]

    def sentence_of(span: Span) -> int:
        return bisect.bisect_right(starts, span.start) - 1

    groups: dict[GroupKey, list[Span]] = {}
    held: set[int] = set()
    for actor in actors:
        for span in [*actor.mentions, *actor.references]:
            held.update(range(span.start, span.end))
            if actor.type in PORTRAYED_LABELS and not (actor.type in _PLACES and only_located(span)):
                groups.setdefault((sentence_of(span), actor.name, ""), []).append(span)
    for i in indexes_of(doc, PERSONAL_PRONOUNS):
        token = doc[i]
        if i not in held and token.pos_ != "PROPN":
            span = doc[i:i + 1]
            groups.setdefault((sentence_of(span), None, PERSONAL_PRONOUNS[token.lower_]), []).append(span)
    mentions = {key: sorted(spans, key=lambda s: s.start)
                for key, spans in sorted(groups.items(), key=lambda item: min(s.start for s in item[1]))}
    return PortrayalGroups(sentences, mentions)


_PLACES = frozenset({"GPE", "LOC"})
_LOCATIVE = word_list("locative_prepositions")


def only_located(mention: Span) -> bool:
    """Is a place's mention only where something happened: the object of a preposition of place ("protests
    in Dorset", "homes across Dorset", "a base near Dorset")? Such mentions are not portrayed. A place after
    "to", "at", "from", "over" may be dealt with ("aid to Ukraine", "anger at China", "criticised China over the
    arrests"), and a place that is an object takes part ("the army attacked Ukraine"): both are portrayed."""
    token = mention.root
    while syntax.functions_as(token, syntax.CONJUNCT | syntax.APPOSITION) and token.head is not token:
        token = token.head  # "in Dorset and Wiltshire": both
    markers = [c for c in token.children if syntax.functions_as(c, syntax.CASE_MARKER)]
    preposition = markers[0] if markers else token.head if syntax.functions_as(token, syntax.CLEAR_NOUN_OBJECT) \
        else None
    return preposition is not None and preposition.lower_ in _LOCATIVE


def portrayal_inputs(groups: PortrayalGroups) -> list[tuple[str, list[tuple[int, int]]]]:
    """What the portrayal model reads for each group, in the groups' order (see :func:`portrayals_of`)."""
    return [model_input(groups.sentences[index], spans) for (index, _, _), spans in groups.mentions.items()]


def portrayals_of(groups: PortrayalGroups, model: PortrayalModel | None = None) -> dict[GroupKey, Portrayal]:
    """Run the portrayal model once over every group: its own step, apart from the linking."""
    return dict(zip(groups.mentions, portray(portrayal_inputs(groups), model), strict=True))
