"""What kind of attribution a quote is, and whether it is a statement: "who said what" keeps speech and
writing; beliefs, plans and evidence stay in the ``quotes`` table, typed.

- ``speech``: said, told, announced, warned, "according to X";
- ``writing``: wrote, tweeted, posted, "said in a statement", and documents that speak ("the report says");
- ``thought``: believes, thinks, fears, expects (``reporting_verbs.csv``, kind ``thought``);
- ``intention``: wants, plans, hopes, a verb whose content is its infinitive ("agreed to sell", "declined to
  comment", "threatened to strike"), and a reporting verb that is itself an infinitive ("urged them to
  demand"); but a voiced commitment is speech ("vowed to fight", "pledged to act":
  ``commitment_verbs``);
- ``evidence``: a non-agent source (data, figures, tests, studies, polls: ``evidence_nouns``), and a verb of
  finding (show, find, reveal) whose subject is no person ("New data showed", "the scan revealed").

A statement (:func:`is_statement`) is speech or writing with a source, whose content states something: a direct
quotation, or words headed by a verb or a predicate ("accused X of Y", "called X a sham"), a position held
("reaffirmed its support for X") or what a verb asks for ("called for an inquiry"); not a noun phrase alone
("defended the party's actions", "condemned the move announced on Monday": an act the writer reports, no claim;
its stance stays in the claims), not an agentless passive ("it is believed that …"), and not "Name: list of
charges" lines (:func:`states_something`).

>>> from toolkit.lang.lexicon import reporting_verbs
>>> reporting_verbs()["say"], reporting_verbs()["believe"], reporting_verbs()["tweet"]
('speech', 'thought', 'writing')
"""

from __future__ import annotations

import bisect
from typing import Literal

from spacy.tokens import Doc, Span, Token

from ..lang import syntax
from ..lang.lexicon import descriptors, reporting_verbs, topic_prepositions, word_list
from .model import DOCUMENT_NOUNS, Quote
from .text import is_finite, verb_lemma

__all__ = ["ATTRIBUTION_TYPES", "STATEMENT_TYPES", "AttributionType", "attribution_type", "cue_entry",
           "is_statement", "nested_statements", "states_something", "why_not_a_statement"]

AttributionType = Literal["speech", "writing", "thought", "intention", "evidence"]
ATTRIBUTION_TYPES: tuple[str, ...] = ("speech", "writing", "thought", "intention", "evidence")
#: The types ``Analysis.statements`` keeps: what someone said or wrote.
STATEMENT_TYPES: tuple[str, ...] = ("speech", "writing")

_EVIDENCE_NOUNS = word_list("evidence_nouns")
_WRITING_SETTINGS = word_list("writing_settings")
_COMMITMENT_VERBS = word_list("commitment_verbs")
_ATTITUDE_WORDS = word_list("attitude_words")
_PERSONAL_PRONOUNS = frozenset({"i", "he", "she", "we", "you", "they"})
_CONTENT_OBJECT_VERBS = word_list("content_object_verbs")
# what a predicate adds to an object: "called the plan [a sham]", "declared the settlements [legal]"
_PREDICATES = syntax.CLAUSAL_COMPLEMENT | syntax.OBJECT_PREDICATE | syntax.ADJECTIVAL_COMPLEMENT | syntax.ATTRIBUTE


def cue_entry(quote: Quote) -> str | None:
    """The lexicon entry the cue was found by: a reporting verb's lemma, "according to", ":" (a speaker
    and a colon), an attitude word, or None (no cue)."""
    cue = quote.cue
    if cue is None:
        return None
    if quote.layout == "according to":
        return "according to"
    if quote.layout in ("speaker and colon", "stated attitude"):
        return cue.lower_
    return verb_lemma(cue)


