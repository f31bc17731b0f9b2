"""Who speaks: the subject of a reporting verb, with the parser's usual slips mended (a participle
opening the sentence, a noun read as a modifier), and the noun phrase a relative pronoun stands for."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..lang import syntax
from ..lang.lexicon import word_list
from ..lang.spans import trimmed
from .text import is_cue, is_time

__all__ = ["RELATIVE_PRONOUNS", "antecedent", "document_labels", "fronted_participle", "speaker_of", "speaker_phrase"]


def speaker_phrase(token: Token) -> Span:
    """A speaker's noun phrase: the token's subtree, cut at a clause or a comma after it."""
    doc = token.doc
    # a noun that is the predicate of a copula ("It was [a report] that said …") keeps only its own words
    start = min([token.i, *(c.left_edge.i for c in token.lefts if not syntax.functions_as(c, _CLAUSE_PARTS))])
    end = token.i + 1
    for child in token.rights:
        if syntax.functions_as(child, _NAME_AND_TITLE):
            end = max(end, child.right_edge.i + 1)
        elif syntax.functions_as(child, syntax.CLEAR_PREP) and child.lower_ in _AFFILIATING and child.i == end and any(
                g.ent_type_ in ("ORG", "GPE", "NORP") for g in child.children):
            end = max(end, child.right_edge.i + 1)  # "analysts at Ribeira Capital": the parse's "prep" (ClearNLP)
        elif syntax.functions_as(child, syntax.APPOSITION) and child.left_edge.i == end and child.pos_ == "PROPN" and \
                all(t.pos_ == "PROPN" for t in doc[end:child.i + 1]):
            # "Sen. Mary Olsen", "the club's lawyer Tom Reed": a title with the name in apposition (no comma)
            end = max([child.i + 1, *(c.i + 1 for c in child.rights
                                      if syntax.functions_as(c, syntax.FLAT | syntax.NOUN_COMPOUND))])
        else:
            break
    end = _through_coordinated_titles(token, end)
    # a quotation mark between the left edge and the noun closes a quotation the parser hung on it
    start = max([start, *(t.i + 1 for t in doc[start:token.i] if t.is_quote and t.tag_ != "POS")])  # not farmers'
    while start < token.i and (doc[start].is_punct or
                               syntax.functions_as(doc[start], syntax.CASE_MARKER | syntax.MARKER) or
                               doc[start].pos_ in ("ADP", "SCONJ") or doc[start].tag_ == "WRB"):
        start += 1  # "[when] German magazine Die Woche cited …"
    return doc[start:end]


# What a speaker's noun phrase runs on over: name parts, a title, an "of" phrase (UD: nmod with case).
_NAME_AND_TITLE = syntax.COMPOUND | syntax.TITLE | syntax.FLAT | syntax.NOMINAL_MODIFIER | syntax.CASE_MARKER
# Prepositions that tie a speaker to an organisation ("officials at X", "a spokeswoman for X").
_AFFILIATING = word_list("affiliating_prepositions")


# What may stand between titles joined by "and" before a name: "founder [and chief] executive".
_TITLE_COORDINATION = syntax.COORDINATOR | syntax.CONJUNCT | syntax.ADJECTIVAL | syntax.NOUN_COMPOUND


def _through_coordinated_titles(token: Token, end: int) -> int:
    """"Atlas Freight founder and chief executive Imogen Tully": titles joined by "and" before the name in
    apposition; the phrase runs on to the name."""
    doc = token.doc
    for child in token.rights:
        between = doc[end:child.left_edge.i]
        if syntax.functions_as(child, syntax.APPOSITION) and child.ent_type_ == "PERSON" and child.i > end and \
                all(syntax.functions_as(t, _TITLE_COORDINATION) and not t.is_punct for t in between):
            return max(end, child.right_edge.i + 1)
    return end


# Conjunctions that open a clause without a subject of its own: "when asked", "if pressed", "once questioned".
_REDUCED_CLAUSE_OPENERS = word_list("reduced_clause_openers")


def fronted_participle(cue: Token) -> bool:
    """A past participle ahead of its main clause, without a subject of its own: "Asked about X, she said …",
    "When asked about X, she said …", "The mayor, when asked about X, said …" — the one asked, not the asker."""
    before = cue.doc[cue.i - 1] if cue.i > cue.sent.start else None
    if before is not None and before.lower_ == "being" and before.i > cue.sent.start:
        before = cue.doc[before.i - 1]  # "after being asked"
    if before is not None and before.lower_ in _REDUCED_CLAUSE_OPENERS and \
            (before.head.i == cue.i or cue.head.i == before.i) and cue.tag_ in ("VBN", "VBD"):
        return True  # "when asked", "after being asked" misread with the main clause's subject as its own
    if cue.tag_ != "VBN" or not syntax.functions_as(cue, syntax.ADVERBIAL_CLAUSE | syntax.CLAUSAL_COMPLEMENT) or \
            cue.i > cue.head.i or syntax.subjects(cue):
        return False
    main_subject = {t.i for s in syntax.subjects(cue.head) if s.i < cue.i for t in s.subtree}
    return all(t.is_punct or t.is_space or t.head.i == cue.i or t.i in main_subject
               for t in cue.doc[cue.sent.start:cue.i])


_CLAUSE_PARTS = syntax.SUBJECT | syntax.COPULA | syntax.AUXILIARY | syntax.EXPLETIVE | syntax.MARKER


def speaker_of(cue: Token) -> Span | None:
    """The subject of a reporting verb; for a verb modifying a noun, that noun ("a resolution condemning
    X", "officials saying ..."); for "…, saying …" and other subjectless verbs, the subject of the nearest
    verb above it ("Norvia has voiced …, saying …" -> Norvia)."""
    if syntax.functions_as(cue, syntax.RELATIVE_CLAUSE | syntax.ADNOMINAL_CLAUSE) and \
            cue.head.pos_ in ("NOUN", "PROPN") and \
            not syntax.subjects(cue, passive=False):
        # "a resolution condemning X" speaks; "a group called Y" is only named
        # (unless the noun is the root: then the "participle" is the sentence's own misparsed main verb)
        return speaker_phrase(cue.head) if cue.tag_ != "VBN" or syntax.is_root(cue.head) else None
    if fronted_participle(cue):
        return None  # "Asked about the vote, the mayor replied …": the mayor was asked; the asker is unnamed
    misread = _noun_read_as_modifier(cue) or _phrase_right_before(cue)
    if misread is not None:
        return misread
    head = cue.head
    if cue.tag_ == "VBG" and head.i != cue.i and syntax.functions_as(head, syntax.CLAUSAL_COMPLEMENT) and \
            is_cue(head.head):
        return speaker_of(head.head)  # "She said talks failed, adding …": the parser hung "adding" on "failed"
    current = cue
    for _ in range(len(cue.doc)):
        subjects = [_participle_subject(s) for s in syntax.subjects(current, passive=False)
                    if s.pos_ != "SCONJ" and not is_time(s)]
        subjects = [s for s in subjects if s is not None]
        if len(subjects) > 1 and all(s.i < current.i for s in subjects):
            # "Quillon Pharmaceuticals vice president Odile Marchand said", parsed with two subjects: the
            # person, else the one next to the verb; the organisation before is the person's affiliation
            subjects.sort(key=lambda s: (s.ent_type_ != "PERSON", current.i - s.i))
        if subjects:
            return speaker_phrase(subjects[0])
        taken = _subject_of_reduced_clause(current)
        if taken is not None:
            return speaker_phrase(taken)
        # a complement clause does not share its verb's subject, nor a parenthetical ("…, believe me")
        if current.head.i == current.i or syntax.functions_as(current, _OWN_SUBJECT_CLAUSES) or \
                syntax.infinitive_after_finite(current):
            return None
        controllers = [o for o in syntax.direct_objects(current.head) if o.i < current.i]
        if controllers and syntax.is_to_infinitive(current):
            return speaker_phrase(controllers[0])  # "urged [the board] to propose ...": the object does the proposing
        current = current.head
    return None


_OWN_SUBJECT_CLAUSES = syntax.CLOSED_COMPLEMENT | syntax.PARATAXIS


def _subject_of_reduced_clause(verb: Token) -> Token | None:
    """"The mayor, when asked about X, said …" parsed with "the mayor" as the subject of "asked": the subject
    of a reduced clause ahead of the verb is the verb's own."""
    for clause in verb.children:
        if clause.i < verb.i and fronted_participle(clause):
            subjects = [s for s in syntax.subjects(clause) if s.i < clause.i]
            if subjects:
                return subjects[0]
    return None


def _participle_subject(subject: Token) -> Token | None:
    """"Citing a theory, Trump accused …" parsed with the participle as a clausal subject and the name as its
    apposition: the name is the subject. Any other clausal subject ("Saying so was wrong") speaks for no one."""
    if subject.pos_ != "VERB" and not subject.tag_.startswith("VB"):
        return subject
    names = [c for c in subject.children
             if syntax.functions_as(c, syntax.APPOSITION) and c.pos_ in ("PROPN", "NOUN", "PRON")]
    return names[0] if names else None


def _noun_read_as_modifier(cue: Token) -> Span | None:
    """"A new poll shows that …" parsed as one noun phrase ("poll" a compound of the noun "shows"): with no
    subject, a finite verb whose left dependents end in a noun right before it has that phrase as subject."""
    if syntax.subjects(cue) or not is_cue(cue) or cue.i == 0:
        return None
    before = cue.doc[cue.i - 1]
    if before.head.i != cue.i or \
            not syntax.functions_as(before, syntax.COMPOUND | syntax.ADJECTIVAL | syntax.NOMINAL_MODIFIER) or \
            before.pos_ not in ("NOUN", "PROPN"):
        return None
    return trimmed(cue.doc, cue.left_edge.i, cue.i)


_NOUN_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "ADP"})


