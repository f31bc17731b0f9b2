"""Claims: the position each attributed statement takes, towards what, from the stance lexicon.

For each statement found by :mod:`toolkit.quotes` the claim is read from the outermost stance word of the
statement — its reporting verb itself ("condemned X"), or a stance verb, noun, preposition or phrase in its
content ("voiced its objection to X", "vowed to support X", "will stand against X", "to prevent X") — with
negation reversing it ("will not support X"). The target is what that word applies to; a stance word that
sits inside another one's target is not the speaker's own position ("stand against efforts to condemn X":
the claim is against the efforts). A statement with no stance word is a ``neutral`` claim.

Stance words are data: ``toolkit/resources/stance_words.csv``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Literal

from spacy.tokens import Doc, Span, Token

from .lang import syntax
from .lang.labels import NAME_LABELS
from .lang.lexicon import table, word_list
from .quotes import Quote, verb_lemma

__all__ = ["STANCES", "Claim", "Stance", "claims_of", "stated_positions"]

Stance = Literal["support", "oppose", "neutral"]
STANCES: tuple[Stance, ...] = ("support", "oppose", "neutral")
_FLIP = {"support": "oppose", "oppose": "support", "neutral": "neutral"}


@dataclass
class Claim:
    quote_index: int | None  # None: a position stated by a stance verb outside any reported statement
    predicate: Span | None
    stance: Stance
    target: Span | None
    holder: Span | None = None  # who takes the position, for claims outside reported statements
    speech_act: bool = False  # the stance word is the statement's own reporting verb ("accused X")


@cache
def _lexicon() -> tuple[dict[str, tuple[str, bool]], dict[str, list[tuple[int, tuple[str, ...], str, bool]]]]:
    """Single stance words -> (stance, reversed by negation), and multi-word phrases by their first word ->
    [(rank, words, stance, reversed)] (rank: the phrase's place in the table; a phrase listed twice keeps its
    first place and last stance)."""
    words: dict[str, tuple[str, bool]] = {}
    ranked: dict[tuple[str, ...], tuple[int, str, bool]] = {}
    for row in table("stance_words"):
        parts, reverses = tuple(row["word"].split()), row["negated"] == "reverse"
        if len(parts) == 1:
            words[row["word"]] = row["stance"], reverses
        else:
            ranked[parts] = (ranked[parts][0] if parts in ranked else len(ranked), row["stance"], reverses)
    phrases: dict[str, list[tuple[int, tuple[str, ...], str, bool]]] = {}
    for parts, (rank, stance, reverses) in ranked.items():
        phrases.setdefault(parts[0], []).append((rank, parts, stance, reverses))
    return words, phrases


def _stance_of(token: Token) -> tuple[str, int, bool] | None:
    """(stance, length in tokens, reversed by negation) of a stance word or phrase starting at ``token``."""
    words, phrases = _lexicon()
    doc = token.doc
    lower, lemma_lower = token.lower_, token.lemma_.lower()
    starting = phrases.get(lower, []) + (phrases.get(lemma_lower, []) if lemma_lower != lower else [])
    for _, parts, stance, reverses in sorted(starting):  # only the phrases that can start here, in table order
        window = doc[token.i:token.i + len(parts)]
        if tuple(t.lower_ for t in window) == parts or tuple(t.lemma_.lower() for t in window) == parts:
            return stance, len(parts), reverses
    lemma = verb_lemma(token) if token.pos_ == "VERB" else None
    if _a_thing(token):
        return None
    for candidate in (token.lower_, token.lemma_.lower(), lemma):
        if candidate in words and token.pos_ in ("VERB", "NOUN", "ADP", "ADJ", "PROPN"):
            return words[candidate][0], 1, words[candidate][1]
    return None


_STANCE_PREPOSITIONS = word_list("stance_prepositions")


def _a_thing(noun: Token) -> bool:
    """A common noun's compound with nothing it is for or against names a thing, not a stance: "a heart attack",
    "a steering fault" — unlike "community support for X", "FBI criticism of X", "voter opposition to X"."""
    if noun.pos_ != "NOUN" or not any(c.pos_ == "NOUN" for c in syntax.children(noun, syntax.NOUN_COMPOUND)):
        return False
    return not any(c.lower_ in _STANCE_PREPOSITIONS for c in noun.children)


def _target(token: Token, length: int) -> Span | None:
    """What a stance word applies to: a verb's object or complement, a noun's "to/of/against" phrase, a
    preposition's object."""
    doc = token.doc
    head = doc[token.i + length - 1]
    if head.pos_ == "ADP" or syntax.functions_as(head, syntax.CASE_MARKER | syntax.CLEAR_PREPOSITION):
        if syntax.functions_as(head, syntax.CASE_MARKER):
            noun = head.head
        else:
            noun = next(iter(syntax.children(head, syntax.CLEAR_PREP_OBJECT)), None)
        return _noun_phrase(noun) if noun is not None else None
    objects = syntax.direct_objects(head) or syntax.direct_objects(token)
    if objects:
        return _noun_phrase(objects[0])
    for _, noun in syntax.prepositional_objects(head):
        return _noun_phrase(noun)
    if head.pos_ == "NOUN" and syntax.functions_as(head, syntax.DIRECT_OBJECT):
        # "voiced its objection [to X]": the parser hung the noun's phrase on the verb, right after the noun
        for preposition, noun in syntax.prepositional_objects(head.head):
            if preposition is not None and preposition.i == head.right_edge.i + 1:
                return _noun_phrase(noun)
    complements = syntax.clausal_complements(head)
    return _noun_phrase(complements[0]) if complements else None


