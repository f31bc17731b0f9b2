"""Reporting verbs recognised from any form: a small model's lemmatiser can miss a regular ending
("condemned" -> "condemne"), and headline words carry no reliable tag ("Jane Doe Says").

>>> reporting_verb("condemned"), reporting_verb("Says".lower()), reporting_verb("table")
('condemn', 'say', None)
"""

from __future__ import annotations

from .lexicon import reporting_verbs

__all__ = ["is_reporting_word", "regular_stems", "reporting_verb"]


def regular_stems(word: str) -> tuple[str, ...]:
    """The word and its forms with a regular verb ending removed ("warned" -> "warn", "urging" -> "urge",
    "denies" -> "deny")."""
    return (word, word.removesuffix("ed"), word.removesuffix("d"), word.removesuffix("es"), word.removesuffix("s"),
            word.removesuffix("ing"), word.removesuffix("ing") + "e", word.removesuffix("ied") + "y",
            word.removesuffix("ies") + "y")


def reporting_verb(word: str, lemma: str = "") -> str | None:
    """The reporting-verb lemma (``toolkit/resources/reporting_verbs.csv``) of a lower-case word: its lemma
    when the lexicon has it, else the first regular stem the lexicon has; ``None`` for other words."""
    verbs = reporting_verbs()
    return next((candidate for candidate in (lemma, *regular_stems(word)) if candidate in verbs), None)


def is_reporting_word(word: str) -> bool:
    """Whether a lower-case word is a form of a reporting verb ("says", "warned"): never part of a name."""
    return reporting_verb(word) is not None