def _phrase_right_before(cue: Token) -> Span | None:
    """"…, the former secretary of state said …" with the noun phrase parsed as an apposition of an earlier
    name: a finite verb with no subject at all takes the noun phrase right before it."""
    if cue.tag_ not in ("VBD", "VBZ", "VBP") or syntax.subjects(cue) or cue.i == 0 or \
            not syntax.functions_as(cue, syntax.ROOT | syntax.PARATAXIS | syntax.CONJUNCT | syntax.CLOSED_COMPLEMENT):
        return None
    doc = cue.doc
    if doc[cue.i - 1].pos_ not in ("NOUN", "PROPN"):
        return None
    start = cue.i - 1
    while start > cue.sent.start and doc[start - 1].pos_ in _NOUN_PHRASE_POS and not doc[start - 1].is_punct:
        start -= 1
    phrase = trimmed(doc, start, cue.i)
    while phrase is not None and phrase[0].pos_ == "ADP":
        phrase = trimmed(doc, phrase.start + 1, cue.i)
    return phrase


RELATIVE_PRONOUNS = word_list("relative_pronouns")


def antecedent(speaker: Span) -> Span | None:
    """The noun phrase a relative-pronoun speaker stands for ("Jane Doe, who said …": "who" -> Jane Doe), so
    that the speaker keeps the text's own word and its actor is the person; None for any other speaker."""
    if len(speaker) != 1:
        return None
    pronoun = speaker[0]
    clause = pronoun.head
    # a small tagger also reads the relative "that" as IN or DT; its relative-clause label tells
    if pronoun.lower_ in RELATIVE_PRONOUNS and (pronoun.tag_ in ("WP", "WDT") or pronoun.lower_ == "that") and \
            syntax.functions_as(clause, syntax.RELATIVE_CLAUSE) and clause.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return speaker_phrase(clause.head)
    return None


