"""Dependency-label knowledge for both label schemes the toolkit meets, in one place.

The toolkit's own pipeline is trained on Universal Dependencies (``nsubj``, ``obj``, ``obl`` + ``case``,
``nmod:poss``, ``nsubj:pass``, ...); spaCy's ``en_core_web_*`` pipelines use ClearNLP-style labels
(``nsubj``, ``dobj``, ``prep`` + ``pobj``, ``poss``, ``nsubjpass``, ``agent``, ...). Rules elsewhere in the
toolkit ask the questions below instead of testing labels, so they work with either pipeline: no module but this
one reads ``Token.dep_``; a rule that needs a function asks :func:`functions_as` with the sets below
(``functions_as(token, SUBJECT)``), or one of the helpers (:func:`subjects`, :func:`is_root`, ...).

The two schemes differ in structure for prepositional phrases: UD hangs the noun on the verb and the
preposition on the noun (``met -obl-> Paris -case-> in``); ClearNLP hangs the preposition on the verb and the
noun on the preposition (``met -prep-> in -pobj-> Paris``). :func:`prepositional_objects` hides the difference.

>>> import spacy
>>> from spacy.tokens import Doc
>>> doc = Doc(spacy.blank("en").vocab, words=["Officials", "met", "in", "Paris"],
...           heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "case", "obl"])
>>> [t.text for t in subjects(doc[1])], [(p.text, o.text) for p, o in prepositional_objects(doc[1])]
(['Officials'], [('in', 'Paris')])
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Span, Token

from .lexicon import word_list

__all__ = ["ACTIVE_SUBJECT", "ADJECTIVAL", "ADJECTIVAL_COMPLEMENT", "ADNOMINAL_CLAUSE", "ADVERBIAL_CLAUSE", "AGENT",
           "APPOSITION", "ATTRIBUTE", "AUXILIARY", "CASE_MARKER", "CLAUSAL_COMPLEMENT", "CLAUSAL_MODIFIER",
           "CLEAR_NOUN_OBJECT", "CLEAR_PREP", "CLEAR_PREPOSITION", "CLEAR_PREP_OBJECT", "CLOSED_COMPLEMENT", "COMPOUND",
           "CONJUNCT", "COORDINATOR", "COPULA", "DETERMINER", "DIRECT_OBJECT", "EXPLETIVE", "FLAT", "FLAT_NAME",
           "INDIRECT_OBJECT", "MARKER", "MISLABELLED_COMPLEMENT", "NEGATION", "NOMINAL_MODIFIER", "NOMINAL_SUBJECT",
           "NOUN_COMPOUND", "NOUN_PHRASE_ADVERBIAL", "OBJECT_PREDICATE", "OPEN_COMPLEMENT", "PARATAXIS", "PARTICLE",
           "PASSIVE_AUXILIARY", "PASSIVE_SUBJECT", "PLANNING_LEMMAS", "POSSESSOR", "PUNCTUATION", "RELATIVE_CLAUSE",
           "ROOT", "SUBJECT", "TITLE", "UD_OBLIQUE", "UD_POSSESSOR", "appositions", "children", "clausal_complements",
           "clause_tense", "direct_objects", "doc_scheme", "functions_as", "governing_verb", "indirect_objects",
           "infinitive_after_finite", "is_negated", "is_nominal_subject", "is_passive", "is_possessive", "is_root",
           "is_to_infinitive", "label_scheme", "name_parts", "passive_agents", "possessor", "prepositional_objects",
           "relation", "subjects"]

# UD (base label and subtypes) and ClearNLP labels of each function.
ACTIVE_SUBJECT = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT = frozenset({"nsubj:pass", "nsubjpass", "csubj:pass", "csubjpass"})
SUBJECT = ACTIVE_SUBJECT | PASSIVE_SUBJECT | {"expl"}
DIRECT_OBJECT = frozenset({"obj", "dobj"})
INDIRECT_OBJECT = frozenset({"iobj", "dative"})
CLAUSAL_COMPLEMENT = frozenset({"ccomp", "xcomp"})
PARATAXIS = frozenset({"parataxis"})
UD_POSSESSOR = frozenset({"nmod:poss"})
POSSESSOR = UD_POSSESSOR | {"poss"}
APPOSITION = frozenset({"appos"})
COMPOUND = frozenset({"compound", "flat", "flat:name", "flat:foreign"})
# UD (EWT) hangs a title on the name: "President <-nmod:desc- Bush"; ClearNLP makes it a compound.
TITLE = frozenset({"nmod:desc"})
ADJECTIVAL = frozenset({"amod"})
# A bare noun phrase modifying a word: "Kenyan" in "Kenyan-born", "years" in "two years old".
NOUN_PHRASE_ADVERBIAL = frozenset({"npadvmod", "obl:npmod", "nmod:npmod"})
RELATIVE_CLAUSE = frozenset({"acl:relcl", "relcl"})
CLAUSAL_MODIFIER = frozenset({"acl", "advcl", "advcl:relcl"}) | RELATIVE_CLAUSE
AUXILIARY = frozenset({"aux", "aux:pass", "auxpass"})
PASSIVE_AUXILIARY = frozenset({"aux:pass", "auxpass"})
NEGATION = frozenset({"neg"})  # UD marks negation as advmod + Polarity=Neg; see is_negated()
CONJUNCT = frozenset({"conj"})
# Nouns hanging on a head through a preposition: UD obl/nmod (+ case), ClearNLP pobj under prep/agent.
UD_OBLIQUE = frozenset({"obl", "obl:npmod", "obl:tmod", "obl:agent", "obl:unmarked", "nmod", "nmod:npmod",
                        "nmod:tmod", "nmod:unmarked"})
CLEAR_PREPOSITION = frozenset({"prep", "agent"})
CLEAR_PREP_OBJECT = frozenset({"pobj", "pcomp"})
CASE_MARKER = frozenset({"case"})
AGENT = frozenset({"obl:agent", "agent"})
# Single functions, for rules that need exactly one of them (the sets above group several).
ROOT = frozenset({"ROOT"})
NOMINAL_SUBJECT = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})  # a noun phrase as subject, active or passive
CLOSED_COMPLEMENT = frozenset({"ccomp"})  # a clause with a subject of its own: "said [it rained]"
OPEN_COMPLEMENT = frozenset({"xcomp"})  # a clause that shares its head's subject: "vowed [to fight]"
ADVERBIAL_CLAUSE = frozenset({"advcl"})
ADNOMINAL_CLAUSE = frozenset({"acl"})  # a clause modifying a noun: "a resolution [condemning X]"
ADJECTIVAL_COMPLEMENT = frozenset({"acomp"})  # ClearNLP: "is [critical] of"
ATTRIBUTE = frozenset({"attr"})  # ClearNLP: the noun after a copula, "is [a supporter] of"
OBJECT_PREDICATE = frozenset({"oprd"})  # ClearNLP: "called the plan [a ploy]"
NOMINAL_MODIFIER = frozenset({"nmod"})
NOUN_COMPOUND = frozenset({"compound"})
FLAT = frozenset({"flat"})
FLAT_NAME = frozenset({"flat:name"})
PARTICLE = frozenset({"compound:prt", "prt"})  # "give [up]"
MARKER = frozenset({"mark"})  # a subordinating conjunction or the infinitive's "to" in UD
COORDINATOR = frozenset({"cc"})
DETERMINER = frozenset({"det"})
COPULA = frozenset({"cop"})
EXPLETIVE = frozenset({"expl"})
PUNCTUATION = frozenset({"punct"})
CLEAR_PREP = frozenset({"prep"})  # ClearNLP's preposition (CLEAR_PREPOSITION adds the passive's "by", agent)
CLEAR_NOUN_OBJECT = frozenset({"pobj"})  # ClearNLP's noun under a preposition (CLEAR_PREP_OBJECT adds pcomp)

# Labels only one scheme has, used to tell which scheme a parse follows.
_UD_ONLY = frozenset({"obj", "obl", "nmod:poss", "nsubj:pass", "aux:pass", "flat", "case", "compound:prt",
                      "obl:agent"})
_CLEAR_ONLY = frozenset({"dobj", "pobj", "prep", "poss", "nsubjpass", "auxpass", "agent", "prt", "dative",
                         "attr", "relcl", "neg"})


def label_scheme(labels: Iterable[str]) -> str:
    """``"ud"``, ``"clearnlp"`` or ``"unknown"`` for a set of dependency labels (a parse or a parser's labels).

    >>> label_scheme(["nsubj", "dobj", "prep", "pobj"])
    'clearnlp'
    """
    labels = set(labels)
    ud, clear = len(labels & _UD_ONLY), len(labels & _CLEAR_ONLY)
    if ud == clear:
        return "unknown"
    return "ud" if ud > clear else "clearnlp"


def doc_scheme(doc: Doc | Span) -> str:
    """The label scheme of a parsed Doc or Span."""
    return label_scheme(token.dep_ for token in doc)


def functions_as(token: Token, labels: frozenset[str]) -> bool:
    """Does ``token`` hang on its head by one of ``labels`` (a set above, or a union of them: ``SUBJECT``,
    ``CASE_MARKER | MARKER``)? The one place where rules read a token's dependency label."""
    return token.dep_ in labels


def is_root(token: Token) -> bool:
    """The parse's root (labelled ``ROOT`` by spaCy's parsers, whatever the scheme)."""
    return token.dep_ in ROOT


def is_nominal_subject(token: Token) -> bool:
    """A nominal subject of any subtype: ``nsubj``, UD's ``nsubj:pass`` and ``nsubj:outer``, ClearNLP's
    ``nsubjpass``."""
    return token.dep_.startswith("nsubj")


def is_possessive(token: Token) -> bool:
    """A possessor of any scheme: ClearNLP's ``poss``, UD's ``nmod:poss`` (and any label naming one)."""
    return "poss" in token.dep_


def children(token: Token, labels: frozenset[str]) -> list[Token]:
    """The token's children whose dependency label is in ``labels`` (never a whitespace token, which a small
    model sometimes attaches as a dependent)."""
    return [child for child in token.children if child.dep_ in labels and not child.is_space]


def subjects(verb: Token, passive: bool | None = None) -> list[Token]:
    """Subjects of ``verb`` (``passive=True``/``False`` to keep only passive/active ones); conjoined verbs share
    the subject of the first conjunct ("X met Y and said ..." -> X is the subject of "said").
    """
    labels = {None: SUBJECT, True: PASSIVE_SUBJECT, False: ACTIVE_SUBJECT}[passive]
    found = children(verb, labels)
    if not found and verb.dep_ in CONJUNCT and verb.head.i != verb.i and not infinitive_after_finite(verb):
        found = children(verb.head, labels)
    return found


def is_to_infinitive(verb: Token) -> bool:
    """Is ``verb`` introduced by "to" ("vowed [to] fight")? UD marks the "to" as ``mark``, ClearNLP as ``aux``."""
    return any(c.lower_ == "to" and c.dep_ in ("mark", "aux") for c in verb.children)


def infinitive_after_finite(verb: Token) -> bool:
    """"... added that X, but also to propose Y": a to-infinitive cannot be coordinated with a finite verb, so
    the parser attached it to the wrong head and the head's subject is not its subject."""
    return is_to_infinitive(verb) and verb.head.tag_ in ("VBD", "VBZ", "VBP", "MD")


def direct_objects(verb: Token) -> list[Token]:
    return children(verb, DIRECT_OBJECT)


def indirect_objects(verb: Token) -> list[Token]:
    return children(verb, INDIRECT_OBJECT)


def clausal_complements(verb: Token) -> list[Token]:
    """Heads of the clauses ``verb`` takes as its content ("said [that ...]", "vowed [to support ...]").

    A clause after the verb that opens with "that" is its complement whatever label the parser gave it: in
    "says at a stop in Leeds, England, that it means ..." a small model often calls it parataxis or advcl.
    """
    found = children(verb, CLAUSAL_COMPLEMENT)
    for child in children(verb, MISLABELLED_COMPLEMENT):
        if child.i > verb.i and child not in found and _opens_with_that(child):
            found.append(child)
    # "told [the paper] that …" parsed with the clause on the addressee: a relative clause never opens with
    # the conjunction "that", so a clause that does is the verb's own (on a direct object, only a clause
    # labelled relative: "the claim [that he lied]" labelled acl is the noun's own complement)
    for addressee in children(verb, INDIRECT_OBJECT | DIRECT_OBJECT):
        labels = RELATIVE_CLAUSE | ({"acl"} if addressee.dep_ in INDIRECT_OBJECT else set())
        found += [c for c in children(addressee, labels) if c.i > addressee.i and _opens_with_that(c)]
    # "told the committee [through an interpreter] that …", "said [in a statement] that …": the same slip on
    # the object of a preposition of the channel between the verb and the clause (not "responded [to claims]
    # that she lied": the claims' own clause)
    for preposition, noun in prepositional_objects(verb):
        if noun.i > verb.i and preposition is not None and preposition.lower_ in _CHANNEL_PREPOSITIONS:
            found += [c for c in children(noun, RELATIVE_CLAUSE | {"acl"}) if c.i > noun.i and c not in found and
                      _opens_with_that(c)]
    return sorted(found, key=lambda t: t.i)


MISLABELLED_COMPLEMENT = frozenset({"parataxis", "advcl", "dep"})
# Prepositions of how or where something was said ("in a statement", "through an interpreter", "at a briefing").
_CHANNEL_PREPOSITIONS = frozenset({"in", "through", "via", "during", "at"})


def _opens_with_that(clause: Token) -> bool:
    words = [t for t in clause.subtree if not (t.is_punct or t.is_space)]
    return bool(words) and words[0].lower_ == "that" and words[0].dep_ in ("mark", "complm")


def prepositional_objects(head: Token) -> Iterator[tuple[Token | None, Token]]:
    """``(preposition, noun)`` pairs attached to ``head`` in either scheme; the preposition may be ``None``
    (a UD oblique without a case marker, e.g. "on Monday" parsed as obl:tmod without "on")."""
    for child in (c for c in head.children if not c.is_space):
        if child.dep_ in UD_OBLIQUE:
            markers = children(child, CASE_MARKER)
            yield (markers[0] if markers else None), child
        elif child.dep_ in CLEAR_PREPOSITION:
            for noun in children(child, CLEAR_PREP_OBJECT):
                yield child, noun


def passive_agents(verb: Token) -> list[Token]:
    """The "by ..." agents of a passive verb, as nouns ("drafted by [the US]")."""
    agents = [noun for prep, noun in prepositional_objects(verb)
              if noun.dep_ in AGENT or (prep is not None and prep.dep_ in AGENT)]
    if agents:
        return agents
    # UD trained pipelines often label a by-phrase plain obl: take it when the verb is passive.
    if children(verb, PASSIVE_AUXILIARY) or children(verb, PASSIVE_SUBJECT):
        return [noun for prep, noun in prepositional_objects(verb) if prep is not None and prep.lower_ == "by"]
    return []


def possessor(noun: Token) -> Token | None:
    """The possessor of a noun ("[Kenya]'s minister", "[its] embassy"), if any."""
    found = children(noun, POSSESSOR)
    return found[0] if found else None


def appositions(noun: Token) -> list[Token]:
    return children(noun, APPOSITION)


def name_parts(token: Token) -> list[Token]:
    """The token with its compound/flat name parts, in text order ("Mary" in "Mary Ann Smith" -> all three)."""
    parts = {token}
    stack = [token]
    while stack:
        for child in children(stack.pop(), COMPOUND):
            if child not in parts:
                parts.add(child)
                stack.append(child)
    return sorted(parts, key=lambda t: t.i)


def is_passive(verb: Token) -> bool:
    return bool(children(verb, PASSIVE_AUXILIARY) or children(verb, PASSIVE_SUBJECT))


_NEGATION_WORDS = word_list("negation_words")


def is_negated(verb: Token) -> bool:
    """True for "did not say", "never denied": ClearNLP ``neg``, or UD advmod/det with Polarity=Neg."""
    for child in verb.children:
        if child.dep_ in NEGATION or "Neg" in child.morph.get("Polarity"):
            return True
        if child.dep_ in {"advmod", "neg"} and child.lower_ in _NEGATION_WORDS:
            return True
    return False


def relation(token: Token) -> str:
    """The token's relation in UD terms, whichever scheme parsed it.

    ClearNLP labels are mapped to their UD counterparts (``dobj`` -> ``obj``, ``poss`` -> ``nmod:poss``,
    ``nsubjpass`` -> ``nsubj:pass``, a ``pobj`` under a verb's ``prep`` -> ``obl``, under a noun's -> ``nmod``,
    under ``agent`` -> ``obl:agent``).
    """
    dep = token.dep_
    if dep in CLEAR_PREP_OBJECT and token.head.dep_ in CLEAR_PREPOSITION:
        prep = token.head
        if prep.dep_ == "agent":
            return "obl:agent"
        return "obl" if prep.head.pos_ in {"VERB", "AUX", "ADJ"} else "nmod"
    return _CLEAR_TO_UD.get(dep, dep)


_CLEAR_TO_UD = {
    "dobj": "obj", "nsubjpass": "nsubj:pass", "csubjpass": "csubj:pass", "auxpass": "aux:pass",
    "poss": "nmod:poss", "relcl": "acl:relcl", "prt": "compound:prt", "dative": "iobj", "neg": "advmod",
    "oprd": "xcomp", "npadvmod": "obl:npmod", "quantmod": "advmod", "predet": "det:predet",
    "preconj": "cc:preconj",
}


# Verbs whose infinitival complement describes a planned (future) event: "plans to vote on Tuesday".
PLANNING_LEMMAS = word_list("planning_lemmas")
_FUTURE_AUX = word_list("future_auxiliaries")
_PAST_AUX = word_list("past_auxiliaries")
_PERFECT_AUX = word_list("perfect_auxiliaries")  # "has left": a past event
_PRESENT_BE = word_list("present_be")  # "is meeting", "is scheduled"


def governing_verb(token: Token) -> Token | None:
    """The nearest verb at or above ``token`` in the tree (the predicate a date or a noun belongs to)."""
    current = token
    for _ in range(len(token.doc)):
        if current.pos_ in ("VERB", "AUX") or current.tag_.startswith("VB"):
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def clause_tense(verb: Token) -> str | None:
    """``"past"``, ``"present"`` or ``"future"`` for the clause headed by ``verb`` (future includes planned
    events: "will vote", "would vote", "plans to vote", "is scheduled to vote", "is meeting").
    """
    auxiliaries = [child for child in verb.children if child.dep_ in AUXILIARY]
    forms = {child.lower_ for child in auxiliaries}
    if forms & _FUTURE_AUX:
        return "future"  # also "said sales would rise in December": a forecast is most often still ahead
    if verb.tag_ == "VB" and "to" in forms | {c.lower_ for c in verb.children if c.dep_ == "mark"}:
        head = verb.head
        if head.i != verb.i and (head.lemma_.lower() in PLANNING_LEMMAS or head.lower_ in PLANNING_LEMMAS):
            # "plans to vote in May": ahead; "decided to reopen it in May": after a past decision, not known
            return None if clause_tense(head) == "past" else "future"
        return clause_tense(head) if head.i != verb.i and head.tag_.startswith("VB") else None
    if verb.tag_ in ("VBN", "VBD", "VBG") and not auxiliaries and verb.dep_ in ("xcomp", "oprd", "acomp") and \
            verb.head.i != verb.i and not any(c.dep_ in SUBJECT for c in verb.children):
        return clause_tense(verb.head)  # "would keep the road [closed] until Saturday": the keeping's tense
    if forms & _PAST_AUX or verb.tag_ == "VBD" or ("Past" in verb.morph.get("Tense") and verb.tag_ != "VBN"):
        return "past"
    if verb.tag_ == "VBN":
        if verb.lemma_.lower() in PLANNING_LEMMAS and forms & {"been", "was", "were"}:
            return None  # "a hearing has been scheduled for June 3": planned, before or after now
        if forms & _PERFECT_AUX:
            return "past"
        if forms & (_PRESENT_BE | {"be"}):
            return "future" if verb.lemma_.lower() in PLANNING_LEMMAS else "present"
        return "past"
    if verb.tag_ == "VBG" and forms & _PRESENT_BE:
        return "future"  # news present progressive: "is meeting on Friday"
    if verb.tag_ in ("VBZ", "VBP"):
        return "present"
    return None
