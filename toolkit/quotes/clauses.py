"""Where a reported clause ends: before another report and its speaker, before when and where it was said
("on Tuesday in a statement"), before a coordinated or relative report of its own; what a verb's topic is."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..lang import syntax
from ..lang.lexicon import (
    topic_prepositions,
    word_list,
)
from ..lang.spans import SEPARATORS
from .model import DOCUMENT_NOUNS
from .text import is_cue, is_time, verb_lemma

__all__ = ["ANY_TOPIC_PREPOSITION", "CLAUSE_OPENERS", "REPORT_SETTINGS", "TOPIC_PREPOSITIONS",
           "before_coordinated_report", "before_trailing_relative_report", "modifies_the_report", "object_end",
           "reported_clause_end", "right_after_verb", "topic_of"]

#: The most words of dates and settings ("on Tuesday in a statement to the press") that can follow an object.
_LONGEST_SETTINGS = 40


def object_end(doc: Doc, obj: Token) -> int | None:
    """Where what was said ends when it is the verb's object: before the dates and settings the parser hung
    on the noun when nothing else of the sentence follows them ("condemned [the attack] on Tuesday in a
    statement.")."""
    last = obj.right_edge.i + 1
    sentence_end = obj.sent.end
    if sentence_end - last > _LONGEST_SETTINGS:
        return None  # that much after the object is never only settings; scanning it per verb is quadratic
    settings = [t for t in doc[obj.i + 1:last] if t.pos_ == "ADP" and _introduces_setting(t) and
                _attachment(t).pos_ in ("NOUN", "PROPN", "PRON")]  # not "which filed … in April"
    settings += [t for t in doc[last:sentence_end] if t.pos_ == "ADP" and _introduces_setting(t)]
    covered = {i for t in settings for i in _setting_words(t)}
    for token in settings:  # the first setting after which nothing but settings follows
        if token.i < last and all(i in covered or doc[i].is_punct or doc[i].is_space
                                  for i in range(token.i, sentence_end)):
            return token.i
    return None


def _attachment(adposition: Token) -> Token:
    """The word a prepositional phrase modifies (in UD the preposition hangs on its noun, in ClearNLP on the
    modified word)."""
    return adposition.head.head if syntax.functions_as(adposition, syntax.CASE_MARKER) else adposition.head


def _setting_words(adposition: Token) -> range:
    """The token indexes of a prepositional phrase: the preposition and its noun phrase."""
    phrase = adposition.head if syntax.functions_as(adposition, syntax.CASE_MARKER) else adposition
    return range(min(adposition.i, phrase.left_edge.i), phrase.right_edge.i + 1)


def _introduces_setting(adposition: Token) -> bool:
    """Does this preposition introduce a date or a setting ("on Tuesday", "in a statement")? ClearNLP: the
    preposition heads its noun; UD: the noun heads its preposition ("case")."""
    nouns = [adposition.head] if syntax.functions_as(adposition, syntax.CASE_MARKER) else \
        [o for o in adposition.children if syntax.functions_as(o, syntax.CLEAR_PREP_OBJECT)]
    return any(is_time(n) or n.lower_ in REPORT_SETTINGS for n in nouns)


_RELATIVE_PRONOUN_TAGS = frozenset({"WDT", "WP", "WP$"})


def before_trailing_relative_report(doc: Doc, cue: Token, start: int, end: int) -> int:
    """"plans to vote on [the motion] that would condemn X “for …”", "praised [the firefighters], whom he
    thanked …": a relative clause at the end of what was said in which a document speaks, or, set off by a
    comma, someone other than its noun, is a statement of its own, not part of this one. Where the content
    must end (the Doc's length when no such clause ends it)."""
    for token in doc[start + 1:end]:
        if syntax.functions_as(token, syntax.RELATIVE_CLAUSE) and token.i != cue.i and is_cue(token) and \
                start <= token.head.i < token.left_edge.i and token.right_edge.i + 1 >= end and \
                (token.head.lemma_.lower() in DOCUMENT_NOUNS or (doc[token.left_edge.i - 1].text == "," and any(
                    s.tag_ not in _RELATIVE_PRONOUN_TAGS for s in syntax.children(token, syntax.SUBJECT)))):
            cut = token.left_edge.i
            while cut > start and doc[cut - 1].text in SEPARATORS:
                cut -= 1
            return cut
    return len(doc)


def before_coordinated_report(doc: Doc, cue: Token, start: int, end: int) -> int:
    """"said the roads were closed, and when pressed, the engineer replied …": a report with a subject of its
    own, joined to the reported clause by a conjunction, is a statement of its own, not part of this one.
    Where the content must end (the Doc's length when no such report follows)."""
    for token in doc[start + 1:end]:
        if syntax.functions_as(token, syntax.CONJUNCT) and token.i != cue.i and is_cue(token) and \
                syntax.children(token, syntax.ACTIVE_SUBJECT):
            cut = token.left_edge.i
            while cut > start and (doc[cut - 1].text in SEPARATORS or
                                   syntax.functions_as(doc[cut - 1], syntax.COORDINATOR)):
                cut -= 1
            if cut > start:
                return cut
    return len(doc)


CLAUSE_OPENERS = frozenset({"PRON", "PROPN", "NOUN", "DET", "SCONJ", "ADV", "NUM", "ADJ"})


# Words after a comma that start something other than the reported clause: "…, saying …", "…, according to".
_CLAUSE_BREAKERS = word_list("clause_breakers")


# Where and through what something is said: "said … in a statement", "told … at a rally", "said … on Twitter".
# (A small parser also hangs real content on the verb, "a list of endorsements | from 95 generals", so only
# these settings and dates end a reported clause.)
REPORT_SETTINGS = word_list("report_settings")


def modifies_the_report(token: Token, cue: Token) -> bool:
    """Is ``token`` a date, or the start of a setting ("in a statement", "at a rally"), that the parser
    attached to the reporting verb?"""
    node = token
    while node.head.i != node.i and node.head.i != cue.i:
        node = node.head
    if node.head.i != cue.i or node.i == cue.i:
        return False
    if node.pos_ == "ADP" and syntax.functions_as(node, syntax.CLEAR_PREPOSITION):  # ClearNLP: "on" heads "Tuesday"
        return _introduces_setting(node)
    return is_time(node) or (node.lower_ in REPORT_SETTINGS and
                              any(syntax.functions_as(c, syntax.CASE_MARKER | syntax.CLEAR_PREP) or c.pos_ == "ADP"
                                  for c in node.children))


def right_after_verb(doc: Doc, cue: Token, start: int) -> bool:
    """Does the content open right after the verb ("said [officers encountered …]")?"""
    return all(t.is_space or t.is_punct for t in doc[cue.i + 1:start])


_DASH_TOKENS = ("—", "–", "--")


def reported_clause_end(doc: Doc, cue: Token, start: int, end: int) -> int:
    """Where a reported clause after its verb ends: a small parser often hangs its last words on the
    reporting verb ("said it would be “improper” | for him to speak on …"), so the clause runs on to the
    end of the sentence, unless a semicolon, a colon, another reporting verb or ", saying …" comes first."""
    # "Officials who said X | have been fired"
    subject_clause = syntax.functions_as(cue, syntax.RELATIVE_CLAUSE) and \
        syntax.functions_as(cue.head, syntax.SUBJECT) and cue.head.head.i > cue.i
    fronted_clause = cue.head.i > cue.i and any(
        syntax.functions_as(c, syntax.MARKER) and c.pos_ == "SCONJ" and c.lower_ != "that"
        for c in cue.children)  # "If X says Y, | the troops will …"
    if subject_clause or fronted_clause:
        return end  # the rest of the sentence belongs to the main clause
    limit = cue.sent.end
    while end < limit:
        token = doc[end]
        if token.text in _DASH_TOKENS:
            # "the bill — which passed last week — would hurt farmers": a pair of dashes sets off an aside
            if sum(t.text == token.text for t in doc[start:end]) % 2:
                end += 1
                continue
            closing = next((t.i for t in doc[end + 1:limit] if t.text == token.text), None)
            if closing is not None:
                end = closing + 1
                continue
        if token.is_space or token.text in (";", ":", *_DASH_TOKENS):
            break
        if is_cue(token) and token.i != cue.i and not syntax.is_to_infinitive(token) and \
                not any(s.left_edge.i <= start for s in syntax.children(token, syntax.SUBJECT)):
            # another report ("to comment" is part of this one; "said [people] reported X": the reported
            # clause's own verb, its subject opening the content), and its speaker with it ("…, the mayor said")
            end = min([end, *(s.left_edge.i for s in syntax.children(token, syntax.SUBJECT)
                              if start < s.left_edge.i < token.i)])
            break
        if modifies_the_report(token, cue):
            break  # "condemned the attack | on Tuesday in a statement": when and how it was said
        following = doc[end + 1] if end + 1 < limit else None
        if token.text == "," and following is not None and (following.tag_ in ("VBG", "WDT", "WP", "WP$", "WRB")
                                                            or following.lower_ in _CLAUSE_BREAKERS) and \
                not _shares_the_subject(doc, end + 1, limit):
            break
        end += 1
    return end


_COORDINATORS = word_list("coordinating_conjunctions")


def _shares_the_subject(doc: Doc, conjunction: int, limit: int) -> bool:
    """", but could not bear to …": a verb right after "and", "but" or "or" (an adverb may come first) has no
    subject of its own, so it continues the reported clause."""
    if doc[conjunction].lower_ not in _COORDINATORS:
        return False
    following = next((t for t in doc[conjunction + 1:limit] if t.pos_ != "ADV" or t.tag_ == "WRB"), None)
    # "…, but declined to comment", "…, and added that …": another report, not more of this one
    return following is not None and following.pos_ in ("AUX", "VERB") and following.tag_ != "VBG" and \
        not is_cue(following)


# Prepositions that introduce what a statement is about: "complained about X", "accused her of X", "spoke out
# on X"; a verb may add its own ("called for X", "warned against X": the ``topics`` column of
# ``reporting_verbs.csv``), since "spoke for five minutes" says nothing.
TOPIC_PREPOSITIONS = word_list("topic_prepositions")
# Any preposition that introduces a topic for some verb (for the test "does this verb say something of its own").
ANY_TOPIC_PREPOSITION = TOPIC_PREPOSITIONS.union(*topic_prepositions().values())


def topic_of(cue: Token) -> list[Token]:
    """The prepositional object that carries a statement's content when the verb has no clause or object
    of its own ("called for the repeal", "complained about his microphone")."""
    allowed = TOPIC_PREPOSITIONS | topic_prepositions().get(verb_lemma(cue) or cue.lemma_.lower(), frozenset())
    for prep, noun in syntax.prepositional_objects(cue):
        if prep is None or prep.lower_ not in allowed or noun.ent_type_ in ("DATE", "TIME"):
            continue
        return [noun]
    # UD parses "called for [reducing the rate]" as a gerund clause marked by the preposition
    for clause in cue.children:
        if clause.i > cue.i and clause.tag_ == "VBG" and \
                syntax.functions_as(clause, syntax.ADVERBIAL_CLAUSE | syntax.CLAUSAL_COMPLEMENT) and \
                any(syntax.functions_as(m, syntax.MARKER | syntax.CASE_MARKER) and m.lower_ in allowed
                    for m in clause.children):
            return [clause]
    return []