def _noun_phrase(token: Token) -> Span:
    """The phrase a token heads, cut at the first comma after it (a clause hanging on, not the target)."""
    doc = token.doc
    start, end = token.left_edge.i, token.right_edge.i + 1
    comma = next((t.i for t in doc[token.i + 1:end] if t.text in ",;:"), None)
    if comma is not None:
        end = comma
    while start < end and ((doc[start].is_punct and not doc[start].is_quote) or
                           syntax.functions_as(doc[start], syntax.CASE_MARKER)):
        start += 1
    while end > start and doc[end - 1].is_punct and not doc[end - 1].is_quote:
        end -= 1
    return doc[start:end]


def claims_of(doc: Doc, quotes: list[Quote]) -> list[Claim]:
    """One claim per attribution: its outermost stance word, or a neutral claim when it has none."""
    found = []
    names: list[Span] | None = None  # the Doc's names, gathered once when a statement has no stance word
    for index, quote in enumerate(quotes):
        candidates = []
        if quote.cue is not None:
            candidates.append(quote.cue)
        # what was said, without an attribution set inside it ("“A,” said X, a director of Y. “B.”")
        parts = [p for p in (doc.char_span(a, b, alignment_mode="contract") for a, b in quote.parts)
                 if p is not None and len(p)]
        roots = {quote.cue.i} if quote.cue is not None else set()
        for part in parts:
            candidates.extend(part)
            # every top word of the content (a misparse can give it two: "saying [X] [would do …]")
            roots |= {t.i for t in part if not (part.start <= t.head.i < part.end) or t.head.i == t.i}
        claim = _outermost_stance([t for t in candidates if _near(t, roots)], index, quote.cue)
        if claim is None:
            names = names if names is not None else [e for e in doc.ents if e.label_ in NAME_LABELS]
            target = next((t for t in (_neutral_target(p, names) for p in parts) if t is not None), None)
            claim = Claim(index, None, "neutral", target)
        found.append(claim)
    return _once_per_stance_word(found, quotes)


def _once_per_stance_word(claims: list[Claim], quotes: list[Quote]) -> list[Claim]:
    """A stance word is read once: when an attribution nested in a statement gives a claim by the same word,
    the claim whose own reporting verb it is wins — "Reporters said X criticised Y": X criticised Y, not the
    reporters — and otherwise the enclosing statement's (the longer content)."""
    def rank(claim: Claim) -> tuple[bool, int]:
        quote = quotes[claim.quote_index]
        return claim.speech_act, quote.content_end - quote.content_start

    best: dict[tuple[int, int], Claim] = {}
    for claim in claims:
        if claim.predicate is not None:
            key = (claim.predicate.start, claim.predicate.end)
            if key not in best or rank(claim) > rank(best[key]):
                best[key] = claim
    return [c for c in claims if c.predicate is None or best[(c.predicate.start, c.predicate.end)] is c]


