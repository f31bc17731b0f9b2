"""Quotations and reported speech with their speakers: direct, mixed and indirect.

One small finder per layout, over a parsed Doc:

- **direct** quotations (paired by :mod:`toolkit.quotemarks`): the speaker is the subject of a reporting verb
  outside the quotation in the same sentence ("X said: “…”", "“…,” X said", "“…,” said X"), else after a
  dash ("“…” — X"), else a short "X said." sentence right after, else the speaker of a quotation right
  before; wording that the text gives to a document ("the motion that would condemn … “…”") belongs to the
  document, never to a person nearby;
- **indirect** speech: a reporting verb (``toolkit/resources/reporting_verbs.csv``) with a clausal
  complement or an object ("X said that …", "X vowed to …", "X urged Y to …", "X reaffirmed …", "…, saying
  …"), and "according to X, …";
- **mixed**: a statement of either kind that contains a few quoted words ("condemned “aggressive” attempts").

Each quote keeps exact character offsets of its speaker, cue and content. Unbalanced quotation marks never
raise; they are reported in ``problems``.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass, field
from typing import Literal

from spacy.tokens import Doc, Span, Token

from .lang import syntax
from .quotemarks import QuotedSpan, find_quoted_spans
from .resources import (
    descriptors,
    object_reporting_verbs,
    quotation_only_verbs,
    reporting_verbs,
    topic_prepositions,
    word_list,
)

#: Nouns whose wording can be quoted: quotations under them belong to the document, not to a person.
DOCUMENT_NOUNS = word_list("document_nouns")
# Quoted stretches this short inside a statement are words the writer marks, not a quotation of their own.
MAX_MIXED_WORDS = 4
_DASHES = "—–―-"  # em dash, en dash, horizontal bar, hyphen


#: A quotation in marks, a reported statement, or a reported statement with a few words quoted.
QuoteKind = Literal["direct", "indirect", "mixed"]


@dataclass
class Quote:
    """One attributed statement. Offsets index the Doc's text; ``content`` excludes quotation marks."""

    kind: QuoteKind
    content_start: int
    content_end: int
    speaker: Span | None = None
    cue: Token | None = None
    marks: str | None = None
    document: bool = False  # the speaker is a document ("the motion"), not a person or organisation
    quoted: list[QuotedSpan] = field(default_factory=list)
    pieces: list[tuple[int, int]] | None = None  # what was said around an attribution set inside it

    @property
    def parts(self) -> list[tuple[int, int]]:
        """The character ranges of what was said, without an attribution set inside it: each quoted part of
        a direct quotation in several parts ("“A,” she said. “B.”"), both sides of "A, she said, B";
        otherwise the whole content.

        >>> Quote("direct", 1, 20, quoted=[QuotedSpan(1, 3, 0, 3, '""'), QuotedSpan(13, 20, 12, 20, '""')]).parts
        [(1, 3), (13, 20)]
        """
        if self.pieces:
            return list(self.pieces)
        if self.kind == "direct" and len(self.quoted) > 1:
            return [(span.start, span.end) for span in self.quoted]
        return [(self.content_start, self.content_end)]


@dataclass
class Quotes:
    quotes: list[Quote] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def find_quotes(doc: Doc) -> Quotes:
    """All direct, mixed and indirect quotations of a parsed Doc, in text order."""
    marks = find_quoted_spans(_text(doc))
    result = Quotes(problems=list(marks.problems))
    if not doc.has_annotation("DEP"):
        return result
    cues = [t for t in doc if _is_cue(t)]
    long_spans = [s for s in marks.spans if not _names_a_work(doc, s) and (
                  _words(_text(doc)[s.start:s.end]) > MAX_MIXED_WORDS or _is_sentence(_text(doc)[s.start:s.end])
                  or _is_whole_complement(doc, s, cues) or _is_utterance(doc, s, cues))]
    short_spans = [s for s in marks.spans if s not in long_spans]
    direct = [q for q in (_direct_quote(doc, span, cues) for span in long_spans) if q is not None]
    _inherit_adjacent_speakers(doc, direct)
    used_cues = {q.cue.i for q in direct if q.cue is not None}
    indirect = [q for cue in cues if cue.i not in used_cues for q in [_indirect_quote(doc, cue, direct)] if q]
    indirect += _according_to(doc, direct)
    indirect += _attitudes(doc, direct + indirect)
    indirect += _speaker_colon(doc, direct + indirect)
    for quote in indirect:
        inner = [s for s in short_spans if quote.content_start <= s.close_at and s.open_at < quote.content_end]
        if inner:
            quote.kind, quote.quoted = "mixed", inner
            quote.marks = inner[0].marks
            last = inner[-1]
            if last.close_at >= quote.content_end and not _text(doc)[quote.content_end:last.close_at].strip(".,;:!? "):
                quote.content_end = last.close_end  # keep the closing mark of quoted words that end the statement
    indirect = [q for q in indirect if q.kind == "mixed" or _says_something(doc, q)]
    indirect = [q for q in indirect if not _inside_an_attributed_statement(q, direct + indirect)]
    _continue_statements(doc, direct + indirect)
    result.quotes = sorted(direct + indirect, key=lambda q: q.content_start)
    return result


def _inside_an_attributed_statement(quote: Quote, quotes: list[Quote]) -> bool:
    """"The company said the deal is expected to close": a speakerless report inside what someone said is
    part of that statement, not a statement of unknown origin."""
    if quote.speaker is not None or quote.cue is None:
        return False
    return any(other.speaker is not None and other.content_start <= quote.cue.idx < other.content_end
               for other in quotes if other is not quote)


def _text(doc: Doc) -> str:
    """The Doc's text, kept in ``doc.user_data`` (spaCy joins the tokens again on every ``doc.text``)."""
    text = doc.user_data.get("toolkit_text")
    length = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if not isinstance(text, str) or len(text) != length:
        text = doc.user_data["toolkit_text"] = doc.text
    return text


def _sentence_starts(doc: Doc) -> list[int]:
    """token index -> index of its sentence's first token, computed once per Doc (``Token.sent`` walks the
    sentence on every call, which is slow in a very long sentence)."""
    starts = doc.user_data.get("toolkit_sentence_starts")
    if not isinstance(starts, list) or len(starts) != len(doc):
        starts = [0] * len(doc)
        for sentence in doc.sents:
            starts[sentence.start:sentence.end] = [sentence.start] * len(sentence)
        doc.user_data["toolkit_sentence_starts"] = starts
    return starts


def _says_something(doc: Doc, quote: Quote) -> bool:
    """Reported content that is only a date ("on Thursday") or a lone adverb, verb or adjective ("basically",
    "stung") is a parse error, not a statement. A lone noun or pronoun can be one ("said as much", "what X
    said", "recommended prosecution")."""
    content = doc.char_span(quote.content_start, quote.content_end, alignment_mode="expand")
    if content is None:
        return True
    words = [t for t in content if not (t.is_punct or t.is_space)]
    if not words or all(_is_time(t) or t.pos_ == "ADP" for t in words):
        return False
    return len(words) > 1 or words[0].pos_ in ("NOUN", "PROPN", "PRON", "DET", "NUM")


def _words(text: str) -> int:
    return len(text.split())


def _is_sentence(text: str) -> bool:
    """A short quotation that is a sentence of its own ("“Ask anyone.”"), not a few quoted words."""
    text = text.strip()
    return len(text) > 1 and text[0].isupper() and text[-1] in ".!?"


def _is_utterance(doc: Doc, span: QuotedSpan, cues: list[Token]) -> bool:
    """A short quotation that opens with a capital, closes on a comma, "!" or "?" inside its marks and is
    followed by its attribution ("“Not yet,” she said"), or by a dash and a name, is something said, not a
    few words the writer marks."""
    inside = _text(doc)[span.start:span.end].strip()
    # a capital letter: words of the speaker's own, not a phrase the writer marks ("a “terrible situation,”")
    if not inside or not inside[0].isupper() or _is_title(inside):
        return False
    if _text(doc)[span.close_end:span.close_end + 3].lstrip()[:1] in tuple(_DASHES):
        return True  # "“Not yet” — Jane Doe"
    if inside[-1] not in ",!?":
        return False
    following = _text(doc)[span.close_end:span.close_end + 40]
    for cue in cues:
        gap = cue.idx - span.close_end
        if 0 <= gap <= 40 and not any(mark in following[:gap] for mark in ".!?\n\"“”"):
            return True
    return False