def attribution_type(doc: Doc, quote: Quote) -> AttributionType:
    """The quote's type (see the module's docstring)."""
    speaker = quote.speaker
    if speaker is not None and ({speaker.root.lower_, _head_word(speaker)} & _EVIDENCE_NOUNS):
        return "evidence"  # "figures show", "according to data from X"
    kind = reporting_verbs().get(cue_entry(quote) or "", "speech")
    if kind == "finding":  # "Prosecutors revealed that …" speaks; "The scan revealed …" is evidence
        return "speech" if speaker is not None and _can_speak(speaker) else "evidence"
    if kind in ("thought", "intention"):
        return kind
    if quote.cue is not None and syntax.is_to_infinitive(quote.cue):
        return "intention"  # "encouraged citizens to ask for X", "refused to say": a wish to speak, not speech
    if _infinitive_content(doc, quote) and cue_entry(quote) not in _COMMITMENT_VERBS:
        return "intention"  # "agreed to sell", "declined to comment"
    if kind == "writing" or quote.document or (speaker is not None and _head_word(speaker) in DOCUMENT_NOUNS) or \
            _said_in_writing(quote):
        return "writing"
    return "speech"


def states_something(doc: Doc, quote: Quote) -> bool:
    """A quotation, a reported clause, or words whose head is a verb, a clause with a copula and its own subject
    ("[the talks were] useful"), a predicate ("called X [a sham]"), a
    preposition before a verb or a predicative "as" ("accused X [of] lying", "described X [as] satire"), a
    position held ("reaffirmed its [support] for X"), or what a verb's own preposition asks for or warns of
    ("called for an inquiry", "warned against cuts": the ``topics`` of ``reporting_verbs.csv``); not a noun
    phrase alone, even with a clause inside ("condemned the move announced on Monday", "asked about concerns
    he might have had"). "Name: …" lines need a finite verb."""
    if quote.kind != "indirect":
        return True
    words = [t for start, end in quote.parts for t in (doc.char_span(start, end, alignment_mode="expand") or ())]
    if quote.layout == "speaker and colon":
        return any(is_finite(t) for t in words)
    if quote.layout == "topic":
        return _asked_for(doc, quote, words) or any(t.pos_ in ("VERB", "AUX") for t in _heads(words))
    if quote.layout == "object" and cue_entry(quote) in _CONTENT_OBJECT_VERBS:
        return True  # "announced a new tax", "confirmed the arrest": the object is what was said
    heads = _heads(words)
    # "called [the process] [a sham]" read as two objects; "described X [as] satire" wherever "as" hangs
    objects = [t for t in heads if syntax.functions_as(t, syntax.DIRECT_OBJECT)]
    second_object = len(objects) > 1 and any(syntax.functions_as(c, syntax.DETERMINER) for c in objects[-1].children)
    predicative_as = any(t.lower_ == "as" and t.pos_ == "ADP" for t in words[1:])
    return second_object or predicative_as or any(_makes_a_claim(t) for t in heads)


def _heads(words: list[Token]) -> list[Token]:
    inside = {t.i for t in words}
    return [t for t in words if t.head.i == t.i or t.head.i not in inside]


def _asked_for(doc: Doc, quote: Quote, words: list[Token]) -> bool:
    """The content follows a preposition of the verb's own ("called [for] X", "warned [against] X")."""
    if quote.cue is None or not words or words[0].i == 0:
        return False
    before = doc[words[0].i - 1]
    return before.lower_ in topic_prepositions().get(cue_entry(quote) or "", frozenset())


def _makes_a_claim(head: Token) -> bool:
    if head.pos_ in ("VERB", "AUX") or syntax.functions_as(head, _PREDICATES):
        return True
    if any(syntax.functions_as(c, syntax.COPULA) for c in head.children) and \
            any(syntax.functions_as(c, syntax.SUBJECT) for c in head.children):
        return True  # a clause whose predicate is an adjective or a noun: "[the talks were] useful"
    if head.pos_ == "ADP" and (head.lower_ == "as" or any(c.tag_ == "VBG" or c.pos_ == "VERB" for c in head.children)):
        return True  # ClearNLP: "[of] hiding", "[as] satire"
    # UD: "the council [of hiding]" (a clause marked by "of" or "as"), "[as] a satire" (the noun's own "as")
    if any(c.lower_ == "as" and syntax.functions_as(c, syntax.CASE_MARKER) for c in head.children) or \
            any(syntax.functions_as(c, syntax.CLAUSAL_MODIFIER) and
                any(m.lower_ in ("of", "as") and syntax.functions_as(m, syntax.MARKER) for m in c.children)
                for c in head.children):
        return True
    return head.lower_ in _ATTITUDE_WORDS


