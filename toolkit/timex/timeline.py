"""Events dated by the article's temporal expressions, and their order.

Each DATE or TIME expression dates the event it belongs to: the predicate it hangs on in the parse (a verb,
or an event noun such as "conversation" or "vote"), with the participants named in that clause. Events
without a date of their own are placed by textual cues where the text gives one:

- "earlier on Monday" / "later on Monday": same day, before / after the other events of that day;
- "N days after X" / "weeks before X": relative to the event X (the timeline orders them, no date invented);
- "ever since" / "since then" opening a sentence: from the previous dated event up to the anchor;
- a "when ..." clause right after a date ("since 1998, when the coalition won"): dated by that expression.

Events are ordered by start date, then by those cues, then by position in the text; an event that can be
ordered by nothing is flagged with ``certainty = "undated"``.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Literal

from spacy.tokens import Doc, Span, Token

from ..lang import syntax
from ..lang.labels import ACTOR_LABELS
from ..lang.lexicon import word_list
from ..lang.spans import doc_text
from . import Timex
from .relative import relative_direction

__all__ = ["PARTICIPANT_LABELS", "Certainty", "Event", "build_timeline", "describe", "order_events", "participants"]

#: Entity labels whose mentions count as participants of an event.
PARTICIPANT_LABELS = ACTOR_LABELS
# Dependents of a predicate that start another event: their participants are not this event's.
_OTHER_EVENTS = syntax.CLAUSAL_COMPLEMENT | syntax.PARATAXIS | syntax.CLAUSAL_MODIFIER | syntax.CONJUNCT
# A date's relations to a noun it dates ("Monday's vote", "the vote on Monday"), in both schemes.
_DATE_ON_A_NOUN = syntax.UD_OBLIQUE | syntax.NOUN_COMPOUND | syntax.UD_POSSESSOR | syntax.CLEAR_PREP_OBJECT | \
    syntax.CLEAR_PREPOSITION
_SINCE_CUES = tuple(sorted(word_list("since_cues")))  # "ever since", "since then": opening a sentence


#: How an event was placed: a day, a vaguer period, an open interval, against another event or the anchor only.
Certainty = Literal["exact", "approximate", "interval", "relative", "undated"]


@dataclass
class Event:
    """One event of the timeline; ``start``/``end`` are the offsets of its predicate word."""

    predicate: Token
    text: str
    participants: list[Span]  # the names taking part, as spans (the analysis links them to actors)
    timex: Timex | None = None
    start_date: date | None = None
    end_date: date | None = None
    certainty: Certainty = "undated"
    cue: str | None = None  # "earlier", "later", "after", "before", "since"
    reference: Event | None = field(default=None, repr=False)
    sort_date: date | None = field(default=None, repr=False)  # for ordering only, never shown

    def __post_init__(self) -> None:
        if self.sort_date is None:
            self.sort_date = self.start_date

    @property
    def start(self) -> int:
        return self.predicate.idx

    @property
    def end(self) -> int:
        return self.predicate.idx + len(self.predicate.text)


def build_timeline(doc: Doc, timexes: list[Timex], anchor: date | None) -> list[Event]:
    """The ordered events of a parsed Doc, dated by ``timexes`` (from the ``toolkit_timexes`` component)."""
    if not doc.has_annotation("DEP"):
        return []
    events = [_dated_event(doc, t) for t in timexes
              if (t.type in ("DATE", "TIME") or t.rule == "event_relative") and not t.value.endswith("_REF")]
    events = [e for e in events if e is not None]
    if anchor is None:
        _order_relative_dates(doc, events)
    events += _when_clause_events(doc, events)
    events += _since_events(doc, events, anchor)
    _link_relative(doc, events)
    return order_events(_unique(events))


# Without an anchor, relative dates are ordered against this stand-in; its dates are never shown.
_PROVISIONAL_ANCHOR = date(2000, 6, 15)


def _order_relative_dates(doc: Doc, events: list[Event]) -> None:
    """Give anchor-dependent events a sort date from a provisional anchor, so that "last month" still comes
    before "on Monday", which comes before "next Tuesday". The stand-in is the day after the latest absolute
    date the article mentions (news reports after what it dates), so relative events sort after those."""
    from . import doc_timexes

    absolute = [_last_day(e.timex) for e in events
                if e.timex is not None and e.timex.start_date is not None and not e.timex.anchor_dependent]
    stand_in = max(absolute) + timedelta(days=1) if absolute else _PROVISIONAL_ANCHOR
    provisional = {(t.start, t.end): t.start_date for t in doc_timexes(doc, stand_in)}
    for event in events:
        if event.sort_date is None and event.timex is not None:
            event.sort_date = provisional.get((event.timex.start, event.timex.end))


def _last_day(timex: Timex) -> date:
    """The last day a dated expression's own period covers (a year for "since 2006")."""
    if timex.end_date is not None and timex.mod != "ON_OR_AFTER":
        return timex.end_date
    return date(timex.start_date.year, 12, 31) if timex.granularity == "year" else timex.start_date