def _names_a_work(doc: Doc, span: QuotedSpan) -> bool:
    """Is the quoted text a title or a subheading rather than something said?"""
    return _is_name_of_work(_text(doc)[span.start:span.end]) or _title_inside_a_sentence(doc, span) or \
        _quoted_heading(doc, span)


def _is_name_of_work(text: str) -> bool:
    """A quoted title ("“The Morning Hour Show,”", "“Justice for Small Farmers Act”"):
    every word capitalised and no sentence-final mark, so not a quotation of its own."""
    return _is_title(text) and text.strip().rstrip("”’\"'")[-1:] not in (".", "!", "?")


def _title_inside_a_sentence(doc: Doc, span: QuotedSpan) -> bool:
    """"the host of Channel 4's “Morning Matters.”": a capitalised title right after a word of the sentence, with the
    sentence's own full stop inside the closing mark (American style), is a name, not a quotation."""
    text = _text(doc)
    before = text[:span.open_at].rstrip(" ")
    if not before or not before[-1].isalnum() or not _is_title(text[span.start:span.end]):
        return False
    word = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    # a name follows a possessive, a proper noun, a number, a determiner or a preposition ("NBC's “…”",
    # "his 1994 “…”", "a goal of “…”"); after a verb or its addressee ("told the crowd “…”") it is said
    return word is not None and word[-1].tag_ in ("POS", "NNP", "NNPS", "CD", "DT", "PRP$", "IN")


def _quoted_heading(doc: Doc, span: QuotedSpan) -> bool:
    """"'Roads Are Not the Problem.'" alone on its line, every word capitalised: a subheading that quotes a
    phrase from the story, not a quotation the text attributes there."""
    text = _text(doc)
    line_start = text.rfind("\n", 0, span.open_at) + 1
    line_end = text.find("\n", span.close_end)
    line_end = len(text) if line_end < 0 else line_end
    alone = not text[line_start:span.open_at].strip() and not text[span.close_end:line_end].strip(" .")
    return alone and _is_title(text[span.start:span.end]) and _content_words(text[span.start:span.end]) >= 3


def _content_words(text: str) -> int:
    """Words other than articles, short prepositions and conjunctions ("“No Way.”" has two)."""
    return sum(1 for w in text.split() if w.strip(".,!?:;").lower() not in _TITLE_SMALL_WORDS)


_TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by"})


def _is_title(text: str) -> bool:
    """Every word capitalised ("“The Morning Hour Show,”"): the title of a work, not an utterance."""
    words = [w.strip(".,!?:;") for w in text.split()]
    words = [w for w in words if w and w.lower() not in _TITLE_SMALL_WORDS]
    return len(words) >= 2 and all(w[0].isupper() for w in words)


def _is_whole_complement(doc: Doc, span: QuotedSpan, cues: list[Token]) -> bool:
    """A short quotation that is by itself what a verb reports ("“We lost,” she said") is a direct quote,
    not a few quoted words inside a statement."""
    content = doc.char_span(span.start, span.end, alignment_mode="contract")
    if content is None or not len(content):
        return False
    inside = {t.i for t in content}
    for cue in cues:
        for clause in syntax.clausal_complements(cue):
            if clause.i not in inside:
                continue
            words = {t.i for t in clause.subtree if not (t.is_punct or t.is_space)}
            if words <= inside:
                return True
    return False


def verb_lemma(token: Token) -> str | None:
    """The reporting-verb lemma of a token: its lemma, or its form with a regular ending removed (a small
    model's lemmatiser can miss: "condemned" -> "condemne")."""
    verbs = reporting_verbs()
    word = token.lower_
    for candidate in (token.lemma_.lower(), word, word.removesuffix("ed"), word.removesuffix("d"),
                      word.removesuffix("es"), word.removesuffix("s"), word.removesuffix("ing"),
                      word.removesuffix("ing") + "e", word.removesuffix("ied") + "y", word.removesuffix("ies") + "y"):
        if candidate in verbs:
            return candidate
    return None


def _is_cue(token: Token) -> bool:
    # a root "noun" with a clause of its own is a verb the tagger missed ("Video shows that …" as NNS)
    verbal = token.pos_ == "VERB" or token.tag_.startswith("VB") or (
        token.dep_ == "ROOT" and token.pos_ == "NOUN" and bool(syntax.children(token, syntax.CLAUSAL_COMPLEMENT)))
    return verbal and verb_lemma(token) is not None


def _phrase(token: Token) -> Span:
    """A speaker's noun phrase: the token's subtree, cut at a clause or a comma after it."""
    doc = token.doc
    # a noun that is the predicate of a copula ("It was [a report] that said …") keeps only its own words
    start = min([token.i, *(c.left_edge.i for c in token.lefts if c.dep_ not in _CLAUSE_PARTS)])
    end = token.i + 1
    for child in token.rights:
        if child.dep_ in syntax.COMPOUND | syntax.TITLE or child.dep_ in ("flat", "nmod", "case"):
            end = max(end, child.right_edge.i + 1)
        elif child.dep_ == "appos" and child.left_edge.i == end and child.pos_ == "PROPN" and \
                all(t.pos_ == "PROPN" for t in doc[end:child.i + 1]):
            # "Sen. Mary Olsen", "the club's lawyer Tom Reed": a title with the name in apposition (no comma)
            end = max([child.i + 1, *(c.i + 1 for c in child.rights if c.dep_ in ("flat", "compound"))])
        else:
            break
    # a quotation mark between the left edge and the noun closes a quotation the parser hung on it
    start = max([start, *(t.i + 1 for t in doc[start:token.i] if t.is_quote and t.tag_ != "POS")])  # not farmers'
    while start < token.i and (doc[start].is_punct or doc[start].dep_ in ("case", "mark") or
                               doc[start].pos_ in ("ADP", "SCONJ") or doc[start].tag_ == "WRB"):
        start += 1  # "[when] German magazine Die Woche cited …"
    return doc[start:end]


def _fronted_participle(cue: Token) -> bool:
    """A past participle opening its sentence ahead of the main clause ("Asked about X, she said …")."""
    return cue.tag_ == "VBN" and cue.dep_ in ("advcl", "ccomp", "xcomp") and cue.i < cue.head.i and \
        not syntax.subjects(cue) and all(t.is_punct or t.is_space for t in cue.doc[cue.sent.start:cue.i])


_CLAUSE_PARTS = syntax.SUBJECT | {"cop", "aux", "aux:pass", "auxpass", "expl", "mark"}


def speaker_of(cue: Token) -> Span | None:
    """The subject of a reporting verb; for a verb modifying a noun, that noun ("a resolution condemning
    X", "officials saying ..."); for "…, saying …" and other subjectless verbs, the subject of the nearest
    verb above it ("Iran has voiced …, saying …" -> Iran)."""
    if cue.dep_ in syntax.RELATIVE_CLAUSE | {"acl"} and cue.head.pos_ in ("NOUN", "PROPN") and \
            not syntax.subjects(cue, passive=False):
        # "a resolution condemning X" speaks; "a group called Y" is only named
        # (unless the noun is the root: then the "participle" is the sentence's own misparsed main verb)
        return _phrase(cue.head) if cue.tag_ != "VBN" or cue.head.dep_ == "ROOT" else None
    if _fronted_participle(cue):
        return None  # "Asked about the vote, the mayor replied …": the mayor was asked; the asker is unnamed
    misread = _noun_read_as_modifier(cue) or _phrase_right_before(cue)
    if misread is not None:
        return misread
    head = cue.head
    if cue.tag_ == "VBG" and head.i != cue.i and head.dep_ in syntax.CLAUSAL_COMPLEMENT and _is_cue(head.head):
        return speaker_of(head.head)  # "She said talks failed, adding …": the parser hung "adding" on "failed"
    current = cue
    for _ in range(len(cue.doc)):
        subjects = [_participle_subject(s) for s in syntax.subjects(current, passive=False)
                    if s.pos_ != "SCONJ" and not _is_time(s)]
        subjects = [s for s in subjects if s is not None]
        if subjects:
            return _phrase(subjects[0])
        # a complement clause does not share its verb's subject, nor a parenthetical ("…, believe me")
        if current.head.i == current.i or current.dep_ in _OWN_SUBJECT_CLAUSES or \
                syntax.infinitive_after_finite(current):
            return None
        controllers = [o for o in syntax.direct_objects(current.head) if o.i < current.i]
        if controllers and syntax.is_to_infinitive(current):
            return _phrase(controllers[0])  # "urged [the board] to propose ...": the object does the proposing
        current = current.head
    return None


_OWN_SUBJECT_CLAUSES = syntax.CLAUSAL_COMPLEMENT - {"xcomp"} | {"ccomp"} | syntax.PARATAXIS


