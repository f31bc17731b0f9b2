"""Indirect speech: a reporting verb with a clausal complement or an object, passive reports with and
without an agent."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..lang import syntax
from ..lang.lexicon import (
    descriptors,
    object_reporting_verbs,
    quotation_only_verbs,
    word_list,
    word_map,
)
from ..lang.spans import SEPARATORS, trimmed
from .clauses import (
    ANY_TOPIC_PREPOSITION,
    CLAUSE_OPENERS,
    REPORT_SETTINGS,
    before_coordinated_report,
    before_trailing_relative_report,
    modifies_the_report,
    object_end,
    reported_clause_end,
    right_after_verb,
    topic_of,
)
from .forms import fronted_inversion, inverted_report, parenthetical_report, preceding_clause
from .model import DOCUMENT_NOUNS, Quote
from .speakers import fronted_participle, speaker_of, speaker_phrase
from .text import is_cue, is_time, verb_lemma

__all__ = ["OBJECT_COMPLEMENT_DEPS", "OBJECT_COMPLEMENT_PREPOSITIONS", "indirect_quote"]

# --------------------------------------------------------------------------------------------- indirect

def indirect_quote(doc: Doc, cue: Token, direct: list[Quote]) -> Quote | None:
    if verb_lemma(cue) in quotation_only_verbs() or _comparison_participle(cue) or _says_nothing(cue):
        return None
    parenthetical = parenthetical_report(doc, cue, direct) or _passive_report(doc, cue) or \
        inverted_report(doc, cue, direct) or fronted_inversion(doc, cue, direct)
    if parenthetical is not None:
        return parenthetical
    speaker = speaker_of(cue)
    if speaker is None:
        return _unattributed_passive(doc, cue)
    parts = syntax.clausal_complements(cue)
    hard_end = None  # where the content must end, whatever the clause rules say
    layout = "reported clause"
    if not parts and syntax.functions_as(cue, syntax.PARATAXIS) and cue.head.i != cue.i:
        return preceding_clause(doc, cue, speaker, direct)  # "Talks failed, officials said."
    if not parts:
        parts = _clause_of_setting(cue)  # "said in a statement that …": the parser hung it on "statement"
    parts = _addressed_on(cue, parts) + parts  # "called on the airlines to cancel flights"
    if not parts:
        clause = _clause_after_that_object(doc, cue)
        if clause is not None:
            return Quote("indirect", clause.start_char, clause.end_char, speaker=speaker, cue=cue,
                         layout="reported clause")
    # an object before the verb is a relative pronoun ("which he thanked for …"), not what was said
    objects = sorted((o for o in syntax.direct_objects(cue) + syntax.indirect_objects(cue) if o.i > cue.i),
                     key=lambda t: t.i)
    if objects and verb_lemma(cue) in object_reporting_verbs() and (not parts or objects[0].i < parts[0].i):
        # "called [the shootings] [a moment ...]": the object opens what was said, its complement follows
        parts = objects + _object_complements(cue, objects[0])
        layout = "object"
        hard_end = object_end(doc, objects[-1])
    if not parts:
        parts = topic_of(cue)
        layout = "topic"
        # "called for X to be taken ...": the infinitive after the topic belongs to what was called for
        parts += [c for c in cue.children
                  if syntax.functions_as(c, syntax.ADVERBIAL_CLAUSE | syntax.OPEN_COMPLEMENT) and parts and
                  c.i > parts[0].i and any(m.lower_ == "to" for m in c.children)]
    parts = [p for p in parts if not (speaker.start <= p.i < speaker.end)]
    if not parts:
        return None
    start = min(p.left_edge.i for p in parts)
    end = max(p.right_edge.i for p in parts) + 1
    if len(parts) > 1 or hard_end is None:
        hard_end = len(doc)
    # "said talks failed, adding that …": another report after a comma is not part of this one
    second_report = next((_comma_before(doc, t) for t in doc[start + 1:end] if t.tag_ == "VBG" and is_cue(t) and
                          _comma_before(doc, t) is not None), None)
    end = end if second_report is None else second_report
    hard_end = min(hard_end, second_report or len(doc), before_coordinated_report(doc, cue, start, end),
                   before_trailing_relative_report(doc, cue, start, end))
    end = min(end, hard_end)
    if speaker.start > cue.i:
        end = min(end, speaker.start)  # "Describing X as Y, Obama …": the content stops before its speaker
    clause_end = reported_clause_end(doc, cue, start, end) if start > cue.i and (all(
        syntax.functions_as(p, syntax.CLAUSAL_COMPLEMENT | syntax.MISLABELLED_COMPLEMENT) for p in parts) or
        right_after_verb(doc, cue, start)) else end
    while end > start and (doc[end - 1].is_space or doc[end - 1].text in SEPARATORS):
        end -= 1
    while start < end and ((doc[start].is_punct and not doc[start].is_quote) or
                           syntax.functions_as(doc[start], syntax.CASE_MARKER) or
                           (syntax.functions_as(doc[start], syntax.MARKER) and
                            doc[start].lower_ in {"that", *ANY_TOPIC_PREPOSITION}) or
                           # the complementiser the parser mislabelled ("wrote … [that] he had resigned")
                           (doc[start].lower_ == "that" and (doc[start].pos_ == "SCONJ" or doc[start].tag_ in
                                                             ("IN", "WDT")) and start + 1 < end) or
                           (start > cue.i and is_time(doc[start]) and modifies_the_report(doc[start], cue))):
        start += 1  # "admitted [Thursday night] that …": when it was said, not what
    if start >= end:
        return None
    content = doc[start:end]
    if any(a <= content.start_char and content.end_char <= b for q in direct for a, b in q.parts):
        return None  # the complement is a direct quotation already attributed
    if speaker.start > cue.i:
        clause_end = min(clause_end, speaker.start)
    content = trimmed(doc, start, min(max(end, clause_end), hard_end)) or content
    if content.start <= cue.i < content.end and speaker.end <= cue.i:
        # "an order that the rights group said could breach …": never the attribution inside what was said
        content = trimmed(doc, cue.i + 1, content.end)
        if content is None:
            return None
    # "a resolution which condemns …" speaks; "an order that the group said …" is what the group spoke about
    document = syntax.functions_as(cue, syntax.RELATIVE_CLAUSE | syntax.ADNOMINAL_CLAUSE) and \
        cue.head.lemma_.lower() in DOCUMENT_NOUNS and not _another_speaker(speaker, cue)
    return Quote("indirect", content.start_char, content.end_char, speaker=speaker, cue=cue, document=document,
                 layout=layout)


def _addressed_on(cue: Token, parts: list[Token]) -> list[Token]:
    """"called on [the airlines] to cancel flights", "prevailed on [X] to …": the one addressed opens what was
    said when the verb's only complement is an infinitive (a small parser hangs both on the verb)."""
    if not parts or not all(syntax.is_to_infinitive(p) for p in parts):
        return []
    return [noun for prep, noun in syntax.prepositional_objects(cue)
            if prep is not None and prep.lower_ == "on" and cue.i < noun.i < parts[0].i][:1]


