"""Direct quotations: a paired quotation and its speaker, before or after it, after a dash, in the next
sentence, or the speaker of the quotation before; wording a document holds belongs to the document."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ..lang import syntax
from ..lang.lexicon import (
    word_list,
)
from ..lang.spans import doc_text, trimmed
from .clauses import ANY_TOPIC_PREPOSITION
from .model import DASHES, DOCUMENT_NOUNS, Quote
from .pairing import QuotedSpan
from .speakers import speaker_of, speaker_phrase
from .text import is_cue, is_time, sentence_starts, verb_lemma

__all__ = ["MAX_LEAD_IN_WORDS", "direct_quote", "inherit_adjacent_speakers"]

# --------------------------------------------------------------------------------------------- direct

def _content_tokens(doc: Doc, span: QuotedSpan) -> Span | None:
    return doc.char_span(span.start, span.end, alignment_mode="contract")


def direct_quote(doc: Doc, span: QuotedSpan, cues: list[Token]) -> Quote | None:
    quote = Quote("direct", span.start, span.end, marks=span.marks, quoted=[span])
    content = _content_tokens(doc, span)
    if content is None or not len(content):
        return quote
    inside = {t.i for t in content}
    document = _document_wording(content)
    if document is not None:
        speaker, cue = document
        return replace(quote, speaker=speaker, cue=cue, document=True, layout="document wording")
    sentence_of = sentence_starts(doc)
    sentences = {sentence_of[t.i] for t in content} | {sentence_of[min(content.end, len(doc) - 1)]}
    outside = [c for c in cues if c.i not in inside and sentence_of[c.i] in sentences]
    # The cue whose clause contains the quotation first ("“…,” X said": the quotation is its complement),
    # then the nearest cue after the closing mark, then the nearest before the opening mark.
    # A cue right before the opening mark ("replied, “…”", "said: “…”") comes before all of them: a parser
    # may hang the quotation on an earlier verb of the sentence.
    introducing = [c for c in outside if c.idx < span.open_at and
                   not doc_text(doc)[c.idx + len(c):span.open_at].strip(" ,:\n")]
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
            attributed = replace(quote, cue=cue, speaker=speaker, layout="quotation and verb")
            return _with_lead_in(doc, _widen_to_clause(doc, attributed, content, cue), content, cue)
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
            return replace(quote, kind="mixed", content_start=start, content_end=end)
        break
    return _words_between_verb_and_mark(doc, quote, content, cue)


# Verbs whose first noun phrase is the person addressed ("told reporters “…”"), not part of what was said.
_ADDRESSEE_VERBS = word_list("addressee_verbs")


def _words_between_verb_and_mark(doc: Doc, quote: Quote, content: Span, cue: Token) -> Quote:
    """"Sanders said the tax breaks “do nothing for the economy.”": a quotation that opens in lowercase
    completes the clause begun after the verb, even where the parser made that clause's subject the verb's
    object. Not after a comma or a colon ("said, “…”"), nor across an addressee ("told reporters “…”")."""
    opening = doc_text(doc)[quote.quoted[0].start:quote.quoted[0].end].lstrip()[:1]
    if not opening.islower() or verb_lemma(cue) in _ADDRESSEE_VERBS:
        return quote
    between = [t for t in doc[cue.i + 1:content.start] if t.idx < quote.quoted[0].open_at and not t.is_space]
    if between and between[0].lower_ == "that":
        between = between[1:]
    words = [t for t in between if not t.is_punct]
    if len(words) < 2 or len(words) != len(between) or any(is_cue(t) or is_time(t) for t in words) or \
            doc[cue.i + 1].sent.start != cue.sent.start or words[0].pos_ in ("ADP", "ADV", "SCONJ") or \
            any(t.head.i == cue.i and not syntax.functions_as(t, syntax.DIRECT_OBJECT | syntax.SUBJECT)
                for t in words):
        return quote  # "said to reporters “…”", "said after the game “…”": where and to whom, not what
    return replace(quote, kind="mixed", content_start=words[0].idx,
                   content_end=max(quote.content_end, quote.quoted[-1].close_end))


# Lead-ins longer than this are narration of their own, not the start of what was said.
MAX_LEAD_IN_WORDS = 25


def _with_lead_in(doc: Doc, quote: Quote, content: Span, cue: Token) -> Quote:
    """Words of the same sentence before the opening mark that the quotation completes belong to the
    statement: "Not paying taxes “makes me smart,” he said", "With thousands of systems, “there is no single
    point of failure,” he said", and with the attribution set inside, "So when X, he said, “we were floored.”"
    (then the statement has two pieces). Not when the words before are the attribution itself or a question
    put to the speaker ("Asked about X, …")."""
    opening = doc_text(doc)[quote.quoted[0].start:quote.quoted[0].end].lstrip()[:1]
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
        lead_in = trimmed(doc, sentence.start, before_mark)
    if lead_in is None or lead_in.end_char > quote.quoted[0].open_at:
        return quote
    words = [t for t in lead_in if not (t.is_punct or t.is_space or t.is_quote)]
    if not words or len(words) > MAX_LEAD_IN_WORDS or words[0].tag_ == "VBN" or \
            any(t.text in ":;" or (is_cue(t) and not attribution_inside) or t.is_quote for t in lead_in):
        return quote
    pieces = [(lead_in.start_char, lead_in.end_char), *((q.start, q.end) for q in quote.quoted)] \
        if attribution_inside else quote.pieces
    return replace(quote, kind="mixed", pieces=pieces, content_start=lead_in.start_char,
                   content_end=max(quote.content_end, quote.quoted[-1].close_end))  # the closing mark too


def _parenthetical_lead_in(doc: Doc, sentence: Span, cue: Token, quote: Quote) -> Span | None:
    """"A, X said, “B”": A, when the attribution is set off by commas and the quotation follows it."""
    if doc_text(doc)[cue.idx + len(cue):quote.quoted[0].open_at].strip() != ",":
        return None
    comma = next((t for t in reversed(doc[max(sentence.start, cue.i - 10):cue.i]) if t.text == ","), None)
    if comma is None or any(t.pos_ in ("VERB", "AUX") for t in doc[comma.i + 1:cue.i]):
        return None
    lead_in = trimmed(doc, sentence.start, comma.i)
    # a subordinate clause ("So when X signaled …,"), not a phrase of time or place ("After the vote,") and
    # not a main clause of its own ("She said …, and when pressed, the engineer replied, “…”")
    if lead_in is None or lead_in[0].pos_ not in ("SCONJ", "ADV", "CCONJ") or \
            not any(t.pos_ in ("VERB", "AUX") for t in lead_in):
        return None
    return lead_in


def _unattributed(doc: Doc, span: QuotedSpan, content: Span, quote: Quote, cues: list[Token]) -> Quote:
    """No reporting verb around the quotation: a name after a dash, or a short "X said." sentence after it."""
    dash = _dash_speaker(doc, span)
    if dash is not None:
        return replace(quote, speaker=dash, layout="quotation and dash")
    attribution = _next_sentence_speaker(doc, content, cues)
    if attribution is None:
        return replace(quote, speaker=None)
    speaker, cue = attribution
    return replace(quote, speaker=speaker, cue=cue, layout="quotation, then an attribution")


def _document_wording(content: Span) -> tuple[Span, Token | None] | None:
    """The document (and its verb) whose wording a quotation is: a quotation inside a clause that modifies a
    document noun ("the motion that would condemn X “…”"); ``None`` for any other quotation."""
    token = content.root
    for _ in range(len(content.doc)):
        head = token.head
        if head.i == token.i:
            return None
        if syntax.functions_as(token, syntax.RELATIVE_CLAUSE | syntax.ADNOMINAL_CLAUSE) and \
                head.lemma_.lower() in DOCUMENT_NOUNS:
            return speaker_phrase(head), token if is_cue(token) else None
        token = head
    return None


def _dash_speaker(doc: Doc, span: QuotedSpan) -> Span | None:
    """"“…” — Jane Doe": a name right after a dash that follows the closing mark."""
    rest = doc_text(doc)[span.close_end:span.close_end + 3].lstrip()
    if not rest or rest[0] not in DASHES:
        return None
    for ent in doc.ents:
        if ent.start_char > span.close_at and ent.start_char - span.close_at <= 5:
            return ent
    # a signature the model did not recognise ("” ― Krystal Correa"): the capitalised words after the dash,
    # up to a comma or the end of the line
    dash = doc.char_span(span.close_end, span.close_end + 3, alignment_mode="expand")
    if dash is None:
        return None
    start = next((t.i + 1 for t in dash if t.text[:1] in DASHES), None)
    if start is None:
        return None
    while start < len(doc) and doc[start].is_space:
        start += 1  # a no-break space after the dash is a token of its own
    end = start
    while end < len(doc) and doc[end].is_title and not doc[end].is_space and end - start < 5:
        end += 1
    return doc[start:end] if end - start >= 2 else None


def _next_sentence_speaker(doc: Doc, content: Span, cues: list[Token]) -> tuple[Span, Token] | None:
    """The speaker and verb of a short attribution right after the quotation ("X said.", "said X, a
    lawyer.") or right before it ("Said X:")."""
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
            return speaker, cue
    return None


def _subject_outside(cue: Token, inside: set[int]) -> Span | None:
    """A subject of the verb outside the quotation, when the parser gave the verb a second subject inside it
    ("“…. One of the finest judges,” Rep. X said": "One" and "X" both subjects)."""
    subjects = [s for s in syntax.subjects(cue, passive=False) if s.i not in inside and not is_time(s)]
    return speaker_phrase(subjects[0]) if subjects else None


def _noun_after_verb_after_mark(doc: Doc, span: QuotedSpan, cue: Token) -> Span | None:
    """"“…,” said retired teacher Jane Doe": a verb right after the closing mark is followed by its speaker, even
    when the parser read that noun phrase as the verb's object."""
    if doc_text(doc)[span.close_end:cue.idx].strip(" ,\n"):
        return None
    following = [c for c in cue.rights if c.pos_ in ("NOUN", "PROPN") and c.i - cue.i <= 4 and not is_time(c)]
    return speaker_phrase(following[0]) if following else None


def _name_after_mark(doc: Doc, span: QuotedSpan, cue: Token) -> Span | None:
    """"“…,” Jane Doe, the attorney general of X, one of the states suing Y, said": a name right after the
    closing comma and mark, when the parse of the long apposition lost the verb's subject."""
    if not doc_text(doc)[span.start:span.end].rstrip().endswith(","):
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


def _inverted_speaker(cue: Token) -> Span | None:
    """"said Jane Doe": a name right after the verb, parsed as its object."""
    following = [c for c in cue.rights if (c.pos_ == "PROPN" or c.tag_ in ("NNP", "NNPS")) and c.i - cue.i <= 4
                 and not c.is_space and not is_time(c)]
    if following:
        return speaker_phrase(following[0])
    # the parser attached the name elsewhere: a name that starts within a title's reach of the verb, after
    # titles, role nouns and an organisation ("said Rep. Jane Doe of Ohio", "said coach Maria Santos after
    # …", "said Helix Corp chief executive Anna Lind")
    doc = cue.doc
    name = next((e for e in doc.ents if 0 < e.start - cue.i <= 5 and e.label_ in ("PERSON", "ORG")), None)
    if name is None or not all(t.is_title or (t.pos_ in ("NOUN", "ADJ", "PROPN") and t.is_alpha)
                               for t in doc[cue.i + 1:name.start]):
        return None
    return doc[cue.i + 1:name.end]


def inherit_adjacent_speakers(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """A quotation with no speaker of its own, right after a quotation that has one, continues it; the two
    become one statement ("“A,” she said. “B.”"), as do two quotations given to the same words naming the
    speaker ("“A,” X said, adding, “B.”"). Returns the statements, the joined ones made anew."""
    merged: list[Quote] = []
    for quote in quotes:
        previous = merged[-1] if merged else None
        same_cue = previous is not None and quote.cue is not None and previous.cue is not None and \
            quote.cue.i == previous.cue.i
        # "“A,” X said, adding, “B.”": the same speaker's words, the second verb hung on the first
        same_speaker = previous is not None and quote.speaker is not None and previous.speaker is not None and \
            (quote.speaker.start, quote.speaker.end) == (previous.speaker.start, previous.speaker.end)
        if previous is not None and (quote.speaker is None or same_cue or same_speaker) and \
                previous.speaker is not None and \
                not previous.document and previous.kind == "direct" and quote.kind == "direct":
            gap_start, gap_end = previous.quoted[-1].close_end, quote.quoted[0].open_at
            gap = doc_text(doc)[gap_start:gap_end]
            # the attribution between the parts may be long ("“A,” said X, a lawyer who … . “B.”")
            attribution_between = previous.cue is not None and gap_start <= previous.cue.idx < gap_end
            if (len(gap.split()) <= 6 or (attribution_between and len(gap.split()) <= 30)) and "\n" not in gap:
                merged[-1] = replace(previous, content_end=quote.content_end, quoted=previous.quoted + quote.quoted)
                continue
        merged.append(quote)
    return merged