# --------------------------------------------------------------------------------------------- events

def _dated_event(doc: Doc, timex: Timex) -> Event | None:
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    predicate = _event_head(span)
    if predicate is None:
        return None
    edge = timex.text.split()[0].lower()
    cue = edge if edge in ("earlier", "later") else None
    if timex.rule in ("event_relative", "next_day") and timex.start_date is None:
        cue = relative_direction(timex.text) or cue
    return Event(predicate, describe(predicate, span), participants(predicate), timex, timex.start_date,
                 timex.end_date, _certainty(timex), cue)


def _event_head(span: Span) -> Token | None:
    """The predicate a date belongs to: an event noun it modifies ("conversation ... on Monday"), else its verb.
    "X came [days after] Y said": the date places the main clause, not the clause its "after" introduces."""
    subordinator = span[-1]
    if subordinator.lower_ in ("after", "before") and syntax.functions_as(subordinator, syntax.MARKER) and \
            syntax.functions_as(subordinator.head, syntax.CLAUSAL_MODIFIER) and \
            subordinator.head.head.i != subordinator.head.i:
        return syntax.governing_verb(subordinator.head.head)
    head = span.root.head
    if head.pos_ == "NOUN" and syntax.functions_as(span.root, _DATE_ON_A_NOUN):
        return head
    if syntax.functions_as(head, syntax.CLEAR_PREPOSITION):  # ClearNLP: noun -prep-> on -pobj-> Monday
        return head.head if head.head.pos_ == "NOUN" else syntax.governing_verb(head)
    return syntax.governing_verb(span.root)


def _certainty(timex: Timex) -> Certainty:
    if (timex.value.startswith(("EVENT", "REF", "XXXX")) or timex.rule == "event_relative") and \
            timex.start_date is None:
        return "relative"  # placed against the anchor or another event, but no calendar date without an anchor
    if timex.start_date is None:
        return "undated"
    if timex.mod == "ON_OR_AFTER":
        return "interval"
    return "exact" if timex.granularity in ("day", "part_of_day", "time") and not timex.mod else "approximate"


def describe(predicate: Token, skip: Span | None = None, subject: Token | None = None) -> str:
    """A short readable label of the event: subject, predicate (with its particle or compound), object.
    Words of ``skip`` (the date itself) are never taken as subject or object."""
    def usable(tokens: list[Token]) -> list[Token]:
        return [t for t in tokens if skip is None or not skip.start <= t.i < skip.end]

    if subject is None:
        subject = next(iter(usable(syntax.subjects(predicate))), None)
    if subject is None and syntax.functions_as(predicate, syntax.OPEN_COMPLEMENT):  # "X plans to vote": X votes
        subject = next(iter(usable(syntax.subjects(predicate.head))), None)
    stand_in = _nearest_named_before(predicate, skip) if subject is None else None
    objects = usable(syntax.direct_objects(predicate))
    parts = []
    if subject is not None:
        parts.append(_phrase(subject))
    elif stand_in is not None:
        parts.append(stand_in.text)
    modifiers = [c for c in predicate.children if syntax.functions_as(c, syntax.NOUN_COMPOUND | syntax.PARTICLE) and
                 c.i < predicate.i]
    parts.append(" ".join([*(m.text for m in modifiers), predicate.text]))
    particles = [c.text for c in predicate.children if syntax.functions_as(c, syntax.PARTICLE) and c.i > predicate.i]
    parts.extend(particles)
    if objects:
        parts.append(_phrase(objects[0]))
    return " ".join(parts)


def _phrase(token: Token) -> str:
    """A noun with the words before it in its phrase and its name parts ("Health Minister Amina
    Otieno", "landslide victory"), without determiners, punctuation and case markers."""
    names = {t.i for t in syntax.name_parts(token)}
    words = [t for t in token.subtree if (t.i <= token.i or t.i in names)
             and t.pos_ not in ("DET", "PUNCT", "PART", "ADP", "SPACE") and
             not syntax.functions_as(t, syntax.CASE_MARKER | syntax.DETERMINER | syntax.PUNCTUATION)]
    return " ".join(t.text for t in words)