def _another_speaker(speaker: Span, cue: Token) -> bool:
    """The subject of a relative clause on a document noun is a noun phrase of its own, not the relative
    pronoun or the document itself: "an order [that] [the group] said …"."""
    root = speaker.root
    return root.i != cue.head.i and root.pos_ in ("NOUN", "PROPN") and root.tag_ not in ("WDT", "WP")


def _comma_before(doc: Doc, participle: Token) -> int | None:
    """Where a second report joined by a comma starts: ", saying …" (the comma) or ", with the union replying
    …" (the comma before "with"); None when no such comma comes within four words."""
    if doc[participle.i - 1].text == ",":
        return participle.i - 1
    for i in range(participle.i - 1, max(participle.i - 5, 0), -1):
        if doc[i].lower_ == "with" and doc[i - 1].text == ",":
            return i - 1
    return None


def _passive_report(doc: Doc, cue: Token) -> Quote | None:
    """"The plan was criticized by the union": with a verb whose object is what was said, the by-agent speaks
    and the passive subject is what it said something about."""
    if cue.tag_ != "VBN" or verb_lemma(cue) not in object_reporting_verbs():
        return None
    subjects = [s for s in syntax.subjects(cue, passive=True) if s.pos_ != "PRON" and s.tag_ not in ("WDT", "WP")]
    agents = [a for a in syntax.passive_agents(cue) if _can_speak(a)]  # not "attacked by rioters"
    if not subjects or not agents:
        return None
    content = trimmed(doc, subjects[0].left_edge.i, subjects[0].right_edge.i + 1)
    speaker = speaker_phrase(agents[0])
    # "praised by his coach [for his work rate]": the agent's phrase ends before any preposition but "of"
    cut = next((t.i for t in speaker if t.i > agents[0].i and t.pos_ == "ADP" and t.lower_ != "of"), speaker.end)
    if content is None or cut <= speaker.start:
        return None
    return Quote("indirect", content.start_char, content.end_char, speaker=doc[speaker.start:cut], cue=cue,
                 layout="passive with agent")