def stated_positions(doc: Doc, quotes: list[Quote]) -> list[Claim]:
    """Positions taken by a stance verb with a subject outside reported statements ("the governor backed
    X", "the union opposes the plan"): the subject holds the position."""
    covered = [(q.content_start, q.content_end) for q in quotes] + \
        [(q.cue.idx, q.cue.idx + len(q.cue)) for q in quotes if q.cue is not None]
    found = []
    for token in doc:
        stance = _stance_of(token) if token.pos_ == "VERB" else None
        if stance is None or any(start <= token.idx < end for start, end in covered):
            continue
        subjects = syntax.subjects(token, passive=False)
        if not subjects:
            continue
        value = _side_taken(token, stance[0], stance[2])
        found.append(Claim(None, doc[token.i:token.i + stance[1]], value, _target(token, stance[1]),
                           holder=_noun_phrase(subjects[0])))
    return found


def _near(token: Token, roots: set[int]) -> bool:
    """The statement's own stance words: its cue, its content's head, or a word right below either (a
    stance word deeper down belongs to someone or something else in the statement)."""
    return token.i in roots or token.head.i in roots or (syntax.functions_as(token, syntax.CASE_MARKER) and
                                                         token.head.head.i in roots)


def _outermost_stance(candidates: list[Token], quote_index: int, cue: Token | None = None) -> Claim | None:
    """The claim of the statement ``quote_index`` made by its outermost stance word, if it has one (see
    :func:`_side_taken` for negation and hedges)."""
    stanced = [(t, s) for t in candidates if (s := _stance_of(t)) is not None]
    for token, (stance, length, reverses) in stanced:
        inside_other = any(other.i != token.i and other.i < token.i and token.i in {t.i for t in other.subtree}
                           and other.pos_ != "ADP" for other, _ in stanced)
        if inside_other:
            continue
        predicate = token.doc[token.i:token.i + length]
        return Claim(quote_index, predicate, _side_taken(token, stance, reverses), _target(token, length),
                     speech_act=cue is not None and token.i == cue.i)
    return None


def _side_taken(token: Token, stance: Stance, reverses: bool) -> Stance:
    """The side a stance word takes in its context. Negation reverses a position ("will not support X":
    against it) but undoes a speech act ("did not blame X" blames no one: neutral). A hedge ("declined to
    criticise X", "refuses to support X", "stopped short of condemning X") is a negation, unless it is negated
    itself ("did not hesitate to condemn X": condemned)."""
    hedge = _hedge_of(token)
    if hedge is not None:
        if syntax.is_negated(hedge):
            return stance
        return _FLIP[stance] if reverses else "neutral"
    # the head's negation reaches a complement: "did not want to support X", "were not [opposed] to X" (an
    # adjective; "is not support for X but apathy" negates the identity, not the stance)
    negated = syntax.is_negated(token) or (syntax.is_negated(token.head) and syntax.functions_as(
        token, syntax.OPEN_COMPLEMENT | syntax.DIRECT_OBJECT | syntax.ADJECTIVAL_COMPLEMENT))
    if negated:
        return _FLIP[stance] if reverses else "neutral"
    return stance


_HEDGING_VERBS = word_list("hedging_verbs")


def _hedge_of(word: Token) -> Token | None:
    """The hedging verb a stance word hangs under ("declined to criticise", "stopped short of blaming"), if
    any."""
    head = word.head
    while head.pos_ in ("ADP", "ADJ", "ADV") and head.i != head.head.i:
        head = head.head  # "stopped [short] [of] blaming"
    return head if head.i != word.i and head.lemma_.lower() in _HEDGING_VERBS else None


def _neutral_target(content: Span | None, names: list[Span]) -> Span | None:
    """The first of ``names`` (the Doc's, in order) inside a statement without a stance word (what it is
    about, as far as words tell)."""
    if content is None:
        return None
    return next((n for n in names if content.start <= n.start and n.end <= content.end), None)
