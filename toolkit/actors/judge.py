"""Which of the clustered names are actors a reader would list, and the evidence for each decision.

Clustering groups every name the parser found; not every name is an actor. A name is left out, with the
reason kept in the ``why`` column of the ``entities`` table (:data:`NOT_AN_ACTOR`), when

- it is **not a name of an actor at all**: a day or a month ("Tuesday"), a celestial body ("Mars"), a time
  zone ("GMT"), a market index ("S&P 500"), a common term ("IPO") (word list ``non_actor_names``), a disease
  ("Eastern Equine Encephalitis"), a drug ("fentanyl"), a doctrine ("National Socialism"), a category and its
  number that never acts ("Group A", "Schedule IV"), or a word in lower case that names no organisation
  ("marijuana"; not "the commerce ministry");
- it is **a place only located**: a street, a building, a venue or a stretch of water ("Harlan Avenue",
  "Heinz Field", "Belmarsh prison", "the South China Sea") that is never the subject, the passive agent or
  the speaker of a statement ("the hospital said" keeps its hospital); a network only used ("said on
  Twitter");
- it is **part of an office title**: every mention stands in front of an office noun ("Energy Secretary
  Rick Perry": "Energy"; "UK Home Secretary": "UK Home") or completes it ("Secretary of State"), or the name
  is made of rank words only ("Lt Col").

Every kept actor carries its evidence: ``acts`` (one of its mentions is a subject, an object, a passive
agent, a possessor or a statement's speaker) and ``type_source`` (where its type came from: ``model``, the
parser's entity recogniser; ``table``, the toolkit's gazetteers; ``descriptor``, a title or an organisation
noun beside the name, "spokesman X", "the X party").

>>> from toolkit.actors.judge import NOT_AN_ACTOR
>>> sorted(NOT_AN_ACTOR)[:2]
['a place only located', 'a platform only used']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from ..lang import syntax
from ..lang.calendar import FULL_NAMES
from ..lang.labels import ACTOR_LABELS, NUMERIC_LABELS
from ..lang.lexicon import descriptors, word_list, word_map
from .model import Actor, is_actor_mention

__all__ = ["NOT_AN_ACTOR", "Judgement", "acts", "judge", "why_not_actors"]

#: The reasons a clustered name is not an actor (the ``why`` of the ``entities`` table).
NOT_AN_ACTOR = frozenset({"not an actor: a calendar word", "not an actor: an event", "not an actor: a work",
                          "not an actor: a celestial body",
                          "not an actor: a time zone", "not an actor: a market index", "not an actor: a common term",
                          "not an actor: a disease", "not an actor: a drug", "not an actor: a doctrine",
                          "not a name: lower case", "not an actor: a category and its number",
                          "a place only located", "a platform only used", "part of an office title"})

_ACTING = syntax.NOMINAL_SUBJECT | syntax.ACTIVE_SUBJECT | syntax.DIRECT_OBJECT | syntax.POSSESSOR | syntax.AGENT
_DOING = syntax.NOMINAL_SUBJECT | syntax.ACTIVE_SUBJECT | syntax.AGENT  # a place acts only as a doer


@dataclass
class Judgement:
    """The actors kept, and the reason each left-out mention (by character offsets) is not an actor's."""

    actors: list[Actor] = field(default_factory=list)
    left_out: dict[tuple[int, int], str] = field(default_factory=dict)


def judge(actors: list[Actor], doc: Doc, speakers: Iterable[Span] = ()) -> Judgement:
    """Keep the actors a reader would list; give each its evidence (see the module's docstring)."""
    spoken = {token.i for span in speakers for token in span}
    result = Judgement()
    for actor in actors:
        actor.acts = any(acts(m, _ACTING, spoken) for m in actor.mentions)
        actor.type_source = _type_source(doc, actor)
        reason = _reason(actor, spoken)
        if reason is None:
            result.actors.append(actor)
        else:
            result.left_out.update({(m.start_char, m.end_char): reason for m in actor.mentions})
    return result


def acts(mention: Span, labels: frozenset[str], spoken: set[int] = frozenset()) -> bool:
    """Is the mention (or the first of a coordination it belongs to) one of ``labels`` of its verb or noun, or
    a statement's speaker? "Ana and Tom said": both act."""
    token = mention.root
    while syntax.functions_as(token, syntax.CONJUNCT) and token.head is not token:
        token = token.head
    if any(t.i in spoken for t in mention):
        return True
    if syntax.functions_as(token, labels):
        return True
    # ClearNLP: the passive's "by" is the agent, the name its object
    return labels >= syntax.AGENT and syntax.functions_as(token, syntax.CLEAR_NOUN_OBJECT) and \
        syntax.functions_as(token.head, syntax.AGENT)