def _participle_subject(subject: Token) -> Token | None:
    """"Citing a theory, Trump accused …" parsed with the participle as a clausal subject and the name as its
    apposition: the name is the subject. Any other clausal subject ("Saying so was wrong") speaks for no one."""
    if subject.pos_ != "VERB" and not subject.tag_.startswith("VB"):
        return subject
    names = [c for c in subject.children if c.dep_ == "appos" and c.pos_ in ("PROPN", "NOUN", "PRON")]
    return names[0] if names else None


def _noun_read_as_modifier(cue: Token) -> Span | None:
    """"A new poll shows that …" parsed as one noun phrase ("poll" a compound of the noun "shows"): with no
    subject, a finite verb whose left dependents end in a noun right before it has that phrase as subject."""
    if syntax.subjects(cue) or not _is_cue(cue) or cue.i == 0:
        return None
    before = cue.doc[cue.i - 1]
    if before.head.i != cue.i or before.dep_ not in syntax.COMPOUND | {"amod", "nmod"} or \
            before.pos_ not in ("NOUN", "PROPN"):
        return None
    return _trimmed(cue.doc, cue.left_edge.i, cue.i)


_NOUN_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "ADP"})


def _phrase_right_before(cue: Token) -> Span | None:
    """"…, the former secretary of state said …" with the noun phrase parsed as an apposition of an earlier
    name: a finite verb with no subject at all takes the noun phrase right before it."""
    if cue.tag_ not in ("VBD", "VBZ", "VBP") or syntax.subjects(cue) or cue.i == 0 or \
            cue.dep_ not in ("ROOT", "parataxis", "conj", "ccomp"):
        return None
    doc = cue.doc
    if doc[cue.i - 1].pos_ not in ("NOUN", "PROPN"):
        return None
    start = cue.i - 1
    while start > cue.sent.start and doc[start - 1].pos_ in _NOUN_PHRASE_POS and not doc[start - 1].is_punct:
        start -= 1
    phrase = _trimmed(doc, start, cue.i)
    while phrase is not None and phrase[0].pos_ == "ADP":
        phrase = _trimmed(doc, phrase.start + 1, cue.i)
    return phrase


_RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})


def antecedent(speaker: Span) -> Span | None:
    """The noun phrase a relative-pronoun speaker stands for ("Jane Doe, who said …": "who" -> Jane Doe), so
    that the speaker keeps the text's own word and its actor is the person; None for any other speaker."""
    if len(speaker) != 1:
        return None
    pronoun = speaker[0]
    clause = pronoun.head
    # a small tagger also reads the relative "that" as IN or DT; its relative-clause label tells
    if pronoun.lower_ in _RELATIVE_PRONOUNS and (pronoun.tag_ in ("WP", "WDT") or pronoun.lower_ == "that") and \
            clause.dep_ in syntax.RELATIVE_CLAUSE and clause.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return _phrase(clause.head)
    return None


# --------------------------------------------------------------------------------------------- direct

def _content_tokens(doc: Doc, span: QuotedSpan) -> Span | None:
    return doc.char_span(span.start, span.end, alignment_mode="contract")


def _direct_quote(doc: Doc, span: QuotedSpan, cues: list[Token]) -> Quote | None:
    quote = Quote("direct", span.start, span.end, marks=span.marks, quoted=[span])
    content = _content_tokens(doc, span)
    if content is None or not len(content):
        return quote
    inside = {t.i for t in content}
    if _document_wording(content, quote):
        return quote
    sentence_of = _sentence_starts(doc)
    sentences = {sentence_of[t.i] for t in content} | {sentence_of[min(content.end, len(doc) - 1)]}
    outside = [c for c in cues if c.i not in inside and sentence_of[c.i] in sentences]
    # The cue whose clause contains the quotation first ("“…,” X said": the quotation is its complement),
    # then the nearest cue after the closing mark, then the nearest before the opening mark.
    # A cue right before the opening mark ("replied, “…”", "said: “…”") comes before all of them: a parser
    # may hang the quotation on an earlier verb of the sentence.
    introducing = [c for c in outside if c.idx < span.open_at and
                   not _text(doc)[c.idx + len(c):span.open_at].strip(" ,:\n")]
    governors = {a.i for t in content for a in t.ancestors}
    governing = [c for c in outside if c.i in governors]
    after = sorted((c for c in outside if c.idx >= span.close_at), key=lambda c: c.idx)
    before = sorted((c for c in outside if c.idx < span.open_at), key=lambda c: -c.idx)
    for cue in introducing + governing + after + before:
        # the verb's subject, else (after the quotation) a name right after the verb or after the closing
        # mark; never words inside the quotation the parser took for the subject ("“No matter …,” said X")
        candidates = [speaker_of(cue), _subject_outside(cue, inside)]
        if cue.idx >= span.close_at:
            candidates += [_inverted_speaker(cue), _name_after_mark(doc, span, cue),
                           _noun_after_verb_after_mark(doc, span, cue)]
        speaker = next((c for c in candidates if c is not None and c.start not in inside), None)
        if speaker is not None:
            quote.cue, quote.speaker = cue, speaker
            return _with_lead_in(doc, _widen_to_clause(doc, quote, content, cue), content, cue)
    return _unattributed(doc, span, content, quote, cues)


def _widen_to_clause(doc: Doc, quote: Quote, content: Span, cue: Token) -> Quote:
    """"She said that “X” against Y": quoted words inside a longer reported clause make a mixed statement
    whose content is the whole clause. Only where the verb comes first: in "“…,” X said" the words outside
    the marks are the attribution, not the statement."""
    if cue.i > content.start:
        return quote
    for clause in syntax.clausal_complements(cue):
        tokens = [t for t in clause.subtree if not (t.is_punct or t.is_space)]
        if not tokens or not any(content.start <= t.i < content.end for t in tokens):
            continue
        outside = [t for t in tokens if not (content.start <= t.i < content.end) and t.lower_ != "that"
                   and t.i > cue.i]
        if len(outside) >= 2:
            start = min(tokens[0].idx, quote.quoted[0].open_at)
            end = max(tokens[-1].idx + len(tokens[-1]), quote.quoted[0].close_end)
            quote.kind, quote.content_start, quote.content_end = "mixed", start, end
        break
    return quote if quote.kind == "mixed" else _words_between_verb_and_mark(doc, quote, content, cue)


# Verbs whose first noun phrase is the person addressed ("told reporters “…”"), not part of what was said.
_ADDRESSEE_VERBS = word_list("addressee_verbs")


def _words_between_verb_and_mark(doc: Doc, quote: Quote, content: Span, cue: Token) -> Quote:
    """"Sanders said the tax breaks “do nothing for the economy.”": a quotation that opens in lowercase
    completes the clause begun after the verb, even where the parser made that clause's subject the verb's
    object. Not after a comma or a colon ("said, “…”"), nor across an addressee ("told reporters “…”")."""
    opening = _text(doc)[quote.quoted[0].start:quote.quoted[0].end].lstrip()[:1]
    if not opening.islower() or verb_lemma(cue) in _ADDRESSEE_VERBS:
        return quote
    between = [t for t in doc[cue.i + 1:content.start] if t.idx < quote.quoted[0].open_at and not t.is_space]
    if between and between[0].lower_ == "that":
        between = between[1:]
    words = [t for t in between if not t.is_punct]
    if len(words) < 2 or len(words) != len(between) or any(_is_cue(t) or _is_time(t) for t in words) or \
            doc[cue.i + 1].sent.start != cue.sent.start or words[0].pos_ in ("ADP", "ADV", "SCONJ") or \
            any(t.head.i == cue.i and t.dep_ not in syntax.DIRECT_OBJECT | syntax.SUBJECT for t in words):
        return quote  # "said to reporters “…”", "said after the game “…”": where and to whom, not what
    quote.kind, quote.content_start = "mixed", words[0].idx
    quote.content_end = max(quote.content_end, quote.quoted[-1].close_end)
    return quote


# Lead-ins longer than this are narration of their own, not the start of what was said.
MAX_LEAD_IN_WORDS = 25