#: Names of one legislative text as it moves through a vote ("the draft", "the resolution", "the motion").
_LEGISLATIVE_TEXTS = word_list("legislative_texts")
_DEFINITE = word_list("definite_determiners")


def document_labels(speakers: list[Span | None]) -> list[str | None]:
    """A source label for each document speaker (``None`` elsewhere), so that one text is one source and two
    texts are two.

    - A bare definite description ("the report", "the motion") refers back: to the last document with the same
      noun, else, for a legislative text whose noun is new to the text, to the last one named ("a draft
      resolution …; the motion …").
    - Any other document is a new one, labelled by its own words: "a US-drafted resolution" -> "the US-drafted
      resolution", "Resolution 2334" -> "Resolution 2334". A label already taken by another document is
      numbered ("the report (2)").
    """
    labels: list[str | None] = []
    known: list[tuple[str, str]] = []  # (noun, label) of the documents so far, in order
    for speaker in speakers:
        if speaker is None:
            labels.append(None)
            continue
        phrase = antecedent(speaker) or speaker
        noun = phrase.root.lemma_.lower()
        determined = syntax.functions_as(phrase[0], syntax.DETERMINER) and len(phrase) > 1
        words = _document_words(phrase[1:] if determined else phrase)
        earlier = [label for n, label in known if n == noun]
        if not earlier and noun in _LEGISLATIVE_TEXTS and not _named_before(phrase):
            earlier = [label for n, label in known if n in _LEGISLATIVE_TEXTS]
        if len(words) == 1 and phrase[0].lower_ in _DEFINITE and earlier:
            label = earlier[-1]
        else:
            text = phrase.doc[words[0].i:words[-1].i + 1].text
            text = f"the {text}" if determined else text
            label, taken, number = text, {label for _, label in known}, 2
            while label in taken:
                label, number = f"{text} ({number})", number + 1
        known.append((noun, label))
        labels.append(label)
    return labels


def _named_before(phrase: Span) -> bool:
    """The phrase's noun is used before it in the text ("tabled its own motion. The motion says …")."""
    noun = phrase.root.lemma_.lower()
    return any(t.lemma_.lower() == noun and t.pos_ == "NOUN" for t in phrase.doc[:phrase.start])


def _document_words(phrase: Span) -> list[Token]:
    """The phrase's words, with a number that names the document ("Resolution 2334")."""
    words = list(phrase)
    after = phrase.doc[phrase.end] if phrase.end < len(phrase.doc) else None
    if after is not None and after.like_num and after.head == phrase.root:
        words.append(after)
    return words