def _nearest_named_before(predicate: Token, skip: Span | None = None) -> Span | None:
    """When the parse gives no subject ("X plans to vote" misparsed), the closest name before the predicate
    in its sentence stands in for it."""
    for token in reversed(predicate.doc[predicate.sent.start:predicate.i]):
        if skip is not None and skip.start <= token.i < skip.end:
            continue
        if token.ent_type_ in PARTICIPANT_LABELS and token.ent_type_ != "NORP":
            return next(e for e in predicate.doc.ents if e.start <= token.i < e.end)
    return None


def participants(predicate: Token) -> list[Span]:
    """Named participants: entity mentions in the predicate's own arguments (not in embedded events); for an
    event noun, also the subject of the verb it belongs to."""
    tokens = list(_own_subtree(predicate))
    if predicate.pos_ == "NOUN":
        verb = syntax.governing_verb(predicate)
        if verb is not None:
            for subject in syntax.subjects(verb):
                tokens.extend(subject.subtree)
    if syntax.functions_as(predicate, syntax.OPEN_COMPLEMENT):
        for subject in syntax.subjects(predicate.head):
            tokens.extend(subject.subtree)
    if not syntax.subjects(predicate) and not (syntax.functions_as(predicate, syntax.OPEN_COMPLEMENT) and
                                                      syntax.subjects(predicate.head)):
        stand_in = _nearest_named_before(predicate)
        if stand_in is not None:
            tokens.append(stand_in.root)
    tokens.extend(name.root for s in syntax.subjects(predicate) if (name := _former_or_latter(s)) is not None)
    return _names_in(predicate.doc, {t.i for t in tokens})


def _former_or_latter(subject: Token) -> Span | None:
    """The name "the former" / "the latter" stands for: the first / second of the last two names of one kind
    before it, in its sentence or the one before ("divided between X and Y, when the latter won": Y)."""
    if subject.lower_ not in ("former", "latter") or not any(c.lower_ == "the" for c in subject.children):
        return None
    sentence = subject.sent
    since = sentence.doc[sentence.start - 1].sent.start if sentence.start > 0 else 0
    own_clause = {t.i for t in subject.head.subtree}  # "In Paris, the latter said": Paris is not the antecedent
    names = [e for e in subject.doc.ents if since <= e.start and e.end <= subject.i and e.label_ in PARTICIPANT_LABELS
             and e.label_ != "NORP" and e.root.i not in own_clause]
    # the pair is the last two names joined by "and", else the last two of one kind ("Merkel met Macron in
    # Paris. The former …": the two people)
    heads = {n.root.i: n for n in names}
    joined = (n for n in reversed(names) if syntax.functions_as(n.root, syntax.CONJUNCT) and n.root.head.i in heads)
    of_one_kind = ([n for n in names if n.label_ == name.label_][-2:] for name in reversed(names))
    pair = next(([heads[n.root.head.i], n] for n in joined), None) or \
        next((p for p in of_one_kind if len(p) == 2), None)
    if pair is None:
        return None
    return pair[1] if subject.lower_ == "latter" else pair[0]


def _names_in(doc: Doc, indexes: set[int]) -> list[Span]:
    """Names whose head is among ``indexes``; a nationality or group counts only as a participant in its
    own right ("Kurds protested"), not as a modifier ("Kenyan diplomat")."""
    names = []
    for ent in _names_at(doc, indexes):
        if ent.label_ not in PARTICIPANT_LABELS or ent.root.i not in indexes or ent.text in {n.text for n in names}:
            continue
        if ent.label_ == "NORP" and syntax.functions_as(ent.root, syntax.ADJECTIVAL | syntax.NOUN_COMPOUND |
                                                       syntax.POSSESSOR):
            continue
        names.append(ent)
    return names


def _names_at(doc: Doc, indexes: set[int]) -> list[Span]:
    """The entities that hold one of ``indexes``, in text order (without building all of ``doc.ents``)."""
    found: dict[int, Span] = {}
    for i in sorted(indexes):
        token = doc[i]
        if token.ent_iob_ in ("B", "I"):
            start = i
            while doc[start].ent_iob_ == "I" and start > 0:
                start -= 1
            end = i + 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            found.setdefault(start, Span(doc, start, end, label=token.ent_type_))
    return [found[start] for start in sorted(found)]


def _own_subtree(predicate: Token):
    """The predicate and its dependents, without descending into embedded events (clauses, conjuncts)."""
    yield predicate
    for child in predicate.children:
        if not syntax.functions_as(child, _OTHER_EVENTS):
            yield from _own_subtree(child)


# --------------------------------------------------------------------------------------------- cues