def _with_lead_in(doc: Doc, quote: Quote, content: Span, cue: Token) -> Quote:
    """Words of the same sentence before the opening mark that the quotation completes belong to the
    statement: "Not paying taxes “makes me smart,” he said", "With thousands of systems, “there is no single
    point of failure,” he said", and with the attribution set inside, "So when X, he said, “we were floored.”"
    (then the statement has two pieces). Not when the words before are the attribution itself or a question
    put to the speaker ("Asked about X, …")."""
    opening = _text(doc)[quote.quoted[0].start:quote.quoted[0].end].lstrip()[:1]
    if quote.kind != "direct" or content.start == 0 or not opening.islower():
        return quote  # a quotation that opens with a capital is a sentence of its own, not a completion
    sentence = doc[content.start - 1].sent if doc[content.start - 1].is_quote else content.sent
    attribution_inside = cue.i < content.start and cue.i >= sentence.start
    if attribution_inside:
        lead_in = _parenthetical_lead_in(doc, sentence, cue, quote)
        if lead_in is None:
            return quote
    else:
        before_mark = content.start
        while before_mark > sentence.start and doc[before_mark - 1].idx >= quote.quoted[0].open_at:
            before_mark -= 1
        lead_in = _trimmed(doc, sentence.start, before_mark)
    if lead_in is None or lead_in.end_char > quote.quoted[0].open_at:
        return quote
    words = [t for t in lead_in if not (t.is_punct or t.is_space or t.is_quote)]
    if not words or len(words) > MAX_LEAD_IN_WORDS or words[0].tag_ == "VBN" or \
            any(t.text in ":;" or (_is_cue(t) and not attribution_inside) or t.is_quote for t in lead_in):
        return quote
    quote.kind = "mixed"
    if attribution_inside:
        quote.pieces = [(lead_in.start_char, lead_in.end_char), *((q.start, q.end) for q in quote.quoted)]
    quote.content_end = max(quote.content_end, quote.quoted[-1].close_end)  # the closing mark too
    quote.content_start = lead_in.start_char
    return quote


def _parenthetical_lead_in(doc: Doc, sentence: Span, cue: Token, quote: Quote) -> Span | None:
    """"A, X said, “B”": A, when the attribution is set off by commas and the quotation follows it."""
    if _text(doc)[cue.idx + len(cue):quote.quoted[0].open_at].strip() != ",":
        return None
    comma = next((t for t in reversed(doc[max(sentence.start, cue.i - 10):cue.i]) if t.text == ","), None)
    if comma is None or any(t.pos_ in ("VERB", "AUX") for t in doc[comma.i + 1:cue.i]):
        return None
    lead_in = _trimmed(doc, sentence.start, comma.i)
    # a subordinate clause ("So when X signaled …,"), not a phrase of time or place ("After the vote,") and
    # not a main clause of its own ("She said …, and when pressed, the engineer replied, “…”")
    if lead_in is None or lead_in[0].pos_ not in ("SCONJ", "ADV", "CCONJ") or \
            not any(t.pos_ in ("VERB", "AUX") for t in lead_in):
        return None
    return lead_in


def _unattributed(doc: Doc, span: QuotedSpan, content: Span, quote: Quote, cues: list[Token]) -> Quote:
    """No reporting verb around the quotation: a name after a dash, or a short "X said." sentence after it."""
    quote.speaker = _dash_speaker(doc, span) or _next_sentence_speaker(doc, content, cues, quote)
    return quote


def _document_wording(content: Span, quote: Quote) -> bool:
    """A quotation inside a clause that modifies a document noun ("the motion that would condemn X “…”")."""
    token = content.root
    for _ in range(len(content.doc)):
        head = token.head
        if head.i == token.i:
            return False
        if token.dep_ in syntax.RELATIVE_CLAUSE | {"acl"} and head.lemma_.lower() in DOCUMENT_NOUNS:
            quote.speaker, quote.cue, quote.document = _phrase(head), token if _is_cue(token) else None, True
            return True
        token = head
    return False


def _dash_speaker(doc: Doc, span: QuotedSpan) -> Span | None:
    """"“…” — Jane Doe": a name right after a dash that follows the closing mark."""
    rest = _text(doc)[span.close_end:span.close_end + 3].lstrip()
    if not rest or rest[0] not in _DASHES:
        return None
    for ent in doc.ents:
        if ent.start_char > span.close_at and ent.start_char - span.close_at <= 5:
            return ent
    # a signature the model did not recognise ("” ― Krystal Correa"): the capitalised words after the dash,
    # up to a comma or the end of the line
    dash = doc.char_span(span.close_end, span.close_end + 3, alignment_mode="expand")
    if dash is None:
        return None
    start = next((t.i + 1 for t in dash if t.text[:1] in _DASHES), None)
    if start is None:
        return None
    while start < len(doc) and doc[start].is_space:
        start += 1  # a no-break space after the dash is a token of its own
    end = start
    while end < len(doc) and doc[end].is_title and not doc[end].is_space and end - start < 5:
        end += 1
    return doc[start:end] if end - start >= 2 else None


def _next_sentence_speaker(doc: Doc, content: Span, cues: list[Token], quote: Quote) -> Span | None:
    """A short attribution right after the quotation ("X said.", "said X, a lawyer.") or right before it
    ("Said X:") names its speaker."""
    last = doc[min(content.end, len(doc) - 1)]
    first = doc[max(content.start - 1, 0)]
    # the next or previous sentence of the same paragraph (a line break is a sentence of its own)
    following = next((s for s in doc.sents if s.start >= last.sent.end), None)
    preceding = next((s for s in reversed(list(doc.sents)) if s.end <= first.sent.start), None)
    candidates = []
    if following is not None:
        candidates += [c for c in cues if following.start <= c.i < following.end]
    if preceding is not None and preceding.text.rstrip().endswith(":"):
        candidates += [c for c in cues if preceding.start <= c.i < preceding.end]
    for cue in candidates:
        inverted = _inverted_speaker(cue)
        if syntax.clausal_complements(cue) or (syntax.direct_objects(cue) and inverted is None) or any(
                prep is not None and prep.lower_ in ANY_TOPIC_PREPOSITION | {"to"}
                for prep, _ in syntax.prepositional_objects(cue)):
            continue  # "The IMF pointed to X." says something of its own
        speaker = speaker_of(cue) or inverted
        if speaker is not None:
            quote.cue = cue
            return speaker
    return None


def _subject_outside(cue: Token, inside: set[int]) -> Span | None:
    """A subject of the verb outside the quotation, when the parser gave the verb a second subject inside it
    ("“…. One of the finest judges,” Rep. X said": "One" and "X" both subjects)."""
    subjects = [s for s in syntax.subjects(cue, passive=False) if s.i not in inside and not _is_time(s)]
    return _phrase(subjects[0]) if subjects else None


def _noun_after_verb_after_mark(doc: Doc, span: QuotedSpan, cue: Token) -> Span | None:
    """"“…,” said retired teacher Jane Doe": a verb right after the closing mark is followed by its speaker, even
    when the parser read that noun phrase as the verb's object."""
    if _text(doc)[span.close_end:cue.idx].strip(" ,\n"):
        return None
    following = [c for c in cue.rights if c.pos_ in ("NOUN", "PROPN") and c.i - cue.i <= 4 and not _is_time(c)]
    return _phrase(following[0]) if following else None


def _name_after_mark(doc: Doc, span: QuotedSpan, cue: Token) -> Span | None:
    """"“…,” Jane Doe, the attorney general of X, one of the states suing Y, said": a name right after the
    closing comma and mark, when the parse of the long apposition lost the verb's subject."""
    if not _text(doc)[span.start:span.end].rstrip().endswith(","):
        return None
    name = next((e for e in doc.ents if e.start_char >= span.close_end), None)
    if name is None or name.label_ not in ("PERSON", "ORG", "GPE", "NORP") or name.end > cue.i:
        return None
    # at most a title between the mark and the name ("Rep. Jim Jordan")
    between = [t for t in doc[:name.start] if t.idx >= span.close_end and not t.is_space]
    if len(between) > 2 or not all(t.is_title or t.text == "," for t in between):
        return None
    if any(t.text in ".!?:;" or t.is_quote for t in doc[name.end:cue.i]):
        return None
    return name


def _is_time(token: Token) -> bool:
    """Is the token part of a date or time ("said Thursday morning": never a speaker)?"""
    if token.ent_type_ in ("DATE", "TIME"):
        return True
    indexes = _time_tokens(token.doc)
    at = bisect.bisect_left(indexes, token.i)
    return at < len(indexes) and indexes[at] == token.i


def _time_tokens(doc: Doc) -> list[int]:
    """Sorted indexes of the tokens inside the Doc's temporal expressions, found once per Doc (the rules ask
    for every word of every statement); a plain list, so that ``doc.user_data`` stays serialisable."""
    timexes = doc._.timexes or []
    key = ("toolkit_time_tokens", len(timexes))
    found = doc.user_data.get(key)
    if not isinstance(found, list):
        found = sorted({t.i for timex in timexes
                        for span in [doc.char_span(timex.start, timex.end, alignment_mode="expand")]
                        if span is not None for t in span})
        doc.user_data[key] = found
    return found