def why_not_a_statement(doc: Doc, quote: Quote, source_kind: str | None = "actor") -> str | None:
    """None for a statement (``quote.type``, set by :func:`toolkit.quotes.find_quotes`): speech or writing,
    from a source (``source_kind`` "actor" or "document"; else a speaker the text names, or a quotation),
    that states something (:func:`states_something`; a document's wording always does: "the resolution
    condemns X"); else the reason ("a thought", "an intention", "evidence", "no source: an agentless
    passive", "states nothing: a noun phrase")."""
    kind = quote.type
    if kind not in STATEMENT_TYPES:
        return {"thought": "a thought", "intention": "an intention", "evidence": "evidence"}[kind]
    if quote.layout == "agentless passive":
        return "no source: an agentless passive"
    if not (source_kind is not None or quote.speaker is not None or quote.kind == "direct"):
        return "no source"
    if source_kind != "document" and not states_something(doc, quote):
        return "states nothing: a noun phrase" if quote.layout != "speaker and colon" else \
            "states nothing: a line without a verb"
    return None


def nested_statements(quotes: list[Quote], reasons: list[str | None]) -> list[str | None]:
    """``reasons`` with "inside another statement" for a statement whose content lies inside what another
    statement says ("Volker said he discussed it after Politico reported the aid had been paused": one statement,
    Volker's; a quotation read twice, once in its marks and once in a longer clause, is one row too). The quotes
    table keeps the nested report, as PolNeAR counts it."""
    # one sweep in order of start (a long text may hold thousands of quotes): a statement is inside another
    # when a statement with a speaker starting before it reaches as far, or one starting with it reaches further
    result = list(reasons)
    outers = [(q.content_start, q.content_end) for q, r in zip(quotes, reasons, strict=True)
              if r is None and q.speaker is not None]
    by_start: dict[int, int] = {}
    for start, end in outers:
        by_start[start] = max(end, by_start.get(start, end))
    starts = sorted(by_start)
    reach = [-1]  # reach[k]: the furthest end of the outers starting at one of the first k starts
    for start in starts:
        reach.append(max(reach[-1], by_start[start]))
    for i, quote in enumerate(quotes):
        if reasons[i] is not None:
            continue
        start, end = quote.content_start, quote.content_end
        if reach[bisect.bisect_left(starts, start)] >= end or by_start.get(start, -1) > end:
            result[i] = "inside another statement"  # its words are the outer one's: one row, not two
    return result


def is_statement(doc: Doc, quote: Quote, source_kind: str | None = "actor") -> bool:
    """Whether the quote is a statement (:func:`why_not_a_statement` gives no reason against it)."""
    return why_not_a_statement(doc, quote, source_kind) is None


def _head_word(phrase: Span) -> str:
    return phrase.root.lemma_.lower()


def _can_speak(speaker: Span) -> bool:
    """A person, a group or an institution: a pronoun that stands for people, a name of a person, an
    organisation, a place or a group, or a noun of people or institutions ("prosecutors", "the ministry")."""
    root = speaker.root
    return root.lower_ in _PERSONAL_PRONOUNS or root.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or \
        descriptors().get(root.lemma_.lower()) in ("PERSON", "ORG") or \
        descriptors().get(root.lower_) in ("PERSON", "ORG")


def _infinitive_content(doc: Doc, quote: Quote) -> bool:
    """The content is the cue's own infinitive: "agreed [to sell]" (not "urged X [to sell]": an object first)."""
    if quote.cue is None or quote.kind != "indirect":
        return False
    span = doc.char_span(quote.content_start, quote.content_end, alignment_mode="expand")
    return span is not None and len(span) > 1 and span[0].lower_ == "to" and span[1].pos_ in ("VERB", "AUX") and \
        span[1].head.i == quote.cue.i


def _said_in_writing(quote: Quote) -> bool:
    """"said in a statement", "wrote in a letter": the setting of the cue is a written text."""
    cue = quote.cue
    if cue is None:
        return False
    return any(c.lower_ == "in" and any(o.lemma_.lower() in _WRITING_SETTINGS for o in c.children)
               for c in cue.children)
