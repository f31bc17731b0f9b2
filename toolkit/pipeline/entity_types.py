"""One name, one type (the last step of ``toolkit_entities``): every mention of a name gets the type of its
strongest evidence (a descriptor beside it, a table, else the model's majority), a person's surname alone
is that person's, mentions the model missed are added, and the evidence behind each name's type is kept on
the Doc (``doc.spans["toolkit_type_evidence"]``) for the actors table's ``type_source``."""

from __future__ import annotations

from collections import Counter, defaultdict

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ..lang.labels import NAME_LABELS
from ..lang.labels import PERSON_LABELS as _PERSON_LABELS

__all__ = ["EVIDENCE_RANK", "missed_mentions", "one_type_per_name", "type_evidence"]

#: How strong each kind of evidence for a name's type is.
EVIDENCE_RANK = {"descriptor": 3, "table": 2, "model": 1}


def one_type_per_name(doc: Doc, ents: list[Span], evidence: dict) -> list[Span]:
    """Give every mention of a name the type of its strongest evidence; add mentions the model missed."""
    best: dict[str, tuple[int, str]] = {}
    votes: dict[str, Counter] = defaultdict(Counter)
    for ent in ents:
        rank = EVIDENCE_RANK[evidence.get((ent.start, ent.end), "model")]
        votes[ent.text][ent.label_] += 1
        if rank > best.get(ent.text, (0, ""))[0]:
            best[ent.text] = (rank, ent.label_)
    label_of = {}
    for text, (rank, label) in best.items():
        label_of[text] = label if rank > 1 else votes[text].most_common(1)[0][0]
    for ent in ents:  # a surname alone is the person's ("Okafor" after "Grace Okafor", "Abu Salem" after
        if label_of.get(ent.text) in _PERSON_LABELS and len(ent) > 1:  # "Karim Abu Salem")
            for surname in (ent[-1].text, ent[1:].text):  # not an organisation's name ("Developers Conference")
                if surname in label_of and best[surname][0] < 3 and \
                        (surname == ent[-1].text or label_of[surname] != "ORG"):
                    label_of[surname] = label_of[ent.text]
    persons_last_words = {e[-1].text for e in ents if label_of.get(e.text) in _PERSON_LABELS and len(e) > 1}
    for ent in ents:  # an organisation's last word alone is the organisation's ("Thunder" after "Oklahoma
        last = ent[-1].text  # City Thunder"), unless a person's name ends in it too
        if label_of.get(ent.text) == "ORG" and len(ent) > 1 and label_of.get(last) in _PERSON_LABELS and \
                best[last][0] < 3 and last not in persons_last_words:
            label_of[last] = "ORG"
    relabelled = [Span(doc, e.start, e.end, label=label_of.get(e.text, e.label_)) for e in ents]
    return relabelled + missed_mentions(doc, relabelled, label_of)


def type_evidence(doc: Doc, evidence: dict[tuple[int, int], str]) -> list[Span]:
    """Each name's strongest evidence for its type, as spans labelled ``table`` or ``descriptor`` (a name with
    none came from the model): the ``type_source`` of the actors table. Every mention of a name shares it."""
    best: dict[str, str] = {}
    for ent in doc.ents:
        source = evidence.get((ent.start, ent.end), "model")
        if EVIDENCE_RANK[source] > EVIDENCE_RANK[best.get(ent.text, "model")]:
            best[ent.text] = source
    return [Span(doc, e.start, e.end, label=best[e.text]) for e in doc.ents if best.get(e.text, "model") != "model"]


def missed_mentions(doc: Doc, ents: list[Span], label_of: dict[str, str]) -> list[Span]:
    """Other occurrences of names the document already types (capitalised, not inside another entity)."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    matcher = PhraseMatcher(doc.vocab)
    words_of = {e.text: [t.text for t in e] for e in ents}
    for text, label in sorted(label_of.items()):
        if label in NAME_LABELS and text[:1].isupper():
            matcher.add(label, [Doc(doc.vocab, words=words_of[text])])
    added = []
    for match_id, start, end in sorted(matcher(doc), key=lambda m: (m[1], -m[2])):
        if not any(i in taken for i in range(start, end)):
            added.append(Span(doc, start, end, label=match_id))
            taken.update(range(start, end))
    return added
