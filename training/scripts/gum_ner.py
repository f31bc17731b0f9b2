"""Silver PER/ORG/LOC annotation from GUM's entity layer (heuristic).

GUM marks every mention (named, nominal, pronominal) with a type and, for some, a
Wikipedia identity. A mention becomes a named entity only if it
  * has type person / organization / place,
  * carries a Wikipedia identity, and
  * has a PROPN syntactic head.
Its name is the run of proper-noun tokens around the head (leading determiners and
titles stripped; "of"/"the"/"and"/"&"/"-" kept only between proper nouns).
Tokens are labelled O only where we are confident: proper nouns that sit in a
person/organization/place mention but are not part of a kept name stay *missing*.
"""
import re

from ud import Word

TYPE_TO_LABEL = {"person": "PERSON", "organization": "ORG", "place": "LOC"}
NER_TYPES = set(TYPE_TO_LABEL)
CONNECTORS = {"of", "the", "and", "&", "-", "de", "for", "on", "upon"}
TITLES = {
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "professor",
    "president", "senator", "sen.", "governor", "gov.", "rep.", "representative", "king", "queen",
    "prince", "princess", "sir", "lord", "lady", "pope", "general", "gen.", "captain", "capt.",
    "colonel", "col.", "judge", "justice", "minister", "prime", "secretary", "chairman",
    "mayor", "sheriff", "officer", "sergeant", "lieutenant", "reverend", "rev.", "emperor",
    "saint", "st.", "chief", "director", "chancellor", "vice", "speaker", "senior", "junior",
    "former", "late", "earl", "duke", "duchess", "baron", "count", "countess", "empress",
}
# person "identities" that are groups (nationalities, ethnic groups) are not PER in UNER
_GROUP_RE = re.compile(r"(people|peoples|ians|ans|ese|ish|ites|s)$")
_EVENT_RE = re.compile(r"\((\d+)-([^()]*)|(\d*)\)")


def parse_mentions(words: list[Word]) -> list[tuple[int, int, str, str]]:
    """Return mentions (start, end inclusive, type, identity) from the MISC Entity= brackets."""
    open_, stack, mentions = {}, [], []
    for i, w in enumerate(words):
        value = next((m[7:] for m in w.misc.split("|") if m.startswith("Entity=")), "")
        for m in _EVENT_RE.finditer(value):
            if m.group(1):  # opening bracket: id-type-infstat-sal-centering-minspan-link[-identity]
                fields = m.group(2).split("-", 6)
                identity = fields[6] if len(fields) > 6 else ""
                open_.setdefault(m.group(1), []).append((i, fields[0], identity))
                stack.append(m.group(1))
            else:  # closing bracket; bare ")" closes the mention opened just before
                eid = m.group(3) or stack[-1]
                start, etype, identity = open_[eid].pop()
                del stack[len(stack) - 1 - stack[::-1].index(eid)]  # drop the latest opening of eid
                mentions.append((start, i, etype, identity))
    return mentions


def span_head(words: list[Word], start: int, end: int) -> int:
    """The first token of [start, end] whose syntactic head is outside the span."""
    for i in range(start, end + 1):
        if not start <= words[i].head <= end:
            return i
    return start


def _is_title(w: Word) -> bool:
    return w.deprel == "nmod:desc" or w.form.lower() in TITLES


def _name_like(w: Word) -> bool:
    """Proper noun, or a capitalised modifier inside a name ("United" States)."""
    return w.upos == "PROPN" or (w.upos in ("ADJ", "NOUN", "VERB", "NUM") and w.form[:1].isupper())


def name_window(words: list[Word], start: int, end: int, head: int, etype: str) -> tuple[int, int] | None:
    """Proper-noun run around the head inside the mention, or None if the head is no PROPN."""
    if words[head].upos != "PROPN":
        return None
    if etype == "person" and _is_title(words[head]):
        return None
    lo = head
    while lo > start and _name_like(words[lo - 1]) and not (etype == "person" and _is_title(words[lo - 1])):
        lo -= 1
    hi = head
    while hi < end:
        nxt = hi + 1
        while nxt <= end and words[nxt].form.lower() in CONNECTORS:
            nxt += 1
        if nxt <= end and _name_like(words[nxt]):
            hi = nxt
        else:
            break
    if etype == "person":
        while lo < hi and _is_title(words[lo]):
            lo += 1
    return lo, hi


def silver_ner(words: list[Word], unlinked_persons: bool = False) -> list[str | None]:
    """IOB2 tags (PERSON/ORG/LOC), "O", or None (missing) for each word of one sentence.

    With ``unlinked_persons``, a person mention without a Wikipedia identity whose name
    window is all proper nouns (interviewees, authors, private people) is kept as PERSON too.
    """
    mentions = parse_mentions(words)
    kept, unsure = [], set()
    for start, end, etype, identity in mentions:
        if etype not in NER_TYPES:
            continue
        win = name_window(words, start, end, span_head(words, start, end), etype)
        if win and identity and etype == "person" and _GROUP_RE.search(identity):
            win = None  # a group of people, e.g. a nationality: leave it missing below
        if win and not identity and unlinked_persons and etype == "person" and all(
            words[i].upos == "PROPN" for i in range(win[0], win[1] + 1)
        ):
            identity = "(unlinked)"
        if win and identity:
            kept.append((win[0], win[1], TYPE_TO_LABEL[etype]))
        elif win:
            unsure.update(range(win[0], win[1] + 1))
        unsure.update(i for i in range(start, end + 1) if words[i].upos == "PROPN")
    tags: list[str | None] = ["O"] * len(words)
    for i in unsure:
        tags[i] = None
    taken = set()
    for lo, hi, label in sorted(kept, key=lambda k: k[0] - k[1]):  # longest first
        if taken.intersection(range(lo, hi + 1)):
            continue
        taken.update(range(lo, hi + 1))
        for i in range(lo, hi + 1):
            tags[i] = ("B-" if i == lo else "I-") + label
    # a PROPN outside every mention is unexplained: leave it missing
    covered = {i for s, e, _, _ in mentions for i in range(s, e + 1)}
    for i, w in enumerate(words):
        if w.upos == "PROPN" and i not in covered and i not in taken:
            tags[i] = None
    return tags