def _inverted_speaker(cue: Token) -> Span | None:
    """"said Jane Doe": a name right after the verb, parsed as its object."""
    following = [c for c in cue.rights if (c.pos_ == "PROPN" or c.tag_ in ("NNP", "NNPS")) and c.i - cue.i <= 4
                 and not c.is_space and not _is_time(c)]
    if following:
        return _phrase(following[0])
    # the parser attached the name elsewhere: a name that starts within a title's reach of the verb
    # ("said Rep. Jane Doe of Ohio")
    doc = cue.doc
    name = next((e for e in doc.ents if 0 < e.start - cue.i <= 3 and e.label_ in ("PERSON", "ORG")), None)
    if name is None or not all(t.is_title for t in doc[cue.i + 1:name.start]):
        return None
    return doc[cue.i + 1:name.end]


def _continue_statements(doc: Doc, quotes: list[Quote]) -> None:
    """A quotation with no speaker that opens right after a sentence attributed to someone ("…, X said.
    “…”") continues that speaker."""
    ordered = sorted(quotes, key=lambda q: q.content_start)
    for previous, quote in itertools.pairwise(ordered):
        if quote.speaker is not None or previous.speaker is None or previous.document or not quote.quoted:
            continue
        ends = max(previous.content_end, previous.cue.idx + len(previous.cue) if previous.cue is not None else 0)
        text = _text(doc)
        gap = text[ends:quote.quoted[0].open_at]
        if len(gap.split()) <= 4 and "\n\n" not in gap and ("." in gap or ":" in gap or gap.strip() == ""):
            quote.speaker, quote.cue = previous.speaker, previous.cue
        elif previous.kind == "direct" and _whole_paragraph(text, quote) and \
                gap.strip(" .,\n\"”’'") == "" and "\n" in gap:
            # news style: a paragraph that is only a quotation, right after a paragraph ending with a quotation
            # by someone, carries on that speaker's words
            quote.speaker, quote.cue = previous.speaker, previous.cue


def _whole_paragraph(text: str, quote: Quote) -> bool:
    """Is the quotation a paragraph of its own (its opening mark starts a line, its closing mark ends one)?"""
    first, last = quote.quoted[0], quote.quoted[-1]
    line_start = text.rfind("\n", 0, first.open_at) + 1
    line_end = text.find("\n", last.close_end)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start:first.open_at].strip() and not text[last.close_end:line_end].strip()


def _inherit_adjacent_speakers(doc: Doc, quotes: list[Quote]) -> None:
    """A quotation with no speaker of its own, right after a quotation that has one, continues it; the two
    become one statement ("“A,” she said. “B.”")."""
    merged: list[Quote] = []
    for quote in quotes:
        previous = merged[-1] if merged else None
        same_cue = previous is not None and quote.cue is not None and previous.cue is not None and \
            quote.cue.i == previous.cue.i
        if previous is not None and (quote.speaker is None or same_cue) and previous.speaker is not None and \
                not previous.document and previous.kind == "direct" and quote.kind == "direct":
            gap_start, gap_end = previous.quoted[-1].close_end, quote.quoted[0].open_at
            gap = _text(doc)[gap_start:gap_end]
            # the attribution between the parts may be long ("“A,” said X, a lawyer who … . “B.”")
            attribution_between = previous.cue is not None and gap_start <= previous.cue.idx < gap_end
            if (len(gap.split()) <= 6 or (attribution_between and len(gap.split()) <= 30)) and "\n" not in gap:
                previous.content_end = quote.content_end
                previous.quoted.extend(quote.quoted)
                continue
        merged.append(quote)
    quotes[:] = merged


# --------------------------------------------------------------------------------------------- indirect

def _indirect_quote(doc: Doc, cue: Token, direct: list[Quote]) -> Quote | None:
    if verb_lemma(cue) in quotation_only_verbs() or _comparison_participle(cue):
        return None
    parenthetical = _parenthetical(doc, cue, direct) or _passive_report(doc, cue)
    if parenthetical is not None:
        return parenthetical
    speaker = speaker_of(cue)
    if speaker is None:
        return _unattributed_passive(doc, cue)
    parts = syntax.clausal_complements(cue)
    hard_end = None  # where the content must end, whatever the clause rules say
    if not parts and cue.dep_ in syntax.PARATAXIS and cue.head.i != cue.i:
        return _preceding_clause(doc, cue, speaker, direct)  # "Talks failed, officials said."
    if not parts:
        clause = _clause_after_that_object(doc, cue)
        if clause is not None:
            return Quote("indirect", clause.start_char, clause.end_char, speaker=speaker, cue=cue)
    # an object before the verb is a relative pronoun ("which he thanked for …"), not what was said
    objects = sorted((o for o in syntax.direct_objects(cue) + syntax.indirect_objects(cue) if o.i > cue.i),
                     key=lambda t: t.i)
    if objects and verb_lemma(cue) in object_reporting_verbs() and (not parts or objects[0].i < parts[0].i):
        # "called [the shootings] [a moment ...]": the object opens what was said, its complement follows
        parts = objects + _object_complements(cue, objects[0])
        hard_end = _object_end(doc, objects[-1])
    if not parts:
        parts = _topic_of(cue)
        # "called for X to be taken ...": the infinitive after the topic belongs to what was called for
        parts += [c for c in cue.children if c.dep_ in ("advcl", "xcomp") and parts and c.i > parts[0].i
                  and any(m.lower_ == "to" for m in c.children)]
    parts = [p for p in parts if not (speaker.start <= p.i < speaker.end)]
    if not parts:
        return None
    start = min(p.left_edge.i for p in parts)
    end = max(p.right_edge.i for p in parts) + 1
    if len(parts) > 1 or hard_end is None:
        hard_end = len(doc)
    # "said talks failed, adding that …": another report after a comma is not part of this one
    end = next((t.i - 1 for t in doc[start + 1:end] if t.tag_ == "VBG" and doc[t.i - 1].text == "," and
                _is_cue(t)), end)
    hard_end = min(hard_end, _before_coordinated_report(doc, cue, start, end),
                   _before_trailing_relative_report(doc, cue, start, end))
    end = min(end, hard_end)
    if speaker.start > cue.i:
        end = min(end, speaker.start)  # "Describing X as Y, Obama …": the content stops before its speaker
    clause_end = _clause_end(doc, cue, start, end) if start > cue.i and (all(
        p.dep_ in syntax.CLAUSAL_COMPLEMENT | _MISLABELLED for p in parts) or _right_after(doc, cue, start)) else end
    while end > start and (doc[end - 1].is_space or doc[end - 1].text in _SEPARATORS):
        end -= 1
    while start < end and ((doc[start].is_punct and not doc[start].is_quote) or doc[start].dep_ == "case" or
                           (doc[start].dep_ == "mark" and doc[start].lower_ in {"that", *ANY_TOPIC_PREPOSITION}) or
                           (start > cue.i and _is_time(doc[start]) and _modifies_the_report(doc[start], cue))):
        start += 1  # "admitted [Thursday night] that …": when it was said, not what
    if start >= end:
        return None
    content = doc[start:end]
    if any(a <= content.start_char and content.end_char <= b for q in direct for a, b in q.parts):
        return None  # the complement is a direct quotation already attributed
    if speaker.start > cue.i:
        clause_end = min(clause_end, speaker.start)
    content = _trimmed(doc, start, min(max(end, clause_end), hard_end)) or content
    document = cue.dep_ in syntax.RELATIVE_CLAUSE | {"acl"} and cue.head.lemma_.lower() in DOCUMENT_NOUNS
    return Quote("indirect", content.start_char, content.end_char, speaker=speaker, cue=cue, document=document)


def _object_end(doc: Doc, obj: Token) -> int | None:
    """Where what was said ends when it is the verb's object: before the dates and settings the parser hung
    on the noun when nothing else of the sentence follows them ("condemned [the attack] on Tuesday in a
    statement.")."""
    last = obj.right_edge.i + 1
    sentence_end = obj.sent.end
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
    return adposition.head.head if adposition.dep_ in syntax.CASE_MARKER else adposition.head


def _setting_words(adposition: Token) -> range:
    """The token indexes of a prepositional phrase: the preposition and its noun phrase."""
    phrase = adposition.head if adposition.dep_ in syntax.CASE_MARKER else adposition
    return range(min(adposition.i, phrase.left_edge.i), phrase.right_edge.i + 1)