def _reason(actor: Actor, spoken: set[int]) -> str | None:
    names = {name.lower().removeprefix("the ") for name in actor.aliases}
    kinds = {word_map("non_actor_names").get(name) for name in names}
    if len(kinds) == 1 and None not in kinds:
        return f"not an actor: a {kinds.pop()}"
    if names <= _CALENDAR_NAMES:
        return "not an actor: a calendar word"
    if all(name.split()[-1] in word_list("disease_nouns") for name in names):
        return "not an actor: a disease"
    if all(name.split()[-1].endswith("ism") and len(name.split()[-1]) > 5 for name in names):
        return "not an actor: a doctrine"  # "National Socialism", "anti-Semitism"
    if not actor.acts and all(_category_and_number(alias) for alias in actor.aliases):
        return "not an actor: a category and its number"  # "Group A", "Schedule IV"; not "Pius XII"
    if all(alias == alias.lower() and not _names_an_organisation(alias) for alias in actor.aliases):
        return "not a name: lower case"  # "marijuana", "air sacs"; not "the commerce ministry"
    # a country, a state or a city may be what the story is about: never left out here ("Rhode Island")
    if actor.type != "GPE" and _only_a_place(actor) and \
            not any(acts(m, _DOING, spoken) for m in actor.mentions):
        return "a place only located"
    if names <= word_list("social_networks") and not actor.acts:
        return "a platform only used"  # "said on Twitter"; not "Twitter suspended the account"
    if actor.type_source != "table" and not any(name.isupper() for name in actor.aliases) and \
            _in_office_titles(actor):
        return "part of an office title"  # not "UN", "NYPD" or "United States" in "UN Secretary-General X"
    return None


# "Group A", "Schedule IV", "Number FHC/ABJ/03/095/2018": a category word (``category_words``) and a letter, a
# numeral or a code; not "Pius XII"
_CATEGORY_AND_NUMBER = re.compile(r"^(?P<word>[A-Z][a-z]+) (?:[A-Z]|[IVX]+|\S*\d\S*)$")


def _category_and_number(name: str) -> bool:
    match = _CATEGORY_AND_NUMBER.match(name)
    return match is not None and match["word"].lower() in word_list("category_words")


def _names_an_organisation(name: str) -> bool:
    return any(descriptors().get(word) == "ORG" for word in name.split())


_WORKS_AND_EVENTS = {"EVENT": "an event", "WORK_OF_ART": "a work"}
_CALENDAR_NAMES = frozenset(name.lower() for name in FULL_NAMES)
_STREET_WORDS = frozenset({"street", "avenue", "road", "drive", "lane", "boulevard", "highway"})


def _only_a_place(actor: Actor) -> bool:
    """Every mention names a street, a building, a venue or water ("Heinz Field"), or stands in front of such a
    noun ("Belmarsh prison", "the Kowloon West district"); a "person"'s name must end in a street word
    ("Jolinda Drive": "Sally Field" stays a person) or stand before such a noun ("Hoa Lo prison")."""
    heads = word_list("facility_nouns")
    ends = heads if actor.type != "PERSON" else _STREET_WORDS
    for mention in actor.mentions:
        last = mention[-1].lower_
        following = mention.doc[mention.end] if mention.end < len(mention.doc) else None
        if last not in ends and not (following is not None and following.lower_ in heads and
                                     following.pos_ in ("NOUN", "PROPN")):
            return False
    return True


def _in_office_titles(actor: Actor) -> bool:
    """Every mention stands in front of an office noun ("Energy Secretary X"), a name of one or two words; or
    the name is made of rank words ("Lt Col", "Coach", "Sen.") or of two role nouns or more ("Vice President";
    not the band "Queen" or the singer "Prince")."""
    ranks = word_list("rank_words")
    words = [word.lower() for name in actor.aliases for word in name.split()]
    if all(word in ranks for word in words) or (  # "Lt Col", "Sen."; role nouns only from two words up
            all(descriptors().get(word) == "PERSON" for word in words) and all(" " in n for n in actor.aliases)):
        return True
    offices = word_list("office_nouns")
    return all(len(m) <= 2 and ((m.end < len(m.doc) and m.doc[m.end].lower_ in offices) or _office_of(m, offices))
               for m in actor.mentions)


def _office_of(mention: Span, offices: frozenset[str]) -> bool:
    """"Secretary of State", "the President of the Senate": the name completes an office's title."""
    doc, i = mention.doc, mention.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return i >= 1 and doc[i].lower_ == "of" and doc[i - 1].is_title and doc[i - 1].lower_ in offices


def _type_source(doc: Doc, actor: Actor) -> str:
    """Where the actor's type came from: the strongest evidence among its mentions of that type."""
    evidence = {(span.start, span.end): span.label_ for span in doc.spans.get("toolkit_type_evidence", [])}
    found = {evidence.get((m.start, m.end), "model") for m in actor.mentions}
    return next((source for source in ("descriptor", "table") if source in found), "model")


def why_not_actors(doc: Doc, actors: list[Actor], left_out: dict[tuple[int, int], str],
                   role_at: Callable[[int], str | None]) -> dict[tuple[int, int], str]:
    """For every name of the Doc that is no actor's mention (by character offsets), why: outside the story's
    sentences ("not the story: byline"), a work or an event ("not an actor: a work"), a label that names no
    actor ("not an actor's label: PRODUCT"), a nationality as a modifier ("Kenyan officials"), or the reason
    :func:`judge` gave."""
    mentioned = {(m.start_char, m.end_char) for actor in actors for m in actor.mentions}
    why = {}
    for ent in doc.ents:
        key = (ent.start_char, ent.end_char)
        if key in mentioned or ent.label_ in NUMERIC_LABELS:
            continue
        role = role_at(ent.start_char)
        if role not in (None, "story", "title"):
            why[key] = f"not the story: {role.replace('_', ' ')}"
        elif ent.label_ in _WORKS_AND_EVENTS:
            why[key] = f"not an actor: {_WORKS_AND_EVENTS[ent.label_]}"  # the entity rules' works and events
        elif ent.label_ not in ACTOR_LABELS:
            why[key] = f"not an actor's label: {ent.label_}"
        elif not is_actor_mention(ent):
            why[key] = "a nationality as a modifier"
        else:
            why[key] = left_out.get(key, "not an actor")
    return why