def _unattributed_passive(doc: Doc, cue: Token) -> Quote | None:
    """"The veto is expected to come on Friday", "Two officials were accused of fraud": a passive report
    without an agent states something whose source the text does not name. What was said is the subject
    together with the complement (two pieces), and there is no speaker."""
    if cue.tag_ != "VBN" or syntax.passive_agents(cue):
        return None
    subjects = [s for s in syntax.subjects(cue, passive=True) if s.tag_ not in ("WDT", "WP")]
    clauses = syntax.clausal_complements(cue)
    topic = [] if clauses else topic_of(cue)
    if fronted_participle(cue) and (clauses or topic):
        return _unattributed_complement(doc, cue, clauses or topic)  # "Asked about the vote, …"
    # a topic ("accused [of] fraud") only about someone who can be accused: a person, a group, an institution
    if not subjects or not (clauses or (topic and _can_speak(subjects[0]))) or subjects[0].i > cue.i:
        return None
    subject = trimmed(doc, subjects[0].left_edge.i, subjects[0].right_edge.i + 1)
    said = _complement_words(doc, cue, clauses or topic)
    if subject is None or said is None:
        return None
    return Quote("indirect", subject.start_char, said.end_char, cue=cue, layout="agentless passive",
                 pieces=[(subject.start_char, subject.end_char), (said.start_char, said.end_char)])


def _unattributed_complement(doc: Doc, cue: Token, complement: list[Token]) -> Quote | None:
    said = _complement_words(doc, cue, complement)
    return None if said is None else Quote("indirect", said.start_char, said.end_char, cue=cue,
                                           layout="agentless passive")


def _complement_words(doc: Doc, cue: Token, complement: list[Token]) -> Span | None:
    """The words of a speakerless report's complement after the verb, without its preposition ("accused
    [of] fraud"); "expected [to] come" keeps its "to" (news style quotes it so)."""
    said = trimmed(doc, min(p.left_edge.i for p in complement), max(p.right_edge.i for p in complement) + 1)
    while said is not None and syntax.functions_as(said[0], syntax.CASE_MARKER | syntax.MARKER) and \
            said[0].lower_ != "to":
        said = trimmed(doc, said.start + 1, said.end)
    return None if said is None or said.start <= cue.i else said


_NON_PERSONAL_PRONOUNS = word_list("non_personal_pronouns")  # "it", "which": never someone who speaks


def _can_speak(token: Token) -> bool:
    """Can the word stand for someone who says or is accused of something: a personal pronoun, a person,
    organisation, group or place name, or a noun for a person or an organisation ("the minister")?"""
    if token.pos_ == "PRON":
        return token.lower_ not in _NON_PERSONAL_PRONOUNS
    if token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    return any(descriptors().get(word) in ("PERSON", "ORG") for word in (token.lemma_.lower(), token.lower_))


def _clause_after_that_object(doc: Doc, cue: Token) -> Span | None:
    """"argued that since he is not a candidate, he should not …" with "that" parsed as the verb's object and
    the clause hung elsewhere: the clause after "that" runs on to where a reported clause ends."""
    if cue.i + 2 >= len(doc):
        return None
    that, first = doc[cue.i + 1], doc[cue.i + 2]
    if that.lower_ != "that" or that.head.i != cue.i or not syntax.functions_as(that, syntax.DIRECT_OBJECT) or \
            list(that.children) or first.pos_ not in CLAUSE_OPENERS:
        return None
    return trimmed(doc, first.i, reported_clause_end(doc, cue, first.i, first.i + 1))


def _clause_of_setting(cue: Token) -> list[Token]:
    """"said in a statement / in an interview / in an email that …": a "that" clause the parser attached to
    the setting noun instead of the verb is what was said."""
    settings = [t for t in cue.rights if t.pos_ == "NOUN"]
    settings += [o for p in cue.rights if syntax.functions_as(p, syntax.CLEAR_PREP)  # ClearNLP
                 for o in p.children if syntax.functions_as(o, syntax.CLEAR_NOUN_OBJECT)]
    for setting in settings:
        if setting.lower_ not in REPORT_SETTINGS:
            continue
        for clause in setting.subtree:  # "in an interview with a local radio station that …"
            if syntax.functions_as(clause, _CLAUSE_ON_A_NOUN) and clause.i > setting.i and \
                    clause.left_edge.lower_ == "that" and (
                        syntax.functions_as(clause.left_edge, syntax.MARKER) or
                        any(syntax.functions_as(c, syntax.SUBJECT) for c in clause.children)):
                return [clause]  # not "a station that broadcasts news": the clause has a subject of its own
    return []


