"""Evaluative words said of a noun phrase: what a statement says a person or an organisation *is*.

The valences are VADER's lexicon (Hutto and Gilbert, 2014; MIT licence, read from the ``vaderSentiment``
package): about 7,500 words rated from -4 to +4 by ten raters each. A valence says how a word feels, not whom
it judges: "WeWork is preparing to [cut] 4,000 jobs" is not a judgement of WeWork. Read over every word
related to a target's clause, the lexicon gave the side a careful reader gives about 1 time in 5 on the page
dev set, so only the relations that *say what the target is* are read:

- a predicate after a copula whose subject is the target: "X is reckless", "he was just too good", "X was a
  disgrace";
- an adjective of the target itself: "the corrupt X";
- an object predicate: "called X reckless", "described X as a liar".

A negated or hedged predicate ("X is not corrupt") takes no side: a reader does not take "not corrupt" for
praise, nor for blame (the portrayal model, which reads "corrupt", is not asked).

>>> import spacy
>>> from toolkit.pipeline import load_pipeline
>>> doc = load_pipeline("sm")("The mayor is reckless.")            # doctest: +SKIP
>>> evaluation = evaluation_of(doc[0:2])                            # doctest: +SKIP
>>> evaluation.word.text, evaluation.valence                         # doctest: +SKIP
('reckless', -1.7)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from spacy.tokens import Span, Token

from . import syntax
from .lexicon import word_list

__all__ = ["STRONGEST_BELOW", "Evaluation", "evaluation_of", "valence"]

#: Words whose valence is weaker than this (in VADER's -4 … +4) say too little to decide a side.
STRONGEST_BELOW = 1.0
_COPULAS = frozenset({"be", "become", "remain", "seem", "look", "sound"})
_DEGREE = frozenset({"too"})  # "too good" is still good; "too" never reverses


@dataclass(frozen=True)
class Evaluation:
    """The evaluative word said of a target and its valence."""

    word: Token
    valence: float


@cache
def _valences() -> dict[str, float]:
    path = files("vaderSentiment") / "vader_lexicon.txt"
    found = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        word, value, *_ = line.split("\t")
        if word.isalpha():  # the lexicon's emoticons and slang spellings never occur in news prose
            found[word] = float(value)
    return found


def valence(token: Token) -> float | None:
    """The token's valence in VADER's lexicon (its form, else its lemma), or None."""
    lexicon = _valences()
    value = lexicon.get(token.lower_)
    return value if value is not None else lexicon.get(token.lemma_.lower())


def evaluation_of(mention: Span, itself: bool = False) -> Evaluation | None:
    """The strongest evaluative word said of ``mention`` (an actor's mention) in one of the module's three
    relations, if its valence reaches :data:`STRONGEST_BELOW`; a word of the mention itself ("the United
    States", "the International Criminal Court") says nothing of it. A negated or hedged one ("X is not
    corrupt") comes back with valence 0: a judgement the statement withholds. ``itself``: ``mention`` is a
    phrase said of someone ("“a reckless, dangerous plan,” she said of X"), read with its own adjectives."""
    target = mention.root
    if itself:
        words = [(w, False) for w in [target, *syntax.children(target, syntax.ADJECTIVAL)]]
    else:
        words = [(w, withheld) for w, withheld in _said_of(target) if not mention.start <= w.i < mention.end]
    found = [e for e in (_rated(word, withheld) for word, withheld in words) if e is not None]
    return max(found, key=lambda e: (abs(e.valence), e.valence == 0)) if found else None


def _said_of(target: Token) -> list[tuple[Token, bool]]:
    """The words the module's relations say of ``target``, each with whether it is negated or hedged."""
    words = [(w, False) for w in syntax.children(target, syntax.ADJECTIVAL)]
    head = target.head
    if syntax.is_nominal_subject(target) and not syntax.is_passive(head):
        if head.lemma_ in _COPULAS:  # ClearNLP: "X [is] reckless", the verb heads
            predicates = syntax.children(head, syntax.ADJECTIVAL_COMPLEMENT | syntax.ATTRIBUTE)
        elif syntax.children(head, syntax.COPULA) and not syntax.children(head, syntax.CASE_MARKER):
            # UD: the predicate heads ("X is reckless"; not "X is in good health", a place or a state)
            predicates = [head]
        else:
            predicates = []
        for predicate in predicates:
            withheld = _negated_or_hedged(head) or _negated_or_hedged(predicate) or _not_asserted(head)
            words += [(w, withheld) for w in [predicate, *syntax.children(predicate, syntax.ADJECTIVAL)]]
    if syntax.functions_as(target, syntax.DIRECT_OBJECT):
        withheld = _negated_or_hedged(head)
        for predicate in syntax.children(head, syntax.OBJECT_PREDICATE | syntax.OPEN_COMPLEMENT):
            words += [(w, withheld) for w in [predicate, *syntax.children(predicate, syntax.ADJECTIVAL)]]
        for preposition, noun in syntax.prepositional_objects(head):  # "described X as a liar"
            if preposition is not None and preposition.lower_ == "as":
                words += [(w, withheld) for w in [noun, *syntax.children(noun, syntax.ADJECTIVAL)]]
    return words


def _rated(word: Token, withheld: bool) -> Evaluation | None:
    if word.tag_ == "VBN":  # "X was frustrated", "X is worried": how X feels, not what X is
        return None
    value = valence(word)
    strong = value is not None and abs(value) >= STRONGEST_BELOW
    if withheld or _negated_or_hedged(word):  # "X is not corrupt": a judgement withheld (not "not the mayor")
        return Evaluation(word, 0.0) if strong or word.pos_ == "ADJ" else None
    return Evaluation(word, value) if strong else None


_HEDGES = word_list("hedging_words")
_UNASSERTING = word_list("unasserting_markers")


def _not_asserted(clause: Token) -> bool:
    """A clause that puts a question or a condition ("whether X is corrupt", "if X is reckless") asserts
    nothing of X."""
    return any(marker.lower_ in _UNASSERTING for marker in syntax.children(clause, syntax.MARKER))


def _negated_or_hedged(token: Token) -> bool:
    """"not corrupt", "hardly a disgrace", "perhaps reckless": no judgement a reader would rely on."""
    return syntax.is_negated(token) or any(c.lower_ in _HEDGES for c in token.children if c.lower_ not in _DEGREE)
