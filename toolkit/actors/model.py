"""The actor record and which entity mentions can stand for an actor."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span

from ..lang import syntax
from ..lang.labels import ACTOR_LABELS

__all__ = ["Actor", "is_actor_mention"]


@dataclass
class Actor:
    """One actor of an article: ``mentions`` are the entity spans that refer to it, in text order."""

    name: str
    type: str
    mentions: list[Span] = field(default_factory=list)
    references: list[Span] = field(default_factory=list)  # descriptions and pronouns that refer to it
    roles: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    descriptors: list[str] = field(default_factory=list)
    acts: bool = False  # a mention is a subject, an object, an agent, a possessor or a speaker
    type_source: str = "model"  # where its type came from: model, table or descriptor
    gender: str = "unknown"  # a person's gender as the text states it (toolkit.actors.gender)
    gender_evidence: list[str] = field(default_factory=list)

    @property
    def aliases(self) -> list[str]:
        """The texts of its mentions, once each, in text order."""
        return list(dict.fromkeys(mention.text.strip() for mention in self.mentions))

    @property
    def first_start(self) -> int:
        return self.mentions[0].start_char


def is_actor_mention(ent: Span) -> bool:
    """Names that stand for an actor: a nationality used as a modifier ("Kenyan officials") is not one."""
    if ent.label_ not in ACTOR_LABELS:
        return False
    return not (ent.label_ == "NORP" and syntax.functions_as(ent.root, _MODIFIER_LABELS))


# A nationality as a modifier: "Kenyan officials", "Kenya's", "Kenyan-backed" (UD and ClearNLP labels).
_MODIFIER_LABELS = syntax.ADJECTIVAL | syntax.POSSESSOR | syntax.NOUN_PHRASE_ADVERBIAL | syntax.NOUN_COMPOUND