# A clause the parser hung on a noun: "in a statement [that …]".
_CLAUSE_ON_A_NOUN = syntax.ADNOMINAL_CLAUSE | syntax.CLOSED_COMPLEMENT | syntax.RELATIVE_CLAUSE
_ANONYMITY = re.compile(r"\bnot to be (?:named|identified|quoted)\b|\banonym", re.IGNORECASE)


# What a verb of speech takes in another sense: "claimed benefits", "the fire claimed three lives",
# "conceded a goal" (verb -> its objects in that sense).
_TAKEN_OBJECTS = {verb: frozenset(noun for noun, v in word_map("taken_objects").items() if v == verb)
                  for verb in sorted(set(word_map("taken_objects").values()))}
# Verbs of questioning ("police questioned the captain"), and verbs with which a source asks not to be named.
_QUESTIONING_VERBS = word_list("questioning_verbs")
_ANONYMITY_VERBS = word_list("anonymity_verbs")


def _says_nothing(cue: Token) -> bool:
    """A request not to be named ("who asked not to be identified"); a verb of speech in another sense
    ("claimed benefits", "conceded a goal"); a person questioned ("police questioned the captain"): the verb
    reports no statement. (A refusal to comment does: PolNeAR attributes "declined to comment".)"""
    lemma = verb_lemma(cue)
    complements = [c for c in cue.children if syntax.functions_as(c, syntax.CLAUSAL_COMPLEMENT | syntax.DIRECT_OBJECT)]
    objects = [c for c in complements if syntax.functions_as(c, syntax.DIRECT_OBJECT)]
    if any(o.lemma_.lower() in _TAKEN_OBJECTS.get(lemma or "", ()) for o in objects):
        return True
    if lemma in _QUESTIONING_VERBS and objects and _can_speak(objects[0]) and \
            not any(syntax.functions_as(c, syntax.CLAUSAL_COMPLEMENT) for c in cue.children):
        return True
    return lemma in _ANONYMITY_VERBS and any(
        _ANONYMITY.search(" ".join(t.text for t in c.subtree)) for c in [*complements, *cue.children])


def _comparison_participle(cue: Token) -> bool:
    """"less than forecast in May", "as expected": a participle after "than" or "as" compares with what was
    said; it reports nothing itself."""
    return cue.i > 0 and cue.tag_ in ("VBN", "VBD") and cue.doc[cue.i - 1].lower_ in ("than", "as")


# What may follow the object of a verb like "praise", "call" or "urge" and still be part of what was said:
# "urged [the world body] [to end ...]", "called [the plan] [a ploy]", "blasted [the media] [for lying]",
# "described [it] [as a disaster]".
OBJECT_COMPLEMENT_DEPS = syntax.CLAUSAL_COMPLEMENT | syntax.OBJECT_PREDICATE | syntax.ADVERBIAL_CLAUSE | \
    syntax.ADJECTIVAL_COMPLEMENT | syntax.DIRECT_OBJECT
OBJECT_COMPLEMENT_PREPOSITIONS = word_list("object_complement_prepositions")


def _object_complements(cue: Token, first_object: Token) -> list[Token]:
    """Dependents of ``cue`` after its object that complete what was said, up to a comma or a coordination."""
    found = []
    doc = cue.doc
    for child in sorted((c for c in cue.rights if c.i > first_object.i), key=lambda c: c.i):
        if syntax.functions_as(child, syntax.CONJUNCT | syntax.PARATAXIS | syntax.COORDINATOR) or \
                (child.is_punct and child.text in ",;:—–"):
            break
        if any(t.text in ",;:—–" for t in doc[first_object.right_edge.i + 1:child.left_edge.i + 1]):
            break  # "condemned X, saying ...": what follows a comma is said separately
        marker = next((m.lower_ for m in child.children
                       if syntax.functions_as(m, syntax.CASE_MARKER | syntax.MARKER) and m.i < child.i), None)
        if syntax.functions_as(child, OBJECT_COMPLEMENT_DEPS) or marker in OBJECT_COMPLEMENT_PREPOSITIONS or (
                syntax.functions_as(child, syntax.CLEAR_PREP) and child.lower_ in OBJECT_COMPLEMENT_PREPOSITIONS):
            found.append(child)
    return found