def _introduces_setting(adposition: Token) -> bool:
    """Does this preposition introduce a date or a setting ("on Tuesday", "in a statement")? ClearNLP: the
    preposition heads its noun; UD: the noun heads its preposition ("case")."""
    nouns = [adposition.head] if adposition.dep_ in syntax.CASE_MARKER else \
        [o for o in adposition.children if o.dep_ in syntax.CLEAR_PREP_OBJECT]
    return any(_is_time(n) or n.lower_ in REPORT_SETTINGS for n in nouns)


_RELATIVE_PRONOUN_TAGS = frozenset({"WDT", "WP", "WP$"})


def _before_trailing_relative_report(doc: Doc, cue: Token, start: int, end: int) -> int:
    """"plans to vote on [the motion] that would condemn X “for …”", "praised [the firefighters], whom he
    thanked …": a relative clause at the end of what was said in which a document speaks, or, set off by a
    comma, someone other than its noun, is a statement of its own, not part of this one. Where the content
    must end (the Doc's length when no such clause ends it)."""
    for token in doc[start + 1:end]:
        if token.dep_ in syntax.RELATIVE_CLAUSE and token.i != cue.i and _is_cue(token) and \
                start <= token.head.i < token.left_edge.i and token.right_edge.i + 1 >= end and \
                (token.head.lemma_.lower() in DOCUMENT_NOUNS or (doc[token.left_edge.i - 1].text == "," and any(
                    s.tag_ not in _RELATIVE_PRONOUN_TAGS for s in syntax.children(token, syntax.SUBJECT)))):
            cut = token.left_edge.i
            while cut > start and doc[cut - 1].text in _SEPARATORS:
                cut -= 1
            return cut
    return len(doc)


def _before_coordinated_report(doc: Doc, cue: Token, start: int, end: int) -> int:
    """"said the roads were closed, and when pressed, the engineer replied …": a report with a subject of its
    own, joined to the reported clause by a conjunction, is a statement of its own, not part of this one.
    Where the content must end (the Doc's length when no such report follows)."""
    for token in doc[start + 1:end]:
        if token.dep_ in syntax.CONJUNCT and token.i != cue.i and _is_cue(token) and \
                syntax.children(token, syntax.ACTIVE_SUBJECT):
            cut = token.left_edge.i
            while cut > start and (doc[cut - 1].text in _SEPARATORS or doc[cut - 1].dep_ == "cc"):
                cut -= 1
            if cut > start:
                return cut
    return len(doc)


def _passive_report(doc: Doc, cue: Token) -> Quote | None:
    """"The plan was criticized by the union": with a verb whose object is what was said, the by-agent speaks
    and the passive subject is what it said something about."""
    if cue.tag_ != "VBN" or verb_lemma(cue) not in object_reporting_verbs():
        return None
    subjects = [s for s in syntax.subjects(cue, passive=True) if s.pos_ != "PRON" and s.tag_ not in ("WDT", "WP")]
    agents = [a for a in syntax.passive_agents(cue) if _can_speak(a)]  # not "attacked by rioters"
    if not subjects or not agents:
        return None
    content = _trimmed(doc, subjects[0].left_edge.i, subjects[0].right_edge.i + 1)
    speaker = _phrase(agents[0])
    # "praised by his coach [for his work rate]": the agent's phrase ends before any preposition but "of"
    cut = next((t.i for t in speaker if t.i > agents[0].i and t.pos_ == "ADP" and t.lower_ != "of"), speaker.end)
    if content is None or cut <= speaker.start:
        return None
    return Quote("indirect", content.start_char, content.end_char, speaker=doc[speaker.start:cut], cue=cue)


def _unattributed_passive(doc: Doc, cue: Token) -> Quote | None:
    """"The veto is expected to come on Friday", "Two officials were accused of fraud": a passive report
    without an agent states something whose source the text does not name. What was said is the subject
    together with the complement (two pieces), and there is no speaker."""
    if cue.tag_ != "VBN" or syntax.passive_agents(cue):
        return None
    subjects = [s for s in syntax.subjects(cue, passive=True) if s.tag_ not in ("WDT", "WP")]
    clauses = syntax.clausal_complements(cue)
    topic = [] if clauses else _topic_of(cue)
    if _fronted_participle(cue) and (clauses or topic):
        return _unattributed_complement(doc, cue, clauses or topic)  # "Asked about the vote, …"
    # a topic ("accused [of] fraud") only about someone who can be accused: a person, a group, an institution
    if not subjects or not (clauses or (topic and _can_speak(subjects[0]))) or subjects[0].i > cue.i:
        return None
    subject = _trimmed(doc, subjects[0].left_edge.i, subjects[0].right_edge.i + 1)
    said = _complement_words(doc, cue, clauses or topic)
    if subject is None or said is None:
        return None
    return Quote("indirect", subject.start_char, said.end_char, cue=cue,
                 pieces=[(subject.start_char, subject.end_char), (said.start_char, said.end_char)])


def _unattributed_complement(doc: Doc, cue: Token, complement: list[Token]) -> Quote | None:
    said = _complement_words(doc, cue, complement)
    return None if said is None else Quote("indirect", said.start_char, said.end_char, cue=cue)


def _complement_words(doc: Doc, cue: Token, complement: list[Token]) -> Span | None:
    """The words of a speakerless report's complement after the verb, without its preposition ("accused
    [of] fraud"); "expected [to] come" keeps its "to" (news style quotes it so)."""
    said = _trimmed(doc, min(p.left_edge.i for p in complement), max(p.right_edge.i for p in complement) + 1)
    while said is not None and said[0].dep_ in ("case", "mark") and said[0].lower_ != "to":
        said = _trimmed(doc, said.start + 1, said.end)
    return None if said is None or said.start <= cue.i else said


def _can_speak(token: Token) -> bool:
    """Can the word stand for someone who says or is accused of something: a personal pronoun, a person,
    organisation, group or place name, or a noun for a person or an organisation ("the minister")?"""
    if token.pos_ == "PRON":
        return token.lower_ not in ("it", "this", "that", "which", "what")
    if token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    return any(descriptors().get(word) in ("PERSON", "ORG") for word in (token.lemma_.lower(), token.lower_))


def _clause_after_that_object(doc: Doc, cue: Token) -> Span | None:
    """"argued that since he is not a candidate, he should not …" with "that" parsed as the verb's object and
    the clause hung elsewhere: the clause after "that" runs on to where a reported clause ends."""
    if cue.i + 2 >= len(doc):
        return None
    that, first = doc[cue.i + 1], doc[cue.i + 2]
    if that.lower_ != "that" or that.head.i != cue.i or that.dep_ not in syntax.DIRECT_OBJECT or \
            list(that.children) or first.pos_ not in _CLAUSE_OPENERS:
        return None
    return _trimmed(doc, first.i, _clause_end(doc, cue, first.i, first.i + 1))


_CLAUSE_OPENERS = frozenset({"PRON", "PROPN", "NOUN", "DET", "SCONJ", "ADV", "NUM", "ADJ"})


def _comparison_participle(cue: Token) -> bool:
    """"less than forecast in May", "as expected": a participle after "than" or "as" compares with what was
    said; it reports nothing itself."""
    return cue.i > 0 and cue.tag_ in ("VBN", "VBD") and cue.doc[cue.i - 1].lower_ in ("than", "as")


_MISLABELLED = frozenset({"parataxis", "advcl", "dep"})
# Words after a comma that start something other than the reported clause: "…, saying …", "…, according to".
_CLAUSE_BREAKERS = frozenset({"according", "as", "while", "whereas", "although", "though", "which", "who",
                              "and", "but", "or", "yet", "when"})


# Where and through what something is said: "said … in a statement", "told … at a rally", "said … on Twitter".
# (A small parser also hangs real content on the verb, "a list of endorsements | from 95 generals", so only
# these settings and dates end a reported clause.)
REPORT_SETTINGS = word_list("report_settings")


def _modifies_the_report(token: Token, cue: Token) -> bool:
    """Is ``token`` a date, or the start of a setting ("in a statement", "at a rally"), that the parser
    attached to the reporting verb?"""
    node = token
    while node.head.i != node.i and node.head.i != cue.i:
        node = node.head
    if node.head.i != cue.i or node.i == cue.i:
        return False
    if node.pos_ == "ADP" and node.dep_ in syntax.CLEAR_PREPOSITION:  # ClearNLP: "on" heads "Tuesday"
        return _introduces_setting(node)
    return _is_time(node) or (node.lower_ in REPORT_SETTINGS and
                              any(c.dep_ in ("case", "prep") or c.pos_ == "ADP" for c in node.children))