def _when_clause_events(doc: Doc, events: list[Event]) -> list[Event]:
    """"since 2006, when X happened": the when-clause is dated by the expression just before it."""
    found = []
    starts = [token.idx for token in doc] if events else []
    for event in events:
        timex = event.timex
        first = max(event.predicate.i, bisect.bisect_left(starts, timex.end))  # tokens from the timex's end
        for token in doc[first:bisect.bisect_right(starts, timex.end + 3)]:
            if token.lower_ != "when":
                continue
            clause = token.head
            dated = replace(timex, mod=None, end_date=timex.end_date if timex.mod != "ON_OR_AFTER" else None)
            if timex.mod == "ON_OR_AFTER" and timex.start_date is not None:
                year_end = date(timex.start_date.year, 12, 31) if timex.granularity == "year" else timex.start_date
                dated = replace(dated, end_date=year_end)
            found.append(Event(clause, describe(clause), participants(clause), dated, dated.start_date,
                               dated.end_date, "approximate" if dated.start_date else "undated"))
            break
    return found


def _since_events(doc: Doc, events: list[Event], anchor: date | None) -> list[Event]:
    """A sentence opening with "ever since" / "since then" continues from the previous dated event."""
    found = []
    for sentence in doc.sents:
        opening = sentence.text.lstrip().lower()
        cue = next((c for c in _SINCE_CUES if opening.startswith(c)), None)
        if cue is None:
            continue
        before = [e for e in events if e.start < sentence.start_char and e.sort_date is not None]
        if not before:
            continue
        previous = max(before, key=lambda e: e.start)
        root = sentence.root
        found.append(Event(root, describe(root), participants(root), None, previous.start_date, anchor, "interval",
                           "since", previous, previous.sort_date))
    return found


def _link_relative(doc: Doc, events: list[Event]) -> None:
    """"The letter came days after X said": X becomes an event before the letter; the letter's own date,
    when the text dates the same noun elsewhere, carries over."""
    for event in [e for e in events if e.cue in ("after", "before")]:
        timex_end = event.timex.end
        tail = doc.char_span(timex_end, min(len(doc_text(doc)), event.predicate.sent.end_char), alignment_mode="expand")
        if tail is None:
            continue
        target = _first_predicate(tail)
        if target is not None:
            before_target = doc[tail.start:target.i]
            subject = before_target.root if len(before_target) else None
            other = Event(target, describe(target, subject=subject), participants(target), None, None, None,
                          "relative", "before" if event.cue == "after" else "after", event)
            if subject is not None:
                theirs = _names_in(doc, {t.i for t in subject.subtree})
                named = {n.text for n in theirs}
                other.participants = theirs + [a for a in other.participants if a.text not in named]
                event.participants = [a for a in event.participants if a.text not in named]
            events.append(other)
        same = _dated_namesake(event, events)
        if same is not None:
            event.start_date, event.end_date, event.certainty = same.start_date, same.end_date, same.certainty
            event.reference, event.sort_date = same, same.sort_date


def _first_predicate(span: Span) -> Token | None:
    for token in span:
        if token.pos_ == "VERB" or token.tag_.startswith("VB"):
            return token
    return None


def _dated_namesake(event: Event, events: list[Event]) -> Event | None:
    """A dated event of another sentence whose clause names the same head noun as this event's subject ("a
    letter" ... "the letter"). Not one of the same sentence: "X said on Monday that the block occurred days
    before the exams" does not put the block on Monday."""
    subjects = {s.lemma_.lower() for s in syntax.subjects(event.predicate) if s.pos_ == "NOUN"}
    for other in events:
        if other is event or other.sort_date is None or other.cue in ("after", "before") or \
                other.predicate.sent == event.predicate.sent:
            continue
        nouns = {t.lemma_.lower() for t in other.predicate.sent if t.pos_ == "NOUN"}
        if subjects & nouns:
            return other
    return None


def _unique(events: list[Event]) -> list[Event]:
    """One event per predicate: the first expression that dates it wins."""
    seen, unique = set(), []
    for event in events:
        if event.predicate.i not in seen:
            seen.add(event.predicate.i)
            unique.append(event)
    return unique


# --------------------------------------------------------------------------------------------- order

_CUE_RANK = {"earlier": 0, "before": 0, None: 1, "since": 1, "after": 2, "later": 2}


def order_events(events: list[Event]) -> list[Event]:
    """Dated events by start date (cues break ties), events placed relative to another next to it, undated
    ones after all others in text order."""
    def key(event: Event) -> tuple:
        reference = event.reference
        if event.sort_date is None and reference is not None and reference.sort_date is not None:
            return (0, reference.sort_date, _CUE_RANK[event.cue], reference.start, event.start)
        if event.sort_date is not None:
            return (0, event.sort_date, _CUE_RANK[event.cue], event.start, event.start)
        return (1, date.max, 1, event.start, event.start)

    return sorted(events, key=key)
