"""Special forms of attribution: the parenthetical ("A, she said, B"), the preceding clause ("Talks failed,
officials said"), the inversion after a fronted phrase ("Right now, said X, there are …"), "according to X",
"Speaker: text", and stated attitudes ("X's concerns about Y")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..lang import syntax
from ..lang.lexicon import (
    descriptors,
    word_list,
)
from ..lang.spans import trimmed
from .clauses import topic_of
from .model import Quote
from .speakers import RELATIVE_PRONOUNS, speaker_phrase
from .text import is_finite, is_time

__all__ = ["ATTITUDE_WORDS", "EDITORIAL_LABELS", "according_to", "fronted_inversion", "inverted_report",
           "parenthetical_report", "preceding_clause", "speaker_colon", "stated_attitudes"]


def parenthetical_report(doc: Doc, cue: Token, direct: list[Quote]) -> Quote | None:
    """"A, X said, B." and "A, X said.": an attribution set off by commas inside a sentence, or closing it,
    gives X what the sentence says around it, whatever the parser made of the sentence (a small model often
    makes "said" the root and the words before it its subject)."""
    sentence = cue.sent
    comma = next((t for t in reversed(doc[max(sentence.start, cue.i - 10):cue.i]) if t.text in ",;:—–"), None)
    if comma is None or comma.text != ",":
        return None
    between = doc[comma.i + 1:cue.i]
    if not len(between) or any(t.pos_ in ("VERB", "AUX", "CCONJ") or t.is_quote or t.tag_ in ("WDT", "WP") or
                               t.lower_ in RELATIVE_PRONOUNS for t in between):
        return None  # ", which critics dispute", ", but X declined": a clause of the writer's, no attribution
    nominals = [t for t in between if t.pos_ in ("NOUN", "PROPN", "PRON")]
    subjects = [t for t in syntax.subjects(cue, passive=False) if comma.i < t.i < cue.i]
    if not nominals:
        return None
    if any(c.i > cue.i and syntax.functions_as(c, _OWN_CONTENT) and not any(t.text == "," for t in doc[cue.i + 1:c.i])
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
    before = trimmed(doc, sentence.start, comma.i)
    if before is None or len([t for t in before if not t.is_punct]) < 2:
        return None
    pieces = [before]
    if after < sentence.end and doc[after].text == ",":
        rest = trimmed(doc, after + 1, sentence.end)
        if rest is not None and len(rest) > 2 and rest[0].is_quote and rest[-1].is_quote:
            rest = rest[1:-1]  # "A, she said, “B.”": what was said is inside the marks
        if rest is not None and not (rest[0].lower_ in _SOURCING and rest[0].head.i == cue.i):
            pieces.append(rest)  # not "…, X reported, citing two officials": where the report comes from
    if not any(is_finite(t) for piece in pieces for t in piece):
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
    speaker = speaker_phrase(subjects[-1] if subjects else nominals[-1])
    if speaker.start <= comma.i:
        speaker = trimmed(doc, comma.i + 1, speaker.end) or speaker  # never back across the comma
    return Quote("indirect", ranges[0][0], ranges[-1][1], speaker=speaker, cue=cue, layout="parenthetical",
                 pieces=ranges if len(ranges) > 1 else None)


# Participles after a report that name where it comes from, not more of what was said.
_SOURCING = word_list("sourcing_participles")

# Dependents that give a verb content of its own (then it is no parenthetical "…, X said").
_OWN_CONTENT = syntax.DIRECT_OBJECT | syntax.INDIRECT_OBJECT | syntax.CLAUSAL_COMPLEMENT | syntax.OBJECT_PREDICATE


def preceding_clause(doc: Doc, cue: Token, speaker: Span, direct: list[Quote]) -> Quote | None:
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
    return Quote("indirect", content.start_char, content.end_char, speaker=speaker, cue=cue,
                 layout="clause, then an attribution")


def inverted_report(doc: Doc, cue: Token, direct: list[Quote]) -> Quote | None:
    """"Floods displaced thousands, reported Rede Sul." / "…, said the ministry on Monday.": a verb after a
    comma, with no subject of its own and the source after it ending the sentence, reports the clause before
    the comma (the parser reads the source as the verb's object)."""
    has_subject = any(syntax.functions_as(c, syntax.SUBJECT) for c in cue.children)
    if cue.i == 0 or doc[cue.i - 1].text != "," or has_subject or not is_finite(cue):
        return None  # not "…, citing the threat" / "…, echoing Mr. Putin"
    sentence = cue.sent
    source = next((c for c in cue.rights if syntax.functions_as(c, syntax.DIRECT_OBJECT) and c.pos_ in ("NOUN", "PROPN")
                   and c.left_edge.i - cue.i <= 2), None)
    if source is None or source.right_edge.i - source.left_edge.i >= 6 or not _names_a_source(source):
        return None
    rest = [t for t in doc[source.right_edge.i + 1:sentence.end] if not (t.is_punct or t.is_space)]
    if not all(is_time(t) or (t.pos_ == "ADP" and t.i + 1 < len(doc) and is_time(doc[t.i + 1])) for t in rest):
        return None  # more words after the source: not a closing attribution
    start = sentence.start
    while start < cue.i - 1 and (doc[start].is_space or (doc[start].is_punct and not doc[start].is_quote)):
        start += 1
    content = doc[start:cue.i - 1]
    if len(content) < 3 or not any(is_finite(t) for t in content):
        return None
    if any(a < content.end_char and content.start_char < b for q in direct for a, b in q.parts):
        return None
    speaker = speaker_phrase(source)
    return Quote("indirect", content.start_char, content.end_char, speaker=speaker, cue=cue, layout="inverted")


def fronted_inversion(doc: Doc, cue: Token, direct: list[Quote]) -> Quote | None:
    """"Right now, said Dr. Lina Haddad, there are 40 patients …": a reporting verb right after a comma,
    followed by its source and a second comma, sets the attribution inside what was said (both sides are the
    content, whatever the parser made of the verb). The verb has no subject before it."""
    if cue.i == 0 or doc[cue.i - 1].text != "," or not is_finite(cue) or \
            any(syntax.functions_as(c, syntax.SUBJECT) and c.i < cue.i for c in cue.children):
        return None
    sentence = cue.sent
    comma = next((t.i for t in doc[cue.i + 1:min(cue.i + 9, sentence.end)] if t.text == ","), None)
    source = trimmed(doc, cue.i + 1, comma) if comma is not None else None
    if source is None or not any(t.pos_ in ("PROPN", "NOUN") for t in source) or \
            any(t.pos_ in ("VERB", "AUX") or t.is_quote for t in source):
        return None
    before, after = trimmed(doc, sentence.start, cue.i - 1), trimmed(doc, comma + 1, sentence.end)
    if after is None or len(after) < 3 or not any(is_finite(t) for t in after):
        return None
    pieces = [p for p in (before, after) if p is not None]
    ranges = [(p.start_char, p.end_char) for p in pieces]
    if any(a < ranges[-1][1] and ranges[0][0] < b for q in direct for a, b in q.parts):
        return None
    return Quote("indirect", ranges[0][0], ranges[-1][1], speaker=source, cue=cue, layout="inverted, set inside",
                 pieces=ranges if len(ranges) > 1 else None)


def _names_a_source(token: Token) -> bool:
    """A name, or a noun for a person or an organisation ("the ministry", "state media")."""
    labels = {descriptors().get(token.lemma_.lower()), descriptors().get(token.lower_)}
    return token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or \
        bool(labels & {"PERSON", "ORG"})


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


_NOT_SPEAKING_LABELS = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART"})


def speaker_colon(doc: Doc, found: list[Quote]) -> list[Quote]:
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
        labels = {e.label_ for e in doc.ents if e.start <= name.start < e.end}
        named = bool(labels) or any(t.is_upper for t in name)
        # a team, a country or a company before a colon heads notes ("Thunder: Host the Lakers"), not speech
        if not capitalised or not named or _is_editorial_label(name) or \
                (labels & _NOT_SPEAKING_LABELS and not all(t.is_upper for t in name if t.is_alpha)):
            continue  # (a transcript's "VARGA:" speaks, whatever label the model gives it)
        start = colon.i + 1
        end = tokens[-1].i + 1
        content = doc[start:end]
        if content.text.strip() and not any(a <= content.start_char < b for q in found for a, b in q.parts):
            quotes.append(Quote("direct" if content.text.lstrip()[:1] in "\"“‘'" else "indirect",
                                content.start_char, content.end_char, speaker=name, cue=colon,
                                layout="speaker and colon"))
    return quotes


# Nouns and adjectives of stated attitude whose "about/of/for/over/against" phrase or "that" clause is the
# content, held by their possessor or by the subject they describe: "X's concerns about Y", "X is critical
# of Y", "X has no illusions about Y", "X is a longtime supporter of Y".
ATTITUDE_WORDS = word_list("attitude_words")
# Where an attitude word stands as what its clause says of the holder: "X has [concerns]", "X is [critical]".
_PREDICATIVE = syntax.DIRECT_OBJECT | syntax.ATTRIBUTE | syntax.OPEN_COMPLEMENT | syntax.ADJECTIVAL_COMPLEMENT | \
    syntax.ROOT


def stated_attitudes(doc: Doc, found: list[Quote]) -> list[Quote]:
    taken = [part for q in found for part in q.parts]
    quotes = []
    for word in doc:
        if word.lower_ not in ATTITUDE_WORDS or word.pos_ not in ("NOUN", "ADJ"):
            continue
        holder = syntax.possessor(word)
        if holder is None:
            verb = word.head if syntax.functions_as(word, _PREDICATIVE) else word
            subjects = syntax.subjects(verb, passive=False) if verb.i != word.i else syntax.subjects(word)
            holder = subjects[0] if subjects else None
        if holder is None or holder.pos_ not in ("PROPN", "NOUN", "PRON"):
            continue
        topic = topic_of(word) or [c for c in word.children if
                                   syntax.functions_as(c, syntax.CLOSED_COMPLEMENT | syntax.ADNOMINAL_CLAUSE) and
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
        quotes.append(Quote("indirect", content.start_char, content.end_char, speaker=speaker_phrase(holder), cue=word,
                            layout="stated attitude"))
    return quotes


def according_to(doc: Doc, direct: list[Quote]) -> list[Quote]:
    """"According to X, …": X is the source of the rest of the sentence."""
    found = []
    for token in doc:
        if token.lower_ != "according" or token.i + 2 >= len(doc) or doc[token.i + 1].lower_ != "to":
            continue
        objects = [c for c in doc[token.i + 1].children if syntax.functions_as(c, syntax.CLEAR_NOUN_OBJECT)]
        if syntax.functions_as(token, syntax.CASE_MARKER) and token.head.i > token.i + 1:  # ClearNLP: to -> pobj
            source = token.head  # UD: "according" is a case marker of the source
        elif objects:
            source = objects[0]
        else:
            source = next((t for t in doc[token.i + 2:token.sent.end] if t.pos_ in ("PROPN", "NOUN")), None)
        if source is None:
            continue
        speaker = speaker_phrase(source)
        sentence = token.sent
        opens_clause = token.i == sentence.start or token.text == "According" or doc[token.i - 1].lower_ == "that"
        if opens_clause:  # "According to X, the claim." / "… has learned that according to X, the claim."
            start = next((t.i + 1 for t in doc[speaker.end:sentence.end] if t.text == ","), speaker.end)
            end = next((t.i for t in doc[start:sentence.end] if t.text in (".", "!", "?")), sentence.end)
        else:  # "The claim, according to X." / "…, which, according to X, is near a high."
            pieces = _around_phrase(doc, sentence, token, speaker.end)
            if pieces:
                ranges = [(p.start_char, p.end_char) for p in pieces]
                found.append(Quote("indirect", ranges[0][0], ranges[-1][1], speaker=speaker, cue=token,
                                   layout="according to",
                                   pieces=ranges if len(ranges) > 1 else None))
            continue
        while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        if end > start:
            content = doc[start:end]
            found.append(Quote("indirect", content.start_char, content.end_char, speaker=speaker, cue=token,
                               layout="according to"))
    return found


def _around_phrase(doc: Doc, sentence: Span, first: Token, phrase_end: int) -> list[Span]:
    """What an "according to X" phrase inside a sentence vouches for: the clause before it, and the rest of
    the clause when the phrase sits inside it ("which, according to X, is near a high")."""
    before = trimmed(doc, sentence.start, first.i)
    set_off = doc[first.i - 1].text == ","  # ", according to X," or inside a clause: "which according to X is"
    rest_end = phrase_end + (1 if phrase_end < sentence.end and doc[phrase_end].text == "," else 0)
    while rest_end < sentence.end and doc[rest_end].text not in (".;:!?" if set_off else ".;:!?,") and \
            not doc[rest_end].is_space:
        rest_end += 1
    after = None
    if phrase_end < sentence.end and (not set_off or doc[phrase_end].text == ","):
        after = trimmed(doc, phrase_end, rest_end)
    return [piece for piece in (before, after) if piece is not None]