def _right_after(doc: Doc, cue: Token, start: int) -> bool:
    """Does the content open right after the verb ("said [officers encountered …]")?"""
    return all(t.is_space or t.is_punct for t in doc[cue.i + 1:start])


_DASH_TOKENS = ("—", "–", "--")


def _clause_end(doc: Doc, cue: Token, start: int, end: int) -> int:
    """Where a reported clause after its verb ends: a small parser often hangs its last words on the
    reporting verb ("said it would be “improper” | for him to speak on …"), so the clause runs on to the
    end of the sentence, unless a semicolon, a colon, another reporting verb or ", saying …" comes first."""
    subject_clause = cue.dep_ in syntax.RELATIVE_CLAUSE and cue.head.dep_ in syntax.SUBJECT and \
        cue.head.head.i > cue.i  # "Officials who said X | have been fired"
    fronted_clause = cue.head.i > cue.i and any(c.dep_ == "mark" and c.pos_ == "SCONJ" and c.lower_ != "that"
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
        if _is_cue(token) and token.i != cue.i and not syntax.is_to_infinitive(token):
            # another report ("to comment" is part of this one), and its speaker with it ("…, the mayor said")
            end = min([end, *(s.left_edge.i for s in syntax.children(token, syntax.SUBJECT)
                              if start < s.left_edge.i < token.i)])
            break
        if _modifies_the_report(token, cue):
            break  # "condemned the attack | on Tuesday in a statement": when and how it was said
        following = doc[end + 1] if end + 1 < limit else None
        if token.text == "," and following is not None and (following.tag_ in ("VBG", "WDT", "WP", "WP$", "WRB")
                                                            or following.lower_ in _CLAUSE_BREAKERS) and \
                not _shares_the_subject(doc, end + 1, limit):
            break
        end += 1
    return end


def _shares_the_subject(doc: Doc, conjunction: int, limit: int) -> bool:
    """", but could not bear to …": a verb right after "and", "but" or "or" (an adverb may come first) has no
    subject of its own, so it continues the reported clause."""
    if doc[conjunction].lower_ not in ("and", "but", "or"):
        return False
    following = next((t for t in doc[conjunction + 1:limit] if t.pos_ != "ADV" or t.tag_ == "WRB"), None)
    # "…, but declined to comment", "…, and added that …": another report, not more of this one
    return following is not None and following.pos_ in ("AUX", "VERB") and following.tag_ != "VBG" and \
        not _is_cue(following)


# What may follow the object of a verb like "praise", "call" or "urge" and still be part of what was said:
# "urged [the world body] [to end ...]", "called [the plan] [a ploy]", "blasted [the media] [for lying]",
# "described [it] [as a disaster]".
OBJECT_COMPLEMENT_DEPS = frozenset({"xcomp", "oprd", "ccomp", "advcl", "acomp", "obj", "dobj"})
OBJECT_COMPLEMENT_PREPOSITIONS = frozenset({"for", "as", "of", "over", "about", "against", "to", "into"})


def _object_complements(cue: Token, first_object: Token) -> list[Token]:
    """Dependents of ``cue`` after its object that complete what was said, up to a comma or a coordination."""
    found = []
    doc = cue.doc
    for child in sorted((c for c in cue.rights if c.i > first_object.i), key=lambda c: c.i):
        if child.dep_ in syntax.CONJUNCT | syntax.PARATAXIS | {"cc"} or (child.is_punct and child.text in ",;:—–"):
            break
        if any(t.text in ",;:—–" for t in doc[first_object.right_edge.i + 1:child.left_edge.i + 1]):
            break  # "condemned X, saying ...": what follows a comma is said separately
        marker = next((m.lower_ for m in child.children if m.dep_ in ("case", "mark") and m.i < child.i), None)
        if child.dep_ in OBJECT_COMPLEMENT_DEPS or marker in OBJECT_COMPLEMENT_PREPOSITIONS or (
                child.dep_ == "prep" and child.lower_ in OBJECT_COMPLEMENT_PREPOSITIONS):
            found.append(child)
    return found


# Prepositions that introduce what a statement is about: "complained about X", "accused her of X", "spoke out
# on X"; a verb may add its own ("called for X", "warned against X": the ``topics`` column of
# ``reporting_verbs.csv``), since "spoke for five minutes" says nothing.
TOPIC_PREPOSITIONS = frozenset({"about", "on", "of", "over"})
# Any preposition that introduces a topic for some verb (for the test "does this verb say something of its own").
ANY_TOPIC_PREPOSITION = TOPIC_PREPOSITIONS | {"for", "against"}


def _topic_of(cue: Token) -> list[Token]:
    """The prepositional object that carries a statement's content when the verb has no clause or object
    of its own ("called for the repeal", "complained about his microphone")."""
    allowed = TOPIC_PREPOSITIONS | topic_prepositions().get(verb_lemma(cue) or cue.lemma_.lower(), frozenset())
    for prep, noun in syntax.prepositional_objects(cue):
        if prep is None or prep.lower_ not in allowed or noun.ent_type_ in ("DATE", "TIME"):
            continue
        return [noun]
    # UD parses "called for [reducing the rate]" as a gerund clause marked by the preposition
    for clause in cue.children:
        if clause.i > cue.i and clause.tag_ == "VBG" and clause.dep_ in ("advcl", "xcomp", "ccomp") and \
                any(m.dep_ in ("mark", "case") and m.lower_ in allowed for m in clause.children):
            return [clause]
    return []


def _parenthetical(doc: Doc, cue: Token, direct: list[Quote]) -> Quote | None:
    """"A, X said, B." and "A, X said.": an attribution set off by commas inside a sentence, or closing it,
    gives X what the sentence says around it, whatever the parser made of the sentence (a small model often
    makes "said" the root and the words before it its subject)."""
    sentence = cue.sent
    comma = next((t for t in reversed(doc[max(sentence.start, cue.i - 10):cue.i]) if t.text in ",;:—–"), None)
    if comma is None or comma.text != ",":
        return None
    between = doc[comma.i + 1:cue.i]
    if not len(between) or any(t.pos_ in ("VERB", "AUX", "CCONJ") or t.is_quote or t.tag_ in ("WDT", "WP") or
                               t.lower_ in _RELATIVE_PRONOUNS for t in between):
        return None  # ", which critics dispute", ", but X declined": a clause of the writer's, no attribution
    nominals = [t for t in between if t.pos_ in ("NOUN", "PROPN", "PRON")]
    subjects = [t for t in syntax.subjects(cue, passive=False) if comma.i < t.i < cue.i]
    if not nominals:
        return None
    if any(c.i > cue.i and c.dep_ in _OWN_CONTENT and not any(t.text == "," for t in doc[cue.i + 1:c.i])
           for c in cue.children):
        return None  # "…, the senator said little", "…, Trump accused X of Y": the verb has content of its own
    # after the verb: at most a few words of its own ("said Tuesday", "said in a statement"), then a comma
    # or the end of the sentence
    after = cue.i + 1
    while after < sentence.end and doc[after].text not in ",;:.!?" and not doc[after].is_space:
        if after - cue.i > 5 or doc[after].pos_ in ("VERB", "AUX") or doc[after].is_quote or \
                not any(a.i == cue.i for a in doc[after].ancestors):
            return None
        after += 1
    before = _trimmed(doc, sentence.start, comma.i)
    if before is None or len([t for t in before if not t.is_punct]) < 2:
        return None
    pieces = [before]
    if after < sentence.end and doc[after].text == ",":
        rest = _trimmed(doc, after + 1, sentence.end)
        if rest is not None and len(rest) > 2 and rest[0].is_quote and rest[-1].is_quote:
            rest = rest[1:-1]  # "A, she said, “B.”": what was said is inside the marks
        if rest is not None:
            pieces.append(rest)
    if not any(_is_finite(t) for piece in pieces for t in piece):
        return None  # "After meeting the president, the senator said …": no statement, an opening phrase
    opening = before[:2]
    if len(pieces) == 1 and (before[0].pos_ in ("SCONJ", "ADV", "ADJ", "VERB") or
                             any(t.pos_ == "SCONJ" or t.tag_ == "WRB" for t in opening)):
        return None  # "But when Congress cut funding …, Mexico retaliated": a subordinate clause, not a statement
    if before[0].pos_ == "ADP" and len(pieces) == 2 and not any(t.pos_ in ("VERB", "AUX") for t in before):
        pieces = pieces[1:]  # "In a statement, the agency said, …": the opening phrase is not said
    ranges = [(p.start_char, p.end_char) for p in pieces]
    if any(a < q_end and q_start < b for a, b in ranges for q in direct for q_start, q_end in q.parts):
        return None  # "“A,” she said, “B”" is a direct quotation
    speaker = _phrase(subjects[-1] if subjects else nominals[-1])
    if speaker.start <= comma.i:
        speaker = _trimmed(doc, comma.i + 1, speaker.end) or speaker  # never back across the comma
    return Quote("indirect", ranges[0][0], ranges[-1][1], speaker=speaker, cue=cue,
                 pieces=ranges if len(ranges) > 1 else None)


# Dependents that give a verb content of its own (then it is no parenthetical "…, X said").
_OWN_CONTENT = frozenset({"obj", "dobj", "iobj", "dative", "ccomp", "xcomp", "oprd"})


def _is_finite(token: Token) -> bool:
    """A finite verb or auxiliary: what makes a stretch of words a statement rather than a phrase."""
    return token.tag_ in ("VBD", "VBZ", "VBP", "MD") or (token.pos_ in ("VERB", "AUX") and
                                                         "Fin" in token.morph.get("VerbForm"))


def _trimmed(doc: Doc, start: int, end: int) -> Span | None:
    """doc[start:end] without spaces and separating punctuation at either end (quotation marks, "%" and a
    bracket that closes one inside stay)."""
    while start < end and (doc[start].is_space or doc[start].text in _SEPARATORS):
        start += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].text in _SEPARATORS or
                           (doc[end - 1].text in "([{" )):
        end -= 1
    return doc[start:end] if end > start else None


_SEPARATORS = frozenset({",", ";", ":", ".", "!", "?", "—", "–", "-", "--", "...", "…"})


def _preceding_clause(doc: Doc, cue: Token, speaker: Span, direct: list[Quote]) -> Quote | None:
    """The clause a parenthetical "…, X said" hangs on is what X said."""
    head = cue.head
    own = {t.i for t in cue.subtree}
    tokens = [t for t in head.subtree if t.i not in own]
    if not tokens:
        return None
    start, end = tokens[0].i, tokens[-1].i + 1
    end = min(end, min(own))  # what comes before the parenthetical
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space) and not doc[end - 1].is_quote:
        end -= 1
    while start < end and (doc[start].is_space or (doc[start].is_punct and not doc[start].is_quote)):
        start += 1
    if start >= end:
        return None
    content = doc[start:end]
    if any(a <= content.start_char < b for q in direct for a, b in q.parts):
        return None
    return Quote("indirect", content.start_char, content.end_char, speaker=speaker, cue=cue)


# Labels that open a line of the newsroom's own notes, not a speaker's words ("UPDATE: …", "Watch: …").
EDITORIAL_LABELS = word_list("editorial_labels")


def _is_editorial_label(name: Span) -> bool:
    """"UPDATE:", "Photos:", and any label of several words in capitals that names no one ("FACT CHECK:",
    "WHY IT MATTERS:"); a single word in capitals is a transcript's speaker ("HARRIS:")."""
    label = name.text.lower()
    if label in EDITORIAL_LABELS or label.removesuffix("s") in EDITORIAL_LABELS:
        return True
    words = [t for t in name if not t.is_punct]
    return len(words) > 1 and all(t.is_upper for t in words) and not any(
        t.ent_type_ in ("PERSON", "ORG") for t in words)


def _speaker_colon(doc: Doc, found: list[Quote]) -> list[Quote]:
    """"NAME: words" at the start of a line (interview transcripts, "Speaker: claim" headlines)."""
    quotes = []
    for sentence in doc.sents:
        tokens = [t for t in sentence if not t.is_space]
        if len(tokens) < 4:
            continue
        colon = next((t for t in tokens[:6] if t.text == ":"), None)
        if colon is None or colon.i == tokens[0].i:
            continue
        first = next((t.i for t in tokens if not t.is_punct), colon.i)
        name = doc[first:colon.i]
        if not len(name):
            continue
        capitalised = all(t.is_title or t.is_upper for t in name if not t.is_punct)
        named = any(e.start <= name.start < e.end for e in doc.ents) or any(t.is_upper for t in name)
        if not capitalised or not named or _is_editorial_label(name):
            continue
        start = colon.i + 1
        end = tokens[-1].i + 1
        content = doc[start:end]
        if content.text.strip() and not any(a <= content.start_char < b for q in found for a, b in q.parts):
            quotes.append(Quote("direct" if content.text.lstrip()[:1] in "\"“‘'" else "indirect",
                                content.start_char, content.end_char, speaker=name, cue=colon))
    return quotes


# Nouns and adjectives of stated attitude whose "about/of/for/over/against" phrase or "that" clause is the
# content, held by their possessor or by the subject they describe: "X's concerns about Y", "X is critical
# of Y", "X has no illusions about Y", "X is a longtime supporter of Y".
ATTITUDE_WORDS = word_list("attitude_words")


def _attitudes(doc: Doc, found: list[Quote]) -> list[Quote]:
    taken = [part for q in found for part in q.parts]
    quotes = []
    for word in doc:
        if word.lower_ not in ATTITUDE_WORDS or word.pos_ not in ("NOUN", "ADJ"):
            continue
        holder = syntax.possessor(word)
        if holder is None:
            verb = word.head if word.dep_ in ("obj", "dobj", "attr", "xcomp", "acomp", "ROOT") else word
            subjects = syntax.subjects(verb, passive=False) if verb.i != word.i else syntax.subjects(word)
            holder = subjects[0] if subjects else None
        if holder is None or holder.pos_ not in ("PROPN", "NOUN", "PRON"):
            continue
        topic = _topic_of(word) or [c for c in word.children if c.dep_ in ("ccomp", "acl") and
                                    any(m.lower_ == "that" for m in c.children)]
        if not topic:
            continue
        node = topic[0]
        start, end = node.left_edge.i, node.right_edge.i + 1
        while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space) and not doc[end - 1].is_quote:
            end -= 1
        content = doc[start:end]
        if not len(content) or any(a <= content.start_char < b for a, b in taken):
            continue
        quotes.append(Quote("indirect", content.start_char, content.end_char, speaker=_phrase(holder), cue=word))
    return quotes


def _according_to(doc: Doc, direct: list[Quote]) -> list[Quote]:
    """"According to X, …": X is the source of the rest of the sentence."""
    found = []
    for token in doc:
        if token.lower_ != "according" or token.i + 2 >= len(doc) or doc[token.i + 1].lower_ != "to":
            continue
        objects = [c for c in doc[token.i + 1].children if c.dep_ == "pobj"]  # ClearNLP: to -> pobj
        if token.dep_ == "case" and token.head.i > token.i + 1:
            source = token.head  # UD: "according" is a case marker of the source
        elif objects:
            source = objects[0]
        else:
            source = next((t for t in doc[token.i + 2:token.sent.end] if t.pos_ in ("PROPN", "NOUN")), None)
        if source is None:
            continue
        speaker = _phrase(source)
        sentence = token.sent
        if token.i == sentence.start:  # "According to X, the claim."
            start = next((t.i + 1 for t in doc[speaker.end:sentence.end] if t.text == ","), speaker.end)
            end = sentence.end
        else:  # "The claim, according to X." / "…, which, according to X, is near a high."
            pieces = _around_phrase(doc, sentence, token, speaker.end)
            if pieces:
                ranges = [(p.start_char, p.end_char) for p in pieces]
                found.append(Quote("indirect", ranges[0][0], ranges[-1][1], speaker=speaker, cue=token,
                                   pieces=ranges if len(ranges) > 1 else None))
            continue
        while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        if end > start:
            content = doc[start:end]
            found.append(Quote("indirect", content.start_char, content.end_char, speaker=speaker, cue=token))
    return found


def _around_phrase(doc: Doc, sentence: Span, first: Token, phrase_end: int) -> list[Span]:
    """What an "according to X" phrase inside a sentence vouches for: the clause before it, and the rest of
    the clause when the phrase sits inside it ("which, according to X, is near a high")."""
    before = _trimmed(doc, sentence.start, first.i)
    set_off = doc[first.i - 1].text == ","  # ", according to X," or inside a clause: "which according to X is"
    rest_end = phrase_end + (1 if phrase_end < sentence.end and doc[phrase_end].text == "," else 0)
    while rest_end < sentence.end and doc[rest_end].text not in (".;:!?" if set_off else ".;:!?,") and \
            not doc[rest_end].is_space:
        rest_end += 1
    after = None
    if phrase_end < sentence.end and (not set_off or doc[phrase_end].text == ","):
        after = _trimmed(doc, phrase_end, rest_end)
    return [piece for piece in (before, after) if piece is not None]
